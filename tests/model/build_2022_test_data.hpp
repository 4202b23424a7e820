// The small office of build_test_data.hpp under PermenPANRB 6/2022 for 2025-03, as records:
// skp-2025.csv, penilaian-2025-03.csv and realisasi-2025-03.csv with the lines the readers
// would report. tests/data/regime2022/ holds the same data as files.
#pragma once

#include <string>
#include <vector>

#include "build_test_data.hpp"

namespace kinerja::test {

inline constexpr const char* kRhkCamat = "Meningkatnya kualitas perencanaan kecamatan";
inline constexpr const char* kRhkSekcam = "Tersusunnya laporan kinerja kecamatan";
inline constexpr const char* kRhkAnalis = "Tersusunnya analisis capaian kinerja";

inline Skp2022Record plan_row(int line, std::string nip, std::string jenis, std::string rhk_atasan,
                              std::string rhk, std::string aspek, std::string indikator, std::string target) {
    Skp2022Record r;
    r.loc = at("skp-2025.csv", line);
    r.nip = std::move(nip);
    r.jenis = std::move(jenis);
    r.rhk_atasan = std::move(rhk_atasan);
    r.rhk = std::move(rhk);
    r.aspek = std::move(aspek);
    r.indikator = std::move(indikator);
    r.target = std::move(target);
    return r;
}

inline Skp2022Record plan_item(int line, std::string nip, std::string jenis, std::string perilaku,
                               std::string uraian) {
    Skp2022Record r;
    r.loc = at("skp-2025.csv", line);
    r.nip = std::move(nip);
    r.jenis = std::move(jenis);
    r.perilaku = std::move(perilaku);
    r.uraian = std::move(uraian);
    return r;
}

inline PenilaianRecord penilaian_row(int line, std::string nip, std::string evaluasi, std::string hasil_kerja,
                                     std::string perilaku) {
    PenilaianRecord r;
    r.loc = at("penilaian-2025-03.csv", line);
    r.nip = std::move(nip);
    r.evaluasi = std::move(evaluasi);
    r.rating_hasil_kerja = std::move(hasil_kerja);
    r.rating_perilaku = std::move(perilaku);
    return r;
}

inline RealisasiRecord realisasi_row(int line, std::string nip, std::string evaluasi, std::string rhk,
                                     std::string indikator, std::string realisasi) {
    RealisasiRecord r;
    r.loc = at("realisasi-2025-03.csv", line);
    r.nip = std::move(nip);
    r.evaluasi = std::move(evaluasi);
    r.rhk = std::move(rhk);
    r.indikator = std::move(indikator);
    r.realisasi = std::move(realisasi);
    return r;
}

// instansi.xml:16 <regulasi mulai="2025-01">, :17 the capaian of March 2025.
inline RegimeRecord regime_2022() {
    RegimeRecord r;
    r.regulasi = "permenpanrb-6-2022";
    r.mulai = "2025-01";
    r.regulasi_loc = at("instansi.xml", 16);
    r.capaian = {CapaianOrganisasiRecord{at("instansi.xml", 17), "2025-03", "Baik"}};
    return r;
}

// Every plan valid, the camat (pimpinan) rated without rating_hasil_kerja, the sekcam also for
// the quarter (no realisasi of his tambahan: one warning), the staf with a plan and no rating.
inline RawData valid_raw_2022() {
    RawData raw = valid_raw();
    raw.instansi->regime = regime_2022();
    raw.periode = "2025-03";
    raw.skp_file = raw.perilaku_file = "";
    raw.skp.clear();
    raw.perilaku.clear();
    Raw2022& r = raw.regime2022;
    r.skp_file = "skp-2025.csv";
    r.skp = {
        plan_row(2, kCamat, "utama", "Meningkatnya kinerja kabupaten", kRhkCamat, "kuantitas",
                 "Jumlah dokumen perencanaan", "2 Dokumen"),
        plan_row(3, kCamat, "", "", kRhkCamat, "Kualitas", "Persentase dokumen tepat waktu", "100%"),
        plan_item(4, kCamat, "ekspektasi", "akuntabel", "Menyusun laporan tepat waktu"),
        plan_item(5, kCamat, "dukungan", "", "Anggaran perencanaan"),
        plan_row(6, kSekcam, "utama", kRhkCamat, kRhkSekcam, "kuantitas", "Jumlah laporan kinerja", "4 Laporan"),
        plan_row(7, kSekcam, "tambahan", "", "Terlaksananya MTQ tingkat kecamatan", "kuantitas",
                 "Jumlah kegiatan", "1 Kegiatan"),
        plan_row(8, kAnalis, "utama", kRhkSekcam, kRhkAnalis, "", "Analisis capaian triwulan", "4 Dokumen"),
        plan_row(9, kStaf, "utama", kRhkAnalis, "Terarsipnya surat masuk", "", "Surat masuk terarsip", "100%"),
    };
    r.penilaian_file = "penilaian-2025-03.csv";
    r.penilaian = {
        penilaian_row(2, kCamat, "bulanan", "", "Sesuai Ekspektasi"),
        penilaian_row(3, kSekcam, "", "di atas", "Sesuai"),
        penilaian_row(4, kSekcam, "triwulanan", "Sesuai Ekspektasi", "Di Atas Ekspektasi"),
        penilaian_row(5, kAnalis, "bulanan", "Di Bawah Ekspektasi", "sesuai ekspektasi"),
    };
    r.penilaian.at(1).umpan_balik.at(1) = "Laporan selalu tepat waktu";
    r.penilaian.at(1).catatan = "Pertahankan";
    r.realisasi_file = "realisasi-2025-03.csv";
    r.realisasi = {
        realisasi_row(2, kCamat, "bulanan", "", "Jumlah dokumen perencanaan", "1 Dokumen"),
        realisasi_row(3, kCamat, "bulanan", kRhkCamat, "Persentase dokumen tepat waktu", "100%"),
        realisasi_row(4, kSekcam, "bulanan", "", "Jumlah laporan kinerja", "1 Laporan"),
        realisasi_row(5, kSekcam, "bulanan", "", "Jumlah kegiatan", "1 Kegiatan"),
        realisasi_row(6, kSekcam, "triwulanan", "", "Jumlah laporan kinerja", "1 Laporan"),
        realisasi_row(7, kAnalis, "", "", "Analisis capaian triwulan", "1 Dokumen"),
    };
    r.realisasi.at(0).bukti_dukung = "https://contoh.go.id/bukti/1";
    return raw;
}

// Each warning build_dataset reports, as printed, in report order.
inline std::vector<std::string> warnings(const RawData& raw) {
    Diagnostics diags;
    build_dataset(raw, diags);
    std::vector<std::string> out;
    for (const Diagnostic& d : diags.sorted_warnings()) out.push_back(d.str());
    return out;
}

}  // namespace kinerja::test
