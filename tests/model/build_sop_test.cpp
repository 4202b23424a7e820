// Rules of sop/*.xml: identity, lanes, steps and the flow between them.
#include "model/build.hpp"

#include <gtest/gtest.h>

#include "build_test_data.hpp"

namespace kinerja {
namespace {

using test::Lines;
using test::problems;

constexpr const char* kFile = "sop/01-perencanaan.xml";

SopRecord& sop(RawData& raw) { return raw.sops.at(0); }
LangkahRecord& step(RawData& raw, int nomor) {
    return sop(raw).langkah.at(static_cast<std::size_t>(nomor - 1));
}

std::size_t kept_sops(const RawData& raw) {
    BuildResult result = test::build(raw);
    return result.data ? result.data->sops.size() : 0;
}

TEST(BuildSop, IdentityRequired) {
    RawData raw = test::valid_raw();
    sop(raw).nomor = "";
    sop(raw).nama = "";
    sop(raw).tanggal_pembuatan = "";
    sop(raw).disahkan_oleh = "";
    EXPECT_EQ(problems(raw), (Lines{"sop/01-perencanaan.xml:1: nomor: wajib diisi",
                                    "sop/01-perencanaan.xml:1: nama: wajib diisi",
                                    "sop/01-perencanaan.xml:1: tanggal-pembuatan: wajib diisi",
                                    "sop/01-perencanaan.xml:1: disahkan-oleh: wajib diisi"}));
    EXPECT_EQ(kept_sops(raw), 0u);
}

TEST(BuildSop, DatesValid) {
    RawData raw = test::valid_raw();
    sop(raw).tanggal_revisi = "2024-06-01";
    EXPECT_EQ(problems(raw), Lines{});
    sop(raw).tanggal_revisi = "01-06-2024";
    sop(raw).tanggal_efektif = "2024-13-01";
    EXPECT_EQ(problems(raw),
              (Lines{"sop/01-perencanaan.xml:1: tanggal-revisi: tanggal tidak valid: "
                     "\"01-06-2024\" (format: TTTT-BB-HH)",
                     "sop/01-perencanaan.xml:1: tanggal-efektif: tanggal tidak valid: "
                     "\"2024-13-01\" (format: TTTT-BB-HH)"}));
}

TEST(BuildSop, DisahkanOlehAPegawai) {
    RawData raw = test::valid_raw();
    sop(raw).disahkan_oleh = test::kSekcam;
    EXPECT_EQ(problems(raw), Lines{});
    sop(raw).disahkan_oleh = "19690627";
    EXPECT_EQ(problems(raw),
              Lines{"sop/01-perencanaan.xml:1: disahkan-oleh: NIP harus 18 angka, ditemukan 8"});
    sop(raw).disahkan_oleh = "197001012000031001";
    EXPECT_EQ(problems(raw), Lines{"sop/01-perencanaan.xml:1: disahkan-oleh: pegawai "
                                   "19700101 200003 1 001 tidak ada di pegawai.csv"});
}

TEST(BuildSop, NomorUniqueAcrossSops) {
    RawData raw = test::valid_raw();
    SopRecord second = test::valid_sop();
    second.loc.file = "sop/02-lain.xml";
    raw.sops.push_back(second);
    EXPECT_EQ(problems(raw), Lines{"sop/02-lain.xml:1: nomor: nomor \"01/SOP/KEC-LPHG/III/2024\" "
                                   "sudah dipakai di sop/01-perencanaan.xml"});
    EXPECT_EQ(kept_sops(raw), 1u);
    raw.sops.at(1).nomor = "02/SOP/KEC-LPHG/III/2024";
    EXPECT_EQ(kept_sops(raw), 2u);
}

TEST(BuildSop, LanesOneToEight) {
    RawData raw = test::valid_raw();
    for (int i = 0; i < 5; ++i) {
        sop(raw).lanes.push_back(
            LaneRecord{test::at(kFile, 20 + i), "lane" + std::to_string(i), "Lain", {}});
    }
    EXPECT_EQ(problems(raw), Lines{});  // 8
    sop(raw).lanes.push_back(LaneRecord{test::at(kFile, 25), "lane9", "Lain", {}});
    EXPECT_EQ(problems(raw),
              Lines{"sop/01-perencanaan.xml:1: pelaksana: paling banyak 8 pelaksana, ada 9"});
    sop(raw).lanes.clear();
    Lines none = problems(raw);
    ASSERT_FALSE(none.empty());
    EXPECT_EQ(none.front(), "sop/01-perencanaan.xml:1: pelaksana: paling sedikit 1 pelaksana");
}

TEST(BuildSop, LaneIdsUniqueAndNonEmpty) {
    RawData raw = test::valid_raw();
    sop(raw).lanes.at(2).id = "atasan";
    sop(raw).lanes.push_back(LaneRecord{test::at(kFile, 13), "", "", {}});
    step(raw, 1).pelaksana = "atasan";
    step(raw, 4).pelaksana = "atasan";
    EXPECT_EQ(problems(raw),
              (Lines{"sop/01-perencanaan.xml:12: id: pelaksana \"atasan\" sudah ada di baris 10",
                     "sop/01-perencanaan.xml:13: id: wajib diisi",
                     "sop/01-perencanaan.xml:13: lane: wajib diisi"}));
}

TEST(BuildSop, AtLeastTwoSteps) {
    RawData raw = test::valid_raw();
    sop(raw).langkah = {test::langkah_row(14, "staf", "mulai", "Mulai", ""),
                        test::langkah_row(15, "staf", "selesai", "Selesai", "")};
    EXPECT_EQ(problems(raw), Lines{});
    sop(raw).langkah.pop_back();
    EXPECT_EQ(problems(raw),
              (Lines{"sop/01-perencanaan.xml:1: langkah: paling sedikit 2 langkah, ada 1",
                     "sop/01-perencanaan.xml:1: langkah: tidak ada langkah selesai",
                     "sop/01-perencanaan.xml:14: simbol: langkah terakhir tidak boleh mulai: "
                     "tidak ada langkah berikutnya"}));
}

TEST(BuildSop, PelaksanaNamesALane) {
    RawData raw = test::valid_raw();
    step(raw, 2).pelaksana = "kasi";
    step(raw, 3).pelaksana = "";
    EXPECT_EQ(problems(raw),
              (Lines{"sop/01-perencanaan.xml:15: pelaksana: pelaksana tidak dikenal: \"kasi\" "
                     "(ada: atasan, sekretaris, staf)",
                     "sop/01-perencanaan.xml:16: pelaksana: wajib diisi"}));
    EXPECT_EQ(kept_sops(raw), 0u);
}

TEST(BuildSop, SimbolKnown) {
    RawData raw = test::valid_raw();
    step(raw, 2).simbol = "Proses";
    EXPECT_EQ(problems(raw), Lines{});
    step(raw, 2).simbol = "dokumen";
    EXPECT_EQ(problems(raw),
              Lines{"sop/01-perencanaan.xml:15: simbol: simbol tidak dikenal: \"dokumen\" "
                    "(pilih: mulai, proses, keputusan, selesai)"});
}

TEST(BuildSop, WaktuEmptyOrUnderstood) {
    RawData raw = test::valid_raw();
    step(raw, 2).waktu = "";
    EXPECT_EQ(problems(raw), Lines{});
    step(raw, 2).waktu = "2 jm";
    EXPECT_EQ(problems(raw), Lines{"sop/01-perencanaan.xml:15: waktu: waktu tidak dikenal: "
                                   "\"2 jm\" (contoh: 2 Jam, 15 Menit, 1 Hari)"});
}

TEST(BuildSop, UraianRequired) {
    RawData raw = test::valid_raw();
    step(raw, 4).uraian = "";
    EXPECT_EQ(problems(raw), Lines{"sop/01-perencanaan.xml:17: uraian: wajib diisi"});
}

TEST(BuildSop, MulaiFirstAndNowhereElse) {
    RawData raw = test::valid_raw();
    step(raw, 1).simbol = "proses";
    step(raw, 2).simbol = "mulai";
    EXPECT_EQ(problems(raw),
              (Lines{"sop/01-perencanaan.xml:14: simbol: langkah pertama harus mulai",
                     "sop/01-perencanaan.xml:15: simbol: mulai hanya untuk langkah pertama"}));
}

TEST(BuildSop, AtLeastOneSelesai) {
    RawData raw = test::valid_raw();
    step(raw, 3).tidak = "";
    step(raw, 3).ya = "";
    step(raw, 3).simbol = "selesai";  // an early end; step 4 then unreachable
    step(raw, 4).simbol = "selesai";
    EXPECT_EQ(problems(raw), Lines{"sop/01-perencanaan.xml:17: langkah: langkah 4 tidak pernah "
                                   "tercapai dari langkah 1"});
    step(raw, 3).simbol = "proses";
    step(raw, 4).simbol = "keputusan";
    step(raw, 4).ya = "1";
    step(raw, 4).tidak = "2";
    EXPECT_EQ(problems(raw), Lines{"sop/01-perencanaan.xml:1: langkah: tidak ada langkah selesai"});
}

TEST(BuildSop, KeputusanNeedsYaAndTidak) {
    RawData raw = test::valid_raw();
    step(raw, 3).ya = "";
    step(raw, 3).tidak = "9";
    EXPECT_EQ(problems(raw), (Lines{"sop/01-perencanaan.xml:16: ya: wajib diisi untuk keputusan",
                                    "sop/01-perencanaan.xml:16: tidak: langkah 9 tidak ada"}));
}

TEST(BuildSop, KeputusanBranchesAreOtherDistinctSteps) {
    RawData raw = test::valid_raw();
    step(raw, 3).ya = "3";
    step(raw, 3).tidak = "dua";
    EXPECT_EQ(problems(raw),
              (Lines{"sop/01-perencanaan.xml:16: ya: tidak boleh ke langkah itu sendiri",
                     "sop/01-perencanaan.xml:16: tidak: bukan nomor langkah: \"dua\""}));
    step(raw, 3).ya = "4";
    step(raw, 3).tidak = "4";
    EXPECT_EQ(problems(raw), Lines{"sop/01-perencanaan.xml:16: tidak: tidak boleh sama dengan ya"});
    step(raw, 3).ya = "0";
    step(raw, 3).tidak = "2";
    EXPECT_EQ(problems(raw), Lines{"sop/01-perencanaan.xml:16: ya: langkah 0 tidak ada"});
}

TEST(BuildSop, YaTidakOnlyOnKeputusan) {
    RawData raw = test::valid_raw();
    step(raw, 2).ya = "3";
    step(raw, 2).tidak = "1";
    EXPECT_EQ(problems(raw),
              (Lines{"sop/01-perencanaan.xml:15: ya: hanya untuk simbol keputusan",
                     "sop/01-perencanaan.xml:15: tidak: hanya untuk simbol keputusan"}));
}

TEST(BuildSop, LastStepMustNotFlowOn) {
    RawData raw = test::valid_raw();
    step(raw, 3).simbol = "selesai";
    step(raw, 3).ya = "";
    step(raw, 3).tidak = "";
    step(raw, 4).simbol = "proses";
    EXPECT_EQ(problems(raw),
              (Lines{"sop/01-perencanaan.xml:17: simbol: langkah terakhir tidak boleh proses: "
                     "tidak ada langkah berikutnya",
                     "sop/01-perencanaan.xml:17: langkah: langkah 4 tidak pernah tercapai dari "
                     "langkah 1"}));
}

TEST(BuildSop, KeputusanMayGoBackAndLastMayBeKeputusan) {
    RawData raw = test::valid_raw();
    // 1 mulai, 2 proses, 3 selesai, 4 keputusan: 4 is never reached from 1.
    step(raw, 3).simbol = "selesai";
    step(raw, 3).ya = "";
    step(raw, 3).tidak = "";
    step(raw, 4).simbol = "keputusan";
    step(raw, 4).ya = "2";
    step(raw, 4).tidak = "3";
    EXPECT_EQ(problems(raw), Lines{"sop/01-perencanaan.xml:17: langkah: langkah 4 tidak pernah "
                                   "tercapai dari langkah 1"});
    // 1 mulai, 2 keputusan (ya 4, tidak 3), 3 proses -> 4, 4 selesai: all reached.
    step(raw, 2).simbol = "keputusan";
    step(raw, 2).ya = "4";
    step(raw, 2).tidak = "3";
    step(raw, 3).simbol = "proses";
    step(raw, 4).simbol = "selesai";
    step(raw, 4).ya = "";
    step(raw, 4).tidak = "";
    EXPECT_EQ(problems(raw), Lines{});
}

TEST(BuildSop, UnreachableNotReportedWhenTheFlowIsUnknown) {
    RawData raw = test::valid_raw();
    step(raw, 2).simbol = "??";
    step(raw, 3).simbol = "selesai";
    step(raw, 3).ya = "";
    step(raw, 3).tidak = "";
    EXPECT_EQ(problems(raw),
              Lines{"sop/01-perencanaan.xml:15: simbol: simbol tidak dikenal: \"??\" "
                    "(pilih: mulai, proses, keputusan, selesai)"});
}

TEST(BuildSop, InvalidSopLeavesOthersAlone) {
    RawData raw = test::valid_raw();
    SopRecord bad = test::valid_sop();
    bad.loc.file = "sop/00-rusak.xml";
    bad.nomor = "00/SOP";
    bad.nama = "";
    raw.sops.insert(raw.sops.begin(), bad);
    BuildResult result = test::build(raw);
    ASSERT_TRUE(result.data);
    ASSERT_EQ(result.data->sops.size(), 1u);
    EXPECT_EQ(result.data->sops.at(0).nomor, "01/SOP/KEC-LPHG/III/2024");
    EXPECT_EQ(problems(raw), Lines{"sop/00-rusak.xml:1: nama: wajib diisi"});
}

}  // namespace
}  // namespace kinerja
