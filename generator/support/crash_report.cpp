#include "support/crash_report.hpp"

#include <array>
#include <csignal>
#include <cstring>
#include <execinfo.h>
#include <unistd.h>

namespace kinerja::support {
namespace {

const char* first_line = "";

struct FatalSignal {
    int number;
    const char* name;
};
constexpr std::array<FatalSignal, 4> fatal_signals{{
    {SIGSEGV, "SIGSEGV (akses memori tidak sah)"},
    {SIGBUS, "SIGBUS (kesalahan bus)"},
    {SIGILL, "SIGILL (instruksi tidak sah)"},
    {SIGFPE, "SIGFPE (kesalahan aritmetika)"},
}};

void say(const char* text) {
    const std::size_t size = std::strlen(text);
    for (std::size_t at = 0; at < size;) {  // write(2) may write less than asked
        const ssize_t n = ::write(STDERR_FILENO, text + at, size - at);
        if (n <= 0) return;
        at += static_cast<std::size_t>(n);
    }
}

// Only async-signal-safe calls: write(2), and backtrace_symbols_fd (which does not allocate;
// backtrace itself is loaded before any fault, see install_crash_report).
[[maybe_unused]] void report(int number) {  // unused in a sanitizer build
    say(first_line);
    for (const FatalSignal& s : fatal_signals) {
        if (s.number == number) {
            say(" (");
            say(s.name);
            say(")");
        }
    }
    say("\n");
    std::array<void*, 64> frames{};
    const int count = ::backtrace(frames.data(), static_cast<int>(frames.size()));
    ::backtrace_symbols_fd(frames.data(), count, STDERR_FILENO);
    // SA_RESETHAND put the default action back; the signal, blocked while this runs, is
    // delivered again when it returns (a fault would recur anyway; a sent one would not).
    ::raise(number);
}

}  // namespace

void install_crash_report([[maybe_unused]] const char* line) {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    return;
#else
    first_line = line;
    std::array<void*, 1> warm{};
    ::backtrace(warm.data(), 1);  // loads libgcc's unwinder now, not inside the handler
    // An alternate stack, so that a stack overflow can still be reported.
    static std::array<char, 64 * 1024> alternate_stack;
    stack_t stack{};
    stack.ss_sp = alternate_stack.data();
    stack.ss_size = alternate_stack.size();
    ::sigaltstack(&stack, nullptr);
    struct sigaction action{};
    action.sa_handler = report;
    action.sa_flags = SA_RESETHAND | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (const FatalSignal& s : fatal_signals) ::sigaction(s.number, &action, nullptr);
#endif
}

}  // namespace kinerja::support
