// `kinerja run` on the sample office: what it writes, checked with the PDF tools.
#include <gtest/gtest.h>


#include "batch/cli.hpp"
#include "test_support.hpp"
#include "../sanitizer_run.hpp"

namespace kinerja {
namespace {

namespace fs = std::filesystem;

using RunResult = test::CliResult;
constexpr auto run_kinerja = &test::cli;

RunResult run_month(const fs::path& data, const fs::path& out, std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"run", data.string(), "--period", "2024-03", "--out", out.string(), "--quiet"};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_kinerja(args);
}

std::vector<std::string> sample_nips() {
    return {"196906272001121003", "197503122000031002", "198104152006042005", "197908232005011004",
            "197711052003121006", "198202172008011003", "197806302002122001", "198309092009031007",
            "198712122010011008", "199005212014022002", "198806142011012009", "199103072019031004",
            "199508182017122003", "199210252019031005", "198611302010121004"};
}

// The whole month of the sample, made once for the tests below.
class SampleRun : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        temp_ = new test::TempDir("kinerja-run-test");
        result_ = new RunResult(run_month(test::sample_dir(), temp_->path() / "out"));
    }
    static void TearDownTestSuite() {
        delete result_;
        delete temp_;
    }
    static fs::path month() { return temp_->path() / "out" / "2024-03"; }
    static test::TempDir* temp_;
    static RunResult* result_;
};
test::TempDir* SampleRun::temp_ = nullptr;
RunResult* SampleRun::result_ = nullptr;

TEST_F(SampleRun, SucceedsWithoutProblems) {
    EXPECT_EQ(result_->code, 0) << result_->err;
    EXPECT_EQ(result_->err, "");
    EXPECT_NE(result_->out.find("15 formulir kinerja"), std::string::npos) << result_->out;
}

TEST_F(SampleRun, WritesAFormulirForEveryEmployee) {
    for (const std::string& nip : sample_nips()) {
        EXPECT_TRUE(fs::is_regular_file(month() / "formulir" / (nip + ".pdf"))) << nip;
    }
    EXPECT_EQ(std::distance(fs::directory_iterator(month() / "formulir"), fs::directory_iterator()), 15);
}

// Values computed by hand (exact fractions, rounded half up) from samples/lampihong's CSVs.
TEST_F(SampleRun, RekapHoldsTheHandComputedScores) {
    EXPECT_EQ(test::read_file(month() / "rekap.csv"),
              "nip,nama,nilai_skp,nilai_perilaku,nilai_prestasi,predikat\n"
              "196906272001121003,\"H. Hammad Arsyad, SP\",88.53,85.83,87.45,Baik\n"
              "197503122000031002,\"Ahmad Rizani, S.Sos., M.Si.\",87.96,84.42,86.54,Baik\n"
              "198104152006042005,\"Siti Rahmah, S.E.\",89.88,84.33,87.66,Baik\n"
              "197908232005011004,\"Muhammad Noor, S.E.\",89.87,85.00,87.92,Baik\n"
              "197711052003121006,\"Rusdiansyah, S.IP\",82.90,82.58,82.78,Baik\n"
              "198202172008011003,\"Ma\u2019ruf Hidayat, S.Sos.\",84.94,81.33,83.50,Baik\n"
              "197806302002122001,\"Hj. Norhayati, S.Sos.\",87.63,84.33,86.31,Baik\n"
              "198309092009031007,\"Akhmad Fauzi, S.Ag.\",87.86,81.92,85.48,Baik\n"
              "198712122010011008,Rahmadi,64.17,79.00,70.10,Cukup\n"
              "199005212014022002,\"Nurul Hidayah, A.Md.\",88.67,83.60,86.64,Baik\n"
              "198806142011012009,\"Fitriani, S.E.\",88.25,86.40,87.51,Baik\n"
              "199103072019031004,\"Hendra Saputra, S.T.\",91.04,84.10,88.27,Baik\n"
              "199508182017122003,Noor Aina,87.59,81.20,85.03,Baik\n"
              "199210252019031005,\"Muhammad Ridha, S.Kom.\",95.67,84.80,91.32,Sangat Baik\n"
              "198611302010121004,\"Ahmad Syarifuddin, S.Sos., M.AP.\",87.63,84.60,86.42,Baik\n");
}

// Every PDF of the month checked with qpdf, pdffonts, pdfinfo and pdftotext: month_pdfs_test.cpp.

TEST_F(SampleRun, FormulirTextComesOutWithPdftotext) {
    fs::path pdf = month() / "formulir" / "197908232005011004.pdf";
    test::CommandResult text = test::run_command("pdftotext -layout " + pdf.string() + " -");
    ASSERT_EQ(text.code, 0);
    for (const char* expected : {"Muhammad Noor, S.E.", "19790823 200501 1 004", "Penata Tingkat I, III/d",
                                 "170.395.000", "85,50", "89,87", "87,92", "Lampihong, 28 Maret 2024",
                                 "Ahmad Rizani, S.Sos., M.Si."}) {
        EXPECT_NE(text.output.find(expected), std::string::npos) << expected;
    }
}

TEST_F(SampleRun, CsvAndXmlDataGiveTheSameBytes) {
    KINERJA_SKIP_IN_SANITIZED_RUN(
        "the XML readers are sanitized in tests/load and tests/model (equivalence_test.cpp); this "
        "compares the bytes of two runs");
    const fs::path variants = test::source_dir() / "tests" / "data" / "equivalent";
    for (const char* variant : {"csv-comma-utf8", "csv-semicolon-utf8bom-crlf", "xml"}) {
        test::TempDir other(std::string("kinerja-run-") + variant);
        RunResult r = run_month(variants / variant, other.path() / "out");
        ASSERT_EQ(r.code, 0) << variant << "\n" << r.err;
        for (const std::string& nip : sample_nips()) {
            std::string name = "formulir/" + nip + ".pdf";
            EXPECT_EQ(test::read_file(month() / name), test::read_file(other.path() / "out" / "2024-03" / name))
                << variant << " " << name;
        }
        EXPECT_EQ(test::read_file(month() / "rekap.csv"), test::read_file(other.path() / "out" / "2024-03" / "rekap.csv"))
            << variant;
    }
}

TEST(Run, OneBadEmployeeIsReportedAndTheRestProduced) {
    test::TempDir temp("kinerja-run-bad");
    fs::path data = temp.path() / "data";
    fs::copy(test::sample_dir(), data, fs::copy_options::recursive);
    // Rahmadi's perilaku: integritas 150 (over 100).
    std::string perilaku = test::read_file(data / "perilaku-2024-03.csv");
    std::size_t at = perilaku.find("19871212 201001 1 008;");
    ASSERT_NE(at, std::string::npos);
    std::size_t line = static_cast<std::size_t>(std::count(perilaku.begin(), perilaku.begin() + static_cast<std::ptrdiff_t>(at), '\n')) + 1;
    std::size_t first = perilaku.find(';', at);
    std::size_t second = perilaku.find(';', first + 1);
    std::size_t third = perilaku.find(';', second + 1);
    perilaku.replace(second + 1, third - second - 1, "150");
    std::ofstream(data / "perilaku-2024-03.csv", std::ios::binary) << perilaku;

    RunResult r = run_month(data, temp.path() / "out");
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, "perilaku-2024-03.csv:" + std::to_string(line) + ": integritas: nilai lebih dari 100\n");
    fs::path formulir = temp.path() / "out" / "2024-03" / "formulir";
    EXPECT_FALSE(fs::exists(formulir / "198712122010011008.pdf"));
    EXPECT_EQ(std::distance(fs::directory_iterator(formulir), fs::directory_iterator()), 14);
}

TEST(Run, StrictWritesNothingWhenThereIsAProblem) {
    test::TempDir temp("kinerja-run-strict");
    fs::path data = temp.path() / "data";
    fs::copy(test::sample_dir(), data, fs::copy_options::recursive);
    fs::remove(data / "perilaku-2024-03.csv");
    RunResult r = run_month(data, temp.path() / "out", {"--strict"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("perilaku-2024-03.csv:0: berkas: "), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(temp.path() / "out" / "2024-03"));
}

TEST(Run, PeriodIsRequired) {
    RunResult r = run_kinerja({"run", test::sample_dir().string()});
    EXPECT_EQ(r.code, 2);
}

TEST(Run, BadDateIsUsageError) {
    RunResult r = run_kinerja({"run", test::sample_dir().string(), "--period", "2024-03", "--date", "2024-02-30"});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("tanggal tidak valid"), std::string::npos);
}

}  // namespace
}  // namespace kinerja

namespace kinerja {
namespace {

TEST(Run, ACharacterTheFontsLackIsReportedAtItsLine) {
    test::TempDir temp("kinerja-run-glyph");
    fs::path data = temp.path() / "data";
    fs::copy(test::sample_dir(), data, fs::copy_options::recursive);
    // A staff member's name written in Thai script (UTF-8 now, so the whole file is re-saved
    // as UTF-8 from its Windows-1252 original).
    test::CommandResult converted = test::run_command("iconv -f WINDOWS-1252 -t UTF-8 " +
                                                      (data / "pegawai.csv").string());
    ASSERT_EQ(converted.code, 0);
    std::string pegawai = converted.output;
    std::size_t at = pegawai.find(";Rahmadi;");
    ASSERT_NE(at, std::string::npos);
    pegawai.replace(at, 9, ";\u0E23\u0E30\u0E2B\u0E21\u0E31\u0E14;");
    std::size_t line = static_cast<std::size_t>(std::count(pegawai.begin(), pegawai.begin() + static_cast<std::ptrdiff_t>(at), '\n')) + 1;
    std::ofstream(data / "pegawai.csv", std::ios::binary) << pegawai;

    RunResult r = run_month(data, temp.path() / "out");
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, "pegawai.csv:" + std::to_string(line) +
                         ": nama: huruf \"\u0E23\" (U+0E23) tidak dapat dicetak dengan fon dokumen\n");
    fs::path formulir = temp.path() / "out" / "2024-03" / "formulir";
    EXPECT_FALSE(fs::exists(formulir / "198712122010011008.pdf"));
    EXPECT_EQ(std::distance(fs::directory_iterator(formulir), fs::directory_iterator()), 14);
}

TEST(Run, TheOfficesOwnTemplateReplacesTheShippedOne) {
    test::TempDir temp("kinerja-run-template");
    fs::path data = temp.path() / "data";
    fs::copy(test::sample_dir(), data, fs::copy_options::recursive);
    fs::create_directories(data / "templates");
    std::string shipped = test::read_file(test::source_dir() / "templates" / "formulir-kinerja.xml");
    const std::string title = "<br/>PEGAWAI NEGERI SIPIL</p>";
    std::size_t at = shipped.find(title);
    ASSERT_NE(at, std::string::npos);
    std::string own = shipped;
    own.replace(at, title.size(), "<br/>PEGAWAI KECAMATAN LAMPIHONG</p>");
    std::ofstream(data / "templates" / "formulir-kinerja.xml", std::ios::binary) << own;

    RunResult r = run_month(data, temp.path() / "out");
    ASSERT_EQ(r.code, 0) << r.err;
    fs::path pdf = temp.path() / "out" / "2024-03" / "formulir" / "196906272001121003.pdf";
    test::CommandResult text = test::run_command("pdftotext " + pdf.string() + " -");
    EXPECT_NE(text.output.find("PEGAWAI KECAMATAN LAMPIHONG"), std::string::npos) << text.output;

    // A mistake in the office's template is reported at its line, and no formulir is made.
    std::string broken = shipped;
    std::size_t field = broken.find("<cell>{{pegawai.nama_lengkap}}");
    ASSERT_NE(field, std::string::npos);
    std::size_t line = static_cast<std::size_t>(std::count(broken.begin(), broken.begin() + static_cast<std::ptrdiff_t>(field), '\n')) + 1;
    broken.replace(field, 30, "<cell>{{pegawai.nama_lenkap}}");
    std::ofstream(data / "templates" / "formulir-kinerja.xml", std::ios::binary | std::ios::trunc) << broken;
    RunResult bad = run_month(data, temp.path() / "out2");
    EXPECT_EQ(bad.code, 1);
    EXPECT_EQ(bad.err.rfind("templates/formulir-kinerja.xml:" + std::to_string(line) + ": ", 0), 0u) << bad.err;
}

}  // namespace
}  // namespace kinerja
