// `check` never crashes, whatever bytes the data folder holds: every file of the sample and of
// the XML variant is truncated at many points and mutated at random, and each result checked.
//
// Every damaged folder goes through the readers and the model (load_data_folder,
// build_dataset: where the bytes are taken apart); every sixteenth through the whole of
// `check`, which also loads the templates, checks printability and lays out each document of
// the month. The whole of check for each of the ~3,500 folders took 3 of the 10 minutes
// scripts/test may take (under the sanitizers); the rest of check does not read the damaged
// bytes themselves, only what the model kept of them, which the sixteenth tries as well.
#include "../sanitizer_run.hpp"
#include "batch/check_job.hpp"

#include <gtest/gtest.h>

#include <random>

#include "load/data_folder.hpp"
#include "model/build.hpp"
#include "test_support.hpp"

namespace kinerja {
namespace {

void expect_sound(const std::vector<Diagnostic>& problems, const std::string& what) {
    for (const Diagnostic& d : problems) {
        ASSERT_FALSE(d.file.empty()) << what;
        ASSERT_GE(d.line, 0) << what;
        ASSERT_FALSE(d.message.empty()) << what << ": " << d.str();
    }
}

void expect_checks_without_crash(const MemoryFileSource& files, const std::string& what) {
    static std::size_t folders = 0;
    if (++folders % 16 == 0) {
        CheckOutcome outcome;
        ASSERT_NO_THROW(outcome = check_data(files, std::string("2024-03"))) << what;
        expect_sound(outcome.problems, what);
        return;
    }
    Diagnostics diags;
    ASSERT_NO_THROW(build_dataset(load_data_folder(files, "2024-03", diags), diags)) << what;
    expect_sound(diags.sorted(), what);
}

std::vector<std::filesystem::path> data_folders() {
    std::vector<std::filesystem::path> folders{test::sample_dir()};
    std::filesystem::path xml = test::source_dir() / "tests" / "data" / "equivalent" / "xml";
    if (std::filesystem::exists(xml)) folders.push_back(xml);
    return folders;
}

TEST(CheckRobustness, TruncatedFiles) {
    for (const auto& folder : data_folders()) {
        const MemoryFileSource original = test::memory_copy(folder);
        for (const auto& [path, bytes] : original.files()) {
            std::size_t step = std::max<std::size_t>(1, bytes.size() / 150) * test::sanitizer_stride;
            for (std::size_t n = 0; n < bytes.size(); n += step) {
                MemoryFileSource files = original;
                files.put(path, bytes.substr(0, n));
                expect_checks_without_crash(files, path + " cut at " + std::to_string(n));
            }
        }
    }
}

TEST(CheckRobustness, MutatedAndRandomFiles) {
    std::mt19937 rng(20240331);
    static const char nasty_chars[] = "\"';,<>&\n\r\t\0\xff\xfe\xef\xbb\xbf\x80\x96=/-.E+";
    const std::string nasty(nasty_chars, sizeof nasty_chars - 1);
    for (const auto& folder : data_folders()) {
        const MemoryFileSource original = test::memory_copy(folder);
        for (const auto& [path, bytes] : original.files()) {
            for (int round = 0; round < 120; round += static_cast<int>(test::sanitizer_stride)) {
                std::string mutated = bytes;
                int edits = 1 + static_cast<int>(rng() % 8);
                for (int e = 0; e < edits && !mutated.empty(); ++e) {
                    std::size_t at = rng() % mutated.size();
                    char c = (rng() % 2) ? nasty[rng() % nasty.size()] : static_cast<char>(rng() % 256);
                    switch (rng() % 3) {
                        case 0: mutated[at] = c; break;
                        case 1: mutated.insert(mutated.begin() + static_cast<std::ptrdiff_t>(at), c); break;
                        default: mutated.erase(at, 1 + rng() % 16); break;
                    }
                }
                MemoryFileSource files = original;
                files.put(path, mutated);
                expect_checks_without_crash(files, path + " mutation round " + std::to_string(round));
            }
            for (int round = 0; round < 20; ++round) {
                std::string random(rng() % 2048, '\0');
                for (char& c : random) c = static_cast<char>(rng() % 256);
                MemoryFileSource files = original;
                files.put(path, random);
                expect_checks_without_crash(files, path + " random round " + std::to_string(round));
            }
        }
    }
}

}  // namespace
}  // namespace kinerja
