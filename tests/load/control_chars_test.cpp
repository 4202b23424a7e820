// Control characters in input fields: every reader notes each field holding one (FILE:LINE of
// the row or element, the field as the file names it), keeps the text as written, and leaves the
// reporting to the model. Line breaks only in a kegiatan's uraian.
#include <gtest/gtest.h>

#include "load/data_readers.hpp"
#include "load/field_text.hpp"
#include "diagnostic_lines.hpp"

namespace kinerja {
namespace {

using test::Lines;

Lines lines_of(const RefusedFields& refused) {
    Lines out;
    for (const Diagnostic& d : refused) out.push_back(d.str());
    return out;
}

template <class Record>
Lines all_refused(const std::vector<Record>& records) {
    Lines out;
    for (const Record& r : records) {
        for (const std::string& line : lines_of(r.refused)) out.push_back(line);
    }
    return out;
}

TEST(FieldText, OnlyUraianMayHoldLineBreaks) {
    EXPECT_TRUE(allows_line_breaks("uraian"));
    for (const char* field : {"nama", "nip", "jabatan", "satuan", "lane", "dasar-hukum", "kode-klasifikasi"}) {
        EXPECT_FALSE(allows_line_breaks(field)) << field;
    }
}

TEST(FieldText, MessageNamesTheCharacter) {
    EXPECT_EQ(control_char_message(U'\x1b'), "memuat karakter kendali U+001B");
    EXPECT_EQ(control_char_message(U'\a'), "memuat karakter kendali U+0007");
    EXPECT_EQ(control_char_message(U'\u009b'), "memuat karakter kendali U+009B");
    EXPECT_EQ(control_char_message(U'\t'), "memuat karakter kendali U+0009 (tab)");
    EXPECT_EQ(control_char_message(U'\n'), "memuat karakter kendali U+000A (ganti baris)");
}

TEST(FieldText, CheckFieldNotesOnlyAControlCharacter) {
    RefusedFields refused;
    check_field("pegawai.csv", 4, "nama", "Ma’ruf Hidayat \u00A0é", refused);
    check_field("skp.csv", 5, "uraian", "baris satu\r\nbaris dua", refused);
    EXPECT_TRUE(refused.empty());
    check_field("pegawai.csv", 4, "nama", "Rah\amadi\x1b", refused);
    check_field("skp.csv", 5, "uraian", "baris\x7f", refused);
    EXPECT_EQ(lines_of(refused), (Lines{"pegawai.csv:4: nama: memuat karakter kendali U+0007",
                                        "skp.csv:5: uraian: memuat karakter kendali U+007F"}));
}

TEST(ControlChars, PegawaiCsvEveryColumn) {
    Diagnostics diags;
    const auto recs = read_pegawai_table(
        "nip;nama;gelar_depan;gelar_belakang;golongan;jabatan;jenis_jabatan;unit_kerja;nip_atasan;catatan\n"
        "196906272001121003;Hammad Arsyad;H.;SP;IV/a;Camat;struktural;Kecamatan;;\x1b[2J\n"
        "198712122010011008;Rah\amadi;;;II/c;Pengadministrasi;pelaksana;Umum;196906272001121003;\n"
        "199508182017122003;\"Noor\nAina\";;S.\u009b;II/b;Operator\x1b[31m;pelaksana;Seksi\tA;1969\x7f;\n",
        "pegawai.csv", diags);
    EXPECT_TRUE(diags.empty());
    ASSERT_EQ(recs.size(), 3u);
    EXPECT_TRUE(recs[0].refused.empty());  // the unread column catatan is not looked at
    EXPECT_EQ(recs[1].nama, "Rah\amadi");  // kept as written
    EXPECT_EQ(lines_of(recs[1].refused), (Lines{"pegawai.csv:3: nama: memuat karakter kendali U+0007"}));
    EXPECT_EQ(lines_of(recs[2].refused),
              (Lines{"pegawai.csv:4: nama: memuat karakter kendali U+000A (ganti baris)",
                     "pegawai.csv:4: gelar_belakang: memuat karakter kendali U+009B",
                     "pegawai.csv:4: jabatan: memuat karakter kendali U+001B",
                     "pegawai.csv:4: unit_kerja: memuat karakter kendali U+0009 (tab)",
                     "pegawai.csv:4: nip_atasan: memuat karakter kendali U+007F"}));
}

TEST(ControlChars, SkpAndPerilakuCsv) {
    Diagnostics diags;
    const auto skp = read_skp_table(
        "nip;jenis;uraian;ak;satuan;target_kuantitas;target_kualitas;target_waktu;realisasi_kuantitas;"
        "realisasi_kualitas;realisasi_waktu;nilai\n"
        "196906272001121003;tugas;\"Menyusun\r\nrencana\";;dokumen;1;100;12;1;90;12;\n"
        "196906272001121003;tugas;Menyusun\a;;\"doku\nmen\";1;100;12;1;9\x1b" "0;12;\n"
        "196906272001121003;kreativitas;Aplikasi;;;;;;;;;3\x7f\n",
        "skp-2024-03.csv", diags);
    EXPECT_TRUE(diags.empty());
    ASSERT_EQ(skp.size(), 3u);
    EXPECT_EQ(skp[0].uraian, "Menyusun\nrencana");  // a line break in an uraian is the user's
    EXPECT_TRUE(skp[0].refused.empty());
    EXPECT_EQ(all_refused(skp),
              (Lines{"skp-2024-03.csv:4: uraian: memuat karakter kendali U+0007",
                     "skp-2024-03.csv:4: satuan: memuat karakter kendali U+000A (ganti baris)",
                     "skp-2024-03.csv:4: realisasi_kualitas: memuat karakter kendali U+001B",
                     "skp-2024-03.csv:6: nilai: memuat karakter kendali U+007F"}));  // after a two-line row
    const auto perilaku = read_perilaku_table(
        "nip;orientasi_pelayanan;integritas;komitmen;disiplin;kerja_sama;kepemimpinan\n"
        "196906272001121003;80;8\a2;80;85;80;78\n",
        "perilaku-2024-03.csv", diags);
    EXPECT_EQ(all_refused(perilaku), (Lines{"perilaku-2024-03.csv:2: integritas: memuat karakter kendali U+0007"}));
}

TEST(ControlChars, PegawaiXmlLiteralAndByReference) {
    Diagnostics diags;
    const auto recs = read_pegawai_xml(
        "<daftar-pegawai>\n"
        "  <pegawai nip=\"196906272001121003\" nama=\"Hammad\nArsyad\" jabatan=\"Camat\"/>\n"
        "  <pegawai nip=\"198712122010011008\" nama=\"Rah\amadi\"\n"
        "           jabatan=\"Staf&#x9b;\" unit-kerja=\"Umum&#10;A\" nip-atasan=\"1969\x1b\"/>\n"
        "</daftar-pegawai>\n",
        "pegawai.xml", diags);
    EXPECT_TRUE(diags.empty());
    ASSERT_EQ(recs.size(), 2u);
    EXPECT_EQ(recs[0].nama, "Hammad Arsyad");  // a line break written in the file is a space to XML
    EXPECT_TRUE(recs[0].refused.empty());
    EXPECT_EQ(lines_of(recs[1].refused),
              (Lines{"pegawai.xml:4: nama: memuat karakter kendali U+0007",
                     "pegawai.xml:4: jabatan: memuat karakter kendali U+009B",
                     "pegawai.xml:4: unit-kerja: memuat karakter kendali U+000A (ganti baris)",
                     "pegawai.xml:4: nip-atasan: memuat karakter kendali U+001B"}));
}

TEST(ControlChars, SkpXmlItemsTargetsAndTheSharedNip) {
    Diagnostics diags;
    const SkpXml skp = read_skp_xml(
        "<skp periode=\"2024-03\">\n"
        "  <pegawai nip=\"196906272001121003\">\n"
        "    <tugas uraian=\"Menyusun&#10;rencana\" ak=\"0\" satuan=\"dokumen\">\n"
        "      <target kuantitas=\"1\x1b\" kualitas=\"100\" waktu=\"12\"/>\n"
        "      <realisasi kuantitas=\"1\" kualitas=\"90\" waktu=\"12\"/>\n"
        "    </tugas>\n"
        "    <tambahan uraian=\"Panitia\a\"/>\n"
        "    <perilaku orientasi-pelayanan=\"80\" integritas=\"82\" komitmen=\"80\" disiplin=\"8&#x85;5\"\n"
        "              kerja-sama=\"80\"/>\n"
        "  </pegawai>\n"
        "  <pegawai nip=\"1980\x07\">\n"
        "    <tambahan uraian=\"Panitia\"/>\n"
        "    <perilaku orientasi-pelayanan=\"80\" integritas=\"82\" komitmen=\"80\" disiplin=\"85\" kerja-sama=\"80\"/>\n"
        "  </pegawai>\n"
        "</skp>\n",
        "skp-2024-03.xml", diags);
    EXPECT_TRUE(diags.empty());
    ASSERT_EQ(skp.skp.size(), 3u);
    EXPECT_EQ(skp.skp[0].uraian, "Menyusun\nrencana");  // &#10; in an uraian: the user's line break
    EXPECT_EQ(lines_of(skp.skp[0].refused), (Lines{"skp-2024-03.xml:4: kuantitas: memuat karakter kendali U+001B"}));
    EXPECT_EQ(lines_of(skp.skp[1].refused), (Lines{"skp-2024-03.xml:7: uraian: memuat karakter kendali U+0007"}));
    EXPECT_EQ(lines_of(skp.perilaku[0].refused),
              (Lines{"skp-2024-03.xml:8: disiplin: memuat karakter kendali U+0085"}));
    // The NIP of the second <pegawai>: once, with its first item.
    EXPECT_EQ(lines_of(skp.skp[2].refused), (Lines{"skp-2024-03.xml:11: nip: memuat karakter kendali U+0007"}));
    EXPECT_TRUE(skp.perilaku[1].refused.empty());
    EXPECT_EQ(skp.perilaku[1].nip, "1980\a");
}

TEST(ControlChars, InstansiXmlElementsAttributesAndLembar) {
    Diagnostics diags;
    const auto rec = read_instansi_xml(
        "<instansi kode=\"KEC\">\n"
        "  <nama>KECAMATAN\x1b[5m LAMPIHONG</nama>\n"
        "  <tempat>Lampihong\n  </tempat>\n"
        "  <pimpinan nip=\"196906272001121003\"/>\n"
        "  <salinan><lembar>Arsip\a</lembar></salinan>\n"
        "  <arsip kode-klasifikasi=\"800.1\a.4.4\" kapasitas-box=\"10\" retensi-aktif=\"2\" retensi-inaktif=\"3\"/>\n"
        "</instansi>\n",
        "instansi.xml", diags);
    EXPECT_TRUE(diags.empty());
    ASSERT_TRUE(rec.has_value());
    EXPECT_EQ(rec->tempat, "Lampihong");
    EXPECT_EQ(lines_of(rec->refused),
              (Lines{"instansi.xml:2: nama: memuat karakter kendali U+001B",
                     "instansi.xml:6: lembar: memuat karakter kendali U+0007",
                     "instansi.xml:7: kode-klasifikasi: memuat karakter kendali U+0007"}));
}

TEST(ControlChars, SopXmlAttributesButirLanesAndLangkah) {
    Diagnostics diags;
    const auto sop = read_sop_xml(
        "<sop nomor=\"01/SOP\x1b\" nama=\"Perencanaan&#10;Kinerja\" tanggal-pembuatan=\"2024-03-01\"\n"
        "     tanggal-efektif=\"2024-03-01\" disahkan-oleh=\"196906272001121003\">\n"
        "  <dasar-hukum>\n"
        "    <butir>UU 23/2014</butir>\n"
        "    <butir>PP\a 46/2011</butir>\n"
        "  </dasar-hukum>\n"
        "  <pelaksana><lane id=\"staf\">Staf\x7f</lane></pelaksana>\n"
        "  <langkah pelaksana=\"staf\" simbol=\"mulai\" waktu=\"2&#9;Jam\">Disposisi\x1b</langkah>\n"
        "  <langkah pelaksana=\"staf\" simbol=\"selesai\" keterangan=\"a&#x9b;\">Arsip</langkah>\n"
        "</sop>\n",
        "sop/a.xml", diags);
    EXPECT_TRUE(diags.empty());
    ASSERT_TRUE(sop.has_value());
    EXPECT_EQ(sop->nama, "Perencanaan Kinerja");  // SOP texts: line breaks and tabs are spaces
    EXPECT_EQ(sop->langkah.at(0).waktu, "2 Jam");
    EXPECT_EQ(lines_of(sop->refused), (Lines{"sop/a.xml:1: nomor: memuat karakter kendali U+001B",
                                             "sop/a.xml:5: dasar-hukum: memuat karakter kendali U+0007"}));
    EXPECT_EQ(lines_of(sop->lanes.at(0).refused), (Lines{"sop/a.xml:7: lane: memuat karakter kendali U+007F"}));
    EXPECT_EQ(lines_of(sop->langkah.at(0).refused), (Lines{"sop/a.xml:8: uraian: memuat karakter kendali U+001B"}));
    EXPECT_EQ(lines_of(sop->langkah.at(1).refused),
              (Lines{"sop/a.xml:9: keterangan: memuat karakter kendali U+009B"}));
}

}  // namespace
}  // namespace kinerja
