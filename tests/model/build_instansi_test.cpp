// Rules of instansi.xml: what is valid is kept, the rest reported.
#include "model/build.hpp"

#include <gtest/gtest.h>

#include "build_test_data.hpp"

namespace kinerja {
namespace {

using test::Lines;
using test::problems;

Instansi built(const RawData& raw) {
    BuildResult result = test::build(raw);
    EXPECT_TRUE(result.data);
    return result.data ? result.data->instansi : Instansi{};
}

TEST(BuildInstansi, TextsRequired) {
    RawData raw = test::valid_raw();
    raw.instansi->kode = "";
    raw.instansi->pemerintah = "";
    raw.instansi->nama = "";
    raw.instansi->alamat = "";
    raw.instansi->tempat = "";
    raw.instansi->kode_pos = "";  // optional
    raw.instansi->logo = "";      // optional
    EXPECT_EQ(problems(raw),
              (Lines{"instansi.xml:1: kode: wajib diisi", "instansi.xml:2: pemerintah: wajib diisi",
                     "instansi.xml:3: nama: wajib diisi", "instansi.xml:4: alamat: wajib diisi",
                     "instansi.xml:6: tempat: wajib diisi"}));
    // The rest of the office is still usable.
    EXPECT_EQ(built(raw).kertas, Kertas::f4);
}

TEST(BuildInstansi, KertasA4OrF4IgnoringCase) {
    RawData raw = test::valid_raw();
    raw.instansi->kertas = "a4";
    EXPECT_EQ(problems(raw), Lines{});
    EXPECT_EQ(built(raw).kertas, Kertas::a4);
    raw.instansi->kertas = "Letter";
    EXPECT_EQ(problems(raw),
              Lines{"instansi.xml:8: kertas: kertas tidak dikenal: \"Letter\" (pilih: A4, F4)"});
    raw.instansi->kertas = "";
    EXPECT_EQ(problems(raw), Lines{"instansi.xml:8: kertas: wajib diisi"});
    raw.instansi->lines.erase("kertas");  // a reader that did not see the element
    EXPECT_EQ(problems(raw), Lines{"instansi.xml:1: kertas: wajib diisi"});
}

TEST(BuildInstansi, TandaTanganPindaianTidakUnlessYa) {
    RawData raw = test::valid_raw();
    EXPECT_FALSE(built(raw).tanda_tangan_pindaian);  // no <tanda-tangan>: the default
    raw.instansi->tanda_tangan_loc = test::at("instansi.xml", 17);
    raw.instansi->tanda_tangan_pindaian = "ya";
    EXPECT_EQ(problems(raw), Lines{});
    EXPECT_TRUE(built(raw).tanda_tangan_pindaian);
    raw.instansi->tanda_tangan_pindaian = "Tidak";
    EXPECT_EQ(problems(raw), Lines{});
    EXPECT_FALSE(built(raw).tanda_tangan_pindaian);
    raw.instansi->tanda_tangan_pindaian = "kadang";
    EXPECT_EQ(problems(raw), Lines{"instansi.xml:17: pindaian: pilihan tanda tangan pindaian tidak dikenal: "
                                   "\"kadang\" (pilih: ya, tidak)"});
    EXPECT_FALSE(built(raw).tanda_tangan_pindaian);  // no scan where the choice is unclear
}

TEST(BuildInstansi, CetakDuaSisiUnlessSatu) {
    RawData raw = test::valid_raw();
    EXPECT_EQ(built(raw).cetak, SisiCetak::dua);  // no <cetak>: the default
    EXPECT_EQ(built(raw).arsip.sisi_cetak, SisiCetak::dua);
    raw.instansi->cetak_loc = test::at("instansi.xml", 16);
    raw.instansi->cetak_sisi = "Satu";
    EXPECT_EQ(problems(raw), Lines{});
    EXPECT_EQ(built(raw).cetak, SisiCetak::satu);
    EXPECT_EQ(built(raw).arsip.sisi_cetak, SisiCetak::satu);  // the filing counts its lembar so
    raw.instansi->cetak_sisi = "dua";
    EXPECT_EQ(problems(raw), Lines{});
    EXPECT_EQ(built(raw).cetak, SisiCetak::dua);
}

TEST(BuildInstansi, CetakUnknownSisiIsAProblemAtCetak) {
    RawData raw = test::valid_raw();
    raw.instansi->cetak_loc = test::at("instansi.xml", 16);
    raw.instansi->cetak_sisi = "bolak-balik";
    EXPECT_EQ(problems(raw), Lines{"instansi.xml:16: cetak: sisi cetak tidak dikenal: \"bolak-balik\" "
                                   "(pilih: dua, satu)"});
    EXPECT_EQ(built(raw).cetak, SisiCetak::dua);  // the rest of the office stays usable
    raw.instansi->cetak_loc = SourceLoc{};         // a reader that did not see the element
    EXPECT_EQ(problems(raw), Lines{"instansi.xml:1: cetak: sisi cetak tidak dikenal: \"bolak-balik\" "
                                   "(pilih: dua, satu)"});
}

TEST(SisiCetak, TextAndBack) {
    for (SisiCetak s : {SisiCetak::dua, SisiCetak::satu}) EXPECT_EQ(parse_sisi_cetak(sisi_cetak_text(s)), s);
    EXPECT_EQ(parse_sisi_cetak("Satu"), std::nullopt);  // the register's exact words only
}

TEST(BuildInstansi, PimpinanMustBeANip) {
    RawData raw = test::valid_raw();
    raw.instansi->pimpinan_nip = "19690627 200112 1 00";
    // Without a known pimpinan, an empty nip_atasan is not blamed on anyone.
    EXPECT_EQ(problems(raw), Lines{"instansi.xml:9: pimpinan: NIP harus 18 angka, ditemukan 17"});
    EXPECT_EQ(built(raw).pimpinan, Nip{});
    EXPECT_EQ(test::kept_pegawai(raw).size(), 4u);
}

TEST(BuildInstansi, PimpinanReportedAtInstansiWhenItsElementHasNoLine) {
    RawData raw = test::valid_raw();
    raw.instansi->pimpinan_loc = SourceLoc{};
    raw.instansi->pimpinan_nip = "";
    EXPECT_EQ(problems(raw), Lines{"instansi.xml:1: pimpinan: wajib diisi"});
}

TEST(BuildInstansi, SalinanAtLeastOneLembar) {
    RawData raw = test::valid_raw();
    raw.instansi->salinan = {"Arsip"};
    EXPECT_EQ(problems(raw), Lines{});
    raw.instansi->salinan = {};
    EXPECT_EQ(problems(raw), Lines{"instansi.xml:10: salinan: paling sedikit satu lembar"});
    raw.instansi->salinan = {"Arsip", ""};
    EXPECT_EQ(problems(raw), Lines{"instansi.xml:10: lembar: wajib diisi"});
    EXPECT_EQ(built(raw).salinan, std::vector<std::string>{"Arsip"});
}

TEST(BuildInstansi, ArsipKodeKlasifikasiRequired) {
    RawData raw = test::valid_raw();
    raw.instansi->arsip_kode_klasifikasi = "";
    EXPECT_EQ(problems(raw), Lines{"instansi.xml:15: kode-klasifikasi: wajib diisi"});
}

TEST(BuildInstansi, ArsipKapasitasBoxWholeNumberAtLeastOne) {
    RawData raw = test::valid_raw();
    raw.instansi->arsip_kapasitas_box = "1";
    EXPECT_EQ(problems(raw), Lines{});
    EXPECT_EQ(built(raw).arsip.kapasitas_box, 1);
    raw.instansi->arsip_kapasitas_box = "0";
    EXPECT_EQ(problems(raw), Lines{"instansi.xml:15: kapasitas-box: paling sedikit 1"});
    raw.instansi->arsip_kapasitas_box = "2,5";
    EXPECT_EQ(problems(raw),
              Lines{"instansi.xml:15: kapasitas-box: bukan bilangan bulat: \"2,5\""});
    raw.instansi->arsip_kapasitas_box = "sepuluh";
    EXPECT_EQ(problems(raw), Lines{"instansi.xml:15: kapasitas-box: bukan angka: \"sepuluh\""});
    EXPECT_EQ(built(raw).arsip.kapasitas_box, 10);  // the default stays
    raw.instansi->arsip_kapasitas_box = "";
    EXPECT_EQ(problems(raw), Lines{"instansi.xml:15: kapasitas-box: wajib diisi"});
}

TEST(BuildInstansi, ArsipRetensiWholeNumbersNotNegative) {
    RawData raw = test::valid_raw();
    raw.instansi->arsip_retensi_aktif = "0";
    raw.instansi->arsip_retensi_inaktif = "25";
    EXPECT_EQ(problems(raw), Lines{});
    EXPECT_EQ(built(raw).arsip.retensi_inaktif, 25);
    raw.instansi->arsip_retensi_aktif = "-1";
    raw.instansi->arsip_retensi_inaktif = "1.5";
    EXPECT_EQ(problems(raw),
              (Lines{"instansi.xml:15: retensi-aktif: tidak boleh negatif",
                     "instansi.xml:15: retensi-inaktif: bukan bilangan bulat: \"1.5\""}));
}

TEST(BuildInstansi, ArsipNasibAkhirMusnahWhenNotGiven) {
    RawData raw = test::valid_raw();
    raw.instansi->arsip_nasib_akhir = "";
    EXPECT_EQ(problems(raw), Lines{});
    EXPECT_EQ(built(raw).arsip.nasib_akhir, NasibAkhir::musnah);
}

TEST(BuildInstansi, ArsipNasibAkhirOneOfAnrisThreeIgnoringCase) {
    RawData raw = test::valid_raw();
    raw.instansi->arsip_nasib_akhir = "Permanen";
    EXPECT_EQ(problems(raw), Lines{});
    EXPECT_EQ(built(raw).arsip.nasib_akhir, NasibAkhir::permanen);
    raw.instansi->arsip_nasib_akhir = "dinilai kembali";
    EXPECT_EQ(problems(raw), Lines{});
    EXPECT_EQ(built(raw).arsip.nasib_akhir, NasibAkhir::dinilai_kembali);
    EXPECT_EQ(nasib_akhir_text(built(raw).arsip.nasib_akhir), "Dinilai Kembali");
    raw.instansi->arsip_nasib_akhir = "MUSNAH";
    EXPECT_EQ(built(raw).arsip.nasib_akhir, NasibAkhir::musnah);
}

TEST(BuildInstansi, ArsipNasibAkhirUnknownIsAProblemAtArsip) {
    RawData raw = test::valid_raw();
    raw.instansi->arsip_nasib_akhir = "Disimpan";
    EXPECT_EQ(problems(raw), Lines{"instansi.xml:15: nasib-akhir: nasib akhir tidak dikenal: \"Disimpan\" "
                                   "(pilih: Musnah, Permanen, Dinilai Kembali)"});
    EXPECT_EQ(built(raw).arsip.nasib_akhir, NasibAkhir::musnah);  // the rest of <arsip> stays usable
    EXPECT_EQ(built(raw).arsip.retensi_inaktif, 3);
}

TEST(NasibAkhir, TextAndBack) {
    for (NasibAkhir n : {NasibAkhir::musnah, NasibAkhir::permanen, NasibAkhir::dinilai_kembali}) {
        EXPECT_EQ(parse_nasib_akhir(nasib_akhir_text(n)), n);
    }
    EXPECT_EQ(parse_nasib_akhir("musnah"), std::nullopt);  // the register's exact words only
}

}  // namespace
}  // namespace kinerja
