// The Dokumen Evaluasi Kinerja Pegawai and the distribusi page (PermenPANRB 6/2022) laid out and
// rendered: each copy one page on the office's paper with its label, everything inside the
// page, the text readable back from the PDF; the chart with and without a capaian.
// KINERJA_KEEP_PDFS=DIR keeps the PDFs there, to look at them (pdftoppm -r 80 -png).
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "compose/distribusi.hpp"
#include "compose/dokumen_evaluasi.hpp"
#include "layout/bar_chart.hpp"
#include "layout/layout_engine.hpp"
#include "load/data_folder.hpp"
#include "model/build.hpp"
#include "pdf_test_support.hpp"
#include "render/pdf_writer.hpp"
#include "test_support.hpp"

namespace kinerja {
namespace {

namespace fs = std::filesystem;

struct Sample {
    DataSet data;
    compose::Signatures signatures;
    std::optional<compose::DokumenEvaluasiTemplate> dokumen;

    Sample() {
        MemoryFileSource files = test::memory_copy(test::sample_dir());
        Diagnostics diags;
        data = build_dataset(load_data_folder(files, "2024-03", diags), diags).data.value();
        doc::ImageData scan;
        scan.bytes = files.read("ttd/196906272001121003.png").value();
        scan.pixel_width = 600;
        scan.pixel_height = 240;
        signatures.emplace("196906272001121003", std::move(scan));
        dokumen = compose::DokumenEvaluasiTemplate::load(
            test::read_file(test::source_dir() / "templates" / "dokumen-evaluasi-2022.xml"),
            "templates/dokumen-evaluasi-2022.xml", diags);
        EXPECT_TRUE(diags.empty());
    }
    const Pegawai& person(const char* digits) const { return *data.find_pegawai(parse_nip(digits).nip.value()); }
};

const Sample& sample() {
    static const Sample s;
    return s;
}

const layout::FileInfo info{"kinerja test", "2025-03-31"};

// The PDF of `list` written to `dir`/`name` (and to $KINERJA_KEEP_PDFS when set).
fs::path written(const layout::DisplayList& list, const fs::path& dir, const std::string& name) {
    const std::string pdf = render::render_pdf(list, render::bundled_font_files((test::source_dir() / "fonts").string()));
    const fs::path path = dir / name;
    test::write_file(path, pdf);
    if (const char* keep = std::getenv("KINERJA_KEEP_PDFS")) test::write_file(fs::path(keep) / name, pdf);
    return path;
}

void expect_inside(const layout::DisplayList& list) {
    const layout::FontBook& fonts = test::bundled_font_book();
    for (const layout::Page& page : list.pages) {
        for (const layout::Item& item : page.items) {
            if (const auto* t = std::get_if<layout::TextRun>(&item)) {
                EXPECT_GE(t->origin.x, 0) << t->text;
                EXPECT_LE(t->origin.x + t->width, page.width) << t->text;
                EXPECT_GE(t->origin.y - fonts.ascent(t->face, t->size), 0) << t->text;
                EXPECT_LE(t->origin.y + fonts.descent(t->face, t->size), page.height) << t->text;
            } else if (const auto* r = std::get_if<layout::Rect>(&item)) {
                EXPECT_GE(r->origin.x, 0);
                EXPECT_LE(r->origin.x + r->width, page.width);
                EXPECT_GE(r->origin.y, 0);
                EXPECT_LE(r->origin.y + r->height, page.height);
            }
        }
    }
}

TEST(DokumenEvaluasiPages, EachCopyOnePageLabelledAndReadable) {
    const char* rahmadi = "198712122010011008";
    Skp2022 skp;
    skp.nip = sample().person(rahmadi).nip;
    Evaluasi evaluasi;
    evaluasi.nip = skp.nip;
    evaluasi.periode = PeriodeEvaluasi{JenisEvaluasi::triwulanan, 2025, 0, 1};
    evaluasi.rating_hasil_kerja = Rating::sesuai;
    evaluasi.rating_perilaku = Rating::di_atas;
    evaluasi.catatan = "Pertahankan ketertiban administrasi surat masuk; ikuti pelatihan kearsipan digital.";
    HasilEvaluasi hasil;
    hasil.evaluasi = &evaluasi;
    hasil.pegawai = &sample().person(rahmadi);
    hasil.predikat = Predikat::baik;
    const compose::DokumenEvaluasiInput input{sample().data, sample().person(rahmadi), skp, evaluasi, hasil,
                                              CapaianOrganisasi::baik, Date{2025, 3, 31}, nullptr,
                                              &sample().signatures};
    const std::vector<layout::DisplayList> copies =
        layout::layout_copies(sample().dokumen->compose_copies(input), test::bundled_font_book(), info);
    ASSERT_EQ(copies.size(), 3u);
    test::TempDir dir("kinerja-dokumen-evaluasi");
    for (std::size_t i = 0; i < copies.size(); ++i) {
        ASSERT_EQ(copies[i].pages.size(), 1u) << "copy " << i + 1;
        expect_inside(copies[i]);
        const fs::path pdf = written(copies[i], dir.path(), "dokumen-evaluasi-" + std::to_string(i + 1) + ".pdf");
        EXPECT_EQ(test::page_sizes_in(test::run_command("pdfinfo -f 1 -l 1 " + pdf.string()).output),
                  std::vector<std::string>{"609.449 x 935.433"});  // F4
        const std::string text = test::squeezed(test::page_texts(pdf).at(0));
        for (const char* expected : {"DOKUMEN EVALUASI KINERJA PEGAWAI", "PERIODE: TRIWULAN I/II/III/IV-AKHIR",
                                     "PEGAWAI YANG DINILAI", "ATASAN PEJABAT PENILAI KINERJA", "CATATAN/REKOMENDASI",
                                     "Pejabat Penilai Kinerja,", "Pegawai yang Dinilai,"}) {
            EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
        }
        EXPECT_NE(text.find("Lembar " + std::to_string(i + 1) + " dari 3"), std::string::npos) << text;
    }
}

AturanPola rule(std::vector<Predikat> predikat, bool paling_banyak, int batas, bool persen) {
    AturanPola a;
    a.predikat = std::move(predikat);
    a.paling_banyak = paling_banyak;
    a.batas = batas;
    a.persen = persen;
    return a;
}

TEST(DistribusiPages, OnePageWithChartTableAndSignature) {
    std::deque<AturanPola> rules{rule({Predikat::baik}, true, 70, true),
                                 rule({Predikat::butuh_perbaikan, Predikat::kurang_misconduct}, false, 1, false)};
    Distribusi d;
    d.periode = PeriodeEvaluasi{JenisEvaluasi::bulanan, 2025, 3, 0};
    d.capaian = CapaianOrganisasi::baik;
    d.jumlah = {0, 1, 1, 9, 1};
    d.n = 12;
    d.aturan = {HasilAturan{&rules[0], 9, false}, HasilAturan{&rules[1], 2, true}};
    const Pegawai& camat = sample().person("196906272001121003");
    const compose::DistribusiInput input{sample().data.instansi, d, &camat, Date{2025, 3, 31}, &sample().signatures};
    const layout::DisplayList list = layout::layout_document(compose::distribusi_document(input),
                                                             test::bundled_font_book(), info);
    ASSERT_EQ(list.pages.size(), 1u);
    expect_inside(list);
    test::TempDir dir("kinerja-distribusi");
    const fs::path pdf = written(list, dir.path(), "distribusi.pdf");
    const std::string text = test::squeezed(test::page_texts(pdf).at(0));
    for (const char* expected : {"DISTRIBUSI PREDIKAT KINERJA PEGAWAI", "CAPAIAN KINERJA ORGANISASI: BAIK",
                                 "9 (75,00%)", "Baik paling banyak 70%", "TIDAK SESUAI", "Camat Lampihong,"}) {
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
    }
    EXPECT_EQ(list.images.size(), 1u) << "the pimpinan's scan (the sample office prints scans)";

    d.capaian.reset();
    d.aturan.clear();
    const layout::DisplayList unchecked = layout::layout_document(compose::distribusi_document(input),
                                                                  test::bundled_font_book(), info);
    ASSERT_EQ(unchecked.pages.size(), 1u);
    expect_inside(unchecked);
    const std::string plain =
        test::squeezed(test::page_texts(written(unchecked, dir.path(), "distribusi-tanpa-capaian.pdf")).at(0));
    EXPECT_NE(plain.find("Pola tidak diperiksa"), std::string::npos) << plain;
    EXPECT_EQ(plain.find("ATURAN"), std::string::npos) << plain;
    for (const layout::Item& item : unchecked.pages.at(0).items) {
        if (const auto* r = std::get_if<layout::Rect>(&item)) {
            EXPECT_NE(r->fill_gray, layout::bar_chart_band_gray);
        }
    }
}

}  // namespace
}  // namespace kinerja
