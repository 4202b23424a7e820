#include "model/build.hpp"

#include <gtest/gtest.h>

#include "build_test_data.hpp"

namespace kinerja {
namespace {

using test::kAnalis;
using test::kCamat;
using test::kSekcam;
using test::kStaf;

TEST(BuildDataset, ValidFolderHasNoProblemsAndKeepsEverything) {
    RawData raw = test::valid_raw();
    BuildResult result = test::build(raw);
    EXPECT_EQ(test::problems(raw), test::Lines{});
    ASSERT_TRUE(result.data);
    const DataSet& data = *result.data;
    EXPECT_EQ(result.kegiatan_count, 4u);
    ASSERT_EQ(data.pegawai.size(), 4u);
    ASSERT_EQ(data.pegawai_index.place.size(), 4u);  // find_pegawai's, made once
    for (std::size_t i = 0; i < data.pegawai.size(); ++i) {
        EXPECT_EQ(data.pegawai_index.place.at(data.pegawai[i].nip.digits), i);
    }
    EXPECT_EQ(data.skp.size(), 4u);
    ASSERT_EQ(data.sops.size(), 1u);
    ASSERT_TRUE(data.period);
    EXPECT_EQ(data.period->iso(), "2024-03");
}

TEST(BuildDataset, TypesInstansi) {
    BuildResult result = test::build(test::valid_raw());
    ASSERT_TRUE(result.data);
    const Instansi& instansi = result.data->instansi;
    EXPECT_EQ(instansi.kode, "KEC-LPHG");
    EXPECT_EQ(instansi.tempat, "Lampihong");
    EXPECT_EQ(instansi.kertas, Kertas::f4);
    EXPECT_EQ(instansi.pimpinan.digits, kCamat);
    EXPECT_EQ(instansi.salinan.size(), 3u);
    EXPECT_EQ(instansi.arsip,
              (ArsipSetting{"800.1.4.4", 10, 2, 3, "Subbagian Perencanaan dan Keuangan", NasibAkhir::musnah}));
}

TEST(BuildDataset, TypesPegawaiInFileOrder) {
    BuildResult result = test::build(test::valid_raw());
    ASSERT_TRUE(result.data);
    const std::vector<Pegawai>& pegawai = result.data->pegawai;
    ASSERT_EQ(pegawai.size(), 4u);
    EXPECT_EQ(pegawai.at(0).nip.digits, kCamat);
    EXPECT_EQ(pegawai.at(0).nama_lengkap(), "H. Hammad Arsyad, SP");
    EXPECT_EQ(pegawai.at(0).golongan.str(), "IV/a");
    EXPECT_EQ(pegawai.at(0).tmt_golongan, (Date{2019, 4, 1}));
    EXPECT_EQ(pegawai.at(0).nip_atasan, std::nullopt);
    EXPECT_EQ(pegawai.at(1).jenis_jabatan, JenisJabatan::struktural);  // "Struktural"
    EXPECT_EQ(pegawai.at(1).tmt_golongan, std::nullopt);
    EXPECT_EQ(pegawai.at(2).nip.digits, kAnalis);  // written with spaces
    EXPECT_EQ(pegawai.at(2).jenis_jabatan, JenisJabatan::fungsional);
    EXPECT_EQ(pegawai.at(2).nip_atasan, (Nip{kSekcam}));
    EXPECT_EQ(pegawai.at(3).jenis_jabatan, JenisJabatan::pelaksana);
    EXPECT_EQ(pegawai.at(3).loc.line, 5);
    EXPECT_EQ(result.data->atasan_of(pegawai.at(3)), &pegawai.at(2));
}

TEST(BuildDataset, TypesSkp) {
    BuildResult result = test::build(test::valid_raw());
    ASSERT_TRUE(result.data);
    const std::map<std::string, Skp>& skp = result.data->skp;

    const Skp& camat = skp.at(kCamat);
    EXPECT_EQ(camat.nip.digits, kCamat);
    ASSERT_EQ(camat.tugas.size(), 1u);
    EXPECT_EQ(camat.tugas.at(0).target,
              (Capaian{1, 100, 12, Rational(170395000)}));  // "170.395.000" grouped
    EXPECT_EQ(camat.tugas.at(0).realisasi, (Capaian{1, 90, 12, Rational(170395000)}));
    ASSERT_TRUE(camat.perilaku.kepemimpinan);
    EXPECT_EQ(*camat.perilaku.kepemimpinan, Rational(78));

    const KegiatanTugas& sekcam = skp.at(kSekcam).tugas.at(0);
    EXPECT_EQ(sekcam.ak, Rational(0));  // empty
    EXPECT_EQ(sekcam.realisasi.kualitas, Rational(171, 2));
    EXPECT_EQ(sekcam.realisasi.waktu, Rational(912, 100));
    EXPECT_EQ(sekcam.target.biaya, std::nullopt);
    EXPECT_EQ(sekcam.realisasi.biaya, std::nullopt);

    const Skp& analis = skp.at(kAnalis);
    EXPECT_EQ(analis.tugas.size(), 1u);
    ASSERT_EQ(analis.kreativitas.size(), 1u);
    EXPECT_EQ(analis.kreativitas.at(0).nilai, Rational(3));
    EXPECT_EQ(analis.perilaku.kepemimpinan, std::nullopt);
    EXPECT_EQ(analis.perilaku.disiplin, Rational(85));

    const Skp& staf = skp.at(kStaf);
    ASSERT_EQ(staf.tambahan.size(), 1u);
    EXPECT_EQ(staf.tambahan.at(0).uraian, "Panitia MTQ tingkat kecamatan");
    EXPECT_EQ(staf.tugas.at(0).uraian, "Mengadministrasikan surat masuk");  // jenis empty
}

TEST(BuildDataset, TypesSop) {
    BuildResult result = test::build(test::valid_raw());
    ASSERT_TRUE(result.data);
    const Sop& sop = result.data->sops.at(0);
    EXPECT_EQ(sop.nomor, "01/SOP/KEC-LPHG/III/2024");
    EXPECT_EQ(sop.tanggal_efektif, (Date{2024, 3, 1}));
    EXPECT_EQ(sop.tanggal_revisi, std::nullopt);
    EXPECT_EQ(sop.disahkan_oleh.digits, kCamat);
    EXPECT_EQ(sop.lanes.size(), 3u);
    EXPECT_EQ(sop.lanes.at(1), (Lane{"sekretaris", "Sekretaris Camat"}));
    ASSERT_EQ(sop.langkah.size(), 4u);
    EXPECT_EQ(sop.langkah.at(0).nomor, 1);
    EXPECT_EQ(sop.langkah.at(0).lane, 2u);
    EXPECT_EQ(sop.langkah.at(0).simbol, Simbol::mulai);
    EXPECT_EQ(sop.langkah.at(2).simbol, Simbol::keputusan);
    EXPECT_EQ(sop.langkah.at(2).ya, 4);
    EXPECT_EQ(sop.langkah.at(2).tidak, 2);
    EXPECT_EQ(sop.langkah.at(1).ya, 0);
    ASSERT_TRUE(sop.langkah.at(3).waktu);
    EXPECT_EQ(sop.langkah.at(3).waktu->str(), "1,5 Jam");
    EXPECT_EQ(sop.langkah.at(3).simbol, Simbol::selesai);
}

TEST(BuildDataset, NoInstansiGivesNoDataButStillChecksTheRest) {
    RawData raw = test::valid_raw();
    raw.instansi.reset();
    raw.pegawai.at(3).nama = "";
    BuildResult result = test::build(raw);
    EXPECT_FALSE(result.data);
    EXPECT_EQ(test::problems(raw), test::Lines{"pegawai.csv:5: nama: wajib diisi"});
    EXPECT_EQ(result.kegiatan_count, 3u);
}

TEST(BuildDataset, WithoutPeriodSkpIsNotRead) {
    RawData raw = test::valid_raw();
    raw.periode = "";
    raw.skp.at(0).target_kuantitas = "abc";
    BuildResult result = test::build(raw);
    EXPECT_EQ(test::problems(raw), test::Lines{});
    ASSERT_TRUE(result.data);
    EXPECT_FALSE(result.data->period);
    EXPECT_TRUE(result.data->skp.empty());
    EXPECT_EQ(result.kegiatan_count, 0u);
    EXPECT_EQ(result.data->pegawai.size(), 4u);
}

TEST(BuildDataset, ReportsEveryProblemNotJustTheFirst) {
    RawData raw = test::valid_raw();
    raw.instansi->kertas = "Letter";
    raw.pegawai.at(3).golongan = "III/f";
    raw.pegawai.at(3).unit_kerja = "";
    raw.skp.at(0).realisasi_kualitas = "120";
    raw.sops.at(0).langkah.at(1).pelaksana = "kasi";
    EXPECT_EQ(test::problems(raw),
              (test::Lines{
                  "instansi.xml:8: kertas: kertas tidak dikenal: \"Letter\" (pilih: A4, F4)",
                  "pegawai.csv:5: golongan: golongan tidak dikenal: \"III/f\" (contoh: III/b)",
                  "pegawai.csv:5: unit_kerja: wajib diisi",
                  "skp-2024-03.csv:2: realisasi_kualitas: nilai lebih dari 100",
                  "sop/01-perencanaan.xml:15: pelaksana: pelaksana tidak dikenal: \"kasi\" (ada: "
                  "atasan, sekretaris, staf)",
              }));
}

}  // namespace
}  // namespace kinerja
