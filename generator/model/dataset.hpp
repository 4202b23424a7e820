// The office's data, checked and typed: what every later stage works from.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "load/source.hpp"
#include "model/calendar.hpp"
#include "model/golongan.hpp"
#include "model/nip.hpp"
#include "model/rational.hpp"
#include "model/regime2022.hpp"
#include "model/waktu.hpp"

namespace kinerja {

enum class Kertas { a4, f4 };  // A4 210×297 mm, F4 215×330 mm

// What becomes of the records once the retensi inaktif ends (ANRI, jadwal retensi arsip).
enum class NasibAkhir { musnah, permanen, dinilai_kembali };
// "Musnah", "Permanen", "Dinilai Kembali": as instansi.xml writes it and the documents print it.
std::string_view nasib_akhir_text(NasibAkhir n);
// The value named by `text` exactly as nasib_akhir_text() writes it; nullopt otherwise.
std::optional<NasibAkhir> parse_nasib_akhir(std::string_view text);

// How cetak.pdf is printed (<cetak sisi>): on both sides of a sheet, every document starting
// on a right-hand page behind a back left blank on purpose (dua, the default), or on one side
// of each sheet, without those blank backs (satu).
enum class SisiCetak { dua, satu };
// "dua", "satu": as instansi.xml writes it and the register stores it.
std::string_view sisi_cetak_text(SisiCetak s);
// The value named by `text` exactly as sisi_cetak_text() writes it; nullopt otherwise.
std::optional<SisiCetak> parse_sisi_cetak(std::string_view text);

struct ArsipSetting {
    std::string kode_klasifikasi;  // "800.1.4.4"
    int kapasitas_box = 10;        // berkas per box, >= 1
    int retensi_aktif = 2;         // years, >= 0
    int retensi_inaktif = 3;       // years, >= 0
    std::string unit_pengolah;
    NasibAkhir nasib_akhir = NasibAkhir::musnah;
    // How this filing's copies are printed, for their jumlah in lembar (compose::lembar): the
    // office's <cetak sisi> (Instansi::cetak, copied by build_instansi), not an <arsip> attribute.
    SisiCetak sisi_cetak = SisiCetak::dua;
    friend bool operator==(const ArsipSetting&, const ArsipSetting&) = default;
};

struct Instansi {
    SourceLoc loc;
    std::string kode, pemerintah, nama, alamat, kode_pos, tempat;
    std::string logo;                  // file name in DATA_DIR, empty when none
    Kertas kertas = Kertas::a4;
    Nip pimpinan;                      // a pegawai of the office
    std::vector<std::string> salinan;  // copy labels in order, at least one
    ArsipSetting arsip;
    SisiCetak cetak = SisiCetak::dua;  // <cetak sisi>: how cetak.pdf is made and printed
    // <tanda-tangan pindaian="ya">: the scanned signature DATA_DIR/ttd/<NIP>.png or .jpg of every signer
    // who has one on every document and copy; false (the default): none anywhere, every
    // signature's space left for a wet signature.
    bool tanda_tangan_pindaian = false;
    RegimeSetting regime;  // <regulasi>, <capaian-organisasi> (DESIGN 8.1)
    friend bool operator==(const Instansi&, const Instansi&) = default;
};

enum class JenisJabatan { struktural, fungsional, pelaksana };

struct Pegawai {
    SourceLoc loc;
    Nip nip;
    std::string nama, gelar_depan, gelar_belakang;  // nama without gelar
    Golongan golongan;
    std::optional<Date> tmt_golongan;
    std::string jabatan;
    JenisJabatan jenis_jabatan = JenisJabatan::pelaksana;
    std::string unit_kerja;
    std::optional<Nip> nip_atasan;  // the pejabat penilai; nullopt only for the pimpinan
    // The fields whose cell was reported unusable but that only some documents print
    // ("tmt_golongan"): the pegawai is kept, and a document that would print one is not made
    // (an atasan's bad tmt_golongan costs the formulir that print it, not his staff's other
    // documents).
    std::vector<std::string> unusable;

    bool is_unusable(std::string_view field) const;
    std::string nama_lengkap() const;  // "H. Hammad Arsyad, SP": gelar depan, nama, ", " gelar belakang
    friend bool operator==(const Pegawai&, const Pegawai&) = default;
};

// Target or realisasi of one kegiatan.
struct Capaian {
    Rational kuantitas;             // in `satuan`, >= 0 (target > 0)
    Rational kualitas;              // 0..100
    Rational waktu;                 // months, >= 0 (target > 0)
    std::optional<Rational> biaya;  // rupiah, set for both target and realisasi or neither
    friend bool operator==(const Capaian&, const Capaian&) = default;
};

struct KegiatanTugas {
    SourceLoc loc;
    std::string uraian;
    Rational ak;  // angka kredit, >= 0
    std::string satuan;
    Capaian target, realisasi;
    friend bool operator==(const KegiatanTugas&, const KegiatanTugas&) = default;
};

struct TugasTambahan {
    SourceLoc loc;
    std::string uraian;
    friend bool operator==(const TugasTambahan&, const TugasTambahan&) = default;
};

struct Kreativitas {
    SourceLoc loc;
    std::string uraian;
    Rational nilai;  // points awarded, 0..100
    friend bool operator==(const Kreativitas&, const Kreativitas&) = default;
};

struct Perilaku {
    SourceLoc loc;
    Rational orientasi_pelayanan, integritas, komitmen, disiplin, kerja_sama;  // 0..100
    std::optional<Rational> kepemimpinan;  // set exactly for struktural staff
    friend bool operator==(const Perilaku&, const Perilaku&) = default;
};

// One employee's SKP for the period.
struct Skp {
    Nip nip;
    std::vector<KegiatanTugas> tugas;  // at least one, print order
    std::vector<TugasTambahan> tambahan;
    std::vector<Kreativitas> kreativitas;
    Perilaku perilaku;
    friend bool operator==(const Skp&, const Skp&) = default;
};

enum class Simbol { mulai, proses, keputusan, selesai };

struct Lane {
    std::string id;    // referenced by Langkah::pelaksana
    std::string nama;  // column heading
    friend bool operator==(const Lane&, const Lane&) = default;
};

struct Langkah {
    SourceLoc loc;
    int nomor = 0;           // 1..n, in order
    std::size_t lane = 0;    // index into Sop::lanes
    Simbol simbol = Simbol::proses;
    std::string uraian;
    std::string kelengkapan;
    std::optional<Waktu> waktu;
    std::string output, keterangan;
    int ya = 0, tidak = 0;   // for keputusan: target step numbers (1..n); else 0
    friend bool operator==(const Langkah&, const Langkah&) = default;
};

struct Sop {
    SourceLoc loc;
    std::string nomor, nama;
    Date tanggal_pembuatan;
    std::optional<Date> tanggal_revisi;
    Date tanggal_efektif;
    Nip disahkan_oleh;  // a pegawai of the office
    std::vector<std::string> dasar_hukum, kualifikasi_pelaksana, keterkaitan, peralatan,
        peringatan, pencatatan;
    std::vector<Lane> lanes;        // 1..8
    std::vector<Langkah> langkah;   // first mulai, at least one selesai, all reachable
    friend bool operator==(const Sop&, const Sop&) = default;
};

struct DataSet {
    Instansi instansi;
    std::vector<Pegawai> pegawai;        // valid staff, in file order
    std::optional<Period> period;        // when a period was loaded
    std::map<std::string, Skp> skp;      // by NIP digits: valid employees with valid SKP
    std::vector<Sop> sops;               // valid SOPs, by file name
    // The regime the period runs under (Instansi::regime.for_period); pp46_2011 without a period.
    Regulasi regulasi = Regulasi::pp46_2011;
    Data2022 regime2022;                 // set under permenpanrb_6_2022 only

    // find_pegawai's index: each employee's place in `pegawai` by NIP digits, made by
    // index_pegawai(). Derived from `pegawai`, so not compared.
    struct PegawaiIndex {
        std::unordered_map<std::string, std::size_t> place;
        friend bool operator==(const PegawaiIndex&, const PegawaiIndex&) { return true; }
    };
    PegawaiIndex pegawai_index;

    // The employee with this NIP, or nullptr. In constant time once index_pegawai() has indexed
    // `pegawai` (build_dataset does); without an index, or when employees were added after it,
    // by going through the list (each employee's formulir looks up two others: a month of
    // 10,000 would otherwise compare NIPs hundreds of millions of times).
    const Pegawai* find_pegawai(const Nip& nip) const;
    const Pegawai* atasan_of(const Pegawai& p) const;  // pejabat penilai, or nullptr
    // (Re)makes pegawai_index; call again after changing an employee's NIP.
    void index_pegawai();
    friend bool operator==(const DataSet&, const DataSet&) = default;
};

}  // namespace kinerja
