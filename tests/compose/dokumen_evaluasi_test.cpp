// The Dokumen Evaluasi Kinerja Pegawai (PermenPANRB 6/2022) composed with the shipped template
// for the sample office's staff: labelled copies as the pengukuran's, the period line with its
// struck options, the five blocks, the capaian (or the five options to mark by hand), the
// catatan (or room to write) and the two signatures.
#include "compose/dokumen_evaluasi.hpp"

#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "compose/pengukuran.hpp"
#include "compose_test_support.hpp"
#include "load/data_folder.hpp"
#include "load/file_source.hpp"
#include "model/build.hpp"

namespace kinerja::compose {
namespace dokumen_evaluasi_test {

namespace fs = std::filesystem;
using test::lines;
using test::read_file;
using test::row_texts;
using test::source_dir;
using test::texts;
using Lines = std::vector<std::string>;

const DokumenEvaluasiTemplate& dokumen() {
    static const DokumenEvaluasiTemplate t = [] {
        Diagnostics diags;
        const std::string bytes = read_file(source_dir / "templates" / "dokumen-evaluasi-2022.xml");
        EXPECT_FALSE(bytes.empty());
        auto loaded = DokumenEvaluasiTemplate::load(bytes, "templates/dokumen-evaluasi-2022.xml", diags);
        EXPECT_EQ(lines(diags), Lines{});
        return loaded.value();
    }();
    return t;
}

// The sample office's staff and instansi (three <lembar>), as the run reads them.
const DataSet& staff() {
    static const DataSet data = [] {
        const fs::path root = source_dir / "samples" / "lampihong";
        MemoryFileSource files;
        for (const auto& entry : fs::recursive_directory_iterator(root)) {
            if (entry.is_regular_file()) {
                files.put(fs::relative(entry.path(), root).generic_string(), read_file(entry.path()));
            }
        }
        Diagnostics diags;
        BuildResult built = build_dataset(load_data_folder(files, "2024-03", diags), diags);
        EXPECT_EQ(lines(diags), Lines{});
        return std::move(built.data.value());
    }();
    return data;
}

const Pegawai& person(const char* digits) { return *staff().find_pegawai(parse_nip(digits).nip.value()); }

constexpr const char* kRahmadi = "198712122010011008";  // a pelaksana with penilai and atasan

// One evaluation of Rahmadi, and what the input refers to.
struct Case {
    Skp2022 skp;
    Evaluasi evaluasi;
    HasilEvaluasi hasil;
    std::optional<CapaianOrganisasi> capaian = CapaianOrganisasi::baik;

    explicit Case(PeriodeEvaluasi periode, std::string catatan = "Tingkatkan ketepatan waktu laporan.") {
        skp.nip = person(kRahmadi).nip;
        skp.tahun = periode.year;
        evaluasi.nip = skp.nip;
        evaluasi.periode = periode;
        evaluasi.rating_hasil_kerja = Rating::di_atas;
        evaluasi.rating_perilaku = Rating::sesuai;
        evaluasi.catatan = std::move(catatan);
        hasil.evaluasi = &evaluasi;
        hasil.pegawai = &person(kRahmadi);
        hasil.rating_hasil_kerja = Rating::di_atas;
        hasil.predikat = Predikat::baik;
    }
    DokumenEvaluasiInput input() const {
        return DokumenEvaluasiInput{staff(), person(kRahmadi), skp, evaluasi, hasil, capaian, Date{2025, 3, 31}};
    }
    doc::Document compose(int lembar = 1) const {
        return dokumen().compose(input(), lembar_list(staff().instansi).at(static_cast<std::size_t>(lembar - 1)));
    }
};

PeriodeEvaluasi bulan(int month) { return PeriodeEvaluasi{JenisEvaluasi::bulanan, 2025, month, 0}; }
PeriodeEvaluasi triwulan(int quarter) { return PeriodeEvaluasi{JenisEvaluasi::triwulanan, 2025, 0, quarter}; }
PeriodeEvaluasi tahunan() { return PeriodeEvaluasi{JenisEvaluasi::tahunan, 2025, 0, 0}; }

const doc::Paragraph* paragraph_starting(const doc::Document& d, const std::string& start) {
    for (const doc::Block& b : d.body) {
        if (const auto* p = std::get_if<doc::Paragraph>(&b.v); p && p->text.rfind(start, 0) == 0) return p;
    }
    return nullptr;
}

// The period line as printed: its text, and each struck part.
struct PeriodLine {
    std::string text;
    Lines struck;
};

PeriodLine period_line(const doc::Document& d) {
    PeriodLine out;
    const doc::Paragraph* p = paragraph_starting(d, "PERIODE:");
    if (!p) return out;
    out.text = p->text;
    for (const doc::TextSpan& s : p->strike) out.struck.push_back(p->text.substr(s.begin, s.end - s.begin));
    return out;
}

const doc::Table& blocks_table(const doc::Document& d) {
    for (const doc::Table* t : test::tables(d)) {
        if (t->columns.size() == 3) return *t;
    }
    throw std::logic_error("no five-block table");
}

TEST(DokumenEvaluasi, ShippedTemplateLoadsCleanly) {
    const DokumenEvaluasiTemplate& t = dokumen();
    (void)t;
    EXPECT_TRUE(DokumenEvaluasiTemplate::schema().find_field("coret.tw1").has_value());
    EXPECT_TRUE(DokumenEvaluasiTemplate::schema().find_field("lembar.label").has_value());
}

TEST(DokumenEvaluasi, HeadingOfAMonthNamesTheMonthUnstruck) {
    const doc::Document d = Case(bulan(3)).compose();
    const Lines all = texts(d.body);
    ASSERT_GE(all.size(), 3u);
    EXPECT_EQ(all.at(0), "DOKUMEN EVALUASI KINERJA PEGAWAI");
    EXPECT_EQ(all.at(1), "PENDEKATAN HASIL KERJA KUANTITATIF");
    const PeriodLine line = period_line(d);
    EXPECT_EQ(line.text, "PERIODE: BULAN MARET 2025");
    EXPECT_EQ(line.struck, Lines{});
    EXPECT_EQ(all.at(3), "KECAMATAN LAMPIHONG");
    EXPECT_EQ(all.at(4), "PERIODE PENILAIAN: 1 Maret s.d. 31 Maret 2025");
    EXPECT_EQ(d.title, "Dokumen Evaluasi Kinerja Pegawai Maret 2025 \u2014 Rahmadi");
}

TEST(DokumenEvaluasi, AQuarterStrikesEveryOtherOption) {
    const PeriodLine one = period_line(Case(triwulan(1)).compose());
    EXPECT_EQ(one.text, "PERIODE: TRIWULAN I/II/III/IV-AKHIR");
    EXPECT_EQ(one.struck, (Lines{"II", "III", "IV-AKHIR"}));

    const PeriodLine two = period_line(Case(triwulan(2)).compose());
    EXPECT_EQ(two.text, "PERIODE: TRIWULAN I/II/III/IV-AKHIR");
    EXPECT_EQ(two.struck, (Lines{"I", "III", "IV-AKHIR"}));

    const PeriodLine four = period_line(Case(triwulan(4)).compose());
    EXPECT_EQ(four.struck, (Lines{"I", "II", "III", "-AKHIR"}));
    EXPECT_EQ(paragraph_starting(Case(triwulan(2)).compose(), "PERIODE PENILAIAN"), nullptr);  // in a table
    EXPECT_EQ(texts(Case(triwulan(2)).compose().body).at(4), "PERIODE PENILAIAN: 1 April s.d. 30 Juni 2025");
}

TEST(DokumenEvaluasi, TheYearStrikesEveryTriwulan) {
    const doc::Document d = Case(tahunan()).compose();
    const PeriodLine year = period_line(d);
    EXPECT_EQ(year.text, "PERIODE: TRIWULAN I/II/III/IV-AKHIR");
    EXPECT_EQ(year.struck, (Lines{"TRIWULAN I/II/III/IV-"}));
    EXPECT_EQ(texts(d.body).at(4), "PERIODE PENILAIAN: 1 Januari s.d. 31 Desember 2025");
}

TEST(DokumenEvaluasi, FiveBlocksPegawaiPenilaiAtasanEvaluasiCatatan) {
    const Lines rows = row_texts(blocks_table(Case(bulan(3)).compose()));
    const Lines expected{
        "1 / PEGAWAI YANG DINILAI",
        " / NAMA / Rahmadi",
        " / NIP / 19871212 201001 1 008",
        " / PANGKAT/GOL RUANG / Pengatur, II/c",
        " / JABATAN / Pengadministrasi Umum",
        " / UNIT KERJA / Subbagian Umum dan Kepegawaian",
        "2 / PEJABAT PENILAI KINERJA",
        " / NAMA / Siti Rahmah, S.E.",
        " / NIP / 19810415 200604 2 005",
        " / PANGKAT/GOL RUANG / Penata, III/c",
        " / JABATAN / Kepala Subbagian Umum dan Kepegawaian",
        " / UNIT KERJA / Subbagian Umum dan Kepegawaian",
        "3 / ATASAN PEJABAT PENILAI KINERJA",
        " / NAMA / Ahmad Rizani, S.Sos., M.Si.",
        " / NIP / 19750312 200003 1 002",
        " / PANGKAT/GOL RUANG / Penata Tingkat I, III/d",
        " / JABATAN / Sekretaris Camat",
        " / UNIT KERJA / Sekretariat Kecamatan",
        "4 / EVALUASI KINERJA",
        " / CAPAIAN KINERJA ORGANISASI / BAIK",
        " / PREDIKAT KINERJA PEGAWAI / BAIK",
        "5 / CATATAN/REKOMENDASI",
        " / Tingkatkan ketepatan waktu laporan.",
    };
    EXPECT_EQ(rows, expected);
}

TEST(DokumenEvaluasi, WithoutCapaianAllFiveOptionsPrintUnstruckForHandMarking) {
    Case c(bulan(3));
    c.capaian.reset();
    c.hasil.predikat = Predikat::kurang_misconduct;
    const Lines rows = row_texts(blocks_table(c.compose()));
    ASSERT_GE(rows.size(), 21u);
    EXPECT_EQ(rows.at(19), " / CAPAIAN KINERJA ORGANISASI / ISTIMEWA/ BAIK/ BUTUH PERBAIKAN/ KURANG/ SANGAT "
                           "KURANG*|*) coret yang tidak perlu");
    EXPECT_EQ(rows.at(20), " / PREDIKAT KINERJA PEGAWAI / KURANG/MISCONDUCT");
}

TEST(DokumenEvaluasi, WithoutCatatanTheBlockLeavesRoomToWrite) {
    const doc::Document d = Case(bulan(3), "").compose();
    const doc::Table& t = blocks_table(d);
    const doc::Row& last = t.rows.back();
    ASSERT_EQ(last.cells.size(), 2u);
    ASSERT_EQ(last.cells.at(1).content.size(), 1u) << test::cell_text(last.cells.at(1));
    const auto* room = std::get_if<doc::Spacer>(&last.cells.at(1).content.at(0).v);
    ASSERT_NE(room, nullptr);
    EXPECT_NEAR(room->height, 30 * doc::points_per_mm, 1e-9);
}

TEST(DokumenEvaluasi, PegawaiAndPenilaiSignWithPlaceAndDateTheAtasanDoesNot) {
    const doc::Document d = Case(bulan(3)).compose();
    const auto* keep = std::get_if<doc::KeepTogether>(&d.body.back().v);
    ASSERT_NE(keep, nullptr);
    ASSERT_TRUE(keep->with_previous);
    const doc::Table* sign = std::get_if<doc::Table>(&keep->blocks.at(1).v);
    ASSERT_NE(sign, nullptr);
    EXPECT_EQ(row_texts(*sign), (Lines{
                                    "Lampihong, 31 Maret 2025 / Lampihong, 31 Maret 2025",
                                    "Pegawai yang Dinilai, / Pejabat Penilai Kinerja,",
                                    " / ",
                                    "Rahmadi / Siti Rahmah, S.E.",
                                    "NIP. 19871212 201001 1 008 / NIP. 19810415 200604 2 005",
                                }));
    for (const std::string& text : texts(keep->blocks)) EXPECT_EQ(text.find("Atasan"), std::string::npos) << text;
}

// The copies: one per <lembar>, labelled and otherwise equal, each what compose gives for its
// lembar; exactly as the pengukuran's (the same lembar_list and labels).
TEST(DokumenEvaluasiCopies, OneLabelledCopyPerLembarAsThePengukuran) {
    const Case c(triwulan(1));
    const std::vector<Lembar> lembar = lembar_list(staff().instansi);
    ASSERT_EQ(lembar.size(), 3u);
    const std::vector<doc::Document> copies = dokumen().compose_copies(c.input());
    ASSERT_EQ(copies.size(), 3u);
    for (std::size_t i = 0; i < copies.size(); ++i) {
        EXPECT_EQ(copies[i].page.label, lembar_label(lembar[i]));
        EXPECT_TRUE(copies[i] == dokumen().compose(c.input(), lembar[i])) << "copy " << i + 1;
        EXPECT_TRUE(copies[i].body == copies[0].body);
    }
    EXPECT_EQ(copies[1].page.label, "Lembar 2 dari 3 \u2014 untuk Pejabat Penilai");
}

TEST(DokumenEvaluasiCopies, ATemplateShowingTheLembarComposesEachCopy) {
    const Case c(bulan(3));
    Diagnostics diags;
    const auto own = DokumenEvaluasiTemplate::load(
        "<?xml version=\"1.0\"?>\n<template><p>{{lembar.untuk}}: {{pegawai.nama}}</p></template>\n", "t.xml", diags);
    ASSERT_TRUE(own.has_value()) << ::testing::PrintToString(lines(diags));
    const std::vector<doc::Document> copies = own->compose_copies(c.input());
    ASSERT_EQ(copies.size(), 3u);
    EXPECT_EQ(texts(copies[0].body), Lines{"Pegawai yang bersangkutan: Rahmadi"});
    EXPECT_EQ(texts(copies[2].body), Lines{"Arsip: Rahmadi"});
    EXPECT_EQ(copies[2].page.label, "Lembar 3 dari 3 \u2014 untuk Arsip");
}

TEST(DokumenEvaluasi, KualitatifPlanSaysSoInTheHeading) {
    Case c(bulan(3));
    c.skp.kualitatif = true;
    EXPECT_EQ(texts(c.compose().body).at(1), "PENDEKATAN HASIL KERJA KUALITATIF");
}

}  // namespace
}  // namespace kinerja::compose
