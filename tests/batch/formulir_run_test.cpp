// `kinerja run` on the sample office: the formulir kinerja of every employee (the lampiran of
// Perka BKN 1/2013, each part on its pages) and the one rule of scanned signatures
// (<tanda-tangan pindaian> in instansi.xml), checked with the PDF tools.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "batch/cli.hpp"
#include "pdf_test_support.hpp"
#include "test_support.hpp"

namespace kinerja {
namespace {

namespace fs = std::filesystem;

struct Outcome {
    int code;
    std::string out, err;
};

Outcome kinerja(const std::string& command, const fs::path& data, const fs::path& out) {
    std::ostringstream o, e;
    std::vector<std::string> args{command, data.string(), "--period", "2024-03"};
    if (command == "run") args.insert(args.end(), {"--out", out.string(), "--quiet"});
    const int code = run_cli(args, o, e);
    return {code, o.str(), e.str()};
}

// The text of every page, runs of spaces squeezed.
std::vector<std::string> page_texts(const fs::path& pdf) {
    std::vector<std::string> pages = test::page_texts(pdf);
    for (std::string& page : pages) page = test::squeezed(page);
    return pages;
}

// The pages (1-based) an image is drawn on, per `pdfimages -list` (soft masks left out).
std::multiset<int> image_pages(const fs::path& pdf) {
    test::CommandResult list = test::run_command("pdfimages -list " + pdf.string());
    EXPECT_EQ(list.code, 0) << list.output;
    std::istringstream lines(list.output);
    std::string line;
    std::multiset<int> pages;
    for (int i = 0; std::getline(lines, line); ++i) {
        std::istringstream fields(line);
        std::string page, num, type;
        fields >> page >> num >> type;
        if (i >= 2 && type == "image") pages.insert(std::stoi(page));
    }
    return pages;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const char* const sample_nips[] = {
    "196906272001121003", "197503122000031002", "198104152006042005", "197908232005011004",
    "197711052003121006", "198202172008011003", "197806302002122001", "198309092009031007",
    "198712122010011008", "199005212014022002", "198806142011012009", "199103072019031004",
    "199508182017122003", "199210252019031005", "198611302010121004"};

// What each page of the set carries, in the lampiran's order.
const std::vector<std::vector<std::string>> page_parts = {
    {"FORMULIR SASARAN KERJA", "I. PEJABAT PENILAI", "II. PEGAWAI NEGERI SIPIL YANG DINILAI",
     "III. KEGIATAN TUGAS JABATAN", "KUANT/OUTPUT", "Lampihong, 28 Maret 2024", "Pegawai Negeri Sipil Yang Dinilai,"},
    {"PENILAIAN CAPAIAN SASARAN KERJA", "Jangka Waktu Penilaian : 1 Maret s.d. 31 Maret 2024", "REALISASI",
     "PENGHITUNGAN", "II. TUGAS TAMBAHAN DAN KREATIVITAS/UNSUR PENUNJANG :", "NILAI CAPAIAN SKP", "Pejabat Penilai,"},
    {"RAHASIA", "PENILAIAN PRESTASI KERJA", "REKOMENDASI", "9. DIBUAT TANGGAL, 28 Maret 2024", "10. DITERIMA TANGGAL",
     "11. DITERIMA TANGGAL", "YANG DINILAI", "ATASAN PEJABAT PENILAI", "c. Pangkat, Golongan ruang, TMT",
     "JANGKA WAKTU PENILAIAN"},
    {"UNSUR YANG DINILAI", "Sasaran Kerja Pegawai (SKP)", "6. Kepemimpinan", "Nilai Perilaku Kerja",
     "NILAI PRESTASI KERJA", "KEBERATAN DARI PEGAWAI NEGERI SIPIL YANG DINILAI (APABILA ADA)",
     "TANGGAPAN PEJABAT PENILAI ATAS KEBERATAN", "KEPUTUSAN ATASAN PEJABAT PENILAI ATAS KEBERATAN", "Tanggal,"}};

class FormulirRun : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        temp_ = new test::TempDir("kinerja-formulir-run");
        result_ = new Outcome(kinerja("run", test::sample_dir(), temp_->path() / "out"));
    }
    static void TearDownTestSuite() {
        delete result_;
        delete temp_;
    }
    static fs::path formulir(const std::string& nip) { return temp_->path() / "out" / "2024-03" / "formulir" / (nip + ".pdf"); }
    static test::TempDir* temp_;
    static Outcome* result_;
};
test::TempDir* FormulirRun::temp_ = nullptr;
Outcome* FormulirRun::result_ = nullptr;

// One target sheet, one capaian page (the sample's rows fit one), the two sides of the
// prestasi kerja sheet: four landscape F4 pages, no more, each with its part.
TEST_F(FormulirRun, EveryFormulirIsTheWholeSetOnFourLandscapePages) {
    ASSERT_EQ(result_->code, 0) << result_->err;
    EXPECT_TRUE(contains(result_->out, "15 formulir kinerja (60 halaman)")) << result_->out;
    for (const char* nip : sample_nips) {
        const std::vector<std::string> pages = page_texts(formulir(nip));
        ASSERT_EQ(pages.size(), page_parts.size()) << nip;
        for (std::size_t i = 0; i < pages.size(); ++i) {
            for (const std::string& part : page_parts[i]) {
                EXPECT_TRUE(contains(pages[i], part)) << nip << " page " << i + 1 << ": " << part << "\n" << pages[i];
            }
        }
        test::CommandResult sizes = test::run_command("pdfinfo -f 1 -l 4 " + formulir(nip).string());
        int landscape = 0;  // F4 landscape: 330 × 215 mm
        for (std::size_t at = sizes.output.find("935.433 x 609.449 pts"); at != std::string::npos;
             at = sizes.output.find("935.433 x 609.449 pts", at + 1)) {
            ++landscape;
        }
        EXPECT_EQ(landscape, 4) << nip << "\n" << sizes.output;
        EXPECT_EQ(test::run_command("qpdf --check " + formulir(nip).string()).code, 0) << nip;
    }
}

// samples/lampihong says <tanda-tangan pindaian="ya">: the Camat's scan wherever he signs.
TEST_F(FormulirRun, ScanOnEverySignatureOfTheSigner) {
    ASSERT_EQ(result_->code, 0) << result_->err;
    // As the PNS (target sheet, 10), as pejabat penilai (target sheet, capaian, 9), as atasan (11).
    EXPECT_EQ(image_pages(formulir("196906272001121003")), (std::multiset<int>{1, 3}));
    EXPECT_EQ(image_pages(formulir("197503122000031002")), (std::multiset<int>{1, 2, 3}));
    EXPECT_EQ(image_pages(formulir("197908232005011004")), (std::multiset<int>{3}));
    EXPECT_EQ(image_pages(formulir("198712122010011008")), (std::multiset<int>{}));  // no scan in his chain
}

// Without <tanda-tangan> (the default "tidak"): no scan in any document, copy or cetak.pdf,
// although ttd/ holds one.
TEST(FormulirRunSignatures, NoScanAnywhereByDefault) {
    test::TempDir temp("kinerja-formulir-tidak");
    const fs::path data = temp.path() / "data";
    fs::copy(test::sample_dir(), data, fs::copy_options::recursive);
    std::string xml = test::read_file(data / "instansi.xml");
    const std::size_t at = xml.find("<tanda-tangan pindaian=\"ya\"/>");
    ASSERT_NE(at, std::string::npos);
    xml.erase(at, std::string("<tanda-tangan pindaian=\"ya\"/>").size());
    std::ofstream(data / "instansi.xml", std::ios::binary | std::ios::trunc) << xml;
    ASSERT_TRUE(fs::is_regular_file(data / "ttd" / "196906272001121003.png"));

    const Outcome r = kinerja("run", data, temp.path() / "out");
    ASSERT_EQ(r.code, 0) << r.err;
    const fs::path month = temp.path() / "out" / "2024-03";
    for (const char* nip : {"196906272001121003", "197503122000031002", "197908232005011004"}) {
        EXPECT_EQ(image_pages(month / "formulir" / (std::string(nip) + ".pdf")), std::multiset<int>{}) << nip;
        EXPECT_EQ(image_pages(month / "pengukuran" / (std::string(nip) + ".pdf")), std::multiset<int>{}) << nip;
    }
    EXPECT_EQ(image_pages(month / "cetak.pdf"), std::multiset<int>{});
}

TEST(FormulirRunSignatures, AnUnknownChoiceIsAProblemAtItsLine) {
    test::TempDir temp("kinerja-formulir-kadang");
    const fs::path data = temp.path() / "data";
    fs::copy(test::sample_dir(), data, fs::copy_options::recursive);
    std::string xml = test::read_file(data / "instansi.xml");
    const std::size_t at = xml.find("pindaian=\"ya\"");
    ASSERT_NE(at, std::string::npos);
    xml.replace(at, std::string("pindaian=\"ya\"").size(), "pindaian=\"kadang\"");
    std::ofstream(data / "instansi.xml", std::ios::binary | std::ios::trunc) << xml;
    const int line = 1 + static_cast<int>(std::count(xml.begin(), xml.begin() + static_cast<std::ptrdiff_t>(at), '\n'));

    const Outcome r = kinerja("check", data, temp.path() / "out");
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, "instansi.xml:" + std::to_string(line) +
                         ": pindaian: pilihan tanda tangan pindaian tidak dikenal: \"kadang\" (pilih: ya, tidak)\n");
}

}  // namespace
}  // namespace kinerja
