#include "load/xml_reader.hpp"

#include <gtest/gtest.h>
#include "diagnostic_lines.hpp"

namespace kinerja {
namespace {

using test::Lines;
using test::lines_of;

TEST(LineIndex, MapsOffsetsToLines) {
    const LineIndex idx("ab\ncd\r\nef\rg");
    EXPECT_EQ(idx.line_of(0), 1);
    EXPECT_EQ(idx.line_of(2), 1);   // the LF ends line 1
    EXPECT_EQ(idx.line_of(3), 2);
    EXPECT_EQ(idx.line_of(6), 2);   // CRLF is one line end
    EXPECT_EQ(idx.line_of(7), 3);
    EXPECT_EQ(idx.line_of(9), 3);   // lone CR
    EXPECT_EQ(idx.line_of(10), 4);
    EXPECT_EQ(idx.line_of(11), 4);  // past the end: last line
    EXPECT_EQ(idx.line_of(500), 4);
    EXPECT_EQ(idx.line_of(-1), 0);
}

TEST(LineIndex, TrailingNewlineAndEmptyText) {
    EXPECT_EQ(LineIndex("a\nb\n").line_of(4), 2);
    EXPECT_EQ(LineIndex("").line_of(0), 1);
    EXPECT_EQ(LineIndex("").line_of(3), 1);
}

struct BadXml {
    const char* text;
    const char* expected;
};

TEST(XmlInput, MalformedXmlIsReportedAtTheLineOfTheError) {
    const BadXml cases[] = {
        {"<r>\n<a>\n<b>x</b>\n", "f.xml:3: xml: XML tidak valid: tag tidak ditutup"},
        {"<r>\n<a>\n</b>\n</r>", "f.xml:3: xml: XML tidak valid: tag penutup </b> tidak cocok dengan tag pembukanya"},
        {"<r>\n<a x='1></a>\n</r>", "f.xml:2: xml: XML tidak valid: atribut rusak"},
        {"<r>\n<a x=1/>\n</r>", "f.xml:2: xml: XML tidak valid: atribut rusak"},
        {"", "f.xml:1: xml: XML tidak valid: tidak ada elemen sama sekali"},
        {"   \n  ", "f.xml:2: xml: XML tidak valid: tidak ada elemen sama sekali"},
        {"<r>\n<!-- x -\n</r>", "f.xml:3: xml: XML tidak valid: komentar <!-- --> rusak"},
        {"<r>\n\n<![CDATA[ x </r>", "f.xml:3: xml: XML tidak valid: bagian CDATA rusak"},
        {"<r>\n<a>text\n", "f.xml:2: xml: XML tidak valid: tag tidak ditutup"},
        {"<r>\n<a>\n</a>", "f.xml:3: xml: XML tidak valid: tag tidak ditutup"},
        {"<?xml version='1.0'\n<r/>", "f.xml:2: xml: XML tidak valid: deklarasi atau instruksi <?...?> rusak"},
        {"<r>\n<a></a\n</r>", "f.xml:3: xml: XML tidak valid: tag penutup rusak"},
        {"<r>\n<a></a", "f.xml:2: xml: XML tidak valid: tag penutup rusak"},
        {"<r>\n<>\n</r>", "f.xml:2: xml: XML tidak valid: tag tidak dikenali"},
        {"<r>\n<a/x>\n</r>", "f.xml:2: xml: XML tidak valid: tag pembuka rusak"},
        {"<r>\n<a b", "f.xml:2: xml: XML tidak valid: atribut rusak"},  // offset past the end
        {"<r>\n<!DOCTYPE x>\n</r>", "f.xml:2: xml: XML tidak valid: deklarasi DOCTYPE rusak"},
        {"<r/>\n<r/>", "f.xml:2: xml: XML tidak valid: lebih dari satu elemen utama"},
    };
    for (const auto& c : cases) {
        Diagnostics diags;
        const XmlInput in(c.text, "f.xml", "r", diags);
        EXPECT_FALSE(in.ok()) << c.text;
        EXPECT_EQ(lines_of(diags), (Lines{c.expected})) << c.text;
    }
}

TEST(XmlInput, WrongRootElement) {
    Diagnostics diags;
    const XmlInput in("<?xml version=\"1.0\"?>\n\n<pegawai/>", "f.xml", "instansi", diags);
    EXPECT_FALSE(in.ok());
    EXPECT_EQ(lines_of(diags), (Lines{"f.xml:3: xml: elemen utama harus <instansi>, bukan <pegawai>"}));
}

TEST(XmlInput, ElementLinesAndAttributes) {
    Diagnostics diags;
    const XmlInput in("\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<r>\r\n  <a x=\"  satu  \"/>\r\n"
                      "  <b>\r\n  teks   di\tdalam\r\n  </b>\r\n</r>\r\n",
                      "f.xml", "r", diags);
    ASSERT_TRUE(in.ok());
    EXPECT_TRUE(diags.empty());
    EXPECT_EQ(in.loc(in.root()).line, 2);
    EXPECT_EQ(in.loc(in.root()).file, "f.xml");
    EXPECT_EQ(in.loc(in.root().child("a")).line, 3);
    EXPECT_EQ(in.loc(in.root().child("b")).line, 4);
    EXPECT_EQ(xml_attr(in.root().child("a"), "x"), "satu");
    EXPECT_EQ(xml_attr(in.root().child("a"), "y"), "");
    EXPECT_EQ(xml_text(in.root().child("b")), "teks di dalam");
    EXPECT_EQ(xml_text(in.root().child("c")), "");
}

TEST(XmlInput, EntitiesAndCdata) {
    Diagnostics diags;
    const XmlInput in("<!DOCTYPE r [<!ENTITY x \"yyyyyyyy\">]>\n"
                      "<r><a>A &amp; B &#233; &x;</a><b><![CDATA[<i>]]> &lt;j&gt;</b></r>",
                      "f.xml", "r", diags);
    ASSERT_TRUE(in.ok());
    // Only the predefined and numeric references are expanded; a DOCTYPE entity is not.
    EXPECT_EQ(xml_text(in.root().child("a")), "A & B é &x;");
    EXPECT_EQ(xml_text(in.root().child("b")), "<i> <j>");
}

TEST(XmlInput, Windows1252ByDeclarationOrByInvalidBytes) {
    {
        Diagnostics diags;
        const XmlInput in("<?xml version=\"1.0\" encoding=\"windows-1252\"?><r>Andr\xE9 \x96</r>", "f.xml",
                          "r", diags);
        ASSERT_TRUE(in.ok());
        EXPECT_EQ(xml_text(in.root()), "André –");
    }
    {
        Diagnostics diags;
        const XmlInput in("<?xml version='1.0' encoding='ISO-8859-1'?><r>\xC3\xA9</r>", "f.xml", "r", diags);
        ASSERT_TRUE(in.ok());
        EXPECT_EQ(xml_text(in.root()), "Ã©");  // declared Latin-1 wins over valid-looking UTF-8
    }
    {
        Diagnostics diags;
        const XmlInput in("<r a='Jum\x92" "at'>Andr\xE9</r>", "f.xml", "r", diags);
        ASSERT_TRUE(in.ok());
        EXPECT_EQ(xml_text(in.root()), "André");
        EXPECT_EQ(xml_attr(in.root(), "a"), "Jum’at");
    }
}

TEST(XmlInput, UnsupportedEncodings) {
    {
        Diagnostics diags;
        const XmlInput in("<?xml version='1.0' encoding='Shift_JIS'?><r/>", "f.xml", "r", diags);
        EXPECT_FALSE(in.ok());
        EXPECT_EQ(lines_of(diags),
                  (Lines{"f.xml:1: xml: XML tidak valid: pengodean \"shift_jis\" tidak didukung (gunakan UTF-8)"}));
    }
    {
        Diagnostics diags;
        const XmlInput in(std::string("\xFF\xFE<\0r\0/\0>\0", 10), "f.xml", "r", diags);
        EXPECT_FALSE(in.ok());
        EXPECT_EQ(lines_of(diags),
                  (Lines{"f.xml:1: xml: berkas tersimpan sebagai UTF-16; simpan ulang sebagai UTF-8"}));
    }
}

TEST(ReportUnknown, NamesUnknownAttributesAndElements) {
    Diagnostics diags;
    const XmlInput in("<r>\n<p nip='1' nip_atasan='2'>\n<x/>\n<ok/>\n</p>\n</r>", "f.xml", "r", diags);
    ASSERT_TRUE(in.ok());
    report_unknown(in, in.root().child("p"), {"nip", "nip-atasan"}, {"ok"}, diags);
    EXPECT_EQ(lines_of(diags), (Lines{"f.xml:2: nip_atasan: atribut tidak dikenal pada <p>",
                                      "f.xml:3: xml: elemen <x> tidak dikenal di dalam <p>"}));
}

TEST(NormalizeSpace, CollapsesRuns) {
    EXPECT_EQ(normalize_space("  a \n\t b\r\nc  "), "a b c");
    EXPECT_EQ(normalize_space(" \n "), "");
    EXPECT_EQ(normalize_space("x"), "x");
}

}  // namespace
}  // namespace kinerja
