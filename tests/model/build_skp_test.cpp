// Rules of skp-YYYY-MM and perilaku-YYYY-MM.
#include "model/build.hpp"

#include <gtest/gtest.h>

#include "build_test_data.hpp"

namespace kinerja {
namespace {

using test::kAnalis;
using test::kCamat;
using test::kSekcam;
using test::kStaf;
using test::Lines;
using test::problems;

using Nips = std::vector<std::string>;

// skp-2024-03.csv:3 is the one tugas row of the sekcam.
SkpRecord& sekcam_tugas(RawData& raw) { return raw.skp.at(1); }

TEST(BuildSkp, RowNipMustBeANip) {
    RawData raw = test::valid_raw();
    raw.skp.at(4).nip = "1,99002E+17";
    EXPECT_EQ(problems(raw),
              Lines{"skp-2024-03.csv:6: nip: NIP terbaca sebagai angka oleh Excel (1,99002E+17): "
                    "format kolom NIP sebagai Teks lalu ketik ulang NIP"});
    // A row that cannot be attributed does not hold back the others of that employee.
    EXPECT_EQ(test::kept_skp(raw), (Nips{kCamat, kSekcam, kAnalis, kStaf}));
}

TEST(BuildSkp, RowNipMustBeInPegawai) {
    RawData raw = test::valid_raw();
    raw.skp.at(4).nip = "197001012000031001";
    raw.skp.at(4).uraian = "";
    EXPECT_EQ(problems(raw),
              (Lines{"skp-2024-03.csv:6: nip: pegawai 19700101 200003 1 001 tidak ada di "
                     "pegawai.csv",
                     "skp-2024-03.csv:6: uraian: wajib diisi"}));
}

TEST(BuildSkp, JenisUnknown) {
    RawData raw = test::valid_raw();
    raw.skp.at(4).jenis = "lembur";
    EXPECT_EQ(problems(raw), Lines{"skp-2024-03.csv:6: jenis: jenis tidak dikenal: \"lembur\" "
                                   "(pilih: tugas, tambahan, kreativitas)"});
    EXPECT_EQ(test::kept_skp(raw), (Nips{kCamat, kSekcam, kAnalis}));
}

TEST(BuildSkp, TugasUraianRequired) {
    RawData raw = test::valid_raw();
    sekcam_tugas(raw).uraian = "";
    EXPECT_EQ(problems(raw), Lines{"skp-2024-03.csv:3: uraian: wajib diisi"});
    EXPECT_EQ(test::kept_skp(raw), (Nips{kCamat, kAnalis, kStaf}));
}

TEST(BuildSkp, NumbersAcceptCommaOrDot) {
    RawData raw = test::valid_raw();
    sekcam_tugas(raw).realisasi_kualitas = "85.5";
    sekcam_tugas(raw).target_kuantitas = " 12 ";
    sekcam_tugas(raw).ak = "0,25";
    EXPECT_EQ(problems(raw), Lines{});
}

TEST(BuildSkp, NumberNotANumber) {
    RawData raw = test::valid_raw();
    sekcam_tugas(raw).target_kuantitas = "abc";
    sekcam_tugas(raw).realisasi_waktu = "12 bulan";
    sekcam_tugas(raw).ak = "x";
    EXPECT_EQ(problems(raw),
              (Lines{"skp-2024-03.csv:3: ak: bukan angka: \"x\"",
                     "skp-2024-03.csv:3: target_kuantitas: bukan angka: \"abc\"",
                     "skp-2024-03.csv:3: realisasi_waktu: bukan angka: \"12 bulan\""}));
}

TEST(BuildSkp, NumberRequired) {
    RawData raw = test::valid_raw();
    sekcam_tugas(raw).realisasi_kuantitas = "";
    EXPECT_EQ(problems(raw), Lines{"skp-2024-03.csv:3: realisasi_kuantitas: wajib diisi"});
}

TEST(BuildSkp, NumberNotNegative) {
    RawData raw = test::valid_raw();
    sekcam_tugas(raw).realisasi_kuantitas = "-1";
    sekcam_tugas(raw).ak = "-0,5";
    EXPECT_EQ(problems(raw),
              (Lines{"skp-2024-03.csv:3: ak: tidak boleh negatif",
                     "skp-2024-03.csv:3: realisasi_kuantitas: tidak boleh negatif"}));
}

TEST(BuildSkp, TargetNotZeroRealisasiMayBe) {
    RawData raw = test::valid_raw();
    sekcam_tugas(raw).realisasi_kuantitas = "0";  // not carried out: scores 0
    sekcam_tugas(raw).realisasi_kualitas = "0";
    sekcam_tugas(raw).realisasi_waktu = "0";
    EXPECT_EQ(problems(raw), Lines{});
    sekcam_tugas(raw).target_kuantitas = "0";
    sekcam_tugas(raw).target_kualitas = "0,0";
    sekcam_tugas(raw).target_waktu = "0";
    EXPECT_EQ(problems(raw), (Lines{"skp-2024-03.csv:3: target_kuantitas: target tidak boleh 0",
                                    "skp-2024-03.csv:3: target_kualitas: target tidak boleh 0",
                                    "skp-2024-03.csv:3: target_waktu: target tidak boleh 0"}));
}

TEST(BuildSkp, KualitasAtMost100) {
    RawData raw = test::valid_raw();
    sekcam_tugas(raw).realisasi_kualitas = "100";
    sekcam_tugas(raw).target_kuantitas = "250";  // kuantitas has no upper bound
    EXPECT_EQ(problems(raw), Lines{});
    sekcam_tugas(raw).target_kualitas = "100,5";
    sekcam_tugas(raw).realisasi_kualitas = "120";
    EXPECT_EQ(problems(raw),
              (Lines{"skp-2024-03.csv:3: target_kualitas: nilai lebih dari 100",
                     "skp-2024-03.csv:3: realisasi_kualitas: nilai lebih dari 100"}));
}

TEST(BuildSkp, BiayaBothOrNeither) {
    RawData raw = test::valid_raw();
    sekcam_tugas(raw).target_biaya = "1.500";  // grouped: Rp1.500
    sekcam_tugas(raw).realisasi_biaya = "0";
    EXPECT_EQ(problems(raw), Lines{});
    BuildResult result = test::build(raw);
    ASSERT_TRUE(result.data);
    EXPECT_EQ(result.data->skp.at(kSekcam).tugas.at(0).target.biaya, Rational(1500));

    sekcam_tugas(raw).realisasi_biaya = "";
    EXPECT_EQ(problems(raw),
              Lines{"skp-2024-03.csv:3: realisasi_biaya: wajib diisi bila target_biaya diisi"});
    sekcam_tugas(raw).target_biaya = "";
    sekcam_tugas(raw).realisasi_biaya = "1.500";
    EXPECT_EQ(problems(raw),
              Lines{"skp-2024-03.csv:3: target_biaya: wajib diisi bila realisasi_biaya diisi"});
}

TEST(BuildSkp, BiayaNumbersTargetAboveZero) {
    RawData raw = test::valid_raw();
    sekcam_tugas(raw).target_biaya = "0";
    sekcam_tugas(raw).realisasi_biaya = "Rp1.000";
    EXPECT_EQ(problems(raw),
              (Lines{"skp-2024-03.csv:3: target_biaya: target tidak boleh 0",
                     "skp-2024-03.csv:3: realisasi_biaya: bukan angka: \"Rp1.000\""}));
}

TEST(BuildSkp, TambahanUraianRequired) {
    RawData raw = test::valid_raw();
    raw.skp.at(4).uraian = "";
    raw.skp.at(4).target_kuantitas = "abc";  // columns a tambahan does not use
    EXPECT_EQ(problems(raw), Lines{"skp-2024-03.csv:6: uraian: wajib diisi"});
    EXPECT_EQ(test::kept_skp(raw), (Nips{kCamat, kSekcam, kAnalis}));
}

TEST(BuildSkp, KreativitasUraianAndNilai) {
    RawData raw = test::valid_raw();
    raw.skp.at(5).nilai = "100";
    EXPECT_EQ(problems(raw), Lines{});
    raw.skp.at(5).uraian = "";
    raw.skp.at(5).nilai = "";
    EXPECT_EQ(problems(raw), (Lines{"skp-2024-03.csv:7: uraian: wajib diisi",
                                    "skp-2024-03.csv:7: nilai: wajib diisi"}));
    raw.skp.at(5).uraian = "Aplikasi";
    raw.skp.at(5).nilai = "101";
    EXPECT_EQ(problems(raw), Lines{"skp-2024-03.csv:7: nilai: nilai lebih dari 100"});
}

TEST(BuildSkp, EveryEmployeeNeedsATugasRow) {
    RawData raw = test::valid_raw();
    raw.skp.erase(raw.skp.begin() + 3);  // staf keeps only its tambahan
    EXPECT_EQ(problems(raw), Lines{"pegawai.csv:5: nip: tidak ada kegiatan SKP untuk periode "
                                   "2024-03 di skp-2024-03.csv"});
    EXPECT_EQ(test::kept_skp(raw), (Nips{kCamat, kSekcam, kAnalis}));
    EXPECT_EQ(test::kept_pegawai(raw).size(), 4u);  // the pegawai stays
}

TEST(BuildSkp, MissingSkpFileIsNotReportedPerEmployee) {
    RawData raw = test::valid_raw();
    raw.skp_file = "";
    raw.skp.clear();
    EXPECT_EQ(problems(raw), Lines{});
    EXPECT_EQ(test::kept_skp(raw), Nips{});
}

TEST(BuildSkp, EveryEmployeeNeedsAPerilakuRow) {
    RawData raw = test::valid_raw();
    raw.perilaku.pop_back();
    EXPECT_EQ(problems(raw), Lines{"pegawai.csv:5: nip: tidak ada nilai perilaku untuk periode "
                                   "2024-03 di perilaku-2024-03.csv"});
    EXPECT_EQ(test::kept_skp(raw), (Nips{kCamat, kSekcam, kAnalis}));
}

TEST(BuildSkp, XmlPeriodeMustBeTheRequestedOne) {
    RawData raw = test::valid_raw();
    raw.skp_file = raw.perilaku_file = "skp-2024-03.xml";
    raw.skp_periode_attr = "2024-03";
    raw.skp_periode_loc = test::at("skp-2024-03.xml", 1);
    EXPECT_EQ(problems(raw), Lines{});
    raw.skp_periode_attr = "2024-02";
    EXPECT_EQ(problems(raw), Lines{"skp-2024-03.xml:1: periode: periode \"2024-02\" tidak sama "
                                   "dengan periode yang diminta (2024-03)"});
    EXPECT_EQ(test::kept_skp(raw), Nips{});
}

TEST(BuildSkp, KeptTugasAreCounted) {
    RawData raw = test::valid_raw();
    raw.skp.push_back(test::tugas_row(8, kCamat, "Membina pemerintahan desa"));
    sekcam_tugas(raw).uraian = "";
    BuildResult result = test::build(raw);
    EXPECT_EQ(result.kegiatan_count, 4u);  // camat 2, analis 1, staf 1
    ASSERT_TRUE(result.data);
    EXPECT_EQ(result.data->skp.at(kCamat).tugas.at(1).uraian, "Membina pemerintahan desa");
}

TEST(BuildPerilaku, RowNipMustBeKnown) {
    RawData raw = test::valid_raw();
    raw.perilaku.push_back(test::perilaku_row(6, "197001012000031001", "101"));
    EXPECT_EQ(problems(raw),
              (Lines{"perilaku-2024-03.csv:6: nip: pegawai 19700101 200003 1 001 tidak ada di "
                     "pegawai.csv",
                     "perilaku-2024-03.csv:6: kepemimpinan: nilai lebih dari 100"}));
}

TEST(BuildPerilaku, OneRowPerEmployee) {
    RawData raw = test::valid_raw();
    raw.perilaku.push_back(test::perilaku_row(6, kStaf, ""));
    EXPECT_EQ(problems(raw), Lines{"perilaku-2024-03.csv:6: nip: nilai perilaku "
                                   "19900215 201503 2 003 sudah ada di baris 5"});
    EXPECT_EQ(test::kept_skp(raw), (Nips{kCamat, kSekcam, kAnalis}));
}

TEST(BuildPerilaku, AspectsAreScores) {
    RawData raw = test::valid_raw();
    PerilakuRecord& staf = raw.perilaku.at(3);
    staf.orientasi_pelayanan = "100";
    staf.integritas = "0";
    staf.komitmen = "90,5";
    EXPECT_EQ(problems(raw), Lines{});
    staf.orientasi_pelayanan = "101";
    staf.integritas = "-5";
    staf.komitmen = "baik";
    staf.disiplin = "";
    staf.kerja_sama = "100.01";
    EXPECT_EQ(problems(raw),
              (Lines{"perilaku-2024-03.csv:5: orientasi_pelayanan: nilai lebih dari 100",
                     "perilaku-2024-03.csv:5: integritas: tidak boleh negatif",
                     "perilaku-2024-03.csv:5: komitmen: bukan angka: \"baik\"",
                     "perilaku-2024-03.csv:5: disiplin: wajib diisi",
                     "perilaku-2024-03.csv:5: kerja_sama: nilai lebih dari 100"}));
    EXPECT_EQ(test::kept_skp(raw), (Nips{kCamat, kSekcam, kAnalis}));
}

TEST(BuildPerilaku, KepemimpinanOnlyForStruktural) {
    RawData raw = test::valid_raw();
    raw.perilaku.at(1).kepemimpinan = "";    // sekcam, struktural
    raw.perilaku.at(2).kepemimpinan = "75";  // analis, fungsional
    EXPECT_EQ(
        problems(raw),
        (Lines{"perilaku-2024-03.csv:3: kepemimpinan: wajib diisi untuk pejabat struktural",
               "perilaku-2024-03.csv:4: kepemimpinan: hanya diisi untuk pejabat struktural"}));
    EXPECT_EQ(test::kept_skp(raw), (Nips{kCamat, kStaf}));
    raw.perilaku.at(1).kepemimpinan = "120";
    raw.perilaku.at(2).kepemimpinan = "";
    EXPECT_EQ(problems(raw), Lines{"perilaku-2024-03.csv:3: kepemimpinan: nilai lebih dari 100"});
}

TEST(BuildPerilaku, RowsOfALeftOutPegawaiAreSkippedSilently) {
    RawData raw = test::valid_raw();
    raw.pegawai.at(3).jabatan = "";
    raw.perilaku.at(3).integritas = "abc";
    raw.skp.at(3).target_kuantitas = "abc";
    EXPECT_EQ(problems(raw), Lines{"pegawai.csv:5: jabatan: wajib diisi"});
}

}  // namespace
}  // namespace kinerja
