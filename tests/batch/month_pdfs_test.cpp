// Every PDF of the sample month (samples/lampihong, 2024-03, --date 2024-03-28) checked as a
// printer and a reader see it, by tools that know the PDF format and nothing of how kinerja
// writes it: qpdf --check passes, pdffonts finds every font embedded as a subset of a bundled
// face, pdfinfo finds the pages and their F4 paper (instansi.xml: kertas F4), pdftotext finds the
// names, NIPs and headings. These hold for any correct PDF writer; the bytes are not the
// specification (layout_golden_test.cpp holds the layout as readable text).
//
// Determinism: the month made on one worker and again on three, each into a new OUT, gives
// the same bytes in every file, for the sample and for 60 employees
// (tests/data/golden/enam-puluh, written by scripts/make-bench-data): a month run twice is the
// same month.
#include <gtest/gtest.h>

#include <regex>

#include "pdf_test_support.hpp"
#include "../sample_staff.hpp"
#include "test_support.hpp"

// A namespace of its own: scripts/test compiles test files together (unity build).
namespace kinerja::month_pdfs_test {
namespace {

namespace fs = std::filesystem;

const char* const signing_date = "2024-03-28";

test::CliResult run_month(const fs::path& data, const fs::path& out, const std::string& jobs) {
    return test::cli({"run", data.string(), "--period", "2024-03", "--out", out.string(), "--date", signing_date,
                      "--quiet", "--jobs", jobs});
}

// The files of two months that differ, or are in one only.
std::vector<std::string> differing_files(const fs::path& one, const fs::path& other) {
    const std::map<std::string, std::string> a = test::snapshot(one), b = test::snapshot(other);
    std::vector<std::string> differing;
    for (const auto& [path, bytes] : a) {
        const auto twin = b.find(path);
        if (twin == b.end() || twin->second != bytes) differing.push_back(path);
    }
    for (const auto& [path, bytes] : b) {
        if (!a.count(path)) differing.push_back(path);
    }
    return differing;
}

using Employee = test::SampleEmployee;
const std::vector<Employee>& employees = test::sample_staff();

// "19790823 200501 1 004": a NIP as documents print it.
std::string printed_nip(const std::string& digits) {
    return digits.substr(0, 8) + " " + digits.substr(8, 6) + " " + digits.substr(14, 1) + " " + digits.substr(15);
}

// F4 paper, 215 × 330 mm, in points as pdfinfo prints them.
const std::string portrait = "609.449 x 935.433", landscape = "935.433 x 609.449";

// What one PDF of the month must be: its pages' sizes in order and texts it must hold.
struct ExpectedPdf {
    std::string path;  // relative to OUT/2024-03
    std::string title;  // of its metadata
    std::vector<std::string> pages;
    std::vector<std::string> texts;
};

std::vector<ExpectedPdf> expected_pdfs() {
    std::vector<ExpectedPdf> pdfs;
    const std::string camat = "H. HAMMAD ARSYAD, SP";
    pdfs.push_back({"sop/01-SOP-KEC-LPHG-III-2024.pdf",
                    "SOP 01/SOP/KEC-LPHG/III/2024 — Pelaksanaan Perencanaan Kinerja", {portrait, landscape},
                    {"STANDAR OPERASIONAL PROSEDUR (SOP)", "PELAKSANAAN PERENCANAAN KINERJA",
                     "01/SOP/KEC-LPHG/III/2024", camat, "NIP. 19690627 200112 1 003"}});
    // The Perka BKN lampiran: the SKP, its scoring, the perilaku and the penilaian, landscape.
    for (const Employee& e : employees) {
        pdfs.push_back({"formulir/" + e.nip + ".pdf", "Formulir Kinerja Maret 2024 — " + e.nama,
                        std::vector<std::string>(4, landscape),
                        {"FORMULIR SASARAN KERJA", "PENILAIAN CAPAIAN SASARAN KERJA", e.nama, printed_nip(e.nip),
                         "Lampihong, 28 Maret 2024"}});
    }
    // Three labelled copies (instansi.xml), each starting on a right-hand page.
    for (const Employee& e : employees) {
        pdfs.push_back({"pengukuran/" + e.nip + ".pdf", "Dokumen Pengukuran Kinerja Maret 2024 — " + e.nama,
                        std::vector<std::string>(5, portrait),
                        {"DOKUMEN PENGUKURAN KINERJA", "BULAN MARET 2024", e.nama, printed_nip(e.nip),
                         "Lembar 1 dari 3", "Lembar 2 dari 3", "Lembar 3 dari 3"}});
    }
    ExpectedPdf indeks{"arsip/indeks.pdf", "Daftar Arsip Aktif Pengukuran Kinerja Maret 2024",
                       std::vector<std::string>(3, landscape),
                       {"DAFTAR ARSIP AKTIF", "A. DAFTAR BERKAS", "800.1.4.4"}};
    for (const Employee& e : employees) {
        indeks.texts.push_back(e.nama);
        indeks.texts.push_back("NIP " + printed_nip(e.nip));
    }
    pdfs.push_back(indeks);
    pdfs.push_back({"arsip/label-box.pdf", "Label Box Arsip Pengukuran Kinerja Maret 2024", {portrait},
                    {"NOMOR BOKS", "NOMOR BERKAS", "1 – 10", "11 – 15", "800.1.4.4", "PENGUKURAN KINERJA PEGAWAI"}});
    // Printed on both sides (instansi.xml): the SOP, then each employee's formulir and
    // pengukuran, each document starting on a right-hand page (a blank back, the size of the
    // page before it, where one would start on a left-hand page).
    ExpectedPdf cetak{"cetak.pdf", "Berkas Cetak Kinerja Maret 2024 — KECAMATAN LAMPIHONG", {},
                      {"STANDAR OPERASIONAL PROSEDUR (SOP)"}};
    const auto add_document = [&cetak](std::size_t pages, const std::string& size) {
        if (cetak.pages.size() % 2 == 1) cetak.pages.push_back(cetak.pages.back());
        cetak.pages.insert(cetak.pages.end(), pages, size);
    };
    cetak.pages = {portrait, landscape};
    for (const Employee& e : employees) {
        add_document(4, landscape);
        add_document(5, portrait);
        cetak.texts.push_back(e.nama);
        cetak.texts.push_back(printed_nip(e.nip));
    }
    pdfs.push_back(cetak);
    return pdfs;
}

// The sample month made on one worker into a new OUT, once for all tests.
class MonthPdfs : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        temp_ = new test::TempDir("kinerja-month-pdfs");
        one_ = new test::CliResult(run_month(test::sample_dir(), temp_->path() / "one", "1"));
    }
    static void TearDownTestSuite() {
        delete one_;
        delete temp_;
    }
    static fs::path month(const std::string& out = "one") { return temp_->path() / out / "2024-03"; }

    static test::TempDir* temp_;
    static test::CliResult* one_;
};
test::TempDir* MonthPdfs::temp_ = nullptr;
test::CliResult* MonthPdfs::one_ = nullptr;

TEST_F(MonthPdfs, TheMonthIsMadeWithoutProblems) { EXPECT_EQ(one_->code, 0) << one_->out << one_->err; }

// Every PDF the month holds is one this test expects, and every one expected is there.
TEST_F(MonthPdfs, TheMonthHoldsEveryDocumentExpected) {
    std::set<std::string> made, expected;
    for (const auto& [path, bytes] : test::snapshot(month())) {
        if (path.size() > 4 && path.substr(path.size() - 4) == ".pdf") made.insert(path);
    }
    for (const ExpectedPdf& pdf : expected_pdfs()) expected.insert(pdf.path);
    EXPECT_EQ(made, expected);
}

TEST_F(MonthPdfs, QpdfFindsNothingWrong) {
    for (const ExpectedPdf& pdf : expected_pdfs()) {
        const test::CommandResult check = test::run_command("qpdf --check " + (month() / pdf.path).string());
        EXPECT_EQ(check.code, 0) << pdf.path << "\n" << check.output;
    }
}

// Embedded as a subset (a six-letter tag and '+' before the name, PDF 32000-1 9.6.4) of a
// face of fonts/: the print shop needs no font of its own.
TEST_F(MonthPdfs, EveryFontIsAnEmbeddedSubsetOfABundledFace) {
    const std::regex subset_of_bundled("[A-Z]{6}\\+Kinerja(Sans|Serif)-[A-Za-z,]+");
    for (const ExpectedPdf& pdf : expected_pdfs()) {
        const std::vector<test::FontRow> fonts = test::pdf_fonts(month() / pdf.path);
        EXPECT_FALSE(fonts.empty()) << pdf.path;
        for (const test::FontRow& font : fonts) {
            EXPECT_EQ(font.emb, "yes") << pdf.path << ": " << font.name << " not embedded";
            EXPECT_EQ(font.sub, "yes") << pdf.path << ": " << font.name << " not a subset";
            EXPECT_TRUE(std::regex_match(font.name, subset_of_bundled)) << pdf.path << ": " << font.name;
            EXPECT_NE(font.type, "Type 3") << pdf.path << ": " << font.name;
        }
    }
}

// One pdfinfo for each file: its page count, the size of each page (F4, in the orientation of
// its kind), and kinerja's metadata.
TEST_F(MonthPdfs, PdfinfoFindsTheF4PagesAndTheMetadata) {
    for (const ExpectedPdf& pdf : expected_pdfs()) {
        const std::string pages = std::to_string(pdf.pages.size());
        const test::CommandResult info =
            test::run_command("pdfinfo -f 1 -l " + pages + " " + (month() / pdf.path).string());
        EXPECT_NE(info.output.find("Pages:           " + pages + "\n"), std::string::npos) << pdf.path << info.output;
        EXPECT_EQ(test::page_sizes_in(info.output), pdf.pages) << pdf.path;
        EXPECT_NE(info.output.find("Producer:        kinerja\n"), std::string::npos) << pdf.path << info.output;
        EXPECT_NE(info.output.find("Title:           " + pdf.title + "\n"), std::string::npos)
            << pdf.path << info.output;
    }
}

TEST_F(MonthPdfs, PdftotextFindsTheNamesNipsAndHeadings) {
    for (const ExpectedPdf& pdf : expected_pdfs()) {
        const std::string text = test::flat_text(month() / pdf.path);
        for (const std::string& expected : pdf.texts) {
            EXPECT_NE(text.find(expected), std::string::npos) << pdf.path << ": no \"" << expected << "\"";
        }
    }
}

// The same month twice, on one worker and on three: the same bytes in every file.
TEST_F(MonthPdfs, OneWorkerAndThreeMakeTheSameBytes) {
    const test::CliResult three = run_month(test::sample_dir(), temp_->path() / "three", "3");
    ASSERT_EQ(three.code, 0) << three.out << three.err;
    EXPECT_EQ(test::snapshot(month("three")).size(), 2 * 15u + 10u);
    EXPECT_EQ(differing_files(month("one"), month("three")), std::vector<std::string>{});
}

TEST(MonthPdfsSixty, OneWorkerAndThreeMakeTheSameBytes) {
    const fs::path data = test::source_dir() / "tests" / "data" / "golden" / "enam-puluh";
    const test::TempDir temp("kinerja-month-pdfs-60");
    const test::CliResult one = run_month(data, temp.path() / "one", "1");
    ASSERT_EQ(one.code, 0) << one.out << one.err;
    const test::CliResult three = run_month(data, temp.path() / "three", "3");
    ASSERT_EQ(three.code, 0) << three.out << three.err;
    EXPECT_EQ(test::snapshot(temp.path() / "three" / "2024-03").size(), 2 * 60u + 10u);
    EXPECT_EQ(differing_files(temp.path() / "one" / "2024-03", temp.path() / "three" / "2024-03"),
              std::vector<std::string>{});
}

}  // namespace
}  // namespace kinerja::month_pdfs_test
