// DisplayList::bookmarks become the PDF outline: nested, UTF-8 titles, each on its page.
#include "render/pdf_writer.hpp"

#include <stdexcept>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "render_test_support.hpp"

namespace kinerja::render {
namespace {

using layout::Bookmark;
using layout::DisplayList;
using layout::Page;
using testing::TempFile;
using testing::run_command;

using testing::bundled;

// Four empty pages (the third landscape) and an outline two levels deep.
DisplayList outlined() {
    DisplayList list;
    list.meta.title = "Berkas Cetak";
    list.meta.date = "2024-03-31";
    list.pages = {Page{595.28, 841.89, {}}, Page{595.28, 841.89, {}}, Page{841.89, 595.28, {}},
                  Page{595.28, 841.89, {}}};
    list.bookmarks = {
        Bookmark{"Standar Operasional Prosedur", 0, {Bookmark{"01/SOP/KEC-LPHG/III/2024", 0, {}}}},
        Bookmark{"Ma\u2019ruf Hidayat, S.Sos. (19820217 200801 1 003)",
                 2,
                 {Bookmark{"Formulir Kinerja", 2, {}},
                  Bookmark{"Pengukuran Kinerja \u2014 Lembar 1 (Pegawai yang bersangkutan)", 3, {}}}},
    };
    return list;
}

// qpdf's JSON of the outline: one line per entry with its title and 1-based page.
std::string outline_of(const std::string& pdf) {
    TempFile file("outline.pdf", pdf);
    testing::CommandResult json = run_command("qpdf --json --json-key=outlines " + file.path());
    EXPECT_EQ(json.exit_code, 0) << json.output;
    return json.output;
}

TEST(BookmarkOutline, EveryEntryIsInTheOutlineWithItsPage) {
    const std::string json = outline_of(render_pdf(outlined(), bundled()));
    // qpdf writes the titles as UTF-8 and the page of each destination, 1-based.
    for (const char* title : {"\"title\": \"Standar Operasional Prosedur\"",
                              "\"title\": \"01/SOP/KEC-LPHG/III/2024\"",
                              "\"title\": \"Ma\u2019ruf Hidayat, S.Sos. (19820217 200801 1 003)\"",
                              "\"title\": \"Formulir Kinerja\"",
                              "\"title\": \"Pengukuran Kinerja \u2014 Lembar 1 (Pegawai yang bersangkutan)\""}) {
        EXPECT_NE(json.find(title), std::string::npos) << title << "\n" << json;
    }
    std::vector<std::size_t> pages;
    for (std::size_t at = json.find("\"destpageposfrom1\": "); at != std::string::npos;
         at = json.find("\"destpageposfrom1\": ", at + 1)) {
        pages.push_back(std::stoul(json.substr(at + 20)));
    }
    // Depth first: SOP 1, its child 1, employee 3, formulir 3, pengukuran 4.
    EXPECT_EQ(pages, (std::vector<std::size_t>{1, 1, 3, 3, 4})) << json;
}

TEST(BookmarkOutline, NestsChildrenUnderTheirParentCollapsed) {
    TempFile file("nested.pdf", render_pdf(outlined(), bundled()));
    // qpdf's JSON holds an entry's children in its "kids": the employee's entry holds both
    // documents, so their titles come between its page and its own title.
    const std::string json = outline_of(render_pdf(outlined(), bundled()));
    const std::size_t sop = json.find("\"title\": \"Standar Operasional Prosedur\"");
    const std::size_t sop_child = json.find("\"title\": \"01/SOP/KEC-LPHG/III/2024\"");
    const std::size_t formulir = json.find("\"title\": \"Formulir Kinerja\"");
    const std::size_t employee = json.find("\"title\": \"Ma\u2019ruf Hidayat");
    ASSERT_TRUE(sop != std::string::npos && sop_child != std::string::npos && formulir != std::string::npos &&
                employee != std::string::npos);
    EXPECT_LT(sop_child, sop);
    EXPECT_GT(formulir, sop);
    EXPECT_LT(formulir, employee);

    // The PDF objects: the root counts the top-level entries (/Count 2); a collapsed parent
    // counts its children negatively; the viewer opens with the outline shown.
    testing::CommandResult raw = run_command("qpdf --qdf --object-streams=disable " + file.path() + " -");
    ASSERT_EQ(raw.exit_code, 0);
    EXPECT_NE(raw.output.find("/Type /Outlines"), std::string::npos);
    EXPECT_NE(raw.output.find("/Count 2\n"), std::string::npos);
    EXPECT_NE(raw.output.find("/Count -2\n"), std::string::npos);
    EXPECT_NE(raw.output.find("/Count -1\n"), std::string::npos);
    EXPECT_NE(raw.output.find("/PageMode /UseOutlines"), std::string::npos);
}

TEST(BookmarkOutline, FileStaysValidAndDeterministic) {
    const std::string first = render_pdf(outlined(), bundled());
    EXPECT_EQ(first, render_pdf(outlined(), bundled()));
    TempFile file("valid.pdf", first);
    testing::CommandResult check = run_command("qpdf --check " + file.path());
    EXPECT_EQ(check.exit_code, 0) << check.output;
}

TEST(BookmarkOutline, NoBookmarksNoOutline) {
    DisplayList list = outlined();
    list.bookmarks.clear();
    const std::string pdf = render_pdf(list, bundled());
    EXPECT_EQ(pdf.find("/Outlines"), std::string::npos);
    EXPECT_EQ(pdf.find("/PageMode"), std::string::npos);
}

TEST(BookmarkOutline, RefusesABookmarkPastTheLastPage) {
    DisplayList list = outlined();
    list.bookmarks.at(1).children.at(1).page = 4;
    try {
        render_pdf(list, bundled());
        FAIL() << "no exception";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("halaman 5 dari 4"), std::string::npos) << e.what();
    }
}

TEST(BookmarkOutline, RefusesAnEmptyOrControlCharacterTitle) {
    DisplayList empty = outlined();
    empty.bookmarks.at(0).title.clear();
    EXPECT_THROW(render_pdf(empty, bundled()), std::invalid_argument);
    DisplayList control = outlined();
    control.bookmarks.at(0).children.at(0).title = "baris\nbaru";
    EXPECT_THROW(render_pdf(control, bundled()), std::invalid_argument);
}

}  // namespace
}  // namespace kinerja::render
