#include "batch/cli.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "test_support.hpp"

namespace kinerja {
namespace {

using CliRun = test::CliResult;
constexpr auto run = &test::cli;

TEST(Cli, HelpListsCheck) {
    CliRun r = run({"--help"});
    EXPECT_EQ(r.code, 0);
    EXPECT_NE(r.out.find("kinerja check DATA_DIR [--period YYYY-MM]"), std::string::npos);
    EXPECT_EQ(r.err, "");
}

TEST(Cli, Version) {
    CliRun r = run({"--version"});
    EXPECT_EQ(r.code, 0);
    EXPECT_EQ(r.out.rfind("kinerja ", 0), 0u);
}

// A command line echoed in a message never brings its control bytes to the terminal.
TEST(Cli, ControlCharactersOfTheCommandLineAreEscaped) {
    CliRun r = run({"run", "folder\x1b[2J\x07", "--period", "2024-03"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err.find('\x1b'), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find('\x07'), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("folder\\x1b[2J\\x07"), std::string::npos) << r.err;
}

TEST(Cli, NoArgumentsIsUsageError) { EXPECT_EQ(run({}).code, 2); }

TEST(Cli, UnknownCommandIsUsageError) {
    CliRun r = run({"cetak"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "kinerja: perintah tidak dikenal: cetak\nLihat 'kinerja --help'.\n");
}

TEST(Cli, UnknownOptionIsUsageError) {
    CliRun r = run({"check", test::sample_dir().string(), "--periode", "2024-03"});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("opsi tidak dikenal: --periode"), std::string::npos);
}

TEST(Cli, BadPeriodIsUsageError) {
    CliRun r = run({"check", test::sample_dir().string(), "--period", "2024-13"});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("periode tidak valid: \"2024-13\""), std::string::npos);
}

TEST(Cli, MissingDataDirIsUsageError) {
    CliRun r = run({"check", "/nonexistent/kinerja-data"});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("folder data tidak ditemukan"), std::string::npos);
}

TEST(Cli, CheckSampleIsClean) {
    CliRun r = run({"check", test::sample_dir().string(), "--period", "2024-03"});
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(r.code, 0);
    EXPECT_EQ(r.out.find('\n'), r.out.size() - 1) << "one line: " << r.out;
    EXPECT_NE(r.out.find(" pegawai, "), std::string::npos);
    EXPECT_NE(r.out.find("(2024-03), 1 SOP: tidak ada masalah"), std::string::npos) << r.out;
}

TEST(Cli, PeriodWithEqualsSign) {
    EXPECT_EQ(run({"check", test::sample_dir().string(), "--period=2024-03"}).code, 0);
}

TEST(Cli, CheckWithoutPeriodChecksEveryPeriodFound) {
    CliRun r = run({"check", test::sample_dir().string()});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("2024-03"), std::string::npos) << r.out;
}

TEST(Cli, CheckReportsMissingSkpFile) {
    CliRun r = run({"check", test::sample_dir().string(), "--period", "2024-07"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("skp-2024-07.csv:0: berkas: "), std::string::npos) << r.err;
}

}  // namespace
}  // namespace kinerja
