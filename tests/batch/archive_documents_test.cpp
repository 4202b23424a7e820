// indeks.pdf and label-box.pdf of the sample office (composed by archive/month_documents.hpp,
// rendered by batch), checked with the PDF tools: print-ready (qpdf --check, every font embedded,
// the paper of instansi.xml), and saying what an archivist needs. KINERJA_KEEP_PDF=DIR keeps the
// files for looking at them (pdftoppm -r 60 -png).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <sstream>

#include "archive/month_documents.hpp"
#include "archive/register.hpp"
#include "batch/rendered_document.hpp"
#include "layout/font_book.hpp"
#include "layout/layout_engine.hpp"
#include "load/data_folder.hpp"
#include "load/file_source.hpp"
#include "model/build.hpp"
#include "render/pdf_writer.hpp"
#include "test_support.hpp"

namespace kinerja::archive {
namespace {

namespace fs = std::filesystem;

const fs::path source_dir = KINERJA_SOURCE_DIR;

std::string run(const std::string& command, int* code = nullptr) {
    const test::CommandResult result = test::run_command(command);
    if (code) *code = result.code;
    return result.output;
}

// A field of `pdfinfo` output without its label and padding ("Pages" -> "2").
std::string info_field(const std::string& info, const std::string& name) {
    const std::size_t at = ("\n" + info).find("\n" + name + ":");
    if (at == std::string::npos) return "";
    std::size_t begin = at + name.size() + 1;
    while (begin < info.size() && info[begin] == ' ') ++begin;
    return info.substr(begin, info.find('\n', begin) - begin);
}

DataSet sample_data() {
    const MemoryFileSource files = test::memory_copy(test::sample_dir());
    Diagnostics diags;
    RawData raw = load_data_folder(files, "2024-03", diags);
    BuildResult built = build_dataset(raw, diags);
    EXPECT_TRUE(diags.empty());
    return *built.data;
}

// Fonts, templates and the register, shared by the tests below (loading fonts takes a while).
class ArchiveDocuments : public ::testing::Test {
protected:
    struct Shared {
        DataSet data = sample_data();
        render::FontFiles font_files = render::bundled_font_files((source_dir / "fonts").string());
        std::optional<layout::FontBook> fonts;
        layout::FileInfo info{"kinerja test", "2024-03-31"};
        std::optional<compose::ArsipIndeksTemplate> indeks;
        std::optional<compose::ArsipLabelTemplate> label;
        test::TempDir dir{"kinerja-archive-documents"};
    };
    static Shared* shared_;

    static void SetUpTestSuite() {
        shared_ = new Shared;
        std::map<layout::Face, std::string> ttf;
        for (int i = 0; i < layout::face_count; ++i) {
            auto face = static_cast<layout::Face>(i);
            ttf[face] = test::read_file(shared_->font_files.path(face));
        }
        shared_->fonts.emplace(std::move(ttf));
        Diagnostics diags;
        shared_->indeks = compose::ArsipIndeksTemplate::load(
            test::read_file(source_dir / "templates" / "arsip-indeks.xml"), "templates/arsip-indeks.xml", diags);
        shared_->label = compose::ArsipLabelTemplate::load(
            test::read_file(source_dir / "templates" / "arsip-label-box.xml"), "templates/arsip-label-box.xml",
            diags);
        for (const Diagnostic& d : diags.items()) ADD_FAILURE() << d.str();
    }
    static void TearDownTestSuite() {
        delete shared_;
        shared_ = nullptr;
    }

    // A plan for March filing the first `count` sample employees, in a fresh register.
    static MonthPlan plan_for(std::size_t count, int kapasitas, const std::string& name) {
        const fs::path out = shared_->dir.path() / name;
        fs::remove_all(out);
        Register reg = Register::open(out);
        std::vector<Filing> filings;
        for (std::size_t i = 0; i < count; ++i) {
            const Pegawai& p = shared_->data.pegawai.at(i);
            filings.push_back(Filing{p.nip, p.nama_lengkap(), "pengukuran/" + p.nip.digits + ".pdf", 3,
                                     sha256_of(p.nip.digits)});
        }
        ArsipSetting arsip = shared_->data.instansi.arsip;
        arsip.kapasitas_box = kapasitas;
        return reg.plan_month(Period{2024, 3}, Date{2024, 3, 31}, arsip, filings);
    }

    // A plan for March 2025 under PermenPANRB 6/2022: the first `count` sample employees file
    // their Dokumen Evaluasi bulanan and Triwulan I, in a fresh register.
    static MonthPlan plan_2022(std::size_t count, int kapasitas, const std::string& name) {
        const fs::path out = shared_->dir.path() / name;
        fs::remove_all(out);
        Register reg = Register::open(out);
        const Period maret{2025, 3};
        std::vector<Filing> filings;
        for (std::size_t i = 0; i < count; ++i) {
            const Pegawai& p = shared_->data.pegawai.at(i);
            for (const JenisEvaluasi jenis : {JenisEvaluasi::bulanan, JenisEvaluasi::triwulanan}) {
                const PeriodeEvaluasi ev = periode_evaluasi(jenis, maret).value();
                const std::string file = "dokumen-evaluasi/" + p.nip.digits + ev.suffix() + ".pdf";
                filings.push_back(Filing{p.nip, p.nama_lengkap(), file, 2, sha256_of(file), ev});
            }
        }
        ArsipSetting arsip = shared_->data.instansi.arsip;
        arsip.kapasitas_box = kapasitas;
        return reg.plan_month(maret, Date{2025, 3, 31}, arsip, filings);
    }

    static DataSet data_2022() {
        DataSet data = shared_->data;
        data.regulasi = Regulasi::permenpanrb_6_2022;
        return data;
    }

    static std::string sha256_of(const std::string& s) { return describe_file("x", s, 0).sha256; }

    static PdfTools tools() { return PdfTools{*shared_->fonts, shared_->font_files, shared_->info}; }

    // indeks.pdf and label-box.pdf as a run makes them (MonthArchive::file_month).
    static RenderedDocument indeks_pdf(const MonthPlan& plan, const DataSet& data) {
        return render_document(indeks_document(plan, data, *shared_->indeks), tools());
    }
    static RenderedDocument label_pdf(const MonthPlan& plan, const DataSet& data) {
        return render_document(label_document(plan, data, *shared_->label), tools());
    }

    // Writes the PDF (and keeps a copy when KINERJA_KEEP_PDF is set); returns its path.
    static fs::path save(const RenderedDocument& pdf, const std::string& name) {
        const fs::path path = shared_->dir.path() / name;
        test::write_file(path, pdf.pdf);
        if (const char* keep = std::getenv("KINERJA_KEEP_PDF")) test::write_file(fs::path(keep) / name, pdf.pdf);
        return path;
    }

    static void expect_print_ready(const fs::path& pdf, std::size_t pages) {
        int code = 0;
        std::string check = run("qpdf --check '" + pdf.string() + "'", &code);
        EXPECT_EQ(code, 0) << check;
        const std::string info = run("pdfinfo '" + pdf.string() + "'");
        EXPECT_EQ(info_field(info, "Pages"), std::to_string(pages)) << info;
        // pdffonts: name, type, encoding, emb, sub, uni, object number, generation.
        std::istringstream fonts(run("pdffonts '" + pdf.string() + "'"));
        std::string line;
        std::getline(fonts, line);
        std::getline(fonts, line);  // the rule under the header
        std::size_t count = 0;
        while (std::getline(fonts, line)) {
            std::vector<std::string> words;
            std::istringstream split(line);
            for (std::string w; split >> w;) words.push_back(w);
            ASSERT_GE(words.size(), 8u) << line;
            EXPECT_EQ(words.at(words.size() - 5), "yes") << "not embedded: " << line;
            EXPECT_EQ(words.at(1), "TrueType") << line;
            ++count;
        }
        EXPECT_GE(count, 1u);
    }

    static std::string text_of(const fs::path& pdf) { return run("pdftotext -layout '" + pdf.string() + "' -"); }
};
ArchiveDocuments::Shared* ArchiveDocuments::shared_ = nullptr;

TEST_F(ArchiveDocuments, IndeksIsPrintReadyOnF4LandscapeAndListsEveryItem) {
    MonthPlan plan = plan_for(15, 10, "indeks");
    RenderedDocument pdf = indeks_pdf(plan, shared_->data);
    const fs::path path = save(pdf, "indeks.pdf");
    expect_print_ready(path, pdf.pages);
    const std::string info = run("pdfinfo '" + path.string() + "'");
    EXPECT_EQ(info_field(info, "Page size"), "935.433 x 609.449 pts") << info;  // F4 landscape, 330 x 215 mm
    EXPECT_EQ(info_field(info, "Title"), "Daftar Arsip Aktif Pengukuran Kinerja Maret 2024");
    EXPECT_EQ(info_field(info, "Author"), "KECAMATAN LAMPIHONG");

    const std::string text = text_of(path);
    for (const char* wanted :
         {"DAFTAR ARSIP AKTIF", "DOKUMEN PENGUKURAN KINERJA PEGAWAI BULAN MARET 2024", "Pencipta Arsip",
          "Unit Pengolah", "Subbagian Perencanaan dan Keuangan",
          "15 berkas tahun 2024; bulan ini 15 item, 30 lembar, dalam 2 boks", "RETENSI",
          "Pengukuran Kinerja Maret 2024 a.n. H. Hammad Arsyad, SP", "NIP 19690627 200112 1 003", "31 Maret 2024",
          "2 tahun", "3 tahun", "Yang menyerahkan,", "Yang menerima,", "Lampihong, 31 Maret 2024",
          "Kepala Subbagian Perencanaan dan Keuangan", "Muhammad Noor, S.E."}) {
        EXPECT_NE(text.find(wanted), std::string::npos) << wanted << "\n" << text;
    }
    // Each employee's row: no, kode, box, berkas, item.
    EXPECT_NE(text.find("800.1.4.4"), std::string::npos);
    const std::size_t last = text.find("a.n. " + shared_->data.pegawai.at(14).nama);  // gelar may wrap
    EXPECT_NE(last, std::string::npos);
}

// The text of each page of a document laid out, its runs joined by single spaces.
std::vector<std::string> page_texts(const doc::Document& d, const layout::FontBook& fonts,
                                    const layout::FileInfo& info) {
    std::vector<std::string> pages;
    for (const layout::Page& page : layout::layout_document(d, fonts, info).pages) {
        std::string text;
        for (const layout::Item& item : page.items) {
            if (const auto* run = std::get_if<layout::TextRun>(&item)) text += run->text + " ";
        }
        pages.push_back(text);
    }
    return pages;
}

std::size_t count_of(const std::string& text, const std::string& word) {
    std::size_t n = 0;
    for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) ++n;
    return n;
}

// ANRI's Daftar Arsip Aktif: the Daftar Berkas and the Daftar Isi Berkas, each with its columns
// in order, one row per berkas of the year and per item of the month.
TEST_F(ArchiveDocuments, IndeksHoldsTheDaftarBerkasAndTheDaftarIsiBerkasWithAnrisColumns) {
    MonthPlan plan = plan_for(15, 10, "indeks-lists");
    const doc::Document d = shared_->indeks->compose(compose::ArsipIndeksInput{
        shared_->data, plan.period, plan.tanggal, plan.entries, plan.berkas, true});
    std::string all;
    for (const std::string& page : page_texts(d, *shared_->fonts, shared_->info)) all += page;
    const std::size_t a = all.find("A. DAFTAR BERKAS");
    const std::size_t b = all.find("B. DAFTAR ISI BERKAS MARET 2024");
    ASSERT_NE(a, std::string::npos) << all;
    ASSERT_NE(b, std::string::npos) << all;
    EXPECT_LT(a, b);
    const std::string berkas = all.substr(a, b - a), isi = all.substr(b);
    std::size_t at = 0;
    for (const char* column : {"NO", "KODE", "KLASIFIKASI", "NOMOR", "BERKAS", "URAIAN", "INFORMASI", "BERKAS",
                               "KURUN", "WAKTU", "JUMLAH", "TINGKAT", "PERKEMBANGAN", "LOKASI", "(BOKS)",
                               "RETENSI", "NASIB", "AKHIR", "KETERANGAN", "AKTIF", "INAKTIF"}) {
        at = berkas.find(column, at);
        EXPECT_NE(at, std::string::npos) << "Daftar Berkas: " << column << "\n" << berkas;
    }
    at = 0;
    for (const char* column : {"NO", "KODE", "KLASIFIKASI", "NOMOR", "BERKAS", "NOMOR", "ITEM", "URAIAN",
                               "INFORMASI", "ARSIP", "TANGGAL", "JUMLAH", "TINGKAT", "PERKEMBANGAN", "LOKASI",
                               "(BOKS)", "RETENSI", "NASIB", "AKHIR", "KETERANGAN", "AKTIF", "INAKTIF"}) {
        at = isi.find(column, at);
        EXPECT_NE(at, std::string::npos) << "Daftar Isi Berkas: " << column << "\n" << isi;
    }
    // One row per berkas (its title) and per item (its uraian), each with lembar and nasib akhir.
    EXPECT_EQ(count_of(berkas, "Pengukuran Kinerja Tahun 2024 a.n."), 15u) << berkas;
    EXPECT_EQ(count_of(isi, "Pengukuran Kinerja Maret 2024 a.n."), 15u) << isi;
    EXPECT_EQ(count_of(berkas, "Maret 2024 2 lembar (1 item) Asli Boks"), 15u) << berkas;
    EXPECT_EQ(count_of(isi, "2 lembar Asli Boks"), 15u) << isi;
    EXPECT_EQ(count_of(berkas, "Musnah Tekstual"), 15u) << berkas;
    EXPECT_EQ(count_of(isi, "Musnah Tekstual"), 15u) << isi;
    EXPECT_EQ(count_of(isi, "31 Maret 2024"), 15u + 1u) << isi;  // each item, and the signing date
}

TEST_F(ArchiveDocuments, IndeksPrintsTheNasibAkhirOfInstansi) {
    MonthPlan plan = plan_for(3, 10, "indeks-permanen");
    DataSet permanen = shared_->data;
    permanen.instansi.arsip.nasib_akhir = NasibAkhir::permanen;
    for (compose::ArsipBerkas& b : plan.berkas) b.nasib_akhir = NasibAkhir::permanen;
    const doc::Document d = shared_->indeks->compose(compose::ArsipIndeksInput{
        permanen, plan.period, plan.tanggal, plan.entries, plan.berkas, true});
    std::string all;
    for (const std::string& page : page_texts(d, *shared_->fonts, shared_->info)) all += page;
    EXPECT_EQ(count_of(all, "Permanen Tekstual"), 6u) << all;  // 3 berkas, 3 items
    EXPECT_EQ(count_of(all, "Musnah"), 0u) << all;
}

// The signature block never stands alone on a page: whatever the number of items, the page
// that holds it also holds the last row of the Daftar Isi Berkas.
TEST_F(ArchiveDocuments, IndeksSignatureStaysWithTheLastRows) {
    for (const Kertas kertas : {Kertas::f4, Kertas::a4}) {
        DataSet data = shared_->data;
        data.instansi.kertas = kertas;
        for (std::size_t count = 0; count <= shared_->data.pegawai.size(); ++count) {
            MonthPlan plan = plan_for(count, 10, "indeks-ttd");
            const doc::Document d = shared_->indeks->compose(compose::ArsipIndeksInput{
                data, plan.period, plan.tanggal, plan.entries, plan.berkas, true});
            const std::vector<std::string> pages = page_texts(d, *shared_->fonts, shared_->info);
            const std::string& last = pages.back();
            EXPECT_NE(last.find("menyerahkan,"), std::string::npos) << count;
            const std::string row = count == 0 ? "Tidak ada dokumen yang diarsipkan bulan ini"
                                               : plan.entries.back().uraian.substr(0, 30);
            EXPECT_NE(last.find(row), std::string::npos)
                << (kertas == Kertas::a4 ? "A4, " : "F4, ") << count << " items: " << last;
        }
    }
}

TEST_F(ArchiveDocuments, IndeksOnA4IsPrintReadyToo) {
    MonthPlan plan = plan_for(15, 10, "indeks-a4");
    DataSet a4 = shared_->data;
    a4.instansi.kertas = Kertas::a4;
    RenderedDocument pdf = indeks_pdf(plan, a4);
    const fs::path path = save(pdf, "indeks-a4.pdf");
    expect_print_ready(path, pdf.pages);
    EXPECT_EQ(info_field(run("pdfinfo '" + path.string() + "'"), "Page size"), "841.89 x 595.276 pts (A4)");
}

TEST_F(ArchiveDocuments, SameInputGivesTheSameBytes) {
    MonthPlan plan = plan_for(12, 10, "deterministic");
    EXPECT_EQ(indeks_pdf(plan, shared_->data).pdf, indeks_pdf(plan, shared_->data).pdf);
    EXPECT_EQ(label_pdf(plan, shared_->data).pdf, label_pdf(plan, shared_->data).pdf);
}

TEST_F(ArchiveDocuments, IndeksOfAMonthWithoutDocumentsSaysSo) {
    MonthPlan plan = plan_for(0, 10, "kosong");
    RenderedDocument pdf = indeks_pdf(plan, shared_->data);
    const fs::path path = save(pdf, "indeks-kosong.pdf");
    expect_print_ready(path, 1);
    EXPECT_NE(text_of(path).find("Tidak ada dokumen yang diarsipkan bulan ini"), std::string::npos);
    RenderedDocument labels = label_pdf(plan, shared_->data);
    const fs::path label_path = save(labels, "label-kosong.pdf");
    expect_print_ready(label_path, 1);
    EXPECT_NE(text_of(label_path).find("Tidak ada box arsip yang dipakai bulan ini"), std::string::npos);
}

TEST_F(ArchiveDocuments, LabelsTwoPerPageSpineSizedOnTheOfficePaper) {
    MonthPlan plan = plan_for(15, 5, "label");  // 3 boxes: 1-5, 6-10, 11-15
    ASSERT_EQ(plan.boxes.size(), 3u);
    RenderedDocument pdf = label_pdf(plan, shared_->data);
    EXPECT_EQ(pdf.pages, 2u);  // two labels, then one
    const fs::path path = save(pdf, "label-box.pdf");
    expect_print_ready(path, 2);
    const std::string info = run("pdfinfo '" + path.string() + "'");
    EXPECT_EQ(info_field(info, "Page size"), "609.449 x 935.433 pts") << info;  // F4 portrait
    EXPECT_EQ(info_field(info, "Title"), "Label Box Arsip Pengukuran Kinerja Maret 2024");

    // pdftotext drops the narrow spaces around a dash in large type: compare without spaces.
    std::string text = run("pdftotext '" + path.string() + "' -");
    text.erase(std::remove(text.begin(), text.end(), ' '), text.end());
    for (const char* wanted : {"PEMERINTAHKABUPATENBALANGAN", "KECAMATANLAMPIHONG", "SubbagianPerencanaandanKeuangan",
                               "NOMORBOKS", "NOMORBERKAS", "1\u20135", "6\u201310", "11\u201315", "(5berkas)",
                               "KODEKLASIFIKASI", "800.1.4.4", "PENGUKURANKINERJAPEGAWAI", "TAHUN", "2024",
                               "RETENSI", "Aktif2tahun", "Inaktif3tahun", "NASIBAKHIR", "MUSNAH"}) {
        EXPECT_NE(text.find(wanted), std::string::npos) << wanted << "\n" << text;
    }
    EXPECT_EQ(text.find("NO.BOX"), std::string::npos);
}

// Retensi and nasib akhir are read from a metre away: as large as the JENIS ARSIP line at least.
TEST_F(ArchiveDocuments, LabelShowsRetensiAndNasibAkhirLegibly) {
    MonthPlan plan = plan_for(3, 5, "label-nasib");
    DataSet data = shared_->data;
    data.instansi.arsip.nasib_akhir = NasibAkhir::dinilai_kembali;
    const doc::Document d = shared_->label->compose(compose::ArsipLabelInput{data, plan.period, plan.boxes});
    const layout::DisplayList list = layout::layout_document(d, *shared_->fonts, shared_->info);
    std::map<std::string, double> size_of;
    for (const layout::Item& item : list.pages.at(0).items) {
        if (const auto* run = std::get_if<layout::TextRun>(&item)) size_of[run->text] = run->size;
    }
    ASSERT_EQ(size_of.count("DINILAI KEMBALI"), 1u);
    EXPECT_GE(size_of.at("DINILAI KEMBALI"), 14);
    ASSERT_EQ(size_of.count("NOMOR BOKS"), 1u);
    ASSERT_EQ(size_of.count("Aktif 2 tahun"), 1u);
    ASSERT_EQ(size_of.count("Inaktif 3 tahun"), 1u);
    EXPECT_GE(size_of.at("Aktif 2 tahun"), 14);
    EXPECT_GE(size_of.at("Inaktif 3 tahun"), 14);
}

// The cut lines of the first page's labels: vertical lines 250 mm tall; on A4 each label is
// exactly 90 mm wide with 10 mm between them.
TEST_F(ArchiveDocuments, LabelOutlinesAre90By250MillimetresOnA4) {
    MonthPlan plan = plan_for(15, 5, "label-a4");
    DataSet a4 = shared_->data;
    a4.instansi.kertas = Kertas::a4;
    const doc::Document d = shared_->label->compose(compose::ArsipLabelInput{a4, plan.period, plan.boxes});
    const layout::DisplayList list = layout::layout_document(d, *shared_->fonts, shared_->info);
    ASSERT_EQ(list.pages.size(), 2u);
    constexpr double mm = 72.0 / 25.4;
    std::vector<double> edges;  // x of the vertical outline lines
    for (const layout::Item& item : list.pages[0].items) {
        const auto* line = std::get_if<layout::Line>(&item);
        if (!line || line->from.x != line->to.x) continue;
        EXPECT_NEAR(std::abs(line->to.y - line->from.y), 250 * mm, 0.01);
        edges.push_back(line->from.x);
    }
    std::sort(edges.begin(), edges.end());
    ASSERT_EQ(edges.size(), 4u);
    EXPECT_NEAR(edges[0], 10 * mm, 0.01);
    EXPECT_NEAR(edges[1] - edges[0], 90 * mm, 0.01);
    EXPECT_NEAR(edges[2] - edges[1], 10 * mm, 0.01);
    EXPECT_NEAR(edges[3] - edges[2], 90 * mm, 0.01);
    // Page 2 holds the third label alone: one outline.
    std::size_t verticals = 0;
    for (const layout::Item& item : list.pages[1].items) {
        const auto* line = std::get_if<layout::Line>(&item);
        if (line && line->from.x == line->to.x) ++verticals;
    }
    EXPECT_EQ(verticals, 2u);
}

// Under PermenPANRB 6/2022 the indeks names the Dokumen Evaluasi Kinerja Pegawai (the month of
// filing, true for its bulanan and triwulanan items alike), never the pengukuran.
TEST_F(ArchiveDocuments, Under2022TheIndeksNamesTheDokumenEvaluasi) {
    const MonthPlan plan = plan_2022(15, 10, "indeks-2022");
    RenderedDocument pdf = indeks_pdf(plan, data_2022());
    const fs::path path = save(pdf, "indeks-2022.pdf");
    expect_print_ready(path, pdf.pages);
    const std::string info = run("pdfinfo '" + path.string() + "'");
    EXPECT_EQ(info_field(info, "Title"), "Daftar Arsip Aktif Evaluasi Kinerja Maret 2025");
    EXPECT_EQ(info_field(info, "Subject"),
              "Daftar arsip aktif (daftar berkas dan daftar isi berkas) dokumen evaluasi kinerja pegawai, Maret 2025");
    const std::string text = text_of(path);
    for (const char* wanted : {"DOKUMEN EVALUASI KINERJA PEGAWAI BULAN MARET 2025", "B. DAFTAR ISI BERKAS MARET 2025",
                               "Evaluasi Kinerja Tahun 2025 a.n. H. Hammad Arsyad, SP",
                               "Dokumen Evaluasi Kinerja Triwulan I 2025 a.n."}) {
        EXPECT_NE(text.find(wanted), std::string::npos) << wanted << "\n" << text;
    }
    EXPECT_EQ(text.find("PENGUKURAN"), std::string::npos) << text;
    EXPECT_EQ(text.find("Pengukuran"), std::string::npos) << text;
}

// Each label names the kinds its box holds: a box whose berkas were opened under PP 46 in
// January and went on with Dokumen Evaluasi (ArsipBox::jenis as the register gives it) says
// both; a box of 2022 berkas only says EVALUASI. The longer name wraps inside the 250 mm label.
TEST_F(ArchiveDocuments, Under2022EachLabelNamesTheKindsInItsBox) {
    MonthPlan plan = plan_2022(15, 5, "label-2022");  // 3 boxes
    ASSERT_EQ(plan.boxes.size(), 3u);
    for (const compose::ArsipBox& b : plan.boxes) {
        EXPECT_EQ(b.jenis, std::vector<compose::JenisArsip>{compose::JenisArsip::dokumen_evaluasi});
    }
    plan.boxes[0].jenis = {compose::JenisArsip::pengukuran, compose::JenisArsip::dokumen_evaluasi};
    DataSet a4 = data_2022();
    a4.instansi.kertas = Kertas::a4;
    for (const DataSet& data : {data_2022(), a4}) {
        RenderedDocument pdf = label_pdf(plan, data);
        EXPECT_EQ(pdf.pages, 2u);
        const fs::path path = save(pdf, data.instansi.kertas == Kertas::a4 ? "label-2022-a4.pdf" : "label-2022.pdf");
        expect_print_ready(path, 2);
        EXPECT_EQ(info_field(run("pdfinfo '" + path.string() + "'"), "Title"),
                  "Label Box Arsip Evaluasi Kinerja Maret 2025");
        std::string text = run("pdftotext '" + path.string() + "' -");
        std::erase_if(text, [](char c) { return c == ' ' || c == '\n'; });
        // (pdftotext reads two labels side by side line by line across both.)
        EXPECT_EQ(count_of(text, "PENGUKURANDANEVALUASIKINERJAPEGAWAI"), 1u) << text;
        EXPECT_EQ(count_of(text, "EVALUASIKINERJAPEGAWAI"), 3u) << text;
        EXPECT_EQ(count_of(text, "PENGUKURAN"), 1u) << text;
    }
    // The label keeps its size: the outlines are 250 mm tall, NASIB AKHIR inside them.
    const doc::Document d = shared_->label->compose(compose::ArsipLabelInput{a4, plan.period, plan.boxes});
    const layout::DisplayList list = layout::layout_document(d, *shared_->fonts, shared_->info);
    constexpr double mm = 72.0 / 25.4;
    double bottom = 0;
    for (const layout::Item& item : list.pages.at(0).items) {
        const auto* line = std::get_if<layout::Line>(&item);
        if (!line || line->from.x != line->to.x) continue;
        EXPECT_NEAR(std::abs(line->to.y - line->from.y), 250 * mm, 0.01);
        bottom = std::max({bottom, line->from.y, line->to.y});
    }
    for (const layout::Item& item : list.pages.at(0).items) {
        const auto* run = std::get_if<layout::TextRun>(&item);
        if (run && run->text == "MUSNAH") {
            EXPECT_LT(run->origin.y, bottom) << "NASIB AKHIR below the label";
        }
    }
}

}  // namespace
}  // namespace kinerja::archive
