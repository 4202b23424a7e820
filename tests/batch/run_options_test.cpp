// The options of `kinerja run` as the command line gives them to the run (batch/cli.hpp).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "batch/cli.hpp"
#include "test_support.hpp"

namespace kinerja {
namespace {
// Its own names: the unity build puts the batch tests in one source.
namespace run_options_test {

std::vector<std::string> run_args(std::vector<std::string> extra) {
    std::vector<std::string> args{test::sample_dir().string(), "--period", "2025-03"};
    args.insert(args.end(), extra.begin(), extra.end());
    return args;
}

std::string usage_error(const std::vector<std::string>& args) {
    try {
        run_options(args);
    } catch (const UsageError& e) {
        return e.message;
    }
    return "";
}

TEST(RunOptions, AllSkpIsOffUnlessGiven) {
    const RunOptions plain = run_options(run_args({}));
    EXPECT_FALSE(plain.all_skp);
    EXPECT_EQ(plain.period, (Period{2025, 3}));
    EXPECT_EQ(plain.out_dir, test::sample_dir() / "hasil");
    const RunOptions all = run_options(run_args({"--all-skp", "--quiet"}));
    EXPECT_TRUE(all.all_skp);
    EXPECT_TRUE(all.quiet);
    EXPECT_FALSE(all.strict);
}

TEST(RunOptions, AllSkpTakesNoValueAndIsGivenOnce) {
    EXPECT_EQ(usage_error(run_args({"--all-skp=ya"})), "opsi --all-skp tidak memakai nilai");
    EXPECT_EQ(usage_error(run_args({"--all-skp", "--all-skp"})), "opsi --all-skp diberikan dua kali");
    EXPECT_EQ(usage_error(run_args({"--semua-skp"})), "opsi tidak dikenal: --semua-skp");
}

TEST(RunOptions, TheHelpNamesAllSkp) {
    const test::CliResult r = test::cli({"--help"});
    EXPECT_NE(r.out.find("[--strict] [--all-skp]"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("          --all-skp           (PermenPANRB 6/2022) cetak SKP setiap pegawai"),
              std::string::npos)
        << r.out;
}

}  // namespace run_options_test
}  // namespace
}  // namespace kinerja
