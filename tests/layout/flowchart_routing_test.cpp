// Routing of the SOP flowchart, checked geometrically on the display list over many generated
// charts (every shape of branch and loop: forward skips, back edges, nested decisions,
// decisions whose both branches go to other lanes, links across page breaks both ways, targets
// in the same lane and far away; up to 30 steps and 8 lanes) and hand-written hard cases:
//  - no arrow enters a symbol, connector or text, and each keeps clear of those it does not
//    start or end at;
//  - no arrow runs closer than 3 pt (the gap between the strokes) along a table line;
//  - two arrows leaving the same symbol never cross, and the hand-written charts, which all
//    have a drawing without crossings, have none;
//  - an off-page connector stands in the lane (and row) of the step its arrow comes from or
//    goes to;
//  - a row is as tall with connectors as without: the same chart on one tall page has rows of
//    the same heights.
#include "../sanitizer_run.hpp"
#include "layout/layout_engine.hpp"

#include "flowchart_test_support.hpp"
#include "layout_test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

namespace kinerja::layout {
namespace {

using namespace testing;
using namespace flowchart_testing;
using doc::FlowSymbol;

constexpr double grid_gap = 3;    // points between an arrow's stroke and a table line's
constexpr double shape_gap = 1;   // points between an arrow and a shape it does not touch

// --- the generator ---------------------------------------------------------------------------

class Random {
public:
    explicit Random(unsigned seed) : state_(seed * 2654435761u + 977u) {}
    std::uint32_t below(std::uint32_t bound) {
        state_ = state_ * 1664525u + 1013904223u;
        return (state_ >> 8) % bound;
    }
    int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::uint32_t>(hi - lo + 1))); }

private:
    std::uint32_t state_;
};

// The targets of decision `i` (0-based) of a chart of `count` steps, by one of the shapes.
std::pair<int, int> branch_targets(Random& random, int i, int count) {
    const int self = i + 1;                       // 1-based
    const auto ahead = [&](int lo, int hi) { return std::min(count, self + random.between(lo, hi)); };
    const auto back = [&](int lo, int hi) { return std::max(1, self - random.between(lo, hi)); };
    std::pair<int, int> t;
    switch (random.below(6)) {
    case 0: t = {self + 1, ahead(2, 4)}; break;              // forward skip
    case 1: t = {self + 1, back(1, 3)}; break;               // short loop back
    case 2: t = {self + 1, back(4, 20)}; break;              // long loop back, often across a break
    case 3: t = {ahead(2, 6), back(1, 8)}; break;            // neither branch is the next step
    case 4: t = {ahead(2, 12), self + 1}; break;             // far skip, often across a break
    default: t = {back(1, 2), ahead(1, 3)}; break;
    }
    if (t.first == self) t.first = self + 1;
    if (t.second == self || t.second == t.first) t.second = t.first == self + 1 ? back(1, 3) : self + 1;
    if (t.second == self || t.second == t.first) t.second = self == 1 ? self + 2 : 1;
    if (random.below(2) == 0) std::swap(t.first, t.second);
    return t;
}

// A chart from a seed: 1 to 8 lanes, 6 to 30 steps, about one decision in three steps (often
// one right after another: nested), lanes chosen so that targets are in the same lane, the
// next lane or far away.
doc::Flowchart hard_chart(unsigned seed) {
    Random random(seed);
    const std::size_t lanes = 1 + random.below(8);
    const int count = random.between(6, 30);
    std::vector<doc::FlowStep> steps;
    for (int i = 0; i < count; ++i) {
        FlowSymbol symbol = FlowSymbol::proses;
        if (i == 0) symbol = FlowSymbol::mulai;
        if (i + 1 == count) symbol = FlowSymbol::selesai;
        std::string uraian = "Langkah " + std::to_string(i + 1);
        for (std::uint32_t w = random.below(10); w > 0; --w) uraian += " diperiksa";
        doc::FlowStep s = step(0, symbol, uraian);
        if (symbol == FlowSymbol::proses && i + 2 < count && random.below(3) == 0) {
            s.symbol = FlowSymbol::keputusan;
            std::tie(s.ya, s.tidak) = branch_targets(random, i, count);
        }
        steps.push_back(s);
    }
    // Lanes: same as the step before, its neighbour, or any (far) lane.
    const auto lane_count = static_cast<std::uint32_t>(lanes);
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const std::size_t before = i == 0 ? random.below(lane_count) : steps[i - 1].lane;
        switch (random.below(4)) {
        case 0: steps[i].lane = before; break;
        case 1: steps[i].lane = std::min(lanes - 1, before + 1); break;
        case 2: steps[i].lane = lanes - 1 - before; break;
        default: steps[i].lane = random.below(lane_count); break;
        }
    }
    return chart(lane_names(lanes), std::move(steps));
}

// --- checks ----------------------------------------------------------------------------------

struct Segment {
    Point a, b;
    bool vertical() const { return std::abs(a.x - b.x) < tol; }
};

std::vector<Segment> segments(const Arrow& arrow) {
    std::vector<Segment> out;
    for (std::size_t i = 1; i < arrow.points.size(); ++i) out.push_back({arrow.points[i - 1], arrow.points[i]});
    return out;
}

// The shapes and texts of a page an arrow must keep off: symbols, connectors, text.
std::vector<Box> solids(const Page& page) {
    std::vector<Box> out;
    for (const Item& item : page.items) {
        if (const auto* rect = std::get_if<Rect>(&item)) {
            out.push_back({rect->origin.x, rect->origin.y, rect->origin.x + rect->width, rect->origin.y + rect->height});
        } else if (const auto* polygon = std::get_if<Polygon>(&item)) {
            out.push_back(bounds(polygon->points));
        } else if (const auto* run = std::get_if<TextRun>(&item)) {
            out.push_back(text_box(*run));
        }
    }
    return out;
}

void expect_arrows_clear_of_shapes(const DisplayList& list) {
    for (std::size_t p = 0; p < list.pages.size(); ++p) {
        const Page& page = list.pages[p];
        const std::vector<Box> boxes = solids(page);
        for (const Arrow& arrow : items_of<Arrow>(page)) {
            for (const Box& box : boxes) {
                const bool own = on_boundary(arrow.points.front(), box) || on_boundary(arrow.points.back(), box);
                for (const Segment& s : segments(arrow)) {
                    EXPECT_FALSE(enters(s.a, s.b, box))
                        << "page " << p + 1 << ": arrow segment " << s.a.x << "," << s.a.y << " – " << s.b.x
                        << "," << s.b.y << " goes through a shape or text at " << box.x0 << "," << box.y0;
                    if (!own) {
                        EXPECT_GE(distance(box, s.a, s.b), shape_gap)
                            << "page " << p + 1 << ": arrow segment " << s.a.x << "," << s.a.y << " – " << s.b.x
                            << "," << s.b.y << " grazes a shape or text at " << box.x0 << "," << box.y0;
                    }
                }
            }
        }
    }
}

// No arrow runs along a table line closer than grid_gap between the strokes; crossing one at
// a right angle is what arrows do.
void expect_arrows_off_the_grid(const DisplayList& list) {
    for (std::size_t p = 0; p < list.pages.size(); ++p) {
        const Page& page = list.pages[p];
        const std::vector<Line> lines = items_of<Line>(page);
        for (const Arrow& arrow : items_of<Arrow>(page)) {
            for (const Segment& s : segments(arrow)) {
                for (const Line& line : lines) {
                    const bool line_vertical = std::abs(line.from.x - line.to.x) < tol;
                    if (line_vertical != s.vertical()) continue;
                    const double apart = s.vertical() ? std::abs(s.a.x - line.from.x) : std::abs(s.a.y - line.from.y);
                    const double overlap =
                        s.vertical() ? std::min(std::max(s.a.y, s.b.y), std::max(line.from.y, line.to.y)) -
                                           std::max(std::min(s.a.y, s.b.y), std::min(line.from.y, line.to.y))
                                     : std::min(std::max(s.a.x, s.b.x), std::max(line.from.x, line.to.x)) -
                                           std::max(std::min(s.a.x, s.b.x), std::min(line.from.x, line.to.x));
                    if (overlap <= 0) continue;
                    EXPECT_GE(apart - line.width / 2 - arrow.stroke_width / 2, grid_gap - 1e-9)
                        << "page " << p + 1 << ": arrow segment " << s.a.x << "," << s.a.y << " – " << s.b.x << ","
                        << s.b.y << " runs along a table line " << apart << " pt away";
                }
            }
        }
    }
}

// Where two arrows cross: a vertical segment of one through a horizontal one of the other,
// both inside.
bool cross(const Arrow& m, const Arrow& n) {
    for (const Segment& s : segments(m)) {
        for (const Segment& t : segments(n)) {
            if (s.vertical() == t.vertical()) continue;
            const Segment& v = s.vertical() ? s : t;
            const Segment& h = s.vertical() ? t : s;
            const double x = v.a.x, y = h.a.y;
            if (x > std::min(h.a.x, h.b.x) + tol && x < std::max(h.a.x, h.b.x) - tol &&
                y > std::min(v.a.y, v.b.y) + tol && y < std::max(v.a.y, v.b.y) - tol) {
                return true;
            }
        }
    }
    return false;
}

// Crossings on every page; those of two arrows leaving one symbol are failures.
int count_crossings(const DisplayList& list) {
    int crossings = 0;
    for (std::size_t p = 0; p < list.pages.size(); ++p) {
        const std::vector<Arrow> arrows = items_of<Arrow>(list.pages[p]);
        for (std::size_t m = 0; m < arrows.size(); ++m) {
            for (std::size_t n = m + 1; n < arrows.size(); ++n) {
                if (!cross(arrows[m], arrows[n])) continue;
                ++crossings;
                EXPECT_FALSE(arrows[m].points.front() == arrows[n].points.front())
                    << "page " << p + 1 << ": two arrows out of " << arrows[m].points.front().x << ","
                    << arrows[m].points.front().y << " cross";
            }
        }
    }
    return crossings;
}

// Every connector stands in the row and lane of the step at the other end of its arrow.
void expect_connectors_beside_their_steps(const ChartView& view, const doc::Flowchart& c) {
    for (const Connector& k : view.connectors) {
        int steps_found = 0;
        for (const Arrow& arrow : view.arrows(k.page)) {
            const bool out = on_boundary(arrow.points.back(), k.box);
            const bool in = on_boundary(arrow.points.front(), k.box);
            if (!out && !in) continue;
            const Point other = out ? arrow.points.front() : arrow.points.back();
            for (std::size_t i = 0; i < view.steps.size(); ++i) {
                const StepView& s = view.steps[i];
                if (s.page != k.page || !on_boundary(other, s.symbol.box)) continue;
                ++steps_found;
                const std::size_t lane = c.steps[i].lane;
                EXPECT_TRUE(k.box.x0 > view.lane_left(lane) && k.box.x1 < view.lane_right(lane))
                    << "connector " << k.label << " on page " << k.page + 1 << " is not in the lane of step " << i + 1;
                EXPECT_TRUE(k.box.y0 > s.top && k.box.y1 < s.bottom)
                    << "connector " << k.label << " on page " << k.page + 1 << " is not in the row of step " << i + 1;
            }
        }
        EXPECT_EQ(steps_found, 1) << "connector " << k.label << " on page " << k.page + 1
                                  << ": one arrow joins it to a step";
    }
}

// Every row is as tall as the same chart's row laid out on one page without connectors.
void expect_rows_as_without_connectors(const ChartView& view, const doc::Flowchart& c, double width) {
    const DisplayList tall = lay_out(flowchart_document(c, width, 20000));
    const ChartView one = read_chart(tall, c);
    ASSERT_EQ(tall.pages.size(), 1u);
    for (std::size_t i = 0; i < c.steps.size() && i < view.steps.size(); ++i) {
        EXPECT_NEAR(view.steps[i].bottom - view.steps[i].top, one.steps.at(i).bottom - one.steps.at(i).top, tol)
            << "row of step " << i + 1 << " on page " << view.steps[i].page + 1;
    }
}

// Every rule; returns the number of crossings.
int check_routing(const DisplayList& list, const doc::Flowchart& c, double width) {
    const ChartView view = check_all(list, c);
    if (view.edges.size() != c.lanes.size() + 7) return 0;
    expect_arrows_clear_of_shapes(list);
    expect_arrows_off_the_grid(list);
    expect_connectors_beside_their_steps(view, c);
    expect_rows_as_without_connectors(view, c, width);
    return count_crossings(list);
}

// --- tests -----------------------------------------------------------------------------------

struct PageSize {
    double width, height;
};
constexpr PageSize sizes[] = {{842, 300}, {842, 595}, {935.43, 609.45}};

TEST(FlowchartRouting, GeneratedChartsOfEveryShape) {
    int laid_out = 0, total = 0;
    for (unsigned seed = 0; seed < 80; seed += test::sanitizer_stride) {
        const doc::Flowchart c = hard_chart(seed);
        for (const PageSize& size : sizes) {
            SCOPED_TRACE("seed " + std::to_string(seed) + ", " + std::to_string(c.lanes.size()) + " lanes, " +
                         std::to_string(c.steps.size()) + " steps, page " + std::to_string(size.width) + "×" +
                         std::to_string(size.height));
            ++total;
            try {
                const DisplayList list = lay_out(flowchart_document(c, size.width, size.height));
                check_routing(list, c, size.width);
                ++laid_out;
            } catch (const std::runtime_error& e) {
                ADD_FAILURE() << e.what();
            }
            if (::testing::Test::HasFailure()) return;  // the first failing chart is enough to read
        }
    }
    EXPECT_EQ(laid_out, total);
}

// Lays `c` out on each page size and checks it has no crossing at all.
void expect_clean_without_crossings(const doc::Flowchart& c, const std::string& name) {
    for (const PageSize& size : sizes) {
        SCOPED_TRACE(name + ", page " + std::to_string(size.width) + "×" + std::to_string(size.height));
        const DisplayList list = lay_out(flowchart_document(c, size.width, size.height));
        EXPECT_EQ(check_routing(list, c, size.width), 0);
    }
}

TEST(FlowchartRouting, ABackEdgeAcrossABreakStaysInItsLanesAndCrossesNothing) {
    // Step 7 (lane 0) decides: Ya on to step 8 in lane 2, Tidak back to step 2 in lane 4, pages
    // before.
    std::vector<doc::FlowStep> steps;
    steps.push_back(step(2, FlowSymbol::mulai, "Mulai"));
    steps.push_back(step(4, FlowSymbol::proses, "Menyusun konsep"));
    steps.push_back(step(3, FlowSymbol::proses, "Mengumpulkan data"));
    steps.push_back(step(3, FlowSymbol::proses, "Mengolah data"));
    steps.push_back(step(1, FlowSymbol::proses, "Memeriksa hasil"));
    steps.push_back(step(1, FlowSymbol::proses, "Menyerahkan"));
    steps.push_back(step(0, FlowSymbol::keputusan, "Disetujui?", 8, 2));
    steps.push_back(step(2, FlowSymbol::proses, "Menandatangani"));
    steps.push_back(step(4, FlowSymbol::selesai, "Mengarsipkan"));
    expect_clean_without_crossings(chart(lane_names(5), steps), "back edge");
}

TEST(FlowchartRouting, ADecisionWhoseBranchesBothGoToOtherLanes) {
    std::vector<doc::FlowStep> steps;
    steps.push_back(step(0, FlowSymbol::mulai, "Mulai"));
    steps.push_back(step(1, FlowSymbol::proses, "Mengisi formulir"));
    steps.push_back(step(2, FlowSymbol::keputusan, "Lengkap?", 5, 2));
    steps.push_back(step(4, FlowSymbol::proses, "Tidak dipakai oleh cabang"));
    steps.push_back(step(3, FlowSymbol::proses, "Memproses"));
    steps.push_back(step(3, FlowSymbol::selesai, "Selesai"));
    expect_clean_without_crossings(chart(lane_names(5), steps), "both branches elsewhere");
}

TEST(FlowchartRouting, NestedDecisionsAndALoop) {
    std::vector<doc::FlowStep> steps;
    steps.push_back(step(0, FlowSymbol::mulai, "Mulai"));
    steps.push_back(step(1, FlowSymbol::proses, "Menyusun"));
    steps.push_back(step(2, FlowSymbol::keputusan, "Sesuai format?", 4, 2));
    steps.push_back(step(3, FlowSymbol::keputusan, "Sesuai anggaran?", 5, 2));
    steps.push_back(step(1, FlowSymbol::proses, "Mengesahkan"));
    steps.push_back(step(0, FlowSymbol::selesai, "Selesai"));
    expect_clean_without_crossings(chart(lane_names(4), steps), "nested");
}

TEST(FlowchartRouting, SkipsInTheSameLaneAndToAFarLane) {
    std::vector<doc::FlowStep> steps;
    steps.push_back(step(0, FlowSymbol::mulai, "Mulai"));
    steps.push_back(step(0, FlowSymbol::keputusan, "Perlu rapat?", 3, 5));
    steps.push_back(step(0, FlowSymbol::proses, "Rapat"));
    steps.push_back(step(0, FlowSymbol::proses, "Notulen"));
    steps.push_back(step(7, FlowSymbol::keputusan, "Perlu tanda tangan?", 6, 8));
    steps.push_back(step(6, FlowSymbol::proses, "Tanda tangan"));
    steps.push_back(step(5, FlowSymbol::proses, "Stempel"));
    steps.push_back(step(7, FlowSymbol::selesai, "Arsip"));
    expect_clean_without_crossings(chart(lane_names(8), steps), "skips");
}

TEST(FlowchartRouting, LinksAcrossBreaksBothWays) {
    // Thirty steps over six lanes: forward jumps over several pages and loops back over them.
    std::vector<doc::FlowStep> steps;
    for (int i = 0; i < 30; ++i) {
        const FlowSymbol symbol = i == 0 ? FlowSymbol::mulai : (i == 29 ? FlowSymbol::selesai : FlowSymbol::proses);
        steps.push_back(step(static_cast<std::size_t>(i * 5 % 6), symbol, "Langkah " + std::to_string(i + 1)));
    }
    steps[4] = step(1, FlowSymbol::keputusan, "Ke langkah 20?", 20, 6);
    steps[14] = step(3, FlowSymbol::keputusan, "Ulangi dari 2?", 16, 2);
    steps[24] = step(5, FlowSymbol::keputusan, "Ulangi dari 12?", 12, 26);
    const doc::Flowchart c = chart(lane_names(6), steps);
    for (const PageSize& size : sizes) {
        SCOPED_TRACE("page " + std::to_string(size.width) + "×" + std::to_string(size.height));
        const DisplayList list = lay_out(flowchart_document(c, size.width, size.height));
        EXPECT_GE(list.pages.size(), 2u);
        check_routing(list, c, size.width);
    }
}

}  // namespace
}  // namespace kinerja::layout
