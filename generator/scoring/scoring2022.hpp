// The computation of the regime in force since 2022 (DESIGN 8.3), by the rules of
// templates/regulasi-2022.xml (model/regime2022.hpp's Regulasi2022): the predikat from the two
// ratings, the pimpinan's rating from the organisation's capaian, the angka kredit percentage and
// the distribution check of SE MenPANRB 3/2023. Pure functions; no rounding anywhere.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "model/dataset.hpp"
#include "model/regime2022.hpp"

namespace kinerja {

// The matrix cell of the two ratings.
Predikat predikat_kinerja(const Regulasi2022& rules, Rating hasil_kerja, Rating perilaku);

// The rating hasil kerja of the pimpinan, given by the organisation's capaian.
Rating rating_pimpinan(const Regulasi2022& rules, CapaianOrganisasi capaian);

// The angka kredit percentage of a predikat for a fungsional; nullopt for every other jenis
// jabatan (the column is left empty).
std::optional<int> persen_angka_kredit(const Regulasi2022& rules, Predikat predikat, JenisJabatan jenis);

// One employee's result in one evaluation.
struct HasilEvaluasi {
    const Evaluasi* evaluasi = nullptr;
    const Pegawai* pegawai = nullptr;
    Rating rating_hasil_kerja = Rating::sesuai;  // given, or the pimpinan's from the capaian
    bool rating_dari_capaian = false;             // the pimpinan's, taken from the capaian
    Predikat predikat = Predikat::baik;
    std::optional<int> persen_angka_kredit;
};

// Scores one evaluation. The pimpinan's empty rating hasil kerja needs `capaian`; the model
// only keeps such an evaluation when there is one (throws std::invalid_argument otherwise).
HasilEvaluasi hasil_evaluasi(const Regulasi2022& rules, const Evaluasi& evaluasi, const Pegawai& pegawai,
                             const std::optional<CapaianOrganisasi>& capaian);

// The predikat a rule sums, as printed: "Butuh Perbaikan + Kurang/Misconduct".
std::string nama_predikat(const AturanPola& aturan);
// Its bound: "paling banyak 70%", "paling sedikit 1"; with `pegawai` a count bound says so, as
// the documents print it ("paling sedikit 1 pegawai").
std::string batas_text(const AturanPola& aturan, bool pegawai = false);
// The whole rule as the documents print it: "Butuh Perbaikan + Kurang/Misconduct paling sedikit
// 1 pegawai".
std::string aturan_text(const AturanPola& aturan);

// One pola rule checked against the counts.
struct HasilAturan {
    const AturanPola* aturan = nullptr;
    int jumlah = 0;        // summed count of the rule's predikat
    bool sesuai = false;   // exact: count × 100 <= batas × N for a percentage at most, etc.
};

// The distribution of one evaluation period.
struct Distribusi {
    PeriodeEvaluasi periode;
    std::optional<CapaianOrganisasi> capaian;  // nullopt: the pola is not checked
    int n = 0;                                 // everyone rated except the pimpinan
    std::array<int, kPredikatCount> jumlah{};  // by Predikat
    std::vector<HasilAturan> aturan;           // the pola's rules, in file order; empty unchecked
    int tidak_terpenuhi() const;               // rules broken
};

// Counts `hasil` (one evaluation period's results; the pimpinan, `pimpinan`, is left out of N
// and of the counts) and checks them against the pola of `capaian` when there is one.
Distribusi periksa_distribusi(const Regulasi2022& rules, const PeriodeEvaluasi& periode,
                              const std::optional<CapaianOrganisasi>& capaian,
                              const std::vector<HasilEvaluasi>& hasil, const Nip& pimpinan);

// The percentage of `jumlah` in `n` as printed: "83,33%" (two decimals, comma, half up); "0%"
// style never: always two decimals. n == 0 gives "0,00%".
std::string persen_text(int jumlah, int n);

// The summary line of DESIGN 8.3: "distribusi Maret 2025 (capaian organisasi Baik, 12 pegawai):
// Sangat Baik 1, Baik 8, … : sesuai pola" (or "N aturan tidak terpenuhi", or "tidak diperiksa
// (capaian organisasi belum ditetapkan)").
std::string ringkasan_distribusi(const Distribusi& d);

// The warning message of one broken rule, without its FILE:LINE: field prefix: "distribusi Maret
// 2025 tidak sesuai pola Baik: Baik 10 dari 12 pegawai (83,33%), paling banyak 70%".
std::string pesan_aturan(const Distribusi& d, const HasilAturan& h);

}  // namespace kinerja
