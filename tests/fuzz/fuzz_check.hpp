// Shared by the fuzz harnesses: a check that aborts (a finding for libFuzzer, a failed replay for
// CTest) and a count of accepted inputs, which the replay driver reports.
#pragma once

#include <cstdio>
#include <cstdlib>

inline int fuzzAccepted = 0;

#ifdef BATCHLAB_LIBFUZZER
// At the end of a libFuzzer run: how many of the executed inputs the reader accepted (the
// structure-aware mutator's share of documents that reach the round trip).
struct FuzzAcceptedReport {
    long long calls = 0;
    ~FuzzAcceptedReport()
    {
        std::fprintf(stderr, "accepted by the reader: %d of %lld inputs\n", fuzzAccepted, calls);
    }
};
inline FuzzAcceptedReport fuzzReport;
#define FUZZ_COUNT_CALL() (++fuzzReport.calls)
#else
#define FUZZ_COUNT_CALL() ((void)0)
#endif

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #condition, __FILE__,          \
                         __LINE__);                                                                \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
