// kinerja_kill_point: the program kinerja for the tests that stop a run at an exact point of it
// (kill_run_test.cpp, month_safety_test.cpp), built with the tests only:
//
//   kinerja_kill_point --at POINT [--signal INT|TERM] ARGS...
//
// runs `kinerja ARGS...` with a checkpoint (RunOptions::checkpoint) that, when the run reaches
// POINT (one of the points listed in generator/batch/run_job.cpp), kills the program with
// SIGKILL, as a power cut or `kill -9` would, or with --signal sends it SIGINT or SIGTERM, as
// Ctrl-C or a shutdown would. A POINT the run never reaches changes nothing.
#include <csignal>
#include <iostream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "batch/cli.hpp"

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.size() < 2 || args.at(0) != "--at") {
        std::cerr << "pemakaian: kinerja_kill_point --at POINT [--signal INT|TERM] ARGS...\n";
        return kinerja::exit_usage;
    }
    const std::string point = args.at(1);
    args.erase(args.begin(), args.begin() + 2);
    int signal = SIGKILL;
    if (args.size() >= 2 && args.at(0) == "--signal") {
        static const std::map<std::string, int> signals{{"INT", SIGINT}, {"TERM", SIGTERM}, {"KILL", SIGKILL}};
        const auto named = signals.find(args.at(1));
        if (named == signals.end()) {
            std::cerr << "kinerja_kill_point: sinyal tidak dikenal: " << args.at(1) << '\n';
            return kinerja::exit_usage;
        }
        signal = named->second;
        args.erase(args.begin(), args.begin() + 2);
    }
    const kinerja::RunCheckpoint stop_at = [&](std::string_view reached) {
        if (reached == point) std::raise(signal);
    };
    return kinerja::run_cli(args, std::cout, std::cerr, stop_at);
}
