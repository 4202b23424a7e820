// Data flows one way (README, "Layout of the code"): each stage's files include only their own
// stage and earlier ones (archive none of layout and render), and each outside library is seen only
// by the stage that owns it: libharu by render, pugixml and Poco::Zip by the readers of load,
// libxlsxwriter by batch's workbook writer. The linker would catch a later stage linked into an
// earlier one only when a symbol is used; this reads the #include lines themselves.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace kinerja {
namespace {

namespace fs = std::filesystem;

// The stages in data-flow order; support (the crash reporter) stands apart.
const std::vector<std::string> kStages = {"load",   "model",  "scoring", "compose",
                                          "layout", "render", "archive", "batch"};

// Earlier stages a stage does not depend on (CMakeLists.txt does not link them to it): archive
// builds its documents with compose and leaves laying them out and rendering them to batch.
const std::map<std::string, std::vector<std::string>> kSkipped = {{"archive", {"layout", "render"}}};

// An outside library's header, and the stage folders that may include it.
struct Owned {
    std::string header_start;  // what the #include <...> begins with
    std::vector<std::string> stages;
};
const std::vector<Owned> kOwned = {
    {"hpdf", {"render"}},
    {"pugixml", {"load"}},
    {"Poco/Zip/", {"load"}},
    {"xlsxwriter", {"batch"}},
};

struct Include {
    std::string file;  // relative to generator/
    int line = 0;
    std::string target;  // between the quotes or angle brackets
    bool quoted = false;
};

std::vector<Include> includes_of(const fs::path& root) {
    std::vector<Include> found;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        const std::string ext = entry.path().extension().string();
        if (!entry.is_regular_file() || (ext != ".cpp" && ext != ".hpp")) continue;
        std::ifstream in(entry.path());
        int number = 0;
        for (std::string line; std::getline(in, line);) {
            ++number;
            if (line.rfind("#include ", 0) != 0 || line.size() < 11) continue;
            const char open = line[9];
            const std::size_t close = line.find(open == '"' ? '"' : '>', 10);
            if ((open != '"' && open != '<') || close == std::string::npos) continue;
            found.push_back({fs::relative(entry.path(), root).generic_string(), number, line.substr(10, close - 10),
                             open == '"'});
        }
    }
    return found;
}

// The stage of a path relative to generator/ ("layout/text_lines.hpp" -> "layout"); "" for main.cpp.
std::string stage_of(const std::string& path) {
    const std::size_t slash = path.find('/');
    return slash == std::string::npos ? "" : path.substr(0, slash);
}

long rank_of(const std::string& stage) {
    const auto at = std::find(kStages.begin(), kStages.end(), stage);
    return at == kStages.end() ? -1 : at - kStages.begin();
}

TEST(IncludeOrder, EachStageIncludesOnlyItselfAndEarlierStages) {
    const std::vector<Include> all = includes_of(test::source_dir() / "generator");
    ASSERT_GT(all.size(), 200u);
    int checked = 0;
    for (const Include& inc : all) {
        if (!inc.quoted) continue;
        const std::string from = stage_of(inc.file);
        const std::string to = stage_of(inc.target);
        if (from.empty()) continue;  // main.cpp: the program, above every stage
        ++checked;
        if (from == "support" || to == "support") {
            EXPECT_EQ(from, to) << inc.file << ":" << inc.line << " includes " << inc.target
                                << ": only the program and the tests use the crash reporter";
            continue;
        }
        ASSERT_GE(rank_of(from), 0) << inc.file << ": a folder that is not a stage";
        ASSERT_GE(rank_of(to), 0) << inc.file << ":" << inc.line << " includes " << inc.target;
        EXPECT_LE(rank_of(to), rank_of(from)) << inc.file << ":" << inc.line << " includes " << inc.target
                                              << ", of a later stage";
        const auto skipped = kSkipped.find(from);
        if (skipped != kSkipped.end()) {
            EXPECT_EQ(std::count(skipped->second.begin(), skipped->second.end(), to), 0)
                << inc.file << ":" << inc.line << " includes " << inc.target << ": " << from
                << " does not depend on " << to;
        }
    }
    EXPECT_GT(checked, 200);
}

TEST(IncludeOrder, OutsideLibrariesAreSeenOnlyByTheStageThatOwnsThem) {
    std::map<std::string, int> seen;  // header start -> includes found
    for (const Include& inc : includes_of(test::source_dir() / "generator")) {
        if (inc.quoted) continue;
        for (const Owned& owned : kOwned) {
            if (inc.target.rfind(owned.header_start, 0) != 0) continue;
            ++seen[owned.header_start];
            const std::string from = stage_of(inc.file);
            EXPECT_NE(std::find(owned.stages.begin(), owned.stages.end(), from), owned.stages.end())
                << inc.file << ":" << inc.line << " includes <" << inc.target << ">";
        }
    }
    for (const Owned& owned : kOwned) EXPECT_GT(seen[owned.header_start], 0) << owned.header_start << " never found";
}

}  // namespace
}  // namespace kinerja
