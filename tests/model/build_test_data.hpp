// A small valid data folder as records (no files read), and helpers to see what build_dataset
// makes of it after one change. Line numbers are those the readers would report.
#pragma once

#include <string>
#include <vector>

#include "load/records.hpp"
#include "load/source.hpp"
#include "model/build.hpp"

namespace kinerja::test {

inline constexpr const char* kCamat = "196906272001121003";   // pegawai.csv:2, the pimpinan
inline constexpr const char* kSekcam = "197503142005011002";  // pegawai.csv:3, struktural
inline constexpr const char* kAnalis = "198512202010011005";  // pegawai.csv:4, fungsional
inline constexpr const char* kStaf = "199002152015032003";    // pegawai.csv:5, pelaksana

inline SourceLoc at(const std::string& file, int line) { return SourceLoc{file, line}; }

inline InstansiRecord valid_instansi() {
    InstansiRecord r;
    r.loc = at("instansi.xml", 1);
    r.kode = "KEC-LPHG";
    r.pemerintah = "PEMERINTAH KABUPATEN BALANGAN";
    r.nama = "KECAMATAN LAMPIHONG";
    r.alamat = "Jl. Amuntai Paringin Km 18.5 Kecamatan Lampihong Kabupaten Balangan";
    r.kode_pos = "71661";
    r.tempat = "Lampihong";
    r.logo = "logo.png";
    r.kertas = "F4";
    r.pimpinan_nip = kCamat;
    r.pimpinan_loc = at("instansi.xml", 9);
    r.salinan = {"Pegawai yang bersangkutan", "Pejabat Penilai", "Arsip"};
    r.salinan_loc = at("instansi.xml", 10);
    r.arsip_kode_klasifikasi = "800.1.4.4";
    r.arsip_kapasitas_box = "10";
    r.arsip_retensi_aktif = "2";
    r.arsip_retensi_inaktif = "3";
    r.arsip_unit_pengolah = "Subbagian Perencanaan dan Keuangan";
    r.arsip_loc = at("instansi.xml", 15);
    r.lines = {{"pemerintah", 2}, {"nama", 3},   {"alamat", 4},   {"kode-pos", 5}, {"tempat", 6},
               {"logo", 7},       {"kertas", 8}, {"pimpinan", 9}, {"salinan", 10}, {"arsip", 15}};
    return r;
}

inline PegawaiRecord pegawai_row(int line, std::string nip, std::string nama, std::string golongan,
                                 std::string jabatan, std::string jenis, std::string atasan) {
    PegawaiRecord r;
    r.loc = at("pegawai.csv", line);
    r.nip = std::move(nip);
    r.nama = std::move(nama);
    r.golongan = std::move(golongan);
    r.jabatan = std::move(jabatan);
    r.jenis_jabatan = std::move(jenis);
    r.unit_kerja = "Kecamatan Lampihong";
    r.nip_atasan = std::move(atasan);
    return r;
}

inline SkpRecord tugas_row(int line, std::string nip, std::string uraian) {
    SkpRecord r;
    r.loc = at("skp-2024-03.csv", line);
    r.nip = std::move(nip);
    r.jenis = "tugas";
    r.uraian = std::move(uraian);
    r.ak = "0";
    r.satuan = "dokumen";
    r.target_kuantitas = "1";
    r.target_kualitas = "100";
    r.target_waktu = "12";
    r.realisasi_kuantitas = "1";
    r.realisasi_kualitas = "90";
    r.realisasi_waktu = "12";
    return r;
}

inline PerilakuRecord perilaku_row(int line, std::string nip, std::string kepemimpinan) {
    PerilakuRecord r;
    r.loc = at("perilaku-2024-03.csv", line);
    r.nip = std::move(nip);
    r.orientasi_pelayanan = "80";
    r.integritas = "82";
    r.komitmen = "80";
    r.disiplin = "85";
    r.kerja_sama = "80";
    r.kepemimpinan = std::move(kepemimpinan);
    return r;
}

inline LangkahRecord langkah_row(int line, std::string pelaksana, std::string simbol,
                                 std::string uraian, std::string waktu) {
    LangkahRecord r;
    r.loc = at("sop/01-perencanaan.xml", line);
    r.pelaksana = std::move(pelaksana);
    r.simbol = std::move(simbol);
    r.uraian = std::move(uraian);
    r.waktu = std::move(waktu);
    r.kelengkapan = "Formulir kinerja";
    r.output = "Kinerja";
    return r;
}

inline SopRecord valid_sop() {
    SopRecord r;
    r.loc = at("sop/01-perencanaan.xml", 1);
    r.nomor = "01/SOP/KEC-LPHG/III/2024";
    r.nama = "Pelaksanaan Perencanaan Kinerja";
    r.tanggal_pembuatan = "2024-03-01";
    r.tanggal_efektif = "2024-03-01";
    r.disahkan_oleh = kCamat;
    r.dasar_hukum = {"Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah"};
    r.lanes = {LaneRecord{at("sop/01-perencanaan.xml", 10), "atasan", "Atasan Langsung", {}},
               LaneRecord{at("sop/01-perencanaan.xml", 11), "sekretaris", "Sekretaris Camat", {}},
               LaneRecord{at("sop/01-perencanaan.xml", 12), "staf", "Staf", {}}};
    r.langkah = {langkah_row(14, "staf", "mulai", "Disposisi penyusunan RKT", "2 Jam"),
                 langkah_row(15, "sekretaris", "proses", "Menyusun RKT", "1 Hari"),
                 langkah_row(16, "atasan", "keputusan", "Hasil penilaian sesuai?", "15 Menit"),
                 langkah_row(17, "staf", "selesai", "Pengarsipan", "1,5 Jam")};
    r.langkah.at(2).ya = "4";
    r.langkah.at(2).tidak = "2";
    return r;
}

// Four staff (camat → sekcam → analis → staf), each with a valid SKP for 2024-03, and one SOP.
inline RawData valid_raw() {
    RawData raw;
    raw.instansi = valid_instansi();
    raw.pegawai_file = "pegawai.csv";
    raw.pegawai = {
        pegawai_row(2, kCamat, "Hammad Arsyad", "IV/a", "Camat", "struktural", ""),
        pegawai_row(3, kSekcam, "Rina Wati", "III/d", "Sekretaris Camat", "Struktural", kCamat),
        pegawai_row(4, kAnalis, "Budi Santoso", "III/b", "Analis Perencanaan", "fungsional",
                    kSekcam),
        pegawai_row(5, kStaf, "Siti Aminah", "II/c", "Pengadministrasi Umum", "pelaksana",
                    kAnalis)};
    raw.pegawai.at(0).gelar_depan = "H.";
    raw.pegawai.at(0).gelar_belakang = "SP";
    raw.pegawai.at(0).tmt_golongan = "2019-04-01";
    raw.pegawai.at(2).nip = "19851220 201001 1 005";  // written with spaces

    raw.periode = "2024-03";
    raw.skp_file = "skp-2024-03.csv";
    raw.perilaku_file = "perilaku-2024-03.csv";
    raw.skp = {tugas_row(2, kCamat, "Menyusun rencana kinerja tahunan kecamatan"),
               tugas_row(3, kSekcam, "Mengoordinasikan laporan kinerja"),
               tugas_row(4, kAnalis, "Menganalisis capaian kinerja"),
               tugas_row(5, kStaf, "Mengadministrasikan surat masuk"),
               tugas_row(6, kStaf, "Panitia MTQ tingkat kecamatan"),
               tugas_row(7, kAnalis, "Aplikasi rekap absensi")};
    raw.skp.at(0).target_biaya = "170.395.000";
    raw.skp.at(0).realisasi_biaya = "170.395.000";
    raw.skp.at(1).ak = "";
    raw.skp.at(1).realisasi_kualitas = "85,5";
    raw.skp.at(1).realisasi_waktu = "9,12";
    raw.skp.at(4).jenis = "tambahan";
    raw.skp.at(5).jenis = "Kreativitas";
    raw.skp.at(5).nilai = "3";
    raw.skp.at(3).jenis = "";  // empty means tugas
    raw.perilaku = {perilaku_row(2, kCamat, "78"), perilaku_row(3, kSekcam, "80"),
                    perilaku_row(4, kAnalis, ""), perilaku_row(5, kStaf, "")};

    raw.sops = {valid_sop()};
    return raw;
}

// build_dataset of `raw`, problems set aside.
inline BuildResult build(const RawData& raw) {
    Diagnostics diags;
    return build_dataset(raw, diags);
}

// Each problem build_dataset reports, as printed, in report order (file, then line).
inline std::vector<std::string> problems(const RawData& raw) {
    Diagnostics diags;
    build_dataset(raw, diags);
    std::vector<std::string> out;
    for (const Diagnostic& d : diags.sorted()) out.push_back(d.str());
    return out;
}

using Lines = std::vector<std::string>;

// The NIP digits of the pegawai kept, in order.
inline std::vector<std::string> kept_pegawai(const RawData& raw) {
    BuildResult result = build(raw);
    std::vector<std::string> out;
    if (result.data) {
        for (const Pegawai& p : result.data->pegawai) out.push_back(p.nip.digits);
    }
    return out;
}

// The NIP digits of the SKPs kept, in order.
inline std::vector<std::string> kept_skp(const RawData& raw) {
    BuildResult result = build(raw);
    std::vector<std::string> out;
    if (result.data) {
        for (const auto& [digits, skp] : result.data->skp) out.push_back(digits);
    }
    return out;
}

}  // namespace kinerja::test
