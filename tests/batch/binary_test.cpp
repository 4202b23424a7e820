// A few runs of the real program: exit codes and what the user sees.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "pdf_test_support.hpp"
#include "test_support.hpp"
#include "../sanitizer_run.hpp"

namespace kinerja {
namespace {

test::CommandResult run_binary(const std::string& args) {
    std::string command = KINERJA_BINARY;
    command += ' ';
    command += args;
    return test::run_command(command);
}

TEST(Binary, CheckSampleExitsZeroWithOneLineSummary) {
    test::CommandResult r = run_binary("check " + test::sample_dir().string() + " --period 2024-03");
    EXPECT_EQ(r.code, 0) << r.output;
    EXPECT_EQ(std::count(r.output.begin(), r.output.end(), '\n'), 1) << r.output;
}

TEST(Binary, BadDataExitsOneWithLocatedProblems) {
    test::TempDir temp("kinerja-binary-test");
    std::filesystem::path dir = temp.path() / "data";
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
    test::CommandResult r = run_binary("check " + dir.string() + " --period 2024-03");
    EXPECT_EQ(r.code, 1) << r.output;
    EXPECT_NE(r.output.find("pegawai.csv:2: nip: NIP telah diubah Excel menjadi angka (1,96906E+17) di kolom nip "
                            "(1 baris: baris 2)"),
              std::string::npos)
        << r.output;
}

// The default OUT is DATA_DIR/hasil wherever the command is typed: March run from one folder and
// April from another share one register.
TEST(Binary, DefaultOutputIsInTheDataFolderWhateverTheWorkingFolder) {
    KINERJA_SKIP_IN_SANITIZED_RUN(
        "where OUT goes: the same run as the other binary tests from two working folders");
    test::TempDir temp("kinerja-binary-cwd");
    const std::filesystem::path data = temp.path() / "kantor";
    std::filesystem::copy(test::sample_dir(), data, std::filesystem::copy_options::recursive);
    std::filesystem::create_directories(temp.path() / "lain");
    const std::string binary = KINERJA_BINARY;
    test::CommandResult march =
        test::run_command("cd " + (temp.path() / "lain").string() + " && " + binary + " run ../kantor --period 2024-03 --quiet");
    ASSERT_EQ(march.code, 0) << march.output;
    test::CommandResult april =
        test::run_command("cd " + data.string() + " && " + binary + " run . --period 2024-04 --quiet --strict");
    EXPECT_EQ(april.code, 1) << april.output;  // no SKP for April: nothing written, but no second register
    EXPECT_TRUE(std::filesystem::exists(data / "hasil/2024-03/cetak.pdf"));
    EXPECT_TRUE(std::filesystem::exists(data / "hasil/arsip.db"));
    EXPECT_FALSE(std::filesystem::exists(temp.path() / "lain/hasil"));
    EXPECT_FALSE(std::filesystem::exists(data / "kantor"));
    test::CommandResult verify = test::run_command("cd " + data.string() + " && " + binary + " archive verify");
    EXPECT_EQ(verify.code, 0) << verify.output;
    EXPECT_NE(verify.output.find("(1 bulan)"), std::string::npos) << verify.output;
}

TEST(Binary, UsageErrorExitsTwo) { EXPECT_EQ(run_binary("check").code, 2); }

// The 2022 sample's March: the archive documents name the Dokumen Evaluasi Kinerja Pegawai it
// files (bulanan and Triwulan I), not the PP 46 pengukuran.
TEST(Binary, The2022SampleArchiveNamesTheDokumenEvaluasi) {
    test::TempDir temp("kinerja-binary-2022");
    const std::filesystem::path sample = test::source_dir() / "samples" / "lampihong-2022";
    test::CommandResult r = run_binary("run " + sample.string() + " --period 2025-03 --quiet --out " +
                                       (temp.path() / "out").string());
    ASSERT_EQ(r.code, 0) << r.output;
    const std::filesystem::path arsip = temp.path() / "out" / "2025-03" / "arsip";
    const std::string indeks = test::flat_text(arsip / "indeks.pdf");
    EXPECT_NE(indeks.find("DAFTAR ARSIP AKTIF DOKUMEN EVALUASI KINERJA PEGAWAI BULAN MARET 2025"), std::string::npos)
        << indeks;
    EXPECT_NE(indeks.find("Dokumen Evaluasi Kinerja Triwulan I 2025 a.n."), std::string::npos) << indeks;
    EXPECT_EQ(indeks.find("PENGUKURAN"), std::string::npos) << indeks;
    const std::string info = test::run_command("pdfinfo " + (arsip / "indeks.pdf").string()).output;
    EXPECT_NE(info.find("Daftar Arsip Aktif Evaluasi Kinerja Maret 2025"), std::string::npos) << info;
    const std::string labels = test::flat_text(arsip / "label-box.pdf");
    EXPECT_NE(labels.find("JENIS ARSIP EVALUASI KINERJA PEGAWAI"), std::string::npos) << labels;
    EXPECT_EQ(labels.find("PENGUKURAN"), std::string::npos) << labels;
}

}  // namespace
}  // namespace kinerja
