// Internal to the SOP flowchart (flowchart_layout.cpp and the files of its phases): the sizes,
// the plane geometry, what is prepared once before pagination, a page's plan, and ChartLayout,
// whose members are defined in the file of their phase:
//   flowchart_prepare.cpp   before pagination: columns, header, row texts, links, channels
//   flowchart_paginate.cpp  1. rows onto pages after the repeated header
//   flowchart_place.cpp     2. symbols and off-page connectors
//   flowchart_route.cpp     3. the arrows page by page, rip-up and reroute (with PageRouter,
//                              flowchart_router.hpp: the cheapest clean route of one arrow)
//   flowchart_labels.cpp    4. the Ya / Tidak labels
//   flowchart_draw.cpp      a page's plan as a frame of display items
//   flowchart_layout.cpp    the entry point and the retry loop that moves page breaks
//   flowchart_geometry.cpp  boxes, segments and outlines
#pragma once

#include "layout/flow.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kinerja::layout::detail::sop_chart {

// --- sizes, points -------------------------------------------------------------------------

inline constexpr double eps = 1e-6;
inline constexpr double pad = 3;                 // inside every text cell
inline constexpr double number_pad = 2;          // inside the column-number row
inline constexpr double max_lane_width = 90;     // a lane never wider (of two or more)
inline constexpr double single_lane_width = 200; // a lone lane: room for connectors beside its symbols
inline constexpr double lane_share = 0.55;       // at most this share of the width after NO for lanes
inline constexpr double min_strip = 10;          // free room left and right of a symbol in its lane
inline constexpr double max_symbol_width = 60;
inline constexpr double min_symbol_width = 20;
inline constexpr double box_height = 22;         // proses rectangle, mulai/selesai capsule
inline constexpr double diamond_height = 30;     // keputusan
inline constexpr double zone = 14;               // above and below a symbol in its row, at least
inline constexpr double connector_width = 14;
inline constexpr double connector_square = 10;   // the square part of the home-plate pentagon
inline constexpr double connector_height = 16;   // tip included
inline constexpr double connector_gap = 7;       // between a symbol and the connector beside it
inline constexpr double connector_margin = 2;    // between a connector and its lane's lines
inline constexpr double corner_run = 9;          // a connector at a symbol's corner: its centre this far out
inline constexpr double connector_lane = 72;     // a lane narrower than this gets smaller connectors
inline constexpr double min_connector_scale = 0.7; // connectors at least this share of their size
inline constexpr double centred_share = 0.6;     // a symbol beside connectors: centred if no narrower
inline constexpr double corner_rise = 6.5;       // and its tip this far above, or top below, the middle
inline constexpr double symbol_stroke = 0.75;
inline constexpr double arrow_stroke = 0.6;
inline constexpr double arrow_head = 4.5;
inline constexpr double last_run = arrow_head + 1.5; // an arrow's last segment at least this long
inline constexpr double channel_step = 3;        // between channel positions, and from a lane line
inline constexpr double symbol_clearance = 2.5;  // an arrow passing a symbol keeps this far off
inline constexpr double parallel_gap = 4;        // parallel arrows at least this far apart (tracks are 3)
inline constexpr double collinear_gap = 10;      // arrows on one line: this far apart along it
inline constexpr double crossing_margin = 2.5;   // a crossing keeps off both segments' ends
inline constexpr double grid_gap = 3;            // between an arrow's stroke and a table line it runs along
inline constexpr double label_size = 6.5;        // "Ya" / "Tidak"
inline constexpr double small_label_size = 5.5;  // when a label finds no room at label_size
inline constexpr double smallest_label_size = 5; // nor at small_label_size
inline constexpr double label_clearance = 1.2;   // around a label: arrows, symbols, lines
inline constexpr double label_search = 30;       // how far from its exit a label may go
inline constexpr double label_reach = 14;        // and at most this far off its exit's first segment
inline constexpr double connector_label_size = 7;
inline constexpr double bend_cost = 30;          // a route's cost: its length plus this per bend
inline constexpr double crossing_cost = 400;     // and this per arrow it crosses
inline constexpr std::size_t max_shift = 2;      // page breaks shifted by at most this many rows

// "12,50 pt", locale-independent.
inline std::string points_text(double value) {
    char buffer[64];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 2);
    std::string text(buffer, result.ptr);
    std::replace(text.begin(), text.end(), '.', ',');
    return text + " pt";
}

inline std::string step_name(const doc::FlowStep& step) { return "langkah " + std::to_string(step.nomor); }

// --- plane geometry (flowchart_geometry.cpp) -----------------------------------------------

struct Box {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // x0 <= x1, y0 <= y1
    Box grown(double d) const { return {x0 - d, y0 - d, x1 + d, y1 + d}; }
    bool overlaps(const Box& o) const {
        return x0 < o.x1 - eps && o.x0 < x1 - eps && y0 < o.y1 - eps && o.y0 < y1 - eps;
    }
    bool contains(const Box& o) const {
        return o.x0 >= x0 - eps && o.x1 <= x1 + eps && o.y0 >= y0 - eps && o.y1 <= y1 + eps;
    }
};

bool same(const Box& a, const Box& b);

Box segment_box(Point a, Point b);

// Whether the axis-aligned segment a–b enters the open interior of `box`.
bool segment_enters(Point a, Point b, const Box& box);

// Whether a horizontal and a vertical segment cross inside both.
bool segments_cross(Point a0, Point a1, Point b0, Point b1);

// Separating axes: whether the convex polygon and the box overlap (touching does not count).
bool polygon_overlaps(const std::vector<Point>& polygon, const Box& box);

// --- the columns and the steps -------------------------------------------------------------

// Text laid out with its top-left corner at (0, 0).
struct TextBlock {
    std::vector<Item> items;
    double height = 0;  // points, 0 when there is no text
};

// Column edges: NO, URAIAN, one per lane, Kelengkapan, Waktu, Output, KET.
struct Columns {
    std::vector<double> edges;  // points from the table's left edge, increasing; size columns + 1
    std::size_t lanes = 0;      // lane count, >= 1

    std::size_t count() const { return edges.size() - 1; }
    double left(std::size_t column) const { return edges.at(column); }
    double right(std::size_t column) const { return edges.at(column + 1); }
    std::size_t lane_column(std::size_t lane) const { return 2 + lane; }
    std::size_t kelengkapan() const { return 2 + lanes; }
    double lane_left(std::size_t lane) const { return left(lane_column(lane)); }
    double lane_right(std::size_t lane) const { return right(lane_column(lane)); }
    double lane_centre(std::size_t lane) const { return (lane_left(lane) + lane_right(lane)) / 2; }
    double lanes_left() const { return lane_left(0); }
    double lanes_right() const { return lane_right(lanes - 1); }
};

inline double symbol_height(doc::FlowSymbol symbol) {
    return symbol == doc::FlowSymbol::keputusan ? diamond_height : box_height;
}

// Where an arrow leaves or arrives: `dir` is the way it travels there.
enum class Dir : std::uint8_t { up, down, left, right };

struct Port {
    Point at;
    Dir dir = Dir::down;
    double penalty = 0;  // added to the route's cost: prefers some ports over others
};

// One arrow of the flow: plain (the next step, out of the bottom) or a decision's branch.
struct Link {
    std::size_t from = 0, to = 0;  // step indices
    bool bottom = true;            // leaves the source's bottom (else its side)
    const char* label = nullptr;   // "Ya" / "Tidak" on a decision's exits, else none
    bool plain() const { return bottom && to == from + 1; }
    bool forward() const { return to > from; }
};

// How far (points) an arrow running along a table line keeps from it, centre to centre: the
// strokes grid_gap apart, rounded up to half a point.
double off_grid(const doc::Flowchart& chart);

// --- prepared once, before pagination (flowchart_prepare.cpp) ------------------------------

struct RowText {
    std::vector<std::pair<std::size_t, TextBlock>> cells;  // column → text, top-left at (0, 0)
    double height = 0;                                     // tallest cell plus padding
};

struct Prepared {
    const doc::Flowchart* chart = nullptr;
    const FontBook* fonts = nullptr;
    double width = 0;          // points, the table's width
    Columns columns;
    double symbol_width = 0;   // points, every symbol
    double connector_scale = 1; // smaller off-page connectors' size (and gaps) over the full size
    std::vector<double> channels;  // x of every vertical channel between symbols, increasing
    Frame header;              // heading rows and number row, with their lines
    std::vector<RowText> rows; // one per step
    std::vector<Link> links;
};

// Checks `chart` (std::invalid_argument when it is broken) and prepares it `width` points wide.
std::shared_ptr<const Prepared> prepare(const doc::Flowchart& chart, double width,
                                        const FontBook& fonts);

// --- pagination (flowchart_paginate.cpp) ---------------------------------------------------

// A row's height: its text, and its symbol with equal zones above and below. Connectors stand
// beside the symbols, so a page break changes no row.
double row_height(const Prepared& p, std::size_t r);

struct PageRows {
    std::size_t first = 0, last = 0;  // rows [first, last] on this page
};

// A page whose connectors or arrows found no room, and the step row it happened at: the layout
// is tried again with a page break moved so that row's links stay on one page.
struct PageFailure : std::runtime_error {
    PageFailure(const std::string& what, std::size_t page_index, std::size_t row_index)
        : std::runtime_error(what), page(page_index), row(row_index) {}
    std::size_t page, row;
};

// Pages of rows, page k at most limits[k] rows when it has a (non-zero) limit; `skip_first`
// says nothing fits the current page's rest.
std::vector<PageRows> paginate(const Prepared& p, double first, double full,
                               const std::vector<std::size_t>& limits, bool& skip_first);

// --- one page ------------------------------------------------------------------------------

struct Symbol {
    doc::FlowSymbol kind = doc::FlowSymbol::proses;
    double cx = 0, cy = 0, w = 0, h = 0;
    Box box() const { return {cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2}; }
    std::vector<Point> outline() const;
    Port top() const { return {{cx, cy - h / 2}, Dir::down}; }
    Port bottom() const { return {{cx, cy + h / 2}, Dir::down}; }
    Port left_out() const { return {{cx - w / 2, cy}, Dir::left}; }
    Port right_out() const { return {{cx + w / 2, cy}, Dir::right}; }
    Port left_in() const { return {{cx - w / 2, cy}, Dir::right}; }
    Port right_in() const { return {{cx + w / 2, cy}, Dir::left}; }
};

// The off-page connector: a home-plate pentagon pointing down, its label in the square part,
// beside its step's symbol (the arrow between them runs straight across at side_y).
struct Connector {
    std::string label;
    double cx = 0, top = 0;  // points: centre x and top edge
    double scale = 1;        // its size over the full size (smaller in narrow lanes)
    std::size_t row = 0;     // the step row it sits in
    int side = 1;            // -1 left of the row's symbol, +1 right of it
    bool incoming = false;   // arrows come out of it (into its step), else one goes into it
    bool corner = false;     // above (incoming) or below the symbol's side, else at its middle
    int want = 1;            // the side it would be on: towards the other step's lane
    double width() const { return scale * connector_width; }
    double square() const { return scale * connector_square; }
    double height() const { return scale * connector_height; }
    Box box() const { return {cx - width() / 2, top, cx + width() / 2, top + height()}; }
    double side_y() const { return top + square() / 2; }
    std::vector<Point> outline() const {
        const double x0 = cx - width() / 2, x1 = cx + width() / 2;
        return {{x0, top}, {x1, top}, {x1, top + square()}, {cx, top + height()}, {x0, top + square()}};
    }
};

using Path = std::vector<Point>;

struct RowPlace {
    double top = 0, height = 0;  // points from the frame's top
    Symbol symbol;
    double bottom() const { return top + height; }
};

// An arrow drawn on a page, with what it joins.
struct Drawn {
    Path path;
    const Link* link = nullptr;
    bool exit_part = false;  // starts at the decision itself (carries the Ya/Tidak label)
};

struct PagePlan {
    std::size_t first = 0, last = 0;
    std::vector<RowPlace> rows;   // rows first..last
    std::vector<Connector> connectors;
    std::vector<Drawn> arrows;
    std::vector<TextRun> labels;  // Ya / Tidak
    std::vector<Box> label_boxes; // their boxes (ascent to descent)
    double height = 0;            // the frame's height
    const RowPlace& row(std::size_t r) const { return rows.at(r - first); }
};

// Where each crossing link's two connectors are: page and index into its connectors.
struct ConnectorPair {
    std::size_t link = 0;
    std::size_t src_page = 0, src = 0;
    std::size_t dst_page = 0, dst = 0;
};

class PageRouter;

// --- the layout ----------------------------------------------------------------------------

// Lays a prepared chart out on pages: run() does the phases in order and moves page breaks
// when one fails. Each member is defined in the file of its phase.
class ChartLayout {
public:
    explicit ChartLayout(const Prepared& p) : p_(p) {}

    // Lays the pages out; when a page's connectors or arrows find no room, again with a page
    // break moved (a bounded number of times). When that finds no layout, the same again with
    // every break shifted: the first page a row shorter, then two. Then the first error stands.
    std::vector<Frame> run(double first, double full);

private:
    // The retry loop (flowchart_layout.cpp).
    std::vector<Frame> run_moving_breaks(double first, double full, std::vector<std::size_t> limits);
    std::vector<Frame> attempt_pages(double first, double full,
                                     const std::vector<std::size_t>& limits);
    bool move_break(const PageFailure& failure, std::vector<std::size_t>& limits) const;

    const doc::FlowStep& step(std::size_t r) const { return p_.chart->steps.at(r); }

    // 2. Symbols and connectors (flowchart_place.cpp).
    void plan_page(const PageRows& r);
    std::vector<int> side_exits_on_page(std::size_t r) const;
    std::size_t add_connector(std::size_t page, std::size_t r, int towards, bool incoming,
                              const std::string& label);
    bool assign_sides(const std::vector<Connector*>& mine, std::size_t r, bool share, int only) const;
    void fit_row(PagePlan& plan, std::size_t r);
    void place_connectors();

    // 3. The arrows (flowchart_route.cpp).
    // One arrow to draw on a page: a link within it, or the part of a link between pages that
    // lies on it (the step to its connector, or the connector to the step).
    enum class Part : std::uint8_t { whole, to_connector, from_connector };
    struct Task {
        std::size_t link = 0;
        Part part = Part::whole;
    };
    const ConnectorPair* pair_of(std::size_t link) const;
    std::vector<Point> side_exits(std::size_t k) const;
    Drawn route_task(std::size_t k, const Task& task, const PageRouter& router,
                     const std::vector<Point>& reserved) const;
    std::vector<Task> page_tasks(std::size_t k) const;
    std::size_t task_row(const Task& task) const;
    void route_page(std::size_t k);

    // 4. The labels (flowchart_labels.cpp).
    void place_labels(std::size_t k);
    std::optional<Box> label_spot(const PagePlan& page, const RowPlace& row, Point s, Point d,
                                  double width, double height) const;
    bool label_fits(const PagePlan& page, const RowPlace& row, const Box& box) const;

    // The page drawn (flowchart_draw.cpp).
    void symbol_word(const Symbol& s, std::string_view word, std::vector<Item>& items) const;
    Frame draw(const PagePlan& page) const;

    const Prepared& p_;
    std::vector<PagePlan> pages_;
    std::vector<std::size_t> page_of_;  // page index of every row
    std::vector<ConnectorPair> pairs_;
};

}  // namespace kinerja::layout::detail::sop_chart
