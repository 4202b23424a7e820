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
using test::nip;
using test::tables;
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

doc::Document compose(const Pegawai& p, const Skp& skp, const doc::ImageData* logo = nullptr,
                      const DataSet& data = office().data, const Signatures* signatures = nullptr) {
    const NilaiPrestasi nilai = nilai_prestasi(skp);
    const FormulirInput input{data, p, skp, nilai, Period{2024, 3}, Date{2024, 3, 31}, logo, signatures};
    return formulir().compose(input);
}

doc::Document bendahara() { return compose(office().person("198806142011012009"), office().skp_bendahara); }
doc::Document camat() { return compose(office().person("196906272001121003"), office().skp_camat); }


// The ids of every image, wherever it is nested, in document order.
void images(const std::vector<doc::Block>& blocks, Lines& out) {
    for (const doc::Block& b : blocks) {
        if (const auto* i = std::get_if<doc::Image>(&b.v)) out.push_back(i->id);
        if (const auto* t = std::get_if<doc::Table>(&b.v)) {
            for (const doc::Row& r : t->rows) {
                for (const doc::Cell& c : r.cells) images(c.content, out);
            }
        } else if (const auto* k = std::get_if<doc::KeepTogether>(&b.v)) {
            images(k->blocks, out);
        } else if (const auto* c = std::get_if<doc::Columns>(&b.v)) {
            for (const auto& column : c->columns) images(column, out);
        }
    }
}

Lines images(const std::vector<doc::Block>& blocks) {
    Lines out;
    images(blocks, out);
    return out;
}

// The body cut at its page breaks: the target sheet, the capaian, the outer and the inner side
// of the prestasi kerja sheet.
std::vector<std::vector<doc::Block>> parts(const doc::Document& d) {
    std::vector<std::vector<doc::Block>> out(1);
    for (const doc::Block& b : d.body) {
        if (std::holds_alternative<doc::PageBreak>(b.v)) {
            out.emplace_back();
        } else {
            out.back().push_back(b);
        }
    }
    return out;
}

const doc::Table& skp_table(const doc::Document& d) {
    for (const doc::Table* t : tables(d)) {
        if (t->columns.size() == 14) return *t;
    }
    throw std::runtime_error("no SKP table");
}

// `expected` in `all`, in this order (other texts may come between).
void expect_in_order(const Lines& all, const Lines& expected) {
    auto at = all.begin();
    for (const std::string& e : expected) {
        at = std::find(at, all.end(), e);
        ASSERT_NE(at, all.end()) << "missing or out of order: " << e;
        ++at;
    }
}

TEST(Formulir, ShippedTemplateLoadsWithoutProblems) {
    Diagnostics diags;
    EXPECT_TRUE(FormulirTemplate::load(shipped_template(), "templates/formulir-kinerja.xml", diags));
    EXPECT_EQ(lines(diags), Lines{});
}

TEST(Formulir, LandscapePageAndMetadata) {
    const doc::Document d = bendahara();
    EXPECT_NEAR(d.page.width, 935.43, 0.01);  // F4 from instansi.xml, landscape
    EXPECT_NEAR(d.page.height, 609.45, 0.01);
    EXPECT_EQ(d.title, "Formulir Kinerja Maret 2024 — Fitriani, S.E.");
    EXPECT_EQ(d.author, "KECAMATAN LAMPIHONG");
    EXPECT_EQ(d.page.footer, "Formulir Kinerja — Fitriani, S.E. — Halaman {halaman} dari {jumlah}");
    EXPECT_TRUE(d.images.empty());
}

// The lampiran of Perka BKN 1/2013 in their order, each part starting a page.
TEST(Formulir, EveryPartInOrderEachOnItsPages) {
    const auto all = parts(bendahara());
    ASSERT_EQ(all.size(), 4u);
    const Lines target = texts(all[0]), capaian = texts(all[1]), outer = texts(all[2]), inner = texts(all[3]);
    ASSERT_GE(target.size(), 4u);
    EXPECT_EQ(target[0], "PEMERINTAH KABUPATEN BALANGAN");
    EXPECT_EQ(target[1], "KECAMATAN LAMPIHONG");
    EXPECT_EQ(target[3], "FORMULIR SASARAN KERJA\nPEGAWAI NEGERI SIPIL");
    ASSERT_GE(capaian.size(), 2u);
    EXPECT_EQ(capaian[0], "PENILAIAN CAPAIAN SASARAN KERJA\nPEGAWAI NEGERI SIPIL");
    EXPECT_EQ(capaian[1], "Jangka Waktu Penilaian : 1 Maret s.d. 31 Maret 2024");
    expect_in_order(outer, {"8.", "REKOMENDASI", "9. DIBUAT TANGGAL, 31 Maret 2024", "PEJABAT PENILAI",
                            "10. DITERIMA TANGGAL, ........................", "PEGAWAI NEGERI SIPIL YANG DINILAI",
                            "11. DITERIMA TANGGAL, ........................", "ATASAN PEJABAT PENILAI", "RAHASIA",
                            "PENILAIAN PRESTASI KERJA\nPEGAWAI NEGERI SIPIL", "PEMERINTAH KABUPATEN BALANGAN",
                            "KECAMATAN LAMPIHONG", "JANGKA WAKTU PENILAIAN", "BULAN : 1 Maret s.d. 31 Maret 2024",
                            "1.", "YANG DINILAI", "2.", "PEJABAT PENILAI", "3.", "ATASAN PEJABAT PENILAI"});
    expect_in_order(inner, {"4.", "UNSUR YANG DINILAI", "JUMLAH", "NILAI PRESTASI KERJA", "5.",
                            "KEBERATAN DARI PEGAWAI NEGERI SIPIL YANG DINILAI (APABILA ADA)",
                            "Tanggal, ........................", "6.", "TANGGAPAN PEJABAT PENILAI ATAS KEBERATAN",
                            "Tanggal, ........................", "7.",
                            "KEPUTUSAN ATASAN PEJABAT PENILAI ATAS KEBERATAN", "Tanggal, ........................"});
    // Each side of the folded sheet: two half-pages side by side.
    for (const auto* side : {&all[2], &all[3]}) {
        ASSERT_EQ(side->size(), 1u);
        EXPECT_EQ(std::get<doc::Columns>(side->at(0).v).columns.size(), 2u);
    }
}

TEST(Formulir, TargetSheet) {
    const auto all = parts(bendahara());
    const std::vector<const doc::Table*> t = tables(all.at(0));
    ASSERT_EQ(t.size(), 2u);
    EXPECT_EQ(test::row_texts(*t[0]),
              (Lines{"NO / I. PEJABAT PENILAI / NO / II. PEGAWAI NEGERI SIPIL YANG DINILAI",
                     "1 / Nama / Muhammad Noor, S.E. / 1 / Nama / Fitriani, S.E.",
                     "2 / NIP / 19790823 200501 1 004 / 2 / NIP / 19880614 201101 2 009",
                     "3 / Pangkat/Gol.Ruang / Penata Tingkat I, III/d / 3 / Pangkat/Gol.Ruang / Penata Muda Tingkat I, III/b",
                     "4 / Jabatan / Kepala Subbagian Perencanaan dan Keuangan / 4 / Jabatan / Bendahara Pengeluaran",
                     "5 / Unit Kerja / Subbagian Perencanaan dan Keuangan / 5 / Unit Kerja / Subbagian Perencanaan dan Keuangan"}));
    EXPECT_EQ(test::row_texts(*t[1]),
              (Lines{"NO / III. KEGIATAN TUGAS JABATAN / AK / TARGET",
                     " /  /  / KUANT/OUTPUT / KUAL/MUTU / WAKTU / BIAYA", "1 / 2 / 3 / 4 / 5 / 6 / 7",
                     "1 / Menyusun Rencana Kerja (Renja) Kecamatan / 0 / 1 dokumen / 100 / 12 bln / 170.395.000",
                     "2 / Menyusun laporan realisasi anggaran bulanan / 0 / 12 laporan / 100 / 12 bln / -"}));
    // Pejabat penilai at the left, the PNS at the right under the place and date.
    const Lines text = texts(all.at(0));
    EXPECT_EQ(Lines(text.end() - 7, text.end()),
              (Lines{"Pejabat Penilai,", "Muhammad Noor, S.E.", "NIP. 19790823 200501 1 004", "Lampihong, 31 Maret 2024",
                     "Pegawai Negeri Sipil Yang Dinilai,", "Fitriani, S.E.", "NIP. 19880614 201101 2 009"}));
}

TEST(Formulir, CapaianTableRowsAndSignature) {
    const doc::Document d = bendahara();
    const doc::Table& t = skp_table(d);
    EXPECT_EQ(t.header_rows, 3);
    const Lines rows = test::row_texts(t);
    ASSERT_EQ(rows.size(), 12u);
    EXPECT_EQ(rows[0], "NO / I. KEGIATAN TUGAS JABATAN / AK / TARGET / AK / REALISASI / PENGHITUNGAN / NILAI CAPAIAN SKP");
    EXPECT_EQ(rows[1], " /  /  / KUANT/ OUTPUT / KUAL/ MUTU / WAKTU / BIAYA /  / KUANT/ OUTPUT / KUAL/ MUTU / WAKTU / BIAYA /  / ");
    EXPECT_EQ(rows[2], "1 / 2 / 3 / 4 / 5 / 6 / 7 / 8 / 9 / 10 / 11 / 12 / 13 / 14");
    EXPECT_EQ(rows[3],
              "1 / Menyusun Rencana Kerja (Renja) Kecamatan / 0 / 1 dokumen / 100 / 12 bln / 170.395.000 / 0 / "
              "1 dokumen / 90 / 12 bln / 170.395.000 / 342,00 / 85,50");
    EXPECT_EQ(rows[4],
              "2 / Menyusun laporan realisasi anggaran bulanan / 0 / 12 laporan / 100 / 12 bln / - / 0 / "
              "12 laporan / 90 / 9,12 bln / - / 290,00 / 96,67");
    EXPECT_EQ(rows[5], "II. TUGAS TAMBAHAN DAN KREATIVITAS/UNSUR PENUNJANG :");
    EXPECT_EQ(rows[6], " / a. Tugas Tambahan");
    EXPECT_EQ(rows[7], "1 / Panitia Peringatan HUT RI ke-79 / ");
    EXPECT_EQ(rows[8], " / Nilai tugas tambahan (1 tugas) / 1,00");
    EXPECT_EQ(rows[9], " / b. Kreativitas");
    EXPECT_EQ(rows[10], "1 / Membuat dasbor daring capaian kinerja / 3,00");
    // (85,50 + 96,67) / 2 + 1 + 3
    EXPECT_EQ(rows[11], "NILAI CAPAIAN SKP / 95,08\n(Sangat Baik)");
    const Lines text = texts(parts(d).at(1));
    EXPECT_EQ(Lines(text.end() - 4, text.end()),
              (Lines{"Lampihong, 31 Maret 2024", "Pejabat Penilai,", "Muhammad Noor, S.E.", "NIP. 19790823 200501 1 004"}));
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

// Sections 1-3 on the front half-page, with TMT under the pangkat when pegawai.csv gives it.
TEST(Formulir, IdentitiesOnTheFrontHalfPage) {
    DataSet data = office().data;
    for (Pegawai& p : data.pegawai) {
        if (p.nip.digits == "198806142011012009") p.tmt_golongan = Date{2019, 4, 1};
    }
    const doc::Document d = compose(*data.find_pegawai(nip("198806142011012009")), office().skp_bendahara, nullptr, data);
    const auto all = parts(d);
    const std::vector<const doc::Table*> t = tables(all.at(2));
    ASSERT_FALSE(t.empty());
    EXPECT_EQ(test::row_texts(*t.back()),
              (Lines{"1. / YANG DINILAI",
                     " / a. Nama / Fitriani, S.E.",
                     " / b. NIP / 19880614 201101 2 009",
                     " / c. Pangkat, Golongan ruang, TMT / Penata Muda Tingkat I, III/b|TMT 1 April 2019",
                     " / d. Jabatan/Pekerjaan / Bendahara Pengeluaran",
                     " / e. Unit Organisasi / Subbagian Perencanaan dan Keuangan",
                     "2. / PEJABAT PENILAI",
                     " / a. Nama / Muhammad Noor, S.E.",
                     " / b. NIP / 19790823 200501 1 004",
                     " / c. Pangkat, Golongan ruang, TMT / Penata Tingkat I, III/d",
                     " / d. Jabatan/Pekerjaan / Kepala Subbagian Perencanaan dan Keuangan",
                     " / e. Unit Organisasi / Subbagian Perencanaan dan Keuangan",
                     "3. / ATASAN PEJABAT PENILAI",
                     " / a. Nama / Ahmad Rizani, S.Sos., M.Si.",
                     " / b. NIP / 19750312 200003 1 002",
                     " / c. Pangkat, Golongan ruang, TMT / Penata Tingkat I, III/d",
                     " / d. Jabatan/Pekerjaan / Sekretaris Camat",
                     " / e. Unit Organisasi / Sekretariat Kecamatan"}));
}

// Section 4: the six unsur of perilaku kerja always, Kepemimpinan "-" for a non-struktural PNS.
TEST(Formulir, UnsurYangDinilai) {
    const auto inner = parts(bendahara()).at(3);
    const std::vector<const doc::Table*> all = tables(inner);
    ASSERT_EQ(all.size(), 4u);
    EXPECT_EQ(test::row_texts(*all[0]),
              (Lines{"4. / UNSUR YANG DINILAI / JUMLAH",
                     " / a. / Sasaran Kerja Pegawai (SKP) / 95,08 / x 60% / 57,05",
                     " / b. / Perilaku Kerja / ",
                     " /  / 1. Orientasi Pelayanan / 80,00 / (Baik) / ",
                     " /  / 2. Integritas / 82,00 / (Baik) / ",
                     " /  / 3. Komitmen / 80,00 / (Baik) / ",
                     " /  / 4. Disiplin / 85,00 / (Baik) / ",
                     " /  / 5. Kerja Sama / 80,00 / (Baik) / ",
                     " /  / 6. Kepemimpinan / - / - / ",
                     " /  / Jumlah / 407,00 /  / ",
                     " /  / Nilai Rata-rata / 81,40 / (Baik) / ",
                     " /  / Nilai Perilaku Kerja / 81,40 / x 40% / 32,56",
                     "NILAI PRESTASI KERJA / 89,61\n(Baik)"}));
    const auto camat_inner = parts(camat()).at(3);
    const Lines camat_rows = test::row_texts(*tables(camat_inner).at(0));
    EXPECT_EQ(camat_rows.at(8), " /  / 6. Kepemimpinan / 78,00 / (Baik) / ");
    EXPECT_EQ(camat_rows.size(), 13u);
}

// 9 right, 10 left, 11 right, inside the REKOMENDASI box.
TEST(Formulir, SignaturesNineTenElevenZigZag) {
    const auto outer = parts(bendahara()).at(2);
    const std::vector<doc::Block>& box_cell = tables(outer).at(0)->rows.at(2).cells.at(0).content;
    std::vector<const doc::Columns*> rows;
    for (const doc::Block& b : box_cell) {
        if (const auto* c = std::get_if<doc::Columns>(&b.v)) rows.push_back(c);
    }
    ASSERT_EQ(rows.size(), 3u);
    const std::size_t side[] = {1, 0, 1};
    const Lines first[] = {{"9. DIBUAT TANGGAL, 31 Maret 2024", "PEJABAT PENILAI", "Muhammad Noor, S.E.",
                            "NIP. 19790823 200501 1 004"},
                           {"10. DITERIMA TANGGAL, ........................", "PEGAWAI NEGERI SIPIL YANG DINILAI",
                            "Fitriani, S.E.", "NIP. 19880614 201101 2 009"},
                           {"11. DITERIMA TANGGAL, ........................", "ATASAN PEJABAT PENILAI",
                            "Ahmad Rizani, S.Sos., M.Si.", "NIP. 19750312 200003 1 002"}};
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(texts(rows[i]->columns.at(side[i])), first[i]) << i;
        EXPECT_TRUE(rows[i]->columns.at(1 - side[i]).empty()) << i;
    }
}

TEST(Formulir, PimpinanWithoutPenilaiGetsLinesToFillByHand) {
    const doc::Document d = camat();
    const Lines rows = test::row_texts(*tables(d).at(0));
    EXPECT_EQ(rows.at(1), "1 / Nama / ...................................................... / 1 / Nama / H. Hammad Arsyad, SP");
    const auto outer = parts(d).at(2);
    const Lines front = test::row_texts(*tables(outer).back());
    const std::string dots = "..............................................";
    for (std::size_t i : {7u, 8u, 9u, 10u, 11u, 13u, 14u, 15u, 16u, 17u}) {
        EXPECT_EQ(front.at(i).substr(front.at(i).size() - dots.size()), dots) << front.at(i);
    }
    const Lines capaian = texts(parts(d).at(1));
    EXPECT_EQ(Lines(capaian.end() - 3, capaian.end()),
              (Lines{"Pejabat Penilai,", "............................................", "NIP. .................................."}));
}

TEST(Formulir, KegiatanNotCarriedOut) {
    const Lines rows = test::row_texts(skp_table(camat()));
    EXPECT_EQ(rows.at(4),
              "2 / Menyusutkan arsip inaktif / 1,5 / 1 kegiatan / 100 / 12 bln / - / 0 / 0 kegiatan / 0 / 0 bln / - / "
              "0,00 / 0,00");
    EXPECT_EQ(rows.at(5), "II. TUGAS TAMBAHAN DAN KREATIVITAS/UNSUR PENUNJANG :");
    EXPECT_EQ(rows.at(6), " / Tidak ada / -");
}

// <tanda-tangan pindaian>: the scan of a signer in every signature space of theirs with "ya",
// in none without it, even when the run holds the scans.
TEST(Formulir, ScannedSignaturesOnlyWhenInstansiSaysYa) {
    Signatures scans;
    for (const char* digits : {"198806142011012009", "197908232005011004", "197503122000031002"}) {
        scans.emplace(digits, doc::ImageData{"\x89PNG", 600, 240});
    }
    const Pegawai& p = office().person("198806142011012009");
    DataSet data = office().data;
    ASSERT_FALSE(data.instansi.tanda_tangan_pindaian);  // the default
    const doc::Document without = compose(p, office().skp_bendahara, nullptr, data, &scans);
    EXPECT_EQ(images(without.body), Lines{});
    EXPECT_TRUE(without.images.empty());

    data.instansi.tanda_tangan_pindaian = true;
    const doc::Document with = compose(p, office().skp_bendahara, nullptr, data, &scans);
    const std::string pegawai = "ttd-198806142011012009", penilai = "ttd-197908232005011004",
                      atasan = "ttd-197503122000031002";
    // Target sheet: penilai, pegawai; capaian: penilai; 9 penilai, 10 pegawai, 11 atasan.
    EXPECT_EQ(images(with.body), (Lines{penilai, pegawai, penilai, penilai, pegawai, atasan}));
    ASSERT_EQ(with.images.size(), 3u);
    EXPECT_EQ(with.images[0].first, atasan);  // sorted by id
    EXPECT_EQ(with.images[1].first, penilai);
    EXPECT_EQ(with.images[2].first, pegawai);
    // Nobody's scan given: every space left empty for a pen.
    const doc::Document none = compose(p, office().skp_bendahara, nullptr, data, nullptr);
    EXPECT_EQ(images(none.body), Lines{});
}

TEST(Formulir, LogoInTheKopAndTheImages) {
    const doc::ImageData logo{"\x89PNG", 120, 140};
    const doc::Document d = compose(office().person("198806142011012009"), office().skp_bendahara, &logo);
    ASSERT_EQ(d.images.size(), 1u);
    EXPECT_EQ(d.images[0].first, "logo");
    EXPECT_EQ(d.images[0].second.pixel_height, 140);
    const doc::Table& kop = std::get<doc::Table>(d.body.at(0).v);  // the kop opens the target sheet
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
    EXPECT_FALSE(std::holds_alternative<Date>(value("pegawai.tmt_golongan")));  // not in the office above
    EXPECT_EQ(std::get<std::string>(value("penilai.ttd")), "");                  // no scans given
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
