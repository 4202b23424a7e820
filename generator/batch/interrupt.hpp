// Ctrl-C and SIGTERM during `kinerja run` (DESIGN section 5): the run stops at its next safe
// point, its staging folder is removed, and the month already in OUT stays as it was.
//
// While an InterruptGuard lives, SIGINT and SIGTERM only set a flag (the handler does nothing
// else; SA_RESETHAND gives the signal its default action again, so a second Ctrl-C stops the
// program at once — the next run removes the staging folder it leaves). The run calls check()
// at its safe points, all before the month is recorded in the register; once filing has begun
// it is finished, whatever arrives.
#pragma once

#include <optional>

namespace kinerja {

// Thrown by InterruptGuard::check(): the run was asked to stop by `signal`.
struct Interrupted {
    int signal = 0;
    int exit_code() const { return 128 + signal; }  // 130 for SIGINT, 143 for SIGTERM
    const char* name() const;                       // "SIGINT" / "SIGTERM"
};

class InterruptGuard {
public:
    InterruptGuard();   // installs the handlers
    ~InterruptGuard();  // puts the previous ones back
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

    // Throws Interrupted when a signal came since the guard was made.
    void check() const;
    // The signal that came since the guard was made, if any (without throwing).
    std::optional<Interrupted> received_signal() const;
};

}  // namespace kinerja
