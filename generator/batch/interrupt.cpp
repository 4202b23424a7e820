#include "batch/interrupt.hpp"

#include <atomic>
#include <csignal>
#include <iterator>

namespace kinerja {
namespace {

// The signal that came; 0: none. Lock-free, so that the handler (on whichever thread the signal
// lands) and the run's thread share it without a data race.
std::atomic<int> received{0};
static_assert(std::atomic<int>::is_always_lock_free);

extern "C" void on_signal(int signal) { received.store(signal); }

constexpr int handled[] = {SIGINT, SIGTERM};
struct sigaction previous[std::size(handled)];

}  // namespace

const char* Interrupted::name() const { return signal == SIGTERM ? "SIGTERM" : "SIGINT"; }

InterruptGuard::InterruptGuard() {
    received.store(0);
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
    if (const int signal = received.load(); signal != 0) throw Interrupted{signal};
}

std::optional<Interrupted> InterruptGuard::received_signal() const {
    if (const int signal = received.load(); signal != 0) return Interrupted{signal};
    return std::nullopt;
}

}  // namespace kinerja
