#include "load/data_readers.hpp"

#include <map>
#include <tuple>

#include <gtest/gtest.h>
#include "diagnostic_lines.hpp"

namespace kinerja {
namespace {

using test::Lines;
using test::lines_of;

// ---- pegawai ------------------------------------------------------------------------------

const char* const kPegawaiCsv =
    "NIP;Nama;Gelar Depan;Gelar Belakang;Golongan;TMT Golongan;Jabatan;Jenis Jabatan;Unit Kerja;NIP Atasan\r\n"
    "19690627 200112 1 003;Hammad Arsyad;H.;SP;IV/a;2020-04-01;Camat;struktural;Kecamatan Lampihong;\r\n"
    ";;;;;;;;;\r\n"
    "198001012005011002; Rahmadi ;;S.E.;III/b;;\"Kasubag Perencanaan; Keuangan\";struktural;Kecamatan Lampihong;19690627 200112 1 003\r\n";

const char* const kPegawaiXml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<daftar-pegawai>\n"
    "  <pegawai nip=\"19690627 200112 1 003\" nama=\"Hammad Arsyad\" gelar-depan=\"H.\" gelar-belakang=\"SP\"\n"
    "           golongan=\"IV/a\" tmt-golongan=\"2020-04-01\" jabatan=\"Camat\" jenis-jabatan=\"struktural\"\n"
    "           unit-kerja=\"Kecamatan Lampihong\" nip-atasan=\"\"/>\n"
    "  <pegawai nip=\"198001012005011002\" nama=\" Rahmadi \" gelar-belakang=\"S.E.\" golongan=\"III/b\"\n"
    "           jabatan=\"Kasubag Perencanaan; Keuangan\" jenis-jabatan=\"struktural\"\n"
    "           unit-kerja=\"Kecamatan Lampihong\" nip-atasan=\"19690627 200112 1 003\"/>\n"
    "</daftar-pegawai>\n";

TEST(ReadPegawaiCsv, MapsEveryColumn) {
    Diagnostics diags;
    const auto recs = read_pegawai_table(kPegawaiCsv, "pegawai.csv", diags);
    EXPECT_TRUE(diags.empty());
    ASSERT_EQ(recs.size(), 2u);
    const PegawaiRecord& a = recs[0];
    EXPECT_EQ(a.loc.file, "pegawai.csv");
    EXPECT_EQ(a.loc.line, 2);
    EXPECT_EQ(a.nip, "19690627 200112 1 003");
    EXPECT_EQ(a.nama, "Hammad Arsyad");
    EXPECT_EQ(a.gelar_depan, "H.");
    EXPECT_EQ(a.gelar_belakang, "SP");
    EXPECT_EQ(a.golongan, "IV/a");
    EXPECT_EQ(a.tmt_golongan, "2020-04-01");
    EXPECT_EQ(a.jabatan, "Camat");
    EXPECT_EQ(a.jenis_jabatan, "struktural");
    EXPECT_EQ(a.unit_kerja, "Kecamatan Lampihong");
    EXPECT_EQ(a.nip_atasan, "");
    const PegawaiRecord& b = recs[1];
    EXPECT_EQ(b.loc.line, 4);
    EXPECT_EQ(b.nama, "Rahmadi");
    EXPECT_EQ(b.jabatan, "Kasubag Perencanaan; Keuangan");
    EXPECT_EQ(b.nip_atasan, "19690627 200112 1 003");
}

TEST(ReadPegawaiCsv, OptionalColumnsMayBeAbsent) {
    Diagnostics diags;
    const auto recs = read_pegawai_table(
        "nip,nama,golongan,jabatan,jenis_jabatan,unit_kerja,nip_atasan\n1,Andi,II/a,Staf,pelaksana,Umum,2\n",
        "pegawai.csv", diags);
    EXPECT_TRUE(diags.empty());
    ASSERT_EQ(recs.size(), 1u);
    EXPECT_EQ(recs[0].gelar_depan, "");
    EXPECT_EQ(recs[0].tmt_golongan, "");
    EXPECT_EQ(recs[0].nip_atasan, "2");
}

TEST(ReadPegawaiCsv, MissingRequiredColumnYieldsNoRecords) {
    Diagnostics diags;
    const auto recs =
        read_pegawai_table("nip;nama;golongan;jabatan;unit_kerja\n1;Andi;II/a;Staf;Umum\n", "pegawai.csv", diags);
    EXPECT_TRUE(recs.empty());
    EXPECT_EQ(lines_of(diags), (Lines{"pegawai.csv:1: jenis_jabatan: kolom wajib tidak ada: jenis_jabatan, nip_atasan "
                                      "(judul kolom yang terbaca: nip, nama, golongan, jabatan, unit_kerja)"}));
}

TEST(ReadPegawaiXml, MapsEveryAttribute) {
    Diagnostics diags;
    const auto recs = read_pegawai_xml(kPegawaiXml, "pegawai.xml", diags);
    EXPECT_TRUE(diags.empty());
    ASSERT_EQ(recs.size(), 2u);
    EXPECT_EQ(recs[0].loc.file, "pegawai.xml");
    EXPECT_EQ(recs[0].loc.line, 3);
    EXPECT_EQ(recs[1].loc.line, 6);
    EXPECT_EQ(recs[0].gelar_depan, "H.");
    EXPECT_EQ(recs[0].tmt_golongan, "2020-04-01");
    EXPECT_EQ(recs[0].jenis_jabatan, "struktural");
    EXPECT_EQ(recs[0].unit_kerja, "Kecamatan Lampihong");
    EXPECT_EQ(recs[1].nama, "Rahmadi");
    EXPECT_EQ(recs[1].nip_atasan, "19690627 200112 1 003");
}

TEST(ReadPegawai, CsvAndXmlGiveEqualRecords) {
    Diagnostics diags;
    const auto csv = read_pegawai_table(kPegawaiCsv, "pegawai.csv", diags);
    const auto xml = read_pegawai_xml(kPegawaiXml, "pegawai.xml", diags);
    EXPECT_TRUE(diags.empty());
    ASSERT_EQ(csv.size(), xml.size());
    for (std::size_t i = 0; i < csv.size(); ++i) {
        const PegawaiRecord& c = csv[i];
        const PegawaiRecord& x = xml[i];
        EXPECT_EQ(std::tie(c.nip, c.nama, c.gelar_depan, c.gelar_belakang, c.golongan, c.tmt_golongan,
                           c.jabatan, c.jenis_jabatan, c.unit_kerja, c.nip_atasan),
                  std::tie(x.nip, x.nama, x.gelar_depan, x.gelar_belakang, x.golongan, x.tmt_golongan,
                           x.jabatan, x.jenis_jabatan, x.unit_kerja, x.nip_atasan))
            << i;
    }
}

TEST(ReadPegawaiXml, ReportsMalformedXmlWrongRootAndUnknownNames) {
    {
        Diagnostics diags;
        EXPECT_TRUE(read_pegawai_xml("<daftar-pegawai>\n<pegawai nip='1'>\n</daftar-pegawai>", "pegawai.xml", diags)
                        .empty());
        EXPECT_EQ(lines_of(diags),
                  (Lines{"pegawai.xml:3: xml: XML tidak valid: tag penutup </daftar-pegawai> tidak cocok "
                         "dengan tag pembukanya"}));
    }
    {
        Diagnostics diags;
        EXPECT_TRUE(read_pegawai_xml("<pegawai nip='1'/>", "pegawai.xml", diags).empty());
        EXPECT_EQ(lines_of(diags),
                  (Lines{"pegawai.xml:1: xml: elemen utama harus <daftar-pegawai>, bukan <pegawai>"}));
    }
    {
        Diagnostics diags;
        const auto recs = read_pegawai_xml(
            "<daftar-pegawai>\n<pegawai nip='1' nip_atasan='2'/>\n<pegawal nip='3'/>\n</daftar-pegawai>",
            "pegawai.xml", diags);
        ASSERT_EQ(recs.size(), 1u);
        EXPECT_EQ(recs[0].nip_atasan, "");
        EXPECT_EQ(lines_of(diags),
                  (Lines{"pegawai.xml:3: xml: elemen <pegawal> tidak dikenal di dalam <daftar-pegawai>",
                         "pegawai.xml:2: nip_atasan: atribut tidak dikenal pada <pegawai>"}));
    }
}

// ---- skp and perilaku ----------------------------------------------------------------------

TEST(ReadSkpCsv, MapsEveryColumn) {
    Diagnostics diags;
    const auto recs = read_skp_table(
        "nip;jenis;uraian;ak;satuan;target_kuantitas;target_kualitas;target_waktu;target_biaya;"
        "realisasi_kuantitas;realisasi_kualitas;realisasi_waktu;realisasi_biaya;nilai\n"
        "1;;Menyusun RKT;0;dokumen;1;100;12;170395000;1;90;12;170395000;\n"
        "\n"
        "1;tambahan;Panitia MTQ;;;;;;;;;;;\n"
        "1;kreativitas;Inovasi;;;;;;;;;;;3\n",
        "skp-2024-03.csv", diags);
    EXPECT_TRUE(diags.empty());
    ASSERT_EQ(recs.size(), 3u);
    const SkpRecord& t = recs[0];
    EXPECT_EQ(t.loc.file, "skp-2024-03.csv");
    EXPECT_EQ(t.loc.line, 2);
    EXPECT_EQ(t.nip, "1");
    EXPECT_EQ(t.jenis, "");
    EXPECT_EQ(t.uraian, "Menyusun RKT");
    EXPECT_EQ(t.ak, "0");
    EXPECT_EQ(t.satuan, "dokumen");
    EXPECT_EQ(t.target_kuantitas, "1");
    EXPECT_EQ(t.target_kualitas, "100");
    EXPECT_EQ(t.target_waktu, "12");
    EXPECT_EQ(t.target_biaya, "170395000");
    EXPECT_EQ(t.realisasi_kuantitas, "1");
    EXPECT_EQ(t.realisasi_kualitas, "90");
    EXPECT_EQ(t.realisasi_waktu, "12");
    EXPECT_EQ(t.realisasi_biaya, "170395000");
    EXPECT_EQ(t.nilai, "");
    EXPECT_EQ(recs[1].loc.line, 4);
    EXPECT_EQ(recs[1].jenis, "tambahan");
    EXPECT_EQ(recs[1].uraian, "Panitia MTQ");
    EXPECT_EQ(recs[2].jenis, "kreativitas");
    EXPECT_EQ(recs[2].nilai, "3");
}

TEST(ReadSkpCsv, MissingRequiredColumnYieldsNoRecords) {
    Diagnostics diags;
    const auto recs = read_skp_table(
        "nip,uraian,target_kuantitas,target_kualitas,target_waktu,realisasi_kuantitas,realisasi_kualitas\n"
        "1,x,1,100,12,1,90\n",
        "skp-2024-03.csv", diags);
    EXPECT_TRUE(recs.empty());
    EXPECT_EQ(lines_of(diags), (Lines{"skp-2024-03.csv:1: realisasi_waktu: kolom wajib tidak ada: realisasi_waktu (judul "
                                      "kolom yang terbaca: nip, uraian, target_kuantitas, target_kualitas, target_waktu, "
                                      "realisasi_kuantitas, realisasi_kualitas)"}));
}

TEST(ReadPerilakuCsv, MapsEveryColumn) {
    Diagnostics diags;
    const auto recs = read_perilaku_table(
        "nip;orientasi_pelayanan;integritas;komitmen;disiplin;kerja_sama;kepemimpinan\n"
        "1;80;82;80;85;80;78\n"
        "2;76,5;77;78;79;80;\n",
        "perilaku-2024-03.csv", diags);
    EXPECT_TRUE(diags.empty());
    ASSERT_EQ(recs.size(), 2u);
    EXPECT_EQ(recs[0].loc.line, 2);
    EXPECT_EQ(recs[0].nip, "1");
    EXPECT_EQ(recs[0].orientasi_pelayanan, "80");
    EXPECT_EQ(recs[0].integritas, "82");
    EXPECT_EQ(recs[0].komitmen, "80");
    EXPECT_EQ(recs[0].disiplin, "85");
    EXPECT_EQ(recs[0].kerja_sama, "80");
    EXPECT_EQ(recs[0].kepemimpinan, "78");
    EXPECT_EQ(recs[1].orientasi_pelayanan, "76,5");
    EXPECT_EQ(recs[1].kepemimpinan, "");
}

TEST(ReadPerilakuCsv, MissingRequiredColumnYieldsNoRecords) {
    Diagnostics diags;
    const auto recs = read_perilaku_table("nip;orientasi pelayanan;integritas;komitmen;disiplin;kepemimpinan\n1;2;3;4;5;6\n",
                                        "perilaku-2024-03.csv", diags);
    EXPECT_TRUE(recs.empty());
    EXPECT_EQ(lines_of(diags), (Lines{"perilaku-2024-03.csv:1: kerja_sama: kolom wajib tidak ada: kerja_sama (judul kolom "
                                      "yang terbaca: nip, orientasi_pelayanan, integritas, komitmen, disiplin, "
                                      "kepemimpinan)"}));
}

TEST(ReadPerilakuCsv, KepemimpinanIsOptional) {
    Diagnostics diags;
    const auto recs = read_perilaku_table("nip,orientasi_pelayanan,integritas,komitmen,disiplin,kerja_sama\n1,2,3,4,5,6\n",
                                        "perilaku-2024-03.csv", diags);
    EXPECT_TRUE(diags.empty());
    ASSERT_EQ(recs.size(), 1u);
    EXPECT_EQ(recs[0].kerja_sama, "6");
    EXPECT_EQ(recs[0].kepemimpinan, "");
}

const char* const kSkpXml =
    "<skp periode=\"2024-03\">\n"
    "  <pegawai nip=\"196906272001121003\">\n"
    "    <tugas uraian=\"Menyusun rencana kinerja tahunan kecamatan\" ak=\"0\" satuan=\"dokumen\">\n"
    "      <target kuantitas=\"1\" kualitas=\"100\" waktu=\"12\" biaya=\"170395000\"/>\n"
    "      <realisasi kuantitas=\"1\" kualitas=\"90\" waktu=\"9,12\" biaya=\"170395000\"/>\n"
    "    </tugas>\n"
    "    <tambahan uraian=\"Panitia MTQ tingkat kecamatan\"/>\n"
    "    <kreativitas uraian=\"Aplikasi arsip\" nilai=\"3\"/>\n"
    "    <perilaku orientasi-pelayanan=\"80\" integritas=\"82\" komitmen=\"80\" disiplin=\"85\"\n"
    "              kerja-sama=\"80\" kepemimpinan=\"78\"/>\n"
    "  </pegawai>\n"
    "  <pegawai nip=\"198001012005011002\">\n"
    "    <tugas uraian=\"Mengolah data\" ak=\"0,5\" satuan=\"laporan\">\n"
    "      <target kuantitas=\"12\" kualitas=\"100\" waktu=\"12\" biaya=\"\"/>\n"
    "      <realisasi kuantitas=\"10\" kualitas=\"95\" waktu=\"12\"/>\n"
    "    </tugas>\n"
    "    <perilaku orientasi-pelayanan=\"76\" integritas=\"77\" komitmen=\"78\" disiplin=\"79\" kerja-sama=\"80\"/>\n"
    "  </pegawai>\n"
    "</skp>\n";

TEST(ReadSkpXml, MapsEveryElementAndAttribute) {
    Diagnostics diags;
    const SkpXml skp = read_skp_xml(kSkpXml, "skp-2024-03.xml", diags);
    EXPECT_TRUE(diags.empty());
    EXPECT_EQ(skp.periode, "2024-03");
    EXPECT_EQ(skp.periode_loc.line, 1);
    EXPECT_EQ(skp.periode_loc.file, "skp-2024-03.xml");
    ASSERT_EQ(skp.skp.size(), 4u);
    const SkpRecord& t = skp.skp[0];
    EXPECT_EQ(t.loc.file, "skp-2024-03.xml");
    EXPECT_EQ(t.loc.line, 3);
    EXPECT_EQ(t.nip, "196906272001121003");
    EXPECT_EQ(t.jenis, "tugas");
    EXPECT_EQ(t.uraian, "Menyusun rencana kinerja tahunan kecamatan");
    EXPECT_EQ(t.ak, "0");
    EXPECT_EQ(t.satuan, "dokumen");
    EXPECT_EQ(t.target_kuantitas, "1");
    EXPECT_EQ(t.target_kualitas, "100");
    EXPECT_EQ(t.target_waktu, "12");
    EXPECT_EQ(t.target_biaya, "170395000");
    EXPECT_EQ(t.realisasi_kuantitas, "1");
    EXPECT_EQ(t.realisasi_kualitas, "90");
    EXPECT_EQ(t.realisasi_waktu, "9,12");
    EXPECT_EQ(t.realisasi_biaya, "170395000");
    EXPECT_EQ(skp.skp[1].jenis, "tambahan");
    EXPECT_EQ(skp.skp[1].loc.line, 7);
    EXPECT_EQ(skp.skp[1].uraian, "Panitia MTQ tingkat kecamatan");
    EXPECT_EQ(skp.skp[2].jenis, "kreativitas");
    EXPECT_EQ(skp.skp[2].loc.line, 8);
    EXPECT_EQ(skp.skp[2].nilai, "3");
    EXPECT_EQ(skp.skp[3].nip, "198001012005011002");
    EXPECT_EQ(skp.skp[3].ak, "0,5");
    EXPECT_EQ(skp.skp[3].target_biaya, "");
    EXPECT_EQ(skp.skp[3].realisasi_biaya, "");
    EXPECT_EQ(skp.skp[3].loc.line, 13);

    ASSERT_EQ(skp.perilaku.size(), 2u);
    const PerilakuRecord& p = skp.perilaku[0];
    EXPECT_EQ(p.loc.line, 9);
    EXPECT_EQ(p.nip, "196906272001121003");
    EXPECT_EQ(p.orientasi_pelayanan, "80");
    EXPECT_EQ(p.integritas, "82");
    EXPECT_EQ(p.komitmen, "80");
    EXPECT_EQ(p.disiplin, "85");
    EXPECT_EQ(p.kerja_sama, "80");
    EXPECT_EQ(p.kepemimpinan, "78");
    EXPECT_EQ(skp.perilaku[1].nip, "198001012005011002");
    EXPECT_EQ(skp.perilaku[1].kepemimpinan, "");
}

TEST(ReadSkp, CsvAndXmlGiveEqualRecords) {
    Diagnostics diags;
    const auto csv = read_skp_table(
        "nip;jenis;uraian;ak;satuan;target_kuantitas;target_kualitas;target_waktu;target_biaya;"
        "realisasi_kuantitas;realisasi_kualitas;realisasi_waktu;realisasi_biaya;nilai\n"
        "196906272001121003;tugas;Menyusun rencana kinerja tahunan kecamatan;0;dokumen;1;100;12;170395000;"
        "1;90;9,12;170395000;\n"
        "196906272001121003;tambahan;Panitia MTQ tingkat kecamatan;;;;;;;;;;;\n"
        "196906272001121003;kreativitas;Aplikasi arsip;;;;;;;;;;;3\n"
        "198001012005011002;tugas;Mengolah data;0,5;laporan;12;100;12;;10;95;12;;\n",
        "skp.csv", diags);
    const SkpXml xml = read_skp_xml(kSkpXml, "skp.xml", diags);
    EXPECT_TRUE(diags.empty());
    ASSERT_EQ(csv.size(), xml.skp.size());
    for (std::size_t i = 0; i < csv.size(); ++i) {
        const SkpRecord& c = csv[i];
        const SkpRecord& x = xml.skp[i];
        EXPECT_EQ(std::tie(c.nip, c.jenis, c.uraian, c.ak, c.satuan, c.target_kuantitas, c.target_kualitas,
                           c.target_waktu, c.target_biaya, c.realisasi_kuantitas, c.realisasi_kualitas,
                           c.realisasi_waktu, c.realisasi_biaya, c.nilai),
                  std::tie(x.nip, x.jenis, x.uraian, x.ak, x.satuan, x.target_kuantitas, x.target_kualitas,
                           x.target_waktu, x.target_biaya, x.realisasi_kuantitas, x.realisasi_kualitas,
                           x.realisasi_waktu, x.realisasi_biaya, x.nilai))
            << i;
    }
}

TEST(ReadSkpXml, ReportsMalformedXmlWrongRootAndUnknownNames) {
    {
        Diagnostics diags;
        const SkpXml skp = read_skp_xml("<skp periode='2024-03'>\n<pegawai nip='1'>\n<tugas uraian='x>\n</pegawai>\n</skp>",
                                        "skp-2024-03.xml", diags);
        EXPECT_TRUE(skp.skp.empty());
        ASSERT_EQ(diags.size(), 1u);
        EXPECT_EQ(diags.items()[0].line, 3);
        EXPECT_EQ(diags.items()[0].field, "xml");
    }
    {
        Diagnostics diags;
        read_skp_xml("<?xml version='1.0'?>\n<daftar-pegawai/>", "skp-2024-03.xml", diags);
        EXPECT_EQ(lines_of(diags),
                  (Lines{"skp-2024-03.xml:2: xml: elemen utama harus <skp>, bukan <daftar-pegawai>"}));
    }
    {
        Diagnostics diags;
        const SkpXml skp = read_skp_xml(
            "<skp periode='2024-03'>\n<pegawai nip='1'>\n<tugas uraian='x' ak='1'>\n<target kuantitas='1' waktu_='2'/>\n"
            "</tugas>\n<tugasan uraian='y'/>\n<perilaku kerja_sama='80'/>\n</pegawai>\n</skp>",
            "skp-2024-03.xml", diags);
        EXPECT_EQ(skp.skp.size(), 1u);
        EXPECT_EQ(skp.perilaku.size(), 1u);
        EXPECT_EQ(lines_of(diags),
                  (Lines{"skp-2024-03.xml:6: xml: elemen <tugasan> tidak dikenal di dalam <pegawai>",
                         "skp-2024-03.xml:4: waktu_: atribut tidak dikenal pada <target>",
                         "skp-2024-03.xml:7: kerja_sama: atribut tidak dikenal pada <perilaku>"}));
    }
}

// ---- instansi -------------------------------------------------------------------------------

const char* const kInstansiXml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<instansi kode=\"KEC-LPHG\">\n"
    "  <pemerintah>PEMERINTAH KABUPATEN BALANGAN</pemerintah>\n"
    "  <nama>KECAMATAN LAMPIHONG</nama>\n"
    "  <alamat>Jl. Amuntai Paringin Km 18.5\n     Kecamatan Lampihong Kabupaten Balangan</alamat>\n"
    "  <kode-pos>71661</kode-pos>\n"
    "  <tempat>Lampihong</tempat>                <!-- tempat tanda tangan -->\n"
    "  <logo>logo.png</logo>\n"
    "  <kertas> F4 </kertas>\n"
    "  <pimpinan nip=\"196906272001121003\"/>\n"
    "  <salinan>\n"
    "    <lembar>Pegawai yang bersangkutan</lembar>\n"
    "    <lembar>Pejabat Penilai</lembar>\n"
    "    <lembar>Arsip</lembar>\n"
    "  </salinan>\n"
    "  <arsip kode-klasifikasi=\"800.1.4.4\" kapasitas-box=\"10\" retensi-aktif=\"2\" retensi-inaktif=\"3\"\n"
    "         unit-pengolah=\"Subbagian Perencanaan dan Keuangan\" nasib-akhir=\"Permanen\"/>\n"
    "  <tanda-tangan pindaian=\"ya\"/>\n"
    "  <cetak sisi=\"satu\"/>\n"
    "</instansi>\n";

TEST(ReadInstansiXml, MapsEveryElement) {
    Diagnostics diags;
    const auto rec = read_instansi_xml(kInstansiXml, "instansi.xml", diags);
    EXPECT_TRUE(diags.empty());
    ASSERT_TRUE(rec.has_value());
    EXPECT_EQ(rec->loc.file, "instansi.xml");
    EXPECT_EQ(rec->loc.line, 2);
    EXPECT_EQ(rec->kode, "KEC-LPHG");
    EXPECT_EQ(rec->pemerintah, "PEMERINTAH KABUPATEN BALANGAN");
    EXPECT_EQ(rec->nama, "KECAMATAN LAMPIHONG");
    EXPECT_EQ(rec->alamat, "Jl. Amuntai Paringin Km 18.5 Kecamatan Lampihong Kabupaten Balangan");
    EXPECT_EQ(rec->kode_pos, "71661");
    EXPECT_EQ(rec->tempat, "Lampihong");
    EXPECT_EQ(rec->logo, "logo.png");
    EXPECT_EQ(rec->kertas, "F4");
    EXPECT_EQ(rec->pimpinan_nip, "196906272001121003");
    EXPECT_EQ(rec->pimpinan_loc.line, 11);
    EXPECT_EQ(rec->salinan, (Lines{"Pegawai yang bersangkutan", "Pejabat Penilai", "Arsip"}));
    EXPECT_EQ(rec->salinan_loc.line, 12);
    EXPECT_EQ(rec->arsip_kode_klasifikasi, "800.1.4.4");
    EXPECT_EQ(rec->arsip_kapasitas_box, "10");
    EXPECT_EQ(rec->arsip_retensi_aktif, "2");
    EXPECT_EQ(rec->arsip_retensi_inaktif, "3");
    EXPECT_EQ(rec->arsip_unit_pengolah, "Subbagian Perencanaan dan Keuangan");
    EXPECT_EQ(rec->arsip_nasib_akhir, "Permanen");
    EXPECT_EQ(rec->arsip_loc.line, 17);
    EXPECT_EQ(rec->tanda_tangan_pindaian, "ya");
    EXPECT_EQ(rec->tanda_tangan_loc.line, 19);
    EXPECT_EQ(rec->cetak_sisi, "satu");
    EXPECT_EQ(rec->cetak_loc.line, 20);
    const std::map<std::string, int> lines = {
        {"pemerintah", 3}, {"nama", 4},     {"alamat", 5},    {"kode-pos", 7}, {"tempat", 8},
        {"logo", 9},       {"kertas", 10},  {"pimpinan", 11}, {"salinan", 12}, {"arsip", 17},
        {"tanda-tangan", 19}, {"cetak", 20}};
    EXPECT_EQ(rec->lines, lines);
}

TEST(ReadInstansiXml, MissingElementsPointAtInstansi) {
    Diagnostics diags;
    const auto rec = read_instansi_xml("<?xml version='1.0'?>\n\n<instansi>\n<nama>X</nama>\n</instansi>",
                                       "instansi.xml", diags);
    EXPECT_TRUE(diags.empty());
    ASSERT_TRUE(rec.has_value());
    EXPECT_EQ(rec->lines.at("nama"), 4);
    EXPECT_EQ(rec->lines.at("kertas"), 3);
    EXPECT_EQ(rec->lines.at("arsip"), 3);
    EXPECT_EQ(rec->pimpinan_loc.line, 3);
    EXPECT_EQ(rec->salinan_loc.line, 3);
    EXPECT_EQ(rec->arsip_loc.line, 3);
    EXPECT_EQ(rec->tanda_tangan_loc.line, 3);
    EXPECT_EQ(rec->tanda_tangan_pindaian, "");  // the default: no scans
    EXPECT_EQ(rec->cetak_loc.line, 3);
    EXPECT_EQ(rec->cetak_sisi, "");  // the default: both sides
    EXPECT_EQ(rec->kertas, "");
    EXPECT_EQ(rec->logo, "");
    EXPECT_EQ(rec->arsip_nasib_akhir, "");
    EXPECT_TRUE(rec->salinan.empty());
}

TEST(ReadInstansiXml, ReportsMalformedXmlWrongRootAndUnknownNames) {
    {
        Diagnostics diags;
        EXPECT_FALSE(read_instansi_xml("<instansi>\n<nama>X</nama>\n<kertas>F4</kertas\n</instansi>",
                                       "instansi.xml", diags));
        EXPECT_EQ(lines_of(diags), (Lines{"instansi.xml:4: xml: XML tidak valid: tag penutup rusak"}));
    }
    {
        Diagnostics diags;
        EXPECT_FALSE(read_instansi_xml("<sop/>", "instansi.xml", diags));
        EXPECT_EQ(lines_of(diags), (Lines{"instansi.xml:1: xml: elemen utama harus <instansi>, bukan <sop>"}));
    }
    {
        Diagnostics diags;
        const auto rec = read_instansi_xml(
            "<instansi>\n<kertass>F4</kertass>\n<nama>A</nama>\n<nama>B</nama>\n<salinan><arsip/></salinan>\n</instansi>",
            "instansi.xml", diags);
        ASSERT_TRUE(rec.has_value());
        EXPECT_EQ(rec->nama, "A");
        EXPECT_EQ(lines_of(diags),
                  (Lines{"instansi.xml:2: xml: elemen <kertass> tidak dikenal di dalam <instansi>",
                         "instansi.xml:4: xml: elemen <nama> muncul lebih dari sekali; yang pertama yang dipakai",
                         "instansi.xml:5: xml: elemen <arsip> tidak dikenal di dalam <salinan>"}));
    }
    {
        Diagnostics diags;
        const auto rec = read_instansi_xml("<instansi>\n<tanda-tangan pindaian=\"ya\" pindai=\"ya\"/>\n</instansi>",
                                           "instansi.xml", diags);
        ASSERT_TRUE(rec.has_value());
        EXPECT_EQ(rec->tanda_tangan_pindaian, "ya");
        ASSERT_EQ(lines_of(diags).size(), 1u);
        EXPECT_EQ(lines_of(diags).at(0).rfind("instansi.xml:2: ", 0), 0u) << lines_of(diags).at(0);
    }
    {
        Diagnostics diags;
        const auto rec = read_instansi_xml("<instansi>\n<cetak sisi=\"satu\" tepi=\"panjang\"/>\n</instansi>",
                                           "instansi.xml", diags);
        ASSERT_TRUE(rec.has_value());
        EXPECT_EQ(rec->cetak_sisi, "satu");
        ASSERT_EQ(lines_of(diags).size(), 1u);
        EXPECT_EQ(lines_of(diags).at(0).rfind("instansi.xml:2: ", 0), 0u) << lines_of(diags).at(0);
    }
}

// ---- sop ------------------------------------------------------------------------------------

const char* const kSopXml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<sop nomor=\"01/SOP/KEC-LPHG/III/2024\" nama=\"Pelaksanaan  Perencanaan Kinerja\"\n"
    "     tanggal-pembuatan=\"2024-03-01\" tanggal-revisi=\"\" tanggal-efektif=\"2024-03-02\"\n"
    "     disahkan-oleh=\"196906272001121003\">\n"
    "  <dasar-hukum>\n"
    "    <butir>Undang-Undang Nomor 23 Tahun 2014\n           tentang Pemerintahan Daerah</butir>\n"
    "    <butir>PP 46/2011</butir>\n"
    "  </dasar-hukum>\n"
    "  <kualifikasi-pelaksana><butir>Memahami tugas</butir></kualifikasi-pelaksana>\n"
    "  <keterkaitan><butir>SOP Kepegawaian</butir></keterkaitan>\n"
    "  <peralatan><butir>Komputer</butir><butir>ATK</butir></peralatan>\n"
    "  <peringatan><butir>Bila tidak dilaksanakan, kinerja tidak terukur</butir></peringatan>\n"
    "  <pencatatan><butir>Dokumen pengukuran kinerja</butir></pencatatan>\n"
    "  <pelaksana>\n"
    "    <lane id=\"atasan\">Atasan Langsung</lane>\n"
    "    <lane id=\"staf\"> Staf </lane>\n"
    "  </pelaksana>\n"
    "  <langkah pelaksana=\"staf\" simbol=\"mulai\" kelengkapan=\"Formulir kinerja\" waktu=\"2 Jam\"\n"
    "           output=\"Kinerja\" keterangan=\"\">Disposisi kepada Kasubag Renkeu\n"
    "           untuk penyusunan RKT</langkah>\n"
    "  <langkah pelaksana=\"atasan\" simbol=\"keputusan\" ya=\"3\" tidak=\"1\">Hasil penilaian sesuai?</langkah>\n"
    "  <langkah pelaksana=\"staf\" simbol=\"selesai\">Pengarsipan dokumen &amp; berkas</langkah>\n"
    "</sop>\n";

TEST(ReadSopXml, MapsEveryElementAndAttribute) {
    Diagnostics diags;
    const auto sop = read_sop_xml(kSopXml, "sop/perencanaan.xml", diags);
    EXPECT_TRUE(diags.empty());
    ASSERT_TRUE(sop.has_value());
    EXPECT_EQ(sop->loc.file, "sop/perencanaan.xml");
    EXPECT_EQ(sop->loc.line, 2);
    EXPECT_EQ(sop->nomor, "01/SOP/KEC-LPHG/III/2024");
    EXPECT_EQ(sop->nama, "Pelaksanaan Perencanaan Kinerja");
    EXPECT_EQ(sop->tanggal_pembuatan, "2024-03-01");
    EXPECT_EQ(sop->tanggal_revisi, "");
    EXPECT_EQ(sop->tanggal_efektif, "2024-03-02");
    EXPECT_EQ(sop->disahkan_oleh, "196906272001121003");
    EXPECT_EQ(sop->dasar_hukum,
              (Lines{"Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah", "PP 46/2011"}));
    EXPECT_EQ(sop->kualifikasi_pelaksana, (Lines{"Memahami tugas"}));
    EXPECT_EQ(sop->keterkaitan, (Lines{"SOP Kepegawaian"}));
    EXPECT_EQ(sop->peralatan, (Lines{"Komputer", "ATK"}));
    EXPECT_EQ(sop->peringatan, (Lines{"Bila tidak dilaksanakan, kinerja tidak terukur"}));
    EXPECT_EQ(sop->pencatatan, (Lines{"Dokumen pengukuran kinerja"}));
    ASSERT_EQ(sop->lanes.size(), 2u);
    EXPECT_EQ(sop->lanes[0].id, "atasan");
    EXPECT_EQ(sop->lanes[0].nama, "Atasan Langsung");
    EXPECT_EQ(sop->lanes[0].loc.line, 16);
    EXPECT_EQ(sop->lanes[1].nama, "Staf");
    ASSERT_EQ(sop->langkah.size(), 3u);
    const LangkahRecord& l = sop->langkah[0];
    EXPECT_EQ(l.loc.line, 19);
    EXPECT_EQ(l.pelaksana, "staf");
    EXPECT_EQ(l.simbol, "mulai");
    EXPECT_EQ(l.kelengkapan, "Formulir kinerja");
    EXPECT_EQ(l.waktu, "2 Jam");
    EXPECT_EQ(l.output, "Kinerja");
    EXPECT_EQ(l.keterangan, "");
    EXPECT_EQ(l.uraian, "Disposisi kepada Kasubag Renkeu untuk penyusunan RKT");
    EXPECT_EQ(sop->langkah[1].loc.line, 22);
    EXPECT_EQ(sop->langkah[1].simbol, "keputusan");
    EXPECT_EQ(sop->langkah[1].ya, "3");
    EXPECT_EQ(sop->langkah[1].tidak, "1");
    EXPECT_EQ(sop->langkah[2].uraian, "Pengarsipan dokumen & berkas");
    EXPECT_EQ(sop->langkah[2].ya, "");
}

TEST(ReadSopXml, ReportsMalformedXmlWrongRootAndUnknownNames) {
    {
        Diagnostics diags;
        EXPECT_FALSE(read_sop_xml("<sop>\n<langkah simbol=\"mulai\">A</langkah>\n<langkah simbol=mulai>B</langkah>\n</sop>",
                                  "sop/a.xml", diags));
        EXPECT_EQ(lines_of(diags), (Lines{"sop/a.xml:3: xml: XML tidak valid: atribut rusak"}));
    }
    {
        Diagnostics diags;
        EXPECT_FALSE(read_sop_xml("\n<instansi/>", "sop/a.xml", diags));
        EXPECT_EQ(lines_of(diags), (Lines{"sop/a.xml:2: xml: elemen utama harus <sop>, bukan <instansi>"}));
    }
    {
        Diagnostics diags;
        const auto sop = read_sop_xml("<sop>\n<langka simbol='mulai'>A</langka>\n<langkah simbol='selesai' ket='x'>B</langkah>\n</sop>",
                                      "sop/a.xml", diags);
        ASSERT_TRUE(sop.has_value());
        EXPECT_EQ(sop->langkah.size(), 1u);
        EXPECT_EQ(lines_of(diags), (Lines{"sop/a.xml:2: xml: elemen <langka> tidak dikenal di dalam <sop>",
                                          "sop/a.xml:3: ket: atribut tidak dikenal pada <langkah>"}));
    }
}

}  // namespace
}  // namespace kinerja
