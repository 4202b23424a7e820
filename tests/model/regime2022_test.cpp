// The names, keys and periods of the 2022 regime (model/regime2022.hpp).
#include "model/regime2022.hpp"

#include <gtest/gtest.h>

namespace kinerja {
namespace {

TEST(Rating, AcceptsTheSpellingsOfDesign82AndPrintsTheCanonicalForm) {
    for (const char* text : {"Di Atas Ekspektasi", "Diatas", "DI ATAS", "atas", "di-atas ekspektasi", "di_atas"}) {
        ASSERT_EQ(parse_rating(text), Rating::di_atas) << text;
    }
    for (const char* text : {"Di Bawah Ekspektasi", "di-bawah ekspektasi", "Dibawah", "bawah"}) {
        ASSERT_EQ(parse_rating(text), Rating::di_bawah) << text;
    }
    EXPECT_EQ(parse_rating("sesuai"), Rating::sesuai);
    EXPECT_EQ(parse_rating("  Sesuai   Ekspektasi "), Rating::sesuai);
    for (const char* text : {"", "ekspektasi", "baik", "di tengah", "sesuai harapan"}) {
        EXPECT_EQ(parse_rating(text), std::nullopt) << text;
    }
    EXPECT_EQ(rating_text(Rating::di_atas), "Di Atas Ekspektasi");
    EXPECT_EQ(rating_text(Rating::sesuai), "Sesuai Ekspektasi");
    EXPECT_EQ(rating_text(Rating::di_bawah), "Di Bawah Ekspektasi");
}

TEST(Predikat, NamesRoundTripAndKurangAloneIsKurangMisconduct) {
    for (std::size_t i = 0; i < kPredikatCount; ++i) {
        const auto p = static_cast<Predikat>(i);
        EXPECT_EQ(parse_predikat(predikat_text(p)), p) << predikat_text(p);
    }
    EXPECT_EQ(parse_predikat("kurang"), Predikat::kurang_misconduct);
    EXPECT_EQ(parse_predikat("Kurang / Misconduct"), Predikat::kurang_misconduct);
    EXPECT_EQ(parse_predikat("SANGAT  BAIK"), Predikat::sangat_baik);
    EXPECT_EQ(parse_predikat("Cukup"), std::nullopt);
    EXPECT_EQ(predikat_text(Predikat::kurang_misconduct), "Kurang/Misconduct");
}

TEST(Capaian, CukupIsButuhPerbaikan) {
    EXPECT_EQ(parse_capaian("Cukup"), CapaianOrganisasi::butuh_perbaikan);
    EXPECT_EQ(parse_capaian("butuh  perbaikan"), CapaianOrganisasi::butuh_perbaikan);
    EXPECT_EQ(parse_capaian("Istimewa"), CapaianOrganisasi::istimewa);
    EXPECT_EQ(parse_capaian("Sangat Baik"), std::nullopt);
    EXPECT_EQ(capaian_text(CapaianOrganisasi::sangat_kurang), "Sangat Kurang");
}

TEST(NilaiDasar, CodesWithDashOrUnderscoreAndPrintedNames) {
    EXPECT_EQ(parse_nilai_dasar("berorientasi_pelayanan"), NilaiDasar::berorientasi_pelayanan);
    EXPECT_EQ(parse_nilai_dasar("berorientasi-pelayanan"), NilaiDasar::berorientasi_pelayanan);
    EXPECT_EQ(parse_nilai_dasar("Berorientasi Pelayanan"), NilaiDasar::berorientasi_pelayanan);
    EXPECT_EQ(parse_nilai_dasar("KOLABORATIF"), NilaiDasar::kolaboratif);
    EXPECT_EQ(parse_nilai_dasar("jujur"), std::nullopt);
    EXPECT_EQ(nilai_dasar_nama(NilaiDasar::adaptif), "Adaptif");
    EXPECT_EQ(nilai_dasar_kode(NilaiDasar::harmonis), "harmonis");
}

TEST(JenisEvaluasi, EmptyIsBulanan) {
    EXPECT_EQ(parse_jenis_evaluasi(""), JenisEvaluasi::bulanan);
    EXPECT_EQ(parse_jenis_evaluasi("Triwulanan"), JenisEvaluasi::triwulanan);
    EXPECT_EQ(parse_jenis_evaluasi("tahunan"), JenisEvaluasi::tahunan);
    EXPECT_EQ(parse_jenis_evaluasi("semester"), std::nullopt);
}

TEST(PeriodeEvaluasi, TriwulanOnlyAtQuarterEndsAndTahunanOnlyInDecember) {
    for (int m = 1; m <= 12; ++m) {
        const Period month{2025, m};
        EXPECT_TRUE(periode_evaluasi(JenisEvaluasi::bulanan, month));
        EXPECT_EQ(periode_evaluasi(JenisEvaluasi::triwulanan, month).has_value(), m % 3 == 0) << m;
        EXPECT_EQ(periode_evaluasi(JenisEvaluasi::tahunan, month).has_value(), m == 12) << m;
    }
}

TEST(PeriodeEvaluasi, DatesSuffixesKeysAndNamesOfDesign81) {
    const auto bulan = *periode_evaluasi(JenisEvaluasi::bulanan, Period{2025, 3});
    EXPECT_EQ(bulan.first_day(), (Date{2025, 3, 1}));
    EXPECT_EQ(bulan.last_day(), (Date{2025, 3, 31}));
    EXPECT_EQ(bulan.suffix(), "");
    EXPECT_EQ(bulan.key(), "2025-03");
    EXPECT_EQ(bulan.nama(), "Maret 2025");

    const auto tw = *periode_evaluasi(JenisEvaluasi::triwulanan, Period{2025, 3});
    EXPECT_EQ(tw.first_day(), (Date{2025, 1, 1}));
    EXPECT_EQ(tw.last_day(), (Date{2025, 3, 31}));
    EXPECT_EQ(tw.suffix(), "-tw1");
    EXPECT_EQ(tw.key(), "2025-TW1");
    EXPECT_EQ(tw.nama(), "Triwulan I 2025");
    EXPECT_EQ(periode_evaluasi(JenisEvaluasi::triwulanan, Period{2025, 12})->nama(), "Triwulan IV 2025");

    const auto akhir = *periode_evaluasi(JenisEvaluasi::tahunan, Period{2024, 12});
    EXPECT_EQ(akhir.first_day(), (Date{2024, 1, 1}));
    EXPECT_EQ(akhir.last_day(), (Date{2024, 12, 31}));
    EXPECT_EQ(akhir.suffix(), "-akhir");
    EXPECT_EQ(akhir.key(), "2024");
    EXPECT_EQ(akhir.nama(), "Akhir Tahun 2024");
}

TEST(PeriodeEvaluasi, KeysParseBackAndMalformedOnesDoNot) {
    for (const char* key : {"2025-03", "2025-TW1", "2025-TW4", "2025"}) {
        const auto p = parse_periode_evaluasi(key);
        ASSERT_TRUE(p) << key;
        EXPECT_EQ(p->key(), key);
    }
    EXPECT_EQ(parse_periode_evaluasi("2025-tw2")->key(), "2025-TW2");
    for (const char* key : {"", "2025-13", "2025-TW5", "2025-TW", "25-03", "2025-3", "Maret 2025", "2025-03-01"}) {
        EXPECT_EQ(parse_periode_evaluasi(key), std::nullopt) << key;
    }
}

TEST(RegimeSetting, PeriodsBeforeMulaiStayUnderPp46) {
    RegimeSetting r;
    r.regulasi = Regulasi::permenpanrb_6_2022;
    r.mulai = Period{2025, 1};
    EXPECT_EQ(r.for_period(Period{2024, 12}), Regulasi::pp46_2011);
    EXPECT_EQ(r.for_period(Period{2025, 1}), Regulasi::permenpanrb_6_2022);
    r.mulai.reset();
    EXPECT_EQ(r.for_period(Period{2020, 1}), Regulasi::permenpanrb_6_2022);
    EXPECT_EQ(parse_regulasi("permenpanrb-6-2022"), Regulasi::permenpanrb_6_2022);
    EXPECT_EQ(parse_regulasi("PP46-2011"), Regulasi::pp46_2011);
    EXPECT_EQ(parse_regulasi("permenpanrb-1-2023"), std::nullopt);
}

TEST(RegimeSetting, CapaianIsFoundByItsPeriod) {
    RegimeSetting r;
    r.capaian.push_back({{}, *parse_periode_evaluasi("2025-TW1"), CapaianOrganisasi::istimewa});
    r.capaian.push_back({{}, *parse_periode_evaluasi("2025-03"), CapaianOrganisasi::baik});
    EXPECT_EQ(r.capaian_for(*parse_periode_evaluasi("2025-03"))->nilai, CapaianOrganisasi::baik);
    EXPECT_EQ(r.capaian_for(*parse_periode_evaluasi("2025-TW1"))->nilai, CapaianOrganisasi::istimewa);
    EXPECT_EQ(r.capaian_for(*parse_periode_evaluasi("2025-02")), nullptr);
}

}  // namespace
}  // namespace kinerja
