// A few runs of the real program: exit codes and what the user sees.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <sys/wait.h>
#include <unistd.h>

#include "test_support.hpp"

namespace kinerja {
namespace {

struct ProcessResult {
    int code;
    std::string output;  // stdout and stderr together
};

ProcessResult run_binary(const std::string& args) {
    std::string command = std::string(KINERJA_BINARY) + " " + args + " 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return {-1, ""};
    std::string output;
    std::array<char, 4096> buffer{};
    std::size_t n;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) output.append(buffer.data(), n);
    int status = pclose(pipe);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

TEST(Binary, CheckSampleExitsZeroWithOneLineSummary) {
    ProcessResult r = run_binary("check " + test::sample_dir().string() + " --period 2024-03");
    EXPECT_EQ(r.code, 0) << r.output;
    EXPECT_EQ(std::count(r.output.begin(), r.output.end(), '\n'), 1) << r.output;
}

TEST(Binary, BadDataExitsOneWithLocatedProblems) {
    std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                ("kinerja-binary-test-" + std::to_string(getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::copy(test::sample_dir(), dir, std::filesystem::copy_options::recursive);
    std::string pegawai = test::read_file(dir / "pegawai.csv");
    // Excel turned the Camat's NIP into a number.
    // The Camat is the first row (line 2); his NIP is its first field.
    std::size_t at = pegawai.find('\n') + 1;
    ASSERT_EQ(pegawai.compare(at, 8, "19690627"), 0);
    std::size_t end = pegawai.find(';', at);
    pegawai.replace(at, end - at, "1,96906E+17");
    {
        std::ofstream out(dir / "pegawai.csv", std::ios::binary);
        out << pegawai;
    }
    ProcessResult r = run_binary("check " + dir.string() + " --period 2024-03");
    EXPECT_EQ(r.code, 1) << r.output;
    EXPECT_NE(r.output.find("pegawai.csv:2: nip: NIP terbaca sebagai angka oleh Excel"), std::string::npos)
        << r.output;
    std::filesystem::remove_all(dir);
}

TEST(Binary, UsageErrorExitsTwo) { EXPECT_EQ(run_binary("check").code, 2); }

}  // namespace
}  // namespace kinerja
