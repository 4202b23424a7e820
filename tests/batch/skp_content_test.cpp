// Whether a 2022 SKP is printed again: the hash of what it prints (batch/skp_content.hpp).
#include "batch/skp_content.hpp"

#include <functional>

#include <gtest/gtest.h>

namespace kinerja {
namespace {

struct Plan {
    Instansi instansi;
    Pegawai pegawai, penilai;
    Skp2022 skp;

    Plan() {
        instansi.pemerintah = "Pemerintah Kabupaten Balangan";
        instansi.nama = "Kecamatan Lampihong";
        pegawai.nip = *parse_nip("198507152010012001").nip;
        pegawai.nama = "Nur Aini";
        pegawai.golongan = *parse_golongan("III/b");
        pegawai.jabatan = "Analis Kebijakan";
        penilai.nip = *parse_nip("197503122000031002").nip;
        penilai.nama = "Hammad Arsyad";
        penilai.golongan = *parse_golongan("IV/a");
        skp.nip = pegawai.nip;
        skp.tahun = 2025;
        RencanaHasilKerja rhk;
        rhk.rhk_atasan = "Meningkatnya kualitas perencanaan";
        rhk.rhk = "Tersusunnya dokumen perencanaan";
        rhk.indikator.push_back(Indikator{{}, Aspek::kuantitas, "Jumlah dokumen", "2 Dokumen"});
        skp.utama.push_back(rhk);
        skp.ekspektasi.push_back(Ekspektasi{{}, NilaiDasar::akuntabel, "Tepat waktu"});
        skp.dukungan = {"Anggaran"};
    }
    std::string hash() const { return skp_content_sha256(skp, pegawai, &penilai, instansi); }
};

TEST(SkpContent, EveryPrintedPartChangesTheHash) {
    const std::string base = Plan().hash();
    ASSERT_EQ(base.size(), 64u);
    const std::vector<std::pair<const char*, std::function<void(Plan&)>>> changes = {
        {"target", [](Plan& p) { p.skp.utama[0].indikator[0].target = "3 Dokumen"; }},
        {"aspek", [](Plan& p) { p.skp.utama[0].indikator[0].aspek = Aspek::kualitas; }},
        {"rhk_atasan", [](Plan& p) { p.skp.utama[0].rhk_atasan = "Lain"; }},
        {"tambahan", [](Plan& p) { p.skp.tambahan.push_back(p.skp.utama[0]); }},
        {"ekspektasi", [](Plan& p) { p.skp.ekspektasi[0].uraian = "Tepat"; }},
        {"dukungan", [](Plan& p) { p.skp.dukungan.clear(); }},
        {"skema", [](Plan& p) { p.skp.skema.push_back("Anggaran"); }},
        {"pegawai jabatan", [](Plan& p) { p.pegawai.jabatan = "Camat"; }},
        {"pegawai golongan", [](Plan& p) { p.pegawai.golongan = *parse_golongan("III/c"); }},
        {"penilai nama", [](Plan& p) { p.penilai.gelar_belakang = "SP"; }},
        {"instansi", [](Plan& p) { p.instansi.nama = "Kecamatan Paringin"; }},
    };
    for (const auto& [what, change] : changes) {
        Plan changed;
        change(changed);
        EXPECT_NE(changed.hash(), base) << what;
    }
    Plan moved;  // the same list items split differently
    moved.skp.dukungan = {};
    moved.skp.skema = {"Anggaran"};
    EXPECT_NE(moved.hash(), base);
}

TEST(SkpContent, WhatTheSkpDoesNotPrintLeavesTheHash) {
    const std::string base = Plan().hash();
    Plan other;
    other.skp.loc = SourceLoc{"skp-2025.xml", 40};
    other.skp.utama[0].indikator[0].loc = SourceLoc{"skp-2025.xml", 41};
    other.pegawai.loc = SourceLoc{"pegawai.xlsx", 9};
    other.pegawai.tmt_golongan = Date{2020, 4, 1};
    other.instansi.logo = "logo.png";
    EXPECT_EQ(other.hash(), base);
}

}  // namespace
}  // namespace kinerja
