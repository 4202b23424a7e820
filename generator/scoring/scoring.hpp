// Scores of an SKP as PP 46/2011 and Perka BKN 1/2013 define them (DESIGN section 6).
// Pure functions over the model; every value is an exact Rational and nothing is rounded here:
// rounding (half up, two decimals) happens only when a value is printed, and sebutan() takes
// the predikat from that rounded value.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/dataset.hpp"
#include "model/rational.hpp"

namespace kinerja {

// One kegiatan tugas jabatan scored against its target.
struct NilaiKegiatan {
    bool dilaksanakan = false;      // false when realisasi kuantitas is 0: every value below is 0
    Rational kuantitas;             // R/T × 100, >= 0 (may exceed 100)
    Rational kualitas;              // R/T × 100, >= 0 (may exceed 100)
    Rational waktu;                 // efficiency formula on months; 76 when on time, may be < 0
    std::optional<Rational> biaya;  // same formula on rupiah; set exactly when a biaya target is
    Rational penghitungan;          // sum of the aspects above
    Rational nilai_capaian;         // penghitungan / 3, or / 4 when biaya is set
};

// The whole SKP: kegiatan values plus tugas tambahan and kreativitas.
struct NilaiSkp {
    std::vector<NilaiKegiatan> kegiatan;  // one per Skp::tugas, same order
    Rational rata_rata;                   // mean of kegiatan[].nilai_capaian (not-done ones count as 0)
    int jumlah_tambahan = 0;              // number of tugas tambahan, >= 0
    Rational nilai_tambahan;              // points for them: 0; 1–3 → 1; 4–6 → 2; 7+ → 3
    Rational nilai_kreativitas;           // sum of the kreativitas points given in the data, >= 0
    Rational nilai_capaian_skp;           // rata_rata + nilai_tambahan + nilai_kreativitas
};

// One aspect of perilaku kerja, as printed on the formulir.
struct AspekPerilaku {
    std::string label;  // "Orientasi Pelayanan", "Integritas", …, "Kepemimpinan"
    Rational nilai;     // 0..100, as given in the data
};

struct NilaiPerilaku {
    std::vector<AspekPerilaku> aspek;  // print order: Orientasi Pelayanan, Integritas, Komitmen,
                                       // Disiplin, Kerja Sama, then Kepemimpinan when given;
                                       // 5 or 6 entries
    Rational jumlah;                   // sum of aspek[].nilai
    Rational rata_rata;                // jumlah / aspek.size()
};

struct NilaiPrestasi {
    NilaiSkp skp;                 // the SKP part
    NilaiPerilaku perilaku;       // the perilaku kerja part
    Rational skp_tertimbang;      // 60% × skp.nilai_capaian_skp
    Rational perilaku_tertimbang; // 40% × perilaku.rata_rata
    Rational nilai_prestasi;      // skp_tertimbang + perilaku_tertimbang
};

// Scores one kegiatan. Throws std::invalid_argument when a target the formula divides by
// (kuantitas, kualitas, waktu, biaya when set) is not > 0, or when biaya is set on only one
// side: the model rejects such rows, so reaching here is a bug.
NilaiKegiatan nilai_kegiatan(const KegiatanTugas& kegiatan);

// Scores the SKP part. Throws std::invalid_argument when the SKP has no kegiatan tugas (the
// model keeps only SKPs with at least one) or for a kegiatan as nilai_kegiatan does.
NilaiSkp nilai_skp(const Skp& skp);

// Perilaku kerja: the aspects in print order, their sum and mean.
NilaiPerilaku nilai_perilaku(const Perilaku& perilaku);

// Nilai prestasi kerja = 60% × nilai capaian SKP + 40% × rata-rata perilaku.
NilaiPrestasi nilai_prestasi(const Skp& skp);

// Tugas tambahan points for a count: 0 → 0; 1–3 → 1; 4–6 → 2; 7 or more → 3.
int nilai_tugas_tambahan(int jumlah);

// Predikat of a value, taken from the value rounded half up to two decimals:
// >= 91 "Sangat Baik"; > 75 "Baik"; > 60 "Cukup"; > 50 "Kurang"; else "Buruk".
std::string sebutan(const Rational& value);

}  // namespace kinerja
