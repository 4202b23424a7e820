#include "batch/cli.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace kinerja {
namespace {

using test::squeezed;

using CliRun = test::CliResult;

TEST(Cli, HelpListsCheck) {
    CliRun r = test::cli({"--help"});
    EXPECT_EQ(r.code, 0);
    EXPECT_NE(r.out.find("kinerja check DATA_DIR [--period YYYY-MM]"), std::string::npos);
    EXPECT_EQ(r.err, "");
}

// The options a command's synopsis names ("[--out DIR]", "-o FILE.pdf"), each once.
std::vector<std::string> options_in(const std::string& synopsis) {
    std::vector<std::string> options;
    std::istringstream words(synopsis);
    for (std::string word; words >> word;) {
        word.erase(0, word.find_first_not_of('['));
        word.erase(word.find_last_not_of(']') + 1);
        if (word.size() > 1 && word[0] == '-' && word != "--help" && word != "--version" &&
            std::find(options.begin(), options.end(), word) == options.end()) {
            options.push_back(word);
        }
    }
    return options;
}

// Whether `line` explains `option`: the option near the start, then a sentence of a few words.
bool explains(const std::string& line, const std::string& option) {
    const std::size_t start = line.find_first_not_of(' ');
    const std::size_t at = line.find(option + ' ', start);
    if (start < 4 || at == std::string::npos || at > start + 4) return false;
    const std::size_t text = line.find("  ", at);  // the explanation's column
    if (text == std::string::npos) return false;
    std::istringstream words(line.substr(text));
    int count = 0;
    for (std::string word; words >> word;) ++count;
    return count >= 4;
}

// Each command's block of the help (its synopsis lines hold "kinerja "): every option of its
// synopsis is explained by a line of its own in that block, not only listed.
TEST(Cli, HelpExplainsEveryOptionOfEveryCommand) {
    CliRun r = test::cli({"--help"});
    std::vector<std::vector<std::string>> blocks;
    for (const std::string& line : test::lines_of(r.out)) {
        if (line.rfind("  ", 0) != 0) continue;
        if (line[2] != ' ') blocks.emplace_back();
        if (!blocks.empty()) blocks.back().push_back(line);
    }
    ASSERT_GE(blocks.size(), 4u) << r.out;
    for (const auto& block : blocks) {
        std::string synopsis;
        for (const std::string& line : block) {
            if (line.find("kinerja ") != std::string::npos) synopsis += line + ' ';
        }
        for (const std::string& option : options_in(synopsis)) {
            const bool explained = std::any_of(block.begin(), block.end(), [&](const std::string& line) {
                return line.find("kinerja ") == std::string::npos && explains(line, option);
            });
            EXPECT_TRUE(explained) << option << " is not explained in the block of " << block.front();
        }
    }
}

// The text of a troff line without its font escapes (\fB, \fI, \fR) and with "\-" as "-".
std::string troff_text(const std::string& line) {
    std::string out;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line.compare(i, 2, "\\f") == 0 && i + 2 < line.size()) {
            i += 2;
        } else if (line.compare(i, 2, "\\-") == 0) {
            out += '-';
            ++i;
        } else {
            out += line[i];
        }
    }
    return out;
}

// docs/kinerja.1 (installed as `man kinerja`) gives each synopsis of the help as it is.
TEST(Cli, TheManualPageHasEverySynopsisOfTheHelp) {
    std::vector<std::string> manual;
    for (const std::string& line : test::lines_of(test::read_file(test::source_dir() / "docs" / "kinerja.1"))) {
        manual.push_back(squeezed(troff_text(line)));
    }
    ASSERT_GT(manual.size(), 100u);
    int synopses = 0;
    for (const std::string& line : test::lines_of(test::cli({"--help"}).out)) {
        const std::size_t at = line.find("kinerja ");
        if (at == std::string::npos || at < 2 || line.find("--help") != std::string::npos) continue;
        ++synopses;
        const std::string synopsis = squeezed(line.substr(at));
        EXPECT_NE(std::find(manual.begin(), manual.end(), synopsis), manual.end()) << synopsis;
    }
    EXPECT_GE(synopses, 6);
}

TEST(Cli, Version) {
    CliRun r = test::cli({"--version"});
    EXPECT_EQ(r.code, 0);
    EXPECT_EQ(r.out.rfind("kinerja ", 0), 0u);
}

// A command line echoed in a message never brings its control bytes to the terminal.
TEST(Cli, ControlCharactersOfTheCommandLineAreEscaped) {
    CliRun r = test::cli({"run", "folder\x1b[2J\x07", "--period", "2024-03"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err.find('\x1b'), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find('\x07'), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("folder\\x1b[2J\\x07"), std::string::npos) << r.err;
}

TEST(Cli, NoArgumentsIsUsageError) { EXPECT_EQ(test::cli({}).code, 2); }

TEST(Cli, UnknownCommandIsUsageError) {
    CliRun r = test::cli({"cetak"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "kinerja: perintah tidak dikenal: cetak\nLihat 'kinerja --help'.\n");
}

TEST(Cli, UnknownOptionIsUsageError) {
    CliRun r = test::cli({"check", test::sample_dir().string(), "--periode", "2024-03"});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("opsi tidak dikenal: --periode"), std::string::npos);
}

TEST(Cli, BadPeriodIsUsageError) {
    CliRun r = test::cli({"check", test::sample_dir().string(), "--period", "2024-13"});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("periode tidak valid: \"2024-13\""), std::string::npos);
}

TEST(Cli, MissingDataDirIsUsageError) {
    CliRun r = test::cli({"check", "/nonexistent/kinerja-data"});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("folder data tidak ditemukan"), std::string::npos);
}

TEST(Cli, CheckSampleIsClean) {
    CliRun r = test::cli({"check", test::sample_dir().string(), "--period", "2024-03"});
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(r.code, 0);
    EXPECT_EQ(r.out.find('\n'), r.out.size() - 1) << "one line: " << r.out;
    EXPECT_NE(r.out.find(" pegawai, "), std::string::npos);
    EXPECT_NE(r.out.find("(2024-03), 1 SOP: tidak ada masalah"), std::string::npos) << r.out;
}

TEST(Cli, PeriodWithEqualsSign) {
    EXPECT_EQ(test::cli({"check", test::sample_dir().string(), "--period=2024-03"}).code, 0);
}

TEST(Cli, CheckWithoutPeriodChecksEveryPeriodFound) {
    CliRun r = test::cli({"check", test::sample_dir().string()});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("2024-03"), std::string::npos) << r.out;
}

TEST(Cli, CheckReportsMissingSkpFile) {
    CliRun r = test::cli({"check", test::sample_dir().string(), "--period", "2024-07"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("skp-2024-07.csv:0: berkas: "), std::string::npos) << r.err;
}

}  // namespace
}  // namespace kinerja
