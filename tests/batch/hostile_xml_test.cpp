// Hostile XML: an entity bomb (billion laughs), external entities, a template that includes
// itself or nests without end, and documents too large to hold. Nothing is expanded, nothing
// outside the data folder is read, and each is refused or read safely, quickly.
#include <gtest/gtest.h>

#include <string>

#include "batch/check_job.hpp"
#include "compose/formulir.hpp"
#include "load/data_readers.hpp"
#include "load/limits.hpp"
#include "load/template_reader.hpp"
#include "test_support.hpp"
#include "../load/diagnostic_lines.hpp"

namespace kinerja {
namespace {

using test::Lines;
using test::lines_of;

// Ten entities, each ten times the one before: &lol9; would be 10^9 "lol"s.
std::string billion_laughs_doctype(const std::string& root) {
    std::string doctype = "<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [\n  <!ENTITY lol0 \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        doctype += "  <!ENTITY lol" + std::to_string(i) + " \"";
        for (int k = 0; k < 10; ++k) doctype += "&lol" + std::to_string(i - 1) + ";";
        doctype += "\">\n";
    }
    return doctype + "]>\n";
}

const std::string kExternal =
    "<!DOCTYPE daftar-pegawai [\n"
    "  <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n"
    "  <!ENTITY % remote SYSTEM \"http://127.0.0.1:9/x.dtd\">\n"
    "  %remote;\n"
    "]>\n";

TEST(HostileXml, BillionLaughsIsNotExpanded) {
    Diagnostics diags;
    const auto pegawai = read_pegawai_xml(billion_laughs_doctype("daftar-pegawai") +
                                              "<daftar-pegawai><pegawai nip=\"1\" nama=\"&lol9;\" jabatan=\"A &lol2; B\"/>"
                                              "</daftar-pegawai>",
                                          "pegawai.xml", diags);
    EXPECT_TRUE(diags.empty()) << lines_of(diags).front();
    ASSERT_EQ(pegawai.size(), 1u);
    EXPECT_EQ(pegawai.at(0).nama, "&lol9;");
    EXPECT_EQ(pegawai.at(0).jabatan, "A &lol2; B");

    Diagnostics sop_diags;
    const auto sop = read_sop_xml(billion_laughs_doctype("sop") +
                                      "<sop nomor=\"&lol9;\"><langkah simbol=\"mulai\">&lol9;&lol9;</langkah></sop>",
                                  "sop/bom.xml", sop_diags);
    ASSERT_TRUE(sop);
    EXPECT_EQ(sop->nomor, "&lol9;");
    ASSERT_EQ(sop->langkah.size(), 1u);
    EXPECT_EQ(sop->langkah.at(0).uraian, "&lol9;&lol9;");
}

// The whole check of the sample office with a bomb in every XML file: it finishes, and the
// unexpanded references are what the model sees (and reports where they do not fit).
TEST(HostileXml, CheckOfAFolderFullOfBombsFinishes) {
    MemoryFileSource files = test::memory_copy(test::sample_dir());
    std::string instansi = files.files().at("instansi.xml");
    instansi.replace(instansi.find("<instansi"), 0, billion_laughs_doctype("instansi"));
    instansi.erase(0, instansi.find("<?xml", 1));  // one declaration, the bomb's
    instansi.replace(instansi.find("KECAMATAN LAMPIHONG"), 19, "&lol9;");
    files.put("instansi.xml", instansi);
    files.put("sop/bom.xml", billion_laughs_doctype("sop") + "<sop nomor=\"&lol9;\" nama=\"&lol8;\"/>");
    const CheckOutcome outcome = check_data(files, std::string("2024-03"));
    for (const Diagnostic& d : outcome.problems) {
        EXPECT_LT(d.message.size(), 500u) << d.str();  // nothing expanded into a message
        EXPECT_EQ(d.message.find("lollol"), std::string::npos) << d.str();
    }
    EXPECT_FALSE(outcome.problems.empty());  // the bomb SOP has no steps, dates or signer
}

TEST(HostileXml, ExternalEntitiesAreNotRead) {
    Diagnostics diags;
    const auto pegawai = read_pegawai_xml(kExternal +
                                              "<daftar-pegawai><pegawai nip=\"1\" nama=\"&xxe;\">&xxe;</pegawai>"
                                              "</daftar-pegawai>",
                                          "pegawai.xml", diags);
    ASSERT_EQ(pegawai.size(), 1u);
    EXPECT_EQ(pegawai.at(0).nama, "&xxe;");
    for (const Diagnostic& d : diags.items()) EXPECT_EQ(d.message.find("root:"), std::string::npos) << d.str();
}

// A template cannot include another (templates/README.md): an include element, XInclude or an
// external entity naming the template itself are refused or left as text, never followed.
TEST(HostileXml, ATemplateThatIncludesItselfIsRefused) {
    const std::string file = "templates/formulir-kinerja.xml";
    {
        Diagnostics diags;
        EXPECT_FALSE(compose::FormulirTemplate::load(
            "<template>\n<include href=\"formulir-kinerja.xml\"/>\n</template>", file, diags));
        EXPECT_EQ(lines_of(diags),
                  (Lines{file + ":2: xml: elemen <include> tidak dikenal di dalam <template>"}));
    }
    {
        Diagnostics diags;
        EXPECT_FALSE(compose::FormulirTemplate::load(
            "<template xmlns:xi=\"http://www.w3.org/2001/XInclude\">\n"
            "<xi:include href=\"formulir-kinerja.xml\" parse=\"xml\"/>\n</template>",
            file, diags));
        ASSERT_FALSE(diags.empty());
        EXPECT_EQ(diags.items().back().str(),
                  file + ":2: xml: elemen <xi:include> tidak dikenal di dalam <template>");
    }
    {
        // An external entity naming the template: not read, so the text stays "&self;".
        Diagnostics diags;
        const auto root = read_template_xml(
            "<!DOCTYPE template [<!ENTITY self SYSTEM \"formulir-kinerja.xml\">]>\n"
            "<template><p>&self;</p></template>",
            file, "template", diags);
        ASSERT_TRUE(root);
        ASSERT_EQ(root->children.size(), 1u);
        ASSERT_EQ(root->children.at(0).children.size(), 1u);
        EXPECT_EQ(root->children.at(0).children.at(0).text, "&self;");
    }
}

// Nesting is refused past limits::max_xml_depth, before anything recursive walks it: reading
// the tree and compiling the template both recurse, and 20.000 levels would overflow the stack.
TEST(HostileXml, EndlessNestingIsRefused) {
    const int depth = 20000;
    std::string deep = "<template>";
    for (int i = 0; i < depth; ++i) deep += "<keep>";
    for (int i = 0; i < depth; ++i) deep += "</keep>";
    deep += "</template>";
    Diagnostics diags;
    EXPECT_FALSE(compose::FormulirTemplate::load(deep, "templates/formulir-kinerja.xml", diags));
    EXPECT_EQ(lines_of(diags), (Lines{"templates/formulir-kinerja.xml:1: xml: elemen bersarang lebih dari 64 "
                                      "tingkat; berkas tidak dibaca"}));

    std::string ok = "<template>";
    for (std::size_t i = 1; i < limits::max_xml_depth; ++i) ok += "<keep>";
    for (std::size_t i = 1; i < limits::max_xml_depth; ++i) ok += "</keep>";
    ok += "</template>";
    Diagnostics ok_diags;
    EXPECT_TRUE(read_template_xml(ok, "t.xml", "template", ok_diags));
    EXPECT_TRUE(ok_diags.empty());

    Diagnostics data_diags;
    std::string sop = "<sop>\n<pelaksana>";
    for (int i = 0; i < depth; ++i) sop += "<lane>";
    EXPECT_FALSE(read_sop_xml(sop, "sop/a.xml", data_diags));  // unclosed: pugixml stops it
    EXPECT_EQ(data_diags.size(), 1u);
}

TEST(HostileXml, TooManyTagsAreRefusedBeforeParsing) {
    std::string many = "<daftar-pegawai>\n";
    for (std::size_t i = 0; i < limits::max_xml_tags; ++i) many += "<a/>";
    many += "</daftar-pegawai>";
    Diagnostics diags;
    EXPECT_TRUE(read_pegawai_xml(many, "pegawai.xml", diags).empty());
    EXPECT_EQ(lines_of(diags),
              (Lines{"pegawai.xml:1: xml: berkas terlalu besar: lebih dari 500.000 tag; berkas tidak dibaca"}));

    std::string attributes = "<daftar-pegawai><pegawai nip=\"1\" ";
    for (std::size_t i = 0; i <= limits::max_xml_attributes; ++i) attributes += "=";
    Diagnostics attr_diags;
    EXPECT_TRUE(read_pegawai_xml(attributes, "pegawai.xml", attr_diags).empty());
    EXPECT_EQ(lines_of(attr_diags),
              (Lines{"pegawai.xml:1: xml: berkas terlalu besar: lebih dari 500.000 atribut; berkas tidak dibaca"}));
}

TEST(HostileXml, AnOverlongValueRefusesTheFile) {
    const std::string huge(limits::max_value_bytes + 1, 'A');
    Diagnostics diags;
    EXPECT_TRUE(read_pegawai_xml("<daftar-pegawai>\n<pegawai nip=\"1\" nama=\"" + huge + "\"/></daftar-pegawai>",
                                 "pegawai.xml", diags)
                    .empty());
    EXPECT_EQ(lines_of(diags),
              (Lines{"pegawai.xml:2: nama: nilai atribut lebih dari 10.000 karakter; berkas tidak dibaca"}));
    Diagnostics text_diags;
    EXPECT_FALSE(read_sop_xml("<sop>\n<langkah>" + huge + "</langkah></sop>", "sop/a.xml", text_diags));
    EXPECT_EQ(lines_of(text_diags),
              (Lines{"sop/a.xml:2: xml: teks di dalam <langkah> lebih dari 10.000 karakter; berkas tidak dibaca"}));
    // At the limit it is read.
    Diagnostics ok_diags;
    const auto ok = read_pegawai_xml("<daftar-pegawai><pegawai nama=\"" + huge.substr(1) + "\"/></daftar-pegawai>",
                                     "pegawai.xml", ok_diags);
    EXPECT_TRUE(ok_diags.empty());
    ASSERT_EQ(ok.size(), 1u);
    EXPECT_EQ(ok.at(0).nama.size(), limits::max_value_bytes);
}

// fuzz_template: an integer attribute of many digits (header-rows="3333…") overflowed int in
// compose's template compiler while being read, before its length was held against it.
TEST(TemplateFuzzRegression, AnIntegerOfManyDigitsIsReportedWithoutOverflow) {
    const std::string digits(93, '3');
    Diagnostics diags;
    EXPECT_FALSE(compose::FormulirTemplate::load("<template>\n<table columns=\"1\" header-rows=\"" + digits +
                                                     "\"><row><cell/></row></table></template>",
                                                 "templates/formulir-kinerja.xml", diags));
    ASSERT_EQ(diags.size(), 1u) << lines_of(diags).front();
    EXPECT_EQ(diags.items().at(0).line, 2);
    EXPECT_EQ(diags.items().at(0).field, "header-rows");
    EXPECT_NE(diags.items().at(0).message.find("harus bilangan bulat"), std::string::npos);

    // The input as found.
    Diagnostics found_diags;
    EXPECT_FALSE(compose::FormulirTemplate::load(
        test::read_file(test::source_dir() / "tests" / "data" / "fuzz" / "fuzz_template-integer-overflow.xml"),
        "templates/formulir-kinerja.xml", found_diags));
    EXPECT_FALSE(found_diags.empty());
}

}  // namespace
}  // namespace kinerja
