#include "scoring/scoring.hpp"

#include <cstdint>
#include <stdexcept>

namespace kinerja {

namespace {

// R/T × 100 for an aspect whose target the formula divides by.
Rational persen(const Rational& realisasi, const Rational& target, const char* aspek) {
    if (target <= 0) {
        throw std::invalid_argument(std::string("target ") + aspek + " harus lebih dari 0");
    }
    return realisasi / target * 100;
}

// The waktu (and biaya) formula of Perka BKN 1/2013, with efisiensi E = 100 − R/T × 100:
// E <= 24 → ((1,76 × T − R) / T) × 100; E > 24 → 76 − ((((1,76 × T − R) / T) × 100) − 100).
Rational nilai_efisiensi(const Rational& realisasi, const Rational& target, const char* aspek) {
    const Rational efisiensi = 100 - persen(realisasi, target, aspek);
    const Rational relatif = (Rational(176, 100) * target - realisasi) / target * 100;
    if (efisiensi <= 24) {
        return relatif;
    }
    return 76 - (relatif - 100);
}

}  // namespace

NilaiKegiatan nilai_kegiatan(const KegiatanTugas& kegiatan) {
    const Capaian& t = kegiatan.target;
    const Capaian& r = kegiatan.realisasi;
    if (t.biaya.has_value() != r.biaya.has_value()) {
        throw std::invalid_argument("biaya harus diisi pada target dan realisasi atau tidak sama sekali");
    }

    NilaiKegiatan nilai;
    const bool pakai_biaya = t.biaya.has_value();
    if (r.kuantitas == 0) {
        // Not carried out: every aspect scores 0, and the kegiatan still counts in the mean.
        nilai.dilaksanakan = false;
        if (pakai_biaya) {
            nilai.biaya = Rational(0);
        }
        return nilai;
    }

    nilai.dilaksanakan = true;
    nilai.kuantitas = persen(r.kuantitas, t.kuantitas, "kuantitas");
    nilai.kualitas = persen(r.kualitas, t.kualitas, "kualitas");
    nilai.waktu = nilai_efisiensi(r.waktu, t.waktu, "waktu");
    nilai.penghitungan = nilai.kuantitas + nilai.kualitas + nilai.waktu;
    std::int64_t aspek = 3;
    if (pakai_biaya) {
        nilai.biaya = nilai_efisiensi(*r.biaya, *t.biaya, "biaya");
        nilai.penghitungan += *nilai.biaya;
        aspek = 4;
    }
    nilai.nilai_capaian = nilai.penghitungan / aspek;
    return nilai;
}

int nilai_tugas_tambahan(int jumlah) {
    if (jumlah <= 0) {
        return 0;
    }
    if (jumlah <= 3) {
        return 1;
    }
    if (jumlah <= 6) {
        return 2;
    }
    return 3;
}

NilaiSkp nilai_skp(const Skp& skp) {
    if (skp.tugas.empty()) {
        throw std::invalid_argument("SKP tanpa kegiatan tugas jabatan");
    }

    NilaiSkp nilai;
    nilai.kegiatan.reserve(skp.tugas.size());
    Rational jumlah;
    for (const KegiatanTugas& kegiatan : skp.tugas) {
        nilai.kegiatan.push_back(nilai_kegiatan(kegiatan));
        jumlah += nilai.kegiatan.back().nilai_capaian;
    }
    nilai.rata_rata = jumlah / static_cast<std::int64_t>(nilai.kegiatan.size());

    nilai.jumlah_tambahan = static_cast<int>(skp.tambahan.size());
    nilai.nilai_tambahan = nilai_tugas_tambahan(nilai.jumlah_tambahan);
    for (const Kreativitas& kreativitas : skp.kreativitas) {
        nilai.nilai_kreativitas += kreativitas.nilai;
    }
    nilai.nilai_capaian_skp = nilai.rata_rata + nilai.nilai_tambahan + nilai.nilai_kreativitas;
    return nilai;
}

NilaiPerilaku nilai_perilaku(const Perilaku& perilaku) {
    NilaiPerilaku nilai;
    nilai.aspek = {
        {"Orientasi Pelayanan", perilaku.orientasi_pelayanan},
        {"Integritas", perilaku.integritas},
        {"Komitmen", perilaku.komitmen},
        {"Disiplin", perilaku.disiplin},
        {"Kerja Sama", perilaku.kerja_sama},
    };
    if (perilaku.kepemimpinan) {
        nilai.aspek.push_back({"Kepemimpinan", *perilaku.kepemimpinan});
    }
    for (const AspekPerilaku& aspek : nilai.aspek) {
        nilai.jumlah += aspek.nilai;
    }
    nilai.rata_rata = nilai.jumlah / static_cast<std::int64_t>(nilai.aspek.size());
    return nilai;
}

NilaiPrestasi nilai_prestasi(const Skp& skp) {
    NilaiPrestasi nilai;
    nilai.skp = nilai_skp(skp);
    nilai.perilaku = nilai_perilaku(skp.perilaku);
    nilai.skp_tertimbang = Rational(60, 100) * nilai.skp.nilai_capaian_skp;
    nilai.perilaku_tertimbang = Rational(40, 100) * nilai.perilaku.rata_rata;
    nilai.nilai_prestasi = nilai.skp_tertimbang + nilai.perilaku_tertimbang;
    return nilai;
}

std::string sebutan(const Rational& value) {
    const std::int64_t perseratus = value.round_scaled(2);  // hundredths, rounded half up
    if (perseratus >= 9100) {
        return "Sangat Baik";
    }
    if (perseratus > 7500) {
        return "Baik";
    }
    if (perseratus > 6000) {
        return "Cukup";
    }
    if (perseratus > 5000) {
        return "Kurang";
    }
    return "Buruk";
}

}  // namespace kinerja
