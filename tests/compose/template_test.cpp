// The template language: errors found at load time, pinned exactly; fields, formatters,
// repeated rows, conditions and the built-in blocks as they come out in the document tree.
#include "compose/template.hpp"

#include <gtest/gtest.h>

#include "compose_test_support.hpp"
#include "load/template_reader.hpp"

namespace kinerja::compose {
namespace {

using test::lines;
using test::texts;
using Lines = std::vector<std::string>;

using test::nip;

// A small document type: a few fields of every kind and a nested list.
struct TestSchema {
    Schema schema;
    int nama, nip, tanggal, nilai, biaya, kosong, ada, jumlah, pemerintah, instansi, alamat, kode_pos, logo;
    int list_item, item_uraian, item_nilai, list_sub, sub_x;

    TestSchema() {
        nama = schema.add_field("pegawai.nama", FieldType::text);
        nip = schema.add_field("pegawai.nip", FieldType::nip);
        tanggal = schema.add_field("tanggal", FieldType::date);
        nilai = schema.add_field("nilai", FieldType::number);
        biaya = schema.add_field("biaya", FieldType::number, NumberFormat{0, false});
        kosong = schema.add_field("kosong", FieldType::text);
        ada = schema.add_field("ada", FieldType::flag);
        jumlah = schema.add_field("jumlah", FieldType::integer);
        pemerintah = schema.add_field("instansi.pemerintah", FieldType::text);
        instansi = schema.add_field("instansi.nama", FieldType::text);
        alamat = schema.add_field("instansi.alamat", FieldType::text);
        kode_pos = schema.add_field("instansi.kode_pos", FieldType::text);
        logo = schema.add_field("instansi.logo", FieldType::text);
        Schema sub;
        sub_x = sub.add_field("x", FieldType::text);
        Schema item;
        item_uraian = item.add_field("uraian", FieldType::text);
        item_nilai = item.add_field("nilai", FieldType::number, NumberFormat{2, true});
        list_sub = item.add_list("sub", std::move(sub));
        list_item = schema.add_list("item", std::move(item));
    }

    Record record() const {
        Record r;
        r.values.resize(schema.fields().size());
        r.lists.resize(schema.lists().size());
        r.values.at(nama) = std::string("Ma’ruf Hidayat");
        r.values.at(nip) = kinerja::compose::nip("196906272001121003");
        r.values.at(tanggal) = Date{2024, 3, 1};
        r.values.at(nilai) = Rational(171, 2);
        r.values.at(biaya) = Rational(170395000);
        r.values.at(ada) = true;
        r.values.at(jumlah) = std::int64_t{4};
        r.values.at(pemerintah) = std::string("PEMERINTAH KABUPATEN BALANGAN");
        r.values.at(instansi) = std::string("KECAMATAN LAMPIHONG");
        r.values.at(alamat) = std::string("Jl. Amuntai Paringin Km 18.5");
        r.values.at(kode_pos) = std::string("71661");
        r.values.at(logo) = std::string("");
        for (const char* uraian : {"Menyusun RKT", "Menyusun LKjIP"}) {
            Record e;
            e.values.resize(2);
            e.lists.resize(1);
            e.values.at(0) = std::string(uraian);
            e.values.at(1) = Rational(912, 100);
            Record s;
            s.values = {std::string(uraian) + " (a)"};
            e.lists.at(0).push_back(s);
            s.values = {std::string(uraian) + " (b)"};
            e.lists.at(0).push_back(s);
            r.lists.at(static_cast<std::size_t>(list_item)).push_back(std::move(e));
        }
        return r;
    }
};

const TestSchema& ts() {
    static const TestSchema s;
    return s;
}

// Problems reported loading `xml` as t.xml.
Lines problems(const std::string& xml) {
    Diagnostics diags;
    const auto t = Template::load(xml, "t.xml", ts().schema, diags);
    EXPECT_EQ(t.has_value(), diags.empty());
    return lines(diags);
}

doc::Document apply_template(const std::string& xml, const Record& record, Kertas kertas = Kertas::a4) {
    Diagnostics diags;
    const auto t = Template::load(xml, "t.xml", ts().schema, diags);
    EXPECT_EQ(lines(diags), Lines{});
    if (!t) return {};
    return t->apply(record, kertas);
}

doc::Document apply_template(const std::string& xml) { return apply_template(xml, ts().record()); }

// The body's texts for a template body (wrapped in <template>).
Lines body_texts(const std::string& body, const Record& record) {
    return texts(apply_template("<template>" + body + "</template>", record).body);
}
Lines body_texts(const std::string& body) { return body_texts(body, ts().record()); }

// ---- errors, reported when the template is loaded ----

TEST(TemplateErrors, UnknownFieldWithItsLineAndASuggestion) {
    EXPECT_EQ(problems("<template>\n"
                       "  <p>Nama:\n"
                       "     {{pegawai.nmaa}}</p>\n"
                       "</template>\n"),
              Lines{"t.xml:3: pegawai.nmaa: isian tidak dikenal (maksudnya pegawai.nama?)"});
}

TEST(TemplateErrors, UnknownFieldFarFromEveryNameHasNoSuggestion) {
    EXPECT_EQ(problems("<template><p>{{golongan_ruang_pegawai}}</p></template>"),
              Lines{"t.xml:1: golongan_ruang_pegawai: isian tidak dikenal"});
}

TEST(TemplateErrors, UnknownFieldInAnAttributeHasTheElementsLine) {
    EXPECT_EQ(problems("<template>\n<ttd title=\"Pejabat\" name=\"{{penilai.nama}}\"\n nip=\"{{pegawai.nip}}\"/>\n</template>"),
              Lines{"t.xml:2: penilai.nama: isian tidak dikenal (maksudnya pegawai.nama?)"});
}

TEST(TemplateErrors, UnknownElement) {
    EXPECT_EQ(problems("<template>\n\n  <tabel columns=\"1\"/>\n</template>"),
              Lines{"t.xml:3: xml: elemen <tabel> tidak dikenal di dalam <template>"});
}

TEST(TemplateErrors, NoIncludes) {
    EXPECT_EQ(problems("<template>\n<include src=\"formulir-kinerja.xml\"/>\n</template>"),
              Lines{"t.xml:2: xml: elemen <include> tidak dikenal di dalam <template>"});
}

TEST(TemplateErrors, KnownElementInTheWrongPlace) {
    EXPECT_EQ(problems("<template>\n<cell>x</cell>\n</template>"),
              Lines{"t.xml:2: xml: elemen <cell> tidak boleh di dalam <template>"});
    EXPECT_EQ(problems("<template><table columns=\"1\">\n<p>x</p></table></template>"),
              Lines{"t.xml:2: xml: elemen <p> tidak boleh di dalam <table>"});
}

TEST(TemplateErrors, UnknownAttribute) {
    EXPECT_EQ(problems("<template>\n<p colour=\"red\">x</p>\n</template>"),
              Lines{"t.xml:2: colour: atribut tidak dikenal pada <p>"});
}

TEST(TemplateErrors, UnknownFormatter) {
    EXPECT_EQ(problems("<template>\n<p>{{pegawai.nama | besar}}</p>\n</template>"),
              Lines{"t.xml:2: pegawai.nama: pemformat \"besar\" tidak dikenal (pilih: tanggal, angka, "
                    "ringkas, nip, upper, lower, sebutan, atau)"});
}

TEST(TemplateErrors, FormatterOfTheWrongType) {
    EXPECT_EQ(problems("<template><p>{{pegawai.nama | tanggal}}</p><p>{{tanggal | angka:0}}</p>"
                       "<p>{{nilai | angka | angka}}</p></template>"),
              (Lines{"t.xml:1: pegawai.nama: pemformat \"tanggal\" hanya untuk tanggal, bukan teks",
                     "t.xml:1: tanggal: pemformat \"angka\" hanya untuk angka atau bilangan bulat, bukan tanggal",
                     "t.xml:1: nilai: pemformat \"angka\" hanya untuk angka atau bilangan bulat, bukan teks"}));
}

TEST(TemplateErrors, FormatterArguments) {
    EXPECT_EQ(problems("<template><p>{{nilai | angka:9}}</p><p>{{tanggal | tanggal:iso}}</p>"
                       "<p>{{kosong | atau}}</p></template>"),
              (Lines{"t.xml:1: nilai: pemformat \"angka\": jumlah desimal harus 0 sampai 6, bukan \"9\"",
                     "t.xml:1: tanggal: pemformat \"tanggal\" tidak memakai argumen",
                     "t.xml:1: kosong: pemformat \"atau\" perlu teks pengganti, misalnya atau:-"}));
}

TEST(TemplateErrors, FlagsAndListsAreNotPrinted) {
    EXPECT_EQ(problems("<template><p>{{ada}}</p><p>{{item}}</p></template>"),
              (Lines{"t.xml:1: ada: isian ya/tidak tidak dapat dicetak; pakai di <if field=\"ada\">",
                     "t.xml:1: item: ini daftar, bukan isian: pakai <rows each=\"item\" as=\"…\">"}));
}

TEST(TemplateErrors, BracesNotClosedOrEmpty) {
    EXPECT_EQ(problems("<template><p>{{pegawai.nama</p><p>{{ }}</p></template>"),
              (Lines{"t.xml:1: isian: tanda {{ tanpa }} penutup", "t.xml:1: isian: nama isian kosong di dalam {{ }}"}));
}

TEST(TemplateErrors, MalformedXmlWithItsLine) {
    EXPECT_EQ(problems("<template>\n<p>satu</p>\n<p>dua\n</template>\n"),
              Lines{"t.xml:4: xml: XML tidak valid: tag penutup </template> tidak cocok dengan tag pembukanya"});
}

TEST(TemplateErrors, WrongRootElement) {
    EXPECT_EQ(problems("<dokumen/>"), Lines{"t.xml:1: xml: elemen utama harus <template>, bukan <dokumen>"});
}

TEST(TemplateErrors, EveryProblemIsReported) {
    EXPECT_EQ(problems("<template size=\"besar\">\n"
                       "<p>{{x.y}}</p>\n"
                       "<spacer height=\"5\"/>\n"
                       "<table columns=\"1 2\" header-rows=\"2\">\n"
                       "  <row><cell>a</cell></row>\n"
                       "  <rows each=\"items\" as=\"i\"><row><cell colspan=\"2\">{{i.uraian}}</cell></row></rows>\n"
                       "</table>\n"
                       "<columns weights=\"1 1\"><column/></columns>\n"
                       "</template>"),
              (Lines{"t.xml:1: size: bukan angka: \"besar\"",
                     "t.xml:2: x.y: isian tidak dikenal",
                     "t.xml:3: height: ukuran tidak valid: \"5\" (tulis dengan satuan, misalnya 5mm atau 12pt)",
                     "t.xml:5: cell: sel baris ini mengisi 1 kolom, tabel punya 2 kolom",
                     "t.xml:6: each: daftar \"items\" tidak dikenal (maksudnya item?)",
                     "t.xml:4: header-rows: baris judul 2 melebihi baris <row> di awal tabel (0)",
                     "t.xml:8: weights: 2 lebar kolom untuk 1 <column>"}));
}

TEST(TemplateErrors, AttributeValues) {
    EXPECT_EQ(problems("<template orientation=\"miring\"><p align=\"kanan\" bold=\"ya\">x</p>"
                       "<table columns=\"1 0\"><row><cell colspan=\"0\" open=\"kiri\"/></row></table></template>"),
              (Lines{"t.xml:1: orientation: nilai \"miring\" tidak dikenal (pilih: portrait, landscape)",
                     "t.xml:1: bold: harus true atau false, bukan \"ya\"",
                     "t.xml:1: align: nilai \"kanan\" tidak dikenal (pilih: left, center, right, justify)",
                     "t.xml:1: columns: lebar kolom harus angka lebih dari 0, bukan \"0\"",
                     "t.xml:1: colspan: harus bilangan bulat 1 sampai 100, bukan \"0\"",
                     "t.xml:1: open: nilai \"kiri\" tidak dikenal (pilih: top, bottom)"}));
}

TEST(TemplateErrors, LoopNames) {
    EXPECT_EQ(problems("<template><repeat each=\"item\" as=\"i\"><repeat each=\"i.sub\" as=\"i\"/></repeat>"
                       "<repeat each=\"item\" as=\"1x\"/><repeat each=\"item\"/></template>"),
              (Lines{"t.xml:1: as: nama \"i\" sudah dipakai oleh daftar di luarnya",
                     "t.xml:1: as: nama harus huruf, angka atau _, bukan \"1x\"",
                     "t.xml:1: as: wajib diisi pada <repeat>"}));
}

TEST(TemplateErrors, ListFieldsOnlyInsideTheirLoop) {
    EXPECT_EQ(problems("<template><repeat each=\"item\" as=\"i\"><p>{{i.urain}}</p></repeat><p>{{i.uraian}}</p></template>"),
              (Lines{"t.xml:1: i.urain: isian tidak dikenal (maksudnya i.uraian?)",
                     "t.xml:1: i.uraian: isian tidak dikenal"}));
}

TEST(TemplateErrors, KopNeedsTheInstansiFields) {
    Schema bare;
    bare.add_field("instansi.nama", FieldType::text);
    Diagnostics diags;
    EXPECT_FALSE(Template::load("<template>\n<kop/></template>", "t.xml", bare, diags));
    EXPECT_EQ(lines(diags),
              (Lines{"t.xml:2: kop: <kop> memerlukan isian teks instansi.pemerintah yang tidak ada pada dokumen ini",
                     "t.xml:2: kop: <kop> memerlukan isian teks instansi.alamat yang tidak ada pada dokumen ini"}));
}

TEST(TemplateErrors, ValidTemplateHasNone) {
    EXPECT_EQ(problems("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- komentar -->\n"
                       "<template><p>{{pegawai.nama}}</p></template>"),
              Lines{});
}

// ---- fields and formatters ----

TEST(TemplateFields, DefaultFormats) {
    EXPECT_EQ(body_texts("<p>{{pegawai.nama}}</p><p>{{pegawai.nip}}</p><p>{{tanggal}}</p><p>{{nilai}}</p>"
                         "<p>{{biaya}}</p><p>{{jumlah}}</p><p>[{{kosong}}]</p>"),
              (Lines{"Ma’ruf Hidayat", "19690627 200112 1 003", "1 Maret 2024", "85,50", "170.395.000", "4", "[]"}));
}

TEST(TemplateFields, Formatters) {
    EXPECT_EQ(body_texts("<p>{{tanggal | tanggal}}</p><p>{{nilai | angka}}</p><p>{{nilai|angka:0}}</p>"
                         "<p>{{biaya | angka:2}}</p><p>{{nilai | ringkas}}</p><p>{{biaya | ringkas}}</p>"
                         "<p>{{pegawai.nip | nip}}</p><p>{{pegawai.nama | upper}}</p><p>{{nilai | sebutan}}</p>"
                         "<p>{{kosong | atau:-}}</p><p>{{pegawai.nama | atau:-}}</p><p>{{jumlah | angka:1}}</p>"
                         "<p>{{kosong | upper | atau:.....}}</p><p>{{tanggal | tanggal | upper}}</p>"
                         "<p>{{pegawai.nama | lower}}</p><p>{{tanggal | upper | lower}}</p>"),
              (Lines{"1 Maret 2024", "85,50", "86", "170.395.000,00", "85,5", "170.395.000", "19690627 200112 1 003",
                     "MA’RUF HIDAYAT", "Baik", "-", "Ma’ruf Hidayat", "4,0", ".....", "1 MARET 2024", "ma’ruf hidayat",
                     "1 maret 2024"}));
}

TEST(TemplateFields, AbsentValuesPrintEmptyThroughFormatters) {
    Record r = ts().record();
    r.values.at(ts().tanggal) = std::monostate{};
    r.values.at(ts().nilai) = std::monostate{};
    r.values.at(ts().nip) = std::monostate{};
    EXPECT_EQ(body_texts("<p>[{{tanggal | tanggal}}]</p><p>[{{nilai | angka:0}}]</p><p>{{pegawai.nip | atau:....}}</p>"
                         "<p>{{nilai | sebutan | atau:-}}</p>",
                         r),
              (Lines{"[]", "[]", "....", "-"}));
}

TEST(TemplateFields, LetterCaseOfLatinLetters) {
    EXPECT_EQ(upper_case("café ÿ ß ñ ÷ x"), "CAFÉ ÿ ß Ñ ÷ X");
    EXPECT_EQ(lower_case("CAFÉ Ÿ ß Ñ × X Þ"), "café Ÿ ß ñ × x þ");
    EXPECT_EQ(format_number(Rational(912, 100), 2, true), "9,12");
    EXPECT_EQ(format_number(Rational(12), 2, true), "12");
    EXPECT_EQ(format_number(Rational(1200), 2, true), "1.200");
    EXPECT_EQ(format_number(Rational(175, 2), 2, true), "87,5");
}

TEST(TemplateFields, WhitespaceIsCollapsedAndBrBreaksTheLine) {
    EXPECT_EQ(body_texts("<p>\n   Nama :   {{pegawai.nama}}\n   <br/>  NIP.\t{{pegawai.nip}}   </p>"
                         "<p>{{jumlah}}{{jumlah}} {{jumlah}}</p><p>a&#160;b &amp; c</p>"),
              (Lines{"Nama : Ma’ruf Hidayat\nNIP. 19690627 200112 1 003", "44 4", "a\u00a0b & c"}));
}

TEST(TemplateFields, StylesAreInheritedAndOverridden) {
    const doc::Document d =
        apply_template("<template family=\"sans\" size=\"9\"><p>a</p><p family=\"serif\" size=\"12\" bold=\"true\" "
              "italic=\"true\" underline=\"true\" align=\"justify\" leading=\"1,5\" space-before=\"6pt\" "
              "space-after=\"2mm\">b</p></template>");
    ASSERT_EQ(d.body.size(), 2u);
    const auto& a = std::get<doc::Paragraph>(d.body[0].v);
    EXPECT_EQ(a.style, (doc::TextStyle{doc::Family::sans, false, false, false, 9, 1.2, doc::Align::left}));
    const auto& b = std::get<doc::Paragraph>(d.body[1].v);
    EXPECT_EQ(b.style, (doc::TextStyle{doc::Family::serif, true, true, true, 12, 1.5, doc::Align::justify}));
    EXPECT_DOUBLE_EQ(b.space_before, 6);
    EXPECT_NEAR(b.space_after, 2 * 72 / 25.4, 1e-9);
}

// ---- repeated rows and conditions ----

TEST(TemplateRows, RowsEachWithPositionAndNestedLists) {
    const doc::Document d = apply_template(
        "<template><table columns=\"1 4 1\" header-rows=\"1\">"
        "<row bold=\"true\"><cell>NO</cell><cell>URAIAN</cell><cell>NILAI</cell></row>"
        "<rows each=\"item\" as=\"k\">"
        "  <row><cell>{{k.no}}</cell><cell>{{k.uraian}}</cell><cell>{{k.nilai}}</cell></row>"
        "  <rows each=\"k.sub\" as=\"s\"><row><cell>{{k.no}}.{{s.no}}</cell><cell colspan=\"2\">{{s.x}} / {{pegawai.nama}}</cell></row></rows>"
        "</rows></table></template>");
    ASSERT_EQ(d.body.size(), 1u);
    const auto& t = std::get<doc::Table>(d.body[0].v);
    EXPECT_EQ(t.header_rows, 1);
    EXPECT_EQ(t.columns, (std::vector<double>{1, 4, 1}));
    EXPECT_EQ(test::row_texts(t),
              (Lines{"NO / URAIAN / NILAI", "1 / Menyusun RKT / 9,12",
                     "1.1 / Menyusun RKT (a) / Ma’ruf Hidayat", "1.2 / Menyusun RKT (b) / Ma’ruf Hidayat",
                     "2 / Menyusun LKjIP / 9,12", "2.1 / Menyusun LKjIP (a) / Ma’ruf Hidayat",
                     "2.2 / Menyusun LKjIP (b) / Ma’ruf Hidayat"}));
    EXPECT_TRUE(std::get<doc::Paragraph>(t.rows.at(0).cells.at(0).content.at(0).v).style.bold);
    EXPECT_FALSE(std::get<doc::Paragraph>(t.rows.at(1).cells.at(0).content.at(0).v).style.bold);
    EXPECT_EQ(t.rows.at(2).cells.at(1).colspan, 2);
}

TEST(TemplateRows, EmptyListGivesNoRows) {
    Record r = ts().record();
    r.lists.at(static_cast<std::size_t>(ts().list_item)).clear();
    const doc::Document d = apply_template(
        "<template><table columns=\"1\"><row><cell>judul</cell></row>"
        "<rows each=\"item\" as=\"k\"><row><cell>{{k.uraian}}</cell></row></rows></table></template>",
        r);
    EXPECT_EQ(test::row_texts(std::get<doc::Table>(d.body.at(0).v)), Lines{"judul"});
}

TEST(TemplateRows, CellAttributesReachTheDocument) {
    const doc::Document d = apply_template(
        "<template><table columns=\"1 1\" padding=\"2pt\" border=\"0\" valign=\"bottom\">"
        "<row shade=\"0.9\" keep-with-next=\"true\" valign=\"middle\"><cell open=\"bottom\">a</cell>"
        "<cell shade=\"0.5\" border=\"none\" valign=\"top\">b</cell></row>"
        "<row><cell open=\"top bottom\"/><cell>c</cell></row></table></template>");
    const auto& t = std::get<doc::Table>(d.body.at(0).v);
    EXPECT_DOUBLE_EQ(t.padding, 2);
    EXPECT_DOUBLE_EQ(t.line_width, 0);
    const doc::Row& r0 = t.rows.at(0);
    EXPECT_TRUE(r0.keep_with_next);
    EXPECT_DOUBLE_EQ(r0.cells.at(0).shade, 0.9);
    EXPECT_EQ(r0.cells.at(0).valign, doc::VAlign::middle);
    EXPECT_TRUE(r0.cells.at(0).open_bottom);
    EXPECT_FALSE(r0.cells.at(0).open_top);
    EXPECT_DOUBLE_EQ(r0.cells.at(1).shade, 0.5);
    EXPECT_EQ(r0.cells.at(1).border, doc::Border::none);
    EXPECT_EQ(r0.cells.at(1).valign, doc::VAlign::top);
    const doc::Row& r1 = t.rows.at(1);
    EXPECT_FALSE(r1.keep_with_next);
    EXPECT_TRUE(r1.cells.at(0).open_top && r1.cells.at(0).open_bottom);
    EXPECT_TRUE(r1.cells.at(0).content.empty());
    EXPECT_EQ(r1.cells.at(1).valign, doc::VAlign::bottom);
    EXPECT_DOUBLE_EQ(r1.cells.at(1).shade, 1.0);
}

TEST(TemplateIf, FieldsFlagsAndLists) {
    Record r = ts().record();
    const std::string body =
        "<if field=\"ada\"><p>ada</p></if><unless field=\"ada\"><p>tidak ada</p></unless>"
        "<if field=\"kosong\"><p>kosong terisi</p></if><if field=\"pegawai.nama\"><p>nama</p></if>"
        "<if field=\"item\"><p>ada item</p></if><unless field=\"item\"><p>tanpa item</p></unless>"
        "<if field=\"nilai\"><p>nilai {{nilai}}</p></if>";
    EXPECT_EQ(body_texts(body, r), (Lines{"ada", "nama", "ada item", "nilai 85,50"}));
    r.values.at(ts().ada) = false;
    r.values.at(ts().kosong) = std::string("x");
    r.values.at(ts().nama) = std::string("");
    r.values.at(ts().nilai) = std::monostate{};
    r.lists.at(static_cast<std::size_t>(ts().list_item)).clear();
    EXPECT_EQ(body_texts(body, r), (Lines{"tidak ada", "kosong terisi", "tanpa item"}));
}

TEST(TemplateIf, RowsInsideConditionsAndTablesWithoutRows) {
    Record r = ts().record();
    const std::string body =
        "<table columns=\"1\"><if field=\"ada\"><row><cell>ya</cell></row></if>"
        "<unless field=\"ada\"><row><cell>tidak</cell></row></unless></table>";
    auto rows = [&]() {
        const doc::Document d = apply_template("<template>" + body + "</template>", r);
        return test::row_texts(std::get<doc::Table>(d.body.at(0).v));
    };
    EXPECT_EQ(rows(), Lines{"ya"});
    r.values.at(ts().ada) = false;
    EXPECT_EQ(rows(), Lines{"tidak"});
    // A table whose rows are all left out is left out.
    EXPECT_TRUE(apply_template("<template><table columns=\"1\"><unless field=\"ada\"><row><cell>x</cell></row></unless>"
                      "</table></template>")
                    .body.empty());
}

TEST(TemplateIf, ConditionTextInsideCellsBecomesParagraphs) {
    const doc::Document d = apply_template(
        "<template><table columns=\"1\" align=\"center\"><row><cell>"
        "<if field=\"ada\">{{jumlah}}</if><unless field=\"ada\">0</unless>"
        "</cell></row></table></template>");
    const auto& cell = std::get<doc::Table>(d.body.at(0).v).rows.at(0).cells.at(0);
    ASSERT_EQ(cell.content.size(), 1u);
    const auto& p = std::get<doc::Paragraph>(cell.content.at(0).v);
    EXPECT_EQ(p.text, "4");
    EXPECT_EQ(p.style.align, doc::Align::center);
}

TEST(TemplateRepeat, BlocksForEveryElement) {
    EXPECT_EQ(body_texts("<repeat each=\"item\" as=\"i\"><p>{{i.no}}. {{i.uraian}}</p>"
                         "<repeat each=\"i.sub\" as=\"s\"><p>- {{s.x}}</p></repeat></repeat>"),
              (Lines{"1. Menyusun RKT", "- Menyusun RKT (a)", "- Menyusun RKT (b)", "2. Menyusun LKjIP",
                     "- Menyusun LKjIP (a)", "- Menyusun LKjIP (b)"}));
}

// ---- page, built-in blocks ----

TEST(TemplatePage, PaperFromTheOfficeOrientationAndMarginsFromTheTemplate) {
    const std::string xml =
        "<template margin-top=\"15mm\" margin-right=\"1cm\" margin-bottom=\"36pt\" margin-left=\"20mm\" "
        "footer=\"{{pegawai.nama}} — Halaman {halaman} dari {jumlah}\" title=\"Formulir {{pegawai.nama}}\" "
        "author=\"{{instansi.nama}}\" subject=\"S\" keywords=\"{{pegawai.nip}}\"/>";
    const doc::Document a4 = apply_template(xml, ts().record(), Kertas::a4);
    EXPECT_NEAR(a4.page.width, 595.28, 0.01);
    EXPECT_NEAR(a4.page.height, 841.89, 0.01);
    EXPECT_NEAR(a4.page.margin_top, 42.52, 0.01);
    EXPECT_NEAR(a4.page.margin_right, 28.35, 0.01);
    EXPECT_DOUBLE_EQ(a4.page.margin_bottom, 36);
    EXPECT_NEAR(a4.page.margin_left, 56.69, 0.01);
    EXPECT_EQ(a4.page.footer, "Ma’ruf Hidayat — Halaman {halaman} dari {jumlah}");
    EXPECT_EQ(a4.title, "Formulir Ma’ruf Hidayat");
    EXPECT_EQ(a4.author, "KECAMATAN LAMPIHONG");
    EXPECT_EQ(a4.subject, "S");
    EXPECT_EQ(a4.keywords, "19690627 200112 1 003");
    const doc::Document f4 = apply_template(xml, ts().record(), Kertas::f4);
    EXPECT_NEAR(f4.page.width, 609.45, 0.01);
    EXPECT_NEAR(f4.page.height, 935.43, 0.01);
    const doc::Document landscape = apply_template("<template orientation=\"landscape\"/>", ts().record(), Kertas::f4);
    EXPECT_NEAR(landscape.page.width, 935.43, 0.01);
    EXPECT_NEAR(landscape.page.height, 609.45, 0.01);
    EXPECT_EQ(landscape.page.footer, "Halaman {halaman} dari {jumlah}");
}

TEST(TemplateBlocks, SpacerRuleKeepColumnsPageBreak) {
    const doc::Document d = apply_template(
        "<template><spacer height=\"10mm\"/><rule thickness=\"2pt\" space-before=\"1pt\" space-after=\"3pt\"/>"
        "<keep><p>a</p><page-break/></keep><columns weights=\"1 2\" gap=\"5mm\"><column align=\"right\"><p>b</p></column>"
        "<column>c</column></columns></template>");
    ASSERT_EQ(d.body.size(), 4u);
    EXPECT_NEAR(std::get<doc::Spacer>(d.body[0].v).height, 28.35, 0.01);
    const auto& rule = std::get<doc::Rule>(d.body[1].v);
    EXPECT_DOUBLE_EQ(rule.thickness, 2);
    EXPECT_DOUBLE_EQ(rule.space_before, 1);
    EXPECT_DOUBLE_EQ(rule.space_after, 3);
    const auto& keep = std::get<doc::KeepTogether>(d.body[2].v);
    ASSERT_EQ(keep.blocks.size(), 2u);
    EXPECT_TRUE(std::holds_alternative<doc::PageBreak>(keep.blocks[1].v));
    const auto& columns = std::get<doc::Columns>(d.body[3].v);
    EXPECT_EQ(columns.weights, (std::vector<double>{1, 2}));
    EXPECT_NEAR(columns.gap, 14.17, 0.01);
    EXPECT_EQ(std::get<doc::Paragraph>(columns.columns.at(0).at(0).v).style.align, doc::Align::right);
    EXPECT_EQ(texts(columns.columns.at(1)), Lines{"c"});
}

TEST(TemplateBlocks, TtdSignatureBlock) {
    const doc::Document d = apply_template(
        "<template><ttd above=\"Lampihong, {{tanggal | tanggal}}\" title=\"Pejabat Penilai,\" "
        "name=\"{{pegawai.nama}}\" rank=\"Penata\" nip=\"{{pegawai.nip}}\" space=\"15mm\"/>"
        "<ttd above=\"{{kosong}}\" title=\"Yang Dinilai,\" name=\"{{kosong | atau:........}}\" rank=\"{{kosong}}\" "
        "nip=\"{{kosong | atau:....}}\"/></template>");
    ASSERT_EQ(d.body.size(), 2u);
    const auto& first = std::get<doc::KeepTogether>(d.body[0].v);
    EXPECT_EQ(texts(first.blocks),
              (Lines{"Lampihong, 1 Maret 2024", "Pejabat Penilai,", "Ma’ruf Hidayat", "Penata", "NIP. 19690627 200112 1 003"}));
    ASSERT_EQ(first.blocks.size(), 6u);
    EXPECT_NEAR(std::get<doc::Spacer>(first.blocks[2].v).height, 42.52, 0.01);
    const auto& name = std::get<doc::Paragraph>(first.blocks[3].v);
    EXPECT_TRUE(name.style.bold);
    EXPECT_TRUE(name.style.underline);
    EXPECT_EQ(name.style.align, doc::Align::center);
    // Empty above: a blank line keeps the block level with its neighbour; empty rank left out.
    const auto& second = std::get<doc::KeepTogether>(d.body[1].v);
    EXPECT_TRUE(std::holds_alternative<doc::Spacer>(second.blocks.at(0).v));
    EXPECT_EQ(texts(second.blocks), (Lines{"Yang Dinilai,", "........", "NIP. ...."}));
}

TEST(TemplateBlocks, KopWithoutAndWithLogo) {
    Record r = ts().record();
    doc::Document d = apply_template("<template><kop/></template>", r);
    EXPECT_EQ(texts(d.body), (Lines{"PEMERINTAH KABUPATEN BALANGAN", "KECAMATAN LAMPIHONG",
                                    "Jl. Amuntai Paringin Km 18.5 Kode\u00a0Pos\u00a071661"}));
    ASSERT_EQ(d.body.size(), 5u);
    const auto& top = std::get<doc::Paragraph>(d.body[0].v);
    EXPECT_TRUE(top.style.bold);
    EXPECT_EQ(top.style.align, doc::Align::center);
    EXPECT_GT(std::get<doc::Paragraph>(d.body[1].v).style.size, top.style.size);
    const auto& thick = std::get<doc::Rule>(d.body[3].v);
    const auto& thin = std::get<doc::Rule>(d.body[4].v);
    EXPECT_GT(thick.thickness, thin.thickness);

    r.values.at(ts().logo) = std::string("logo");
    r.values.at(ts().kode_pos) = std::string("");
    d = apply_template("<template><kop family=\"sans\"/></template>", r);
    ASSERT_EQ(d.body.size(), 3u);
    const auto& t = std::get<doc::Table>(d.body[0].v);
    EXPECT_DOUBLE_EQ(t.line_width, 0);
    ASSERT_EQ(t.rows.size(), 1u);
    const auto& image = std::get<doc::Image>(t.rows[0].cells.at(0).content.at(0).v);
    EXPECT_EQ(image.id, "logo");
    EXPECT_EQ(t.columns.front(), t.columns.back());  // the lines stay centred on the page
    EXPECT_EQ(texts(d.body), (Lines{"PEMERINTAH KABUPATEN BALANGAN", "KECAMATAN LAMPIHONG", "Jl. Amuntai Paringin Km 18.5"}));
    EXPECT_EQ(std::get<doc::Paragraph>(t.rows[0].cells.at(1).content.at(0).v).style.family, doc::Family::sans);
}

TEST(TemplateReader, TreeWithLinesAndTexts) {
    Diagnostics diags;
    const auto root = read_template_xml("<template a=\"1\">\n  <p>x &amp; y\n z</p>\n  <!-- c -->\n  <br/><![CDATA[<k>]]></template>",
                                        "t.xml", "template", diags);
    ASSERT_TRUE(root);
    EXPECT_TRUE(diags.empty());
    EXPECT_EQ(root->element, "template");
    ASSERT_EQ(root->attributes.size(), 1u);
    EXPECT_EQ(root->attributes[0].name, "a");
    EXPECT_EQ(root->attributes[0].value, "1");
    ASSERT_EQ(root->children.size(), 3u);
    EXPECT_EQ(root->children[0].element, "p");
    EXPECT_EQ(root->children[0].line, 2);
    ASSERT_EQ(root->children[0].children.size(), 1u);
    EXPECT_TRUE(root->children[0].children[0].is_text());
    EXPECT_EQ(root->children[0].children[0].text, "x & y\n z");
    EXPECT_EQ(root->children[1].element, "br");
    EXPECT_EQ(root->children[1].line, 5);
    EXPECT_EQ(root->children[2].text, "<k>");
}

}  // namespace
}  // namespace kinerja::compose

namespace kinerja::compose {
namespace {

// <s>: struck text, always or when its field is present; spaces between a struck and an
// unstruck part are never struck; touching struck parts are one span.
TEST(TemplateStrike, SpansOfStruckTextInAParagraph) {
    const auto paragraph_of = [](const std::string& body, const Record& r) {
        const doc::Document d = apply_template("<template>" + body + "</template>", r);
        return std::get<doc::Paragraph>(d.body.at(0).v);
    };
    const auto struck = [](const doc::Paragraph& p) {
        Lines out;
        for (const doc::TextSpan& s : p.strike) out.push_back(p.text.substr(s.begin, s.end - s.begin));
        return out;
    };
    Record r = ts().record();
    // (A space between two elements is not text in XML: it is written inside one of them.)
    doc::Paragraph p = paragraph_of("<p>A <s>B\n  C</s> D<s field=\"ada\">/E</s><s>/{{pegawai.nama}} </s>"
                                    "<s field=\"kosong\">F</s> G</p>", r);
    EXPECT_EQ(p.text, "A B C D/E/Ma’ruf Hidayat F G");
    EXPECT_EQ(struck(p), (Lines{"B C", "/E/Ma’ruf Hidayat"}));
    r.values.at(static_cast<std::size_t>(ts().ada)) = false;
    p = paragraph_of("<p>A <s>B\n  C</s> D<s field=\"ada\">/E</s><s>/{{pegawai.nama}} </s><s field=\"kosong\">F</s> G</p>",
                     r);
    EXPECT_EQ(struck(p), (Lines{"B C", "/Ma’ruf Hidayat"}));
    // Two struck parts with a space between: one span, the space struck too.
    p = paragraph_of("<p><s>I </s><s field=\"pegawai.nama\">II</s> III</p>", r);
    EXPECT_EQ(struck(p), (Lines{"I II"}));
    // In a cell too.
    const doc::Document d = apply_template(
        "<template><table columns=\"1\"><row><cell>x <s>y</s></cell></row></table></template>", r);
    const auto& cell = std::get<doc::Table>(d.body.at(0).v).rows.at(0).cells.at(0);
    EXPECT_EQ(struck(std::get<doc::Paragraph>(cell.content.at(0).v)), Lines{"y"});
}

TEST(TemplateStrike, Errors) {
    EXPECT_EQ(problems("<template>\n<p><s field=\"adaa\">x</s></p>\n</template>"),
              Lines{"t.xml:2: adaa: isian tidak dikenal (maksudnya ada?)"});
    EXPECT_EQ(problems("<template>\n<p><s>x<br/></s></p>\n<p><s bold=\"true\">y</s></p></template>"),
              (Lines{"t.xml:2: xml: elemen <br> tidak boleh di dalam <s>",
                     "t.xml:3: bold: atribut tidak dikenal pada <s>"}));
}

}  // namespace
}  // namespace kinerja::compose
