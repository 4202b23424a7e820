// The SOP flowchart block: columns and header, symbols in their lanes, arrows, Ya/Tidak labels,
// off-page connectors across page breaks. Everything is read back from the display list (see
// flowchart_test_support.hpp). Small landscape pages (842×300) force the breaks.
#include "../sanitizer_run.hpp"
#include "layout/layout_engine.hpp"

#include "flowchart_test_support.hpp"
#include "layout_test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace kinerja::layout {
namespace {

using namespace testing;
using namespace flowchart_testing;
using doc::FlowSymbol;

// --- tests -------------------------------------------------------------------------------------

TEST(Flowchart, HeaderSpansLikeTheSeedSop) {
    const doc::Flowchart c = chain(5, 3);
    const DisplayList list = lay_out(flowchart_document(c));
    ASSERT_EQ(list.pages.size(), 1u);
    const ChartView view = check_all(list, c);
    const Page& page = list.pages[0];
    // PELAKSANA centred over the lanes, MUTU BAKU over its three columns.
    const TextRun pelaksana = run_on(page, "PELAKSANA");
    EXPECT_NEAR(pelaksana.origin.x + pelaksana.width / 2, (view.lane_left(0) + view.lane_right(4)) / 2, tol);
    const TextRun mutu = run_on(page, "MUTU BAKU");
    EXPECT_NEAR(mutu.origin.x + mutu.width / 2, (view.edges.at(7) + view.edges.at(10)) / 2, tol);
    // A line under PELAKSANA and MUTU BAKU, none under NO, URAIAN PROSEDUR and KET: they span
    // both heading rows (their text sits lower than PELAKSANA, across the two rows).
    const TextRun no = run_on(page, "NO");
    const TextRun ket = run_on(page, "KET");
    EXPECT_GT(no.origin.y, pelaksana.origin.y + 3);
    EXPECT_NEAR(ket.origin.y, no.origin.y, tol);
    double under_pelaksana = -1;
    const double second_row = top_of(run_on(page, "Kelengkapan"));
    for (const Line& line : items_of<Line>(page)) {
        const bool horizontal = std::abs(line.from.y - line.to.y) < tol;
        if (!horizontal || line.from.y <= bottom_of(pelaksana) || line.from.y >= second_row) continue;
        const double x0 = std::min(line.from.x, line.to.x), x1 = std::max(line.from.x, line.to.x);
        EXPECT_FALSE(x0 < view.edges[1] - tol) << "no line under NO";
        EXPECT_FALSE(x0 < view.edges[2] - tol && x1 > view.edges[1] + tol) << "no line under URAIAN";
        EXPECT_FALSE(x1 > view.edges[10] + tol) << "no line under KET";
        if (x0 < view.lane_left(0) + tol && x1 > view.lane_right(4) - tol) under_pelaksana = line.from.y;
    }
    EXPECT_GT(under_pelaksana, bottom_of(pelaksana));
    // The lane names are in the second row, below that line, as are the mutu baku headings.
    for (std::string_view word : {"Camat", "Kelengkapan", "Waktu", "Output"}) {
        EXPECT_GT(top_of(run_on(page, word)), under_pelaksana) << word;
    }
}

TEST(Flowchart, TwoLanesAndEightLanes) {
    for (std::size_t lanes : {2u, 8u}) {
        SCOPED_TRACE(lanes);
        std::vector<doc::FlowStep> steps;
        steps.push_back(step(0, FlowSymbol::mulai, "Mulai pekerjaan"));
        steps.push_back(step(lanes - 1, FlowSymbol::proses, "Mengerjakan"));
        steps.push_back(step(lanes / 2, FlowSymbol::keputusan, "Sudah benar?", 5, 2));
        steps.push_back(step(0, FlowSymbol::proses, "Tidak terpakai: tetap digambar", 0, 0));
        steps.push_back(step(lanes - 1, FlowSymbol::selesai, "Selesai"));
        // Step 4 is reached from nowhere but flows on; the layout draws what it is given.
        const doc::Flowchart c = chart(lane_names(lanes), steps);
        const DisplayList list = lay_out(flowchart_document(c, 842, 595));
        ASSERT_EQ(list.pages.size(), 1u);
        const ChartView view = check_all(list, c);
        // Lanes share the width evenly and none is wider than 90 pt.
        const double lane = view.lane_right(0) - view.lane_left(0);
        for (std::size_t k = 0; k < lanes; ++k) EXPECT_NEAR(view.lane_right(k) - view.lane_left(k), lane, 2 * tol);
        EXPECT_LE(lane, 90 + tol);
        EXPECT_NEAR(view.edges.back() - view.edges.front(), 842 - 40, tol);
    }
}

TEST(Flowchart, TwentyStepsOverSevenLanesBreakWithMatchingConnectors) {
    const doc::Flowchart c = twenty_steps();
    const DisplayList list = lay_out(flowchart_document(c));
    ASSERT_GE(list.pages.size(), 2u);
    const ChartView view = check_all(list, c);
    ASSERT_EQ(view.steps.size(), 20u);
    // The data is chosen so that both decisions' branches cross a break on these pages.
    EXPECT_NE(view.steps[5].page, view.steps[2].page) << "step 6 goes back to step 3 on an earlier page";
    EXPECT_NE(view.steps[12].page, view.steps[15].page) << "step 13 jumps to step 16 on a later page";
    EXPECT_FALSE(view.connectors.empty());
    // Labels in order of the source steps: A on the first page that has one.
    std::size_t first_page = list.pages.size();
    for (const Connector& k : view.connectors) {
        if (k.label == "A") first_page = std::min(first_page, k.page);
    }
    for (const Connector& k : view.connectors) EXPECT_GE(k.page, first_page);
    // Rows never split: each step's row lies on one page with all its texts.
    for (std::size_t i = 0; i < c.steps.size(); ++i) {
        EXPECT_GT(view.steps[i].bottom, view.steps[i].top);
        EXPECT_EQ(page_of(list, c.steps[i].output), static_cast<int>(view.steps[i].page));
    }
}

TEST(Flowchart, TheSameTwentyStepsOnALargerPage) {
    const doc::Flowchart c = twenty_steps();
    const DisplayList list = lay_out(flowchart_document(c, 935.43, 609.45));  // F4 landscape
    EXPECT_GE(list.pages.size(), 2u);
    check_all(list, c);
}

TEST(Flowchart, ABackBranchOnOnePageGoesUpAChannelIntoTheTargetsSide) {
    std::vector<doc::FlowStep> steps;
    steps.push_back(step(0, FlowSymbol::mulai, "Mulai"));
    steps.push_back(step(1, FlowSymbol::proses, "Mengisi formulir"));
    steps.push_back(step(1, FlowSymbol::keputusan, "Lengkap?", 4, 2));
    steps.push_back(step(2, FlowSymbol::selesai, "Selesai"));
    const doc::Flowchart c = chart(lane_names(3), steps);
    const DisplayList list = lay_out(flowchart_document(c, 842, 595));
    ASSERT_EQ(list.pages.size(), 1u);
    const ChartView view = check_all(list, c);
    const std::optional<Arrow> back = arrow_between(view, 0, view.steps[2].symbol.box, view.steps[1].symbol.box);
    ASSERT_TRUE(back);
    // Out of the diamond's side, up beside the symbols, into the target's side.
    const Box& from = view.steps[2].symbol.box;
    const Box& to = view.steps[1].symbol.box;
    EXPECT_NEAR(back->points.front().y, from.cy(), tol);
    EXPECT_NEAR(back->points.back().y, to.cy(), tol);
    EXPECT_TRUE(std::abs(back->points.back().x - to.x0) < tol || std::abs(back->points.back().x - to.x1) < tol);
    bool goes_up = false;
    for (std::size_t i = 1; i < back->points.size(); ++i) {
        const Point a = back->points[i - 1], b = back->points[i];
        if (std::abs(a.x - b.x) < tol && b.y < a.y) {
            goes_up = true;
            EXPECT_TRUE(a.x < to.x0 || a.x > to.x1) << "the channel runs beside the symbols";
        }
    }
    EXPECT_TRUE(goes_up);
    EXPECT_TRUE(view.connectors.empty());
}

TEST(Flowchart, ABranchSkippingAStepInItsLaneGoesAroundIt) {
    // Neither branch is the next step: Ya (the later one) leaves from the bottom and must pass
    // step 3, right below it in the same lane; Tidak goes back to step 1.
    std::vector<doc::FlowStep> steps;
    steps.push_back(step(1, FlowSymbol::mulai, "Mulai"));
    steps.push_back(step(0, FlowSymbol::keputusan, "Perlu diperbaiki?", 4, 1));
    steps.push_back(step(0, FlowSymbol::proses, "Langkah yang dilewati"));
    steps.push_back(step(0, FlowSymbol::selesai, "Selesai"));
    const doc::Flowchart c = chart(lane_names(3), steps);
    const DisplayList list = lay_out(flowchart_document(c, 842, 595));
    ASSERT_EQ(list.pages.size(), 1u);
    const ChartView view = check_all(list, c);
    const std::optional<Arrow> ya = arrow_between(view, 0, view.steps[1].symbol.box, view.steps[3].symbol.box);
    ASSERT_TRUE(ya);
    EXPECT_NEAR(ya->points.front().y, view.steps[1].symbol.box.y1, tol) << "out of the bottom";
    EXPECT_GE(ya->points.size(), 4u) << "around step 3";
}

// Charts made from a seed: 1 to 8 lanes, 4 to 24 steps, decisions going forward and back.
doc::Flowchart generated(unsigned seed) {
    std::uint32_t state = seed * 2654435761u + 12345u;
    const auto next = [&](std::uint32_t bound) {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % bound;
    };
    const std::size_t lanes = 1 + next(8);
    const int count = 4 + static_cast<int>(next(21));
    std::vector<doc::FlowStep> steps;
    for (int i = 0; i < count; ++i) {
        FlowSymbol symbol = FlowSymbol::proses;
        if (i == 0) symbol = FlowSymbol::mulai;
        if (i + 1 == count) symbol = FlowSymbol::selesai;
        std::string uraian = "Langkah " + std::to_string(i + 1);
        for (std::uint32_t w = next(12); w > 0; --w) uraian += " dikerjakan";
        doc::FlowStep s = step(next(static_cast<std::uint32_t>(lanes)), symbol, uraian);
        if (symbol == FlowSymbol::proses && next(4) == 0) {
            s.symbol = FlowSymbol::keputusan;
            const int self = i + 1;
            s.ya = next(3) == 0 ? 1 + static_cast<int>(next(static_cast<std::uint32_t>(count))) : self + 1;
            s.tidak = 1 + static_cast<int>(next(static_cast<std::uint32_t>(count)));
            if (s.ya == self) s.ya = self + 1;
            while (s.tidak == self || s.tidak == s.ya) s.tidak = s.tidak % count + 1;
            if (next(2) == 0) std::swap(s.ya, s.tidak);
        }
        steps.push_back(s);
    }
    return chart(lane_names(lanes), std::move(steps));
}

TEST(Flowchart, GeneratedChartsKeepEveryRule) {
    int laid_out = 0, tried = 0;
    for (unsigned seed = 0; seed < 60; seed += test::sanitizer_stride) {
        const doc::Flowchart c = generated(seed);
        for (const auto& [width, height] : {std::pair{842.0, 300.0}, std::pair{935.43, 609.45}}) {
            SCOPED_TRACE("seed " + std::to_string(seed) + ", " + std::to_string(c.lanes.size()) + " lanes, " +
                         std::to_string(c.steps.size()) + " steps, page height " + std::to_string(height));
            ++tried;
            try {
                const DisplayList list = lay_out(flowchart_document(c, width, height));
                check_all(list, c);
                ++laid_out;
            } catch (const std::runtime_error& e) {
                ADD_FAILURE() << e.what();
            }
        }
    }
    EXPECT_EQ(tried, 120 / static_cast<int>(test::sanitizer_stride));
    EXPECT_EQ(laid_out, tried);
}

TEST(Flowchart, ABackBranchAcrossPagesWithTwoLanes) {
    std::vector<doc::FlowStep> steps;
    steps.push_back(step(0, FlowSymbol::mulai, "Mulai"));
    steps.push_back(step(1, FlowSymbol::proses, "Menyusun konsep"));
    steps.push_back(step(0, FlowSymbol::proses, "Memeriksa konsep"));
    steps.push_back(step(1, FlowSymbol::proses, "Memperbaiki"));
    steps.push_back(step(0, FlowSymbol::keputusan, "Sudah benar?", 6, 2));
    steps.push_back(step(1, FlowSymbol::selesai, "Selesai"));
    const doc::Flowchart c = chart(lane_names(2), steps);
    const DisplayList list = lay_out(flowchart_document(c));
    ASSERT_GE(list.pages.size(), 2u);
    const ChartView view = check_all(list, c);
    ASSERT_LT(view.steps[1].page, view.steps[4].page) << "the branch back crosses a break";
}

TEST(Flowchart, RowsGrowWithTheirTextAndKelengkapanIsAList) {
    doc::Flowchart c = chain(3, 3);
    c.steps[1].uraian = "Menyusun rencana kinerja tahunan berdasarkan hasil evaluasi tahun lalu, "
                        "rencana strategis dan masukan dari setiap seksi di lingkungan kecamatan, "
                        "lalu membahasnya dalam rapat staf bersama camat dan sekretaris camat "
                        "sebelum diserahkan kepada kasubag perencanaan untuk diperiksa";
    c.steps[1].kelengkapan = {"Formulir kinerja", "Komputer/Laptop dengan aplikasi pengolah kata"};
    const DisplayList list = lay_out(flowchart_document(c, 842, 595));
    const ChartView view = check_all(list, c);
    const Page& page = list.pages.at(0);
    EXPECT_GT(view.steps[1].bottom - view.steps[1].top, view.steps[0].bottom - view.steps[0].top);
    // "- item" lines, the item's wrapped lines hanging after the dash.
    const TextRun first = run_on(page, "Formulir kinerja");
    std::vector<TextRun> dashes;
    for (const TextRun& run : texts(page)) {
        if (run.text == "-") dashes.push_back(run);
    }
    ASSERT_EQ(dashes.size(), 2u);
    EXPECT_NEAR(dashes[0].origin.y, first.origin.y, tol);
    EXPECT_GT(first.origin.x, dashes[0].origin.x + dashes[0].width);
    std::vector<TextRun> item_lines;
    for (const TextRun& run : texts(page)) {
        if (run.origin.x == first.origin.x && run.origin.y > dashes[1].origin.y - tol) item_lines.push_back(run);
    }
    EXPECT_GE(item_lines.size(), 2u) << "the second item wraps, hanging at the first item's indent";
    // One item prints without a dash.
    EXPECT_TRUE(find_text(page, "Formulir 1") != nullptr);
}

TEST(Flowchart, FollowsTheTitleOnItsPageOrStartsTheNext) {
    const doc::Flowchart c = chain(3, 6);
    doc::Document d = flowchart_document(c);
    d.body.insert(d.body.begin(), paragraph("SOP : PERENCANAAN KINERJA", style(12), 0, 8));
    const DisplayList list = lay_out(d);
    const ChartView view = check_all(list, c);
    EXPECT_EQ(page_of(list, "NO"), 0) << "the table begins under the title";
    EXPECT_GT(top_of(run_on(list.pages[0], "NO")), bottom_of(run_on(list.pages[0], "SOP : PERENCANAAN KINERJA")));

    // With only room for the header left, the table starts on the next page, whole.
    doc::Document tight = flowchart_document(c);
    tight.body.insert(tight.body.begin(), doc::Block{doc::Spacer{200}});
    tight.body.insert(tight.body.begin(), paragraph("Judul"));
    const DisplayList moved = lay_out(tight);
    EXPECT_EQ(page_of(moved, "Judul"), 0);
    EXPECT_EQ(find_text(moved.pages.at(0), "NO"), nullptr) << "no lone header at the bottom of page 1";
    EXPECT_EQ(page_of(moved, "NO"), 1);
    check_all(moved, c);
}

TEST(Flowchart, TextAfterTheFlowchartFollowsOnItsLastPage) {
    const doc::Flowchart c = chain(3, 4);
    doc::Document d = flowchart_document(c, 842, 595);
    d.body.push_back(paragraph("Catatan di bawah bagan"));
    const DisplayList list = lay_out(d);
    ASSERT_EQ(list.pages.size(), 1u);
    const ChartView view = check_all(list, c);
    EXPECT_GT(top_of(run_on(list.pages[0], "Catatan di bawah bagan")), view.steps.back().bottom);
}

TEST(Flowchart, PagesAreNumberedByTheFooter) {
    const doc::Flowchart c = twenty_steps();
    doc::Document d = flowchart_document(c);
    d.page.footer = "Halaman {halaman} dari {jumlah}";
    d.page.footer_style.size = 6;
    const DisplayList list = lay_out(d);
    const std::string total = std::to_string(list.pages.size());
    for (std::size_t p = 0; p < list.pages.size(); ++p) {
        EXPECT_NE(find_text(list.pages[p], "Halaman " + std::to_string(p + 1) + " dari " + total), nullptr);
    }
    check_all(list, c);
}

TEST(Flowchart, SameInputSameDump) {
    const doc::Flowchart c = twenty_steps();
    EXPECT_EQ(dump(lay_out(flowchart_document(c))), dump(lay_out(flowchart_document(c))));
}

TEST(Flowchart, ARowTallerThanAPageIsAnError) {
    doc::Flowchart c = chain(3, 3);
    std::string long_text;
    for (int i = 0; i < 400; ++i) long_text += "kata ";
    c.steps[1].uraian = long_text;
    try {
        layout_document(flowchart_document(c), fonts(), FileInfo{});
        FAIL() << "expected an error";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("langkah 2"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("tidak muat"), std::string::npos) << e.what();
    }
}

TEST(Flowchart, MalformedChartsAreRefused) {
    const auto refuses = [](doc::Flowchart c) {
        EXPECT_THROW(layout_document(flowchart_document(std::move(c)), fonts(), FileInfo{}), std::invalid_argument);
    };
    doc::Flowchart one = chain(2, 2);
    one.steps.pop_back();
    refuses(one);
    doc::Flowchart no_lanes = chain(2, 3);
    no_lanes.lanes.clear();
    refuses(no_lanes);
    doc::Flowchart bad_lane = chain(2, 3);
    bad_lane.steps[1].lane = 2;
    refuses(bad_lane);
    doc::Flowchart bad_target = chain(2, 3);
    bad_target.steps[1].symbol = FlowSymbol::keputusan;
    bad_target.steps[1].ya = 4;
    bad_target.steps[1].tidak = 3;
    refuses(bad_target);
    doc::Flowchart self = bad_target;
    self.steps[1].ya = 2;
    refuses(self);
    doc::Flowchart same = bad_target;
    same.steps[1].ya = 3;
    refuses(same);
    doc::Flowchart numbering = chain(2, 3);
    numbering.steps[2].nomor = 7;
    refuses(numbering);
    // Inside a table cell it cannot break by pages.
    doc::Document d = small_document(842, 595);
    doc::Table table;
    table.columns = {1};
    doc::Cell cell;
    cell.content.push_back(doc::Block{chain(2, 3)});
    table.rows.push_back(doc::Row{{cell}, false});
    d.body.push_back(doc::Block{table});
    EXPECT_THROW(layout_document(d, fonts(), FileInfo{}), std::invalid_argument);
}

}  // namespace
}  // namespace kinerja::layout
