// The sanitizer run of scripts/test is three to four times slower than the normal run. The
// largest generated test sets (random mutations of the data files, generated flowcharts) take
// every case in the normal run and every third case under the sanitizers: the sanitizer run is
// there to catch memory and undefined-behaviour errors on every code path, which a third of the
// cases still reach (60 to 150 cases a set), and the 10-minute budget of scripts/test holds.
#pragma once

namespace kinerja::test {

// KINERJA_SANITIZED_RUN: set for the test programs of a KINERJA_SANITIZE build, whose own code
// is not instrumented (CMakeLists.txt) while the code they test is.
#if defined(__SANITIZE_ADDRESS__) || defined(KINERJA_SANITIZED_RUN)
constexpr unsigned sanitizer_stride = 3;
#else
constexpr unsigned sanitizer_stride = 1;
#endif

}  // namespace kinerja::test

// Skips the test in the sanitizer run only, saying why: for a scenario run through the program
// whose code the sanitizers already see there through other tests (the library's own tests of
// the same code, or another run of the program along the same path). It still runs in the
// normal run, where it proves what it asserts.
#define KINERJA_SKIP_IN_SANITIZED_RUN(why)                                  \
    do {                                                                   \
        if (::kinerja::test::sanitizer_stride > 1) GTEST_SKIP() << (why);  \
    } while (0)
