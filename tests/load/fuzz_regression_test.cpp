// Every finding of the fuzz targets (fuzz/, scripts/fuzz), kept: the input that broke a
// reader's contract, run through the same reader. Inputs are inline when short, else under
// tests/data/fuzz/ named after the target that found them (scripts/fuzz seeds from there too).
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "load/data_readers.hpp"
#include "load/text_encoding.hpp"
#include "diagnostic_lines.hpp"

namespace kinerja {
namespace {

using test::Lines;
using test::lines_of;

// The contract the fuzz targets check: messages are valid UTF-8 (they reach the terminal and
// documents) and name a line of the file.
void expect_clean_diagnostics(const Diagnostics& diags) {
    for (const Diagnostic& d : diags.items()) {
        EXPECT_TRUE(is_valid_utf8(d.message)) << d.str();
        EXPECT_TRUE(is_valid_utf8(d.field)) << d.str();
        EXPECT_GE(d.line, 0) << d.str();
    }
}

// fuzz_sop_xml: the encoding named in the declaration was quoted byte for byte in the message,
// which was then not UTF-8 (and as long as the input).
TEST(FuzzRegression, EncodingNameInMessageIsValidUtf8) {
    static const char input[] =
        "<?xml version=\"1.0\" encoding=\"<?xml ved\0\0\0n=\xDC\xCE\xD1\xCF\"?\xE2\n<!UTF-8\"?>\n<sop/>";
    Diagnostics diags;
    EXPECT_FALSE(read_sop_xml(std::string_view(input, sizeof input - 1), "sop/a.xml", diags));
    expect_clean_diagnostics(diags);
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags.items().at(0).message.rfind("XML tidak valid: pengodean \"<?xml ved\\x00\\x00\\x00n=", 0), 0u)
        << diags.items().at(0).message;
}

TEST(FuzzRegression, LongEncodingNameIsCut) {
    const std::string bytes = "<?xml version=\"1.0\" encoding=\"" + std::string(5000, 'x') + "\"?><sop/>";
    Diagnostics diags;
    EXPECT_FALSE(read_sop_xml(bytes, "sop/a.xml", diags));
    EXPECT_EQ(lines_of(diags), (Lines{"sop/a.xml:1: xml: XML tidak valid: pengodean \"" + std::string(40, 'x') +
                                      "\xE2\x80\xA6\" tidak didukung (gunakan UTF-8)"}));
}

// A mismatched end tag's name is quoted cut to whole characters.
TEST(FuzzRegression, MismatchedEndTagNameIsCutAtACharacter) {
    std::string name;
    for (int i = 0; i < 30; ++i) name += "\xC3\xA9";  // é, two bytes each
    Diagnostics diags;
    EXPECT_FALSE(read_sop_xml("<sop></" + name + ">", "sop/a.xml", diags));
    expect_clean_diagnostics(diags);
    ASSERT_EQ(diags.size(), 1u);
}

// fuzz_sop_xml, fuzz_pegawai_xml: a character reference to a surrogate or past U+10FFFF came out
// of pugixml as bytes that are not UTF-8, and &#0; silently cut the value short. XML does not
// allow them: the file is reported at the reference's line.
TEST(FuzzRegression, CharacterReferencesOutsideXmlCharsAreRefused) {
    struct Case {
        const char* ref;
        const char* shown;
    };
    for (const Case c : {Case{"&#xD800;", "&#xD800;"}, Case{"&#55296;", "&#55296;"},
                         Case{"&#x110000;", "&#x110000;"}, Case{"&#0;", "&#0;"}, Case{"&#x1;", "&#x1;"},
                         Case{"&#99999999999999999999;", "&#999999999999999999\xE2\x80\xA6"},
                         Case{"&#xFFFE;", "&#xFFFE;"}}) {
        Diagnostics diags;
        const std::string xml = std::string("<daftar-pegawai>\n<pegawai nip=\"1\" nama=\"A") + c.ref +
                                "\"/>\n</daftar-pegawai>";
        EXPECT_TRUE(read_pegawai_xml(xml, "pegawai.xml", diags).empty()) << c.ref;
        EXPECT_EQ(lines_of(diags), (Lines{std::string("pegawai.xml:2: xml: XML tidak valid: rujukan karakter ") +
                                          c.shown + " bukan karakter yang sah"}))
            << c.ref;
    }
    // In text too, and in the SOP reader that found it.
    Diagnostics diags;
    EXPECT_FALSE(read_sop_xml("<sop>\n<dasar-hukum><butir>UU &#xDFFF;</butir></dasar-hukum></sop>", "sop/a.xml",
                              diags));
    EXPECT_EQ(lines_of(diags),
              (Lines{"sop/a.xml:2: xml: XML tidak valid: rujukan karakter &#xDFFF; bukan karakter yang sah"}));
}

TEST(FuzzRegression, AllowedCharacterReferencesAndLookalikesStillRead) {
    Diagnostics diags;
    const auto records = read_pegawai_xml(
        "<daftar-pegawai><pegawai nip=\"&#x31;&#57;\" nama=\"Ma&#x2019;ruf&#9;&#x10FFFF; &#xD800 &#;\"/>"
        "<!-- &#0; --><pegawai nip=\"2\"><![CDATA[&#0;]]></pegawai></daftar-pegawai>",
        "pegawai.xml", diags);
    EXPECT_TRUE(diags.empty()) << lines_of(diags).front();
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records.at(0).nip, "19");
    EXPECT_EQ(records.at(0).nama, "Ma\xE2\x80\x99ruf\t\xF4\x8F\xBF\xBF &#xD800 &#;");
    EXPECT_TRUE(is_valid_utf8(records.at(0).nama));
}

// The saved inputs of the load targets, as found (tests/data/fuzz/TARGET-*): each read without
// a broken contract; those holding a bad character reference are refused for it.
TEST(FuzzRegression, SavedFindingsReadCleanly) {
    const std::filesystem::path dir = std::filesystem::path(KINERJA_SOURCE_DIR) / "tests" / "data" / "fuzz";
    int read = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        Diagnostics diags;
        if (name.rfind("fuzz_sop_xml-", 0) == 0) {
            EXPECT_FALSE(read_sop_xml(bytes, "sop/a.xml", diags)) << name;
        } else if (name.rfind("fuzz_pegawai_xml-", 0) == 0) {
            EXPECT_TRUE(read_pegawai_xml(bytes, "pegawai.xml", diags).empty()) << name;
        } else {
            continue;  // other targets' findings are tested with their stage
        }
        ++read;
        expect_clean_diagnostics(diags);
        ASSERT_EQ(diags.size(), 1u) << name;
        EXPECT_NE(diags.items().at(0).message.find("rujukan karakter &#xD800; bukan karakter yang sah"),
                  std::string::npos)
            << name << ": " << diags.items().at(0).str();
    }
    EXPECT_EQ(read, 2);
}

}  // namespace
}  // namespace kinerja
