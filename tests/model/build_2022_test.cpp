// The rules of DESIGN 8.5 for instansi.xml's regime, skp-YYYY, realisasi-YYYY-MM and
// penilaian-YYYY-MM: each problem at its FILE:LINE and field, the record left out.
#include "model/build.hpp"

#include <gtest/gtest.h>

#include "build_2022_test_data.hpp"

namespace kinerja {
namespace {

using test::kAnalis;
using test::kCamat;
using test::kRhkCamat;
using test::kRhkSekcam;
using test::kSekcam;
using test::kStaf;
using test::Lines;
using test::problems;
using test::valid_raw_2022;
using test::warnings;

using Nips = std::vector<std::string>;

Data2022 data_2022(const RawData& raw) {
    Diagnostics diags;
    BuildResult built = build_dataset(raw, diags);
    return built.data ? built.data->regime2022 : Data2022{};
}

// The NIP digits of the plans kept (by digits: here also pegawai order).
Nips kept_plans(const RawData& raw) {
    Nips out;
    for (const auto& [digits, plan] : data_2022(raw).skp) out.push_back(plan.nip.digits);
    return out;
}

// NIP digits and jenis of the evaluations kept, in order.
Lines kept_evaluasi(const RawData& raw) {
    Lines out;
    for (const Evaluasi& e : data_2022(raw).evaluasi) {
        out.push_back(e.nip.digits + " " + std::string(jenis_evaluasi_text(e.periode.jenis)));
    }
    return out;
}

const Nips kAllPlans{kCamat, kSekcam, kAnalis, kStaf};
const Lines kAllEvaluasi{std::string(kCamat) + " bulanan", std::string(kSekcam) + " bulanan",
                         std::string(kSekcam) + " triwulanan", std::string(kAnalis) + " bulanan"};

// ---- the valid office ----

TEST(Build2022, ValidOfficeHasNoProblemAndOneWarning) {
    const RawData raw = valid_raw_2022();
    EXPECT_EQ(problems(raw), Lines{});
    EXPECT_EQ(warnings(raw),
              Lines{"penilaian-2025-03.csv:4: realisasi: peringatan: tidak ada realisasi Triwulan I 2025 untuk "
                    "indikator \"Jumlah kegiatan\" (RHK \"Terlaksananya MTQ tingkat kecamatan\"); dicetak kosong"});
    Diagnostics diags;
    const BuildResult built = build_dataset(raw, diags);
    ASSERT_TRUE(built.data);
    EXPECT_EQ(built.data->regulasi, Regulasi::permenpanrb_6_2022);
    EXPECT_TRUE(built.data->skp.empty());
    EXPECT_EQ(built.data->instansi.regime.regulasi, Regulasi::permenpanrb_6_2022);
    EXPECT_EQ(built.data->instansi.regime.mulai, (Period{2025, 1}));
    ASSERT_EQ(built.data->instansi.regime.capaian.size(), 1u);
    EXPECT_EQ(built.data->instansi.regime.capaian[0].nilai, CapaianOrganisasi::baik);
    EXPECT_EQ(built.data->instansi.regime.capaian[0].periode.key(), "2025-03");
}

TEST(Build2022, PlansInPegawaiOrderWithTheirParts) {
    const Data2022 data = data_2022(valid_raw_2022());
    EXPECT_EQ(data.tahun, 2025);
    ASSERT_EQ(kept_plans(valid_raw_2022()), kAllPlans);
    const Skp2022& camat = data.skp.at(kCamat);
    EXPECT_EQ(camat.tahun, 2025);
    EXPECT_EQ(camat.loc.line, 2);
    EXPECT_FALSE(camat.kualitatif);
    ASSERT_EQ(camat.utama.size(), 1u);
    EXPECT_EQ(camat.utama[0].rhk, kRhkCamat);
    EXPECT_EQ(camat.utama[0].rhk_atasan, "Meningkatnya kinerja kabupaten");
    ASSERT_EQ(camat.utama[0].indikator.size(), 2u);
    EXPECT_EQ(camat.utama[0].indikator[1].aspek, Aspek::kualitas);
    EXPECT_EQ(camat.utama[0].indikator[1].target, "100%");
    ASSERT_EQ(camat.ekspektasi.size(), 1u);
    EXPECT_EQ(camat.ekspektasi[0].nilai, NilaiDasar::akuntabel);
    EXPECT_EQ(camat.dukungan, Lines{"Anggaran perencanaan"});
    EXPECT_TRUE(camat.skema.empty());
    EXPECT_EQ(data.skp.at(kSekcam).tambahan.size(), 1u);
    EXPECT_TRUE(data.skp.at(kAnalis).kualitatif);  // the analis leaves every aspek empty
}

TEST(Build2022, EvaluationsInPegawaiThenJenisOrder) {
    const Data2022 data = data_2022(valid_raw_2022());
    EXPECT_EQ(kept_evaluasi(valid_raw_2022()), kAllEvaluasi);
    const Evaluasi& camat = data.evaluasi.at(0);
    EXPECT_FALSE(camat.rating_hasil_kerja.has_value());  // the pimpinan, with a capaian for March
    EXPECT_EQ(camat.rating_perilaku, Rating::sesuai);
    ASSERT_EQ(camat.realisasi.size(), 2u);
    EXPECT_EQ(camat.realisasi[0].ref, (IndikatorRef{false, 0, 0}));
    EXPECT_EQ(camat.realisasi[0].bukti_dukung, "https://contoh.go.id/bukti/1");
    EXPECT_EQ(camat.realisasi[1].ref, (IndikatorRef{false, 0, 1}));
    const Evaluasi& sekcam = data.evaluasi.at(1);
    EXPECT_EQ(sekcam.periode.jenis, JenisEvaluasi::bulanan);  // evaluasi left empty
    EXPECT_EQ(sekcam.rating_hasil_kerja, Rating::di_atas);
    EXPECT_EQ(sekcam.umpan_balik.at(1), "Laporan selalu tepat waktu");
    EXPECT_EQ(sekcam.catatan, "Pertahankan");
    ASSERT_EQ(sekcam.realisasi.size(), 2u);
    EXPECT_EQ(sekcam.realisasi[1].ref, (IndikatorRef{true, 0, 0}));
    EXPECT_EQ(data.evaluasi.at(2).periode.key(), "2025-TW1");
    EXPECT_EQ(data.evaluasi.at(3).rating_hasil_kerja, Rating::di_bawah);
}

// ---- regime selection and instansi.xml ----

TEST(Build2022, PeriodBeforeMulaiRunsUnderPp46) {
    RawData raw = test::valid_raw();  // 2024-03, with PP 46 files
    raw.instansi->regime = test::regime_2022();
    EXPECT_EQ(problems(raw), Lines{});
    const BuildResult built = test::build(raw);
    ASSERT_TRUE(built.data);
    EXPECT_EQ(built.data->regulasi, Regulasi::pp46_2011);
    EXPECT_EQ(built.data->skp.size(), 4u);
    EXPECT_TRUE(built.data->regime2022.skp.empty());
}

TEST(Build2022, WithoutMulaiEveryPeriodRunsUnderTheRegulasi) {
    RawData raw = valid_raw_2022();
    raw.instansi->regime.mulai = "";
    raw.periode = "2025-03";
    EXPECT_EQ(test::build(raw).data->regulasi, Regulasi::permenpanrb_6_2022);
}

TEST(Build2022, UnknownRegulasiStopsTheRun) {
    RawData raw = valid_raw_2022();
    raw.instansi->regime.regulasi = "permenpan-6-2022";
    EXPECT_EQ(problems(raw), Lines{"instansi.xml:16: regulasi: regulasi tidak dikenal: \"permenpan-6-2022\" "
                                   "(pilih: pp46-2011, permenpanrb-6-2022)"});
    EXPECT_FALSE(test::build(raw).data.has_value());
}

TEST(Build2022, MalformedMulaiStopsTheRun) {
    RawData raw = valid_raw_2022();
    raw.instansi->regime.mulai = "2025-1";
    EXPECT_EQ(problems(raw), Lines{"instansi.xml:16: mulai: periode tidak valid: \"2025-1\" (format: TTTT-BB)"});
    EXPECT_FALSE(test::build(raw).data.has_value());
}

TEST(Build2022, CapaianUnknownValue) {
    RawData raw = valid_raw_2022();
    raw.instansi->regime.capaian.at(0).nilai = "Bagus";
    EXPECT_EQ(problems(raw).at(0), "instansi.xml:17: capaian-organisasi: capaian organisasi tidak dikenal: \"Bagus\" "
                                   "(pilih: Istimewa, Baik, Butuh Perbaikan, Kurang, Sangat Kurang)");
    // Without it the pimpinan may not leave his rating hasil kerja empty.
    EXPECT_EQ(problems(raw).at(1), "penilaian-2025-03.csv:2: rating_hasil_kerja: wajib diisi (pimpinan boleh "
                                   "mengosongkannya bila instansi.xml memberi capaian organisasi Maret 2025)");
}

TEST(Build2022, CapaianCukupIsButuhPerbaikan) {
    RawData raw = valid_raw_2022();
    raw.instansi->regime.capaian.at(0).nilai = "cukup";
    const BuildResult built = test::build(raw);
    EXPECT_EQ(built.data->instansi.regime.capaian.at(0).nilai, CapaianOrganisasi::butuh_perbaikan);
}

TEST(Build2022, CapaianMalformedPeriode) {
    RawData raw = valid_raw_2022();
    raw.instansi->regime.capaian.push_back(CapaianOrganisasiRecord{test::at("instansi.xml", 18), "2025-TW5", "Baik"});
    EXPECT_EQ(problems(raw), Lines{"instansi.xml:18: periode: periode tidak valid: \"2025-TW5\" (format: TTTT-BB, "
                                   "TTTT-TW1 sampai TTTT-TW4, atau TTTT)"});
}

TEST(Build2022, CapaianRepeatedPeriode) {
    RawData raw = valid_raw_2022();
    raw.instansi->regime.capaian.push_back(CapaianOrganisasiRecord{test::at("instansi.xml", 18), "2025-TW1", "Baik"});
    raw.instansi->regime.capaian.push_back(CapaianOrganisasiRecord{test::at("instansi.xml", 19), "2025-TW1", "Kurang"});
    EXPECT_EQ(problems(raw), Lines{"instansi.xml:19: periode: capaian organisasi Triwulan I 2025 sudah ada di baris 18"});
    EXPECT_EQ(test::build(raw).data->instansi.regime.capaian.size(), 2u);
}

// ---- skp-YYYY ----

TEST(Build2022Skp, JenisUnknown) {
    RawData raw = valid_raw_2022();
    raw.regime2022.skp.at(3).jenis = "lampiran";
    EXPECT_EQ(problems(raw), Lines{"skp-2025.csv:5: jenis: jenis tidak dikenal: \"lampiran\" (pilih: utama, "
                                   "tambahan, ekspektasi, dukungan, skema, konsekuensi)"});
    EXPECT_EQ(kept_plans(raw), (Nips{kSekcam, kAnalis, kStaf}));
}

TEST(Build2022Skp, AspekUnknown) {
    RawData raw = valid_raw_2022();
    raw.regime2022.skp.at(4).aspek = "jumlah";
    EXPECT_EQ(problems(raw), Lines{"skp-2025.csv:6: aspek: aspek tidak dikenal: \"jumlah\" (pilih: kuantitas, "
                                   "kualitas, waktu, biaya)"});
    EXPECT_EQ(kept_plans(raw), (Nips{kCamat, kAnalis, kStaf}));
}

TEST(Build2022Skp, PerilakuUnknownAndPrintedNamesAccepted) {
    RawData raw = valid_raw_2022();
    raw.regime2022.skp.at(2).perilaku = "jujur";
    EXPECT_EQ(problems(raw), Lines{"skp-2025.csv:4: perilaku: perilaku tidak dikenal: \"jujur\" (pilih: "
                                   "berorientasi_pelayanan, akuntabel, kompeten, harmonis, loyal, adaptif, "
                                   "kolaboratif)"});
    raw.regime2022.skp.at(2).perilaku = "Berorientasi Pelayanan";
    EXPECT_EQ(problems(raw), Lines{});
}

TEST(Build2022Skp, RhkIndikatorAndTargetRequired) {
    RawData raw = valid_raw_2022();
    raw.regime2022.skp.at(5).rhk = "";
    raw.regime2022.skp.at(6).indikator = "";
    raw.regime2022.skp.at(7).target = "";
    const Lines got = problems(raw);
    EXPECT_EQ(got.at(0), "skp-2025.csv:7: rhk: wajib diisi");
    EXPECT_EQ(got.at(1), "skp-2025.csv:8: indikator: wajib diisi");
    EXPECT_EQ(got.at(2), "skp-2025.csv:9: target: indikator tanpa target");
    EXPECT_EQ(kept_plans(raw), (Nips{kCamat}));
}

TEST(Build2022Skp, UtamaWithoutRhkAtasan) {
    RawData raw = valid_raw_2022();
    raw.regime2022.skp.at(4).rhk_atasan = "";
    EXPECT_EQ(problems(raw), Lines{"skp-2025.csv:6: rhk_atasan: wajib diisi untuk RHK utama"});
    EXPECT_EQ(kept_plans(raw), (Nips{kCamat, kAnalis, kStaf}));
}

TEST(Build2022Skp, TambahanNeedsNoRhkAtasan) {
    RawData raw = valid_raw_2022();
    ASSERT_EQ(raw.regime2022.skp.at(5).rhk_atasan, "");
    EXPECT_EQ(problems(raw), Lines{});
}

TEST(Build2022Skp, RhkRepeatsAnAspek) {
    RawData raw = valid_raw_2022();
    raw.regime2022.skp.at(1).aspek = "KUANTITAS";
    EXPECT_EQ(problems(raw), Lines{"skp-2025.csv:3: aspek: aspek Kuantitas sudah ada di RHK ini (baris 2)"});
}

TEST(Build2022Skp, RhkRepeatsAnIndikatorIgnoringCaseAndSpaces) {
    RawData raw = valid_raw_2022();
    raw.regime2022.skp.at(1).indikator = "jumlah  dokumen PERENCANAAN";
    EXPECT_EQ(problems(raw), Lines{"skp-2025.csv:3: indikator: indikator ini sudah ada di RHK ini (baris 2)"});
}

TEST(Build2022Skp, RhkWithTwoRhkAtasan) {
    RawData raw = valid_raw_2022();
    raw.regime2022.skp.at(1).rhk_atasan = "Meningkatnya kinerja provinsi";
    EXPECT_EQ(problems(raw), Lines{"skp-2025.csv:3: rhk_atasan: RHK ini sudah diberi rhk_atasan lain di baris 2: "
                                   "\"Meningkatnya kinerja kabupaten\""});
    raw.regime2022.skp.at(1).rhk_atasan = "meningkatnya kinerja  kabupaten";  // the same, written again
    EXPECT_EQ(problems(raw), Lines{});
}

TEST(Build2022Skp, AspekOnSomeRowsOnly) {
    RawData raw = valid_raw_2022();
    raw.regime2022.skp.at(1).aspek = "";
    EXPECT_EQ(problems(raw), Lines{"skp-2025.csv:3: aspek: aspek kosong, padahal baris 2 mengisinya; isi aspek di "
                                   "semua baris pegawai ini atau kosongkan semuanya"});
    EXPECT_EQ(kept_plans(raw), (Nips{kSekcam, kAnalis, kStaf}));
}

TEST(Build2022Skp, RhkAtasanNotInTheAtasansPlanSuggestsTheNearest) {
    RawData raw = valid_raw_2022();
    raw.regime2022.skp.at(6).rhk_atasan = "Tersusunya laporan kinerja kecamatan";
    EXPECT_EQ(problems(raw), Lines{"skp-2025.csv:8: rhk_atasan: \"Tersusunya laporan kinerja kecamatan\" bukan RHK "
                                   "atasan (NIP 19750314 200501 1 002) di skp-2025.csv (maksudnya \"" +
                                   std::string(kRhkSekcam) + "\"?)"});
    EXPECT_EQ(kept_plans(raw), (Nips{kCamat, kSekcam, kStaf}));
    raw.regime2022.skp.at(6).rhk_atasan = "Membangun jembatan";  // nothing near
    EXPECT_EQ(problems(raw), Lines{"skp-2025.csv:8: rhk_atasan: \"Membangun jembatan\" bukan RHK atasan (NIP "
                                   "19750314 200501 1 002) di skp-2025.csv"});
    raw.regime2022.skp.at(6).rhk_atasan = "TERSUSUNNYA laporan  kinerja kecamatan";
    EXPECT_EQ(problems(raw), Lines{});
}

TEST(Build2022Skp, RhkAtasanUncheckedWhenTheAtasanHasNoPlan) {
    RawData raw = valid_raw_2022();
    raw.regime2022.skp.erase(raw.regime2022.skp.begin() + 4, raw.regime2022.skp.begin() + 6);  // the sekcam's
    raw.regime2022.skp.at(4).rhk_atasan = "Apa saja";  // the analis's, row 8
    raw.regime2022.penilaian.erase(raw.regime2022.penilaian.begin() + 1, raw.regime2022.penilaian.begin() + 3);
    raw.regime2022.realisasi.erase(raw.regime2022.realisasi.begin() + 2, raw.regime2022.realisasi.begin() + 5);
    EXPECT_EQ(problems(raw), Lines{});
    EXPECT_EQ(kept_plans(raw), (Nips{kCamat, kAnalis, kStaf}));
}

TEST(Build2022Skp, EmployeeWithoutUtama) {
    RawData raw = valid_raw_2022();
    raw.regime2022.skp.at(4).jenis = "tambahan";
    EXPECT_EQ(problems(raw), Lines{"skp-2025.csv:6: jenis: tidak ada RHK utama untuk NIP 19750314 200501 1 002"});
    EXPECT_EQ(kept_plans(raw), (Nips{kCamat, kAnalis, kStaf}));
}

TEST(Build2022Skp, SecondEkspektasiForOneValue) {
    RawData raw = valid_raw_2022();
    raw.regime2022.skp.push_back(test::plan_item(10, kCamat, "ekspektasi", "AKUNTABEL", "Lagi"));
    EXPECT_EQ(problems(raw), Lines{"skp-2025.csv:10: perilaku: ekspektasi Akuntabel sudah ada di baris 4"});
}

TEST(Build2022Skp, LampiranWithoutUraian) {
    RawData raw = valid_raw_2022();
    raw.regime2022.skp.at(3).jenis = "konsekuensi";
    raw.regime2022.skp.at(3).uraian = "";
    EXPECT_EQ(problems(raw), Lines{"skp-2025.csv:5: uraian: wajib diisi"});
}

TEST(Build2022Skp, NipNotInPegawai) {
    RawData raw = valid_raw_2022();
    raw.regime2022.skp.at(3).nip = "197001012000031001";
    EXPECT_EQ(problems(raw), Lines{"skp-2025.csv:5: nip: pegawai 19700101 200003 1 001 tidak ada di pegawai.csv"});
    EXPECT_EQ(kept_plans(raw), kAllPlans);
}

TEST(Build2022Skp, EmployeeWithoutPlanIsAWarning) {
    RawData raw = valid_raw_2022();
    raw.regime2022.skp.pop_back();  // the staf's
    EXPECT_EQ(problems(raw), Lines{});
    EXPECT_EQ(warnings(raw).at(0), "pegawai.csv:5: nip: peringatan: tidak ada SKP tahun 2025 untuk NIP 19900215 "
                                   "201503 2 003 di skp-2025.csv");
    Diagnostics diags;
    EXPECT_EQ(build_dataset(raw, diags).data->regime2022.tanpa_skp, 1u);  // the run's summary count
}

TEST(Build2022Skp, APlanDroppedForItsErrorsIsNotCountedAsMissing) {
    RawData raw = valid_raw_2022();
    raw.regime2022.skp.back().jenis = "salah";  // the staf's only row: his plan is refused
    Diagnostics diags;
    EXPECT_EQ(build_dataset(raw, diags).data->regime2022.tanpa_skp, 0u);
    EXPECT_FALSE(diags.empty());
}

TEST(Build2022Skp, XmlTahunOfAnotherYear) {
    RawData raw = valid_raw_2022();
    raw.regime2022.skp_file = "skp-2025.xml";
    raw.regime2022.skp_tahun_attr = "2024";
    raw.regime2022.skp_tahun_loc = test::at("skp-2025.xml", 1);
    raw.regime2022.penilaian.clear();
    raw.regime2022.realisasi.clear();
    EXPECT_EQ(problems(raw), Lines{"skp-2025.xml:1: tahun: tahun \"2024\" tidak sama dengan tahun periode yang "
                                   "diminta (2025)"});
    EXPECT_TRUE(kept_plans(raw).empty());
}

// ---- realisasi and penilaian ----

TEST(Build2022Evaluasi, PenilaianNipNotInPegawai) {
    RawData raw = valid_raw_2022();
    raw.regime2022.penilaian.at(3).nip = "197001012000031001";
    EXPECT_EQ(problems(raw), (Lines{"penilaian-2025-03.csv:5: nip: pegawai 19700101 200003 1 001 tidak ada di "
                                    "pegawai.csv",
                                    "realisasi-2025-03.csv:7: nip: realisasi tanpa penilaian: tidak ada penilaian "
                                    "bulanan untuk NIP 19851220 201001 1 005"}));
}

TEST(Build2022Evaluasi, EvaluasiUnknown) {
    RawData raw = valid_raw_2022();
    raw.regime2022.penilaian.at(3).evaluasi = "mingguan";
    EXPECT_EQ(problems(raw).at(0), "penilaian-2025-03.csv:5: evaluasi: evaluasi tidak dikenal: \"mingguan\" (pilih: "
                                   "bulanan, triwulanan, tahunan)");
}

TEST(Build2022Evaluasi, EvaluasiNotAllowedInTheMonth) {
    RawData raw = valid_raw_2022();
    raw.regime2022.penilaian.at(3).evaluasi = "tahunan";
    raw.regime2022.realisasi.at(5).evaluasi = "Tahunan";
    EXPECT_EQ(problems(raw), (Lines{"penilaian-2025-03.csv:5: evaluasi: evaluasi tahunan tidak untuk periode 2025-03 "
                                    "(hanya bulan 12)",
                                    "realisasi-2025-03.csv:7: evaluasi: evaluasi tahunan tidak untuk periode 2025-03 "
                                    "(hanya bulan 12)"}));
    raw.periode = "2025-04";  // nor a triwulanan in April
    raw.regime2022.penilaian.at(3).evaluasi = "triwulanan";
    raw.regime2022.penilaian.resize(4);
    raw.regime2022.realisasi.clear();
    raw.regime2022.penilaian.erase(raw.regime2022.penilaian.begin(), raw.regime2022.penilaian.begin() + 3);
    EXPECT_EQ(problems(raw), Lines{"penilaian-2025-03.csv:5: evaluasi: evaluasi triwulanan tidak untuk periode "
                                   "2025-04 (hanya bulan 03, 06, 09 dan 12)"});
}

TEST(Build2022Evaluasi, RealisasiForAnIndikatorNotInThePlan) {
    RawData raw = valid_raw_2022();
    raw.regime2022.realisasi.at(2).indikator = "Jumlah laporan";
    EXPECT_EQ(problems(raw), Lines{"realisasi-2025-03.csv:4: indikator: realisasi untuk indikator yang tidak ada di "
                                   "SKP: \"Jumlah laporan\""});
    EXPECT_EQ(kept_evaluasi(raw), (Lines{kAllEvaluasi[0], kAllEvaluasi[2], kAllEvaluasi[3]}));
}

TEST(Build2022Evaluasi, AmbiguousIndikatorNeedsRhk) {
    RawData raw = valid_raw_2022();
    raw.regime2022.skp.push_back(test::plan_row(10, kSekcam, "tambahan", "", "Terlaksananya MTQ tingkat kecamatan",
                                                "kualitas", "Jumlah laporan kinerja", "1 Laporan"));
    EXPECT_EQ(problems(raw), (Lines{"realisasi-2025-03.csv:4: rhk: indikator \"Jumlah laporan kinerja\" ada di 2 RHK; "
                                    "isi rhk untuk memilih salah satunya",
                                    "realisasi-2025-03.csv:6: rhk: indikator \"Jumlah laporan kinerja\" ada di 2 RHK; "
                                    "isi rhk untuk memilih salah satunya"}));
    raw.regime2022.realisasi.at(2).rhk = kRhkSekcam;
    raw.regime2022.realisasi.at(4).rhk = "terlaksananya MTQ tingkat kecamatan";
    EXPECT_EQ(problems(raw), Lines{});
    EXPECT_EQ(data_2022(raw).evaluasi.at(2).realisasi.at(0).ref, (IndikatorRef{true, 0, 1}));
}

TEST(Build2022Evaluasi, RealisasiEmpty) {
    RawData raw = valid_raw_2022();
    raw.regime2022.realisasi.at(4).realisasi = "";
    EXPECT_EQ(problems(raw), Lines{"realisasi-2025-03.csv:6: realisasi: wajib diisi"});
    EXPECT_EQ(kept_evaluasi(raw), (Lines{kAllEvaluasi[0], kAllEvaluasi[1], kAllEvaluasi[3]}));
}

TEST(Build2022Evaluasi, RealisasiRepeated) {
    RawData raw = valid_raw_2022();
    raw.regime2022.realisasi.push_back(
        test::realisasi_row(8, kCamat, "", kRhkCamat, "JUMLAH dokumen perencanaan", "2 Dokumen"));
    EXPECT_EQ(problems(raw), Lines{"realisasi-2025-03.csv:8: indikator: realisasi indikator ini untuk evaluasi "
                                   "bulanan sudah ada di baris 2"});
}

TEST(Build2022Evaluasi, RealisasiWithoutPenilaian) {
    RawData raw = valid_raw_2022();
    raw.regime2022.realisasi.push_back(test::realisasi_row(8, kStaf, "", "", "Surat masuk terarsip", "100%"));
    EXPECT_EQ(problems(raw), Lines{"realisasi-2025-03.csv:8: nip: realisasi tanpa penilaian: tidak ada penilaian "
                                   "bulanan untuk NIP 19900215 201503 2 003"});
}

TEST(Build2022Evaluasi, RatingUnknown) {
    RawData raw = valid_raw_2022();
    raw.regime2022.penilaian.at(3).rating_perilaku = "luar biasa";
    EXPECT_EQ(problems(raw), Lines{"penilaian-2025-03.csv:5: rating_perilaku: rating tidak dikenal: \"luar biasa\" "
                                   "(pilih: Di Bawah Ekspektasi, Sesuai Ekspektasi, Di Atas Ekspektasi)"});
    EXPECT_EQ(kept_evaluasi(raw), (Lines{kAllEvaluasi[0], kAllEvaluasi[1], kAllEvaluasi[2]}));
}

TEST(Build2022Evaluasi, RatingsMatchedLoosely) {
    RawData raw = valid_raw_2022();
    for (const char* text : {"Diatas", "DI ATAS", "atas", "di-atas ekspektasi", "Di_Atas_Ekspektasi"}) {
        raw.regime2022.penilaian.at(3).rating_hasil_kerja = text;
        EXPECT_EQ(problems(raw), Lines{}) << text;
        EXPECT_EQ(data_2022(raw).evaluasi.at(3).rating_hasil_kerja, Rating::di_atas) << text;
    }
}

TEST(Build2022Evaluasi, RatingEmpty) {
    RawData raw = valid_raw_2022();
    raw.regime2022.penilaian.at(3).rating_hasil_kerja = "";
    raw.regime2022.penilaian.at(2).rating_perilaku = "";
    EXPECT_EQ(problems(raw), (Lines{"penilaian-2025-03.csv:4: rating_perilaku: wajib diisi",
                                    "penilaian-2025-03.csv:5: rating_hasil_kerja: wajib diisi"}));
}

TEST(Build2022Evaluasi, PimpinanRatingHasilKerjaEmptyOnlyWithACapaian) {
    RawData raw = valid_raw_2022();
    raw.instansi->regime.capaian.at(0).periode = "2025-TW1";  // the quarter has one, the month not
    EXPECT_EQ(problems(raw), Lines{"penilaian-2025-03.csv:2: rating_hasil_kerja: wajib diisi (pimpinan boleh "
                                   "mengosongkannya bila instansi.xml memberi capaian organisasi Maret 2025)"});
    raw.regime2022.penilaian.at(0).evaluasi = "triwulanan";
    raw.regime2022.realisasi.at(0).evaluasi = "triwulanan";
    raw.regime2022.realisasi.at(1).evaluasi = "triwulanan";
    EXPECT_EQ(problems(raw), Lines{});
}

TEST(Build2022Evaluasi, PenilaianRepeated) {
    RawData raw = valid_raw_2022();
    raw.regime2022.penilaian.push_back(test::penilaian_row(6, kSekcam, "bulanan", "Sesuai", "Sesuai"));
    EXPECT_EQ(problems(raw), Lines{"penilaian-2025-03.csv:6: evaluasi: penilaian bulanan NIP 19750314 200501 1 002 "
                                   "sudah ada di baris 3"});
    EXPECT_EQ(kept_evaluasi(raw), (Lines{kAllEvaluasi[0], kAllEvaluasi[2], kAllEvaluasi[3]}));
}

TEST(Build2022Evaluasi, RatedEmployeeWithoutPlan) {
    RawData raw = valid_raw_2022();
    raw.regime2022.skp.pop_back();  // the staf's
    raw.regime2022.penilaian.push_back(test::penilaian_row(6, kStaf, "", "Sesuai", "Sesuai"));
    EXPECT_EQ(problems(raw), Lines{"penilaian-2025-03.csv:6: nip: ada penilaian tetapi tidak ada SKP tahun 2025 "
                                   "untuk NIP 19900215 201503 2 003"});
}

TEST(Build2022Evaluasi, RowsOfABrokenPlanAreLeftOutSilently) {
    RawData raw = valid_raw_2022();
    raw.regime2022.skp.at(6).target = "";  // the analis's one row
    EXPECT_EQ(problems(raw), Lines{"skp-2025.csv:8: target: indikator tanpa target"});
    EXPECT_EQ(kept_evaluasi(raw), (Lines{kAllEvaluasi[0], kAllEvaluasi[1], kAllEvaluasi[2]}));
}

TEST(Build2022Evaluasi, WithoutPenilaianOnlyPlans) {
    RawData raw = valid_raw_2022();
    raw.regime2022.penilaian_file = raw.regime2022.realisasi_file = "";
    raw.regime2022.penilaian.clear();
    raw.regime2022.realisasi.clear();
    EXPECT_EQ(problems(raw), Lines{});
    EXPECT_EQ(warnings(raw), Lines{});
    EXPECT_EQ(kept_plans(raw), kAllPlans);
    EXPECT_TRUE(kept_evaluasi(raw).empty());
}

TEST(Build2022Evaluasi, XmlPeriodeOfAnotherMonth) {
    RawData raw = valid_raw_2022();
    raw.regime2022.evaluasi_periode_attr = "2025-02";
    raw.regime2022.evaluasi_periode_loc = test::at("evaluasi-2025-03.xml", 1);
    EXPECT_EQ(problems(raw), Lines{"evaluasi-2025-03.xml:1: periode: periode \"2025-02\" tidak sama dengan periode "
                                   "yang diminta (2025-03)"});
    EXPECT_TRUE(kept_evaluasi(raw).empty());
}

}  // namespace
}  // namespace kinerja
