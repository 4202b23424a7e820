#include "render/pdf_writer.hpp"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <map>
#include <random>
#include <fstream>
#include <iterator>
#include <bitset>
#include <array>
#include <sstream>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "render_test_support.hpp"

namespace kinerja::render {
namespace {

using layout::Arrow;
using layout::DisplayList;
using layout::Face;
using layout::ImageItem;
using layout::Line;
using layout::Page;
using layout::Point;
using layout::Polygon;
using layout::Rect;
using layout::TextRun;
using testing::CommandResult;
using testing::TempFile;
using testing::lines_of;
using testing::run_command;

const std::string heading = "Pengukuran Kinerja – Ma’ruf, Rp170.395.000 é";

using testing::bundled;

TextRun text(Point origin, Face face, double size, std::string content) {
    TextRun run;
    run.origin = origin;
    run.face = face;
    run.size = size;
    run.text = std::move(content);
    return run;
}

// Two pages, A4 portrait and F4 landscape, with every kind of item. Page 1 is 841.89 pt high,
// so a display y of 241.89 lands on PDF y 600.
DisplayList sample() {
    DisplayList list;
    list.meta.title = "Pengukuran Kinerja – Ma’ruf";
    list.meta.author = "Kecamatan Lampihong";
    list.meta.subject = "SKP Maret 2024";
    list.meta.keywords = "kinerja, SKP";
    list.meta.creator = "kinerja 0.1.0";
    list.meta.date = "2024-03-31";
    list.images = {{"logo", testing::rgb_png()}, {"ttd", testing::rgba_png()}};

    Page a4;
    a4.width = 595.28;
    a4.height = 841.89;
    a4.items.emplace_back(text({72, 141.89}, Face::sans_bold, 14, heading));
    a4.items.emplace_back(text({72, 170}, Face::serif_regular, 11, "Dokumen dengan huruf serif"));
    a4.items.emplace_back(text({72, 190}, Face::serif_italic, 11, "miring"));
    a4.items.emplace_back(Line{{72, 241.89}, {523.25, 241.89}, 0.5});
    Rect rect;
    rect.origin = {72, 291.89};
    rect.width = 100;
    rect.height = 50;
    rect.stroke_width = 1;
    rect.fill_gray = 0.75;
    a4.items.emplace_back(rect);
    Polygon diamond;
    diamond.points = {{250, 291.89}, {275, 316.89}, {250, 341.89}, {225, 316.89}};
    diamond.fill_gray = 0.5;
    a4.items.emplace_back(diamond);
    Arrow arrow;
    arrow.points = {{300, 441.89}, {300, 491.89}, {400, 491.89}};
    arrow.head_length = 5;
    a4.items.emplace_back(arrow);
    a4.items.emplace_back(ImageItem{{450, 100}, 60, 45, "logo"});
    a4.items.emplace_back(text({72, 700}, Face::sans_regular, 9, "Setelah gambar"));

    Page f4;
    f4.width = 935.43;
    f4.height = 609.45;
    f4.items.emplace_back(text({72, 100}, Face::sans_regular, 11, "Halaman dua"));
    f4.items.emplace_back(text({72, 120}, Face::serif_bold, 11, "Tebal serif"));
    f4.items.emplace_back(ImageItem{{500, 100}, 40, 30, "logo"});
    f4.items.emplace_back(ImageItem{{600, 100}, 80, 80, "ttd"});
    Polygon open;
    open.points = {{100, 300}, {200, 300}, {200, 350}};
    open.closed = false;
    f4.items.emplace_back(open);

    list.pages = {a4, f4};
    return list;
}

// The sample rendered to a temporary file. Rendered in SetUp, not SetUpTestSuite: an exception
// there would only mark the tests skipped.
class RenderedSample : public ::testing::Test {
protected:
    void SetUp() override {
        bytes_ = render_pdf(sample(), bundled());
        file_.write(bytes_);
    }
    // Runs `command PDF after` on the rendered file.
    CommandResult tool(const std::string& command, const std::string& after = "") const {
        return run_command("TZ=UTC " + command + " '" + file_.path() + "' " + after);
    }
    const std::string& bytes() const { return bytes_; }
    std::string file_path() const { return file_.path(); }

private:
    std::string bytes_;
    TempFile file_{"sample.pdf"};
};

TEST_F(RenderedSample, PassesQpdfCheck) {
    const CommandResult check = tool("qpdf --check");
    EXPECT_EQ(check.exit_code, 0) << check.output;
    EXPECT_NE(check.output.find("No syntax or stream encoding errors found"), std::string::npos)
        << check.output;
}

TEST_F(RenderedSample, EmbedsExactlyTheFacesUsedOnceEachInWinAnsi) {
    const CommandResult fonts = tool("pdffonts");
    ASSERT_EQ(fonts.exit_code, 0) << fonts.output;
    const auto lines = lines_of(fonts.output);
    ASSERT_GE(lines.size(), 2u) << fonts.output;
    std::multiset<std::string> names;
    for (std::size_t i = 2; i < lines.size(); ++i) {
        std::istringstream row(lines.at(i));
        std::string name, type, encoding, emb, sub, uni;
        row >> name >> type >> encoding >> emb >> sub >> uni;
        EXPECT_EQ(type, "TrueType") << lines.at(i);
        EXPECT_EQ(encoding, "WinAnsi") << lines.at(i);
        EXPECT_EQ(emb, "yes") << lines.at(i);
        const auto plus = name.find('+');
        names.insert(plus == std::string::npos ? name : name.substr(plus + 1));
    }
    // libharu 2.3.0 appends ",<subfamily>" to the PostScript name of every face whose name
    // table subfamily is not "Regular" (newer libharu no longer does).
    const std::multiset<std::string> expected{
        "KinerjaSans-Bold,Bold", "KinerjaSerif-Regular", "KinerjaSerif-Italic,Italic",
        "KinerjaSans-Regular",   "KinerjaSerif-Bold,Bold",
    };
    EXPECT_EQ(names, expected) << fonts.output;
}

TEST_F(RenderedSample, HasPagesSizesAndMetadata) {
    const CommandResult info = tool("pdfinfo -isodates");
    ASSERT_EQ(info.exit_code, 0) << info.output;
    const auto has = [&](const std::string& line) {
        const auto lines = lines_of(info.output);
        return std::find(lines.begin(), lines.end(), line) != lines.end();
    };
    EXPECT_TRUE(has("Pages:           2")) << info.output;
    EXPECT_TRUE(has("Page size:       595.28 x 841.89 pts (A4)")) << info.output;
    EXPECT_TRUE(has("Title:           Pengukuran Kinerja – Ma’ruf")) << info.output;
    EXPECT_TRUE(has("Author:          Kecamatan Lampihong")) << info.output;
    EXPECT_TRUE(has("Subject:         SKP Maret 2024")) << info.output;
    EXPECT_TRUE(has("Keywords:        kinerja, SKP")) << info.output;
    EXPECT_TRUE(has("Creator:         kinerja 0.1.0")) << info.output;
    EXPECT_TRUE(has("Producer:        kinerja")) << info.output;
    EXPECT_TRUE(has("CreationDate:    2024-03-31T00:00:00Z")) << info.output;
    EXPECT_TRUE(has("ModDate:         2024-03-31T00:00:00Z")) << info.output;

    const CommandResult second = tool("pdfinfo -f 2 -l 2");
    EXPECT_NE(second.output.find("Page    2 size:  935.43 x 609.45 pts"), std::string::npos)
        << second.output;
}

TEST_F(RenderedSample, TextExtractsAsWritten) {
    const CommandResult out = tool("pdftotext -enc UTF-8", "-");
    ASSERT_EQ(out.exit_code, 0) << out.output;
    for (const std::string& expected :
         {heading, std::string("Dokumen dengan huruf serif"), std::string("miring"),
          std::string("Setelah gambar"), std::string("Halaman dua"), std::string("Tebal serif")}) {
        EXPECT_NE(out.output.find(expected), std::string::npos) << expected << "\n" << out.output;
    }
}

TEST_F(RenderedSample, FlipsGeometryIntoPdfCoordinates) {
    TempFile qdf("sample-qdf.pdf");
    const CommandResult expand = run_command("qpdf --qdf --object-streams=disable '" +
                                             file_path() + "' '" + qdf.path() + "'");
    ASSERT_EQ(expand.exit_code, 0) << expand.output;
    const std::string content = qdf.read();
    // Page 1 is 841.89 pt high: display y 141.89 → PDF y 700, 241.89 → 600 and so on.
    for (const std::string expected : {
             // text at its baseline, WinAnsi bytes (– is \226, ’ is \222)
             "1 0 0 1 72 700 Tm\n(Pengukuran Kinerja \\226 Ma\\222ruf, Rp170.395.000 \351) Tj\n",
             "1 0 0 1 72 141.89 Tm\n(Setelah gambar) Tj\n",
             // line: width, square caps, black
             "0.5 w\n2 J\n0 G\n72 600 m\n523.25 600 l\nS\n",
             // rect: filled gray, stroked black, bottom-left corner
             "0.75 g\n1 w\n0 G\n72 500 100 50 re\nB\n",
             // closed diamond, filled and stroked
             "250 550 m\n275 525 l\n250 500 l\n225 525 l\nh\nB\n",
             // arrow: shaft stops at the head's base (tip 400 − head 5), head filled black
             "300 400 m\n300 350 l\n395 350 l\nS\n400 350 m\n395 348 l\n395 352 l\nh\nf\n",
             // image: 60×45 with its top-left corner at display (450, 100)
             "60 0 0 45 450 696.89",
             // page 2 (609.45 high): open polyline, stroked, not closed
             "100 309.45001 m\n200 309.45001 l\n200 259.45001 l\nS\n",
         }) {
        EXPECT_NE(content.find(expected), std::string::npos) << expected;
    }
}

TEST_F(RenderedSample, PlacesTextWhereTheDisplayListSays) {
    const CommandResult boxes = tool("pdftotext -bbox -f 1 -l 1", "-");
    ASSERT_EQ(boxes.exit_code, 0) << boxes.output;
    // <word xMin="72.000000" yMin="..." xMax="..." yMax="...">Pengukuran</word>, top-left origin
    const auto word = boxes.output.find(">Pengukuran</word>");
    ASSERT_NE(word, std::string::npos) << boxes.output;
    const auto start = boxes.output.rfind("<word", word);
    const std::string tag = boxes.output.substr(start, word - start);
    const auto attribute = [&](const std::string& name) {
        const auto at = tag.find(name + "=\"");
        return std::stod(tag.substr(at + name.size() + 2));
    };
    EXPECT_NEAR(attribute("xMin"), 72, 0.01) << tag;
    EXPECT_LT(attribute("yMin"), 141.89) << tag;  // ascent above the baseline
    EXPECT_GT(attribute("yMax"), 141.89) << tag;  // descent below it
    EXPECT_LT(attribute("yMax") - attribute("yMin"), 14 * 1.3) << tag;
}

TEST_F(RenderedSample, EmbedsEachImageOnce) {
    const CommandResult list = tool("pdfimages -list");
    ASSERT_EQ(list.exit_code, 0) << list.output;
    std::map<std::string, std::set<std::string>> objects_by_size;  // "4x3" → object ids
    int smasks = 0;
    const auto lines = lines_of(list.output);
    for (std::size_t i = 2; i < lines.size(); ++i) {
        std::istringstream row(lines.at(i));
        std::string page, num, type, width, height, color, comp, bpc, enc, interp, object;
        row >> page >> num >> type >> width >> height >> color >> comp >> bpc >> enc >> interp >>
            object;
        if (type == "smask") {
            ++smasks;
        } else {
            objects_by_size[width + "x" + height].insert(object);
        }
    }
    ASSERT_EQ(objects_by_size.size(), 2u) << list.output;
    EXPECT_EQ(objects_by_size["4x3"].size(), 1u) << "logo drawn twice, embedded once\n"
                                                 << list.output;
    EXPECT_EQ(objects_by_size["2x2"].size(), 1u) << list.output;
    EXPECT_EQ(smasks, 1) << "the RGBA signature keeps its transparency\n" << list.output;
}

TEST_F(RenderedSample, DeclaresPdf14ForTheSoftMask) {
    EXPECT_EQ(bytes().substr(0, 9), "%PDF-1.4\n");
}

TEST_F(RenderedSample, SameListGivesSameBytesWithoutTrailerId) {
    EXPECT_EQ(render_pdf(sample(), bundled()), bytes());
    const auto trailer = bytes().rfind("trailer");
    ASSERT_NE(trailer, std::string::npos);
    EXPECT_EQ(bytes().find("/ID", trailer), std::string::npos) << bytes().substr(trailer);
    EXPECT_EQ(bytes().find("Haru"), std::string::npos);
}

// render_pdf keeps one libharu handle per thread for document after document (fonts parsed
// once): what one document did, or a document that failed half-way, must not show in the next.
TEST(RenderPdf, EachDocumentOfAThreadIsAsFromAFreshStart) {
    std::string first_in_thread;
    std::thread([&] { first_in_thread = render_pdf(sample(), bundled()); }).join();

    DisplayList other;  // other faces first, so the handle holds fonts tagged in another order
    Page page;
    page.width = 300;
    page.height = 400;
    page.items.emplace_back(text({20, 20}, Face::serif_italic, 9, "miring dulu"));
    page.items.emplace_back(text({20, 40}, Face::sans_regular, 9, "lalu biasa"));
    other.pages.push_back(page);
    DisplayList broken = sample();
    broken.pages.at(1).items.emplace_back(Line{{0, 0}, {std::nan(""), 1}, 0.5});

    std::string after_others, after_failure;
    std::thread([&] {
        render_pdf(other, bundled());
        after_others = render_pdf(sample(), bundled());
        EXPECT_THROW(render_pdf(broken, bundled()), std::invalid_argument);
        after_failure = render_pdf(sample(), bundled());
    }).join();
    EXPECT_TRUE(after_others == first_in_thread);
    EXPECT_TRUE(after_failure == first_in_thread);
}

// Each embedded font program is a subset: the glyphs of the characters the document shows with
// the font (and glyph 0), no others. Extracted and decoded by qpdf, read by fontTools.
TEST(RenderPdf, EmbeddedFontProgramsHoldOnlyTheShownGlyphs) {
    DisplayList list;
    Page page;
    page.width = 300;
    page.height = 200;
    page.items.emplace_back(text({20, 20}, Face::sans_regular, 9, "Aba"));
    page.items.emplace_back(text({20, 40}, Face::serif_bold, 9, "\u00e9"));
    list.pages.push_back(page);
    const TempFile file("subset.pdf", render_pdf(list, bundled()));
    const CommandResult json = run_command("qpdf --json=2 --json-key=qpdf " + file.path());
    std::vector<std::string> programs;  // object numbers of the /FontFile2 streams
    for (std::size_t at = json.output.find("\"/FontFile2\": \""); at != std::string::npos;
         at = json.output.find("\"/FontFile2\": \"", at + 1)) {
        const std::size_t start = at + 15;
        programs.push_back(json.output.substr(start, json.output.find(' ', start) - start));
    }
    ASSERT_EQ(programs.size(), 2u) << json.output;
    std::set<std::string> glyph_sets;
    for (const std::string& number : programs) {
        const CommandResult glyphs = run_command(
            "qpdf --show-object=" + number + " --filtered-stream-data " + file.path() +
            " | /usr/bin/python3 -c \"import sys, io; from fontTools.ttLib import TTFont; "
            "f = TTFont(io.BytesIO(sys.stdin.buffer.read()), checkChecksums=2); g = f['glyf']; "
            "print(' '.join(sorted(n for n in f.getGlyphOrder() if g[n].numberOfContours != 0)))\" 2>&1");
        EXPECT_EQ(glyphs.exit_code, 0) << glyphs.output;
        glyph_sets.insert(glyphs.output);
    }
    // (KinerjaSerif-Bold's .notdef has no outline in the font file itself.)
    EXPECT_EQ(glyph_sets, (std::set<std::string>{".notdef A a b\n", "acute e eacute\n"}));
}

// The file qpdf writes uncompressed (QDF) from the PDF of one 200 × 100 pt page of `items`.
std::string qdf_of_page(std::vector<layout::Item> items, const std::string& name) {
    DisplayList list;
    list.pages.push_back(Page{200, 100, std::move(items)});
    const TempFile file(name + ".pdf", render_pdf(list, bundled()));
    TempFile qdf(name + "-qdf.pdf");
    EXPECT_EQ(run_command("qpdf --qdf --object-streams=disable " + file.path() + " " + qdf.path()).exit_code, 0);
    return qdf.read();
}

// Lines wait for an item that is neither text nor a line, then are one path per width,
// stroked once: a ruled table costs libharu a path, not a graphics state per line.
TEST(RenderPdf, LinesOfOneWidthAreOnePathDrawnAfterTheTextBetweenThem) {
    const std::string content = qdf_of_page({Line{{10, 10}, {190, 10}, 0.5}, Line{{10, 20}, {190, 20}, 0.5},
                                             Line{{10, 30}, {190, 30}, 1}, text({10, 50}, Face::sans_regular, 9, "teks"),
                                             Line{{10, 60}, {190, 60}, 1}, Rect{{10, 70}, 10, 10, 1, 0.5},
                                             Line{{10, 90}, {190, 90}, 1}},
                                            "lines");
    EXPECT_NE(content.find("(teks) Tj\nET\n"
                           "q\n0.5 w\n2 J\n0 G\n10 90 m\n190 90 l\n10 80 m\n190 80 l\nS\nQ\n"
                           "q\n1 w\n2 J\n0 G\n10 70 m\n190 70 l\n10 40 m\n190 40 l\nS\nQ\n"
                           "q\n0.5 g\n1 w\n0 G\n10 20 10 10 re\nB\nQ\n"
                           "q\n1 w\n2 J\n0 G\n10 10 m\n190 10 l\nS\nQ\n"),
              std::string::npos) << content;
}

// Cell borders shared by two cells or continuing one another are drawn once: touching
// collinear segments of a run become one, slanted ones stay as they are.
TEST(RenderPdf, TouchingCollinearLinesAreMergedIntoOne) {
    const std::string content = qdf_of_page(
        {
            Line{{100, 70}, {190, 70}, 0.5},
            Line{{10, 70}, {100, 70}, 0.5},
            Line{{100, 70}, {10, 70}, 0.5},  // the same again, drawn backwards
            Line{{50, 60}, {50, 80}, 0.5},
            Line{{50, 80}, {50, 90}, 0.5},
            Line{{120, 60}, {120, 65}, 0.5},  // a gap: not joined
            Line{{120, 66}, {120, 90}, 0.5},
            Line{{10, 10}, {20, 20}, 0.5},
        },
        "merged");
    EXPECT_NE(content.find("q\n0.5 w\n2 J\n0 G\n10 90 m\n20 80 l\n10 30 m\n190 30 l\n50 40 m\n50 10 l\n"
                           "120 40 m\n120 35 l\n120 34 m\n120 10 l\nS\nQ\n"),
              std::string::npos) << content;
}

// Pages that begin alike (a form's labelled copies) share one stream of what they have in
// common, /Contents [shared own]; each shows what it showed.
TEST(RenderPdf, PagesThatBeginAlikeShareTheStreamOfTheirBeginning) {
    Page body;
    body.width = 595;
    body.height = 842;
    for (int i = 0; i < 120; ++i) {
        body.items.emplace_back(text({40, 20.0 + i * 6.5}, Face::serif_regular, 6, "Baris isi formulir " + std::to_string(i)));
    }
    DisplayList list;
    for (const char* label : {"Lembar 1", "Lembar 2"}) {
        Page copy = body;
        copy.items.emplace_back(text({400, 830}, Face::sans_italic, 8, label));
        list.pages.push_back(copy);
    }
    Page other;
    other.width = 595;
    other.height = 842;
    other.items.emplace_back(text({40, 40}, Face::sans_regular, 9, "Lain sama sekali"));
    list.pages.push_back(other);
    const TempFile file("shared.pdf", render_pdf(list, bundled()));
    const CommandResult pages = run_command("qpdf --json=2 --json-key=pages " + file.path() + " | tr -d ' \n'");
    const std::size_t first = pages.output.find("\"contents\":[");
    ASSERT_NE(first, std::string::npos) << pages.output;
    std::vector<std::string> lists;  // each page's contents, as qpdf lists them
    for (std::size_t at = first; at != std::string::npos; at = pages.output.find("\"contents\":[", at + 1)) {
        lists.push_back(pages.output.substr(at + 12, pages.output.find(']', at) - at - 12));
    }
    ASSERT_EQ(lists.size(), 3u) << pages.output;
    const auto refs = [](const std::string& joined) {
        std::vector<std::string> out;
        std::istringstream in(joined);
        for (std::string ref; std::getline(in, ref, ',');) out.push_back(ref);
        return out;
    };
    ASSERT_EQ(refs(lists[0]).size(), 2u) << lists[0];
    ASSERT_EQ(refs(lists[1]).size(), 2u) << lists[1];
    EXPECT_EQ(refs(lists[0])[0], refs(lists[1])[0]) << "one stream for the beginning both share";
    EXPECT_NE(refs(lists[0])[1], refs(lists[1])[1]);
    EXPECT_EQ(refs(lists[2]).size(), 1u) << lists[2];
    EXPECT_EQ(run_command("qpdf --check " + file.path()).exit_code, 0);
    for (int page = 1; page <= 2; ++page) {
        const CommandResult words = run_command("pdftotext -f " + std::to_string(page) + " -l " + std::to_string(page) + " " +
                                                file.path() + " -");
        EXPECT_NE(words.output.find("Lembar " + std::to_string(page)), std::string::npos) << words.output;
        EXPECT_NE(words.output.find("Baris isi formulir 119"), std::string::npos) << words.output;
    }
}

// libharu would show only the first 65,535 bytes of a longer run; render_pdf refuses it.
TEST(RenderPdf, RefusesATextRunLongerThanLibharuShows) {
    DisplayList list = sample();
    list.pages.at(0).items.emplace_back(text({20, 20}, Face::sans_regular, 9, std::string(65536, 'x')));
    EXPECT_THROW(render_pdf(list, bundled()), std::invalid_argument);
    list.pages.at(0).items.back() = text({20, 20}, Face::sans_regular, 9, std::string(65535, 'x'));
    EXPECT_NO_THROW(render_pdf(list, bundled()));
}

TEST(RenderPdf, OmitsEmptyMetadataAndDates) {
    DisplayList list = sample();
    list.meta = {};
    TempFile file("no-meta.pdf", render_pdf(list, bundled()));
    const CommandResult info = run_command("pdfinfo '" + file.path() + "'");
    ASSERT_EQ(info.exit_code, 0) << info.output;
    EXPECT_EQ(info.output.find("Title:"), std::string::npos) << info.output;
    EXPECT_EQ(info.output.find("CreationDate:"), std::string::npos) << info.output;
    EXPECT_NE(info.output.find("Producer:        kinerja\n"), std::string::npos) << info.output;
}

TEST(RenderPdf, MetadataMayHoldCharactersBeyondWinAnsi) {
    DisplayList list = sample();
    list.meta.author = "Muhammad Ḥasan – Bağış ā";
    TempFile file("meta.pdf", render_pdf(list, bundled()));
    const CommandResult info = run_command("pdfinfo '" + file.path() + "'");
    EXPECT_NE(info.output.find("Author:          Muhammad Ḥasan – Bağış ā\n"), std::string::npos)
        << info.output;

    for (const std::string bad : {"emoji 😀", "baris\nbaru", "caf\xE9"}) {
        list.meta.title = bad;
        EXPECT_THROW(render_pdf(list, bundled()), std::invalid_argument) << bad;
    }
}

TEST(RenderPdf, AcceptsLeapDayAndRejectsMalformedDates) {
    DisplayList list = sample();
    list.meta.date = "2024-02-29";
    EXPECT_NO_THROW(render_pdf(list, bundled()));
    for (const char* date : {"2023-02-29", "2024-04-31", "2024-13-01", "2024-3-31", "31-03-2024",
                             "2024-03-31T00:00", "2024/03/31"}) {
        list.meta.date = date;
        EXPECT_THROW(render_pdf(list, bundled()), std::invalid_argument) << date;
    }
}

// Expects `call` to throw E with a message containing every one of `parts`.
template <typename E, typename Call>
void expect_error(Call call, std::initializer_list<std::string> parts) {
    try {
        call();
        ADD_FAILURE() << "no exception";
    } catch (const E& error) {
        for (const auto& part : parts) {
            EXPECT_NE(std::string(error.what()).find(part), std::string::npos)
                << "missing \"" << part << "\" in: " << error.what();
        }
    }
}

TEST(RenderPdf, MissingFontFileIsAnErrorNamingFileAndCode) {
    FontFiles fonts = bundled();
    fonts.set(Face::serif_regular, "/nonexistent/KinerjaSerif-Regular.ttf");
    expect_error<std::runtime_error>([&] { render_pdf(sample(), fonts); },
                                     {"/nonexistent/KinerjaSerif-Regular.ttf", "0x1017",
                                      "berkas tidak dapat dibuka"});
}

TEST(RenderPdf, FaceWithoutFontFileIsAnError) {
    FontFiles fonts = bundled();
    fonts.set(Face::serif_italic, "");
    expect_error<std::invalid_argument>([&] { render_pdf(sample(), fonts); }, {"serif_italic"});
    // A face nobody uses needs no file.
    fonts = bundled();
    fonts.set(Face::sans_bold_italic, "");
    EXPECT_NO_THROW(render_pdf(sample(), fonts));
}

TEST(RenderPdf, TextOutsideWinAnsiIsAnError) {
    DisplayList list = sample();
    list.pages.at(1).items.emplace_back(text({72, 400}, Face::sans_regular, 11, "Langkah 1 → 2"));
    expect_error<std::invalid_argument>([&] { render_pdf(list, bundled()); },
                                        {"U+2192", "Langkah 1 → 2"});
}

TEST(RenderPdf, UnknownImageIdIsAnError) {
    DisplayList list = sample();
    list.pages.at(0).items.emplace_back(ImageItem{{10, 10}, 10, 10, "ttd/199001012020121001"});
    expect_error<std::invalid_argument>([&] { render_pdf(list, bundled()); },
                                        {"ttd/199001012020121001"});
}

TEST(RenderPdf, DamagedPngIsAnErrorNotAnAbort) {
    const std::string good = testing::rgb_png();
    std::string bad_crc = good;
    bad_crc.at(45) = static_cast<char>(bad_crc.at(45) ^ 0x55);  // IDAT data: CRC mismatch
    for (const std::string& png : {good.substr(0, good.size() - 20), bad_crc,
                                   std::string("\x89PNG\r\n\x1A\njunk junk junk junk")}) {
        DisplayList list = sample();
        list.images.at(0).second = png;
        expect_error<std::runtime_error>([&] { render_pdf(list, bundled()); },
                                         {"\"logo\"", "PNG"});
    }
}

TEST(RenderPdf, RejectsListsThatBreakTheContract) {
    DisplayList empty = sample();
    empty.pages.clear();
    EXPECT_THROW(render_pdf(empty, bundled()), std::invalid_argument);

    DisplayList flat = sample();
    flat.pages.at(0).height = 0;
    EXPECT_THROW(render_pdf(flat, bundled()), std::invalid_argument);

    // Thrown inside a path and inside a text object: under ASan these also check that the
    // graphics state libharu pushed is released.
    DisplayList nan = sample();
    nan.pages.at(0).items.emplace_back(Line{{0, 0}, {std::nan(""), 1}, 0.5});
    EXPECT_THROW(render_pdf(nan, bundled()), std::invalid_argument);
    DisplayList nan_text = sample();
    nan_text.pages.at(1).items.emplace_back(
        text({std::numeric_limits<double>::infinity(), 5}, Face::sans_regular, 9, "x"));
    EXPECT_THROW(render_pdf(nan_text, bundled()), std::invalid_argument);

    DisplayList point_arrow = sample();
    Arrow arrow;
    arrow.points = {{5, 5}, {5, 5}};
    point_arrow.pages.at(0).items.emplace_back(arrow);
    EXPECT_THROW(render_pdf(point_arrow, bundled()), std::invalid_argument);

    DisplayList one_point = sample();
    Polygon polygon;
    polygon.points = {{5, 5}};
    one_point.pages.at(0).items.emplace_back(polygon);
    EXPECT_THROW(render_pdf(one_point, bundled()), std::invalid_argument);

    DisplayList duplicate_image = sample();
    duplicate_image.images.push_back(duplicate_image.images.at(0));
    EXPECT_THROW(render_pdf(duplicate_image, bundled()), std::invalid_argument);
}

}  // namespace
}  // namespace kinerja::render
