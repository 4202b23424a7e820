// instansi.xml <cetak sisi>: cetak.pdf asks the print dialog for duplex printing flipped on the
// long edge (dua, the default) or for simplex printing (satu), never for page scaling; printed
// on one side it holds no blank page. The archive counts a filed copy's lembar as it was
// printed. The per-employee files are the same either way.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>

#include "pdf_test_support.hpp"
#include "test_support.hpp"

namespace kinerja {
namespace {

namespace fs = std::filesystem;
using test::blank_note;
using test::page_count;

// Each page's text, in reading order.
std::vector<std::string> reading_order_texts(const fs::path& pdf) { return test::page_texts(pdf, false); }

constexpr const char* camat_nip = "196906272001121003";

constexpr std::string_view sample_cetak = "<cetak sisi=\"dua\"/>";

// The sample office with `cetak` for its <cetak> element, and the Camat given 25 more kegiatan,
// so that each copy of his pengukuran takes two pages.
fs::path office_with_long_camat(const fs::path& dir, std::string_view cetak) {
    fs::copy(test::sample_dir(), dir, fs::copy_options::recursive);
    std::string instansi = test::read_file(dir / "instansi.xml");
    instansi.replace(instansi.find(sample_cetak), sample_cetak.size(), cetak);
    test::write_file(dir / "instansi.xml", instansi);
    std::ofstream skp(dir / "skp-2024-03.csv", std::ios::binary | std::ios::app);
    for (int i = 1; i <= 25; ++i) {
        skp << camat_nip << ";tugas;Kegiatan tambahan nomor " << i << ";;kegiatan;1;100;12;;1;90;12;;\n";
    }
    return dir;
}

std::size_t blank_pages(const std::vector<std::string>& pages) {
    return static_cast<std::size_t>(std::count_if(pages.begin(), pages.end(), [](const std::string& page) {
        return page.find(blank_note) != std::string::npos;
    }));
}

std::string catalog(const fs::path& pdf) { return test::run_command("qpdf --show-object=1 " + pdf.string()).output; }

std::string register_sisi(const fs::path& out) {
    return test::run_command("sqlite3 " + (out / "arsip.db").string() + " 'SELECT sisi_cetak FROM generation'").output;
}

class PrintSides : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        temp_ = new test::TempDir("kinerja-print-sides");
        for (const auto& [name, cetak] : {std::pair<std::string, std::string_view>{"dua", sample_cetak},
                                          std::pair<std::string, std::string_view>{"satu", "<cetak sisi=\"satu\"/>"}}) {
            const fs::path data = office_with_long_camat(temp_->path() / ("data-" + name), cetak);
            runs_[name] = new test::CliResult(test::cli(
                {"run", data.string(), "--period", "2024-03", "--out", out(name).string(), "--quiet"}));
        }
    }
    static void TearDownTestSuite() {
        for (auto& [name, run] : runs_) delete run;
        delete temp_;
    }
    static fs::path out(const std::string& name) { return temp_->path() / ("out-" + name); }
    static fs::path month(const std::string& name) { return out(name) / "2024-03"; }
    static const test::CliResult& run(const std::string& name) { return *runs_.at(name); }

    static test::TempDir* temp_;
    static std::map<std::string, test::CliResult*> runs_;
};
test::TempDir* PrintSides::temp_ = nullptr;
std::map<std::string, test::CliResult*> PrintSides::runs_;

TEST_F(PrintSides, BothRunsSucceed) {
    for (const char* name : {"dua", "satu"}) {
        EXPECT_EQ(run(name).code, 0) << name << "\n" << run(name).err;
        EXPECT_EQ(run(name).err, "") << name;
    }
}

TEST_F(PrintSides, ByDefaultCetakAsksForDuplexOnTheLongEdgeWithoutScaling) {
    const fs::path cetak = month("dua") / "cetak.pdf";
    EXPECT_EQ(test::read_file(cetak).substr(0, 9), "%PDF-1.7\n");
    EXPECT_NE(catalog(cetak).find("/ViewerPreferences << /Duplex /DuplexFlipLongEdge /PrintScaling /None >>"),
              std::string::npos)
        << catalog(cetak);
    EXPECT_EQ(test::run_command("qpdf --check " + cetak.string()).code, 0);
    EXPECT_GT(blank_pages(reading_order_texts(cetak)), 0u);  // each document on a right-hand page
    EXPECT_EQ(register_sisi(out("dua")), "dua\n");
}

TEST_F(PrintSides, OnOneSideCetakAsksForSimplexAndHasNoBlankPage) {
    const fs::path cetak = month("satu") / "cetak.pdf";
    EXPECT_EQ(test::read_file(cetak).substr(0, 9), "%PDF-1.7\n");
    EXPECT_NE(catalog(cetak).find("/ViewerPreferences << /Duplex /Simplex /PrintScaling /None >>"),
              std::string::npos)
        << catalog(cetak);
    const test::CommandResult check = test::run_command("qpdf --check " + cetak.string());
    EXPECT_EQ(check.code, 0) << check.output;
    const std::vector<std::string> pages = reading_order_texts(cetak);
    ASSERT_EQ(static_cast<int>(pages.size()), page_count(cetak));
    EXPECT_EQ(blank_pages(pages), 0u);
    // Every page of two sides but the blank ones, and nothing else.
    const std::vector<std::string> both = reading_order_texts(month("dua") / "cetak.pdf");
    EXPECT_EQ(pages.size(), both.size() - blank_pages(both));
    std::vector<std::string> kept;
    for (const std::string& page : both) {
        if (page.find(blank_note) == std::string::npos) kept.push_back(page);
    }
    EXPECT_TRUE(kept == pages);
    EXPECT_EQ(register_sisi(out("satu")), "satu\n");
}

// manifest.csv and the summary count cetak.pdf's pages as it has them.
TEST_F(PrintSides, ManifestAndSummaryCountThePagesOfEitherFile) {
    for (const char* name : {"dua", "satu"}) {
        const int pages = page_count(month(name) / "cetak.pdf");
        const std::string manifest = test::read_file(month(name) / "manifest.csv");
        EXPECT_TRUE(std::regex_search(manifest, std::regex("\ncetak\\.pdf,[0-9]+," + std::to_string(pages) + ",")))
            << name << "\n" << manifest;
        EXPECT_NE(run(name).out.find("cetak.pdf (" + std::to_string(pages) + " halaman)"), std::string::npos)
            << run(name).out;
    }
}

TEST_F(PrintSides, ThePerEmployeeFilesAreTheSameEitherWay) {
    for (const char* folder : {"formulir", "pengukuran", "sop"}) {
        const std::map<std::string, std::string> dua = test::snapshot(month("dua") / folder);
        EXPECT_FALSE(dua.empty()) << folder;
        EXPECT_TRUE(dua == test::snapshot(month("satu") / folder)) << folder;
    }
    // Their blank backs stay, and they ask nothing of the print dialog.
    EXPECT_EQ(page_count(month("satu") / "pengukuran" / (std::string(camat_nip) + ".pdf")), 6);  // 3 copies × 2 pages
    const fs::path pengukuran = month("satu") / "pengukuran" / "198712122010011008.pdf";
    EXPECT_EQ(page_count(pengukuran), 5);  // three one-page copies, a blank after the first two
    EXPECT_EQ(blank_pages(reading_order_texts(pengukuran)), 2u);
    EXPECT_EQ(test::read_file(pengukuran).substr(0, 9), "%PDF-1.4\n");
    EXPECT_EQ(catalog(pengukuran).find("/ViewerPreferences"), std::string::npos) << catalog(pengukuran);
}

// The Camat's Arsip copy has two pages: one sheet printed on both sides, two on one side.
TEST_F(PrintSides, TheArchiveCountsTheFiledCopysLembarAsItWasPrinted) {
    const std::string dua = reading_order_texts(month("dua") / "arsip" / "indeks.pdf").at(0);
    const std::string satu = reading_order_texts(month("satu") / "arsip" / "indeks.pdf").at(0);
    EXPECT_NE(dua.find("bulan ini 15 item, 15 lembar"), std::string::npos) << dua;
    EXPECT_NE(satu.find("bulan ini 15 item, 16 lembar"), std::string::npos) << satu;
}

TEST(PrintSidesValue, AnUnknownSisiIsAProblemAtCetak) {
    const test::TempDir temp("kinerja-print-sides-bad");
    const fs::path data = office_with_long_camat(temp.path() / "data", "<cetak sisi=\"tiga\"/>");
    const std::string instansi = test::read_file(data / "instansi.xml");
    const auto at = static_cast<std::size_t>(instansi.find("<cetak "));
    const auto line_number = std::count(instansi.begin(), instansi.begin() + static_cast<std::ptrdiff_t>(at), '\n') + 1;
    const std::string line = "instansi.xml:" + std::to_string(line_number) +
                             ": cetak: sisi cetak tidak dikenal: \"tiga\" (pilih: dua, satu)\n";
    const test::CliResult check = test::cli({"check", data.string(), "--period", "2024-03"});
    EXPECT_EQ(check.code, 1);
    EXPECT_NE(check.err.find(line), std::string::npos) << check.err;
    const test::CliResult strict = test::cli(
        {"run", data.string(), "--period", "2024-03", "--out", (temp.path() / "out").string(), "--strict"});
    EXPECT_EQ(strict.code, 1);
    EXPECT_EQ(strict.err, line);
    EXPECT_FALSE(fs::exists(temp.path() / "out" / "2024-03"));
}

}  // namespace
}  // namespace kinerja
