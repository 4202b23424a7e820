#include "layout/layout_engine.hpp"

#include "layout/text_lines.hpp"
#include "layout_test_support.hpp"

#include <gtest/gtest.h>

#include <set>
#include <stdexcept>

namespace kinerja::layout {
namespace {

using namespace testing;

// The small page of small_document(): 300×200, margins 20 top and bottom, 25 left and right.
constexpr double left = 25, right = 275, top = 20, bottom = 180, content_width = 250;

// Serif regular 10 pt (the default style): line box and baseline inside it.
double box() { return line_height(style(), fonts()); }
double baseline() {
    const double ascent = fonts().ascent(Face::serif_regular, 10);
    return (box() - ascent - fonts().descent(Face::serif_regular, 10)) / 2 + ascent;
}
double w(std::string_view text, Face face = Face::serif_regular, double size = 10) {
    return fonts().width(face, size, text);
}

// `count` one-line paragraphs "p1".."pN": each one line box tall, none kept with another.
void add_lines(doc::Document& d, int count, std::string prefix = "p") {
    for (int i = 1; i <= count; ++i) d.body.push_back(paragraph(prefix + std::to_string(i)));
}

doc::Block keep(std::vector<doc::Block> blocks) { return doc::Block{doc::KeepTogether{std::move(blocks)}}; }

TEST(Layout, LineHeightIsTheLeadingButNeverLessThanTheGlyphs) {
    EXPECT_DOUBLE_EQ(box(), 12);
    doc::TextStyle tight = style();
    tight.leading = 1;
    EXPECT_DOUBLE_EQ(line_height(tight, fonts()),
                     w("") + fonts().ascent(Face::serif_regular, 10) + fonts().descent(Face::serif_regular, 10));
    EXPECT_EQ(face_for(style(10, doc::Align::left, doc::Family::sans, true)), Face::sans_bold);
    doc::TextStyle italic = style();
    italic.italic = true;
    EXPECT_EQ(face_for(italic), Face::serif_italic);
    italic.bold = true;
    EXPECT_EQ(face_for(italic), Face::serif_bold_italic);
}

TEST(Layout, ParagraphsStackWithTheirSpacing) {
    doc::Document d = small_document();
    d.body.push_back(paragraph("Satu", style(), 0, 5));
    d.body.push_back(paragraph("Dua", style(), 4, 0));
    const DisplayList list = lay_out(d);
    ASSERT_EQ(list.pages.size(), 1u);
    const TextRun* one = find_text(list.pages[0], "Satu");
    const TextRun* two = find_text(list.pages[0], "Dua");
    ASSERT_TRUE(one && two);
    EXPECT_DOUBLE_EQ(one->origin.x, left);
    EXPECT_DOUBLE_EQ(one->origin.y, top + baseline());
    EXPECT_DOUBLE_EQ(two->origin.y, top + box() + 5 + 4 + baseline());
    EXPECT_DOUBLE_EQ(one->width, w("Satu"));
    EXPECT_EQ(list.meta.creator, "kinerja test");
    EXPECT_EQ(list.meta.date, "2024-03-31");
}

TEST(Layout, AlignmentAndUnderlineWithinTheContentBox) {
    doc::Document d = small_document();
    d.body.push_back(paragraph("Kanan", style(10, doc::Align::right)));
    d.body.push_back(paragraph("Tengah", style(10, doc::Align::center)));
    doc::TextStyle underlined = style(12, doc::Align::left, doc::Family::serif, true);
    underlined.underline = true;
    d.body.push_back(paragraph("DIGARIS BAWAHI", underlined));
    const DisplayList list = lay_out(d);
    const Page& page = list.pages.at(0);
    const TextRun* kanan = find_text(page, "Kanan");
    const TextRun* tengah = find_text(page, "Tengah");
    const TextRun* bold = find_text(page, "DIGARIS BAWAHI");
    ASSERT_TRUE(kanan && tengah && bold);
    EXPECT_DOUBLE_EQ(kanan->origin.x + kanan->width, right);
    EXPECT_DOUBLE_EQ(tengah->origin.x, left + (content_width - w("Tengah")) / 2);
    EXPECT_EQ(bold->face, Face::serif_bold);
    EXPECT_EQ(bold->size, 12);
    const std::vector<Line> lines = items_of<Line>(page);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_DOUBLE_EQ(lines[0].from.x, bold->origin.x);
    EXPECT_DOUBLE_EQ(lines[0].to.x, bold->origin.x + bold->width);
    EXPECT_EQ(lines[0].from.y, lines[0].to.y);
    EXPECT_GT(lines[0].from.y, bold->origin.y);
    EXPECT_LT(lines[0].from.y, bottom_of(*bold));
}

// A struck span is one line through its glyphs, per text line, from its first glyph to its
// last, at half the x-height: "TRIWULAN I/II/III/IV-AKHIR" with all but "II" struck.
TEST(Layout, StruckSpansAreLinesThroughTheirGlyphs) {
    doc::Document d = small_document();
    doc::Paragraph p{"TRIWULAN I/II/III/IV-AKHIR", style(10, doc::Align::center)};
    p.strike = {doc::TextSpan{9, 10}, doc::TextSpan{13, 26}};
    d.body.push_back(doc::Block{p});
    const DisplayList list = lay_out(d);
    const Page& page = list.pages.at(0);
    const TextRun* run = find_text(page, "TRIWULAN I/II/III/IV-AKHIR");
    ASSERT_TRUE(run);
    const std::vector<Line> lines = items_of<Line>(page);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_DOUBLE_EQ(lines[0].from.x, run->origin.x + w("TRIWULAN "));
    EXPECT_DOUBLE_EQ(lines[0].to.x, run->origin.x + w("TRIWULAN I"));
    EXPECT_DOUBLE_EQ(lines[1].from.x, run->origin.x + w("TRIWULAN I/II"));
    EXPECT_DOUBLE_EQ(lines[1].to.x, run->origin.x + run->width);
    for (const Line& l : lines) {
        EXPECT_EQ(l.from.y, l.to.y);
        EXPECT_LT(l.from.y, run->origin.y);      // above the baseline
        EXPECT_GT(l.from.y, run->origin.y - 5);  // below the x-height (10 pt: about 5.2 pt)
    }
    // A span across a line break is struck on both lines.
    doc::Document wrapped = small_document();
    doc::Paragraph q{"satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua belas", style(10)};
    q.strike = {doc::TextSpan{0, q.text.size()}};
    wrapped.body.push_back(doc::Block{q});
    const DisplayList wrapped_list = lay_out(wrapped);
    const Page& two = wrapped_list.pages.at(0);
    std::set<double> baselines;
    for (const TextRun& r : texts(two)) baselines.insert(r.origin.y);
    ASSERT_GE(baselines.size(), 2u);
    EXPECT_EQ(items_of<Line>(two).size(), baselines.size());
    // A span outside the text is a caller error.
    doc::Document bad = small_document();
    doc::Paragraph r{"kurang", style(10)};
    r.strike = {doc::TextSpan{2, 40}};
    bad.body.push_back(doc::Block{r});
    EXPECT_THROW(lay_out(bad), std::invalid_argument);
}

TEST(Layout, LongParagraphWrapsToTheContentWidth) {
    doc::Document d = small_document();
    d.body.push_back(paragraph(
        "Disposisi kepada Kasubag Perencanaan dan Keuangan untuk penyusunan Rencana Kinerja "
        "Tahunan berdasarkan hasil evaluasi kinerja tahun sebelumnya",
        style(10, doc::Align::justify)));
    const DisplayList list = lay_out(d);
    const std::vector<TextRun> runs = texts(list.pages.at(0));
    std::set<double> baselines;
    for (const TextRun& run : runs) {
        EXPECT_GE(run.origin.x, left);
        EXPECT_LE(run.origin.x + run.width, right + 1e-9);
        baselines.insert(run.origin.y);
    }
    ASSERT_GE(baselines.size(), 3u);
    double previous = *baselines.begin();
    EXPECT_DOUBLE_EQ(previous, top + baseline());
    for (double y : baselines) {
        if (y == previous) continue;
        EXPECT_DOUBLE_EQ(y - previous, box());
        previous = y;
    }
    // Justified: some run of the first line ends at the right edge.
    double first_line_end = 0;
    for (const TextRun& run : runs) {
        if (run.origin.y == *baselines.begin()) first_line_end = std::max(first_line_end, run.origin.x + run.width);
    }
    EXPECT_DOUBLE_EQ(first_line_end, right);
}

TEST(Layout, SpaceIsDroppedAtTheTopOfAnAutomaticPageButKeptAfterAPageBreak) {
    doc::Document d = small_document();
    add_lines(d, 13);  // 13 × 12 = 156 of 160
    d.body.push_back(paragraph("berikut", style(), 10));
    d.body.push_back(doc::Block{doc::PageBreak{}});
    d.body.push_back(paragraph("sesudah", style(), 10));
    const DisplayList list = lay_out(d);
    ASSERT_EQ(list.pages.size(), 3u);
    EXPECT_EQ(texts(list.pages[0]).size(), 13u);
    EXPECT_DOUBLE_EQ(run_on(list.pages[1], "berikut").origin.y, top + baseline());
    EXPECT_DOUBLE_EQ(run_on(list.pages[2], "sesudah").origin.y, top + 10 + baseline());
}

TEST(Layout, NoOrphanLineAtThePageEnd) {
    doc::Document d = small_document();
    add_lines(d, 12);  // 144 of 160: room for one more line
    d.body.push_back(paragraph("a\nb\nc\nd"));
    const DisplayList list = lay_out(d);
    EXPECT_EQ(texts(list.pages.at(0)).size(), 12u);
    EXPECT_EQ(page_of(list, "a"), 1);
}

TEST(Layout, NoWidowLineAtThePageTop) {
    doc::Document d = small_document();
    add_lines(d, 9);  // 108 of 160: room for four lines, which would leave "e" alone
    d.body.push_back(paragraph("a\nb\nc\nd\ne"));
    const DisplayList list = lay_out(d);
    EXPECT_EQ(page_of(list, "c"), 0);
    EXPECT_EQ(page_of(list, "d"), 1);
    EXPECT_EQ(page_of(list, "e"), 1);
}

TEST(Layout, KeepTogetherMovesToTheNextPageWhole) {
    doc::Document d = small_document();
    add_lines(d, 10);  // 120 of 160: room for three of the four
    doc::Document loose = d;
    std::vector<doc::Block> kept;
    for (int i = 1; i <= 4; ++i) kept.push_back(paragraph("k" + std::to_string(i)));
    loose.body.insert(loose.body.end(), kept.begin(), kept.end());
    d.body.push_back(keep(kept));

    const DisplayList apart = lay_out(loose);
    EXPECT_EQ(page_of(apart, "k3"), 0);  // without KeepTogether they split
    const DisplayList together = lay_out(d);
    ASSERT_EQ(together.pages.size(), 2u);
    for (const char* text : {"k1", "k2", "k3", "k4"}) EXPECT_EQ(page_of(together, text), 1) << text;
    EXPECT_DOUBLE_EQ(run_on(together.pages[1], "k1").origin.y, top + baseline());
}

TEST(Layout, KeepTogetherTallerThanAPageBreaksAsNormal) {
    doc::Document d = small_document();
    add_lines(d, 2);
    std::vector<doc::Block> kept;
    for (int i = 1; i <= 20; ++i) kept.push_back(paragraph("k" + std::to_string(i)));
    d.body.push_back(keep(kept));
    const DisplayList list = lay_out(d);
    ASSERT_EQ(list.pages.size(), 2u);
    EXPECT_EQ(page_of(list, "k1"), 0);
    EXPECT_DOUBLE_EQ(run_on(list.pages[0], "k1").origin.y, top + 2 * box() + baseline());
    EXPECT_EQ(texts(list.pages[0]).size(), 13u);
    EXPECT_EQ(page_of(list, "k20"), 1);
}

doc::Block keep_with_previous(std::vector<doc::Block> blocks) {
    return doc::Block{doc::KeepTogether{std::move(blocks), true}};
}

TEST(Layout, ABlockKeptWithThePreviousNeverStartsAPageAlone) {
    doc::Document d = small_document();
    add_lines(d, 11);  // 132 of 160: the last two lines would fit, a signature of three not
    const std::vector<doc::Block> signature = {paragraph("t1"), paragraph("t2"), paragraph("t3")};
    doc::Document alone = d;
    alone.body.push_back(keep(signature));
    const DisplayList apart = lay_out(alone);
    EXPECT_EQ(page_of(apart, "p11"), 0);  // a plain keep moves alone
    EXPECT_EQ(page_of(apart, "t1"), 1);

    d.body.push_back(keep_with_previous(signature));
    const DisplayList together = lay_out(d);
    ASSERT_EQ(together.pages.size(), 2u);
    EXPECT_EQ(page_of(together, "p10"), 0);
    for (const char* text : {"p11", "t1", "t2", "t3"}) EXPECT_EQ(page_of(together, text), 1) << text;
}

TEST(Layout, ABlockKeptWithThePreviousTakesItsFrameAlongInsideATallChain) {
    doc::Document d = small_document();
    add_lines(d, 3);
    std::vector<doc::Block> kept;  // 14 lines kept together: with the signature, taller than a page
    for (int i = 1; i <= 14; ++i) kept.push_back(paragraph("k" + std::to_string(i)));
    d.body.push_back(keep(kept));
    d.body.push_back(keep_with_previous({paragraph("t1"), paragraph("t2")}));
    const DisplayList list = lay_out(d);
    ASSERT_EQ(list.pages.size(), 2u);
    EXPECT_EQ(page_of(list, "k1"), 0);
    EXPECT_EQ(page_of(list, "k14"), 1);
    EXPECT_EQ(page_of(list, "t1"), 1);
}

TEST(Layout, SpacingIsSetTighterWhenThatSavesAPage) {
    doc::Document d = small_document();
    for (int i = 1; i <= 12; ++i) {  // 12 lines and 11 gaps of 2: 144 + 22 = 166 of 160
        d.body.push_back(paragraph("p" + std::to_string(i), style(), i == 1 ? 0 : 1, i == 12 ? 0 : 1));
    }
    const DisplayList tight = lay_out(d);
    ASSERT_EQ(tight.pages.size(), 1u) << "the gaps at 0.85 make 144 + 18.7, at 0.7 144 + 15.4";
    EXPECT_NEAR(run_on(tight.pages[0], "p2").origin.y, top + box() + 2 * 0.7 + baseline(), 1e-9);

    doc::Document roomy = small_document();
    for (int i = 1; i <= 14; ++i) roomy.body.push_back(paragraph("p" + std::to_string(i), style(), 0, 2));
    const DisplayList two = lay_out(roomy);  // 14 lines are 168 without any gap: two pages anyway
    ASSERT_EQ(two.pages.size(), 2u);
    EXPECT_DOUBLE_EQ(run_on(two.pages[0], "p2").origin.y, top + box() + 2 + baseline()) << "spacing as designed";
}

TEST(Layout, TheRoomInsideAKeptBlockIsNeverSetTighter) {
    doc::Document d = small_document();
    add_lines(d, 8);  // 96, a gap of 12, then 54 kept (30 of them room to sign in): 162 of 160
    d.body.push_back(doc::Block{doc::Spacer{12}});
    d.body.push_back(keep({paragraph("s1"), doc::Block{doc::Spacer{30}}, paragraph("s2")}));
    const DisplayList list = lay_out(d);
    ASSERT_EQ(list.pages.size(), 1u);
    const double s1 = run_on(list.pages[0], "s1").origin.y, s2 = run_on(list.pages[0], "s2").origin.y;
    EXPECT_NEAR(s1, top + 8 * box() + 12 * 0.7 + baseline(), 1e-9) << "0.85 would not do: the kept 30 stays";
    EXPECT_DOUBLE_EQ(s2 - s1, box() + 30);
}

doc::Table two_column_table() {
    doc::Table t;
    t.columns = {1, 3};
    t.padding = 3;
    t.line_width = 0.5;
    return t;
}

std::set<double> horizontal_line_ys(const Page& page) {
    std::set<double> ys;
    for (const Line& line : items_of<Line>(page)) {
        if (line.from.y == line.to.y) ys.insert(line.from.y);
    }
    return ys;
}

TEST(Layout, TableRowsGrowWithTheirText) {
    const std::string long_text =
        "Menyusun rencana kinerja tahunan kecamatan berdasarkan rencana strategis dan hasil "
        "evaluasi kinerja tahun sebelumnya";
    const double inner = content_width * 3 / 4 - 6;
    const std::size_t lines =
        break_lines(long_text, Face::serif_regular, 10, inner, doc::Align::left, fonts()).size();
    ASSERT_GE(lines, 3u);

    doc::Document d = small_document();
    doc::Table t = two_column_table();
    t.rows.push_back(row({cell("No"), cell("Uraian")}));
    doc::Row second = row({cell("1"), cell(long_text)});
    second.cells[0].valign = doc::VAlign::middle;
    t.rows.push_back(second);
    d.body.push_back(doc::Block{t});
    const DisplayList list = lay_out(d);
    expect_text_inside_cells(list);
    const Page& page = list.pages.at(0);

    const double first_height = box() + 6;
    const double second_height = static_cast<double>(lines) * box() + 6;
    EXPECT_EQ(horizontal_line_ys(page),
              (std::set<double>{top, top + first_height, top + first_height + second_height}));
    EXPECT_DOUBLE_EQ(run_on(page, "No").origin.y, top + 3 + baseline());
    EXPECT_DOUBLE_EQ(run_on(page, "Uraian").origin.x, left + content_width / 4 + 3);
    // "1" is centred vertically in its row.
    EXPECT_DOUBLE_EQ(run_on(page, "1").origin.y,
                     top + first_height + 3 + (second_height - 6 - box()) / 2 + baseline());
    for (const TextRun& run : texts(page)) {
        if (run.text == "No" || run.text == "1") continue;
        EXPECT_DOUBLE_EQ(run.origin.x, left + content_width / 4 + 3) << run.text;
    }
}

TEST(Layout, ColspanGivesTheCellTheWidthOfItsColumns) {
    const double third = content_width / 3;
    const std::string wide = "Pelaksanaan Perencanaan";
    ASSERT_GT(w(wide), third - 6);
    ASSERT_LT(w(wide), 2 * third - 6);

    doc::Document d = small_document();
    doc::Table t;
    t.columns = {1, 1, 1};
    t.rows.push_back(row({cell(wide, 2), cell("x")}));
    t.rows.push_back(row({cell("a"), cell("b"), cell("c")}));
    d.body.push_back(doc::Block{t});
    const DisplayList list = lay_out(d);
    expect_text_inside_cells(list);
    const Page& page = list.pages.at(0);
    ASSERT_NE(find_text(page, wide), nullptr);  // one line: laid out at two columns' width
    EXPECT_DOUBLE_EQ(run_on(page, "x").origin.x, left + 2 * third + 3);

    const double first_bottom = top + box() + 6;
    std::set<double> first_row_edges, second_row_edges;
    for (const Line& line : items_of<Line>(page)) {
        if (line.from.x != line.to.x) continue;
        (line.to.y <= first_bottom + 1e-9 ? first_row_edges : second_row_edges).insert(line.from.x);
    }
    EXPECT_EQ(first_row_edges.size(), 3u);
    EXPECT_EQ(first_row_edges.count(left), 1u);
    EXPECT_EQ(first_row_edges.count(left + third), 0u);  // no edge inside the spanned cell
    EXPECT_EQ(second_row_edges.size(), 4u);
}

TEST(Layout, OpenCellsDrawNoLineBetweenThem) {
    doc::Document d = small_document();
    doc::Table t;
    t.columns = {1, 1};
    doc::Cell upper = cell("1.");
    upper.open_bottom = true;
    doc::Cell lower = cell("");
    lower.open_top = true;
    t.rows.push_back(row({upper, cell("a")}));
    t.rows.push_back(row({lower, cell("b")}));
    d.body.push_back(doc::Block{t});
    const DisplayList list = lay_out(d);
    const Page& page = list.pages.at(0);
    const double half = content_width / 2;
    // Horizontal lines over the first column: the table's top and bottom only. (A line may run
    // over both columns: a column's lines are those across its middle.)
    std::multiset<double> first_column, second_column;
    const auto across = [](const Line& line, double x) { return line.from.x <= x && x <= line.to.x; };
    for (const Line& line : items_of<Line>(page)) {
        if (line.from.y != line.to.y) continue;
        if (across(line, left + half / 2)) first_column.insert(line.from.y);
        if (across(line, left + 3 * half / 2)) second_column.insert(line.from.y);
    }
    EXPECT_EQ(std::set<double>(first_column.begin(), first_column.end()).size(), 2u);
    EXPECT_EQ(std::set<double>(second_column.begin(), second_column.end()).size(), 3u);
}

TEST(Layout, ShadingIsDrawnBeforeTheTextAndBordersCanBeOff) {
    doc::Document d = small_document();
    doc::Table t = two_column_table();
    t.line_width = 0;
    doc::Row header = row({cell("NO"), cell("URAIAN")});
    header.cells[0].shade = 0.9;
    t.rows.push_back(header);
    d.body.push_back(doc::Block{t});
    const DisplayList list = lay_out(d);
    const Page& page = list.pages.at(0);
    EXPECT_TRUE(items_of<Line>(page).empty());
    ASSERT_EQ(items_of<Rect>(page).size(), 1u);
    const Rect shade = items_of<Rect>(page)[0];
    EXPECT_EQ(shade.fill_gray, 0.9);
    EXPECT_DOUBLE_EQ(shade.width, content_width / 4);
    EXPECT_DOUBLE_EQ(shade.height, box() + 6);
    EXPECT_TRUE(std::holds_alternative<Rect>(page.items.at(0)));
}

// A table of a header row and `count` body rows "Langkah 1".."Langkah N", each row 18 pt.
doc::Document steps_document(int count, int keep_row = 0) {
    doc::Document d = small_document();
    doc::Table t = two_column_table();
    t.header_rows = 1;
    t.rows.push_back(row({cell("NO"), cell("URAIAN")}));
    for (int i = 1; i <= count; ++i) {
        t.rows.push_back(row({cell(std::to_string(i)), cell("Langkah " + std::to_string(i))}, i == keep_row));
    }
    d.body.push_back(doc::Block{t});
    return d;
}

TEST(Layout, TableBreaksBetweenRowsAndRepeatsItsHeader) {
    const DisplayList list = lay_out(steps_document(20));
    expect_text_inside_cells(list);
    ASSERT_EQ(list.pages.size(), 3u);  // 160 pt per page: header + 7 rows of 18 pt
    int next = 1;
    for (const Page& page : list.pages) {
        const std::vector<TextRun> runs = texts(page);
        ASSERT_GE(runs.size(), 2u);
        EXPECT_EQ(runs[0].text, "NO");
        EXPECT_EQ(runs[1].text, "URAIAN");
        EXPECT_DOUBLE_EQ(runs[1].origin.y, top + 3 + baseline());
        int headers = 0;
        for (const TextRun& run : runs) {
            if (run.text == "URAIAN") ++headers;
            if (run.text.starts_with("Langkah ")) {
                EXPECT_EQ(run.text, "Langkah " + std::to_string(next++));
            }
        }
        EXPECT_EQ(headers, 1);
    }
    EXPECT_EQ(next, 21);
    EXPECT_EQ(page_of(list, "Langkah 7"), 0);
    EXPECT_EQ(page_of(list, "Langkah 8"), 1);
    // The first row under a repeated header starts right below it.
    EXPECT_DOUBLE_EQ(run_on(list.pages[1], "Langkah 8").origin.y, top + 18 + 3 + baseline());
}

TEST(Layout, ARowKeptWithTheNextMovesWithIt) {
    const DisplayList list = lay_out(steps_document(20, 7));
    expect_text_inside_cells(list);
    EXPECT_EQ(page_of(list, "Langkah 6"), 0);
    EXPECT_EQ(page_of(list, "Langkah 7"), 1);
    EXPECT_EQ(page_of(list, "Langkah 8"), 1);
}

TEST(Layout, AHeaderRowNeverEndsAPageAlone) {
    doc::Document d = steps_document(3);
    std::vector<doc::Block> body;
    for (int i = 1; i <= 11; ++i) body.push_back(paragraph("p" + std::to_string(i)));  // 132: 28 left
    body.insert(body.end(), d.body.begin(), d.body.end());
    d.body = body;
    const DisplayList list = lay_out(d);
    EXPECT_EQ(page_of(list, "URAIAN"), 1);
    EXPECT_EQ(page_of(list, "Langkah 1"), 1);
    EXPECT_EQ(texts(list.pages[0]).size(), 11u);
}

TEST(Layout, ARowTallerThanAPageIsAnError) {
    doc::Document d = small_document();
    doc::Table t = two_column_table();
    std::string tall;
    for (int i = 0; i < 20; ++i) tall += "baris\n";
    t.rows.push_back(row({cell("1"), cell(tall)}));
    d.body.push_back(doc::Block{t});
    try {
        layout_document(d, fonts(), {});
        FAIL() << "a row taller than the page was laid out";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("baris tabel"), std::string::npos) << e.what();
    }
}

TEST(Layout, MalformedTablesAreRefused) {
    doc::Document d = small_document();
    doc::Table t = two_column_table();
    t.rows.push_back(row({cell("1")}));  // one column short
    d.body.push_back(doc::Block{t});
    EXPECT_THROW(layout_document(d, fonts(), {}), std::invalid_argument);

    d.body.clear();
    t.rows = {row({cell("1", 3)})};
    d.body.push_back(doc::Block{t});
    EXPECT_THROW(layout_document(d, fonts(), {}), std::invalid_argument);

    d.body.clear();
    doc::Cell with_break;
    with_break.content.push_back(doc::Block{doc::PageBreak{}});
    t.rows = {row({cell("1"), with_break})};
    d.body.push_back(doc::Block{t});
    EXPECT_THROW(layout_document(d, fonts(), {}), std::invalid_argument);
}

TEST(Layout, TablesNestInCellsAndStayInside) {
    doc::Document d = small_document();
    doc::Table inner;
    inner.columns = {1, 1};
    inner.rows.push_back(row({cell("kiri dalam"), cell("kanan dalam")}));
    doc::Table outer = two_column_table();
    doc::Cell holder;
    holder.content.push_back(paragraph("Judul"));
    holder.content.push_back(doc::Block{inner});
    outer.rows.push_back(row({cell("1"), holder}));
    d.body.push_back(doc::Block{outer});
    const DisplayList list = lay_out(d);
    expect_text_inside_cells(list);
    const TextRun* kiri = find_text(list.pages.at(0), "kiri dalam");
    ASSERT_NE(kiri, nullptr);
    EXPECT_DOUBLE_EQ(kiri->origin.x, left + content_width / 4 + 3 + 3);
    EXPECT_DOUBLE_EQ(kiri->origin.y, top + 3 + box() + 3 + baseline());
}

TEST(Layout, ColumnsSitSideBySideAsTallAsTheTallest) {
    doc::Document d = small_document();
    doc::Columns columns;
    columns.weights = {1, 1};
    columns.gap = 10;
    columns.columns = {{paragraph("Kiri")},
                       {paragraph("Kanan 1\nKanan 2\nKanan 3", style(10, doc::Align::right))}};
    d.body.push_back(doc::Block{columns});
    d.body.push_back(paragraph("Bawah"));
    const DisplayList list = lay_out(d);
    const Page& page = list.pages.at(0);
    EXPECT_DOUBLE_EQ(run_on(page, "Kiri").origin.x, left);
    const TextRun* kanan = find_text(page, "Kanan 1");
    ASSERT_NE(kanan, nullptr);
    EXPECT_DOUBLE_EQ(kanan->origin.y, run_on(page, "Kiri").origin.y);
    EXPECT_DOUBLE_EQ(kanan->origin.x + kanan->width, right);
    EXPECT_GE(kanan->origin.x, left + 120 + 10);
    EXPECT_DOUBLE_EQ(run_on(page, "Bawah").origin.y, top + 3 * box() + baseline());
}

TEST(Layout, ColumnTextWrapsAtItsColumnWidth) {
    doc::Document d = small_document();
    doc::Columns columns;
    columns.weights = {1, 3};
    columns.gap = 10;
    const std::string name = "Nama Jabatan Lengkap Sekali";
    columns.columns = {{paragraph(name)}, {paragraph("isi")}};
    d.body.push_back(doc::Block{columns});
    d.body.push_back(paragraph("Bawah"));
    const std::size_t lines =
        break_lines(name, Face::serif_regular, 10, 240.0 / 4, doc::Align::left, fonts()).size();
    ASSERT_GE(lines, 2u);
    const DisplayList list = lay_out(d);
    // The first column is the taller one here.
    EXPECT_DOUBLE_EQ(run_on(list.pages.at(0), "Bawah").origin.y,
                     top + static_cast<double>(lines) * box() + baseline());
    for (const TextRun& run : texts(list.pages.at(0))) {
        if (run.text == "Bawah") continue;
        if (run.text == "isi") {
            EXPECT_DOUBLE_EQ(run.origin.x, left + 240.0 / 4 + 10);
        } else {
            EXPECT_LE(run.origin.x + run.width, left + 240.0 / 4 + 1e-9) << run.text;
        }
    }
}

TEST(Layout, PartsOfOneDocumentArePagedAsOneWithTheirOwnFooters) {
    doc::Document identity = small_document();
    identity.page.footer = "Identitas \u2014 Halaman {halaman} dari {jumlah}";
    identity.body.push_back(paragraph("identitas"));
    doc::Document chart = small_document();
    chart.page.footer = "Bagan Alir \u2014 Halaman {halaman} dari {jumlah}";
    chart.body.push_back(paragraph("bagan satu"));
    chart.body.push_back(doc::Block{doc::PageBreak{}});
    chart.body.push_back(paragraph("bagan dua"));
    const DisplayList list = layout_parts({{&identity, "Identitas"}, {&chart, "Bagan Alir"}}, fonts(), FileInfo{"kinerja test", "2024-03-31"});
    ASSERT_EQ(list.pages.size(), 3u);
    EXPECT_NE(find_text(list.pages[0], "Identitas \u2014 Halaman 1 dari 3"), nullptr);
    EXPECT_NE(find_text(list.pages[1], "Bagan Alir \u2014 Halaman 2 dari 3"), nullptr);
    EXPECT_NE(find_text(list.pages[2], "Bagan Alir \u2014 Halaman 3 dari 3"), nullptr);
    ASSERT_EQ(list.bookmarks.size(), 2u);
    EXPECT_EQ(list.bookmarks[0].title, "Identitas");
    EXPECT_EQ(list.bookmarks[0].page, 0u);
    EXPECT_EQ(list.bookmarks[1].title, "Bagan Alir");
    EXPECT_EQ(list.bookmarks[1].page, 1u);
    EXPECT_EQ(list.meta.title, identity.title);
}

TEST(Layout, FooterCountsPagesAndTheLabelIsOnEveryPage) {
    doc::Document d = small_document();
    d.page.footer = "Halaman {halaman} dari {jumlah}";
    d.page.label = "Lembar: Arsip";
    d.body.push_back(paragraph("satu"));
    d.body.push_back(doc::Block{doc::PageBreak{}});
    d.body.push_back(paragraph("dua"));
    d.body.push_back(doc::Block{doc::PageBreak{}});
    d.body.push_back(paragraph("tiga"));
    const DisplayList list = lay_out(d);
    ASSERT_EQ(list.pages.size(), 3u);
    for (std::size_t i = 0; i < 3; ++i) {
        const Page& page = list.pages[i];
        const TextRun* footer = find_text(page, "Halaman " + std::to_string(i + 1) + " dari 3");
        ASSERT_NE(footer, nullptr) << i;
        EXPECT_EQ(footer->face, Face::serif_italic);
        EXPECT_DOUBLE_EQ(footer->origin.x + footer->width, right);
        EXPECT_GE(top_of(*footer), bottom);
        EXPECT_LE(bottom_of(*footer), 200);
        const TextRun* label = find_text(page, "Lembar: Arsip");
        ASSERT_NE(label, nullptr) << i;
        EXPECT_EQ(label->face, Face::serif_bold);
        EXPECT_DOUBLE_EQ(label->origin.x + label->width, right);
        EXPECT_GE(top_of(*label), 0);
        EXPECT_LE(bottom_of(*label), top);
    }
}

TEST(Layout, AFooterTallerThanTheMarginIsAnError) {
    doc::Document d = small_document();
    d.page.margin_bottom = 5;
    d.page.footer = "Halaman {halaman}";
    EXPECT_THROW(layout_document(d, fonts(), {}), std::runtime_error);
}

TEST(Layout, AnEmptyDocumentIsOnePage) {
    doc::Document d = small_document();
    d.page.footer = "{halaman}/{jumlah}";
    const DisplayList list = lay_out(d);
    ASSERT_EQ(list.pages.size(), 1u);
    EXPECT_NE(find_text(list.pages[0], "1/1"), nullptr);
}

TEST(Layout, ImagesFitTheirBoxKeepingTheAspectRatio) {
    doc::Document d = small_document();
    d.images = {{"logo", {"PNG-LOGO", 200, 100}}, {"ttd", {"PNG-TTD", 10, 10}}};
    d.body.push_back(doc::Block{doc::Image{"logo", 50, 50, doc::Align::center}});
    d.body.push_back(paragraph("di bawah"));
    d.body.push_back(doc::Block{doc::Image{"logo", 1000, 1000, doc::Align::right}});
    const DisplayList list = lay_out(d);
    ASSERT_EQ(list.pages.size(), 2u);
    const std::vector<ImageItem> first = items_of<ImageItem>(list.pages[0]);
    ASSERT_EQ(first.size(), 1u);
    EXPECT_DOUBLE_EQ(first[0].width, 50);
    EXPECT_DOUBLE_EQ(first[0].height, 25);
    EXPECT_DOUBLE_EQ(first[0].origin.x, left + (content_width - 50) / 2);
    EXPECT_DOUBLE_EQ(first[0].origin.y, top);
    EXPECT_DOUBLE_EQ(run_on(list.pages[0], "di bawah").origin.y, top + 25 + baseline());
    // A box larger than the page: fitted to the content width.
    const std::vector<ImageItem> second = items_of<ImageItem>(list.pages[1]);
    ASSERT_EQ(second.size(), 1u);
    EXPECT_DOUBLE_EQ(second[0].width, content_width);
    EXPECT_DOUBLE_EQ(second[0].height, content_width / 2);
    // Only the images drawn travel with the pages.
    ASSERT_EQ(list.images.size(), 1u);
    EXPECT_EQ(list.images[0].first, "logo");
    EXPECT_EQ(list.images[0].second, "PNG-LOGO");

    d.body.push_back(doc::Block{doc::Image{"stempel", 50, 50, doc::Align::left}});
    EXPECT_THROW(layout_document(d, fonts(), {}), std::invalid_argument);
}

TEST(Layout, RuleSpansTheContentWidth) {
    doc::Document d = small_document();
    d.body.push_back(doc::Block{doc::Rule{2, 3, 4}});
    d.body.push_back(paragraph("x"));
    const DisplayList list = lay_out(d);
    const std::vector<Line> lines = items_of<Line>(list.pages.at(0));
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_DOUBLE_EQ(lines[0].from.x, left);
    EXPECT_DOUBLE_EQ(lines[0].to.x, right);
    EXPECT_DOUBLE_EQ(lines[0].from.y, top + 3 + 1);
    EXPECT_DOUBLE_EQ(lines[0].width, 2);
    EXPECT_DOUBLE_EQ(run_on(list.pages[0], "x").origin.y, top + 3 + 2 + 4 + baseline());
}

TEST(Layout, BadStylesAndPagesAreRefused) {
    doc::Document d = small_document();
    d.body.push_back(paragraph("x", style(0)));
    EXPECT_THROW(layout_document(d, fonts(), {}), std::invalid_argument);
    d = small_document();
    d.page.margin_left = 200;
    d.page.margin_right = 100;
    EXPECT_THROW(layout_document(d, fonts(), {}), std::invalid_argument);
}

doc::Document golden_document() {
    doc::Document d;
    d.page.width = 200;
    d.page.height = 120;
    d.page.margin_top = d.page.margin_right = d.page.margin_bottom = d.page.margin_left = 10;
    d.page.footer = "{halaman}/{jumlah}";
    d.title = "Contoh";
    d.body.push_back(paragraph("JUDUL \"A\"", style(12, doc::Align::center, doc::Family::sans, true)));
    d.body.push_back(doc::Block{doc::Rule{1, 2, 2}});
    doc::Table t;
    t.columns = {1, 3};
    t.header_rows = 1;
    doc::Row header = row({cell("NO"), cell("URAIAN")});
    header.cells[0].shade = 0.9;
    header.cells[1].shade = 0.9;
    t.rows.push_back(header);
    t.rows.push_back(row({cell("1"), cell("Disposisi kepada Kasubag Renkeu")}));
    t.rows.push_back(row({cell("2"), cell("Penyusunan RKT")}));
    d.body.push_back(doc::Block{t});
    return d;
}

// Labelled copies (the pengukuran's lembar) share their body's layout; each comes out as
// layout_document makes it, label and footer on every page, and a copy whose body differs is
// laid out on its own.
TEST(Layout, CopiesComeOutAsEachLaidOutAlone) {
    doc::Document first = golden_document();
    for (int i = 3; i < 12; ++i) {  // a table over several pages
        std::get<doc::Table>(first.body.back().v).rows.push_back(row({cell(std::to_string(i)), cell("Kegiatan berikutnya")}));
    }
    std::vector<doc::Document> copies;
    for (const char* label : {"Lembar 1 dari 4", "Lembar 2 dari 4 \u2014 untuk Pejabat Penilai", "Lembar 3", "Lembar 4"}) {
        doc::Document copy = first;
        copy.page.label = label;
        copy.page.label_style = style(7, doc::Align::right, doc::Family::sans);
        copies.push_back(copy);
    }
    copies[2].body.push_back(paragraph("Hanya di lembar 3", style(10)));
    copies[3].title = "Judul lain";
    const std::vector<DisplayList> lists = layout_copies(copies, fonts(), {});
    ASSERT_EQ(lists.size(), copies.size());
    ASSERT_GT(lists[0].pages.size(), 1u);
    for (std::size_t i = 0; i < copies.size(); ++i) {
        EXPECT_EQ(dump(lists[i]), dump(layout_document(copies[i], fonts(), {}))) << i;
    }
    EXPECT_NE(dump(lists[0]), dump(lists[1]));
    EXPECT_NE(dump(lists[1]).find("Pejabat Penilai"), std::string::npos);
}

// A document given to layout to let go is laid out as one it keeps; its tables' rows are
// emptied (a month's indeks is not held as rows and pieces at once), the rest of it kept.
TEST(Layout, ADocumentLetGoIsLaidOutAlikeWithItsTableRowsEmptied) {
    const doc::Document kept = golden_document();
    doc::Document given = golden_document();
    const DisplayList list = layout_document(std::move(given), fonts(), FileInfo{"kinerja test", "2024-03-31"});
    EXPECT_EQ(dump(list), dump(lay_out(kept)));
    std::size_t tables = 0;
    for (std::size_t i = 0; i < given.body.size(); ++i) {  // lent to layout, not moved from
        if (const auto* table = std::get_if<doc::Table>(&given.body[i].v)) {
            ++tables;
            for (const doc::Row& row : table->rows) EXPECT_TRUE(row.cells.empty());
        } else {
            EXPECT_TRUE(given.body[i] == kept.body[i]);
        }
    }
    EXPECT_GT(tables, 0u);
}

TEST(Layout, GoldenDumpOfASmallDocument) {
    const DisplayList list = lay_out(golden_document());
    expect_text_inside_cells(list);
    // Sans bold 12 pt title centred; rule; a header row shaded 0.9; row 2 wraps to two lines
    // (30 pt); borders: a row's top and bottom each one line, then its cells' sides; the footer
    // right-aligned in the 10 pt bottom margin.
    const std::string expected = R"(page 1 200.00x120.00
text 68.31 21.36 sans_bold 12.00 63.38 "JUDUL \"A\""
line 10.00 26.90 190.00 26.90 1.00
rect 10.00 29.40 45.00 18.00 stroke 0.00 fill 0.90
rect 55.00 29.40 135.00 18.00 stroke 0.00 fill 0.90
text 13.00 41.77 serif_regular 10.00 14.44 "NO"
text 58.00 41.77 serif_regular 10.00 38.89 "URAIAN"
line 10.00 29.40 190.00 29.40 0.50
line 10.00 47.40 190.00 47.40 0.50
line 10.00 29.40 10.00 47.40 0.50
line 55.00 29.40 55.00 47.40 0.50
line 190.00 29.40 190.00 47.40 0.50
text 13.00 59.77 serif_regular 10.00 5.00 "1"
text 58.00 59.77 serif_regular 10.00 105.54 "Disposisi kepada Kasubag"
text 58.00 71.77 serif_regular 10.00 30.55 "Renkeu"
line 10.00 47.40 190.00 47.40 0.50
line 10.00 77.40 190.00 77.40 0.50
line 10.00 47.40 10.00 77.40 0.50
line 55.00 47.40 55.00 77.40 0.50
line 190.00 47.40 190.00 77.40 0.50
text 13.00 89.77 serif_regular 10.00 5.00 "2"
text 58.00 89.77 serif_regular 10.00 70.83 "Penyusunan RKT"
line 10.00 77.40 190.00 77.40 0.50
line 10.00 95.40 190.00 95.40 0.50
line 10.00 77.40 10.00 95.40 0.50
line 55.00 77.40 55.00 95.40 0.50
line 190.00 77.40 190.00 95.40 0.50
text 179.78 117.70 serif_italic 8.00 10.22 "1/1"
)";
    EXPECT_EQ(dump(list), expected);
}

TEST(Layout, SameInputSameOutput) {
    const doc::Document d = steps_document(30);
    EXPECT_EQ(dump(lay_out(d)), dump(lay_out(d)));
    EXPECT_EQ(dump(lay_out(golden_document())), dump(lay_out(golden_document())));
}

}  // namespace
}  // namespace kinerja::layout
