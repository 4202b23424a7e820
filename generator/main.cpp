// kinerja: the program is a thin shell around the batch library.
#include <iostream>
#include <string>
#include <vector>

#include "batch/cli.hpp"
#include "support/crash_report.hpp"

int main(int argc, char** argv) {
    kinerja::support::install_crash_report(
        "kinerja: kegagalan internal, program berhenti. Bulan yang sudah diarsipkan tetap utuh; jalankan "
        "perintah yang sama sekali lagi, dan kirim pesan ini beserta baris-baris di bawahnya kepada pengembang");
    std::vector<std::string> args(argv + 1, argv + argc);
    return kinerja::run_cli(args, std::cout, std::cerr);
}
