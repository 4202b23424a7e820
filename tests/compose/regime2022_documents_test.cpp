// The SKP and the Evaluasi Kinerja Pegawai of the 2022 regime composed with the shipped
// templates (templates/skp-2022.xml, evaluasi-2022.xml) for a small office built by hand
// (tests/regime2022_fixture.hpp): headings, the RHK table with its parts and "-" for an empty
// one, the kualitatif bullets, the perilaku rows, the Lampiran lists, the period line's struck
// options and the realisasi by indikator; and a template error reported FILE:LINE.
#include "compose/evaluasi2022.hpp"
#include "compose/skp2022.hpp"

#include <algorithm>

#include <gtest/gtest.h>

#include "../regime2022_fixture.hpp"
#include "compose_test_support.hpp"

namespace kinerja::compose {
namespace {

using test::lines;
using test::row_texts;
using test::texts;
using Lines = std::vector<std::string>;

template <typename T>
T load_shipped(const char* name) {
    Diagnostics diags;
    auto t = T::load(test::read_file(test::source_dir / "templates" / name), std::string("templates/") + name, diags);
    EXPECT_EQ(lines(diags), Lines{});
    return std::move(t.value());
}

const Skp2022Template& skp_template() {
    static const Skp2022Template t = load_shipped<Skp2022Template>("skp-2022.xml");
    return t;
}

const Evaluasi2022Template& evaluasi_template() {
    static const Evaluasi2022Template t = load_shipped<Evaluasi2022Template>("evaluasi-2022.xml");
    return t;
}

const DataSet& office() { return test::office2022_shared(); }
const Pegawai& employee(const std::string& nip) { return *office().find_pegawai(test::nip_of(nip)); }

doc::Document skp_document(const Skp2022& skp) {
    static const Regulasi2022 rules = test::regulasi2022();
    const Skp2022Input in{office(), employee(skp.nip.digits), skp, rules, Date{2025, 1, 2}};
    return skp_template().compose(in);
}

bool contains(const Lines& all, const std::string& s) { return std::find(all.begin(), all.end(), s) != all.end(); }

// The rows of the first table whose header row starts with `first_cell`.
Lines table_rows(const doc::Document& d, const std::string& first_cell, const std::string& second_cell) {
    for (const doc::Table* t : test::tables(d)) {
        const Lines rows = row_texts(*t);
        if (!rows.empty() && rows.front().rfind(first_cell + " / " + second_cell, 0) == 0) return rows;
    }
    ADD_FAILURE() << "no table " << first_cell << " / " << second_cell;
    return {};
}

// Every paragraph of the document, tables and columns included.
void collect_paragraphs(const std::vector<doc::Block>& blocks, std::vector<const doc::Paragraph*>& out) {
    for (const doc::Block& b : blocks) {
        if (const auto* p = std::get_if<doc::Paragraph>(&b.v)) out.push_back(p);
        if (const auto* t = std::get_if<doc::Table>(&b.v)) {
            for (const doc::Row& r : t->rows) {
                for (const doc::Cell& c : r.cells) collect_paragraphs(c.content, out);
            }
        }
        if (const auto* k = std::get_if<doc::KeepTogether>(&b.v)) collect_paragraphs(k->blocks, out);
        if (const auto* c = std::get_if<doc::Columns>(&b.v)) {
            for (const auto& column : c->columns) collect_paragraphs(column, out);
        }
    }
}

const doc::Paragraph& paragraph_starting(const doc::Document& d, const std::string& start) {
    std::vector<const doc::Paragraph*> all;
    collect_paragraphs(d.body, all);
    for (const doc::Paragraph* p : all) {
        if (p->text.rfind(start, 0) == 0) return *p;
    }
    ADD_FAILURE() << "no paragraph " << start;
    static const doc::Paragraph none;
    return none;
}

// The struck parts of a paragraph, as text.
Lines struck(const doc::Paragraph& p) {
    Lines out;
    for (const doc::TextSpan& s : p.strike) out.push_back(p.text.substr(s.begin, s.end - s.begin));
    return out;
}

TEST(Skp2022Document, HeadingIdentityAndPeriod) {
    const doc::Document d = skp_document(test::skp_kuantitatif());
    const Lines all = texts(d.body);
    EXPECT_EQ(Lines(all.begin(), all.begin() + 3),
              (Lines{"SASARAN KINERJA PEGAWAI", "PENDEKATAN HASIL KERJA KUANTITATIF",
                     "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL"}));
    EXPECT_TRUE(contains(all, "PERIODE PENILAIAN: 1 Januari s.d. 31 Desember 2025"));
    EXPECT_TRUE(contains(all, "KECAMATAN LAMPIHONG"));
    const Lines id = table_rows(d, "NO", "PEGAWAI YANG DINILAI");
    ASSERT_EQ(id.size(), 6u);
    EXPECT_EQ(id[1], "1 / NAMA / Ahmad Rizani, S.Sos., M.Si. / 1 / NAMA / H. Hammad Arsyad, SP");
    EXPECT_EQ(id[2], "2 / NIP / 19750312 200003 1 002 / 2 / NIP / 19690627 200112 1 003");
    EXPECT_EQ(id[3], "3 / PANGKAT/GOL RUANG / Penata Tingkat I, III/d / 3 / PANGKAT/GOL RUANG / Pembina, IV/a");
    EXPECT_LT(d.page.width, d.page.height);  // portrait
    EXPECT_EQ(d.title, "Sasaran Kinerja Pegawai 2025 \u2014 Ahmad Rizani, S.Sos., M.Si.");
}

TEST(Skp2022Document, RhkTableUtamaAndEmptyTambahan) {
    const Lines rows = table_rows(skp_document(test::skp_kuantitatif()), "NO",
                                  "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI");
    EXPECT_EQ(rows, (Lines{
        "NO / RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI / RENCANA HASIL KERJA / ASPEK / INDIKATOR KINERJA INDIVIDU / TARGET",
        "(1) / (2) / (3) / (4) / (5) / (6)",
        "A. UTAMA",
        "1 / Meningkatnya kualitas perencanaan kecamatan / Tersusunnya dokumen perencanaan kecamatan / Kuantitas / "
        "Jumlah dokumen perencanaan yang disusun / 2 Dokumen",
        " /  /  / Waktu / Waktu penyelesaian dokumen perencanaan / 12 Bulan",
        "2 / Meningkatnya kualitas pelayanan administrasi / Terkelolanya administrasi umum kecamatan / Kualitas / "
        "Persentase surat yang diselesaikan tepat waktu / 100%",
        "B. TAMBAHAN",
        " / -",
    }));
}

// The cells of one RHK read as one: no line between its indikator rows in columns 1-3.
TEST(Skp2022Document, RhkCellsOfOneRhkAreJoined) {
    const doc::Document d = skp_document(test::skp_kuantitatif());
    const doc::Table* t = nullptr;
    for (const doc::Table* x : test::tables(d)) {
        if (x->columns.size() == 6 && row_texts(*x).size() == 8 && row_texts(*x)[2] == "A. UTAMA") t = x;
    }
    ASSERT_NE(t, nullptr);
    const doc::Row& first = t->rows.at(3);
    const doc::Row& second = t->rows.at(4);
    const doc::Row& single = t->rows.at(5);
    for (std::size_t c = 0; c < 3; ++c) {
        EXPECT_TRUE(first.cells.at(c).open_bottom && !first.cells.at(c).open_top) << c;
        EXPECT_TRUE(second.cells.at(c).open_top && !second.cells.at(c).open_bottom) << c;
        EXPECT_FALSE(single.cells.at(c).open_top || single.cells.at(c).open_bottom) << c;
        EXPECT_FALSE(first.cells.at(c + 3).open_bottom) << c;
    }
}

TEST(Skp2022Document, KualitatifPrintsIndikatorAndTargetAsBullets) {
    const doc::Document d = skp_document(test::skp_kualitatif());
    const Lines all = texts(d.body);
    EXPECT_EQ(all.at(1), "PENDEKATAN HASIL KERJA KUALITATIF");
    const Lines rows = table_rows(d, "NO", "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI");
    EXPECT_EQ(rows.at(3),
              "1 / Terkelolanya administrasi umum kecamatan / Tertatanya arsip kepegawaian / "
              "Ukuran keberhasilan/Indikator Kinerja Individu, dan Target:|\u2022|Arsip kepegawaian tertata rapi\n"
              "Target: Seluruh arsip|\u2022|Data pegawai mutakhir\nTarget: Setiap bulan");
    EXPECT_EQ(rows.at(4), "B. TAMBAHAN");
    EXPECT_EQ(rows.at(5),
              "1 /  / Menjadi panitia peringatan hari jadi kabupaten / Ukuran keberhasilan/Indikator Kinerja "
              "Individu, dan Target:|\u2022|Kegiatan terlaksana\nTarget: 1 Kegiatan");
}

TEST(Skp2022Document, PerilakuRowsWithPanduanAndEkspektasi) {
    const Lines rows = table_rows(skp_document(test::skp_kuantitatif()), "NO", "PERILAKU KERJA");
    ASSERT_EQ(rows.size(), 8u);
    EXPECT_EQ(rows[1],
              "1 / Berorientasi Pelayanan|\u2022|Memahami dan memenuhi kebutuhan masyarakat|\u2022|Ramah, cekatan, "
              "solutif, dan dapat diandalkan|\u2022|Melakukan perbaikan tiada henti / Ekspektasi Khusus "
              "Pimpinan:|Melayani tamu dengan ramah");
    EXPECT_EQ(rows[2].substr(rows[2].size() - 62),
              "/ Ekspektasi Khusus Pimpinan:|Menyampaikan laporan tepat waktu");
    EXPECT_EQ(rows[7].substr(0, 19), "7 / Kolaboratif|\u2022");
    EXPECT_EQ(rows[7].substr(rows[7].size() - 30), "/ Ekspektasi Khusus Pimpinan:|");
}

TEST(Skp2022Document, LampiranListsWithDashWhenEmpty) {
    const doc::Document d = skp_document(test::skp_kuantitatif());
    Lines lampiran;
    for (const doc::Table* t : test::tables(d)) {
        const Lines r = row_texts(*t);
        if (!r.empty() && r.front() == "DUKUNGAN SUMBER DAYA") lampiran = r;
    }
    EXPECT_EQ(lampiran, (Lines{"DUKUNGAN SUMBER DAYA", "1. / Anggaran perencanaan", "2. / Ruang rapat",
                               "SKEMA PERTANGGUNGJAWABAN", "- / -", "KONSEKUENSI",
                               "1. / Teguran tertulis bila target tidak tercapai"}));
    const Lines all = texts(d.body);
    EXPECT_TRUE(contains(all, "LAMPIRAN SASARAN KINERJA PEGAWAI"));
    // Both signature blocks, on the SKP and on its Lampiran.
    EXPECT_EQ(std::count(all.begin(), all.end(), "Pegawai yang Dinilai,"), 2);
    EXPECT_EQ(std::count(all.begin(), all.end(), "Pejabat Penilai Kinerja,"), 2);
    EXPECT_EQ(std::count(all.begin(), all.end(), "Lampihong, 2 Januari 2025"), 2);
}

struct EvaluasiMade {
    Evaluasi evaluasi;
    doc::Document document;
};

EvaluasiMade evaluasi_document(const PeriodeEvaluasi& periode, std::optional<CapaianOrganisasi> capaian) {
    static const Regulasi2022 rules = test::regulasi2022();
    static const Skp2022 skp = test::skp_kuantitatif();
    EvaluasiMade m;
    m.evaluasi = test::evaluasi_tw2();
    m.evaluasi.periode = periode;
    const Pegawai& p = employee(test::sekcam);
    const HasilEvaluasi hasil = test::hasil_of(m.evaluasi, p);
    const Evaluasi2022Input in{office(), p, skp, m.evaluasi, hasil, rules, capaian, Date{2025, 6, 30}};
    m.document = evaluasi_template().compose(in);
    return m;
}

const PeriodeEvaluasi tw2{JenisEvaluasi::triwulanan, 2025, 0, 2};

TEST(Evaluasi2022Document, TriwulanStrikesEveryOtherOption) {
    const EvaluasiMade m = evaluasi_document(tw2, CapaianOrganisasi::baik);
    const doc::Paragraph& p = paragraph_starting(m.document, "PERIODE: ");
    EXPECT_EQ(p.text, "PERIODE: TRIWULAN I/II/III/IV-AKHIR");
    EXPECT_EQ(struck(p), (Lines{"I", "/III/IV-AKHIR"}));
    EXPECT_TRUE(contains(texts(m.document.body), "PERIODE PENILAIAN: 1 April s.d. 30 Juni 2025"));
    EXPECT_GT(m.document.page.width, m.document.page.height);  // landscape
}

TEST(Evaluasi2022Document, TahunanStrikesTheTriwulans) {
    const EvaluasiMade m = evaluasi_document(PeriodeEvaluasi{JenisEvaluasi::tahunan, 2025, 0, 0}, std::nullopt);
    const doc::Paragraph& p = paragraph_starting(m.document, "PERIODE: ");
    EXPECT_EQ(p.text, "PERIODE: TRIWULAN I/II/III/IV-AKHIR");
    EXPECT_EQ(struck(p), (Lines{"TRIWULAN I/II/III/IV"}));
    const EvaluasiMade tw1 = evaluasi_document(PeriodeEvaluasi{JenisEvaluasi::triwulanan, 2025, 0, 1}, std::nullopt);
    const doc::Paragraph& first = paragraph_starting(tw1.document, "PERIODE: ");
    EXPECT_EQ(struck(first), (Lines{"/II/III/IV-AKHIR"}));
}

TEST(Evaluasi2022Document, BulananNamesTheMonthUnstruck) {
    const EvaluasiMade m = evaluasi_document(PeriodeEvaluasi{JenisEvaluasi::bulanan, 2025, 3, 0}, std::nullopt);
    const doc::Paragraph& p = paragraph_starting(m.document, "PERIODE: ");
    EXPECT_EQ(p.text, "PERIODE: BULAN MARET 2025");
    EXPECT_TRUE(p.strike.empty());
    EXPECT_TRUE(contains(texts(m.document.body), "PERIODE PENILAIAN: 1 Maret s.d. 31 Maret 2025"));
}

TEST(Evaluasi2022Document, CapaianAndPola) {
    const Lines with = table_rows(evaluasi_document(tw2, CapaianOrganisasi::baik).document, "CAPAIAN KINERJA ORGANISASI",
                                  "BAIK");
    EXPECT_EQ(with, (Lines{"CAPAIAN KINERJA ORGANISASI / BAIK",
                           "POLA DISTRIBUSI / KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA "
                           "ORGANISASI BAIK|\u2022|Baik paling banyak 70%|\u2022|Butuh Perbaikan + "
                           "Kurang/Misconduct paling sedikit 1 pegawai"}));
    const Lines without = table_rows(evaluasi_document(tw2, std::nullopt).document, "CAPAIAN KINERJA ORGANISASI",
                                     "ISTIMEWA");
    EXPECT_EQ(without, (Lines{"CAPAIAN KINERJA ORGANISASI / ISTIMEWA/ BAIK/ BUTUH PERBAIKAN/ KURANG/ SANGAT KURANG",
                              "POLA DISTRIBUSI / Capaian kinerja organisasi belum ditetapkan: pola tidak diperiksa"}));
}

TEST(Evaluasi2022Document, RealisasiByIndikatorAndRatings) {
    const EvaluasiMade m = evaluasi_document(tw2, CapaianOrganisasi::baik);
    const Lines rows = table_rows(m.document, "NO", "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI");
    EXPECT_EQ(rows.at(0).substr(rows.at(0).size() - 87),
              "REALISASI BERDASARKAN BUKTI DUKUNG / UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG");
    EXPECT_EQ(rows.at(3).substr(rows.at(3).size() - 63), "2 Dokumen / 1 Dokumen|Bukti dukung: Renja 2025 / Sesuai rencana");
    // The second indikator has no realisasi: blank.
    EXPECT_EQ(rows.at(4), " /  /  / Waktu / Waktu penyelesaian dokumen perencanaan / 12 Bulan /  / ");
    EXPECT_EQ(rows.at(5).substr(rows.at(5).size() - 55), "100% / 98%|Bukti dukung: Buku agenda surat / Tingkatkan");
    EXPECT_EQ(rows.at(6), "B. TAMBAHAN");
    EXPECT_EQ(rows.at(7), " / -");
    EXPECT_EQ(rows.at(8), "RATING HASIL KERJA / DI ATAS EKSPEKTASI");
    const Lines perilaku = table_rows(m.document, "NO", "PERILAKU KERJA");
    ASSERT_EQ(perilaku.size(), 9u);
    EXPECT_EQ(perilaku.at(2).substr(perilaku.at(2).size() - 61),
              "Menyampaikan laporan tepat waktu / Laporan selalu tepat waktu");
    EXPECT_EQ(perilaku.at(8), "RATING PERILAKU KERJA / SESUAI EKSPEKTASI");
    const Lines all = texts(m.document.body);
    EXPECT_TRUE(contains(all, "PREDIKAT KINERJA PEGAWAI"));
    EXPECT_TRUE(contains(all, "BAIK"));
    // Only the penilai signs.
    EXPECT_EQ(std::count(all.begin(), all.end(), "Pejabat Penilai Kinerja,"), 1);
    EXPECT_FALSE(contains(all, "Pegawai yang Dinilai,"));
    EXPECT_TRUE(contains(all, "Lampihong, 30 Juni 2025"));
}

TEST(Regime2022Templates, FieldErrorsAreReportedWithFileAndLine) {
    Diagnostics diags;
    const std::string bytes =
        "<?xml version=\"1.0\"?>\n<template>\n  <p>{{pegawai.nmaa}}</p>\n"
        "  <p><s field=\"coret.tw5\">I</s></p>\n  <rows each=\"utama\" as=\"r\"/>\n</template>\n";
    EXPECT_FALSE(Evaluasi2022Template::load(bytes, "templates/evaluasi-2022.xml", diags));
    EXPECT_EQ(lines(diags),
              (Lines{"templates/evaluasi-2022.xml:3: pegawai.nmaa: isian tidak dikenal (maksudnya pegawai.nama?)",
                     "templates/evaluasi-2022.xml:4: coret.tw5: isian tidak dikenal (maksudnya coret.tw1?)",
                     "templates/evaluasi-2022.xml:5: xml: elemen <rows> tidak boleh di dalam <template>"}));
    Diagnostics skp_diags;
    EXPECT_FALSE(Skp2022Template::load("<template><p>{{realisasi}}</p></template>", "skp-2022.xml", skp_diags));
    EXPECT_EQ(lines(skp_diags), (Lines{"skp-2022.xml:1: realisasi: isian tidak dikenal"}));
}

}  // namespace
}  // namespace kinerja::compose
