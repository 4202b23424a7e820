// kinerja: the program is a thin shell around the batch library.
#include <iostream>
#include <string>
#include <vector>

#include "batch/cli.hpp"

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    return kinerja::run_cli(args, std::cout, std::cerr);
}
