// The distribusi page of the 2022 regime, made in code: the chart's bars (counts, shares and the
// bands the pola's single-predikat rules allow), the rule table, the pimpinan's signature, and
// the page without a capaian ("pola tidak diperiksa", no bands, no table).
#include "compose/distribusi.hpp"

#include <deque>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "compose/template.hpp"
#include "compose_test_support.hpp"

namespace kinerja::compose {
namespace distribusi_test {

using test::row_texts;
using test::texts;
using Lines = std::vector<std::string>;

AturanPola aturan(std::vector<Predikat> predikat, bool paling_banyak, int batas, bool persen = true) {
    AturanPola a;
    a.predikat = std::move(predikat);
    a.paling_banyak = paling_banyak;
    a.persen = persen;
    a.batas = batas;
    return a;
}

// A distribution filled by hand, its rules kept alive beside it.
struct Filled {
    std::deque<AturanPola> rules;
    Distribusi d;

    Filled(std::optional<CapaianOrganisasi> capaian, std::array<int, kPredikatCount> jumlah) {
        d.periode = PeriodeEvaluasi{JenisEvaluasi::bulanan, 2025, 3, 0};
        d.capaian = capaian;
        d.jumlah = jumlah;
        for (int j : jumlah) d.n += j;
    }
    // Adds a checked rule (its count and result as scoring would give them).
    void rule(AturanPola a) {
        rules.push_back(std::move(a));
        const AturanPola& r = rules.back();
        HasilAturan h;
        h.aturan = &r;
        for (Predikat p : r.predikat) h.jumlah += d.jumlah.at(static_cast<std::size_t>(p));
        const long lhs = r.persen ? h.jumlah * 100L : h.jumlah;
        const long rhs = r.persen ? static_cast<long>(r.batas) * d.n : r.batas;
        h.sesuai = r.paling_banyak ? lhs <= rhs : lhs >= rhs;
        d.aturan.push_back(h);
    }
};

// Pola Baik: Baik 10 of 12 breaks "Baik paling banyak 70%".
Filled pola_baik() {
    Filled f(CapaianOrganisasi::baik, {0, 1, 0, 10, 1});
    f.rule(aturan({Predikat::baik}, true, 70));
    f.rule(aturan({Predikat::butuh_perbaikan, Predikat::kurang_misconduct}, false, 1, false));
    return f;
}

const Instansi& instansi() {
    static const Instansi i = [] {
        Instansi x;
        x.nama = "KECAMATAN LAMPIHONG";
        x.tempat = "Lampihong";
        x.kertas = Kertas::f4;
        return x;
    }();
    return i;
}

const Pegawai& camat() {
    static const Pegawai p = [] {
        Pegawai x;
        x.nip = test::nip("196906272001121003");
        x.nama = "Hammad Arsyad";
        x.gelar_depan = "H.";
        x.gelar_belakang = "SP";
        x.golongan = parse_golongan("IV/a").value();
        x.jabatan = "Camat Lampihong";
        return x;
    }();
    return p;
}

TEST(DistribusiChart, OneBarPerPredikatWorstFirstWithCountAndShare) {
    const Filled f = pola_baik();
    const doc::BarChart chart = distribusi_chart(f.d);
    ASSERT_EQ(chart.bars.size(), 5u);
    Lines names, values;
    for (const doc::ChartBar& b : chart.bars) {
        names.push_back(b.name);
        values.push_back(b.value);
    }
    EXPECT_EQ(names, (Lines{"Sangat Kurang", "Kurang/Misconduct", "Butuh Perbaikan", "Baik", "Sangat Baik"}));
    EXPECT_EQ(values, (Lines{"0 (0,00%)", "1 (8,33%)", "0 (0,00%)", "10 (83,33%)", "1 (8,33%)"}));
    EXPECT_DOUBLE_EQ(chart.bars.at(3).share, 10.0 / 12);
    EXPECT_DOUBLE_EQ(chart.bars.at(0).share, 0);
}

TEST(DistribusiChart, BandsFromTheSinglePredikatRulesOnly) {
    const Filled f = pola_baik();
    const doc::BarChart chart = distribusi_chart(f.d);
    const doc::ChartBar& baik = chart.bars.at(3);
    EXPECT_TRUE(baik.band);
    EXPECT_DOUBLE_EQ(baik.band_low, 0);
    EXPECT_DOUBLE_EQ(baik.band_high, 0.7);
    EXPECT_EQ(baik.note, "paling banyak 70%");
    // The summed rule (Butuh Perbaikan + Kurang/Misconduct) bounds no single bar.
    for (std::size_t i : {0u, 1u, 2u, 4u}) {
        EXPECT_TRUE(chart.bars.at(i).band);
        EXPECT_DOUBLE_EQ(chart.bars.at(i).band_low, 0);
        EXPECT_DOUBLE_EQ(chart.bars.at(i).band_high, 1);
        EXPECT_EQ(chart.bars.at(i).note, "");
    }
}

TEST(DistribusiChart, AtLeastRaisesTheBandsFloorAndACountIsAShareOfN) {
    Filled f(CapaianOrganisasi::sangat_kurang, {6, 1, 1, 2, 0});
    f.rule(aturan({Predikat::sangat_kurang}, false, 60));
    f.rule(aturan({Predikat::kurang_misconduct, Predikat::butuh_perbaikan}, false, 10));
    f.rule(aturan({Predikat::sangat_baik}, true, 0));
    f.rule(aturan({Predikat::baik}, false, 1, false));  // not shipped: a count, 1 of 10
    const doc::BarChart chart = distribusi_chart(f.d);
    EXPECT_DOUBLE_EQ(chart.bars.at(0).band_low, 0.6);
    EXPECT_DOUBLE_EQ(chart.bars.at(0).band_high, 1);
    EXPECT_EQ(chart.bars.at(0).note, "paling sedikit 60%");
    EXPECT_DOUBLE_EQ(chart.bars.at(4).band_low, 0);
    EXPECT_DOUBLE_EQ(chart.bars.at(4).band_high, 0);  // Sangat Baik = 0: nothing allowed
    EXPECT_DOUBLE_EQ(chart.bars.at(3).band_low, 0.1);
    EXPECT_EQ(chart.bars.at(3).note, "paling sedikit 1 pegawai");
}

TEST(DistribusiChart, WithoutCapaianNoBands) {
    const Filled f(std::nullopt, {0, 0, 2, 5, 1});
    for (const doc::ChartBar& b : distribusi_chart(f.d).bars) {
        EXPECT_FALSE(b.band) << b.name;
        EXPECT_EQ(b.note, "");
    }
}

TEST(DistribusiChart, NobodyRatedGivesEmptyBars) {
    const Filled f(CapaianOrganisasi::istimewa, {0, 0, 0, 0, 0});
    for (const doc::ChartBar& b : distribusi_chart(f.d).bars) {
        EXPECT_EQ(b.value, "0 (0,00%)");
        EXPECT_DOUBLE_EQ(b.share, 0);
    }
}

TEST(DistribusiPage, HeadingChartRuleTableAndThePimpinansSignature) {
    const Filled f = pola_baik();
    const doc::Document d = distribusi_document(DistribusiInput{instansi(), f.d, &camat(), Date{2025, 3, 31}});
    EXPECT_EQ(d.page.width, page_setup(Kertas::f4, false).width);
    EXPECT_EQ(d.page.height, page_setup(Kertas::f4, false).height);
    EXPECT_EQ(d.title, "Distribusi Predikat Kinerja Pegawai Maret 2025");
    const Lines all = texts(d.body);
    ASSERT_GE(all.size(), 5u);
    EXPECT_EQ(all.at(0), "DISTRIBUSI PREDIKAT KINERJA PEGAWAI");
    EXPECT_EQ(all.at(1), "KECAMATAN LAMPIHONG");
    EXPECT_EQ(all.at(2), "PERIODE: MARET 2025");
    EXPECT_EQ(all.at(3), "CAPAIAN KINERJA ORGANISASI: BAIK");
    EXPECT_EQ(all.at(4), "JUMLAH PEGAWAI YANG DINILAI (N): 12 pegawai, tanpa pimpinan");

    int charts = 0;
    for (const doc::Block& b : d.body) charts += std::holds_alternative<doc::BarChart>(b.v) ? 1 : 0;
    EXPECT_EQ(charts, 1);

    const std::vector<const doc::Table*> tables = test::tables(d);
    ASSERT_EQ(tables.size(), 2u);
    EXPECT_EQ(row_texts(*tables.at(0)),
              (Lines{"ATURAN / JUMLAH / SESUAI/TIDAK SESUAI",
                     "Baik paling banyak 70% / 10 dari 12 (83,33%) / TIDAK SESUAI",
                     "Butuh Perbaikan + Kurang/Misconduct paling sedikit 1 pegawai / 1 dari 12 (8,33%) / SESUAI"}));
    EXPECT_NE(std::find(all.begin(), all.end(), "Distribusi tidak sesuai pola: 1 aturan tidak terpenuhi."), all.end());
    EXPECT_EQ(row_texts(*tables.at(1)), (Lines{
                                            " / Lampihong, 31 Maret 2025",
                                            " / Camat Lampihong,",
                                            " / ",
                                            " / H. Hammad Arsyad, SP",
                                            " / Pembina, IV/a",
                                            " / NIP. 19690627 200112 1 003",
                                        }));
    const auto* keep = std::get_if<doc::KeepTogether>(&d.body.back().v);
    ASSERT_NE(keep, nullptr);
    EXPECT_TRUE(keep->with_previous);
}

TEST(DistribusiPage, WithoutCapaianOnlyTheBarsAndPolaTidakDiperiksa) {
    const Filled f(std::nullopt, {0, 0, 2, 5, 1});
    const doc::Document d = distribusi_document(DistribusiInput{instansi(), f.d, &camat(), Date{2025, 3, 31}});
    const Lines all = texts(d.body);
    EXPECT_EQ(all.at(3), "CAPAIAN KINERJA ORGANISASI: BELUM DITETAPKAN");
    EXPECT_NE(std::find(all.begin(), all.end(), "Pola tidak diperiksa: capaian kinerja organisasi belum ditetapkan."),
              all.end());
    EXPECT_EQ(test::tables(d).size(), 1u);  // only the signature's
    for (const std::string& text : all) EXPECT_EQ(text.find("ATURAN"), std::string::npos);
}

TEST(DistribusiPage, ScannedSignatureOnlyWhenTheOfficePrintsScans) {
    const Filled f = pola_baik();
    Signatures scans;
    scans.emplace("196906272001121003", doc::ImageData{"png", 600, 240});
    Instansi with = instansi();
    const doc::Document none = distribusi_document(DistribusiInput{with, f.d, &camat(), Date{2025, 3, 31}, &scans});
    EXPECT_TRUE(none.images.empty());
    with.tanda_tangan_pindaian = true;
    const doc::Document scanned = distribusi_document(DistribusiInput{with, f.d, &camat(), Date{2025, 3, 31}, &scans});
    ASSERT_EQ(scanned.images.size(), 1u);
    EXPECT_EQ(scanned.images.at(0).first, "ttd-196906272001121003");
}

TEST(DistribusiPage, WithoutPimpinanDottedLinesToFillIn) {
    const Filled f = pola_baik();
    const doc::Document d = distribusi_document(DistribusiInput{instansi(), f.d, nullptr, Date{2025, 3, 31}});
    const Lines rows = row_texts(*test::tables(d).back());
    EXPECT_EQ(rows.at(1), " / ..............................................,");
    EXPECT_EQ(rows.back(), " / NIP. ..............................................");
}

}  // namespace
}  // namespace kinerja::compose
