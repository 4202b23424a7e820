// `kinerja run` on the sample office: the collated Dokumen Pengukuran Kinerja of every employee
// and the month's print file cetak.pdf, checked with the PDF tools.
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <sstream>

#include "batch/cli.hpp"
#include "pdf_test_support.hpp"
#include "test_support.hpp"

namespace kinerja {
namespace {

using test::blank_note;
using test::page_count;
using test::page_texts;
using test::squeezed;

namespace fs = std::filesystem;

struct Outcome {
    int code;
    std::string out, err;
};

Outcome run_sample(const fs::path& data, const fs::path& out) {
    std::ostringstream o, e;
    int code = run_cli({"run", data.string(), "--period", "2024-03", "--out", out.string(), "--quiet"}, o, e);
    return {code, o.str(), e.str()};
}

const std::vector<std::string>& sample_nips() {
    static const std::vector<std::string> nips{
        "196906272001121003", "197503122000031002", "198104152006042005", "197908232005011004",
        "197711052003121006", "198202172008011003", "197806302002122001", "198309092009031007",
        "198712122010011008", "199005212014022002", "198806142011012009", "199103072019031004",
        "199508182017122003", "199210252019031005", "198611302010121004"};
    return nips;
}

const char* const copy_labels[] = {"Lembar 1 dari 3 \u2014 untuk Pegawai yang bersangkutan",
                                   "Lembar 2 dari 3 \u2014 untuk Pejabat Penilai",
                                   "Lembar 3 dari 3 \u2014 untuk Arsip"};

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Print-ready: qpdf finds nothing, every font embedded (each once), F4 paper, our metadata.
// landscape_pages: how many pages may be F4 landscape (the SOP flowchart pages of cetak.pdf).
void expect_print_ready(const fs::path& pdf, const std::string& title_start, int landscape_pages = 0) {
    test::CommandResult check = test::run_command("qpdf --check " + pdf.string());
    EXPECT_EQ(check.code, 0) << pdf << "\n" << check.output;
    test::CommandResult fonts = test::run_command("pdffonts " + pdf.string());
    ASSERT_EQ(fonts.code, 0) << fonts.output;
    std::istringstream lines(fonts.output);
    std::string line;
    std::vector<std::string> names;
    for (int i = 0; std::getline(lines, line); ++i) {
        if (i < 2 || line.empty()) continue;
        EXPECT_NE(line.find(" yes yes "), std::string::npos) << pdf << ": not embedded: " << line;
        names.push_back(line.substr(0, line.find(' ')));
    }
    EXPECT_FALSE(names.empty());
    std::vector<std::string> unique = names;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    EXPECT_EQ(unique.size(), names.size()) << pdf << ": a font embedded twice\n" << fonts.output;
    test::CommandResult info = test::run_command("pdfinfo " + pdf.string());
    // Every page F4 (instansi.xml: kertas F4): 215 × 330 mm.
    test::CommandResult sizes = test::run_command("pdfinfo -f 1 -l 10000 " + pdf.string());
    std::istringstream size_lines(sizes.output);
    int size_count = 0, landscape = 0;
    while (std::getline(size_lines, line)) {
        if (line.find(" size:") == std::string::npos || line.rfind("Page", 0) != 0) continue;
        ++size_count;
        if (line.find("935.433 x 609.449 pts") != std::string::npos) {
            ++landscape;
            continue;
        }
        EXPECT_NE(line.find("609.449 x 935.433 pts"), std::string::npos) << pdf << ": " << line;
    }
    EXPECT_EQ(landscape, landscape_pages) << pdf;
    EXPECT_EQ(size_count, page_count(pdf));
    EXPECT_NE(info.output.find("Producer:        kinerja"), std::string::npos) << info.output;
    EXPECT_NE(info.output.find("Title:           " + title_start), std::string::npos) << info.output;
}

// The outline of a PDF as qpdf reports it: each entry's depth (0 = top level), title and
// 1-based page, in document order (parents before their children).
struct Entry {
    int depth;
    std::string title;
    int page;
};

std::vector<Entry> outline(const fs::path& pdf) {
    test::CommandResult json = test::run_command("qpdf --json --json-key=outlines " + pdf.string());
    EXPECT_EQ(json.code, 0) << json.output;
    // qpdf writes each entry's keys in order: dest, destpageposfrom1, kids (the nested entries),
    // object, open, title. An entry opens at its page and closes at its title.
    std::vector<Entry> entries;
    std::vector<std::size_t> open;  // indexes into entries
    std::istringstream lines(json.output);
    std::string line;
    while (std::getline(lines, line)) {
        const std::size_t indent = line.find_first_not_of(' ');
        if (indent == std::string::npos) continue;
        const std::string body = line.substr(indent);
        if (body.rfind("\"destpageposfrom1\": ", 0) == 0) {
            open.push_back(entries.size());
            entries.push_back(Entry{static_cast<int>(open.size()) - 1, "", std::stoi(body.substr(20))});
        } else if (body.rfind("\"title\": \"", 0) == 0 && !open.empty()) {
            entries.at(open.back()).title = body.substr(10, body.rfind('"') - 10);
            open.pop_back();
        }
    }
    EXPECT_TRUE(open.empty()) << json.output;
    return entries;
}

class PengukuranRun : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        temp_ = new test::TempDir("kinerja-pengukuran-run");
        result_ = new Outcome(run_sample(test::sample_dir(), temp_->path() / "out"));
    }
    static void TearDownTestSuite() {
        delete result_;
        delete temp_;
    }
    static fs::path month() { return temp_->path() / "out" / "2024-03"; }
    static test::TempDir* temp_;
    static Outcome* result_;
};
test::TempDir* PengukuranRun::temp_ = nullptr;
Outcome* PengukuranRun::result_ = nullptr;

TEST_F(PengukuranRun, SucceedsAndSaysWhatItMade) {
    EXPECT_EQ(result_->code, 0) << result_->err;
    EXPECT_EQ(result_->err, "");
    EXPECT_TRUE(contains(result_->out, "15 dokumen pengukuran kinerja (75 halaman)")) << result_->out;
    EXPECT_TRUE(contains(result_->out, "cetak.pdf (")) << result_->out;
}

TEST_F(PengukuranRun, EveryEmployeeHasThreeCollatedCopies) {
    EXPECT_EQ(std::distance(fs::directory_iterator(month() / "pengukuran"), fs::directory_iterator()), 15);
    for (const std::string& nip : sample_nips()) {
        const fs::path pdf = month() / "pengukuran" / (nip + ".pdf");
        ASSERT_TRUE(fs::is_regular_file(pdf)) << nip;
        const std::vector<std::string> pages = page_texts(pdf);
        ASSERT_EQ(static_cast<int>(pages.size()), page_count(pdf)) << nip;
        // Pages per copy: the first copy's run of pages carrying its label.
        std::size_t per_copy = 0;
        while (per_copy < pages.size() && contains(squeezed(pages[per_copy]), copy_labels[0])) ++per_copy;
        ASSERT_GT(per_copy, 0u) << nip;
        const std::size_t blanks = per_copy % 2 == 1 ? 2 : 0;  // after copies 1 and 2, not 3
        ASSERT_EQ(pages.size(), 3 * per_copy + blanks) << nip;
        std::size_t at = 0;
        for (int copy = 0; copy < 3; ++copy) {
            EXPECT_EQ(at % 2, 0u) << nip << ": copy " << copy + 1 << " starts on an even page";
            for (std::size_t i = 0; i < per_copy; ++i, ++at) {
                const std::string text = squeezed(pages.at(at));
                EXPECT_TRUE(contains(text, copy_labels[copy])) << nip << " page " << at + 1;
                EXPECT_TRUE(contains(text, "DOKUMEN PENGUKURAN KINERJA") || i > 0) << nip;
                EXPECT_FALSE(contains(text, blank_note)) << nip;
            }
            if (copy < 2 && per_copy % 2 == 1) {
                // The blank back of the copy's last sheet holds only the note.
                std::string blank = squeezed(pages.at(at++));
                blank.erase(std::remove_if(blank.begin(), blank.end(), [](char c) { return c == '\n' || c == ' '; }),
                            blank.end());
                EXPECT_EQ(blank, "Halamaninisengajadikosongkan") << nip;
            }
        }
    }
}

TEST_F(PengukuranRun, EveryPengukuranIsPrintReady) {
    for (const std::string& nip : sample_nips()) {
        expect_print_ready(month() / "pengukuran" / (nip + ".pdf"), "Dokumen Pengukuran Kinerja Maret 2024");
    }
}

TEST_F(PengukuranRun, PengukuranBookmarksEachCopy) {
    const std::vector<Entry> entries = outline(month() / "pengukuran" / "198712122010011008.pdf");
    ASSERT_EQ(entries.size(), 3u);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(entries.at(static_cast<std::size_t>(i)).title, copy_labels[i]);
        EXPECT_EQ(entries.at(static_cast<std::size_t>(i)).page, 2 * i + 1);
    }
}

TEST_F(PengukuranRun, SignersAndValuesComeOutAsText) {
    const std::string text = squeezed(page_texts(month() / "pengukuran" / "198712122010011008.pdf").at(0));
    for (const char* expected : {"DOKUMEN PENGUKURAN KINERJA", "BULAN MARET 2024", "Lampihong, 28 Maret 2024",
                                 "Pegawai Negeri Sipil Yang Dinilai,", "Pejabat Penilai,", "Mengetahui,",
                                 "Atasan Pejabat Penilai,", "Rahmadi", "Siti Rahmah, S.E.",
                                 "Ahmad Rizani, S.Sos., M.Si.", "NIP. 19871212 201001 1 008",
                                 "NIP. 19810415 200604 2 005", "NIP. 19750312 200003 1 002", "96,67", "70,10",
                                 "Cukup"}) {
        EXPECT_TRUE(contains(text, expected)) << expected << "\n" << text;
    }
}

// The Camat signs his own document, the Sekretaris Camat's (as penilai) and the Kasubag
// Perencanaan's (as atasan penilai) with samples/lampihong/ttd/196906272001121003.png: one
// image (600×240, with a soft mask for its transparency) embedded once, drawn on each copy.
TEST_F(PengukuranRun, ScannedSignatureIsEmbeddedOnceAndDrawnOnEveryCopy) {
    for (const char* nip : {"196906272001121003", "197503122000031002", "197908232005011004"}) {
        test::CommandResult list = test::run_command("pdfimages -list " + (month() / "pengukuran" / (std::string(nip) + ".pdf")).string());
        ASSERT_EQ(list.code, 0) << list.output;
        std::istringstream lines(list.output);
        std::string line;
        int images = 0, masks = 0;
        std::vector<std::string> objects;
        for (int i = 0; std::getline(lines, line); ++i) {
            if (i < 2 || line.empty()) continue;
            std::istringstream fields(line);
            std::string page, num, type, width, height;
            fields >> page >> num >> type >> width >> height;
            if (type == "image") {
                ++images;
                EXPECT_EQ(width + "x" + height, "600x240") << line;
            }
            if (type == "smask") ++masks;
        }
        EXPECT_EQ(images, 3) << nip << "\n" << list.output;
        EXPECT_EQ(masks, 3) << nip;
        // Embedded once: the file holds one image object however many copies draw it.
        test::CommandResult raw = test::run_command("qpdf --qdf --object-streams=disable " +
                                                    (month() / "pengukuran" / (std::string(nip) + ".pdf")).string() + " -");
        std::size_t count = 0;
        for (std::size_t at = raw.output.find("/Subtype /Image"); at != std::string::npos;
             at = raw.output.find("/Subtype /Image", at + 1)) {
            ++count;
        }
        EXPECT_EQ(count, 2u) << nip << ": the image and its soft mask, once";
    }
    // Rahmadi's chain has no scan.
    test::CommandResult none = test::run_command("pdfimages -list " + (month() / "pengukuran" / "198712122010011008.pdf").string());
    EXPECT_EQ(std::count(none.output.begin(), none.output.end(), '\n'), 2) << none.output;
}

TEST_F(PengukuranRun, PrintFileHoldsEveryDocumentEachOnAnOddPage) {
    const fs::path cetak = month() / "cetak.pdf";
    ASSERT_TRUE(fs::is_regular_file(cetak));
    const std::vector<Entry> entries = outline(cetak);
    const std::vector<std::string> pages = page_texts(cetak);
    ASSERT_EQ(static_cast<int>(pages.size()), page_count(cetak));

    // First the SOPs, one section with a bookmark per SOP; then the employees in pegawai order,
    // each with the formulir and the three copies.
    // The SOP's bookmark holds its two parts.
    ASSERT_GE(entries.size(), 4u);
    EXPECT_EQ(entries.at(0).depth, 0);
    EXPECT_EQ(entries.at(0).title, "Standar Operasional Prosedur");
    EXPECT_EQ(entries.at(0).page, 1);
    EXPECT_EQ(entries.at(1).depth, 1);
    EXPECT_EQ(entries.at(1).title, "SOP 01/SOP/KEC-LPHG/III/2024 \u2014 Pelaksanaan Perencanaan Kinerja");
    EXPECT_EQ(entries.at(1).page, 1);
    EXPECT_EQ(entries.at(2).title, "Identitas SOP");
    EXPECT_EQ(entries.at(2).page, 1);
    EXPECT_EQ(entries.at(3).title, "Bagan Alir");
    EXPECT_EQ(entries.at(3).page, 2);
    const std::vector<Entry> employee_entries(entries.begin() + 4, entries.end());
    std::vector<const Entry*> employees;
    for (const Entry& e : employee_entries) {
        if (e.depth == 0) employees.push_back(&e);
    }
    ASSERT_EQ(employees.size(), 15u);
    EXPECT_EQ(employees.at(0)->title, "H. Hammad Arsyad, SP (19690627 200112 1 003)");
    EXPECT_EQ(employees.at(8)->title, "Rahmadi (19871212 201001 1 008)");
    const char* documents[] = {"Formulir Kinerja",
                               "Pengukuran Kinerja \u2014 Lembar 1 (Pegawai yang bersangkutan)",
                               "Pengukuran Kinerja \u2014 Lembar 2 (Pejabat Penilai)",
                               "Pengukuran Kinerja \u2014 Lembar 3 (Arsip)"};
    ASSERT_EQ(employee_entries.size(), 15u * 5);
    // The SOP's identity page and flowchart page (2 pages): the first formulir starts on page 3.
    int expected_next = 3;
    for (std::size_t i = 0; i < employee_entries.size(); i += 5) {
        const Entry& employee = employee_entries[i];
        EXPECT_EQ(employee.depth, 0);
        EXPECT_EQ(employee.page, employee_entries[i + 1].page) << employee.title;
        for (std::size_t d = 0; d < 4; ++d) {
            const Entry& document = employee_entries[i + 1 + d];
            EXPECT_EQ(document.depth, 1);
            EXPECT_EQ(document.title, documents[d]) << employee.title;
            EXPECT_EQ(document.page % 2, 1) << employee.title << " / " << document.title << " on page " << document.page;
            // Starts right after the previous document, or after one blank page.
            EXPECT_TRUE(document.page == expected_next || document.page == expected_next + 1) << document.title;
            if (document.page == expected_next + 1) {
                EXPECT_TRUE(contains(pages.at(static_cast<std::size_t>(expected_next - 1)), blank_note));
            }
            const std::string first = squeezed(pages.at(static_cast<std::size_t>(document.page - 1)));
            if (d == 0) {
                EXPECT_TRUE(contains(first, "FORMULIR SASARAN KERJA")) << employee.title;
            } else {
                EXPECT_TRUE(contains(first, copy_labels[d - 1])) << employee.title;
                EXPECT_TRUE(contains(first, "DOKUMEN PENGUKURAN KINERJA")) << employee.title;
            }
            // The document runs until the next one (or a blank before it).
            expected_next = document.page + 1;
            while (expected_next <= static_cast<int>(pages.size()) &&
                   !contains(pages.at(static_cast<std::size_t>(expected_next - 1)), blank_note) &&
                   !contains(squeezed(pages.at(static_cast<std::size_t>(expected_next - 1))), "Halaman 1 dari")) {
                ++expected_next;
            }
        }
    }
    // No blank page at the very end.
    EXPECT_FALSE(contains(pages.back(), blank_note));
}

TEST_F(PengukuranRun, PrintFileIsPrintReady) {
    // The sample's one SOP: a portrait identity page and one landscape flowchart page; the
    // formulir are landscape (4 pages each), the pengukuran copies portrait.
    expect_print_ready(month() / "cetak.pdf", "Berkas Cetak Kinerja Maret 2024", 1 + 15 * 4);
    test::CommandResult info = test::run_command("pdfinfo " + (month() / "cetak.pdf").string());
    // Formulir pages and pengukuran pages, plus a blank before each document that would start
    // on an even page.
    EXPECT_GT(page_count(month() / "cetak.pdf"), 30 + 45);
}

// A damaged scan is a problem with a whole input file: reported at the file, and the run writes
// nothing (DESIGN section 3), so that the month filed before, with its signatures, stays.
TEST(PengukuranRunDamaged, ADamagedSignatureIsReportedAndTheFiledMonthKept) {
    test::TempDir temp("kinerja-pengukuran-ttd");
    fs::path data = temp.path() / "data";
    fs::copy(test::sample_dir(), data, fs::copy_options::recursive);
    ASSERT_EQ(run_sample(data, temp.path() / "out").code, 0);
    const fs::path pdf = temp.path() / "out" / "2024-03" / "pengukuran" / "196906272001121003.pdf";
    const std::string filed = test::read_file(pdf);
    // A truncated scan: the PNG's first 300 bytes.
    const std::string png = test::read_file(data / "ttd" / "196906272001121003.png");
    std::ofstream(data / "ttd" / "196906272001121003.png", std::ios::binary | std::ios::trunc) << png.substr(0, 300);

    const Outcome r = run_sample(data, temp.path() / "out");
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err.rfind("ttd/196906272001121003.png:0: ttd: tanda tangan pindaian tidak dapat dipakai: ", 0), 0u)
        << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    // The month filed before is as it was, the Camat's signature on it.
    ASSERT_TRUE(fs::is_regular_file(pdf));
    EXPECT_EQ(test::read_file(pdf), filed);
    test::CommandResult list = test::run_command("pdfimages -list " + pdf.string());
    EXPECT_GT(std::count(list.output.begin(), list.output.end(), '\n'), 2) << list.output;
}

}  // namespace
}  // namespace kinerja

namespace kinerja {
namespace {

// samples/lampihong/ttd/196906272001121003.png is what scripts/make-sample-signature draws:
// the same bytes on every run, and the same pixels as the committed file (compared decoded,
// so that another zlib's compression cannot fail the test).
TEST(SampleSignature, ScriptIsReproducible) {
    test::TempDir temp("kinerja-signature");
    const std::string script = (test::source_dir() / "scripts" / "make-sample-signature").string();
    const fs::path a = temp.path() / "a.png", b = temp.path() / "b.png";
    ASSERT_EQ(test::run_command("python3 " + script + " " + a.string()).code, 0);
    ASSERT_EQ(test::run_command("python3 " + script + " " + b.string()).code, 0);
    EXPECT_EQ(test::read_file(a), test::read_file(b));
    const std::string decode =
        "import sys, zlib\n"
        "def pixels(path):\n"
        "    data, at, head, idat = open(path, 'rb').read(), 8, b'', b''\n"
        "    while at < len(data):\n"
        "        n = int.from_bytes(data[at:at + 4], 'big'); kind = data[at + 4:at + 8]\n"
        "        if kind == b'IHDR': head = data[at + 8:at + 8 + n]\n"
        "        if kind == b'IDAT': idat += data[at + 8:at + 8 + n]\n"
        "        at += 12 + n\n"
        "    return head + zlib.decompress(idat)\n"
        "sys.exit(0 if pixels(sys.argv[1]) == pixels(sys.argv[2]) else 1)\n";
    std::ofstream(temp.path() / "decode.py") << decode;
    const fs::path committed = test::sample_dir() / "ttd" / "196906272001121003.png";
    test::CommandResult same = test::run_command("python3 " + (temp.path() / "decode.py").string() + " " +
                                                 a.string() + " " + committed.string());
    EXPECT_EQ(same.code, 0) << same.output;
    // 600 × 240, 8-bit RGBA: the IHDR fields.
    const std::string png = test::read_file(committed);
    EXPECT_EQ(png.substr(16, 10), std::string("\x00\x00\x02\x58\x00\x00\x00\xF0\x08\x06", 10));
}

}  // namespace
}  // namespace kinerja
