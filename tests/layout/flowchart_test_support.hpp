// Shared by the flowchart tests: chart builders, reading a laid-out flowchart back from the
// display list (column edges from the vertical lines, a step's row from its number ("3.") and
// the full-width lines around it, symbols and connectors from their shapes: connectors are the
// five-point polygons), and the checks every flowchart passes.
#pragma once

#include "layout/layout_engine.hpp"

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

namespace kinerja::layout::flowchart_testing {

using namespace kinerja::layout::testing;
using doc::FlowSymbol;

// --- input builders ------------------------------------------------------------------------

inline doc::FlowStep step(std::size_t lane, FlowSymbol symbol, std::string uraian, int ya = 0, int tidak = 0) {
    doc::FlowStep s;
    s.lane = lane;
    s.symbol = symbol;
    s.uraian = std::move(uraian);
    s.ya = ya;
    s.tidak = tidak;
    return s;
}

// Numbers the steps 1..n and fills the mutu baku columns with a little text.
inline doc::Flowchart chart(std::vector<std::string> lanes, std::vector<doc::FlowStep> steps) {
    doc::Flowchart c;
    c.lanes = std::move(lanes);
    for (std::size_t i = 0; i < steps.size(); ++i) {
        doc::FlowStep& s = steps[i];
        s.nomor = static_cast<int>(i + 1);
        if (s.kelengkapan.empty()) s.kelengkapan = {"Formulir " + std::to_string(i + 1)};
        if (s.waktu.empty()) s.waktu = std::to_string(i % 3 + 1) + " Jam";
        if (s.output.empty()) s.output = "Hasil langkah " + std::to_string(i + 1);
    }
    c.steps = std::move(steps);
    return c;
}

inline std::vector<std::string> lane_names(std::size_t count) {
    const char* names[] = {"Camat", "Sekretaris Camat", "Kasubag Perencanaan dan Keuangan",
                           "Kasi Pemerintahan", "Kasi Pelayanan Umum", "Para Pegawai", "Staf",
                           "Pengelola Arsip"};
    return std::vector<std::string>(names, names + count);
}

// A straight chain: mulai, proses…, selesai, walking over the lanes.
inline doc::Flowchart chain(std::size_t lanes, int count) {
    std::vector<doc::FlowStep> steps;
    for (int i = 0; i < count; ++i) {
        const FlowSymbol symbol = i == 0 ? FlowSymbol::mulai
                                         : (i + 1 == count ? FlowSymbol::selesai : FlowSymbol::proses);
        steps.push_back(step(static_cast<std::size_t>(i * 3) % lanes, symbol,
                             "Uraian prosedur langkah " + std::to_string(i + 1)));
    }
    return chart(lane_names(lanes), std::move(steps));
}

// 20 steps over 7 lanes; step 6 decides: Ya on to 7, Tidak back to 3; step 13 decides: Ya
// jumps to 16, Tidak on to 14.
inline doc::Flowchart twenty_steps() {
    std::vector<doc::FlowStep> steps;
    const std::size_t lane_of[] = {6, 4, 2, 1, 3, 3, 5, 0, 2, 4, 6, 5, 5, 1, 2, 0, 3, 4, 6, 6};
    for (int i = 0; i < 20; ++i) {
        FlowSymbol symbol = FlowSymbol::proses;
        if (i == 0) symbol = FlowSymbol::mulai;
        if (i == 19) symbol = FlowSymbol::selesai;
        if (i == 5 || i == 12) symbol = FlowSymbol::keputusan;
        steps.push_back(step(lane_of[i], symbol, "Langkah kerja nomor " + std::to_string(i + 1) +
                                                     " dikerjakan oleh pelaksananya"));
    }
    steps[5].ya = 7;
    steps[5].tidak = 3;
    steps[5].uraian = "Memeriksa berkas: sudah lengkap?";
    steps[12].ya = 16;
    steps[12].tidak = 14;
    steps[12].uraian = "Menilai hasil: sudah sesuai?";
    steps[3].kelengkapan = {"Formulir kinerja", "Komputer/Laptop", "Box file arsip"};
    steps[3].keterangan = "Wajib";
    return chart(lane_names(7), std::move(steps));
}

inline doc::Document flowchart_document(doc::Flowchart c, double width = 842, double height = 300) {
    doc::Document d = small_document(width, height);
    d.page.margin_top = d.page.margin_bottom = 20;
    d.page.margin_left = d.page.margin_right = 20;
    d.body.push_back(doc::Block{std::move(c)});
    return d;
}

// --- reading the display list back -----------------------------------------------------------

struct Box {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    double cx() const { return (x0 + x1) / 2; }
    double cy() const { return (y0 + y1) / 2; }
};

constexpr double tol = 0.01;

inline Box bounds(const std::vector<Point>& points) {
    Box b{1e300, 1e300, -1e300, -1e300};
    for (const Point& p : points) {
        b.x0 = std::min(b.x0, p.x);
        b.y0 = std::min(b.y0, p.y);
        b.x1 = std::max(b.x1, p.x);
        b.y1 = std::max(b.y1, p.y);
    }
    return b;
}

inline Box text_box(const TextRun& run) { return {run.origin.x, top_of(run), run.origin.x + run.width, bottom_of(run)}; }

inline bool on_boundary(Point p, const Box& b) {
    const bool in_x = p.x >= b.x0 - tol && p.x <= b.x1 + tol;
    const bool in_y = p.y >= b.y0 - tol && p.y <= b.y1 + tol;
    return (in_y && (std::abs(p.x - b.x0) < tol || std::abs(p.x - b.x1) < tol)) ||
           (in_x && (std::abs(p.y - b.y0) < tol || std::abs(p.y - b.y1) < tol));
}

// Whether the axis-aligned segment enters the open interior of the box.
inline bool enters(Point a, Point b, const Box& box) {
    const double x0 = std::min(a.x, b.x), x1 = std::max(a.x, b.x);
    const double y0 = std::min(a.y, b.y), y1 = std::max(a.y, b.y);
    return x0 < box.x1 - tol && x1 > box.x0 + tol && y0 < box.y1 - tol && y1 > box.y0 + tol;
}

inline double distance(const Box& box, Point a, Point b) {
    // Boxes and an axis-aligned segment: the gap between the box and the segment's box.
    const double dx = std::max({0.0, box.x0 - std::max(a.x, b.x), std::min(a.x, b.x) - box.x1});
    const double dy = std::max({0.0, box.y0 - std::max(a.y, b.y), std::min(a.y, b.y) - box.y1});
    return std::hypot(dx, dy);
}

struct Shape {
    Box box;
    int points = 0;  // 0 for a Rect
};

struct Connector {
    std::size_t page = 0;
    Box box;
    std::string label;
};

struct StepView {
    std::size_t page = 0;
    double top = 0, bottom = 0;  // the row's lines
    Shape symbol;
};

struct ChartView {
    std::vector<double> edges;     // column edges, from the vertical lines of page 1
    std::vector<StepView> steps;   // by step index
    std::vector<Connector> connectors;
    const DisplayList* list = nullptr;
    std::size_t lanes = 0;
    std::size_t first_page = 0;    // where the table begins

    double lane_left(std::size_t lane) const { return edges.at(2 + lane); }
    double lane_right(std::size_t lane) const { return edges.at(3 + lane); }

    std::vector<Arrow> arrows(std::size_t page) const { return items_of<Arrow>(list->pages.at(page)); }
    // The full-width horizontal lines of a page, top to bottom.
    std::vector<double> row_lines(std::size_t page) const {
        std::vector<double> ys;
        for (const Line& line : items_of<Line>(list->pages.at(page))) {
            if (std::abs(line.from.y - line.to.y) < tol && std::abs(std::min(line.from.x, line.to.x) - edges.front()) < tol &&
                std::abs(std::max(line.from.x, line.to.x) - edges.back()) < tol) {
                ys.push_back(line.from.y);
            }
        }
        std::sort(ys.begin(), ys.end());
        ys.erase(std::unique(ys.begin(), ys.end(), [](double a, double b) { return std::abs(a - b) < tol; }), ys.end());
        return ys;
    }
    std::vector<Connector> connectors_on(std::size_t page) const {
        std::vector<Connector> out;
        for (const Connector& c : connectors) {
            if (c.page == page) out.push_back(c);
        }
        return out;
    }
};

inline ChartView read_chart(const DisplayList& list, const doc::Flowchart& c) {
    ChartView view;
    view.list = &list;
    view.lanes = c.lanes.size();
    std::set<long> xs;
    const int table_page = page_of(list, "URAIAN PROSEDUR");
    EXPECT_GE(table_page, 0);
    view.first_page = static_cast<std::size_t>(std::max(0, table_page));
    for (const Line& line : items_of<Line>(list.pages.at(view.first_page))) {
        if (std::abs(line.from.x - line.to.x) < tol) xs.insert(std::lround(line.from.x * 100));
    }
    for (long x : xs) view.edges.push_back(static_cast<double>(x) / 100);
    EXPECT_EQ(view.edges.size(), c.lanes.size() + 7) << "one column per lane and six more";
    if (view.edges.size() != c.lanes.size() + 7) return view;

    for (std::size_t p = 0; p < list.pages.size(); ++p) {
        const Page& page = list.pages[p];
        for (const Item& item : page.items) {
            if (const auto* polygon = std::get_if<Polygon>(&item); polygon && polygon->points.size() == 5) {
                Connector k;
                k.page = p;
                k.box = bounds(polygon->points);
                for (const TextRun& run : texts(page)) {
                    const Box t = text_box(run);
                    if (t.x0 >= k.box.x0 && t.x1 <= k.box.x1 && t.y0 >= k.box.y0 && t.y1 <= k.box.y1) k.label = run.text;
                }
                view.connectors.push_back(k);
            }
        }
    }
    for (std::size_t i = 0; i < c.steps.size(); ++i) {
        StepView s;
        const std::string number = std::to_string(i + 1) + ".";
        const int p = page_of(list, number);
        EXPECT_GE(p, 0) << "no row for step " << number;
        if (p < 0) {
            view.steps.push_back(s);
            continue;
        }
        s.page = static_cast<std::size_t>(p);
        const TextRun run = run_on(list.pages.at(s.page), number);
        EXPECT_GT(run.origin.x, view.edges[0]);
        EXPECT_LT(run.origin.x + run.width, view.edges[1]);
        const std::vector<double> lines = view.row_lines(s.page);
        s.top = -1;
        s.bottom = -1;
        for (double y : lines) {
            if (y < top_of(run)) s.top = y;
            if (y > bottom_of(run) && s.bottom < 0) s.bottom = y;
        }
        int found = 0;
        for (const Item& item : list.pages[s.page].items) {
            Shape shape;
            if (const auto* rect = std::get_if<Rect>(&item)) {
                shape.box = {rect->origin.x, rect->origin.y, rect->origin.x + rect->width, rect->origin.y + rect->height};
            } else if (const auto* polygon = std::get_if<Polygon>(&item); polygon && polygon->points.size() != 5) {
                shape.box = bounds(polygon->points);
                shape.points = static_cast<int>(polygon->points.size());
            } else {
                continue;
            }
            if (shape.box.cy() > s.top && shape.box.cy() < s.bottom) {
                s.symbol = shape;
                ++found;
            }
        }
        EXPECT_EQ(found, 1) << "one symbol in the row of step " << number;
        view.steps.push_back(s);
    }
    return view;
}

// The arrows a chart must have: the next step, or a decision's ya and tidak.
struct Expected {
    std::size_t from = 0, to = 0;
    const char* label = nullptr;
};

inline std::vector<Expected> expected_links(const doc::Flowchart& c) {
    std::vector<Expected> out;
    for (std::size_t i = 0; i < c.steps.size(); ++i) {
        const doc::FlowStep& s = c.steps[i];
        if (s.symbol == FlowSymbol::keputusan) {
            out.push_back({i, static_cast<std::size_t>(s.ya - 1), "Ya"});
            out.push_back({i, static_cast<std::size_t>(s.tidak - 1), "Tidak"});
        } else if (s.symbol != FlowSymbol::selesai && i + 1 < c.steps.size()) {
            out.push_back({i, i + 1, nullptr});
        }
    }
    return out;
}

inline std::optional<Arrow> arrow_between(const ChartView& view, std::size_t page, const Box& from, const Box& to) {
    for (const Arrow& arrow : view.arrows(page)) {
        if (on_boundary(arrow.points.front(), from) && on_boundary(arrow.points.back(), to)) return arrow;
    }
    return std::nullopt;
}

// --- the checks every flowchart passes ----------------------------------------------------------

// Whether a connector stands in step i's row and lane.
inline bool holds_connector(const ChartView& view, const doc::Flowchart& c, std::size_t i) {
    const StepView& s = view.steps.at(i);
    const std::size_t lane = c.steps.at(i).lane;
    for (const Connector& k : view.connectors_on(s.page)) {
        if (k.box.cy() > s.top && k.box.cy() < s.bottom && k.box.cx() > view.lane_left(lane) &&
            k.box.cx() < view.lane_right(lane)) {
            return true;
        }
    }
    return false;
}

// Symbols centred in their lane and row, one size for all; a symbol with connectors beside it
// may stand aside in its lane and be narrower.
inline void expect_symbols_in_lanes(const ChartView& view, const doc::Flowchart& c) {
    double widest = 0;
    for (const StepView& s : view.steps) widest = std::max(widest, s.symbol.box.x1 - s.symbol.box.x0);
    for (std::size_t i = 0; i < c.steps.size() && i < view.steps.size(); ++i) {
        const StepView& s = view.steps[i];
        const Box& b = s.symbol.box;
        const std::size_t lane = c.steps[i].lane;
        EXPECT_GT(b.x0, view.lane_left(lane)) << "step " << i + 1;
        EXPECT_LT(b.x1, view.lane_right(lane)) << "step " << i + 1;
        if (!holds_connector(view, c, i)) {
            EXPECT_NEAR(b.cx(), (view.lane_left(lane) + view.lane_right(lane)) / 2, tol) << "step " << i + 1;
            EXPECT_NEAR(b.x1 - b.x0, widest, tol) << "step " << i + 1 << ": one size for every symbol";
        }
        EXPECT_NEAR(b.cy(), (s.top + s.bottom) / 2, tol) << "step " << i + 1 << ": centred in its row";
        switch (c.steps[i].symbol) {
        case FlowSymbol::proses: EXPECT_EQ(s.symbol.points, 0) << "a rectangle"; break;
        case FlowSymbol::keputusan: EXPECT_EQ(s.symbol.points, 4) << "a diamond"; break;
        default: EXPECT_GE(s.symbol.points, 20) << "a capsule"; break;
        }
        if (c.steps[i].symbol == FlowSymbol::mulai || c.steps[i].symbol == FlowSymbol::selesai) {
            const char* word = c.steps[i].symbol == FlowSymbol::mulai ? "MULAI" : "SELESAI";
            const TextRun run = run_on(view.list->pages.at(s.page), word);
            const Box t = text_box(run);
            EXPECT_TRUE(t.x0 > b.x0 && t.x1 < b.x1 && t.y0 > b.y0 && t.y1 < b.y1) << word << " inside its capsule";
        }
    }
}

inline void expect_clean_arrows(const ChartView& view) {
    for (std::size_t p = 0; p < view.list->pages.size(); ++p) {
        const Page& page = view.list->pages[p];
        std::vector<Box> solids;
        for (const Item& item : page.items) {
            if (const auto* rect = std::get_if<Rect>(&item)) {
                solids.push_back({rect->origin.x, rect->origin.y, rect->origin.x + rect->width, rect->origin.y + rect->height});
            } else if (const auto* polygon = std::get_if<Polygon>(&item)) {
                solids.push_back(bounds(polygon->points));
            } else if (const auto* run = std::get_if<TextRun>(&item)) {
                solids.push_back(text_box(*run));
            }
        }
        for (const Arrow& arrow : items_of<Arrow>(page)) {
            ASSERT_GE(arrow.points.size(), 2u);
            for (std::size_t i = 1; i < arrow.points.size(); ++i) {
                const Point a = arrow.points[i - 1], b = arrow.points[i];
                EXPECT_TRUE(std::abs(a.x - b.x) < 1e-9 || std::abs(a.y - b.y) < 1e-9)
                    << "page " << p + 1 << ": a slanted arrow segment";
                EXPECT_GT(std::abs(a.x - b.x) + std::abs(a.y - b.y), 0.5) << "page " << p + 1 << ": empty segment";
                for (const Box& solid : solids) {
                    EXPECT_FALSE(enters(a, b, solid))
                        << "page " << p + 1 << ": arrow segment " << a.x << "," << a.y << " – " << b.x << ","
                        << b.y << " crosses a symbol or text at " << solid.x0 << "," << solid.y0;
                }
                // Inside the lane columns, below the header.
                EXPECT_GT(std::min(a.x, b.x), view.lane_left(0));
                EXPECT_LT(std::max(a.x, b.x), view.lane_right(view.lanes - 1));
            }
            EXPECT_GE(std::abs(arrow.points.back().x - arrow.points[arrow.points.size() - 2].x) +
                          std::abs(arrow.points.back().y - arrow.points[arrow.points.size() - 2].y),
                      arrow.head_length)
                << "page " << p + 1 << ": the head fits its last segment";
        }
        // No two arrows share a stretch of line (they would read as one), except where two
        // arrows into the same head merge along its last segment.
        const std::vector<Arrow> arrows = items_of<Arrow>(page);
        for (std::size_t m = 0; m < arrows.size(); ++m) {
            for (std::size_t n = m + 1; n < arrows.size(); ++n) {
                const Arrow& a = arrows[m];
                const Arrow& b = arrows[n];
                const bool same_head = a.points.back() == b.points.back();
                for (std::size_t i = 1; i < a.points.size(); ++i) {
                    for (std::size_t j = 1; j < b.points.size(); ++j) {
                        const Point a0 = a.points[i - 1], a1 = a.points[i], b0 = b.points[j - 1], b1 = b.points[j];
                        const bool a_vertical = std::abs(a0.x - a1.x) < tol, b_vertical = std::abs(b0.x - b1.x) < tol;
                        if (a_vertical != b_vertical) continue;
                        const double apart = a_vertical ? std::abs(a0.x - b0.x) : std::abs(a0.y - b0.y);
                        const double overlap =
                            a_vertical ? std::min(std::max(a0.y, a1.y), std::max(b0.y, b1.y)) -
                                             std::max(std::min(a0.y, a1.y), std::min(b0.y, b1.y))
                                       : std::min(std::max(a0.x, a1.x), std::max(b0.x, b1.x)) -
                                             std::max(std::min(a0.x, a1.x), std::min(b0.x, b1.x));
                        const bool merging = same_head && i + 1 == a.points.size() && j + 1 == b.points.size();
                        EXPECT_FALSE(apart < 2 && overlap > 0.5 && !merging)
                            << "page " << p + 1 << ": two arrows run along each other at " << a0.x << ","
                            << a0.y << " – " << a1.x << "," << a1.y;
                    }
                }
            }
        }
    }
}

// Every link is drawn: on one page an arrow from the source to the target; across pages an
// arrow into a connector beside the source and one out of the connector with the same label
// beside the target on the other page. Links into one step from other pages may share its
// connector: a label names one connector arrows come out of and one or more they go into.
inline void expect_links_drawn(const ChartView& view, const doc::Flowchart& c) {
    std::map<std::string, int> label_uses;
    for (const Connector& k : view.connectors) {
        EXPECT_FALSE(k.label.empty()) << "a connector without its label on page " << k.page + 1;
        ++label_uses[k.label];
    }
    for (const auto& [label, uses] : label_uses) EXPECT_GE(uses, 2) << "connector " << label << " is not alone";
    for (const Expected& link : expected_links(c)) {
        const StepView& a = view.steps.at(link.from);
        const StepView& b = view.steps.at(link.to);
        const std::string name = "step " + std::to_string(link.from + 1) + " → " + std::to_string(link.to + 1);
        if (a.page == b.page) {
            EXPECT_TRUE(arrow_between(view, a.page, a.symbol.box, b.symbol.box)) << name;
            continue;
        }
        // Across pages: a connector the source's arrow ends in whose twin, on the target's page,
        // has an arrow into the target.
        std::optional<Connector> out, in;
        for (const Connector& k : view.connectors_on(a.page)) {
            if (!arrow_between(view, a.page, a.symbol.box, k.box)) continue;
            for (const Connector& twin : view.connectors_on(b.page)) {
                if (twin.label == k.label && arrow_between(view, b.page, twin.box, b.symbol.box)) {
                    out = k;
                    in = twin;
                }
            }
        }
        ASSERT_TRUE(out && in) << name << ": no connector pair from page " << a.page + 1 << " to page "
                               << b.page + 1;
        // Beside the source in its row, beside the target in its row.
        EXPECT_GT(out->box.y0, a.top) << name;
        EXPECT_LT(out->box.y1, a.bottom) << name;
        EXPECT_GT(in->box.y0, b.top) << name;
        EXPECT_LT(in->box.y1, b.bottom) << name;
        EXPECT_EQ(link.to > link.from, a.page < b.page) << name;
    }
    // No connector without a link that needs it: one per crossing link, and one per step
    // those come into.
    std::size_t crossing = 0;
    std::set<std::size_t> targets;
    for (const Expected& link : expected_links(c)) {
        if (view.steps.at(link.from).page == view.steps.at(link.to).page) continue;
        ++crossing;
        targets.insert(link.to);
    }
    EXPECT_EQ(view.connectors.size(), crossing + targets.size());
}

// A decision has exactly two exits, each labelled next to its first segment.
inline void expect_decision_labels(const ChartView& view, const doc::Flowchart& c) {
    for (std::size_t i = 0; i < c.steps.size(); ++i) {
        if (c.steps[i].symbol != FlowSymbol::keputusan) continue;
        const StepView& s = view.steps.at(i);
        const Page& page = view.list->pages.at(s.page);
        std::vector<Arrow> exits;
        for (const Arrow& arrow : items_of<Arrow>(page)) {
            if (on_boundary(arrow.points.front(), s.symbol.box)) exits.push_back(arrow);
        }
        ASSERT_EQ(exits.size(), 2u) << "step " << i + 1;
        // Out of two different vertices: the bottom one and a side one, or the two sides.
        EXPECT_FALSE(exits[0].points.front() == exits[1].points.front());
        std::vector<TextRun> labels;
        for (const TextRun& run : texts(page)) {
            if ((run.text == "Ya" || run.text == "Tidak") && run.origin.y > s.top && run.origin.y < s.bottom &&
                run.origin.x > view.lane_left(0)) {
                labels.push_back(run);
            }
        }
        ASSERT_EQ(labels.size(), 2u) << "step " << i + 1;
        EXPECT_NE(labels[0].text, labels[1].text);
        // One label beside each exit's first segment: the labels match the exits one to one.
        const auto gap = [&](std::size_t label, std::size_t exit) {
            return distance(text_box(labels[label]), exits[exit].points[0], exits[exit].points[1]);
        };
        const double straight = std::max(gap(0, 0), gap(1, 1));
        const double crossed = std::max(gap(0, 1), gap(1, 0));
        EXPECT_LT(std::min(straight, crossed), 15) << "step " << i + 1 << ": a label far from its exit";
        for (const TextRun& label : labels) {
            // Inside a lane cell of the decision's row.
            EXPECT_GT(text_box(label).y0, s.top);
            EXPECT_LT(text_box(label).y1, s.bottom);
        }
    }
}

// Every page starts with the same header at the same place relative to the table's top.
inline void expect_header_on_every_page(const ChartView& view, const doc::Flowchart& c) {
    std::vector<std::string> words = {"NO", "URAIAN PROSEDUR", "PELAKSANA", "MUTU BAKU", "KET", "Kelengkapan",
                                      "Waktu", "Output"};
    for (std::size_t k = 1; k <= c.lanes.size() + 6; ++k) words.push_back(std::to_string(k));
    const Page& first = view.list->pages.at(view.first_page);
    const TextRun first_no = run_on(first, "NO");
    for (std::size_t p = view.first_page; p < view.list->pages.size(); ++p) {
        const Page& page = view.list->pages[p];
        const TextRun no = run_on(page, "NO");
        for (const std::string& word : words) {
            const TextRun here = run_on(page, word);
            const TextRun there = run_on(first, word);
            EXPECT_NEAR(here.origin.x, there.origin.x, tol) << word << " on page " << p + 1;
            EXPECT_NEAR(here.origin.y - no.origin.y, there.origin.y - first_no.origin.y, tol)
                << word << " on page " << p + 1;
        }
        // The lane names, each over its own lane.
        for (std::size_t lane = 0; lane < c.lanes.size(); ++lane) {
            bool found = false;
            for (const TextRun& run : texts(page)) {
                if (c.lanes[lane].find(run.text) != std::string::npos && run.origin.x > view.lane_left(lane) &&
                    run.origin.x + run.width < view.lane_right(lane) && run.origin.y < no.origin.y + 40) {
                    found = true;
                }
            }
            EXPECT_TRUE(found) << "lane " << c.lanes[lane] << " on page " << p + 1;
        }
        // The column numbers, one per column, under the lane names.
        for (std::size_t k = 0; k + 1 < view.edges.size(); ++k) {
            const TextRun number = run_on(page, std::to_string(k + 1));
            EXPECT_NEAR(number.origin.x + number.width / 2, (view.edges[k] + view.edges[k + 1]) / 2, 0.01);
        }
    }
}

// Every step's texts lie between its row's lines, in their own column.
inline void expect_step_text_in_cells(const ChartView& view, const doc::Flowchart& c) {
    expect_text_inside_cells(*view.list);
    for (std::size_t i = 0; i < c.steps.size(); ++i) {
        const StepView& s = view.steps.at(i);
        const Page& page = view.list->pages.at(s.page);
        const std::size_t kel = 2 + c.lanes.size();
        const auto expect_in = [&](std::string_view text, std::size_t column) {
            const TextRun run = run_on(page, text);
            EXPECT_GT(run.origin.x, view.edges.at(column)) << text;
            EXPECT_LT(run.origin.x + run.width, view.edges.at(column + 1)) << text;
            EXPECT_GT(top_of(run), s.top) << text;
            EXPECT_LT(bottom_of(run), s.bottom) << text;
        };
        expect_in(c.steps[i].output, kel + 2);
        if (c.steps[i].kelengkapan.size() == 1) expect_in(c.steps[i].kelengkapan[0], kel);
        if (!c.steps[i].keterangan.empty()) expect_in(c.steps[i].keterangan, kel + 3);
    }
}

inline void expect_shapes_inside_pages(const DisplayList& list) {
    for (std::size_t p = 0; p < list.pages.size(); ++p) {
        const Page& page = list.pages[p];
        for (const Item& item : page.items) {
            std::vector<Point> points;
            if (const auto* polygon = std::get_if<Polygon>(&item)) points = polygon->points;
            if (const auto* arrow = std::get_if<Arrow>(&item)) points = arrow->points;
            for (const Point& pt : points) {
                EXPECT_TRUE(pt.x >= 0 && pt.x <= page.width && pt.y >= 0 && pt.y <= page.height)
                    << "page " << p + 1 << ": a shape leaves the page";
            }
        }
    }
}

inline ChartView check_all(const DisplayList& list, const doc::Flowchart& c) {
    ChartView view = read_chart(list, c);
    if (view.edges.size() != c.lanes.size() + 7) return view;
    expect_shapes_inside_pages(list);
    expect_symbols_in_lanes(view, c);
    expect_clean_arrows(view);
    expect_links_drawn(view, c);
    expect_decision_labels(view, c);
    expect_header_on_every_page(view, c);
    expect_step_text_in_cells(view, c);
    return view;
}

}  // namespace kinerja::layout::flowchart_testing
