// A small office under the 2022 regime built by hand, for the tests of the SKP and the Evaluasi
// Kinerja Pegawai: three employees (pimpinan, his sekretaris, her staff), a kuantitatif plan and
// a kualitatif one, the rules' perilaku guidance and pola, an evaluation and its result, all
// written out here (not read, not scored: those stages are tested on their own).
#pragma once

#include <string>

#include "model/dataset.hpp"
#include "model/regime2022.hpp"
#include "scoring/scoring2022.hpp"

namespace kinerja::test {

inline Nip nip_of(const std::string& digits) { return parse_nip(digits).nip.value(); }

inline Pegawai person(const std::string& nip, std::string nama, std::string gelar, Golongan g, std::string jabatan,
                      std::string unit, const std::string& atasan) {
    Pegawai p;
    p.nip = nip_of(nip);
    p.nama = std::move(nama);
    p.gelar_belakang = std::move(gelar);
    p.golongan = g;
    p.jabatan = std::move(jabatan);
    p.jenis_jabatan = JenisJabatan::struktural;
    p.unit_kerja = std::move(unit);
    if (!atasan.empty()) p.nip_atasan = nip_of(atasan);
    return p;
}

inline const std::string camat = "196906272001121003";
inline const std::string sekcam = "197503122000031002";
inline const std::string kasubbag = "198104152006042005";

inline DataSet office2022() {
    DataSet d;
    d.instansi.kode = "KEC-LPHG";
    d.instansi.pemerintah = "PEMERINTAH KABUPATEN BALANGAN";
    d.instansi.nama = "Kecamatan Lampihong";
    d.instansi.alamat = "Jalan Jenderal Sudirman No. 1";
    d.instansi.tempat = "Lampihong";
    d.instansi.pimpinan = nip_of(camat);
    d.instansi.salinan = {"Pegawai"};
    d.pegawai.push_back(person(camat, "Hammad Arsyad", "SP", Golongan{4, 'a'}, "Camat Lampihong",
                               "Kecamatan Lampihong", ""));
    d.pegawai.back().gelar_depan = "H.";
    d.pegawai.push_back(person(sekcam, "Ahmad Rizani", "S.Sos., M.Si.", Golongan{3, 'd'}, "Sekretaris Camat",
                               "Sekretariat Kecamatan", camat));
    d.pegawai.push_back(person(kasubbag, "Siti Rahmah", "S.E.", Golongan{3, 'c'},
                               "Kepala Subbagian Umum dan Kepegawaian", "Subbagian Umum dan Kepegawaian", sekcam));
    d.index_pegawai();
    return d;
}

inline const DataSet& office2022_shared() {
    static const DataSet d = office2022();
    return d;
}

inline Regulasi2022 regulasi2022() {
    Regulasi2022 r;
    r.file = "templates/regulasi-2022.xml";
    const char* names[] = {"Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif",
                           "Kolaboratif"};
    for (std::size_t n = 0; n < kNilaiDasarCount; ++n) {
        PanduanPerilaku& p = r.perilaku.at(n);
        p.nilai = static_cast<NilaiDasar>(n);
        p.nama = names[n];
        p.panduan = {std::string(names[n]) + " panduan satu", std::string(names[n]) + " panduan dua",
                     std::string(names[n]) + " panduan tiga"};
    }
    r.perilaku.at(0).panduan = {"Memahami dan memenuhi kebutuhan masyarakat",
                                "Ramah, cekatan, solutif, dan dapat diandalkan",
                                "Melakukan perbaikan tiada henti"};
    Pola& baik = r.pola.at(static_cast<std::size_t>(CapaianOrganisasi::baik));
    baik.capaian = CapaianOrganisasi::baik;
    baik.aturan = {AturanPola{{}, {Predikat::baik}, true, true, 70},
                   AturanPola{{}, {Predikat::butuh_perbaikan, Predikat::kurang_misconduct}, false, false, 1}};
    return r;
}

inline Indikator indikator(std::optional<Aspek> aspek, std::string text, std::string target) {
    Indikator i;
    i.aspek = aspek;
    i.indikator = std::move(text);
    i.target = std::move(target);
    return i;
}

// Ahmad Rizani's plan: two utama RHKs (two indikator, then one), no tambahan.
inline Skp2022 skp_kuantitatif() {
    Skp2022 s;
    s.nip = nip_of(sekcam);
    s.tahun = 2025;
    RencanaHasilKerja a;
    a.rhk_atasan = "Meningkatnya kualitas perencanaan kecamatan";
    a.rhk = "Tersusunnya dokumen perencanaan kecamatan";
    a.indikator = {indikator(Aspek::kuantitas, "Jumlah dokumen perencanaan yang disusun", "2 Dokumen"),
                   indikator(Aspek::waktu, "Waktu penyelesaian dokumen perencanaan", "12 Bulan")};
    RencanaHasilKerja b;
    b.rhk_atasan = "Meningkatnya kualitas pelayanan administrasi";
    b.rhk = "Terkelolanya administrasi umum kecamatan";
    b.indikator = {indikator(Aspek::kualitas, "Persentase surat yang diselesaikan tepat waktu", "100%")};
    s.utama = {a, b};
    s.ekspektasi = {Ekspektasi{{}, NilaiDasar::akuntabel, "Menyampaikan laporan tepat waktu"},
                    Ekspektasi{{}, NilaiDasar::berorientasi_pelayanan, "Melayani tamu dengan ramah"}};
    s.dukungan = {"Anggaran perencanaan", "Ruang rapat"};
    s.konsekuensi = {"Teguran tertulis bila target tidak tercapai"};
    return s;
}

// Siti Rahmah's plan: kualitatif (no aspek), one utama RHK with two indikator, one tambahan.
inline Skp2022 skp_kualitatif() {
    Skp2022 s;
    s.nip = nip_of(kasubbag);
    s.tahun = 2025;
    s.kualitatif = true;
    RencanaHasilKerja a;
    a.rhk_atasan = "Terkelolanya administrasi umum kecamatan";
    a.rhk = "Tertatanya arsip kepegawaian";
    a.indikator = {indikator(std::nullopt, "Arsip kepegawaian tertata rapi", "Seluruh arsip"),
                   indikator(std::nullopt, "Data pegawai mutakhir", "Setiap bulan")};
    RencanaHasilKerja t;
    t.rhk = "Menjadi panitia peringatan hari jadi kabupaten";
    t.indikator = {indikator(std::nullopt, "Kegiatan terlaksana", "1 Kegiatan")};
    s.utama = {a};
    s.tambahan = {t};
    s.skema = {"Dilaporkan setiap bulan kepada Sekretaris Camat"};
    return s;
}

// Ahmad Rizani's evaluation for Triwulan II 2025: realisasi of the first and third indikator.
inline Evaluasi evaluasi_tw2() {
    Evaluasi e;
    e.nip = nip_of(sekcam);
    e.periode = PeriodeEvaluasi{JenisEvaluasi::triwulanan, 2025, 0, 2};
    e.rating_hasil_kerja = Rating::di_atas;
    e.rating_perilaku = Rating::sesuai;
    e.umpan_balik.at(static_cast<std::size_t>(NilaiDasar::akuntabel)) = "Laporan selalu tepat waktu";
    e.catatan = "Pertahankan";
    e.realisasi = {Realisasi{{}, IndikatorRef{false, 0, 0}, "1 Dokumen", "Renja 2025", "Sesuai rencana"},
                   Realisasi{{}, IndikatorRef{false, 1, 0}, "98%", "Buku agenda surat", "Tingkatkan"}};
    return e;
}

inline HasilEvaluasi hasil_of(const Evaluasi& e, const Pegawai& p) {
    HasilEvaluasi h;
    h.evaluasi = &e;
    h.pegawai = &p;
    h.rating_hasil_kerja = Rating::di_atas;
    h.predikat = Predikat::baik;
    return h;
}

}  // namespace kinerja::test
