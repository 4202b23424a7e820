// The 2022 regime's inputs as read (DESIGN 8.1, 8.2): instansi.xml's <regulasi> and
// <capaian-organisasi>, skp-YYYY, realisasi-/penilaian-YYYY-MM, evaluasi-YYYY-MM.xml, and which
// regime's period files a period reads.
#include <gtest/gtest.h>

#include "diagnostic_lines.hpp"
#include "load/data_folder.hpp"
#include "load/data_readers.hpp"

namespace kinerja {
namespace {

using test::Lines;
using test::lines_of;

std::string instansi(const std::string& regime) {
    return "<instansi kode='K'>\n<nama>KECAMATAN</nama>\n" + regime + "</instansi>";
}

const char* const kPegawai = "nip;nama;golongan;jabatan;jenis_jabatan;unit_kerja;nip_atasan\n1;Andi;IV/a;Camat;struktural;Kec;\n";
const char* const kSkpPp46 =
    "nip;uraian;target_kuantitas;target_kualitas;target_waktu;realisasi_kuantitas;realisasi_kualitas;realisasi_waktu\n"
    "1;Menyusun RKT;1;100;12;1;90;12\n";
const char* const kPerilaku = "nip;orientasi_pelayanan;integritas;komitmen;disiplin;kerja_sama\n1;80;80;80;80;80\n";
const char* const kSkp2022 =
    "nip;jenis;rhk_pimpinan;rhk;aspek;indikator;target;perilaku;uraian\n"
    "1;utama;RHK bupati;RHK camat;kuantitas;Jumlah dokumen;2 Dokumen;;\n"
    "1;ekspektasi;;;;;;akuntabel;Tepat waktu\n";
const char* const kPenilaian =
    "nip;evaluasi;rating_hasil_kerja;rating_perilaku;umpan_balik_akuntabel;umpan_balik_kolaboratif;catatan\n"
    "1;;Sesuai;Di Atas;Bagus;Kompak;Lanjutkan\n";
const char* const kRealisasi = "nip;evaluasi;rhk;indikator;realisasi;bukti_dukung;umpan_balik\n1;;;Jumlah dokumen;1 Dokumen;url;ok\n";

// Both regimes' files for 2024-12 and 2025-03; instansi.xml moves to 2022 from 2025-01.
MemoryFileSource both_regimes() {
    MemoryFileSource files;
    files.put("instansi.xml", instansi("<regulasi mulai='2025-01'>permenpanrb-6-2022</regulasi>\n"));
    files.put("pegawai.csv", kPegawai);
    for (const char* periode : {"2024-12", "2025-03"}) {
        files.put("skp-" + std::string(periode) + ".csv", kSkpPp46);
        files.put("perilaku-" + std::string(periode) + ".csv", kPerilaku);
        files.put("penilaian-" + std::string(periode) + ".csv", kPenilaian);
        files.put("realisasi-" + std::string(periode) + ".csv", kRealisasi);
    }
    files.put("skp-2024.csv", kSkp2022);
    files.put("skp-2025.csv", kSkp2022);
    return files;
}

Lines warnings_of(const Diagnostics& diags) {
    Lines out;
    for (const Diagnostic& d : diags.sorted_warnings()) out.push_back(d.str());
    return out;
}

TEST(LoadRegime, InstansiRegulasiAndCapaian) {
    Diagnostics diags;
    const auto rec = read_instansi_xml(instansi("<regulasi mulai=' 2025-01 '> permenpanrb-6-2022 </regulasi>\n"
                                                "<capaian-organisasi periode='2025-03'>Baik</capaian-organisasi>\n"
                                                "<capaian-organisasi periode='2025-TW1'>Butuh  Perbaikan</capaian-organisasi>\n"),
                                       "instansi.xml", diags);
    EXPECT_EQ(lines_of(diags), Lines{});
    ASSERT_TRUE(rec);
    EXPECT_EQ(rec->regime.regulasi, "permenpanrb-6-2022");
    EXPECT_EQ(rec->regime.mulai, "2025-01");
    EXPECT_EQ(rec->regime.regulasi_loc.line, 3);
    ASSERT_EQ(rec->regime.capaian.size(), 2u);
    EXPECT_EQ(rec->regime.capaian[0].loc.line, 4);
    EXPECT_EQ(rec->regime.capaian[0].periode, "2025-03");
    EXPECT_EQ(rec->regime.capaian[1].nilai, "Butuh Perbaikan");
    EXPECT_EQ(rec->regime.capaian[1].loc.line, 5);
}

TEST(LoadRegime, WithoutRegulasiItsPlaceIsInstansi) {
    Diagnostics diags;
    const auto rec = read_instansi_xml(instansi(""), "instansi.xml", diags);
    ASSERT_TRUE(rec);
    EXPECT_EQ(rec->regime.regulasi, "");
    EXPECT_EQ(rec->regime.regulasi_loc.line, 1);
    EXPECT_TRUE(rec->regime.capaian.empty());
}

TEST(LoadRegime, RegulasiTwiceAndUnknownAttribute) {
    Diagnostics diags;
    read_instansi_xml(instansi("<regulasi mulai='2025-01' dari='x'>pp46-2011</regulasi>\n<regulasi>pp46-2011</regulasi>\n"),
                      "instansi.xml", diags);
    EXPECT_EQ(lines_of(diags).size(), 2u);
    EXPECT_EQ(diags.sorted().at(0).line, 3);
    EXPECT_EQ(diags.sorted().at(1).str(), "instansi.xml:4: xml: elemen <regulasi> muncul lebih dari sekali; yang "
                                          "pertama yang dipakai");
}

TEST(LoadRegime, PeriodBeforeMulaiReadsPp46AndWarnsAboutThe2022Files) {
    Diagnostics diags;
    const RawData raw = load_data_folder(both_regimes(), "2024-12", diags);
    EXPECT_EQ(lines_of(diags), Lines{});
    EXPECT_EQ(raw.skp_file, "skp-2024-12.csv");
    EXPECT_EQ(raw.perilaku_file, "perilaku-2024-12.csv");
    EXPECT_EQ(raw.skp.size(), 1u);
    EXPECT_EQ(raw.regime2022.skp_file, "");
    EXPECT_TRUE(raw.regime2022.skp.empty());
    EXPECT_TRUE(raw.regime2022.penilaian.empty());
    const std::string why = ": berkas: peringatan: tidak dibaca: periode 2024-12 memakai regulasi pp46-2011 (lihat "
                            "<regulasi> di instansi.xml)";
    EXPECT_EQ(warnings_of(diags),
              (Lines{"penilaian-2024-12.csv:0" + why, "realisasi-2024-12.csv:0" + why, "skp-2024.csv:0" + why}));
}

TEST(LoadRegime, PeriodFromMulaiReads2022AndWarnsAboutThePp46Files) {
    Diagnostics diags;
    const RawData raw = load_data_folder(both_regimes(), "2025-03", diags);
    EXPECT_EQ(lines_of(diags), Lines{});
    EXPECT_EQ(raw.skp_file, "");
    EXPECT_TRUE(raw.skp.empty());
    EXPECT_TRUE(raw.perilaku.empty());
    EXPECT_EQ(raw.regime2022.skp_file, "skp-2025.csv");
    EXPECT_EQ(raw.regime2022.penilaian_file, "penilaian-2025-03.csv");
    EXPECT_EQ(raw.regime2022.realisasi_file, "realisasi-2025-03.csv");
    const std::string why = ": berkas: peringatan: tidak dibaca: periode 2025-03 memakai regulasi permenpanrb-6-2022 "
                            "(lihat <regulasi> di instansi.xml)";
    EXPECT_EQ(warnings_of(diags), (Lines{"perilaku-2025-03.csv:0" + why, "skp-2025-03.csv:0" + why}));
}

TEST(LoadRegime, UnusableRegulasiReadsNoPeriodFile) {
    for (const char* regime : {"<regulasi>permenpan</regulasi>\n", "<regulasi mulai='2025'>pp46-2011</regulasi>\n"}) {
        MemoryFileSource files = both_regimes();
        files.put("instansi.xml", instansi(regime));
        Diagnostics diags;
        const RawData raw = load_data_folder(files, "2025-03", diags);
        EXPECT_EQ(lines_of(diags), Lines{}) << regime;  // the model reports <regulasi>
        EXPECT_TRUE(warnings_of(diags).empty()) << regime;
        EXPECT_EQ(raw.skp_file, "") << regime;
        EXPECT_EQ(raw.regime2022.skp_file, "") << regime;
    }
}

TEST(LoadRegime, SkpOfTheYearRequiredPenilaianOptional) {
    MemoryFileSource files = both_regimes();
    files.remove("skp-2025.csv");
    files.remove("penilaian-2025-03.csv");
    files.remove("realisasi-2025-03.csv");
    Diagnostics diags;
    const RawData raw = load_data_folder(files, "2025-03", diags);
    EXPECT_EQ(lines_of(diags), Lines{"skp-2025.csv:0: berkas: berkas tidak ditemukan (diharapkan skp-2025.csv, "
                                     "skp-2025.xlsx atau skp-2025.xml: SKP tahun 2025)"});
    EXPECT_EQ(diags.file_problems(), 1u);
    EXPECT_EQ(raw.regime2022.penilaian_file, "");
}

TEST(LoadRegime, SkpAsCsvAndXmlIsAFileProblem) {
    MemoryFileSource files = both_regimes();
    files.put("skp-2025.xml", "<skp tahun='2025'/>");
    Diagnostics diags;
    const RawData raw = load_data_folder(files, "2025-03", diags);
    EXPECT_EQ(lines_of(diags), Lines{"skp-2025.xml:0: berkas: skp-2025.csv dan skp-2025.xml tidak boleh ada "
                                     "bersamaan; hapus salah satunya (yang dibaca skp-2025.csv)"});
    EXPECT_EQ(diags.file_problems(), 1u);
    EXPECT_EQ(raw.regime2022.skp_file, "skp-2025.csv");
}

TEST(LoadRegime, EvaluasiXmlWithTheTablesIsAFileProblem) {
    MemoryFileSource files = both_regimes();
    files.put("evaluasi-2025-03.xml", "<evaluasi periode='2025-03'/>");
    Diagnostics diags;
    const RawData raw = load_data_folder(files, "2025-03", diags);
    EXPECT_EQ(lines_of(diags), Lines{"evaluasi-2025-03.xml:0: berkas: realisasi-2025-03.csv, penilaian-2025-03.csv "
                                     "dan evaluasi-2025-03.xml tidak boleh ada bersamaan; hapus salah satunya (yang "
                                     "dibaca realisasi-2025-03.csv dan penilaian-2025-03.csv)"});
    EXPECT_EQ(diags.file_problems(), 1u);
    EXPECT_EQ(raw.regime2022.penilaian_file, "penilaian-2025-03.csv");
}

TEST(LoadRegime, EvaluasiXmlAlone) {
    MemoryFileSource files = both_regimes();
    files.remove("penilaian-2025-03.csv");
    files.remove("realisasi-2025-03.csv");
    files.put("evaluasi-2025-03.xml",
              "<evaluasi periode='2025-03'>\n"
              "<pegawai nip='1' evaluasi='bulanan' rating-hasil-kerja='Sesuai' rating-perilaku='Di Atas'>\n"
              "  <realisasi rhk='R' indikator='Jumlah dokumen' bukti-dukung='url' umpan-balik='ok'>1 Dokumen</realisasi>\n"
              "  <umpan-balik akuntabel='Bagus' kolaboratif='Kompak'/>\n"
              "  <catatan>Lanjutkan</catatan>\n"
              "</pegawai>\n</evaluasi>");
    Diagnostics diags;
    const RawData raw = load_data_folder(files, "2025-03", diags);
    EXPECT_EQ(lines_of(diags), Lines{});
    const Raw2022& r = raw.regime2022;
    EXPECT_EQ(r.realisasi_file, "evaluasi-2025-03.xml");
    EXPECT_EQ(r.penilaian_file, "evaluasi-2025-03.xml");
    EXPECT_EQ(r.evaluasi_periode_attr, "2025-03");
    ASSERT_EQ(r.penilaian.size(), 1u);
    EXPECT_EQ(r.penilaian[0].loc.line, 2);
    EXPECT_EQ(r.penilaian[0].rating_perilaku, "Di Atas");
    EXPECT_EQ(r.penilaian[0].umpan_balik.at(1), "Bagus");
    EXPECT_EQ(r.penilaian[0].umpan_balik.at(6), "Kompak");
    EXPECT_EQ(r.penilaian[0].catatan, "Lanjutkan");
    ASSERT_EQ(r.realisasi.size(), 1u);
    EXPECT_EQ(r.realisasi[0].loc.line, 3);
    EXPECT_EQ(r.realisasi[0].nip, "1");
    EXPECT_EQ(r.realisasi[0].evaluasi, "bulanan");
    EXPECT_EQ(r.realisasi[0].realisasi, "1 Dokumen");
    EXPECT_EQ(r.realisasi[0].bukti_dukung, "url");
}

TEST(LoadRegime, SkpTableColumnsAndRhkPimpinanAlias) {
    Diagnostics diags;
    const auto rows = read_skp2022_table(kSkp2022, "skp-2025.csv", diags);
    EXPECT_EQ(lines_of(diags), Lines{});
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].loc.line, 2);
    EXPECT_EQ(rows[0].rhk_atasan, "RHK bupati");
    EXPECT_EQ(rows[0].aspek, "kuantitas");
    EXPECT_EQ(rows[0].target, "2 Dokumen");
    EXPECT_EQ(rows[1].jenis, "ekspektasi");
    EXPECT_EQ(rows[1].perilaku, "akuntabel");
    EXPECT_EQ(rows[1].uraian, "Tepat waktu");
    const auto named = read_skp2022_table("nip,rhk_atasan,rhk,indikator,target\n1,A,B,C,D\n", "skp-2025.csv", diags);
    ASSERT_EQ(named.size(), 1u);
    EXPECT_EQ(named[0].rhk_atasan, "A");
}

TEST(LoadRegime, SkpTableNeedsRhkIndikatorTarget) {
    Diagnostics diags;
    read_skp2022_table("nip;rhk;indikator\n1;A;B\n", "skp-2025.csv", diags);
    ASSERT_EQ(diags.file_problems(), 1u);
    EXPECT_NE(lines_of(diags).at(0).find("target"), std::string::npos);
}

TEST(LoadRegime, PenilaianUmpanBalikColumnsByCode) {
    Diagnostics diags;
    const auto rows = read_penilaian_table(kPenilaian, "penilaian-2025-03.csv", diags);
    EXPECT_EQ(lines_of(diags), Lines{});
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].rating_hasil_kerja, "Sesuai");
    EXPECT_EQ(rows[0].umpan_balik, (std::array<std::string, 7>{"", "Bagus", "", "", "", "", "Kompak"}));
    EXPECT_EQ(rows[0].catatan, "Lanjutkan");
}

TEST(LoadRegime, SkpXmlRecordsPerIndikatorAndItem) {
    Diagnostics diags;
    const Skp2022Xml xml = read_skp2022_xml(
        "<skp tahun='2025'>\n<pegawai nip='1'>\n"
        "<utama rhk='R' rhk-pimpinan='A'>\n<indikator aspek='kuantitas' target='2'>I1</indikator>\n"
        "<indikator aspek='waktu' target='3'>I2</indikator>\n</utama>\n"
        "<tambahan rhk='T'/>\n"
        "<ekspektasi perilaku='berorientasi-pelayanan'>E</ekspektasi>\n<skema>S</skema>\n"
        "</pegawai>\n</skp>",
        "skp-2025.xml", diags);
    EXPECT_EQ(lines_of(diags), Lines{});
    EXPECT_EQ(xml.tahun, "2025");
    ASSERT_EQ(xml.skp.size(), 5u);
    EXPECT_EQ(xml.skp[0].loc.line, 4);
    EXPECT_EQ(xml.skp[0].jenis, "utama");
    EXPECT_EQ(xml.skp[0].rhk_atasan, "A");
    EXPECT_EQ(xml.skp[1].indikator, "I2");
    EXPECT_EQ(xml.skp[1].rhk, "R");
    EXPECT_EQ(xml.skp[2].loc.line, 7);  // an RHK without indikator: one record, indikator empty
    EXPECT_EQ(xml.skp[2].jenis, "tambahan");
    EXPECT_EQ(xml.skp[2].indikator, "");
    EXPECT_EQ(xml.skp[3].perilaku, "berorientasi-pelayanan");
    EXPECT_EQ(xml.skp[3].uraian, "E");
    EXPECT_EQ(xml.skp[4].jenis, "skema");
    EXPECT_EQ(xml.skp[4].nip, "1");
}

}  // namespace
}  // namespace kinerja
