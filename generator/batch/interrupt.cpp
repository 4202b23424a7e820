#include "batch/interrupt.hpp"

#include <csignal>
#include <iterator>

namespace kinerja {
namespace {

volatile std::sig_atomic_t received = 0;  // the signal that came; 0: none

extern "C" void on_signal(int signal) { received = signal; }

constexpr int handled[] = {SIGINT, SIGTERM};
struct sigaction previous[std::size(handled)];

}  // namespace

const char* Interrupted::name() const { return signal == SIGTERM ? "SIGTERM" : "SIGINT"; }

InterruptGuard::InterruptGuard() {
    received = 0;
    struct sigaction action {};
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART | SA_RESETHAND;  // no EINTR in the run's I/O; a second signal acts at once
    for (std::size_t i = 0; i < std::size(handled); ++i) sigaction(handled[i], &action, &previous[i]);
}

InterruptGuard::~InterruptGuard() {
    for (std::size_t i = 0; i < std::size(handled); ++i) sigaction(handled[i], &previous[i], nullptr);
}

void InterruptGuard::check() const {
    if (const int signal = received; signal != 0) throw Interrupted{signal};
}

}  // namespace kinerja
