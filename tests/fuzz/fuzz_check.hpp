// Shared by the fuzz harnesses: a check that aborts (a finding for libFuzzer, a failed replay for
// CTest) and a count of accepted inputs, which the replay driver reports.
#pragma once

#include <cstdio>
#include <cstdlib>

inline int fuzzAccepted = 0;

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #condition, __FILE__,          \
                         __LINE__);                                                                \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
