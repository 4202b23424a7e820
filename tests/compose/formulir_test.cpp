// The formulir kinerja composed with the shipped template for a small office built in code.
#include "compose/formulir.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "compose_test_support.hpp"

namespace kinerja::compose {
namespace {

using test::lines;
using test::texts;
using Lines = std::vector<std::string>;

std::string shipped_template() {
    std::ifstream in(std::string(KINERJA_SOURCE_DIR) + "/templates/formulir-kinerja.xml", std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    EXPECT_FALSE(bytes.str().empty());
    return bytes.str();
}

const FormulirTemplate& formulir() {
    static const FormulirTemplate t = [] {
        Diagnostics diags;
        auto loaded = FormulirTemplate::load(shipped_template(), "templates/formulir-kinerja.xml", diags);
        EXPECT_EQ(lines(diags), Lines{});
        return loaded.value();
    }();
    return t;
}

Nip nip(const char* text) { return parse_nip(text).nip.value(); }

Pegawai pegawai(const char* nip_text, std::string nama, std::string gelar_belakang, Golongan golongan,
                std::string jabatan, JenisJabatan jenis, std::string unit, std::optional<Nip> atasan) {
    Pegawai p;
    p.nip = nip(nip_text);
    p.nama = std::move(nama);
    p.gelar_belakang = std::move(gelar_belakang);
    p.golongan = golongan;
    p.jabatan = std::move(jabatan);
    p.jenis_jabatan = jenis;
    p.unit_kerja = std::move(unit);
    p.nip_atasan = std::move(atasan);
    return p;
}

Perilaku perilaku(std::optional<Rational> kepemimpinan) {
    Perilaku p;
    p.orientasi_pelayanan = 80;
    p.integritas = 82;
    p.komitmen = 80;
    p.disiplin = 85;
    p.kerja_sama = 80;
    p.kepemimpinan = kepemimpinan;
    return p;
}

KegiatanTugas kegiatan(std::string uraian, Rational ak, std::string satuan, Capaian target, Capaian realisasi) {
    KegiatanTugas k;
    k.uraian = std::move(uraian);
    k.ak = ak;
    k.satuan = std::move(satuan);
    k.target = target;
    k.realisasi = realisasi;
    return k;
}

// Camat (pimpinan) ← Sekretaris ← Kasubag ← Bendahara.
struct Office {
    DataSet data;
    Skp skp_bendahara, skp_camat;

    Office() {
        Instansi& i = data.instansi;
        i.kode = "KEC-LPHG";
        i.pemerintah = "PEMERINTAH KABUPATEN BALANGAN";
        i.nama = "KECAMATAN LAMPIHONG";
        i.alamat = "Jl. Amuntai Paringin Km 18.5 Kecamatan Lampihong Kabupaten Balangan";
        i.kode_pos = "71661";
        i.tempat = "Lampihong";
        i.kertas = Kertas::f4;
        i.pimpinan = nip("196906272001121003");
        i.salinan = {"Arsip"};
        Pegawai camat = pegawai("196906272001121003", "Hammad Arsyad", "SP", Golongan{4, 'a'}, "Camat Lampihong",
                                JenisJabatan::struktural, "Kecamatan Lampihong", std::nullopt);
        camat.gelar_depan = "H.";
        data.pegawai.push_back(camat);
        data.pegawai.push_back(pegawai("197503122000031002", "Ahmad Rizani", "S.Sos., M.Si.", Golongan{3, 'd'},
                                       "Sekretaris Camat", JenisJabatan::struktural, "Sekretariat Kecamatan",
                                       nip("196906272001121003")));
        data.pegawai.push_back(pegawai("197908232005011004", "Muhammad Noor", "S.E.", Golongan{3, 'd'},
                                       "Kepala Subbagian Perencanaan dan Keuangan", JenisJabatan::struktural,
                                       "Subbagian Perencanaan dan Keuangan", nip("197503122000031002")));
        data.pegawai.push_back(pegawai("198806142011012009", "Fitriani", "S.E.", Golongan{3, 'b'},
                                       "Bendahara Pengeluaran", JenisJabatan::pelaksana,
                                       "Subbagian Perencanaan dan Keuangan", nip("197908232005011004")));
        data.period = Period{2024, 3};

        skp_bendahara.nip = nip("198806142011012009");
        // The published check: 100, 90, 76, 76 → 85,50.
        skp_bendahara.tugas.push_back(kegiatan("Menyusun Rencana Kerja (Renja) Kecamatan", 0, "dokumen",
                                               Capaian{1, 100, 12, Rational(170395000)},
                                               Capaian{1, 90, 12, Rational(170395000)}));
        // 9,12 of 12 months: efisiensi exactly 24 → waktu 100; (100 + 90 + 100) / 3 = 96,67.
        skp_bendahara.tugas.push_back(kegiatan("Menyusun laporan realisasi anggaran bulanan", 0, "laporan",
                                               Capaian{12, 100, 12, std::nullopt},
                                               Capaian{12, 90, Rational(912, 100), std::nullopt}));
        skp_bendahara.tambahan.push_back(TugasTambahan{{}, "Panitia Peringatan HUT RI ke-79"});
        skp_bendahara.kreativitas.push_back(Kreativitas{{}, "Membuat dasbor daring capaian kinerja", 3});
        skp_bendahara.perilaku = perilaku(std::nullopt);

        skp_camat.nip = nip("196906272001121003");
        skp_camat.tugas.push_back(kegiatan("Memimpin Musrenbang kecamatan", 0, "kegiatan", Capaian{1, 100, 1, std::nullopt},
                                           Capaian{1, 90, 1, std::nullopt}));
        skp_camat.tugas.push_back(kegiatan("Menyusutkan arsip inaktif", Rational(3, 2), "kegiatan",
                                           Capaian{1, 100, 12, std::nullopt}, Capaian{0, 0, 0, std::nullopt}));
        skp_camat.perilaku = perilaku(Rational(78));
    }

    const Pegawai& person(const char* nip_text) const { return *data.find_pegawai(nip(nip_text)); }
};

const Office& office() {
    static const Office o;
    return o;
}

doc::Document compose(const Pegawai& p, const Skp& skp, const doc::ImageData* logo = nullptr) {
    const NilaiPrestasi nilai = nilai_prestasi(skp);
    const FormulirInput input{office().data, p, skp, nilai, Period{2024, 3}, Date{2024, 3, 31}, logo};
    return formulir().compose(input);
}

doc::Document bendahara() { return compose(office().person("198806142011012009"), office().skp_bendahara); }
doc::Document camat() { return compose(office().person("196906272001121003"), office().skp_camat); }

// Every table of the body, wherever it is nested.
void tables(const std::vector<doc::Block>& blocks, std::vector<const doc::Table*>& out) {
    for (const doc::Block& b : blocks) {
        if (const auto* t = std::get_if<doc::Table>(&b.v)) {
            out.push_back(t);
        } else if (const auto* k = std::get_if<doc::KeepTogether>(&b.v)) {
            tables(k->blocks, out);
        }
    }
}

std::vector<const doc::Table*> tables(const doc::Document& d) {
    std::vector<const doc::Table*> out;
    tables(d.body, out);
    return out;
}

const doc::Table& skp_table(const doc::Document& d) {
    for (const doc::Table* t : tables(d)) {
        if (t->columns.size() == 14) return *t;
    }
    throw std::runtime_error("no SKP table");
}

TEST(Formulir, ShippedTemplateLoadsWithoutProblems) {
    Diagnostics diags;
    EXPECT_TRUE(FormulirTemplate::load(shipped_template(), "templates/formulir-kinerja.xml", diags));
    EXPECT_EQ(lines(diags), Lines{});
}

TEST(Formulir, PageAndMetadata) {
    const doc::Document d = bendahara();
    EXPECT_NEAR(d.page.width, 609.45, 0.01);  // F4 from instansi.xml
    EXPECT_NEAR(d.page.height, 935.43, 0.01);
    EXPECT_EQ(d.title, "Formulir Penilaian Prestasi Kerja Maret 2024 — Fitriani, S.E.");
    EXPECT_EQ(d.author, "KECAMATAN LAMPIHONG");
    EXPECT_EQ(d.page.footer, "Formulir Penilaian Prestasi Kerja — Fitriani, S.E. — Halaman {halaman} dari {jumlah}");
    EXPECT_TRUE(d.images.empty());
}

TEST(Formulir, KopTitleAndIdentities) {
    const Lines all = texts(bendahara().body);
    ASSERT_GE(all.size(), 5u);
    EXPECT_EQ(all[0], "PEMERINTAH KABUPATEN BALANGAN");
    EXPECT_EQ(all[1], "KECAMATAN LAMPIHONG");
    EXPECT_EQ(all[2], "Jl. Amuntai Paringin Km 18.5 Kecamatan Lampihong Kabupaten Balangan Kode\u00a0Pos\u00a071661");
    EXPECT_EQ(all[3], "FORMULIR PENILAIAN PRESTASI KERJA\nPEGAWAI NEGERI SIPIL");
    EXPECT_EQ(all[4], "Jangka Waktu Penilaian: 1 Maret s.d. 31 Maret 2024");

    const doc::Document d = bendahara();
    const doc::Table& identity = *tables(d).at(0);
    EXPECT_EQ(test::row_texts(identity),
              (Lines{"1. / YANG DINILAI",
                     " / a. Nama / Fitriani, S.E.",
                     " / b. NIP / 19880614 201101 2 009",
                     " / c. Pangkat/Golongan Ruang / Penata Muda Tingkat I, III/b",
                     " / d. Jabatan/Pekerjaan / Bendahara Pengeluaran",
                     " / e. Unit Organisasi / Subbagian Perencanaan dan Keuangan",
                     "2. / PEJABAT PENILAI",
                     " / a. Nama / Muhammad Noor, S.E.",
                     " / b. NIP / 19790823 200501 1 004",
                     " / c. Pangkat/Golongan Ruang / Penata Tingkat I, III/d",
                     " / d. Jabatan/Pekerjaan / Kepala Subbagian Perencanaan dan Keuangan",
                     " / e. Unit Organisasi / Subbagian Perencanaan dan Keuangan",
                     "3. / ATASAN PEJABAT PENILAI",
                     " / a. Nama / Ahmad Rizani, S.Sos., M.Si.",
                     " / b. NIP / 19750312 200003 1 002",
                     " / c. Pangkat/Golongan Ruang / Penata Tingkat I, III/d",
                     " / d. Jabatan/Pekerjaan / Sekretaris Camat",
                     " / e. Unit Organisasi / Sekretariat Kecamatan"}));
}

TEST(Formulir, SkpTableRows) {
    const doc::Document d = bendahara();
    const doc::Table& t = skp_table(d);
    EXPECT_EQ(t.header_rows, 3);
    const Lines rows = test::row_texts(t);
    ASSERT_EQ(rows.size(), 10u);
    EXPECT_EQ(rows[0], "NO / I. KEGIATAN TUGAS JABATAN / AK / TARGET / AK / REALISASI / PENG-HITUNGAN / NILAI CAPAIAN SKP");
    EXPECT_EQ(rows[1], " /  /  / Kuant/ Output / Kual/ Mutu / Waktu / Biaya /  / Kuant/ Output / Kual/ Mutu / Waktu / Biaya /  / ");
    EXPECT_EQ(rows[2], "1 / 2 / 3 / 4 / 5 / 6 / 7 / 8 / 9 / 10 / 11 / 12 / 13 / 14");
    EXPECT_EQ(rows[3],
              "1 / Menyusun Rencana Kerja (Renja) Kecamatan / 0 / 1 dokumen / 100 / 12 bln / 170.395.000 / 0 / "
              "1 dokumen / 90 / 12 bln / 170.395.000 / 342,00 / 85,50");
    EXPECT_EQ(rows[4],
              "2 / Menyusun laporan realisasi anggaran bulanan / 0 / 12 laporan / 100 / 12 bln / - / 0 / "
              "12 laporan / 90 / 9,12 bln / - / 290,00 / 96,67");
    EXPECT_EQ(rows[5], "II. TUGAS TAMBAHAN DAN KREATIVITAS :");
    EXPECT_EQ(rows[6], "1 / Tugas tambahan: Panitia Peringatan HUT RI ke-79 / ");
    EXPECT_EQ(rows[7], " / Nilai tugas tambahan (1 tugas) / 1,00");
    EXPECT_EQ(rows[8], "1 / Kreativitas: Membuat dasbor daring capaian kinerja / 3,00");
    // (85,50 + 96,67) / 2 + 1 + 3
    EXPECT_EQ(rows[9], "NILAI CAPAIAN SKP / 95,08\n(Sangat Baik)");
}

TEST(Formulir, EveryRowFillsTheTable) {
    const std::vector<doc::Document> documents{bendahara(), camat()};
    for (const doc::Document& d : documents) {
        for (const doc::Table* t : tables(d)) {
            for (const doc::Row& r : t->rows) {
                int span = 0;
                for (const doc::Cell& c : r.cells) span += c.colspan;
                EXPECT_EQ(static_cast<std::size_t>(span), t->columns.size());
            }
        }
    }
}

TEST(Formulir, PerilakuAndPrestasi) {
    const doc::Document d = bendahara();
    const std::vector<const doc::Table*> all = tables(d);
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(test::row_texts(*all[2]),
              (Lines{"UNSUR YANG DINILAI / JUMLAH",
                     "a. / Sasaran Kerja Pegawai (SKP) / 95,08 / × 60% / 57,05",
                     "b. / Perilaku Kerja",
                     " /  / 1. Orientasi Pelayanan / 80,00 / (Baik) / ",
                     " /  / 2. Integritas / 82,00 / (Baik) / ",
                     " /  / 3. Komitmen / 80,00 / (Baik) / ",
                     " /  / 4. Disiplin / 85,00 / (Baik) / ",
                     " /  / 5. Kerja Sama / 80,00 / (Baik) / ",
                     " /  / Jumlah / 407,00 /  / ",
                     " /  / Nilai rata-rata / 81,40 / (Baik) / ",
                     " /  / Nilai Perilaku Kerja / 81,40 / × 40% / 32,56",
                     "NILAI PRESTASI KERJA / 89,61\n(Baik)"}));
}

TEST(Formulir, SignaturesWithPlaceAndDate) {
    const Lines all = texts(bendahara().body);
    ASSERT_GE(all.size(), 9u);
    EXPECT_EQ(Lines(all.end() - 9, all.end()),
              (Lines{"Pegawai Negeri Sipil Yang Dinilai,", "Fitriani, S.E.", "Penata Muda Tingkat I, III/b",
                     "NIP. 19880614 201101 2 009", "Lampihong, 31 Maret 2024", "Pejabat Penilai,",
                     "Muhammad Noor, S.E.", "Penata Tingkat I, III/d", "NIP. 19790823 200501 1 004"}));
}

TEST(Formulir, PimpinanWithoutPenilaiGetsLinesToFillByHand) {
    const doc::Document d = camat();
    const doc::Table& identity = *tables(d).at(0);
    const Lines rows = test::row_texts(identity);
    const std::string dots = "......................................................";
    EXPECT_EQ(rows.at(1), " / a. Nama / H. Hammad Arsyad, SP");
    EXPECT_EQ(rows.at(3), " / c. Pangkat/Golongan Ruang / Pembina, IV/a");
    for (std::size_t i : {7u, 8u, 9u, 10u, 11u, 13u, 14u, 15u, 16u, 17u}) {
        EXPECT_EQ(rows.at(i).substr(rows.at(i).size() - dots.size()), dots) << rows.at(i);
    }
    const Lines all = texts(d.body);
    EXPECT_EQ(Lines(all.end() - 4, all.end()),
              (Lines{"Pejabat Penilai,", "............................................",
                     "............................................", "NIP. .................................."}));
}

TEST(Formulir, KegiatanNotCarriedOutAndKepemimpinan) {
    const doc::Document d = camat();
    const Lines rows = test::row_texts(skp_table(d));
    EXPECT_EQ(rows.at(4),
              "2 / Menyusutkan arsip inaktif / 1,5 / 1 kegiatan / 100 / 12 bln / - / 0 / 0 kegiatan / 0 / 0 bln / - / "
              "0,00 / 0,00");
    EXPECT_EQ(rows.at(5), "II. TUGAS TAMBAHAN DAN KREATIVITAS :");
    EXPECT_EQ(rows.at(6), " / Tidak ada / -");
    const Lines perilaku = test::row_texts(*tables(d).at(2));
    EXPECT_EQ(perilaku.at(8), " /  / 6. Kepemimpinan / 78,00 / (Baik) / ");
}

TEST(Formulir, LogoInTheKopAndTheImages) {
    const doc::ImageData logo{"\x89PNG", 120, 140};
    const doc::Document d = compose(office().person("198806142011012009"), office().skp_bendahara, &logo);
    ASSERT_EQ(d.images.size(), 1u);
    EXPECT_EQ(d.images[0].first, "logo");
    EXPECT_EQ(d.images[0].second.pixel_height, 140);
    const doc::Table& kop = std::get<doc::Table>(d.body.at(0).v);
    EXPECT_EQ(std::get<doc::Image>(kop.rows.at(0).cells.at(0).content.at(0).v).id, "logo");
}

TEST(Formulir, RecordValues) {
    const Pegawai& p = office().person("198806142011012009");
    const NilaiPrestasi nilai = nilai_prestasi(office().skp_bendahara);
    const Record r = FormulirTemplate::record(
        FormulirInput{office().data, p, office().skp_bendahara, nilai, Period{2024, 3}, Date{2024, 3, 31}, nullptr});
    const Schema& s = FormulirTemplate::schema();
    auto value = [&](const char* name) { return r.values.at(static_cast<std::size_t>(s.find_field(name).value())); };
    EXPECT_EQ(std::get<std::string>(value("periode")), "Maret 2024");
    EXPECT_EQ(std::get<Date>(value("tanggal")), (Date{2024, 3, 31}));
    EXPECT_EQ(std::get<bool>(value("penilai.ada")), true);
    EXPECT_EQ(std::get<bool>(value("pegawai.struktural")), false);
    EXPECT_EQ(std::get<std::string>(value("pegawai.pangkat_golongan")), "Penata Muda Tingkat I, III/b");
    EXPECT_EQ(std::get<Rational>(value("nilai_prestasi")), nilai.nilai_prestasi);
    EXPECT_EQ(std::get<std::string>(value("sebutan_prestasi")), "Baik");
    EXPECT_EQ(r.lists.at(static_cast<std::size_t>(s.find_list("kegiatan").value())).size(), 2u);
}

TEST(Formulir, OverrideErrorsNameTheOverrideFile) {
    std::string bytes = shipped_template();
    const std::string wrong = "{{pegawai.nip}}</cell>";
    const std::size_t at = bytes.find(wrong);
    ASSERT_NE(at, std::string::npos);
    bytes.replace(at, wrong.size(), "{{pegawai.nipp}}</cell>");
    const int line = 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
    Diagnostics diags;
    EXPECT_FALSE(FormulirTemplate::load(bytes, "templates/formulir-kinerja.xml", diags));
    EXPECT_EQ(lines(diags), Lines{"templates/formulir-kinerja.xml:" + std::to_string(line) +
                                  ": pegawai.nipp: isian tidak dikenal (maksudnya pegawai.nip?)"});
}

}  // namespace
}  // namespace kinerja::compose
