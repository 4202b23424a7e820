// The bar chart of the distribusi page (doc::BarChart, layout/bar_chart.cpp): bars as tall as
// their share of the axis, bands where the rules allow, labels above the bars and under the
// axis, everything inside the chart's frame and the page.
#include "layout/bar_chart.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

#include "layout_test_support.hpp"

namespace kinerja::layout {
namespace {

using namespace kinerja::layout::testing;

doc::ChartBar bar(std::string name, double share, double low = 0, double high = 1, bool band = true,
                  std::string note = "") {
    doc::ChartBar b;
    b.name = std::move(name);
    b.value = "n" + std::to_string(static_cast<int>(share * 100 + 0.5));  // unlike the tick labels
    b.share = share;
    b.band = band;
    b.band_low = low;
    b.band_high = high;
    b.note = std::move(note);
    return b;
}

doc::BarChart five_bars() {
    doc::BarChart c;
    c.bars = {bar("Sangat Kurang", 0.0), bar("Kurang/Misconduct", 0.1), bar("Butuh Perbaikan", 0.2),
              bar("Baik", 0.6, 0, 0.7, true, "paling banyak 70%"), bar("Sangat Baik", 0.1)};
    c.axis_title = "Persentase pegawai";
    c.base_title = "Predikat Kinerja Pegawai";
    c.height = 260;
    return c;
}

// A page 550 × 400 (slots about as wide as on the distribusi page) with the chart, then a
// paragraph just under it.
DisplayList laid_out(const doc::BarChart& chart) {
    doc::Document d = small_document(550, 400);
    d.body.push_back(doc::Block{chart});
    d.body.push_back(paragraph("sesudah", style(9)));
    return layout_document(d, fonts(), {});
}

std::vector<Rect> rects_of_gray(const Page& page, double gray) {
    std::vector<Rect> out;
    for (const Rect& r : items_of<Rect>(page)) {
        if (r.fill_gray == gray) out.push_back(r);
    }
    std::sort(out.begin(), out.end(), [](const Rect& a, const Rect& b) { return a.origin.x < b.origin.x; });
    return out;
}

// The y of the axis' 0% and 100% ticks (short horizontal lines, 3 pt long).
std::pair<double, double> axis_ys(const Page& page) {
    std::vector<double> ys;
    for (const Line& l : items_of<Line>(page)) {
        if (l.from.y == l.to.y && std::abs(l.to.x - l.from.x - 3) < 1e-9) ys.push_back(l.from.y);
    }
    EXPECT_EQ(ys.size(), 6u);  // 0, 20, …, 100%
    if (ys.empty()) return {0, 0};
    return {*std::max_element(ys.begin(), ys.end()), *std::min_element(ys.begin(), ys.end())};
}

TEST(BarChartLayout, BarHeightsAreTheirSharesOfTheAxis) {
    const doc::BarChart chart = five_bars();
    const DisplayList list = laid_out(chart);
    ASSERT_EQ(list.pages.size(), 1u);
    const Page& page = list.pages.at(0);
    const auto [zero, hundred] = axis_ys(page);
    const double axis = zero - hundred;
    ASSERT_GT(axis, 100);
    const std::vector<Rect> bars = rects_of_gray(page, bar_chart_bar_gray);
    ASSERT_EQ(bars.size(), 5u);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        EXPECT_NEAR(bars[i].height, chart.bars[i].share * axis, 1e-6) << chart.bars[i].name;
        EXPECT_NEAR(bars[i].origin.y + bars[i].height, zero, 1e-6) << "standing on the axis";
        EXPECT_NEAR(bars[i].width, bars[0].width, 1e-9);
        EXPECT_GT(bars[i].stroke_width, 0);
    }
    // Equal slots, left to right.
    for (std::size_t i = 2; i < bars.size(); ++i) {
        EXPECT_NEAR(bars[i].origin.x - bars[i - 1].origin.x, bars[1].origin.x - bars[0].origin.x, 1e-6);
    }
}

TEST(BarChartLayout, BandsSpanTheAllowedRangeBehindTheirBars) {
    doc::BarChart chart = five_bars();
    chart.bars.at(0) = bar("Sangat Kurang", 0.7, 0.6, 1, true, "paling sedikit 60%");
    chart.bars.at(4) = bar("Sangat Baik", 0.0, 0, 0, true, "paling banyak 0%");  // empty band: none drawn
    const Page page = laid_out(chart).pages.at(0);
    const auto [zero, hundred] = axis_ys(page);
    const double axis = zero - hundred;
    const std::vector<Rect> bands = rects_of_gray(page, bar_chart_band_gray);
    const std::vector<Rect> bars = rects_of_gray(page, bar_chart_bar_gray);
    ASSERT_EQ(bands.size(), 4u);
    // Sangat Kurang: 60–100%.
    EXPECT_NEAR(bands[0].origin.y, hundred, 1e-6);
    EXPECT_NEAR(bands[0].origin.y + bands[0].height, zero - 0.6 * axis, 1e-6);
    // Baik: 0–70%.
    EXPECT_NEAR(bands[3].origin.y, zero - 0.7 * axis, 1e-6);
    EXPECT_NEAR(bands[3].origin.y + bands[3].height, zero, 1e-6);
    // Unbounded: the whole axis.
    EXPECT_NEAR(bands[1].origin.y, hundred, 1e-6);
    EXPECT_NEAR(bands[1].height, axis, 1e-6);
    for (std::size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(bands[i].stroke_width, 0);
        EXPECT_NEAR(bands[i].origin.x + bands[i].width / 2, bars[i].origin.x + bars[i].width / 2, 1e-6);
        EXPECT_GT(bands[i].width, bars[i].width);
    }
    // Drawn behind: every band before every bar.
    std::size_t last_band = 0, first_bar = page.items.size();
    for (std::size_t i = 0; i < page.items.size(); ++i) {
        if (const auto* r = std::get_if<Rect>(&page.items[i])) {
            if (r->fill_gray == bar_chart_band_gray) last_band = i;
            if (r->fill_gray == bar_chart_bar_gray) first_bar = std::min(first_bar, i);
        }
    }
    EXPECT_LT(last_band, first_bar);
}

TEST(BarChartLayout, NoBandsWhenThePolaIsNotChecked) {
    doc::BarChart chart = five_bars();
    for (doc::ChartBar& b : chart.bars) b.band = false;
    EXPECT_TRUE(rects_of_gray(laid_out(chart).pages.at(0), bar_chart_band_gray).empty());
}

TEST(BarChartLayout, ValuesAboveTheBarsNamesAndNotesUnderTheAxis) {
    const doc::BarChart chart = five_bars();
    const Page page = laid_out(chart).pages.at(0);
    const auto [zero, hundred] = axis_ys(page);
    const std::vector<Rect> bars = rects_of_gray(page, bar_chart_bar_gray);
    const TextRun baik = run_on(page, "n60");
    EXPECT_LE(bottom_of(baik), bars[3].origin.y);
    EXPECT_NEAR(baik.origin.x + baik.width / 2, bars[3].origin.x + bars[3].width / 2, 1e-6);
    const TextRun name = run_on(page, "Baik");
    EXPECT_GE(top_of(name), zero);
    EXPECT_NEAR(name.origin.x + name.width / 2, bars[3].origin.x + bars[3].width / 2, 1e-6);
    const TextRun note = run_on(page, "paling banyak 70%");
    EXPECT_GE(top_of(note), bottom_of(name) - 1e-6);
    const TextRun base = run_on(page, "Predikat Kinerja Pegawai");
    EXPECT_GE(top_of(base), bottom_of(note) - 1e-6);
    const TextRun title = run_on(page, "Persentase pegawai");
    EXPECT_LE(bottom_of(title), hundred);
    EXPECT_NE(find_text(page, "100%"), nullptr);
    EXPECT_NE(find_text(page, "0%"), nullptr);
    expect_inside_pages(laid_out(chart));
}

TEST(BarChartLayout, AFullBarsValueStaysInsideTheChart) {
    doc::BarChart chart = five_bars();
    chart.bars.at(2) = bar("Butuh Perbaikan", 1.0);
    const DisplayList list = laid_out(chart);
    const Page& page = list.pages.at(0);
    EXPECT_GE(top_of(run_on(page, "n100")), 20 - 1e-6) << "inside the chart, under the page's top margin";
    expect_inside_pages(list);
}

TEST(BarChartLayout, TheChartIsOneFrameOfItsHeight) {
    const doc::BarChart chart = five_bars();
    const Page page = laid_out(chart).pages.at(0);
    const TextRun after = run_on(page, "sesudah");
    EXPECT_GE(top_of(after), 20 + chart.height - 1e-6);
    EXPECT_LE(top_of(after), 20 + chart.height + 12);
    for (const TextRun& t : texts(page)) {
        if (t.text == "sesudah") continue;
        EXPECT_LE(bottom_of(t), 20 + chart.height + 1e-6) << t.text;
    }
}

TEST(BarChartLayout, LongNamesWrapInsideTheirSlot) {
    doc::BarChart chart = five_bars();
    chart.bars.at(1).name = "Xyzzy/Plugh sangat panjang sekali";
    doc::Document d = small_document(300, 400);
    d.body.push_back(doc::Block{chart});
    const DisplayList list = layout_document(d, fonts(), {});
    const Page& page = list.pages.at(0);
    const std::vector<Rect> bars = rects_of_gray(page, bar_chart_bar_gray);
    const double slot = bars[2].origin.x - bars[1].origin.x;
    const double centre = bars[1].origin.x + bars[1].width / 2;
    int lines = 0;
    for (const TextRun& t : texts(page)) {
        if (t.text.find("Xyzzy") != std::string::npos || t.text.find("panjang") != std::string::npos ||
            t.text.find("sekali") != std::string::npos) {
            ++lines;
            EXPECT_GE(t.origin.x, centre - slot / 2);
            EXPECT_LE(t.origin.x + t.width, centre + slot / 2);
        }
    }
    EXPECT_GE(lines, 2);
    expect_inside_pages(list);
}

TEST(BarChartLayout, MalformedChartsAreRefused) {
    doc::BarChart empty = five_bars();
    empty.bars.clear();
    EXPECT_THROW(laid_out(empty), std::invalid_argument);
    doc::BarChart over = five_bars();
    over.bars.at(0).share = 1.5;
    EXPECT_THROW(laid_out(over), std::invalid_argument);
    doc::BarChart inverted = five_bars();
    inverted.bars.at(0).band_low = 0.8;
    inverted.bars.at(0).band_high = 0.2;
    EXPECT_THROW(laid_out(inverted), std::invalid_argument);
    doc::BarChart flat = five_bars();
    flat.height = 40;
    EXPECT_THROW(laid_out(flat), std::runtime_error);
}

}  // namespace
}  // namespace kinerja::layout
