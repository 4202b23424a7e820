// rekap<S>.csv and .xlsx under PermenPANRB 6/2022 (batch/rekap2022.hpp, DESIGN 8.4).
#include "batch/rekap2022.hpp"

#include <gtest/gtest.h>

namespace kinerja {
namespace {

Pegawai pegawai(const char* nip, const char* nama, JenisJabatan jenis) {
    Pegawai p;
    p.nip = *parse_nip(nip).nip;
    p.nama = nama;
    p.jenis_jabatan = jenis;
    return p;
}

TEST(Rekap2022, CanonicalTextAndThePercentageOnlyForFungsional) {
    const Pegawai fungsional = pegawai("198507152010012001", "Nur Aini", JenisJabatan::fungsional);
    const Pegawai pelaksana = pegawai("199001012015031002", "=Budi", JenisJabatan::pelaksana);
    Evaluasi e1, e2;
    e1.rating_perilaku = Rating::di_atas;
    e2.rating_perilaku = Rating::di_bawah;
    HasilEvaluasi h1{&e1, &fungsional, Rating::di_atas, false, Predikat::sangat_baik, 150};
    HasilEvaluasi h2{&e2, &pelaksana, Rating::sesuai, false, Predikat::kurang_misconduct, std::nullopt};
    const std::string csv = rekap2022_csv({RekapRow2022(h1), RekapRow2022(h2)});
    EXPECT_EQ(csv,
              "nip,nama,rating_hasil_kerja,rating_perilaku,predikat,persen_angka_kredit\n"
              "198507152010012001,Nur Aini,Di Atas Ekspektasi,Di Atas Ekspektasi,Sangat Baik,150\n"
              "199001012015031002,\"'=Budi\",Sesuai Ekspektasi,Di Bawah Ekspektasi,Kurang/Misconduct,\n")
        << csv;
}

TEST(Rekap2022, NobodyRatedIsTheHeaderOnly) {
    EXPECT_EQ(rekap2022_csv({}), "nip,nama,rating_hasil_kerja,rating_perilaku,predikat,persen_angka_kredit\n");
}

}  // namespace
}  // namespace kinerja
