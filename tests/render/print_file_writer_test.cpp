#include "render/print_file_writer.hpp"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "render_test_support.hpp"

namespace kinerja::render {
namespace {

using layout::Bookmark;
using layout::DisplayList;
using layout::Face;
using layout::ImageItem;
using layout::Line;
using layout::Page;
using layout::TextRun;

using testing::bundled;

TextRun text(double x, double y, Face face, double size, std::string content) {
    TextRun run;
    run.origin = {x, y};
    run.face = face;
    run.size = size;
    run.text = std::move(content);
    return run;
}

ImageItem image(std::string id, double x, double y) {
    ImageItem item;
    item.id = std::move(id);
    item.origin = {x, y};
    item.width = 60;
    item.height = 30;
    return item;
}

Page page(double width, double height) {
    Page p;
    p.width = width;
    p.height = height;
    return p;
}

layout::Metadata metadata() {
    layout::Metadata meta;
    meta.title = "Berkas Cetak Kinerja Maret 2024 \u2014 Kecamatan Lampihong";
    meta.author = "KECAMATAN LAMPIHONG";
    meta.subject = "untuk dicetak bolak-balik";
    meta.keywords = "cetak, SOP";
    meta.creator = "kinerja 0.1.0";
    meta.date = "2024-03-31";
    return meta;
}

// A JPEG of tests/data/images/ (scripts/make-test-images).
std::string jpeg_file(const std::string& name) {
    std::ifstream in(std::string(KINERJA_SOURCE_DIR) + "/tests/data/images/" + name, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// Three documents as a month's print file holds them: a portrait one with the logo drawn
// between text runs (a font and an image new on the same page), a landscape one with a JPEG
// logo, and one with a second image (a signature) and characters none of the others use.
std::vector<DisplayList> documents() {
    std::vector<DisplayList> docs(3);
    docs[0].images = {{"logo", testing::rgb_png()}};
    Page a = page(609.45, 935.43);
    a.items.emplace_back(text(72, 100, Face::serif_bold, 14, "PEMERINTAH KABUPATEN BALANGAN"));
    a.items.emplace_back(image("logo", 72, 20));
    a.items.emplace_back(text(72, 130, Face::serif_regular, 11, "Formulir Sasaran Kerja"));
    a.items.emplace_back(Line{{72, 140}, {500, 140}, 0.5});
    Page a2 = page(609.45, 935.43);
    a2.items.emplace_back(text(72, 100, Face::sans_regular, 10, "Halaman dua (lanjutan)"));
    a2.items.emplace_back(text(72, 120, Face::serif_regular, 11, "Ma\u2019ruf \u2013 Rp170.395.000"));
    docs[0].pages = {a, a2};

    docs[1].images = {{"logo-jpeg", jpeg_file("logo-abu.jpg")}};
    Page b = page(935.43, 609.45);
    b.items.emplace_back(image("logo-jpeg", 600, 20));
    b.items.emplace_back(text(72, 100, Face::sans_bold, 12, "BAGAN ALIR"));
    b.items.emplace_back(text(72, 120, Face::sans_italic, 9, "mutu baku"));
    docs[1].pages = {b};

    docs[2].images = {{"logo", testing::rgb_png()}, {"ttd:1969", testing::rgba_png()}};
    Page c = page(609.45, 935.43);
    c.items.emplace_back(image("ttd:1969", 300, 500));
    c.items.emplace_back(text(72, 100, Face::sans_regular, 10, "Dokumen Pengukuran Kinerja \u00e9\u00e8"));
    c.items.emplace_back(image("logo", 72, 20));
    c.items.emplace_back(text(72, 700, Face::serif_italic, 8, "Halaman ini sengaja dikosongkan"));
    docs[2].pages = {c};
    return docs;
}

std::vector<Bookmark> bookmarks() {
    return {Bookmark{"Standar Operasional Prosedur", 0, {Bookmark{"Identitas SOP", 0, {}}, Bookmark{"Bagan Alir", 2, {}}}},
            Bookmark{"Hammad Arsyad, SP (19690627 200112 1 003)", 3,
                     {Bookmark{"Pengukuran Kinerja \u2014 Lembar 1 (Pegawai)", 3, {}}}},
            Bookmark{"Tanpa anak", 1, {}}};
}

// What render_pdf makes of all the documents' pages as one list.
std::string reference(std::vector<DisplayList> docs, const std::vector<Bookmark>& marks) {
    DisplayList all;
    all.meta = metadata();
    for (DisplayList& doc : docs) layout::append_pages(all, std::move(doc));
    all.bookmarks = marks;
    return render_pdf(all, bundled());
}

std::string joined(const std::vector<DisplayList>& docs, const std::vector<Bookmark>& marks,
                   PrintPreference print = PrintPreference::none, const std::set<std::size_t>& leave_out = {}) {
    const FontFiles fonts = bundled();
    std::stringstream spool;
    PrintFileWriter writer(spool, metadata(), fonts, print);
    std::size_t expected_first = 0;
    for (const DisplayList& doc : docs) {
        RenderInfo info;
        const std::string pdf = render_pdf(doc, fonts, info);
        EXPECT_EQ(writer.append(pdf, info, leave_out), expected_first);
        std::size_t kept = 0;
        for (std::size_t i = 0; i < doc.pages.size(); ++i) kept += leave_out.count(i) ? 0 : 1;
        expected_first += kept;
    }
    EXPECT_EQ(writer.pages(), expected_first);
    std::ostringstream out;
    writer.finish(marks, out);
    return out.str();
}

// What tools see of a PDF, for comparing two files that should show the same: pdfinfo's page
// sizes, pdftotext's text, the outline's titles and pages, the pages rasterised at 20 dpi.
struct Seen {
    std::string sizes, text, outline, pixels;
    bool operator==(const Seen&) const = default;
};
Seen seen(const std::string& pdf) {
    const testing::TempFile file("seen.pdf", pdf);
    Seen out;
    out.sizes = testing::run_command("pdfinfo -f 1 -l 99 " + file.path() + " | grep '^Page.*size'").output;
    out.text = testing::run_command("pdftotext " + file.path() + " -").output;
    const std::string json = testing::run_command("qpdf --json --json-key=outlines " + file.path()).output;
    for (const std::string& line : testing::lines_of(json)) {
        if (line.find("\"title\"") != std::string::npos || line.find("\"destpageposfrom1\"") != std::string::npos) {
            out.outline += line + "\n";
        }
    }
    out.pixels = testing::run_command("pdftoppm -r 20 " + file.path()).output;
    return out;
}

// Every font of a PDF as pdffonts lists it: name (without subset tag) → whether embedded.
std::multiset<std::string> embedded_fonts(const std::string& pdf) {
    const testing::TempFile file("fonts.pdf", pdf);
    const testing::CommandResult fonts = testing::run_command("pdffonts " + file.path());
    EXPECT_EQ(fonts.exit_code, 0) << fonts.output;
    std::multiset<std::string> names;
    const auto lines = testing::lines_of(fonts.output);
    for (std::size_t i = 2; i < lines.size(); ++i) {
        std::istringstream row(lines[i]);
        std::string name, type, encoding, emb, sub;
        row >> name >> type >> encoding >> emb >> sub;
        EXPECT_EQ(emb + " " + sub, "yes yes") << lines[i];
        EXPECT_EQ(name.find('+'), 6u) << "a subset tag of six letters: " << lines[i];
        names.insert(name.substr(name.find('+') + 1));
    }
    return names;
}

// The print file shows what render_pdf makes of all the documents' pages as one list: the same
// pages, sizes, text, outline and pixels; each font file once, embedded, each image once.
TEST(PrintFileWriter, ShowsWhatRenderPdfShowsForAllThePages) {
    const std::string expected = reference(documents(), bookmarks());
    const std::string actual = joined(documents(), bookmarks());
    EXPECT_TRUE(seen(actual) == seen(expected));
    EXPECT_EQ(embedded_fonts(actual), embedded_fonts(expected));
    const std::multiset<std::string> fonts = embedded_fonts(actual);
    EXPECT_EQ(std::set<std::string>(fonts.begin(), fonts.end()).size(), fonts.size()) << "each font once";
}

TEST(PrintFileWriter, SameShowingWithoutBookmarks) {
    EXPECT_TRUE(seen(joined(documents(), {})) == seen(reference(documents(), {})));
}

TEST(PrintFileWriter, ImagesOnceWhenADocumentRepeatsAndImagesComeInAnotherOrder) {
    std::vector<DisplayList> docs = documents();
    std::vector<DisplayList> twice{docs[2], docs[0], docs[2], docs[1], docs[0]};
    const std::string pdf = joined(twice, {});
    EXPECT_TRUE(seen(pdf) == seen(reference(twice, {})));
    const testing::TempFile file("twice.pdf", pdf);
    std::set<std::string> objects;
    const auto lines = testing::lines_of(testing::run_command("pdfimages -list " + file.path()).output);
    for (std::size_t i = 2; i < lines.size(); ++i) {
        std::istringstream row(lines[i]);
        std::string field, object;
        for (int n = 0; n < 11; ++n) row >> field;  // the 11th column: the object number
        objects.insert(field);
    }
    EXPECT_EQ(objects.size(), 3u) << "the logo, the JPEG logo and the signature, each once";
}

// The same documents give the same bytes, run after run: no clock, no addresses, tags drawn
// from what the fonts show.
TEST(PrintFileWriter, SameDocumentsGiveTheSameBytes) {
    EXPECT_TRUE(joined(documents(), bookmarks()) == joined(documents(), bookmarks()));
}

TEST(PrintFileWriter, ThePrintFileIsAValidPdf) {
    const testing::TempFile file("print-file.pdf", joined(documents(), bookmarks()));
    const testing::CommandResult check = testing::run_command("qpdf --check " + file.path());
    EXPECT_EQ(check.exit_code, 0) << check.output;
    const testing::CommandResult info = testing::run_command("pdfinfo " + file.path());
    bool four_pages = false;
    for (const std::string& line : testing::lines_of(info.output)) {
        if (line.rfind("Pages:", 0) == 0) four_pages = line.substr(line.find_last_of(' ') + 1) == "4";
    }
    EXPECT_TRUE(four_pages) << info.output;
}

// The catalog of a PDF as qpdf shows it.
std::string catalog_of(const std::string& pdf) {
    const testing::TempFile file("catalog.pdf", pdf);
    const testing::CommandResult shown = testing::run_command("qpdf --show-object=1 " + file.path());
    EXPECT_EQ(shown.exit_code, 0) << shown.output;
    return shown.output;
}

// What each page of a PDF shows, its lines joined by " | " (pdftotext, page by page).
std::vector<std::string> page_texts(const std::string& pdf) {
    const testing::TempFile file("pages.pdf", pdf);
    std::vector<std::string> pages;
    std::string page;
    for (const char c : testing::run_command("pdftotext " + file.path() + " -").output) {
        if (c == '\f') {
            pages.push_back(page);
            page.clear();
        } else if (c == '\n') {
            if (!page.empty() && page.substr(page.size() - 3) != " | ") page += " | ";
        } else {
            page += c;
        }
    }
    for (std::string& p : pages) {
        while (p.size() >= 3 && p.substr(p.size() - 3) == " | ") p.resize(p.size() - 3);
    }
    return pages;
}

// Without print preferences the file is PDF 1.4, as render_pdf's; with them it declares
// PDF 1.7 (/Duplex is 1.7, /PrintScaling 1.6) and its catalog asks for them.
TEST(PrintFileWriter, AsksThePrintDialogForDuplexOrSimplexWithoutScaling) {
    const std::string plain = joined(documents(), bookmarks());
    EXPECT_EQ(plain.substr(0, 9), "%PDF-1.4\n");
    EXPECT_EQ(catalog_of(plain).find("/ViewerPreferences"), std::string::npos) << catalog_of(plain);
    const std::pair<PrintPreference, std::string> cases[] = {
        {PrintPreference::duplex_long_edge, "/ViewerPreferences << /Duplex /DuplexFlipLongEdge /PrintScaling /None >>"},
        {PrintPreference::simplex, "/ViewerPreferences << /Duplex /Simplex /PrintScaling /None >>"}};
    for (const auto& [print, preferences] : cases) {
        const std::string pdf = joined(documents(), bookmarks(), print);
        EXPECT_EQ(pdf.substr(0, 9), "%PDF-1.7\n");
        const std::string catalog = catalog_of(pdf);
        EXPECT_NE(catalog.find(preferences), std::string::npos) << catalog;
        EXPECT_NE(catalog.find("/Outlines "), std::string::npos) << catalog;
        const testing::TempFile file("preferences.pdf", pdf);
        const testing::CommandResult check = testing::run_command("qpdf --check " + file.path());
        EXPECT_EQ(check.exit_code, 0) << check.output;
        // The same pages as without the preferences.
        EXPECT_EQ(page_texts(pdf), page_texts(plain));
    }
}

// Pages left out are not in the file, nor is what only they draw; the pages kept are as
// render_pdf drew them, and the file is valid.
TEST(PrintFileWriter, LeavesOutThePagesItIsTold) {
    std::vector<DisplayList> docs = documents();
    Page blank = page(609.45, 935.43);
    blank.items.emplace_back(text(200, 400, Face::serif_italic, 8, "Halaman ini sengaja dikosongkan"));
    blank.items.emplace_back(image("ttd:1969", 300, 500));  // only a page left out draws it
    Page after = page(609.45, 935.43);
    after.items.emplace_back(text(72, 100, Face::sans_regular, 10, "Lembar 2"));
    DisplayList copies;
    copies.images = {docs[1].images.at(0), {"ttd:1969", testing::rgba_png()}};
    copies.pages = {docs[1].pages[0], blank, after};
    const std::vector<DisplayList> two{docs[0], copies};
    // Page 1 of each document left out: docs[0]'s second page and the blank one.
    const std::string pdf = joined(two, {Bookmark{"Lembar 2", 2, {}}}, PrintPreference::simplex, {1});
    EXPECT_EQ(page_texts(pdf), (std::vector<std::string>{"PEMERINTAH KABUPATEN BALANGAN | Formulir Sasaran Kerja",
                                                          "BAGAN ALIR | mutu baku", "Lembar 2"}));
    const testing::TempFile file("left-out.pdf", pdf);
    const testing::CommandResult check = testing::run_command("qpdf --check " + file.path());
    EXPECT_EQ(check.exit_code, 0) << check.output;
    const testing::CommandResult images = testing::run_command("pdfimages -list " + file.path());
    EXPECT_EQ(testing::lines_of(images.output).size(), 4u) << "the two logos only\n" << images.output;
    const testing::CommandResult fonts = testing::run_command("pdffonts " + file.path());
    EXPECT_EQ(fonts.output.find("KinerjaSerif-Italic"), std::string::npos) << "only the page left out used it\n"
                                                                       << fonts.output;
}

TEST(PrintFileWriter, RefusesADocumentOfPagesLeftOutOnly) {
    const FontFiles fonts = bundled();
    std::stringstream spool;
    PrintFileWriter writer(spool, metadata(), fonts, PrintPreference::simplex);
    RenderInfo info;
    const std::string pdf = render_pdf(documents()[1], fonts, info);
    EXPECT_THROW(writer.append(pdf, info, {0}), std::invalid_argument);
    EXPECT_EQ(writer.pages(), 0u);
    EXPECT_EQ(writer.append(pdf, info, {1}), 0u);  // no such page: nothing to leave out
    EXPECT_EQ(writer.pages(), 1u);
}

TEST(PrintFileWriter, RefusesWhatRenderPdfDidNotMake) {
    const FontFiles fonts = bundled();
    std::stringstream spool;
    PrintFileWriter writer(spool, metadata(), fonts);
    EXPECT_THROW(writer.append("%PDF-1.4\nnot a pdf", RenderInfo{}), std::invalid_argument);
    RenderInfo info;
    const std::string pdf = render_pdf(documents()[2], fonts, info);
    EXPECT_THROW(writer.append(pdf, RenderInfo{}), std::invalid_argument) << "its images and fonts unknown";
}

TEST(PrintFileWriter, RefusesNoPagesAndABookmarkPastTheLastPage) {
    const FontFiles fonts = bundled();
    std::ostringstream out;
    {
        std::stringstream spool;
        PrintFileWriter writer(spool, metadata(), fonts);
        EXPECT_THROW(writer.finish({}, out), std::invalid_argument);
    }
    std::stringstream spool;
    PrintFileWriter writer(spool, metadata(), fonts);
    RenderInfo info;
    writer.append(render_pdf(documents()[1], fonts, info), info);
    EXPECT_THROW(writer.finish({Bookmark{"Bagan Alir", 1, {}}}, out), std::invalid_argument);
}

}  // namespace
}  // namespace kinerja::render
