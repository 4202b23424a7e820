// The sanitizer run of scripts/test is three to four times slower than the normal run. The
// largest generated test sets (random mutations of the data files, generated flowcharts) take
// every case in the normal run and every other case under the sanitizers: the sanitizer run is
// there to catch memory and undefined-behaviour errors on every code path, which half the cases
// still reach, and the 10-minute budget of scripts/test holds.
#pragma once

namespace kinerja::test {

// KINERJA_SANITIZED_RUN: set for the test programs of a KINERJA_SANITIZE build, whose own code
// is not instrumented (CMakeLists.txt) while the code they test is.
#if defined(__SANITIZE_ADDRESS__) || defined(KINERJA_SANITIZED_RUN)
constexpr unsigned sanitizer_stride = 2;
#else
constexpr unsigned sanitizer_stride = 1;
#endif

}  // namespace kinerja::test
