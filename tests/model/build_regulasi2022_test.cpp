// The checks of templates/regulasi-2022.xml (model/build_regulasi2022.hpp): the shipped file
// passes, and each rule of DESIGN 8.5 is reported at its FILE:LINE on an edited copy of it.
#include <gtest/gtest.h>

#include "../regulasi_2022_text.hpp"
#include "model/build_regulasi2022.hpp"

namespace kinerja {
namespace {

using test::kRegulasiFile;
using test::line_of;
using test::replaced;
using Lines = std::vector<std::string>;

const std::string& shipped() {
    static const std::string text = test::shipped_regulasi_text();
    return text;
}

std::string at_line(int line) { return kRegulasiFile + ":" + std::to_string(line) + ": "; }
int root_line() { return line_of(shipped(), "<regulasi-2022>"); }
std::string at_root() { return at_line(root_line()); }

struct Built {
    std::optional<Regulasi2022> rules;
    Lines problems;
};

Built build(const std::string& text) {
    Built out;
    Diagnostics diags;
    std::optional<RegulasiRecord> record = read_regulasi_xml(text, kRegulasiFile, diags);
    if (record) out.rules = build_regulasi2022(*record, diags);
    for (const Diagnostic& d : diags.items()) out.problems.push_back(d.str());
    return out;
}

// The shipped text with `from` (exactly once in it) replaced by `to`, built: it must be refused,
// and the problems are returned.
Lines refused(std::string_view from, std::string_view to) {
    Built b = build(replaced(shipped(), from, to));
    EXPECT_FALSE(b.rules) << "accepted: " << to;
    return b.problems;
}

const char* const kCellAtasAtas = R"(<sel hasil-kerja="Di Atas Ekspektasi" perilaku="Di Atas Ekspektasi">Sangat Baik</sel>)";
const char* const kCellBawahSesuai =
    R"(<sel hasil-kerja="Di Bawah Ekspektasi" perilaku="Sesuai Ekspektasi">Butuh Perbaikan</sel>)";
const char* const kRatingChoices = "(pilih: Di Atas Ekspektasi, Sesuai Ekspektasi, Di Bawah Ekspektasi)";
const char* const kPredikatChoices = "(pilih: Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang)";
const char* const kCapaianChoices = "(pilih: Istimewa, Baik, Butuh Perbaikan, Kurang, Sangat Kurang)";

TEST(BuildRegulasi2022, TheShippedFileIsValid) {
    const Built b = build(shipped());
    EXPECT_EQ(b.problems, Lines{});
    ASSERT_TRUE(b.rules);
    const Regulasi2022& r = *b.rules;
    EXPECT_EQ(r.file, kRegulasiFile);
    EXPECT_EQ(r.persen_angka_kredit, (std::array<int, 5>{25, 50, 75, 100, 150}));  // by Predikat, worst first
    const Pola& baik = r.pola.at(static_cast<std::size_t>(CapaianOrganisasi::baik));
    EXPECT_EQ(baik.capaian, CapaianOrganisasi::baik);
    ASSERT_EQ(baik.aturan.size(), 2u);
    EXPECT_EQ(baik.aturan[0].predikat, std::vector<Predikat>{Predikat::baik});
    EXPECT_TRUE(baik.aturan[0].paling_banyak);
    EXPECT_TRUE(baik.aturan[0].persen);
    EXPECT_EQ(baik.aturan[0].batas, 70);
    EXPECT_EQ(baik.aturan[1].predikat, (std::vector<Predikat>{Predikat::butuh_perbaikan, Predikat::kurang_misconduct}));
    EXPECT_FALSE(baik.aturan[1].paling_banyak);
    EXPECT_FALSE(baik.aturan[1].persen);
    EXPECT_EQ(baik.aturan[1].batas, 1);
    const Pola& sangat_kurang = r.pola.at(static_cast<std::size_t>(CapaianOrganisasi::sangat_kurang));
    ASSERT_EQ(sangat_kurang.aturan.size(), 3u);
    EXPECT_EQ(sangat_kurang.aturan[2].predikat, std::vector<Predikat>{Predikat::sangat_baik});
    EXPECT_TRUE(sangat_kurang.aturan[2].paling_banyak);
    EXPECT_FALSE(sangat_kurang.aturan[2].persen);
    EXPECT_EQ(sangat_kurang.aturan[2].batas, 0);
    for (std::size_t i = 0; i < kNilaiDasarCount; ++i) {
        const PanduanPerilaku& p = r.perilaku.at(i);
        EXPECT_EQ(p.nilai, static_cast<NilaiDasar>(i));
        EXPECT_EQ(p.nama, nilai_dasar_nama(p.nilai));
        EXPECT_EQ(p.panduan.size(), 3u) << p.nama;
    }
    EXPECT_EQ(r.perilaku.at(static_cast<std::size_t>(NilaiDasar::harmonis)).panduan.at(0),
              "Menghargai setiap orang apapun latar belakangnya");
}

TEST(BuildRegulasi2022, AMissingMatrixCellIsReportedAtTheRoot) {
    EXPECT_EQ(refused(kCellBawahSesuai, ""),
              Lines{at_root() + "sel: sel hasil kerja Di Bawah Ekspektasi, perilaku Sesuai Ekspektasi tidak ada"});
}

TEST(BuildRegulasi2022, ARepeatedMatrixCellNamesTheFirstLine) {
    const int first = line_of(shipped(), kCellAtasAtas);
    const std::string twice = std::string(kCellAtasAtas) + "\n  " +
                              R"(<sel hasil-kerja="Di Atas" perilaku="diatas">Baik</sel>)";
    EXPECT_EQ(refused(kCellAtasAtas, twice),
              Lines{at_line(first + 1) +
                    "sel: sel hasil kerja Di Atas Ekspektasi, perilaku Di Atas Ekspektasi disebut lebih dari sekali "
                    "(pertama di baris " +
                    std::to_string(first) + ")"});
}

TEST(BuildRegulasi2022, UnknownRatingsAndPredikatInACell) {
    const int line = line_of(shipped(), kCellAtasAtas);
    EXPECT_EQ(refused(kCellAtasAtas,
                      R"(<sel hasil-kerja="Di Atas Ekspektasi" perilaku="Luar Biasa">Sangat Bagus</sel>)"),
              (Lines{at_line(line) + "perilaku: rating tidak dikenal: \"Luar Biasa\" " + kRatingChoices,
                     at_line(line) + "sel: predikat tidak dikenal: \"Sangat Bagus\" " + kPredikatChoices,
                     at_root() + "sel: sel hasil kerja Di Atas Ekspektasi, perilaku Di Atas Ekspektasi tidak ada"}));
    EXPECT_EQ(refused(kCellAtasAtas,
                      R"(<sel hasil-kerja="Tinggi" perilaku="Di Atas Ekspektasi">Sangat Baik</sel>)"),
              (Lines{at_line(line) + "hasil-kerja: rating tidak dikenal: \"Tinggi\" " + kRatingChoices,
                     at_root() + "sel: sel hasil kerja Di Atas Ekspektasi, perilaku Di Atas Ekspektasi tidak ada"}));
    // A known pair with an unknown predikat is not also reported missing.
    EXPECT_EQ(refused(kCellAtasAtas,
                      R"(<sel hasil-kerja="Di Atas Ekspektasi" perilaku="Di Atas Ekspektasi"></sel>)"),
              Lines{at_line(line) + "sel: wajib diisi"});
}

TEST(BuildRegulasi2022, AMissingOrRepeatedPola) {
    const std::string istimewa = "<pola capaian=\"Istimewa\">";
    const int istimewa_line = line_of(shipped(), istimewa);
    const int kurang_line = line_of(shipped(), "<pola capaian=\"Kurang\">");
    EXPECT_EQ(refused(istimewa, "<pola capaian=\"Kurang\">"),
              (Lines{at_line(kurang_line) + "pola: pola Kurang disebut lebih dari sekali (pertama di baris " +
                         std::to_string(istimewa_line) + ")",
                     at_root() + "pola: pola Istimewa tidak ada"}));
    EXPECT_EQ(refused(istimewa, "<pola capaian=\"Luar Biasa\">"),
              (Lines{at_line(istimewa_line) + "capaian: capaian tidak dikenal: \"Luar Biasa\" " + kCapaianChoices,
                     at_root() + "pola: pola Istimewa tidak ada"}));
}

TEST(BuildRegulasi2022, CukupIsButuhPerbaikan) {
    const std::string from = "<pola capaian=\"Butuh Perbaikan\">";
    const Built b = build(replaced(shipped(), from, "<pola capaian=\"Cukup\">"));
    EXPECT_EQ(b.problems, Lines{});
    EXPECT_TRUE(b.rules);
}

TEST(BuildRegulasi2022, TheRulesOfAPola) {
    const std::string rule = R"(<aturan predikat="Baik" paling-banyak="70%"/>)";
    const std::string at = at_line(line_of(shipped(), rule));
    EXPECT_EQ(refused(rule, R"(<aturan predikat="Baik" paling-banyak="101%"/>)"),
              Lines{at + "paling-banyak: persentase harus 0 sampai 100: \"101%\""});
    EXPECT_EQ(refused(rule, R"(<aturan predikat="Baik" paling-banyak="-1%"/>)"),
              Lines{at + "paling-banyak: tidak boleh negatif: \"-1%\""});
    EXPECT_EQ(refused(rule, R"(<aturan predikat="Baik" paling-banyak="70,5%"/>)"),
              Lines{at + "paling-banyak: bukan bilangan bulat: \"70,5%\" (contoh: 70% atau 1)"});
    EXPECT_EQ(refused(rule, R"(<aturan predikat="Baik" paling-banyak="tujuh puluh"/>)"),
              Lines{at + "paling-banyak: bukan bilangan bulat: \"tujuh puluh\" (contoh: 70% atau 1)"});
    EXPECT_EQ(refused(rule, R"(<aturan predikat="Baik" paling-banyak="70%" paling-sedikit="1"/>)"),
              Lines{at + "aturan: paling-banyak dan paling-sedikit tidak boleh dipakai bersama dalam satu aturan"});
    EXPECT_EQ(refused(rule, R"(<aturan predikat="Baik"/>)"),
              Lines{at + "aturan: isi paling-banyak atau paling-sedikit (contoh: paling-banyak=\"70%\")"});
    EXPECT_EQ(refused(rule, R"(<aturan predikat="Baik, Cukup Baik" paling-banyak="70%"/>)"),
              Lines{at + "predikat: predikat tidak dikenal: \"Cukup Baik\" " + kPredikatChoices});
    EXPECT_EQ(refused(rule, R"(<aturan predikat="Baik, baik" paling-banyak="70%"/>)"),
              Lines{at + "predikat: predikat Baik disebut dua kali"});
    EXPECT_EQ(refused(rule, R"(<aturan paling-banyak="70%"/>)"), Lines{at + "predikat: wajib diisi"});
}

TEST(BuildRegulasi2022, ABoundAtTheEdgesIsAccepted) {
    const std::string rule = R"(<aturan predikat="Baik" paling-banyak="70%"/>)";
    for (const char* bound : {"100%", "0%", "0", "250", "70 %"}) {
        const Built b = build(
            replaced(shipped(), rule, std::string(R"(<aturan predikat="Baik" paling-banyak=")") + bound + "\"/>"));
        EXPECT_EQ(b.problems, Lines{}) << bound;
        EXPECT_TRUE(b.rules) << bound;
    }
}

TEST(BuildRegulasi2022, AngkaKredit) {
    const std::string baik = R"(<angka-kredit predikat="Baik" persen="100"/>)";
    const int line = line_of(shipped(), baik);
    const int sangat_baik_line = line_of(shipped(), R"(<angka-kredit predikat="Sangat Baik")");
    EXPECT_EQ(refused(baik, ""), Lines{at_root() + "angka-kredit: angka-kredit Baik tidak ada"});
    EXPECT_EQ(refused(baik, R"(<angka-kredit predikat="Sangat Baik" persen="100"/>)"),
              (Lines{at_line(line) + "angka-kredit: angka-kredit Sangat Baik disebut lebih dari sekali (pertama di baris " +
                         std::to_string(sangat_baik_line) + ")",
                     at_root() + "angka-kredit: angka-kredit Baik tidak ada"}));
    EXPECT_EQ(refused(baik, R"(<angka-kredit predikat="Bagus" persen="100"/>)"),
              (Lines{at_line(line) + "predikat: predikat tidak dikenal: \"Bagus\" " + kPredikatChoices,
                     at_root() + "angka-kredit: angka-kredit Baik tidak ada"}));
    EXPECT_EQ(refused(baik, R"(<angka-kredit predikat="Baik" persen="seratus"/>)"),
              Lines{at_line(line) + "persen: bukan bilangan bulat: \"seratus\" (contoh: 70% atau 1)"});
    EXPECT_EQ(refused(baik, R"(<angka-kredit predikat="Baik"/>)"), Lines{at_line(line) + "persen: wajib diisi"});
}

TEST(BuildRegulasi2022, Pimpinan) {
    const std::string baik = R"(<pimpinan capaian="Baik" rating-hasil-kerja="Sesuai Ekspektasi"/>)";
    const int line = line_of(shipped(), baik);
    const int istimewa_line = line_of(shipped(), R"(<pimpinan capaian="Istimewa")");
    EXPECT_EQ(refused(baik, ""), Lines{at_root() + "pimpinan: pimpinan Baik tidak ada"});
    EXPECT_EQ(refused(baik, R"(<pimpinan capaian="Istimewa" rating-hasil-kerja="Sesuai Ekspektasi"/>)"),
              (Lines{at_line(line) + "pimpinan: pimpinan Istimewa disebut lebih dari sekali (pertama di baris " +
                         std::to_string(istimewa_line) + ")",
                     at_root() + "pimpinan: pimpinan Baik tidak ada"}));
    EXPECT_EQ(refused(baik, R"(<pimpinan capaian="Baik" rating-hasil-kerja="Lumayan"/>)"),
              Lines{at_line(line) + "rating-hasil-kerja: rating tidak dikenal: \"Lumayan\" " + kRatingChoices});
    EXPECT_EQ(refused(baik, R"(<pimpinan capaian="Bagus" rating-hasil-kerja="Sesuai Ekspektasi"/>)"),
              (Lines{at_line(line) + "capaian: capaian tidak dikenal: \"Bagus\" " + kCapaianChoices,
                     at_root() + "pimpinan: pimpinan Baik tidak ada"}));
}

TEST(BuildRegulasi2022, Perilaku) {
    const std::string loyal = R"(<perilaku kode="loyal" nama="Loyal">)";
    const int line = line_of(shipped(), loyal);
    const int harmonis_line = line_of(shipped(), R"(<perilaku kode="harmonis")");
    EXPECT_EQ(refused(loyal, R"(<perilaku kode="setia" nama="Loyal">)"),
              (Lines{at_line(line) +
                         "kode: perilaku tidak dikenal: \"setia\" (pilih: berorientasi_pelayanan, akuntabel, kompeten, "
                         "harmonis, loyal, adaptif, kolaboratif)",
                     at_root() + "perilaku: perilaku loyal tidak ada"}));
    EXPECT_EQ(refused(loyal, R"(<perilaku kode="Harmonis" nama="Loyal">)"),
              (Lines{at_line(line) + "perilaku: perilaku harmonis disebut lebih dari sekali (pertama di baris " +
                         std::to_string(harmonis_line) + ")",
                     at_root() + "perilaku: perilaku loyal tidak ada"}));
    EXPECT_EQ(refused(loyal, R"(<perilaku kode="loyal" nama="">)"), Lines{at_line(line) + "nama: wajib diisi"});
    EXPECT_EQ(refused("<panduan>Menjaga rahasia jabatan dan negara</panduan>", "<panduan> </panduan>"),
              Lines{at_line(line) + "panduan: panduan kosong"});
    // The printed name and the XML spelling of a kode are accepted.
    EXPECT_TRUE(build(replaced(shipped(), R"(kode="berorientasi_pelayanan")", R"(kode="berorientasi-pelayanan")")).rules);
}

TEST(BuildRegulasi2022, AControlCharacterRefusesTheFile) {
    const Lines problems = refused(R"(nama="Loyal")", "nama=\"Lo\x1byal\"");
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems.front().find(at_line(line_of(shipped(), R"(<perilaku kode="loyal")")) + "nama: "),
              std::string::npos)
        << problems.front();
}

TEST(BuildRegulasi2022, EveryProblemIsReportedNotOnlyTheFirst) {
    std::string text = replaced(shipped(), kCellBawahSesuai, "");
    text = replaced(text, R"(<angka-kredit predikat="Baik" persen="100"/>)", "");
    text = replaced(text, R"(paling-banyak="70%"/>
  </pola>)", R"(paling-banyak="170%"/>
  </pola>)");
    const Built b = build(text);
    EXPECT_FALSE(b.rules);
    EXPECT_EQ(b.problems.size(), 3u);
}

}  // namespace
}  // namespace kinerja
