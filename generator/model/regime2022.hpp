// The data of the regime in force since 2022 (PermenPANRB 6/2022, SE MenPANRB 3/2023,
// PermenPANRB 1/2023; DESIGN section 8), checked and typed: the year's SKP plans, the period's
// evaluations and the rules of templates/regulasi-2022.xml.
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/source.hpp"
#include "model/calendar.hpp"
#include "model/nip.hpp"

namespace kinerja {

// <regulasi> of instansi.xml: which regime a period runs under.
enum class Regulasi { pp46_2011, permenpanrb_6_2022 };
// "pp46-2011", "permenpanrb-6-2022": as instansi.xml writes it.
std::string_view regulasi_text(Regulasi r);
std::optional<Regulasi> parse_regulasi(std::string_view text);

// A rating given by the penilai, for hasil kerja or for perilaku kerja. Ordered low to high.
enum class Rating { di_bawah, sesuai, di_atas };
inline constexpr std::size_t kRatingCount = 3;
// "Di Bawah Ekspektasi", "Sesuai Ekspektasi", "Di Atas Ekspektasi": the canonical form.
std::string_view rating_text(Rating r);
// Matching ignores case, spaces, '-', '_' and a trailing "ekspektasi" ("Diatas", "DI ATAS",
// "atas", "di-bawah ekspektasi"); nullopt when nothing matches.
std::optional<Rating> parse_rating(std::string_view text);

// The predikat kinerja pegawai, in the order the distribusi chart draws its bars (worst first).
enum class Predikat { sangat_kurang, kurang_misconduct, butuh_perbaikan, baik, sangat_baik };
inline constexpr std::size_t kPredikatCount = 5;
// "Sangat Kurang", "Kurang/Misconduct", "Butuh Perbaikan", "Baik", "Sangat Baik".
std::string_view predikat_text(Predikat p);
// The printed names, ignoring case, blanks, '-', '_' and '/'; "Kurang" and "Misconduct" alone too.
std::optional<Predikat> parse_predikat(std::string_view text);

// The organisation's own predikat for one evaluation (<capaian-organisasi>).
enum class CapaianOrganisasi { istimewa, baik, butuh_perbaikan, kurang, sangat_kurang };
inline constexpr std::size_t kCapaianCount = 5;
// "Istimewa", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang".
std::string_view capaian_text(CapaianOrganisasi c);
// The names above, case-insensitive with spaces collapsed; "Cukup" is Butuh Perbaikan.
std::optional<CapaianOrganisasi> parse_capaian(std::string_view text);

// Which judgement an evaluation is (DESIGN 8.1's period rule).
enum class JenisEvaluasi { bulanan, triwulanan, tahunan };
// "bulanan", "triwulanan", "tahunan"; parse also takes "" as bulanan.
std::string_view jenis_evaluasi_text(JenisEvaluasi j);
std::optional<JenisEvaluasi> parse_jenis_evaluasi(std::string_view text);

// The period one evaluation covers: a month, the quarter ending in a month, or a year.
struct PeriodeEvaluasi {
    JenisEvaluasi jenis = JenisEvaluasi::bulanan;
    int year = 0;
    int month = 0;    // 1..12 for bulanan, 0 otherwise
    int quarter = 0;  // 1..4 for triwulanan, 0 otherwise

    Date first_day() const;
    Date last_day() const;
    std::string suffix() const;    // "", "-tw1"…"-tw4", "-akhir" (file names)
    std::string key() const;       // as <capaian-organisasi periode>: "2025-03", "2025-TW1", "2025"
    std::string nama() const;      // "Maret 2025", "Triwulan I 2025", "Akhir Tahun 2025"
    friend bool operator==(const PeriodeEvaluasi&, const PeriodeEvaluasi&) = default;
    friend auto operator<=>(const PeriodeEvaluasi&, const PeriodeEvaluasi&) = default;
};
// The evaluation of this jenis that a run for `month` makes; nullopt when the jenis is not
// allowed in that month (triwulanan outside 03/06/09/12, tahunan outside 12).
std::optional<PeriodeEvaluasi> periode_evaluasi(JenisEvaluasi jenis, const Period& month);
// "2025-03", "2025-TW1"…"2025-TW4" or "2025"; nullopt when malformed.
std::optional<PeriodeEvaluasi> parse_periode_evaluasi(std::string_view key);

// The seven BerAKHLAK core values, in print order.
enum class NilaiDasar {
    berorientasi_pelayanan, akuntabel, kompeten, harmonis, loyal, adaptif, kolaboratif
};
inline constexpr std::size_t kNilaiDasarCount = 7;
// "berorientasi_pelayanan", … as the CSV columns write them (XML writes '-' for '_').
std::string_view nilai_dasar_kode(NilaiDasar n);
// "Berorientasi Pelayanan", "Akuntabel", …
std::string_view nilai_dasar_nama(NilaiDasar n);
// A kode (with '_' or '-') or a printed name, case-insensitive; nullopt otherwise.
std::optional<NilaiDasar> parse_nilai_dasar(std::string_view text);

enum class Aspek { kuantitas, kualitas, waktu, biaya };
std::string_view aspek_text(Aspek a);  // "Kuantitas", "Kualitas", "Waktu", "Biaya"
std::optional<Aspek> parse_aspek(std::string_view text);  // case-insensitive

// <capaian-organisasi periode="…">: the organisation's predikat for one evaluation.
struct CapaianOrganisasiEntry {
    SourceLoc loc;
    PeriodeEvaluasi periode;
    CapaianOrganisasi nilai = CapaianOrganisasi::baik;
    friend bool operator==(const CapaianOrganisasiEntry&, const CapaianOrganisasiEntry&) = default;
};

// The regime settings of instansi.xml (Instansi::regime).
struct RegimeSetting {
    SourceLoc loc;                           // the <regulasi> element, or <instansi> when absent
    Regulasi regulasi = Regulasi::pp46_2011;
    std::optional<Period> mulai;             // first period under `regulasi`; earlier ones: pp46
    std::vector<CapaianOrganisasiEntry> capaian;  // file order, periods distinct

    // The regime a run for `month` works under.
    Regulasi for_period(const Period& month) const;
    const CapaianOrganisasiEntry* capaian_for(const PeriodeEvaluasi& periode) const;
    friend bool operator==(const RegimeSetting&, const RegimeSetting&) = default;
};

// One indikator kinerja individu of an RHK.
struct Indikator {
    SourceLoc loc;
    std::optional<Aspek> aspek;  // all set or none set in one employee's plan (kualitatif)
    std::string indikator;       // the IKI text
    std::string target;          // free text: "2 Dokumen", "100%"
    friend bool operator==(const Indikator&, const Indikator&) = default;
};

// One Rencana Hasil Kerja: rows with the same nip, jenis and rhk.
struct RencanaHasilKerja {
    SourceLoc loc;                     // its first row
    std::string rhk_atasan;            // the atasan's RHK it intervenes; required for utama
    std::string rhk;
    std::vector<Indikator> indikator;  // at least one, print order
    friend bool operator==(const RencanaHasilKerja&, const RencanaHasilKerja&) = default;
};

// The Ekspektasi Khusus Pimpinan for one core value.
struct Ekspektasi {
    SourceLoc loc;
    NilaiDasar nilai = NilaiDasar::berorientasi_pelayanan;
    std::string uraian;
    friend bool operator==(const Ekspektasi&, const Ekspektasi&) = default;
};

// One employee's SKP for a year (skp-YYYY).
struct Skp2022 {
    SourceLoc loc;  // the employee's first row
    Nip nip;
    int tahun = 0;
    bool kualitatif = false;                  // no aspek anywhere in the plan
    std::vector<RencanaHasilKerja> utama;     // at least one, numbered in order
    std::vector<RencanaHasilKerja> tambahan;  // numbered in order
    std::vector<Ekspektasi> ekspektasi;       // at most one per core value, file order
    std::vector<std::string> dukungan, skema, konsekuensi;  // the Lampiran SKP lists

    // The ekspektasi of `n`, or nullptr when the plan gives none.
    const Ekspektasi* ekspektasi_of(NilaiDasar n) const;
    friend bool operator==(const Skp2022&, const Skp2022&) = default;
};

// Where in the plan an indikator is.
struct IndikatorRef {
    bool tambahan = false;      // Skp2022::tambahan instead of ::utama
    std::size_t rhk = 0;        // index into that list
    std::size_t indikator = 0;  // index into its indikator
    friend bool operator==(const IndikatorRef&, const IndikatorRef&) = default;
    friend auto operator<=>(const IndikatorRef&, const IndikatorRef&) = default;
};

// One realisasi row: what was achieved on one indikator in one evaluation.
struct Realisasi {
    SourceLoc loc;
    IndikatorRef ref;
    std::string realisasi, bukti_dukung, umpan_balik;
    friend bool operator==(const Realisasi&, const Realisasi&) = default;
};

// One employee's evaluation for one period: the penilaian row and its realisasi rows.
struct Evaluasi {
    SourceLoc loc;  // the penilaian row
    Nip nip;
    PeriodeEvaluasi periode;
    // Empty only for the pimpinan in an evaluation with a capaian organisasi: his rating hasil
    // kerja is then the rules' <pimpinan> mapping of that capaian (scoring).
    std::optional<Rating> rating_hasil_kerja;
    Rating rating_perilaku = Rating::sesuai;
    std::array<std::string, kNilaiDasarCount> umpan_balik;  // by NilaiDasar, may be empty
    std::string catatan;                                    // Catatan/Rekomendasi
    std::vector<Realisasi> realisasi;                       // sorted by ref
    friend bool operator==(const Evaluasi&, const Evaluasi&) = default;
};

// A period's data under the 2022 regime (DataSet::regime2022).
struct Data2022 {
    int tahun = 0;                    // the year of the plans read
    std::map<std::string, Skp2022> skp;  // valid plans, by NIP digits
    std::vector<Evaluasi> evaluasi;      // valid evaluations, in pegawai order, then jenis order
    std::size_t tanpa_skp = 0;           // staff with no row in the year's plan file (warned about)
    const Skp2022* skp_of(const Nip& nip) const;  // nullptr when the employee has no valid plan
    friend bool operator==(const Data2022&, const Data2022&) = default;
};

// ---- the rules: templates/regulasi-2022.xml ----

// One rule of a pola: the summed count of `predikat` compared with a bound.
struct AturanPola {
    SourceLoc loc;
    std::vector<Predikat> predikat;  // at least one, summed
    bool paling_banyak = true;       // at most (true) or at least (false)
    bool persen = true;              // `batas` is a percentage of N (0..100) or a count
    int batas = 0;                   // >= 0
    friend bool operator==(const AturanPola&, const AturanPola&) = default;
};

// The distribution pattern for one capaian organisasi.
struct Pola {
    SourceLoc loc;
    CapaianOrganisasi capaian = CapaianOrganisasi::baik;
    std::vector<AturanPola> aturan;
    friend bool operator==(const Pola&, const Pola&) = default;
};

// The BerAKHLAK guidance of one core value: its printed name and its panduan perilaku.
struct PanduanPerilaku {
    SourceLoc loc;
    NilaiDasar nilai = NilaiDasar::berorientasi_pelayanan;
    std::string nama;                  // as printed
    std::vector<std::string> panduan;  // three in the shipped file
    friend bool operator==(const PanduanPerilaku&, const PanduanPerilaku&) = default;
};

struct Regulasi2022 {
    std::string file;  // "templates/regulasi-2022.xml", as reported
    // predikat by [rating hasil kerja][rating perilaku], indices as Rating's values.
    std::array<std::array<Predikat, kRatingCount>, kRatingCount> matriks{};
    std::array<Pola, kCapaianCount> pola{};                 // by CapaianOrganisasi
    std::array<int, kPredikatCount> persen_angka_kredit{};  // by Predikat: 150, 100, …
    std::array<Rating, kCapaianCount> pimpinan{};           // rating hasil kerja by capaian
    std::array<PanduanPerilaku, kNilaiDasarCount> perilaku{};  // by NilaiDasar
    friend bool operator==(const Regulasi2022&, const Regulasi2022&) = default;
};

}  // namespace kinerja
