// Rules of pegawai.csv: each field, then the chain of pejabat penilai.
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

// The last employee (staf, line 5) is nobody's atasan: its problems cascade nowhere.
PegawaiRecord& staf(RawData& raw) { return raw.pegawai.at(3); }

// `problem` at the staf's row, and its SKP rows then naming a NIP no pegawai row has.
Lines staf_nip_lost(const std::string& problem) {
    const std::string unknown = ": nip: pegawai 19900215 201503 2 003 tidak ada di pegawai.csv";
    return {problem, "perilaku-2024-03.csv:5" + unknown, "skp-2024-03.csv:5" + unknown,
            "skp-2024-03.csv:6" + unknown};
}

TEST(BuildPegawai, NipWithSpacesOrDotsIsAccepted) {
    RawData raw = test::valid_raw();
    staf(raw).nip = "19900215.201503.2.003";
    EXPECT_EQ(problems(raw), Lines{});
    EXPECT_EQ(test::kept_pegawai(raw), (std::vector<std::string>{kCamat, kSekcam, kAnalis, kStaf}));
}

TEST(BuildPegawai, NipRequired) {
    RawData raw = test::valid_raw();
    staf(raw).nip = "";
    EXPECT_EQ(problems(raw), staf_nip_lost("pegawai.csv:5: nip: wajib diisi"));
    EXPECT_EQ(test::kept_pegawai(raw), (std::vector<std::string>{kCamat, kSekcam, kAnalis}));
}

TEST(BuildPegawai, NipMangledByExcelSaysHowToFixIt) {
    RawData raw = test::valid_raw();
    staf(raw).nip = "1,9900215E+17";
    EXPECT_EQ(problems(raw),
              staf_nip_lost("pegawai.csv:5: nip: NIP terbaca sebagai angka oleh Excel "
                            "(1,9900215E+17): format kolom NIP sebagai Teks lalu ketik ulang NIP"));
}

TEST(BuildPegawai, NipMessageOfParseNipVerbatim) {
    RawData raw = test::valid_raw();
    raw.skp.erase(raw.skp.begin() + 4, raw.skp.begin() + 5);  // no SKP rows for staf
    raw.skp.erase(raw.skp.begin() + 3);
    raw.perilaku.pop_back();
    staf(raw).nip = "19900215201503200";
    EXPECT_EQ(problems(raw), Lines{"pegawai.csv:5: nip: NIP harus 18 angka, ditemukan 17"});
}

TEST(BuildPegawai, DuplicateNipReportedAtTheLaterRow) {
    RawData raw = test::valid_raw();
    staf(raw).nip = "19690627 200112 1 003";
    EXPECT_EQ(problems(raw), staf_nip_lost("pegawai.csv:5: nip: NIP 19690627 200112 1 003 "
                                           "sudah dipakai di baris 2"));
    EXPECT_EQ(test::kept_pegawai(raw), (std::vector<std::string>{kCamat, kSekcam, kAnalis}));
    EXPECT_EQ(test::kept_skp(raw), (std::vector<std::string>{kCamat, kSekcam, kAnalis}));
}

TEST(BuildPegawai, NamaRequired) {
    RawData raw = test::valid_raw();
    staf(raw).nama = "";
    EXPECT_EQ(problems(raw), Lines{"pegawai.csv:5: nama: wajib diisi"});
    // Its SKP rows are skipped without a word: the row was reported.
    EXPECT_EQ(test::kept_skp(raw), (std::vector<std::string>{kCamat, kSekcam, kAnalis}));
}

TEST(BuildPegawai, GolonganKnownInAnyUsualSpelling) {
    RawData raw = test::valid_raw();
    staf(raw).golongan = "ii/c";
    EXPECT_EQ(problems(raw), Lines{});
}

TEST(BuildPegawai, GolonganUnknown) {
    RawData raw = test::valid_raw();
    staf(raw).golongan = "III/f";
    EXPECT_EQ(problems(raw),
              Lines{"pegawai.csv:5: golongan: golongan tidak dikenal: \"III/f\" (contoh: III/b)"});
}

TEST(BuildPegawai, GolonganRequired) {
    RawData raw = test::valid_raw();
    staf(raw).golongan = "";
    EXPECT_EQ(problems(raw), Lines{"pegawai.csv:5: golongan: wajib diisi"});
}

TEST(BuildPegawai, TmtGolonganEmptyOrDate) {
    RawData raw = test::valid_raw();
    staf(raw).tmt_golongan = "2021-02-28";
    EXPECT_EQ(problems(raw), Lines{});
    staf(raw).tmt_golongan = "2021-02-30";
    EXPECT_EQ(problems(raw), Lines{"pegawai.csv:5: tmt_golongan: tanggal tidak valid: "
                                   "\"2021-02-30\" (format: TTTT-BB-HH)"});
}

TEST(BuildPegawai, JenisJabatanIgnoresCase) {
    RawData raw = test::valid_raw();
    staf(raw).jenis_jabatan = "PELAKSANA";
    EXPECT_EQ(problems(raw), Lines{});
}

TEST(BuildPegawai, JenisJabatanUnknown) {
    RawData raw = test::valid_raw();
    staf(raw).jenis_jabatan = "honorer";
    EXPECT_EQ(problems(raw), Lines{"pegawai.csv:5: jenis_jabatan: jenis jabatan tidak dikenal: "
                                   "\"honorer\" (pilih: struktural, fungsional, pelaksana)"});
}

TEST(BuildPegawai, JabatanAndUnitKerjaRequired) {
    RawData raw = test::valid_raw();
    staf(raw).jabatan = "";
    staf(raw).unit_kerja = "";
    EXPECT_EQ(problems(raw), (Lines{"pegawai.csv:5: jabatan: wajib diisi",
                                    "pegawai.csv:5: unit_kerja: wajib diisi"}));
}

TEST(BuildPegawai, NipAtasanEmptyOnlyForThePimpinan) {
    RawData raw = test::valid_raw();
    staf(raw).nip_atasan = "";
    EXPECT_EQ(problems(raw),
              Lines{"pegawai.csv:5: nip_atasan: wajib diisi (kosong hanya untuk pimpinan)"});
}

TEST(BuildPegawai, NipAtasanMustBeANip) {
    RawData raw = test::valid_raw();
    staf(raw).nip_atasan = "1985122020100110x5";
    EXPECT_EQ(problems(raw), Lines{"pegawai.csv:5: nip_atasan: NIP hanya boleh berisi angka"});
}

TEST(BuildPegawai, NipAtasanNotTheEmployeeItself) {
    RawData raw = test::valid_raw();
    staf(raw).nip_atasan = kStaf;
    EXPECT_EQ(problems(raw),
              Lines{"pegawai.csv:5: nip_atasan: pejabat penilai tidak boleh pegawai itu sendiri"});
}

TEST(BuildPegawai, NipAtasanMustBeInPegawai) {
    RawData raw = test::valid_raw();
    raw.pegawai_file = "pegawai.xml";
    staf(raw).nip_atasan = "197001012000031001";
    EXPECT_EQ(problems(raw), Lines{"pegawai.csv:5: nip_atasan: pejabat penilai "
                                   "19700101 200003 1 001 tidak ada di pegawai.xml"});
}

TEST(BuildPegawai, AtasanWrittenLaterInTheFileIsFound) {
    RawData raw = test::valid_raw();
    std::swap(raw.pegawai.at(1), raw.pegawai.at(3));  // staf before its atasan's atasan
    EXPECT_EQ(problems(raw), Lines{});
}

TEST(BuildPegawai, InvalidAtasanLeavesOutTheChainBelow) {
    RawData raw = test::valid_raw();
    raw.pegawai.at(1).golongan = "";  // sekcam
    EXPECT_EQ(problems(raw),
              (Lines{"pegawai.csv:3: golongan: wajib diisi",
                     "pegawai.csv:4: nip_atasan: pejabat penilai (baris 3) tidak valid",
                     "pegawai.csv:5: nip_atasan: pejabat penilai (baris 4) tidak valid"}));
    EXPECT_EQ(test::kept_pegawai(raw), (std::vector<std::string>{kCamat}));
    EXPECT_EQ(test::kept_skp(raw), (std::vector<std::string>{kCamat}));
}

TEST(BuildPegawai, CycleReportedOnceAtItsFirstMember) {
    RawData raw = test::valid_raw();
    raw.pegawai.at(1).nip_atasan = kStaf;  // sekcam -> staf -> analis -> sekcam
    EXPECT_EQ(problems(raw),
              Lines{"pegawai.csv:3: nip_atasan: rantai pejabat penilai melingkar: "
                    "19750314 200501 1 002 -> 19900215 201503 2 003 -> 19851220 201001 1 005 -> "
                    "19750314 200501 1 002"});
    EXPECT_EQ(test::kept_pegawai(raw), (std::vector<std::string>{kCamat}));
}

TEST(BuildPegawai, ChainIntoACycleIsLeftOutToo) {
    RawData raw = test::valid_raw();
    raw.pegawai.at(1).nip_atasan = kAnalis;  // sekcam <-> analis; staf hangs below
    EXPECT_EQ(problems(raw),
              (Lines{"pegawai.csv:3: nip_atasan: rantai pejabat penilai melingkar: "
                     "19750314 200501 1 002 -> 19851220 201001 1 005 -> 19750314 200501 1 002",
                     "pegawai.csv:5: nip_atasan: pejabat penilai (baris 4) tidak valid"}));
}

TEST(BuildPegawai, PimpinanMustBeInPegawai) {
    RawData raw = test::valid_raw();
    raw.instansi->pimpinan_nip = kSekcam;
    raw.pegawai.at(1).nip_atasan = "";
    raw.pegawai.at(0).nip_atasan = kSekcam;
    EXPECT_EQ(problems(raw), Lines{});  // another head is fine when the chain says so

    raw = test::valid_raw();
    raw.instansi->pimpinan_nip = "197001012000031001";
    EXPECT_EQ(problems(raw),
              (Lines{"instansi.xml:9: pimpinan: pegawai 19700101 200003 1 001 tidak ada di "
                     "pegawai.csv",
                     "pegawai.csv:2: nip_atasan: wajib diisi (kosong hanya untuk pimpinan)",
                     "pegawai.csv:3: nip_atasan: pejabat penilai (baris 2) tidak valid",
                     "pegawai.csv:4: nip_atasan: pejabat penilai (baris 3) tidak valid",
                     "pegawai.csv:5: nip_atasan: pejabat penilai (baris 4) tidak valid",
                     "sop/01-perencanaan.xml:1: disahkan-oleh: pegawai (baris 2 di pegawai.csv) "
                     "tidak valid"}));
}

TEST(BuildPegawai, PimpinanRowLeftOutIsReportedAtInstansi) {
    RawData raw = test::valid_raw();
    raw.pegawai.at(0).nama = "";
    EXPECT_EQ(problems(raw),
              (Lines{"instansi.xml:9: pimpinan: pegawai (baris 2 di pegawai.csv) tidak valid",
                     "pegawai.csv:2: nama: wajib diisi",
                     "pegawai.csv:3: nip_atasan: pejabat penilai (baris 2) tidak valid",
                     "pegawai.csv:4: nip_atasan: pejabat penilai (baris 3) tidak valid",
                     "pegawai.csv:5: nip_atasan: pejabat penilai (baris 4) tidak valid",
                     "sop/01-perencanaan.xml:1: disahkan-oleh: pegawai (baris 2 di pegawai.csv) "
                     "tidak valid"}));
}

}  // namespace
}  // namespace kinerja
