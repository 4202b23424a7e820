// What a crash leaves on the terminal. A fault (SIGSEGV, SIGBUS, SIGILL, SIGFPE) is a bug in
// kinerja, never something the user did: the handler says so in one line, prints the call
// stack (function names, for the report), then lets the program die of the same signal, so
// that its exit status (128 + signal) and any core dump stay what they were.
//
// Not installed in a sanitizer build: AddressSanitizer reports faults better itself.
#pragma once

namespace kinerja::support {

// Installs the handler for the whole process; `line` is the sentence printed first.
void install_crash_report(const char* line);

}  // namespace kinerja::support
