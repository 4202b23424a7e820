// Joining documents for duplex printing: blank pages so that every document starts on a
// right-hand (odd) page, and the nested bookmarks.
#include "batch/print_file.hpp"

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

#include <gtest/gtest.h>

#include "pdf_test_support.hpp"
#include "test_support.hpp"

namespace kinerja {
namespace {


using layout::Bookmark;
using layout::DisplayList;
using layout::Page;
using layout::TextRun;

// A document of `count` pages, each with one text run naming it ("B 2" = page 2 of B), so
// that where each page ended up can be read back.
DisplayList document(const std::string& name, int count, double width = 609.45, double height = 935.43) {
    DisplayList list;
    list.meta.title = name;
    for (int i = 1; i <= count; ++i) {
        TextRun run;
        run.origin = {50, 50};
        run.text = name + " " + std::to_string(i);
        list.pages.push_back(Page{width, height, {run}});
    }
    return list;
}

// What each page holds: its run's text, or "-" for a blank page (only the note).
std::vector<std::string> contents(const DisplayList& list) {
    std::vector<std::string> out;
    for (const Page& page : list.pages) {
        const auto& run = std::get<TextRun>(page.items.at(0));
        out.push_back(run.text == blank_page_note ? "-" : run.text);
    }
    return out;
}

using Texts = std::vector<std::string>;

TEST(BlankPage, SameSizeAndOnlyTheNoteCentred) {
    const Page like{841.89, 595.28, {}};
    const Page blank = blank_page(like, test::bundled_font_book());
    EXPECT_EQ(blank.width, like.width);
    EXPECT_EQ(blank.height, like.height);
    ASSERT_EQ(blank.items.size(), 1u);
    const auto& note = std::get<TextRun>(blank.items[0]);
    EXPECT_EQ(note.text, "Halaman ini sengaja dikosongkan");
    EXPECT_EQ(note.face, layout::Face::serif_italic);
    EXPECT_EQ(note.size, 8);
    EXPECT_NEAR(note.width, test::bundled_font_book().width(layout::Face::serif_italic, 8, note.text), 1e-9);
    EXPECT_NEAR(note.origin.x + note.width / 2, like.width / 2, 1e-9);
    EXPECT_NEAR(note.origin.y, like.height / 2, 1e-9);
}

TEST(AppendOnOddPage, InsertsABlankAfterAnOddCount) {
    DisplayList into = document("A", 1);
    EXPECT_EQ(append_on_odd_page(into, document("B", 2), test::bundled_font_book()), 2u);
    EXPECT_EQ(contents(into), (Texts{"A 1", "-", "B 1", "B 2"}));
    EXPECT_EQ(append_on_odd_page(into, document("C", 1), test::bundled_font_book()), 4u);
    EXPECT_EQ(contents(into), (Texts{"A 1", "-", "B 1", "B 2", "C 1"}));
    EXPECT_EQ(into.meta.title, "A");
}

TEST(AppendOnOddPage, NothingBeforeTheFirstDocument) {
    DisplayList into;
    EXPECT_EQ(append_on_odd_page(into, document("A", 3), test::bundled_font_book()), 0u);
    EXPECT_EQ(contents(into), (Texts{"A 1", "A 2", "A 3"}));
}

TEST(AppendOnOddPage, TheBlankIsTheBackOfThePageBefore) {
    DisplayList into = document("L", 1, 935.43, 609.45);  // landscape
    append_on_odd_page(into, document("P", 1), test::bundled_font_book());
    ASSERT_EQ(into.pages.size(), 3u);
    EXPECT_EQ(into.pages[1].width, 935.43);
    EXPECT_EQ(into.pages[1].height, 609.45);
}

TEST(AppendOnOddPage, RefusesADocumentWithoutPages) {
    DisplayList into = document("A", 1);
    EXPECT_THROW(append_on_odd_page(into, DisplayList{}, test::bundled_font_book()), std::invalid_argument);
    EXPECT_EQ(into.pages.size(), 1u);
}

TEST(AssemblePrintFile, EveryDocumentStartsOnAnOddPageAndNoBlankAtTheEnd) {
    std::vector<PrintSection> sections;
    sections.push_back(PrintSection{"SOP", {PrintDocument{"SOP 1", document("S", 3)}}});
    sections.push_back(PrintSection{"Pegawai 1",
                                    {PrintDocument{"Formulir Kinerja", document("F1", 2)},
                                     PrintDocument{"Lembar 1", document("P1a", 1)},
                                     PrintDocument{"Lembar 2", document("P1b", 1)}}});
    sections.push_back(PrintSection{"Tanpa dokumen", {}});
    sections.push_back(PrintSection{"Pegawai 2", {PrintDocument{"Formulir Kinerja", document("F2", 1)}}});
    layout::Metadata meta;
    meta.title = "Berkas Cetak";
    const DisplayList out = assemble_print_file(std::move(sections), meta, test::bundled_font_book());
    EXPECT_EQ(contents(out), (Texts{"S 1", "S 2", "S 3", "-",   // page 5: next document
                                    "F1 1", "F1 2",             // even count: no blank
                                    "P1a 1", "-", "P1b 1", "-", "F2 1"}));
    EXPECT_EQ(out.meta.title, "Berkas Cetak");

    // Bookmarks: section → document, each at the document's first page; the empty section has none.
    ASSERT_EQ(out.bookmarks.size(), 3u);
    EXPECT_EQ(dump(DisplayList{{}, {}, {}, out.bookmarks}),
              "bookmark 1 \"SOP\"\n"
              "  bookmark 1 \"SOP 1\"\n"
              "bookmark 5 \"Pegawai 1\"\n"
              "  bookmark 5 \"Formulir Kinerja\"\n"
              "  bookmark 7 \"Lembar 1\"\n"
              "  bookmark 9 \"Lembar 2\"\n"
              "bookmark 11 \"Pegawai 2\"\n"
              "  bookmark 11 \"Formulir Kinerja\"\n");
    // Every document bookmark points at an odd page (1-based) holding the document's first page.
    for (const Bookmark& section : out.bookmarks) {
        for (const Bookmark& d : section.children) {
            EXPECT_EQ(d.page % 2, 0u) << d.title;
            EXPECT_NE(contents(out).at(d.page), "-");
        }
    }
}

TEST(AssemblePrintFile, UntitledSectionPutsDocumentsAtTheTopAndKeepsTheirOwnBookmarks) {
    DisplayList sop = document("S", 3);
    sop.bookmarks = {Bookmark{"Bagan alir", 1, {}}};
    std::vector<PrintSection> sections;
    sections.push_back(PrintSection{"", {PrintDocument{"Lembar 1", document("A", 1)},
                                         PrintDocument{"SOP", std::move(sop)}}});
    const DisplayList out = assemble_print_file(std::move(sections), {}, test::bundled_font_book());
    EXPECT_EQ(dump(DisplayList{{}, {}, {}, out.bookmarks}),
              "bookmark 1 \"Lembar 1\"\n"
              "bookmark 3 \"SOP\"\n"
              "  bookmark 4 \"Bagan alir\"\n");
}

TEST(AssemblePrintFile, MergesImagesById) {
    DisplayList a = document("A", 1);
    a.images = {{"logo", "PNG-logo"}, {"ttd-1", "PNG-1"}};
    DisplayList b = document("B", 1);
    b.images = {{"logo", "PNG-logo"}, {"ttd-2", "PNG-2"}};
    std::vector<PrintSection> sections;
    sections.push_back(PrintSection{"", {PrintDocument{"A", std::move(a)}, PrintDocument{"B", std::move(b)}}});
    const DisplayList out = assemble_print_file(std::move(sections), {}, test::bundled_font_book());
    using Images = std::vector<std::pair<std::string, std::string>>;
    EXPECT_EQ(out.images, (Images{{"logo", "PNG-logo"}, {"ttd-1", "PNG-1"}, {"ttd-2", "PNG-2"}}));
}

TEST(AssemblePrintFile, RefusesAnUntitledOrEmptyDocument) {
    std::vector<PrintSection> untitled;
    untitled.push_back(PrintSection{"X", {PrintDocument{"", document("A", 1)}}});
    EXPECT_THROW(assemble_print_file(std::move(untitled), {}, test::bundled_font_book()), std::invalid_argument);
    std::vector<PrintSection> empty;
    empty.push_back(PrintSection{"X", {PrintDocument{"A", DisplayList{}}}});
    EXPECT_THROW(assemble_print_file(std::move(empty), {}, test::bundled_font_book()), std::invalid_argument);
}

// cetak.pdf as StreamedPrintFile writes it: a document of three pages, then a section holding
// a formulir of one page and three collated one-page copies (blank backs between them, as the
// per-employee pengukuran file has them).
struct StreamedFile {
    std::vector<std::string> pages;  // each page's text, "-" for a blank one (pdftotext: "S1" for "S 1",
                                     // whose run has no width)
    std::string catalog;             // qpdf --show-object=1
    Texts outline;                   // "title page" per bookmark in order, nested by two spaces
    int check = -1;                  // qpdf --check's exit code
};

StreamedFile streamed(SisiCetak sisi) {
    static const render::FontFiles font_files = render::bundled_font_files(KINERJA_SOURCE_DIR "/fonts");
    const test::TempDir dir("kinerja-streamed-print-file");
    layout::Metadata meta;
    meta.title = "Berkas Cetak";
    StreamedPrintFile file(dir.path() / "spool", meta, test::bundled_font_book(), font_files, sisi);
    DisplayList sop = document("S", 3);
    sop.bookmarks = {Bookmark{"Bagan alir", 1, {}}};
    file.add(render_document(sop, font_files, {Bookmark{"SOP", 0, sop.bookmarks}}));
    file.begin_section("Pegawai 1");
    file.add(render_document(document("F", 1), font_files, {Bookmark{"Formulir Kinerja", 0, {}}}));
    std::vector<PrintSection> copies;
    copies.push_back(PrintSection{"", {PrintDocument{"Lembar 1", document("A", 1)},
                                       PrintDocument{"Lembar 2", document("B", 1)},
                                       PrintDocument{"Lembar 3", document("C", 1)}}});
    const DisplayList collated = assemble_print_file(std::move(copies), {}, test::bundled_font_book());
    file.add(render_document(collated, font_files, collated.bookmarks));

    const std::filesystem::path pdf = dir.path() / "cetak.pdf";
    {
        std::ofstream out(pdf, std::ios::binary);
        file.finish(out);
    }
    StreamedFile made;
    std::string page;
    for (const char c : test::run_command("pdftotext " + pdf.string() + " -").output) {
        if (c == '\f') {
            made.pages.push_back(page == blank_page_note ? "-" : page);
            page.clear();
        } else if (c != '\n') {
            page += c;
        }
    }
    made.catalog = test::run_command("qpdf --show-object=1 " + pdf.string()).output;
    made.check = test::run_command("qpdf --check " + pdf.string()).code;
    // qpdf's JSON gives each entry's destpageposfrom1 before its kids and its title after them.
    std::vector<std::pair<std::size_t, std::string>> open;  // entry index, page
    const std::string json = test::run_command("qpdf --json --json-key=outlines " + pdf.string()).output;
    for (const std::string& line : test::lines_of(json)) {
        const std::string body = line.substr(std::min(line.size(), line.find_first_not_of(' ')));
        if (body.rfind("\"destpageposfrom1\": ", 0) == 0) {
            open.emplace_back(made.outline.size(), std::to_string(std::stoi(body.substr(20))));
            made.outline.push_back(std::string(2 * (open.size() - 1), ' '));
        } else if (body.rfind("\"title\": \"", 0) == 0 && !open.empty()) {
            made.outline.at(open.back().first) += body.substr(10, body.rfind('"') - 10) + " " + open.back().second;
            open.pop_back();
        }
    }
    return made;
}

TEST(StreamedPrintFile, OnBothSidesEveryDocumentStartsOnAnOddPageAndTheFileAsksForDuplex) {
    const StreamedFile made = streamed(SisiCetak::dua);
    EXPECT_EQ(made.pages, (Texts{"S1", "S2", "S3", "-", "F1", "-", "A1", "-", "B1", "-", "C1"}));
    EXPECT_NE(made.catalog.find("/ViewerPreferences << /Duplex /DuplexFlipLongEdge /PrintScaling /None >>"),
              std::string::npos)
        << made.catalog;
    EXPECT_EQ(made.check, 0);
}

TEST(StreamedPrintFile, OnOneSideNoPageIsBlankAndTheBookmarksFollowThePages) {
    const StreamedFile made = streamed(SisiCetak::satu);
    EXPECT_EQ(made.pages, (Texts{"S1", "S2", "S3", "F1", "A1", "B1", "C1"}));
    EXPECT_NE(made.catalog.find("/ViewerPreferences << /Duplex /Simplex /PrintScaling /None >>"), std::string::npos)
        << made.catalog;
    EXPECT_EQ(made.check, 0);
    EXPECT_EQ(made.outline, (Texts{"SOP 1", "  Bagan alir 2", "Pegawai 1 4", "  Formulir Kinerja 4", "  Lembar 1 5",
                              "  Lembar 2 6", "  Lembar 3 7"}));
}

}  // namespace
}  // namespace kinerja
