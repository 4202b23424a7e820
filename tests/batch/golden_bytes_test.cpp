// The month's files, byte for byte, against their SHA-256 recorded before the speed work of
// issue 7 (cetak.pdf joined from the rendered documents, workers in a bounded pipeline): work
// on speed must not change a byte of what the office prints and files.
//
// tests/data/golden/*.sha256 are `sha256sum` lists of OUT/2024-03 as made from
// samples/lampihong and tests/data/golden/enam-puluh (60 employees written by
// scripts/make-bench-data). A change meant to alter the documents (a template, the layout)
// updates them: run the month and `cd OUT/2024-03 && find . -type f | sort | xargs sha256sum`.
#include <gtest/gtest.h>

#include <map>
#include <sstream>
#include <string>

#include "archive/file_hash.hpp"
#include "test_support.hpp"

namespace kinerja {
namespace {

std::map<std::string, std::string> expected_hashes(const std::string& name) {
    std::istringstream in(test::read_file(test::source_dir() / "tests" / "data" / "golden" / name));
    std::map<std::string, std::string> hashes;
    std::string hash, path;
    while (in >> hash >> path) hashes[path.substr(2)] = hash;  // "./formulir/…" → "formulir/…"
    return hashes;
}

std::map<std::string, std::string> actual_hashes(const std::filesystem::path& month) {
    std::map<std::string, std::string> hashes;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(month)) {
        if (!entry.is_regular_file()) continue;
        hashes[std::filesystem::relative(entry.path(), month).generic_string()] =
            archive::sha256_hex(test::read_file(entry.path()));
    }
    return hashes;
}

void expect_golden(const std::filesystem::path& data, const std::string& golden, const std::string& jobs) {
    const test::TempDir out("kinerja-golden-" + jobs);
    const test::CliResult run =
        test::cli({"run", data.string(), "--period", "2024-03", "--out", out.path().string(), "--quiet", "--jobs", jobs});
    ASSERT_EQ(run.code, 0) << run.out << run.err;
    const std::map<std::string, std::string> expected = expected_hashes(golden);
    const std::map<std::string, std::string> actual = actual_hashes(out.path() / "2024-03");
    ASSERT_GT(expected.size(), 30u);
    for (const auto& [path, hash] : expected) {
        const auto found = actual.find(path);
        ASSERT_NE(found, actual.end()) << path << " is missing";
        EXPECT_EQ(found->second, hash) << path << " changed (--jobs " << jobs << ")";
    }
    EXPECT_EQ(actual.size(), expected.size()) << "no file more, none less";
}

TEST(GoldenBytes, TheSampleMonthIsByteForByteAsBefore) {
    expect_golden(test::sample_dir(), "lampihong-2024-03.sha256", "1");
    expect_golden(test::sample_dir(), "lampihong-2024-03.sha256", "2");
}

TEST(GoldenBytes, SixtyEmployeesOnThreeWorkersAreByteForByteAsBefore) {
    expect_golden(test::source_dir() / "tests" / "data" / "golden" / "enam-puluh", "enam-puluh-2024-03.sha256", "3");
}

}  // namespace
}  // namespace kinerja
