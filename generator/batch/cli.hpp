// The command line (DESIGN section 3): one table of subcommands that also prints the help.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "batch/run_job.hpp"

namespace kinerja {

// Exit codes of DESIGN section 3.
enum ExitCode : int {
    exit_ok = 0,        // everything produced or verified
    exit_problems = 1,  // input problems reported (bad records skipped)
    exit_usage = 2,     // usage error
    exit_failure = 3,   // I/O or internal failure
};

// A command line that cannot be run as given, or a command that refuses (it would overwrite):
// printed as "kinerja: MESSAGE" with a pointer to --help, exit_usage. Message in Bahasa Indonesia.
struct UsageError {
    std::string message;
};

// The options of `kinerja run` from its args (after "run"), checkpoint unset. Throws
// UsageError when they cannot be run as given (the data folder must exist).
RunOptions run_options(const std::vector<std::string>& args);

// Runs kinerja with args (without the program name); writes to out and err. `checkpoint` is
// given to `kinerja run` (RunOptions::checkpoint): a test hook, none in the program.
int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
            const RunCheckpoint& checkpoint = {});

}  // namespace kinerja
