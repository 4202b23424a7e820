#include "scoring/scoring.hpp"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

namespace kinerja {
namespace {

// A decimal written as the office writes it, e.g. dec(912, 2) == 9,12.
Rational dec(std::int64_t scaled, int places) {
    std::int64_t den = 1;
    for (int i = 0; i < places; ++i) {
        den *= 10;
    }
    return Rational(scaled, den);
}

Capaian capaian(Rational kuantitas, Rational kualitas, Rational waktu,
                std::optional<Rational> biaya = std::nullopt) {
    return Capaian{kuantitas, kualitas, waktu, biaya};
}

KegiatanTugas kegiatan(Capaian target, Capaian realisasi) {
    KegiatanTugas k;
    k.uraian = "Menyusun rencana kinerja tahunan kecamatan";
    k.satuan = "dokumen";
    k.target = target;
    k.realisasi = realisasi;
    return k;
}

// Target 1 dokumen, kualitas 100, `target_waktu` months; realisasi on quantity and quality,
// `realisasi_waktu` months: only the waktu aspect varies.
KegiatanTugas kegiatan_waktu(Rational target_waktu, Rational realisasi_waktu) {
    return kegiatan(capaian(1, 100, target_waktu), capaian(1, 100, realisasi_waktu));
}

Perilaku perilaku(std::optional<Rational> kepemimpinan = std::nullopt) {
    Perilaku p;
    p.orientasi_pelayanan = 80;
    p.integritas = 82;
    p.komitmen = 80;
    p.disiplin = 85;
    p.kerja_sama = 80;
    p.kepemimpinan = kepemimpinan;
    return p;
}

Skp skp_with(std::vector<KegiatanTugas> tugas, int tambahan = 0,
             std::vector<Rational> kreativitas = {}) {
    Skp skp;
    skp.nip = Nip{"196906272001121003"};
    skp.tugas = std::move(tugas);
    for (int i = 0; i < tambahan; ++i) {
        skp.tambahan.push_back(TugasTambahan{{}, "Panitia MTQ " + std::to_string(i + 1)});
    }
    for (const Rational& nilai : kreativitas) {
        skp.kreativitas.push_back(Kreativitas{{}, "Inovasi layanan", nilai});
    }
    skp.perilaku = perilaku();
    return skp;
}

// --- nilai_kegiatan -------------------------------------------------------------------------

TEST(NilaiKegiatan, PublishedCheckWithBiaya) {
    // Perka BKN 1/2013: T (1, 100, 12 bulan, Rp170.395.000), R (1, 90, 12 bulan, Rp170.395.000).
    const NilaiKegiatan n = nilai_kegiatan(kegiatan(capaian(1, 100, 12, Rational(170395000)),
                                                    capaian(1, 90, 12, Rational(170395000))));
    EXPECT_TRUE(n.dilaksanakan);
    EXPECT_EQ(n.kuantitas, Rational(100));
    EXPECT_EQ(n.kualitas, Rational(90));
    EXPECT_EQ(n.waktu, Rational(76));
    ASSERT_TRUE(n.biaya.has_value());
    EXPECT_EQ(*n.biaya, Rational(76));
    EXPECT_EQ(n.penghitungan, Rational(342));
    EXPECT_EQ(n.nilai_capaian, Rational(171, 2));
    EXPECT_EQ(format_id(n.nilai_capaian, 2), "85,50");
}

TEST(NilaiKegiatan, WithoutBiayaDividesByThree) {
    const NilaiKegiatan n = nilai_kegiatan(kegiatan(capaian(1, 100, 12), capaian(1, 90, 12)));
    EXPECT_FALSE(n.biaya.has_value());
    EXPECT_EQ(n.penghitungan, Rational(266));
    EXPECT_EQ(n.nilai_capaian, Rational(266, 3));  // exact, not 88,67
}

TEST(NilaiKegiatan, KuantitasAndKualitasAreExactRatios) {
    const NilaiKegiatan n = nilai_kegiatan(kegiatan(capaian(3, 100, 12), capaian(1, dec(855, 1), 12)));
    EXPECT_EQ(n.kuantitas, Rational(100, 3));
    EXPECT_EQ(n.kualitas, Rational(171, 2));
    // Above target is not capped.
    const NilaiKegiatan lebih = nilai_kegiatan(kegiatan(capaian(4, 80, 12), capaian(5, 90, 12)));
    EXPECT_EQ(lebih.kuantitas, Rational(125));
    EXPECT_EQ(lebih.kualitas, Rational(225, 2));
}

TEST(NilaiKegiatan, WaktuFourOfFiveMonths) {
    EXPECT_EQ(nilai_kegiatan(kegiatan_waktu(5, 4)).waktu, Rational(96));
}

TEST(NilaiKegiatan, WaktuOnTargetIsSeventySix) {
    const NilaiKegiatan n = nilai_kegiatan(kegiatan_waktu(12, 12));
    EXPECT_EQ(n.waktu, Rational(76));
    EXPECT_EQ(n.nilai_capaian, Rational(92));  // (100 + 100 + 76) / 3
}

TEST(NilaiKegiatan, WaktuEfisiensiExactlyTwentyFourTakesTheFirstBranch) {
    // 9,12 of 12 months: E = 100 − 76 = 24 exactly, so ((1,76 × 12 − 9,12) / 12) × 100 = 100.
    EXPECT_EQ(nilai_kegiatan(kegiatan_waktu(12, dec(912, 2))).waktu, Rational(100));
}

TEST(NilaiKegiatan, WaktuEfisiensiAboveTwentyFourTakesTheSecondBranch) {
    // 9 of 12 months: E = 25, so 76 − (101 − 100) = 75.
    EXPECT_EQ(nilai_kegiatan(kegiatan_waktu(12, 9)).waktu, Rational(75));
    // 9,11 of 12: E just above 24; the second branch gives 76 − ((1,76×12 − 9,11)/12×100 − 100).
    EXPECT_EQ(nilai_kegiatan(kegiatan_waktu(12, dec(911, 2))).waktu, Rational(911, 12));
}

TEST(NilaiKegiatan, WaktuLate) {
    // 14 of 12 months: E = −16,67 ≤ 24, ((21,12 − 14) / 12) × 100 = 712/12 = 59,33…
    const NilaiKegiatan n = nilai_kegiatan(kegiatan_waktu(12, 14));
    EXPECT_EQ(n.waktu, Rational(178, 3));
    EXPECT_EQ(format_id(n.waktu, 2), "59,33");
    EXPECT_LT(n.waktu, Rational(76));
}

TEST(NilaiKegiatan, BiayaBelowTarget) {
    // Rp800.000 of Rp1.000.000: E = 20 ≤ 24 → 176 − 80 = 96.
    const NilaiKegiatan hemat = nilai_kegiatan(kegiatan(capaian(1, 100, 12, Rational(1000000)),
                                                        capaian(1, 100, 12, Rational(800000))));
    ASSERT_TRUE(hemat.biaya.has_value());
    EXPECT_EQ(*hemat.biaya, Rational(96));
    EXPECT_EQ(hemat.nilai_capaian, Rational(100 + 100 + 76 + 96, 4));

    // Rp500.000 of Rp1.000.000: E = 50 > 24 → 76 − (126 − 100) = 50.
    const NilaiKegiatan jauh = nilai_kegiatan(kegiatan(capaian(1, 100, 12, Rational(1000000)),
                                                       capaian(1, 100, 12, Rational(500000))));
    ASSERT_TRUE(jauh.biaya.has_value());
    EXPECT_EQ(*jauh.biaya, Rational(50));
}

TEST(NilaiKegiatan, NotCarriedOutScoresZeroOnEveryAspect) {
    const NilaiKegiatan n = nilai_kegiatan(kegiatan(capaian(2, 100, 12, Rational(5000000)),
                                                    capaian(0, 90, 12, Rational(1000000))));
    EXPECT_FALSE(n.dilaksanakan);
    EXPECT_EQ(n.kuantitas, Rational(0));
    EXPECT_EQ(n.kualitas, Rational(0));
    EXPECT_EQ(n.waktu, Rational(0));
    ASSERT_TRUE(n.biaya.has_value());
    EXPECT_EQ(*n.biaya, Rational(0));
    EXPECT_EQ(n.penghitungan, Rational(0));
    EXPECT_EQ(n.nilai_capaian, Rational(0));
}

TEST(NilaiKegiatan, ZeroTargetIsABug) {
    EXPECT_THROW(nilai_kegiatan(kegiatan(capaian(0, 100, 12), capaian(1, 100, 12))),
                 std::invalid_argument);
    EXPECT_THROW(nilai_kegiatan(kegiatan(capaian(1, 100, 0), capaian(1, 100, 12))),
                 std::invalid_argument);
    EXPECT_THROW(nilai_kegiatan(kegiatan(capaian(1, 100, 12, Rational(0)),
                                         capaian(1, 100, 12, Rational(0)))),
                 std::invalid_argument);
}

TEST(NilaiKegiatan, BiayaOnOneSideOnlyIsABug) {
    EXPECT_THROW(nilai_kegiatan(kegiatan(capaian(1, 100, 12, Rational(1000)), capaian(1, 100, 12))),
                 std::invalid_argument);
}

// --- nilai_skp ------------------------------------------------------------------------------

TEST(NilaiSkp, MeanOfKegiatanInOrder) {
    const NilaiSkp n = nilai_skp(skp_with({
        kegiatan(capaian(1, 100, 12, Rational(170395000)), capaian(1, 90, 12, Rational(170395000))),
        kegiatan_waktu(12, 12),
    }));
    ASSERT_EQ(n.kegiatan.size(), 2u);
    EXPECT_EQ(n.kegiatan.at(0).nilai_capaian, Rational(171, 2));
    EXPECT_EQ(n.kegiatan.at(1).nilai_capaian, Rational(92));
    EXPECT_EQ(n.rata_rata, Rational(171 + 184, 4));
    EXPECT_EQ(n.jumlah_tambahan, 0);
    EXPECT_EQ(n.nilai_tambahan, Rational(0));
    EXPECT_EQ(n.nilai_kreativitas, Rational(0));
    EXPECT_EQ(n.nilai_capaian_skp, n.rata_rata);
    EXPECT_EQ(format_id(n.nilai_capaian_skp, 2), "88,75");
}

TEST(NilaiSkp, NotCarriedOutKegiatanCountsInTheMean) {
    const NilaiSkp n = nilai_skp(skp_with({
        kegiatan_waktu(12, 12),                                  // 92
        kegiatan(capaian(5, 100, 12), capaian(0, 0, 0)),         // not done: 0
        kegiatan(capaian(1, 100, 12), capaian(1, 90, 12)),       // 266/3
    }));
    ASSERT_EQ(n.kegiatan.size(), 3u);
    EXPECT_FALSE(n.kegiatan.at(1).dilaksanakan);
    EXPECT_EQ(n.kegiatan.at(1).nilai_capaian, Rational(0));
    EXPECT_EQ(n.rata_rata, (Rational(92) + Rational(0) + Rational(266, 3)) / 3);
    EXPECT_EQ(n.rata_rata, Rational(542, 9));
}

TEST(NilaiSkp, TugasTambahanPoints) {
    const std::pair<int, int> cases[] = {{0, 0}, {1, 1}, {3, 1}, {4, 2}, {6, 2}, {7, 3}, {10, 3}};
    for (const auto& [jumlah, poin] : cases) {
        SCOPED_TRACE("tugas tambahan: " + std::to_string(jumlah));
        EXPECT_EQ(nilai_tugas_tambahan(jumlah), poin);
        const NilaiSkp n = nilai_skp(skp_with({kegiatan_waktu(12, 12)}, jumlah));
        EXPECT_EQ(n.jumlah_tambahan, jumlah);
        EXPECT_EQ(n.nilai_tambahan, Rational(poin));
        EXPECT_EQ(n.nilai_capaian_skp, Rational(92 + poin));
    }
}

TEST(NilaiSkp, KreativitasPointsAreAdded) {
    const NilaiSkp n = nilai_skp(skp_with({kegiatan_waktu(12, 12)}, 2, {3, dec(15, 1)}));
    EXPECT_EQ(n.nilai_kreativitas, Rational(9, 2));
    EXPECT_EQ(n.nilai_tambahan, Rational(1));
    EXPECT_EQ(n.nilai_capaian_skp, Rational(92) + 1 + Rational(9, 2));
    EXPECT_EQ(format_id(n.nilai_capaian_skp, 2), "97,50");
}

TEST(NilaiSkp, NoKegiatanIsABug) {
    EXPECT_THROW(nilai_skp(skp_with({})), std::invalid_argument);
}

// --- nilai_perilaku -------------------------------------------------------------------------

TEST(NilaiPerilaku, FiveAspectsWithoutKepemimpinan) {
    const NilaiPerilaku n = nilai_perilaku(perilaku());
    ASSERT_EQ(n.aspek.size(), 5u);
    EXPECT_EQ(n.aspek.at(0).label, "Orientasi Pelayanan");
    EXPECT_EQ(n.aspek.at(1).label, "Integritas");
    EXPECT_EQ(n.aspek.at(2).label, "Komitmen");
    EXPECT_EQ(n.aspek.at(3).label, "Disiplin");
    EXPECT_EQ(n.aspek.at(4).label, "Kerja Sama");
    EXPECT_EQ(n.aspek.at(1).nilai, Rational(82));
    EXPECT_EQ(n.aspek.at(3).nilai, Rational(85));
    EXPECT_EQ(n.jumlah, Rational(407));
    EXPECT_EQ(n.rata_rata, Rational(407, 5));
    EXPECT_EQ(format_id(n.rata_rata, 2), "81,40");
}

TEST(NilaiPerilaku, SixAspectsWithKepemimpinan) {
    const NilaiPerilaku n = nilai_perilaku(perilaku(Rational(78)));
    ASSERT_EQ(n.aspek.size(), 6u);
    EXPECT_EQ(n.aspek.at(5).label, "Kepemimpinan");
    EXPECT_EQ(n.aspek.at(5).nilai, Rational(78));
    EXPECT_EQ(n.jumlah, Rational(485));
    EXPECT_EQ(n.rata_rata, Rational(485, 6));
    EXPECT_EQ(format_id(n.rata_rata, 2), "80,83");
}

// --- nilai_prestasi -------------------------------------------------------------------------

TEST(NilaiPrestasi, SixtyFortyWeighting) {
    Skp skp = skp_with({kegiatan(capaian(1, 100, 12, Rational(170395000)),
                                 capaian(1, 90, 12, Rational(170395000)))});
    skp.perilaku = perilaku(Rational(78));
    const NilaiPrestasi n = nilai_prestasi(skp);
    EXPECT_EQ(n.skp.nilai_capaian_skp, Rational(171, 2));
    EXPECT_EQ(n.perilaku.rata_rata, Rational(485, 6));
    EXPECT_EQ(n.skp_tertimbang, Rational(513, 10));          // 85,5 × 60% = 51,3
    EXPECT_EQ(n.perilaku_tertimbang, Rational(97, 3));       // 80,833… × 40% = 32,333…
    EXPECT_EQ(n.nilai_prestasi, Rational(513, 10) + Rational(97, 3));
    EXPECT_EQ(n.nilai_prestasi, Rational(2509, 30));
    EXPECT_EQ(format_id(n.nilai_prestasi, 2), "83,63");
    EXPECT_EQ(sebutan(n.nilai_prestasi), "Baik");
}

// --- sebutan --------------------------------------------------------------------------------

TEST(Sebutan, Boundaries) {
    const std::pair<Rational, std::string> cases[] = {
        {Rational(100), "Sangat Baik"},
        {Rational(91), "Sangat Baik"},
        {dec(90995, 3), "Sangat Baik"},   // rounds to 91,00
        {dec(90994, 3), "Baik"},          // rounds to 90,99
        {dec(75005, 3), "Baik"},          // rounds to 75,01
        {dec(75004, 3), "Cukup"},         // rounds to 75,00, which is not > 75
        {Rational(75), "Cukup"},
        {dec(6001, 2), "Cukup"},
        {Rational(60), "Kurang"},
        {dec(60004, 3), "Kurang"},        // rounds to 60,00
        {dec(50005, 3), "Kurang"},        // rounds to 50,01
        {Rational(50), "Buruk"},
        {Rational(0), "Buruk"},
        {Rational(-5), "Buruk"},
    };
    for (const auto& [value, expected] : cases) {
        SCOPED_TRACE(format_id(value, 3));
        EXPECT_EQ(sebutan(value), expected);
    }
}

TEST(Sebutan, RepeatingFractionsRoundFromTheExactValue) {
    // 272/3 = 90,666… → 90,67: Baik; 1637/18 = 90,944… → 90,94: Baik; 8191/90 = 91,0111…: Sangat Baik.
    EXPECT_EQ(sebutan(Rational(272, 3)), "Baik");
    EXPECT_EQ(sebutan(Rational(1637, 18)), "Baik");
    EXPECT_EQ(sebutan(Rational(8191, 90)), "Sangat Baik");
    // 181991/2000 = 90,9955 → 91,00.
    EXPECT_EQ(sebutan(Rational(181991, 2000)), "Sangat Baik");
}

}  // namespace
}  // namespace kinerja
