// Every test program reports a crash with its call stack (generator/support/crash_report.hpp):
// a fault seen once on a CI machine is then found from the log, not guessed at.
#include "support/crash_report.hpp"

namespace {

const bool installed = [] {
    kinerja::support::install_crash_report("program uji: kegagalan internal");
    return true;
}();

}  // namespace
