// How many times longer a test waits for a worker under a sanitizer (ThreadSanitizer runs a sweep
// 5 to 15 times slower, more on a loaded machine). Tests wait for a condition (QTRY_*) with
// these bounds; the assertions stay the same.
#pragma once

#if defined(__SANITIZE_THREAD__) || defined(__SANITIZE_ADDRESS__)
inline constexpr int sanitizerSlowdown = 10;
#else
inline constexpr int sanitizerSlowdown = 1;
#endif
