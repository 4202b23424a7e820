// templates/regulasi-2022.xml as read (load/records_2022.hpp read_regulasi_xml).
#include <gtest/gtest.h>

#include "../regulasi_2022_text.hpp"
#include "diagnostic_lines.hpp"
#include "load/records_2022.hpp"

namespace kinerja {
namespace {

using test::kRegulasiFile;
using test::line_of;

std::string at_line(int line) { return kRegulasiFile + ":" + std::to_string(line) + ": "; }

TEST(RegulasiXml, ReadsEveryPartOfTheShippedFile) {
    const std::string text = test::shipped_regulasi_text();
    Diagnostics diags;
    const std::optional<RegulasiRecord> rec = read_regulasi_xml(text, kRegulasiFile, diags);
    ASSERT_TRUE(rec);
    EXPECT_TRUE(diags.empty()) << test::lines_of(diags).front();
    EXPECT_EQ(rec->file, kRegulasiFile);
    EXPECT_EQ(rec->loc.line, line_of(text, "<regulasi-2022>"));
    ASSERT_EQ(rec->sel.size(), 9u);
    EXPECT_EQ(rec->sel.front().hasil_kerja, "Di Atas Ekspektasi");
    EXPECT_EQ(rec->sel.front().perilaku, "Di Bawah Ekspektasi");
    EXPECT_EQ(rec->sel.front().predikat, "Kurang/Misconduct");
    EXPECT_EQ(rec->sel.front().loc.line, line_of(text, "<sel "));

    ASSERT_EQ(rec->pola.size(), 5u);
    const std::size_t rules[] = {1, 2, 2, 3, 3};
    for (std::size_t i = 0; i < 5; ++i) EXPECT_EQ(rec->pola[i].aturan.size(), rules[i]) << i;
    const PolaRecord& baik = rec->pola[1];
    EXPECT_EQ(baik.capaian, "Baik");
    EXPECT_EQ(baik.aturan[1].predikat, "Butuh Perbaikan, Kurang/Misconduct");
    EXPECT_EQ(baik.aturan[1].paling_sedikit, "1");
    EXPECT_EQ(baik.aturan[1].paling_banyak, "");
    EXPECT_EQ(baik.aturan[1].loc.line, line_of(text, "<aturan predikat=\"Butuh Perbaikan, Kurang"));

    ASSERT_EQ(rec->angka_kredit.size(), 5u);
    EXPECT_EQ(rec->angka_kredit.front().predikat, "Sangat Baik");
    EXPECT_EQ(rec->angka_kredit.front().persen, "150");
    ASSERT_EQ(rec->pimpinan.size(), 5u);
    EXPECT_EQ(rec->pimpinan.front().capaian, "Istimewa");
    EXPECT_EQ(rec->pimpinan.front().rating_hasil_kerja, "Di Atas Ekspektasi");

    ASSERT_EQ(rec->perilaku.size(), 7u);
    for (const PerilakuPanduanRecord& p : rec->perilaku) EXPECT_EQ(p.panduan.size(), 3u) << p.kode;
    EXPECT_EQ(rec->perilaku.front().kode, "berorientasi_pelayanan");
    EXPECT_EQ(rec->perilaku.front().nama, "Berorientasi Pelayanan");
    EXPECT_EQ(rec->perilaku.front().panduan.front(), "Memahami dan memenuhi kebutuhan masyarakat");
}

TEST(RegulasiXml, ReportsUnknownElementsAndAttributesAtTheirLine) {
    const std::string text =
        "<regulasi-2022>\n"
        "  <sel hasil-kerja=\"Di Atas Ekspektasi\" prilaku=\"Sesuai Ekspektasi\">Baik</sel>\n"
        "  <pola capaian=\"Baik\">\n"
        "    <aturan predikat=\"Baik\" paling-banyak=\"70%\" maksimal=\"70%\"/>\n"
        "    <batas/>\n"
        "  </pola>\n"
        "  <angka-kredit predikat=\"Baik\" persen=\"100\"><x/></angka-kredit>\n"
        "  <pimpinan capaian=\"Baik\" rating=\"Sesuai\"/>\n"
        "  <perilaku kode=\"loyal\" nama=\"Loyal\"><panduan a=\"1\">Setia</panduan><contoh/></perilaku>\n"
        "  <catatan/>\n"
        "</regulasi-2022>\n";
    Diagnostics diags;
    const std::optional<RegulasiRecord> rec = read_regulasi_xml(text, kRegulasiFile, diags);
    ASSERT_TRUE(rec);
    EXPECT_EQ(test::lines_of(diags),
              (test::Lines{
                  at_line(10) + "xml: elemen <catatan> tidak dikenal di dalam <regulasi-2022>",
                  at_line(2) + "prilaku: atribut tidak dikenal pada <sel>",
                  at_line(5) + "xml: elemen <batas> tidak dikenal di dalam <pola>",
                  at_line(4) + "maksimal: atribut tidak dikenal pada <aturan>",
                  at_line(7) + "xml: elemen <x> tidak dikenal di dalam <angka-kredit>",
                  at_line(8) + "rating: atribut tidak dikenal pada <pimpinan>",
                  at_line(9) + "xml: elemen <contoh> tidak dikenal di dalam <perilaku>",
                  at_line(9) + "a: atribut tidak dikenal pada <panduan>",
              }));
    EXPECT_EQ(rec->sel.size(), 1u);
    EXPECT_EQ(rec->pola.at(0).aturan.size(), 1u);
    EXPECT_EQ(rec->perilaku.at(0).panduan, std::vector<std::string>{"Setia"});
}

TEST(RegulasiXml, AnotherTopLevelElementIsNotRead) {
    Diagnostics diags;
    EXPECT_FALSE(read_regulasi_xml("<template/>", kRegulasiFile, diags));
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags.items().front().field, "xml");
    EXPECT_EQ(diags.items().front().line, 1);

    Diagnostics broken;
    EXPECT_FALSE(read_regulasi_xml("<regulasi-2022>\n<sel>", kRegulasiFile, broken));
    EXPECT_FALSE(broken.empty());
}

TEST(RegulasiXml, AControlCharacterIsRefusedAtItsElement) {
    const std::string text = "<regulasi-2022>\n<perilaku kode=\"loyal\" nama=\"Lo\x1byal\"/>\n</regulasi-2022>";
    Diagnostics diags;
    const std::optional<RegulasiRecord> rec = read_regulasi_xml(text, kRegulasiFile, diags);
    ASSERT_TRUE(rec);
    EXPECT_TRUE(diags.empty());  // the model reports what the reader refused
    ASSERT_EQ(rec->refused.size(), 1u);
    EXPECT_EQ(rec->refused.front().line, 2);
    EXPECT_EQ(rec->refused.front().field, "nama");
}

}  // namespace
}  // namespace kinerja
