// The installed program (cmake --install, as the .deb lays it out): it finds its templates and
// fonts from its own place, <prefix>/bin/kinerja → <prefix>/share/kinerja, makes the same
// month as the program in the build folder, and never quietly falls back on the source folder.
#include <gtest/gtest.h>


#include "batch/resources.hpp"
#include "test_support.hpp"
#include "../sanitizer_run.hpp"

namespace kinerja {
namespace {

namespace fs = std::filesystem;

std::string quoted(const fs::path& path) { return "'" + path.string() + "'"; }

// `cmake --install` of the build folder this test was built in (the one holding the program).
test::CommandResult install_into(const fs::path& prefix) {
    const fs::path build_dir = fs::path(KINERJA_BINARY).parent_path();
    return test::run_command(quoted(KINERJA_CMAKE_COMMAND) + " --install " + quoted(build_dir) + " --prefix " +
                             quoted(prefix));
}

// `kinerja ARGS` as installed under `prefix`, typed in the folder `cwd`.
test::CommandResult run_installed(const fs::path& prefix, const fs::path& cwd, const std::string& args) {
    return test::run_command("cd " + quoted(cwd) + " && " + quoted(prefix / "bin" / "kinerja") + " " + args);
}

// Every file of `month` whose bytes differ from its twin in `twin_month`, or that only one of
// them holds.
std::vector<std::string> differing_files(const fs::path& month, const fs::path& twin_month) {
    std::map<std::string, std::string> twins = test::snapshot(twin_month);
    std::vector<std::string> differences;
    for (const auto& [file, bytes] : test::snapshot(month)) {
        auto found = twins.find(file);
        if (found == twins.end() || found->second != bytes) differences.push_back(file);
        if (found != twins.end()) twins.erase(found);
    }
    for (const auto& [file, unused] : twins) differences.push_back(file + " (hilang)");
    return differences;
}

class Installed : public ::testing::Test {
protected:
    void SetUp() override {
        const test::CommandResult installed = install_into(prefix());
        ASSERT_EQ(installed.code, 0) << installed.output;
        // As the guide says: a copy of the sample the install brings.
        fs::copy(prefix() / "share" / "doc" / "kinerja" / "contoh" / "lampihong", data(),
                 fs::copy_options::recursive);
        fs::create_directories(elsewhere());
    }
    fs::path prefix() const { return temp_.path() / "prefix"; }
    fs::path data() const { return temp_.path() / "data"; }
    fs::path elsewhere() const { return temp_.path() / "di-tempat-lain"; }

private:
    test::TempDir temp_{"kinerja-install-test"};
};

TEST_F(Installed, PutsEachFileWhereDesignSaysIt) {
    for (const char* file : {"bin/kinerja", "share/kinerja/templates/formulir-kinerja.xml",
                             "share/kinerja/templates/libur.csv", "share/kinerja/fonts/KinerjaSans-Regular.ttf",
                             "share/kinerja/fonts/LICENSE-Liberation.txt", "share/doc/kinerja/panduan.md",
                             "share/doc/kinerja/contoh/lampihong/instansi.xml",
                             "share/doc/kinerja/contoh/lampihong/sop/perencanaan-kinerja.xml",
                             "share/doc/kinerja/contoh/lampihong-2022/instansi.xml",
                             "share/doc/kinerja/contoh/lampihong-2022/skp-2025.csv",
                             "share/doc/kinerja/contoh/lampihong-2022/penilaian-2025-03.csv",
                             "share/doc/kinerja/contoh/lampihong-2022/README.md"}) {
        EXPECT_TRUE(fs::is_regular_file(prefix() / file)) << file;
    }
}

TEST_F(Installed, TheManualPageIsDocsKinerja1Compressed) {
    const fs::path page = prefix() / "share" / "man" / "man1" / "kinerja.1.gz";
    ASSERT_TRUE(fs::is_regular_file(page));
    const test::CommandResult unpacked = test::run_command("gzip -dc " + quoted(page));
    ASSERT_EQ(unpacked.code, 0) << unpacked.output;
    EXPECT_EQ(unpacked.output, test::read_file(test::source_dir() / "docs" / "kinerja.1"));
}

TEST_F(Installed, RunsTheSampleFromAnotherFolderByteForByteAsTheBuild) {
    KINERJA_SKIP_IN_SANITIZED_RUN("the sample month of the build, again from the installed folder");
    const test::CommandResult run = run_installed(prefix(), elsewhere(), "run ../data --period 2024-03 --quiet");
    ASSERT_EQ(run.code, 0) << run.output;
    EXPECT_TRUE(fs::is_empty(elsewhere())) << "the output goes to DATA_DIR/hasil, not the current folder";
    // The same data made by the program of this build folder (its templates and fonts from the
    // source folder), into an OUT of its own.
    const fs::path built = elsewhere().parent_path() / "dari-build";
    const test::CliResult made =
        test::cli({"run", data().string(), "--period", "2024-03", "--out", built.string(), "--quiet"});
    ASSERT_EQ(made.code, 0) << made.out << made.err;
    EXPECT_EQ(differing_files(data() / "hasil" / "2024-03", built / "2024-03"), std::vector<std::string>{});
}

// A broken install fails, naming where it looked, rather than using the source folder (which is
// on this machine and would give the same documents, hiding the fault).
TEST_F(Installed, WithoutItsFontsFailsInsteadOfUsingTheSourceFolder) {
    fs::remove_all(prefix() / "share" / "kinerja" / "fonts");
    const test::CommandResult run = run_installed(prefix(), elsewhere(), "run ../data --period 2024-03 --quiet");
    EXPECT_EQ(run.code, 3) << run.output;
    EXPECT_NE(run.output.find("folder templates/ dan fonts/ milik program tidak ditemukan"), std::string::npos)
        << run.output;
    EXPECT_NE(run.output.find((prefix() / "share" / "kinerja").string()), std::string::npos) << run.output;
    EXPECT_FALSE(fs::exists(data() / "hasil"));
}

TEST(ResourceCandidates, AnInstalledProgramLooksInItsShareFolderAndNeverInTheSource) {
    EXPECT_EQ(resource_candidates("/usr/bin/kinerja", "/home/dev/kinerja/build", "/home/dev/kinerja"),
              (std::vector<fs::path>{"/usr/bin", "/usr", "/usr/share/kinerja"}));
}

TEST(ResourceCandidates, AProgramInItsBuildFolderMayUseTheSource) {
    const fs::path build = fs::temp_directory_path();  // exists: the rule compares canonical paths
    const auto candidates = resource_candidates(build / "fuzz" / "kinerja", build, "/src/kinerja");
    ASSERT_FALSE(candidates.empty());
    EXPECT_EQ(candidates.back(), fs::path("/src/kinerja"));
    EXPECT_EQ(resource_candidates(build / "kinerja", "", "").size(), 3u) << "no fallback compiled in";
}

}  // namespace
}  // namespace kinerja
