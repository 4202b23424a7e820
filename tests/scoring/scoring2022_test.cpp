// The computation of the 2022 regime (scoring/scoring2022.hpp) by the SHIPPED
// templates/regulasi-2022.xml: every matrix cell, every pola rule on both sides of its bound,
// the pimpinan mapping, the angka kredit, the messages; and an edited rules file changes results.
#include <gtest/gtest.h>

#include <set>
#include <stdexcept>

#include "../regulasi_2022_text.hpp"
#include "model/build_regulasi2022.hpp"
#include "scoring/scoring2022.hpp"

namespace kinerja {
namespace {

using P = Predikat;
using C = CapaianOrganisasi;

Regulasi2022 rules_from(const std::string& text) {
    Diagnostics diags;
    std::optional<RegulasiRecord> record = read_regulasi_xml(text, test::kRegulasiFile, diags);
    std::optional<Regulasi2022> rules = record ? build_regulasi2022(*record, diags) : std::nullopt;
    if (!rules || !diags.empty()) throw std::runtime_error("rules file refused: " + diags.sorted().front().str());
    return *rules;
}

const Regulasi2022& shipped() {
    static const Regulasi2022 rules = rules_from(test::shipped_regulasi_text());
    return rules;
}

const PeriodeEvaluasi kMaret2025{JenisEvaluasi::bulanan, 2025, 3, 0};

// A distinct NIP for each i in 0..999999.
Nip nip_of(int i) {
    const std::string number = std::to_string(i);
    return Nip{"198001012005" + std::string(6 - number.size(), '0') + number};
}
const Nip kPimpinan = nip_of(999999);

// Employees with the given predikat counts (by Predikat, worst first), rated in one period.
struct Office {
    std::vector<Pegawai> pegawai;
    std::vector<HasilEvaluasi> hasil;

    explicit Office(const std::array<int, kPredikatCount>& counts) {
        int total = 0;
        for (int c : counts) total += c;
        pegawai.reserve(static_cast<std::size_t>(total) + 1);
        for (std::size_t p = 0; p < kPredikatCount; ++p) {
            for (int i = 0; i < counts.at(p); ++i) add(nip_of(static_cast<int>(pegawai.size())), static_cast<Predikat>(p));
        }
    }
    void add(const Nip& nip, Predikat predikat) {
        Pegawai& p = pegawai.emplace_back();
        p.nip = nip;
        HasilEvaluasi h;
        h.pegawai = &p;
        h.predikat = predikat;
        hasil.push_back(h);
    }
    Distribusi periksa(std::optional<C> capaian) const {
        return periksa_distribusi(shipped(), kMaret2025, capaian, hasil, kPimpinan);
    }
};

// ---- the matrix ----

struct Cell {
    const char* name;
    Rating hasil_kerja, perilaku;
    Predikat predikat;
};
const Cell kCells[] = {
    {"atas/bawah", Rating::di_atas, Rating::di_bawah, P::kurang_misconduct},
    {"atas/sesuai", Rating::di_atas, Rating::sesuai, P::baik},
    {"atas/atas", Rating::di_atas, Rating::di_atas, P::sangat_baik},
    {"sesuai/bawah", Rating::sesuai, Rating::di_bawah, P::kurang_misconduct},
    {"sesuai/sesuai", Rating::sesuai, Rating::sesuai, P::baik},
    {"sesuai/atas", Rating::sesuai, Rating::di_atas, P::baik},
    {"bawah/bawah", Rating::di_bawah, Rating::di_bawah, P::sangat_kurang},
    {"bawah/sesuai", Rating::di_bawah, Rating::sesuai, P::butuh_perbaikan},
    {"bawah/atas", Rating::di_bawah, Rating::di_atas, P::butuh_perbaikan},
};

TEST(Scoring2022, EveryMatrixCellOfTheShippedRules) {
    for (const Cell& cell : kCells) {
        EXPECT_EQ(predikat_text(predikat_kinerja(shipped(), cell.hasil_kerja, cell.perilaku)),
                  predikat_text(cell.predikat))
            << "hasil kerja/perilaku " << cell.name;
    }
}

TEST(Scoring2022, EveryPimpinanMapping) {
    EXPECT_EQ(rating_pimpinan(shipped(), C::istimewa), Rating::di_atas);
    EXPECT_EQ(rating_pimpinan(shipped(), C::baik), Rating::sesuai);
    EXPECT_EQ(rating_pimpinan(shipped(), C::butuh_perbaikan), Rating::di_bawah);
    EXPECT_EQ(rating_pimpinan(shipped(), C::kurang), Rating::di_bawah);
    EXPECT_EQ(rating_pimpinan(shipped(), C::sangat_kurang), Rating::di_bawah);
}

TEST(Scoring2022, AngkaKreditOnlyForFungsional) {
    const std::pair<Predikat, int> expected[] = {
        {P::sangat_baik, 150}, {P::baik, 100}, {P::butuh_perbaikan, 75}, {P::kurang_misconduct, 50}, {P::sangat_kurang, 25}};
    for (const auto& [predikat, persen] : expected) {
        EXPECT_EQ(persen_angka_kredit(shipped(), predikat, JenisJabatan::fungsional), persen) << predikat_text(predikat);
        EXPECT_EQ(persen_angka_kredit(shipped(), predikat, JenisJabatan::struktural), std::nullopt);
        EXPECT_EQ(persen_angka_kredit(shipped(), predikat, JenisJabatan::pelaksana), std::nullopt);
    }
}

TEST(Scoring2022, HasilEvaluasiOfAnEmployeeAndOfThePimpinan) {
    Pegawai guru;
    guru.nip = nip_of(1);
    guru.jenis_jabatan = JenisJabatan::fungsional;
    Evaluasi e;
    e.nip = guru.nip;
    e.periode = kMaret2025;
    e.rating_hasil_kerja = Rating::di_atas;
    e.rating_perilaku = Rating::di_atas;
    HasilEvaluasi h = hasil_evaluasi(shipped(), e, guru, C::kurang);  // a given rating is kept
    EXPECT_EQ(h.evaluasi, &e);
    EXPECT_EQ(h.pegawai, &guru);
    EXPECT_EQ(h.rating_hasil_kerja, Rating::di_atas);
    EXPECT_FALSE(h.rating_dari_capaian);
    EXPECT_EQ(h.predikat, P::sangat_baik);
    EXPECT_EQ(h.persen_angka_kredit, 150);

    Pegawai camat;
    camat.nip = kPimpinan;
    camat.jenis_jabatan = JenisJabatan::struktural;
    Evaluasi pe;
    pe.nip = camat.nip;
    pe.rating_perilaku = Rating::sesuai;
    h = hasil_evaluasi(shipped(), pe, camat, C::istimewa);
    EXPECT_EQ(h.rating_hasil_kerja, Rating::di_atas);
    EXPECT_TRUE(h.rating_dari_capaian);
    EXPECT_EQ(h.predikat, P::baik);
    EXPECT_EQ(h.persen_angka_kredit, std::nullopt);
    h = hasil_evaluasi(shipped(), pe, camat, C::butuh_perbaikan);
    EXPECT_EQ(h.predikat, P::butuh_perbaikan);
    EXPECT_THROW(hasil_evaluasi(shipped(), pe, camat, std::nullopt), std::invalid_argument);
}

// ---- the pola: each rule at its bound and one past it ----

struct RuleCase {
    const char* name;
    C capaian;
    std::size_t rule;                          // index in the pola, file order
    std::array<int, kPredikatCount> counts;    // SK, K/M, BP, B, SB
    bool sesuai;
};
const RuleCase kRuleCases[] = {
    // Istimewa: Sangat Baik <= 70%
    {"Istimewa SB 7/10", C::istimewa, 0, {0, 0, 0, 3, 7}, true},
    {"Istimewa SB 8/10", C::istimewa, 0, {0, 0, 0, 2, 8}, false},
    {"Istimewa SB 2/3", C::istimewa, 0, {0, 0, 0, 1, 2}, true},
    {"Istimewa SB 3/3", C::istimewa, 0, {0, 0, 0, 0, 3}, false},
    {"Istimewa SB 7000/10001", C::istimewa, 0, {0, 0, 0, 3001, 7000}, true},
    {"Istimewa SB 7001/10001 (prints 70,00%)", C::istimewa, 0, {0, 0, 0, 3000, 7001}, false},
    // Baik: Baik <= 70%
    {"Baik B 7/10", C::baik, 0, {0, 0, 1, 7, 2}, true},
    {"Baik B 8/10", C::baik, 0, {0, 0, 1, 8, 1}, false},
    {"Baik B 2/3", C::baik, 0, {0, 0, 1, 2, 0}, true},
    {"Baik B 3/3", C::baik, 0, {0, 0, 0, 3, 0}, false},
    // Baik: Butuh Perbaikan + Kurang/Misconduct >= 1
    {"Baik BP+K 1 (BP)", C::baik, 1, {0, 0, 1, 7, 2}, true},
    {"Baik BP+K 1 (K)", C::baik, 1, {0, 1, 0, 7, 2}, true},
    {"Baik BP+K 0", C::baik, 1, {1, 0, 0, 7, 2}, false},
    // Butuh Perbaikan: Butuh Perbaikan >= 60%
    {"BP BP 6/10", C::butuh_perbaikan, 0, {0, 0, 6, 4, 0}, true},
    {"BP BP 5/10", C::butuh_perbaikan, 0, {0, 0, 5, 5, 0}, false},
    {"BP BP 2/3", C::butuh_perbaikan, 0, {0, 0, 2, 1, 0}, true},
    {"BP BP 1/3", C::butuh_perbaikan, 0, {0, 0, 1, 2, 0}, false},
    // Butuh Perbaikan: Sangat Baik <= 10%
    {"BP SB 1/10", C::butuh_perbaikan, 1, {0, 0, 6, 3, 1}, true},
    {"BP SB 2/10", C::butuh_perbaikan, 1, {0, 0, 6, 2, 2}, false},
    {"BP SB 0/3", C::butuh_perbaikan, 1, {0, 0, 2, 1, 0}, true},
    {"BP SB 1/3", C::butuh_perbaikan, 1, {0, 0, 2, 0, 1}, false},
    // Kurang: Kurang/Misconduct >= 60%
    {"Kurang K 6/10", C::kurang, 0, {0, 6, 1, 3, 0}, true},
    {"Kurang K 5/10", C::kurang, 0, {0, 5, 1, 4, 0}, false},
    {"Kurang K 2/3", C::kurang, 0, {0, 2, 1, 0, 0}, true},
    {"Kurang K 1/3", C::kurang, 0, {0, 1, 1, 1, 0}, false},
    // Kurang: Butuh Perbaikan >= 10%
    {"Kurang BP 1/10", C::kurang, 1, {0, 6, 1, 3, 0}, true},
    {"Kurang BP 0/10", C::kurang, 1, {0, 6, 0, 4, 0}, false},
    {"Kurang BP 1/3", C::kurang, 1, {0, 2, 1, 0, 0}, true},
    {"Kurang BP 0/3", C::kurang, 1, {1, 2, 0, 0, 0}, false},
    // Kurang: Sangat Baik <= 10%
    {"Kurang SB 1/10", C::kurang, 2, {0, 6, 1, 2, 1}, true},
    {"Kurang SB 2/10", C::kurang, 2, {0, 6, 1, 1, 2}, false},
    {"Kurang SB 1/11", C::kurang, 2, {0, 7, 1, 2, 1}, true},
    {"Kurang SB 1/9", C::kurang, 2, {0, 6, 1, 1, 1}, false},
    // Sangat Kurang: Sangat Kurang >= 60%
    {"SK SK 6/10", C::sangat_kurang, 0, {6, 1, 0, 3, 0}, true},
    {"SK SK 5/10", C::sangat_kurang, 0, {5, 1, 0, 4, 0}, false},
    {"SK SK 2/3", C::sangat_kurang, 0, {2, 1, 0, 0, 0}, true},
    {"SK SK 1/3", C::sangat_kurang, 0, {1, 1, 0, 1, 0}, false},
    // Sangat Kurang: Kurang/Misconduct + Butuh Perbaikan >= 10%
    {"SK K+BP 1/10 (K)", C::sangat_kurang, 1, {6, 1, 0, 3, 0}, true},
    {"SK K+BP 1/10 (BP)", C::sangat_kurang, 1, {6, 0, 1, 3, 0}, true},
    {"SK K+BP 0/10", C::sangat_kurang, 1, {6, 0, 0, 4, 0}, false},
    {"SK K+BP 1/3", C::sangat_kurang, 1, {2, 0, 1, 0, 0}, true},
    {"SK K+BP 0/3", C::sangat_kurang, 1, {3, 0, 0, 0, 0}, false},
    // Sangat Kurang: Sangat Baik = 0
    {"SK SB 0", C::sangat_kurang, 2, {6, 1, 0, 3, 0}, true},
    {"SK SB 1", C::sangat_kurang, 2, {6, 1, 0, 2, 1}, false},
};

TEST(Scoring2022, EveryPolaRuleOnBothSidesOfItsBound) {
    for (const RuleCase& c : kRuleCases) {
        const Office office(c.counts);
        const Distribusi d = office.periksa(c.capaian);
        ASSERT_LT(c.rule, d.aturan.size()) << c.name;
        EXPECT_EQ(d.aturan[c.rule].sesuai, c.sesuai) << c.name;
        EXPECT_EQ(d.aturan[c.rule].aturan, &shipped().pola.at(static_cast<std::size_t>(c.capaian)).aturan.at(c.rule))
            << c.name;
    }
}

TEST(Scoring2022, EveryShippedRuleIsCovered) {
    std::set<std::pair<C, std::size_t>> covered;
    for (const RuleCase& c : kRuleCases) covered.emplace(c.capaian, c.rule);
    std::size_t rules = 0;
    for (const Pola& pola : shipped().pola) {
        rules += pola.aturan.size();
        for (std::size_t i = 0; i < pola.aturan.size(); ++i) {
            EXPECT_TRUE(covered.count({pola.capaian, i})) << capaian_text(pola.capaian) << " aturan " << i;
        }
    }
    EXPECT_EQ(covered.size(), rules);
}

TEST(Scoring2022, ThePimpinanIsNotCountedAndTheCountsArePerPredikat) {
    Office office({1, 0, 2, 8, 1});
    office.add(kPimpinan, P::sangat_baik);
    const Distribusi d = office.periksa(C::baik);
    EXPECT_EQ(d.n, 12);
    EXPECT_EQ(d.jumlah, (std::array<int, kPredikatCount>{1, 0, 2, 8, 1}));
    EXPECT_EQ(d.periode, kMaret2025);
    EXPECT_EQ(d.capaian, C::baik);
    ASSERT_EQ(d.aturan.size(), 2u);
    EXPECT_EQ(d.aturan[0].jumlah, 8);
    EXPECT_EQ(d.aturan[1].jumlah, 2);
    EXPECT_EQ(d.tidak_terpenuhi(), 0);
}

TEST(Scoring2022, WithoutACapaianNothingIsChecked) {
    const Distribusi d = Office({0, 0, 0, 0, 3}).periksa(std::nullopt);
    EXPECT_EQ(d.n, 3);
    EXPECT_TRUE(d.aturan.empty());
    EXPECT_EQ(d.tidak_terpenuhi(), 0);
    EXPECT_EQ(ringkasan_distribusi(d),
              "distribusi Maret 2025 (3 pegawai): Sangat Baik 3, Baik 0, Butuh Perbaikan 0, Kurang/Misconduct 0, "
              "Sangat Kurang 0: tidak diperiksa (capaian organisasi belum ditetapkan)");
}

TEST(Scoring2022, TheSummaryLine) {
    const Distribusi ok = Office({0, 1, 2, 8, 1}).periksa(C::baik);
    EXPECT_EQ(ringkasan_distribusi(ok),
              "distribusi Maret 2025 (capaian organisasi Baik, 12 pegawai): Sangat Baik 1, Baik 8, Butuh Perbaikan 2, "
              "Kurang/Misconduct 1, Sangat Kurang 0: sesuai pola");
    const Distribusi broken = Office({2, 0, 0, 10, 0}).periksa(C::baik);
    EXPECT_EQ(broken.tidak_terpenuhi(), 2);
    EXPECT_EQ(ringkasan_distribusi(broken),
              "distribusi Maret 2025 (capaian organisasi Baik, 12 pegawai): Sangat Baik 0, Baik 10, Butuh Perbaikan 0, "
              "Kurang/Misconduct 0, Sangat Kurang 2: 2 aturan tidak terpenuhi");
    const PeriodeEvaluasi tw1{JenisEvaluasi::triwulanan, 2025, 0, 1};
    const Distribusi quarter = periksa_distribusi(shipped(), tw1, C::istimewa, {}, kPimpinan);
    EXPECT_EQ(ringkasan_distribusi(quarter),
              "distribusi Triwulan I 2025 (capaian organisasi Istimewa, 0 pegawai): Sangat Baik 0, Baik 0, "
              "Butuh Perbaikan 0, Kurang/Misconduct 0, Sangat Kurang 0: sesuai pola");
}

TEST(Scoring2022, TheWarningOfEachBrokenRule) {
    const Distribusi d = Office({2, 0, 0, 10, 0}).periksa(C::baik);
    ASSERT_EQ(d.aturan.size(), 2u);
    EXPECT_EQ(pesan_aturan(d, d.aturan[0]),
              "distribusi Maret 2025 tidak sesuai pola Baik: Baik 10 dari 12 pegawai (83,33%), paling banyak 70%");
    EXPECT_EQ(pesan_aturan(d, d.aturan[1]),
              "distribusi Maret 2025 tidak sesuai pola Baik: Butuh Perbaikan + Kurang/Misconduct 0 dari 12 pegawai "
              "(0,00%), paling sedikit 1");
    const Distribusi sk = Office({6, 1, 0, 2, 1}).periksa(C::sangat_kurang);
    ASSERT_EQ(sk.aturan.size(), 3u);
    EXPECT_EQ(pesan_aturan(sk, sk.aturan[1]),
              "distribusi Maret 2025 tidak sesuai pola Sangat Kurang: Kurang/Misconduct + Butuh Perbaikan 1 dari 10 "
              "pegawai (10,00%), paling sedikit 10%");
    EXPECT_EQ(pesan_aturan(sk, sk.aturan[2]),
              "distribusi Maret 2025 tidak sesuai pola Sangat Kurang: Sangat Baik 1 dari 10 pegawai (10,00%), "
              "paling banyak 0");
}

// ---- the rules are data: an edited file changes the results ----

TEST(Scoring2022, AnEditedMatrixCellChangesThePredikat) {
    const Regulasi2022 edited = rules_from(test::replaced(
        test::shipped_regulasi_text(), R"(perilaku="Di Atas Ekspektasi">Baik</sel>)",
        R"(perilaku="Di Atas Ekspektasi">Sangat Baik</sel>)"));
    EXPECT_EQ(predikat_kinerja(shipped(), Rating::sesuai, Rating::di_atas), P::baik);
    EXPECT_EQ(predikat_kinerja(edited, Rating::sesuai, Rating::di_atas), P::sangat_baik);
    EXPECT_EQ(predikat_kinerja(edited, Rating::sesuai, Rating::sesuai), P::baik);  // the others stay
}

TEST(Scoring2022, AnEditedPolaChangesTheCheck) {
    const Regulasi2022 edited = rules_from(test::replaced(test::shipped_regulasi_text(),
                                                          R"(<aturan predikat="Baik" paling-banyak="70%"/>)",
                                                          R"(<aturan predikat="Baik" paling-banyak="80%"/>)"));
    const Office office({0, 0, 1, 8, 1});
    EXPECT_FALSE(periksa_distribusi(shipped(), kMaret2025, C::baik, office.hasil, kPimpinan).aturan[0].sesuai);
    const Distribusi d = periksa_distribusi(edited, kMaret2025, C::baik, office.hasil, kPimpinan);
    EXPECT_TRUE(d.aturan[0].sesuai);
    EXPECT_EQ(d.tidak_terpenuhi(), 0);
}

}  // namespace
}  // namespace kinerja
