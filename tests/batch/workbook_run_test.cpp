// A month run on Excel workbooks: the same PDFs as on the CSV files; and a bad cell that only
// some documents print costs only those documents.
#include <gtest/gtest.h>

#include <filesystem>

#include "test_support.hpp"

namespace kinerja {
namespace {

namespace fs = std::filesystem;
using test::cli;
using test::TempDir;

// The sample, with its CSV files replaced by the workbooks LibreOffice made of them.
void copy_sample_as_workbooks(const fs::path& to) {
    fs::copy(test::sample_dir(), to, fs::copy_options::recursive);
    for (const char* base : {"pegawai", "skp-2024-03", "perilaku-2024-03"}) {
        fs::remove(to / (std::string(base) + ".csv"));
        fs::copy_file(test::source_dir() / "tests/data/xlsx/lampihong" / (std::string(base) + ".xlsx"),
                      to / (std::string(base) + ".xlsx"));
    }
}

TEST(WorkbookRun, WorkbooksGiveTheSameFilesByteForByteAsCsv) {
    const TempDir dir("kinerja-workbooks");
    copy_sample_as_workbooks(dir.path() / "data");
    const std::vector<std::string> common{"--period", "2024-03", "--quiet", "--jobs", "2"};
    std::vector<std::string> csv_args{"run", test::sample_dir().string(), "--out", (dir.path() / "csv").string()};
    std::vector<std::string> xlsx_args{"run", (dir.path() / "data").string(), "--out", (dir.path() / "xlsx").string()};
    csv_args.insert(csv_args.end(), common.begin(), common.end());
    xlsx_args.insert(xlsx_args.end(), common.begin(), common.end());
    const test::CliResult from_csv = cli(csv_args);
    const test::CliResult from_xlsx = cli(xlsx_args);
    ASSERT_EQ(from_csv.code, 0) << from_csv.err;
    ASSERT_EQ(from_xlsx.code, 0) << from_xlsx.err;
    const auto a = test::snapshot(dir.path() / "csv" / "2024-03");
    const auto b = test::snapshot(dir.path() / "xlsx" / "2024-03");
    ASSERT_EQ(a.size(), b.size());
    for (const auto& [path, bytes] : a) {
        ASSERT_TRUE(b.count(path)) << path;
        EXPECT_TRUE(b.at(path) == bytes) << path << " differs";
    }
    EXPECT_GT(a.count("cetak.pdf"), 0u);
}

TEST(WorkbookRun, NumericNipsInAWorkbookStopTheRunWithOneMessage) {
    const TempDir dir("kinerja-workbook-nip");
    copy_sample_as_workbooks(dir.path() / "data");
    fs::copy_file(test::source_dir() / "tests/data/xlsx/nip-angka/pegawai.xlsx", dir.path() / "data/pegawai.xlsx",
                  fs::copy_options::overwrite_existing);
    const test::CliResult result = cli({"check", (dir.path() / "data").string(), "--period", "2024-03"});
    EXPECT_EQ(result.code, 1);
    const std::vector<std::string> lines = test::lines_of(result.err);
    ASSERT_EQ(lines.size(), 1u) << result.err;
    EXPECT_EQ(lines[0].rfind("pegawai.xlsx:3: nip: NIP tersimpan sebagai angka di kolom nip (13 baris", 0), 0u);
}

// The Sekretaris Camat's tmt_golongan (row 3) is printed by his formulir and by the formulir of
// those he assesses or whose penilai he assesses: those are not made; every pengukuran is.
TEST(WorkbookRun, ABadTmtGolonganCostsOnlyTheFormulirThatPrintIt) {
    const TempDir dir("kinerja-bad-tmt");
    fs::copy(test::sample_dir(), dir.path() / "data", fs::copy_options::recursive);
    const fs::path pegawai = dir.path() / "data/pegawai.csv";
    std::string text = test::read_file(pegawai);
    const std::size_t at = text.find("2019-10-01");
    ASSERT_NE(at, std::string::npos);
    text.replace(at, 10, "03/12/2024");
    test::write_file(pegawai, text);
    const fs::path out = dir.path() / "out";
    const test::CliResult result =
        cli({"run", (dir.path() / "data").string(), "--period", "2024-03", "--out", out.string(), "--quiet"});
    EXPECT_EQ(result.code, 1);
    const std::vector<std::string> lines = test::lines_of(result.err);
    ASSERT_GE(lines.size(), 2u);
    EXPECT_EQ(lines[0], "pegawai.csv:3: tmt_golongan: tanggal tidak valid: \"03/12/2024\" (format: TTTT-BB-HH)");
    std::size_t formulir_lines = 0;
    for (const std::string& line : lines) {
        if (line.find(": formulir: formulir tidak dapat dibuat: tmt_golongan Ahmad Rizani, S.Sos., M.Si. "
                      "(pegawai.csv baris 3) tidak valid") != std::string::npos) {
            ++formulir_lines;
        }
    }
    EXPECT_EQ(formulir_lines, 9u);
    std::size_t formulir = 0;
    std::size_t pengukuran = 0;
    for (const auto& entry : fs::directory_iterator(out / "2024-03/formulir")) formulir += entry.is_regular_file();
    for (const auto& entry : fs::directory_iterator(out / "2024-03/pengukuran")) pengukuran += entry.is_regular_file();
    EXPECT_EQ(formulir, 6u);
    EXPECT_EQ(pengukuran, 15u);
    const std::string rekap = test::read_file(out / "2024-03/rekap.csv");
    EXPECT_EQ(test::lines_of(rekap).size(), 16u);  // header and every employee
    EXPECT_EQ(cli({"archive", "verify", "--out", out.string()}).code, 0);
}

}  // namespace
}  // namespace kinerja
