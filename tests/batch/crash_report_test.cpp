// The crash report (generator/support/crash_report.hpp): one line, the call stack, and the
// process still dies of the signal it got. Functions with internal linkage show as offsets into
// the program (`addr2line -C -f -e PROGRAM OFFSET` names them); exported ones by name.
#include <gtest/gtest.h>

#include <csignal>

#include "support/crash_report.hpp"

namespace kinerja {
namespace {

[[gnu::noinline]] void fault_here() {
    kinerja::support::install_crash_report("kinerja: kegagalan internal");
    std::raise(SIGSEGV);
}

TEST(CrashReportDeathTest, SaysWhatHappenedShowsTheStackAndDiesOfTheSignal) {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__) || defined(KINERJA_SANITIZED_RUN)
    GTEST_SKIP() << "the sanitizers report faults themselves";
#endif
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_EXIT(fault_here(), testing::KilledBySignal(SIGSEGV),
                "kinerja: kegagalan internal \\(SIGSEGV \\(akses memori tidak sah\\)\\)\n(.|\n)*test_batch\\(main\\+0x");
}

}  // namespace
}  // namespace kinerja
