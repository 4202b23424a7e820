// The 2022 regime's rules loaded like a template (batch/regulasi_resource.hpp): the office's
// own copy in DATA_DIR/templates/ wins over the shipped file, and its problems are reported.
#include <gtest/gtest.h>

#include "../regulasi_2022_text.hpp"
#include "batch/regulasi_resource.hpp"
#include "load/file_source.hpp"

namespace kinerja {
namespace {

const std::filesystem::path kResources{KINERJA_SOURCE_DIR};

TEST(RegulasiResource, TheShippedRulesWhenTheOfficeHasNone) {
    MemoryFileSource files;
    Diagnostics diags;
    const std::optional<Regulasi2022> rules = load_regulasi2022(files, kResources, diags);
    EXPECT_TRUE(diags.empty());
    ASSERT_TRUE(rules);
    EXPECT_EQ(rules->file, "templates/regulasi-2022.xml");
    EXPECT_EQ(rules->matriks.at(static_cast<std::size_t>(Rating::sesuai)).at(static_cast<std::size_t>(Rating::di_atas)),
              Predikat::baik);
}

TEST(RegulasiResource, TheOfficesOwnCopyWins) {
    MemoryFileSource files;
    files.put("templates/regulasi-2022.xml",
              test::replaced(test::shipped_regulasi_text(), R"(perilaku="Di Atas Ekspektasi">Baik</sel>)",
                             R"(perilaku="Di Atas Ekspektasi">Sangat Baik</sel>)"));
    Diagnostics diags;
    const std::optional<Regulasi2022> rules = load_regulasi2022(files, kResources, diags);
    EXPECT_TRUE(diags.empty());
    ASSERT_TRUE(rules);
    EXPECT_EQ(rules->matriks.at(static_cast<std::size_t>(Rating::sesuai)).at(static_cast<std::size_t>(Rating::di_atas)),
              Predikat::sangat_baik);
}

TEST(RegulasiResource, ProblemsOfTheOfficesCopyAreReportedAndNoRulesAreGiven) {
    MemoryFileSource files;
    files.put("templates/regulasi-2022.xml", "<regulasi-2022>\n  <sel/>\n</regulasi-2022>\n");
    Diagnostics diags;
    EXPECT_FALSE(load_regulasi2022(files, kResources, diags));
    ASSERT_FALSE(diags.empty());
    EXPECT_EQ(diags.sorted().front().str(),
              "templates/regulasi-2022.xml:1: sel: sel hasil kerja Di Atas Ekspektasi, perilaku Di Atas Ekspektasi "
              "tidak ada");
    EXPECT_EQ(diags.sorted().back().str(), "templates/regulasi-2022.xml:2: sel: wajib diisi");
    EXPECT_EQ(diags.size(), 34u);  // 3 at <sel>; 9 cells, 5 pola, 5 angka-kredit, 5 pimpinan, 7 perilaku missing

    MemoryFileSource not_xml;
    not_xml.put("templates/regulasi-2022.xml", "bukan xml");
    Diagnostics broken;
    EXPECT_FALSE(load_regulasi2022(not_xml, kResources, broken));
    ASSERT_EQ(broken.size(), 1u);
    EXPECT_EQ(broken.items().front().file, "templates/regulasi-2022.xml");
}

}  // namespace
}  // namespace kinerja
