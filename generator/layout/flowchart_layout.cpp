// The SOP flowchart (Permendagri 52/2011): a table NO | URAIAN PROSEDUR | PELAKSANA (one column
// per lane) | MUTU BAKU (Kelengkapan, Waktu, Output) | KET whose lane cells hold the steps'
// symbols joined by orthogonal arrows.
//
// Design: the flowchart is laid out by page regions (STYLE.md 2, Typst's regions). What it
// draws depends on where the pages break (off-page connectors, the rows that hold them), so the
// flow gets one `regions` piece and the paginator calls back with the room left on the current
// page and the room of a whole page. Then, in order:
//  1. paginate: rows go on a page greedily, after the repeated header (two heading rows and
//     the column-number row). A row is as tall as its tallest text and as its symbol with a
//     zone above and below it (arrows turn in the zones), whatever its connectors;
//  2. place symbols (centred in their lane and row, one size for all) and connectors: a link
//     between pages ends in a connector in its source's row and lane and goes on from one with
//     the same label in its target's row and lane; links from other pages into one step share
//     its connector. A row's connectors stand beside its symbol at its middle when the lane is
//     wide enough, else at its corners (incoming above, outgoing below), the symbol narrower
//     (centred when it keeps most of its width, else moved aside) only when needed; in narrow
//     lanes, when full-size corners leave the symbol too little, they get smaller. Labels
//     A, B, … follow the links' order;
//  3. route the arrows page by page, plain flow first, then branches in step order. Each is
//     the cheapest (length, bends, and a large cost per arrow it crosses) of a few orthogonal
//     shapes through the zones' horizontal tracks and the vertical channels between the
//     symbols of neighbouring lanes, four-bend detours competing when nothing simpler is clean
//     or every simpler route crosses an arrow. Clean: it crosses no symbol, connector or table
//     line, keeps 3 pt (stroke to stroke) off the table lines it runs along, runs along no
//     other arrow (arrows into one head may merge on its last segment) and keeps off bends and
//     heads. When an arrow finds no route, the page is routed again with that arrow first
//     (rip-up and reroute), a bounded number of times;
//  4. put each decision's "Ya" and "Tidak" next to its exit's first segment: the nearest spot
//     inside a lane cell of its row, at most label_reach off that segment, that touches no
//     arrow, symbol, connector or label; in a smaller size when none is free.
// When connectors, an arrow or a label find no room on a page, the layout is done again with
// a page break moved so that the row's neighbours share its page (a bounded number of times),
// and when that fails, from breaks shifted by a row or two.
// Nothing is ever drawn across a table line or outside its cell: when a route, connector or
// label finds no room this throws std::runtime_error naming the step, rather than drawing over
// something (tests/layout/flowchart_layout_test.cpp lays out many generated charts to keep that
// rare).
#include "layout/flow.hpp"

#include "layout/layout_engine.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cmath>
#include <memory>
#include <numeric>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kinerja::layout::detail {
namespace {

// --- sizes, points -------------------------------------------------------------------------

constexpr double eps = 1e-6;
constexpr double pad = 3;                 // inside every text cell
constexpr double number_pad = 2;          // inside the column-number row
constexpr double max_lane_width = 90;     // a lane never wider (of two or more)
constexpr double single_lane_width = 200; // a lone lane: room for connectors beside its symbols
constexpr double lane_share = 0.55;       // at most this share of the width after NO for lanes
constexpr double min_strip = 10;          // free room left and right of a symbol in its lane
constexpr double max_symbol_width = 60;
constexpr double min_symbol_width = 20;
constexpr double box_height = 22;         // proses rectangle, mulai/selesai capsule
constexpr double diamond_height = 30;     // keputusan
constexpr double zone = 14;               // above and below a symbol in its row, at least
constexpr double connector_width = 14;
constexpr double connector_square = 10;   // the square part of the home-plate pentagon
constexpr double connector_height = 16;   // tip included
constexpr double connector_gap = 7;       // between a symbol and the connector beside it
constexpr double connector_margin = 2;    // between a connector and its lane's lines
constexpr double corner_run = 9;          // a connector at a symbol's corner: its centre this far out
constexpr double connector_lane = 72;     // a lane narrower than this gets smaller connectors
constexpr double min_connector_scale = 0.7; // connectors at least this share of their size
constexpr double centred_share = 0.6;     // a symbol beside connectors: centred if no narrower
constexpr double corner_rise = 6.5;       // and its tip this far above, or top below, the middle
constexpr double symbol_stroke = 0.75;
constexpr double arrow_stroke = 0.6;
constexpr double arrow_head = 4.5;
constexpr double last_run = arrow_head + 1.5; // an arrow's last segment at least this long
constexpr double channel_step = 3;        // between channel positions, and from a lane line
constexpr double symbol_clearance = 2.5;  // an arrow passing a symbol keeps this far off
constexpr double parallel_gap = 4;        // parallel arrows at least this far apart (tracks are 3)
constexpr double collinear_gap = 10;      // arrows on one line: this far apart along it
constexpr double crossing_margin = 2.5;   // a crossing keeps off both segments' ends
constexpr double grid_gap = 3;            // between an arrow's stroke and a table line it runs along
constexpr double label_size = 6.5;        // "Ya" / "Tidak"
constexpr double small_label_size = 5.5;  // when a label finds no room at label_size
constexpr double smallest_label_size = 5; // nor at small_label_size
constexpr double label_clearance = 1.2;   // around a label: arrows, symbols, lines
constexpr double label_search = 30;       // how far from its exit a label may go
constexpr double label_reach = 14;        // and at most this far off its exit's first segment
constexpr double connector_label_size = 7;
constexpr double bend_cost = 30;          // a route's cost: its length plus this per bend
constexpr double crossing_cost = 400;     // and this per arrow it crosses
constexpr std::size_t max_shift = 2;      // page breaks shifted by at most this many rows

// "12,50 pt", locale-independent.
std::string points_text(double value) {
    char buffer[64];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 2);
    std::string text(buffer, result.ptr);
    std::replace(text.begin(), text.end(), '.', ',');
    return text + " pt";
}

std::string step_name(const doc::FlowStep& step) { return "langkah " + std::to_string(step.nomor); }

// "A", "B", … "Z", "AA", "AB", …
std::string connector_label(std::size_t index) {
    std::string label;
    std::size_t n = index + 1;
    while (n > 0) {
        --n;
        label.insert(label.begin(), static_cast<char>('A' + n % 26));
        n /= 26;
    }
    return label;
}

// --- plane geometry ------------------------------------------------------------------------

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

bool same(const Box& a, const Box& b) {
    return std::abs(a.x0 - b.x0) < eps && std::abs(a.y0 - b.y0) < eps && std::abs(a.x1 - b.x1) < eps &&
           std::abs(a.y1 - b.y1) < eps;
}

Box segment_box(Point a, Point b) {
    return {std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x), std::max(a.y, b.y)};
}

// Whether the axis-aligned segment a–b enters the open interior of `box`.
bool segment_enters(Point a, Point b, const Box& box) {
    const Box s = segment_box(a, b);
    return s.x0 < box.x1 - eps && s.x1 > box.x0 + eps && s.y0 < box.y1 - eps && s.y1 > box.y0 + eps;
}

// Whether a horizontal and a vertical segment cross inside both.
bool segments_cross(Point a0, Point a1, Point b0, Point b1) {
    const bool a_vertical = std::abs(a0.x - a1.x) < eps, b_vertical = std::abs(b0.x - b1.x) < eps;
    if (a_vertical == b_vertical) return false;
    const Box v = a_vertical ? segment_box(a0, a1) : segment_box(b0, b1);
    const Box h = a_vertical ? segment_box(b0, b1) : segment_box(a0, a1);
    return v.x0 > h.x0 + eps && v.x0 < h.x1 - eps && h.y0 > v.y0 + eps && h.y0 < v.y1 - eps;
}

// Separating axes: whether the convex polygon and the box overlap (touching does not count).
bool polygon_overlaps(const std::vector<Point>& polygon, const Box& box) {
    Box bounds{polygon.front().x, polygon.front().y, polygon.front().x, polygon.front().y};
    for (const Point& p : polygon) {
        bounds.x0 = std::min(bounds.x0, p.x);
        bounds.x1 = std::max(bounds.x1, p.x);
        bounds.y0 = std::min(bounds.y0, p.y);
        bounds.y1 = std::max(bounds.y1, p.y);
    }
    if (!bounds.overlaps(box)) return false;
    const Point corners[] = {{box.x0, box.y0}, {box.x1, box.y0}, {box.x1, box.y1}, {box.x0, box.y1}};
    for (std::size_t i = 0; i < polygon.size(); ++i) {
        const Point a = polygon[i];
        const Point b = polygon[(i + 1) % polygon.size()];
        const double nx = b.y - a.y, ny = a.x - b.x;  // an edge normal
        double pmin = 1e300, pmax = -1e300, bmin = 1e300, bmax = -1e300;
        for (const Point& p : polygon) {
            const double d = p.x * nx + p.y * ny;
            pmin = std::min(pmin, d);
            pmax = std::max(pmax, d);
        }
        for (const Point& p : corners) {
            const double d = p.x * nx + p.y * ny;
            bmin = std::min(bmin, d);
            bmax = std::max(bmax, d);
        }
        const double scale = std::hypot(nx, ny);
        if (pmax <= bmin + eps * scale || bmax <= pmin + eps * scale) return false;
    }
    return true;
}

// --- text ----------------------------------------------------------------------------------

// Text laid out with its top-left corner at (0, 0).
struct TextBlock {
    std::vector<Item> items;
    double height = 0;  // points, 0 when there is no text
};

TextBlock text_block(std::string_view text, const doc::TextStyle& style, double width,
                     const FontBook& fonts) {
    TextBlock block;
    if (text.empty()) return block;
    const Face face = face_for(style);
    const double box = line_height(style, fonts);
    const double baseline = baseline_in_line(face, style.size, box, fonts);
    for (const BrokenLine& line : break_lines(text, face, style.size, width, style.align, fonts)) {
        emit_line(line, text, style, face, block.height, baseline, fonts, 0, block.items);
        block.height += box;
    }
    return block;
}

// Kelengkapan: one item as plain text; more as "- item" lines, wrapped lines hanging after the
// dash.
TextBlock list_block(const std::vector<std::string>& items, const doc::TextStyle& style,
                     double width, const FontBook& fonts) {
    std::vector<std::string_view> present;
    for (const std::string& item : items) {
        if (!item.empty()) present.push_back(item);
    }
    if (present.size() <= 1) return text_block(present.empty() ? "" : present.front(), style, width, fonts);
    TextBlock block;
    const Face face = face_for(style);
    const double box = line_height(style, fonts);
    const double baseline = baseline_in_line(face, style.size, box, fonts);
    const double dash = fonts.width(face, style.size, "- ");
    if (!(width - dash > 0)) throw std::runtime_error("tata letak: kolom kelengkapan terlalu sempit");
    doc::TextStyle item_style = style;
    item_style.align = doc::Align::left;
    for (std::string_view item : present) {
        bool first = true;
        for (const BrokenLine& line : break_lines(item, face, style.size, width - dash, doc::Align::left, fonts)) {
            if (first) {
                TextRun run;
                run.origin = {0, block.height + baseline};
                run.face = face;
                run.size = style.size;
                run.text = "-";
                run.width = fonts.width(face, style.size, "-");
                block.items.emplace_back(std::move(run));
                first = false;
            }
            emit_line(line, item, item_style, face, block.height, baseline, fonts, dash, block.items);
            block.height += box;
        }
    }
    return block;
}

// The largest size (down to 5.5 pt) at which every word of `text` fits `width` unbroken.
doc::TextStyle fitted_style(std::string_view text, doc::TextStyle style, double width,
                            const FontBook& fonts) {
    const double smallest = std::min(style.size, 5.5);
    for (double size = style.size; size >= smallest - eps; size -= 0.5) {
        style.size = size;
        bool fits = true;
        std::size_t at = 0;
        while (at <= text.size() && fits) {
            std::size_t end = text.find(' ', at);
            if (end == std::string_view::npos) end = text.size();
            fits = fonts.width(face_for(style), size, text.substr(at, end - at)) <= width + eps;
            at = end + 1;
        }
        if (fits) return style;
    }
    style.size = smallest;
    return style;
}

// --- the columns ---------------------------------------------------------------------------

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

Columns make_columns(std::size_t lanes, double width, const doc::TextStyle& style,
                     const FontBook& fonts) {
    doc::TextStyle bold = style;
    bold.bold = true;
    const double no_width = std::max({20.0, fonts.width(face_for(bold), style.size, "NO") + 2 * pad + 2,
                                      fonts.width(face_for(style), style.size, "99.") + 2 * pad + 2});
    const double lane_count = static_cast<double>(lanes);
    double lane_width = std::min(lanes == 1 ? single_lane_width : max_lane_width,
                                 (width - no_width) * lane_share / lane_count);
    lane_width = std::max(lane_width, min_symbol_width + 2 * min_strip);
    // URAIAN, Kelengkapan, Waktu, Output and KET share the rest.
    const double shares[] = {3.3, 2.3, 1.1, 2.0, 1.3};
    const double rest = width - no_width - lane_count * lane_width;
    if (!(rest >= 5 * 30)) {
        throw std::runtime_error("tata letak: bagan alir dengan " + std::to_string(lanes) +
                                 " pelaksana tidak muat selebar " + points_text(width));
    }
    Columns columns;
    columns.lanes = lanes;
    columns.edges = {0, no_width};
    // URAIAN first, then the lanes, then the mutu baku columns and KET.
    const double total = std::accumulate(std::begin(shares), std::end(shares), 0.0);
    columns.edges.push_back(no_width + rest * shares[0] / total);
    for (std::size_t k = 0; k < lanes; ++k) columns.edges.push_back(columns.edges.back() + lane_width);
    for (std::size_t k = 1; k < 5; ++k) columns.edges.push_back(columns.edges.back() + rest * shares[k] / total);
    columns.edges.back() = width;
    return columns;
}

// --- the steps -----------------------------------------------------------------------------

double symbol_height(doc::FlowSymbol symbol) {
    return symbol == doc::FlowSymbol::keputusan ? diamond_height : box_height;
}

// Where an arrow leaves or arrives: `dir` is the way it travels there.
enum class Dir : std::uint8_t { up, down, left, right };

bool vertical(Dir d) { return d == Dir::up || d == Dir::down; }

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

std::vector<Link> make_links(const doc::Flowchart& chart) {
    std::vector<Link> links;
    const std::size_t n = chart.steps.size();
    for (std::size_t i = 0; i < n; ++i) {
        const doc::FlowStep& step = chart.steps[i];
        if (step.symbol == doc::FlowSymbol::selesai) continue;
        if (step.symbol != doc::FlowSymbol::keputusan) {
            if (i + 1 < n) links.push_back({i, i + 1, true, nullptr});
            continue;
        }
        const auto ya = static_cast<std::size_t>(step.ya - 1);
        const auto tidak = static_cast<std::size_t>(step.tidak - 1);
        // The next step (else the later one) leaves from the bottom, the other from the side.
        const bool ya_bottom = ya == i + 1 || (tidak != i + 1 && ya > tidak);
        Link ya_link{i, ya, ya_bottom, "Ya"};
        Link tidak_link{i, tidak, !ya_bottom, "Tidak"};
        if (ya_bottom) {
            links.push_back(ya_link);
            links.push_back(tidak_link);
        } else {
            links.push_back(tidak_link);
            links.push_back(ya_link);
        }
    }
    return links;
}

void check_chart(const doc::Flowchart& chart) {
    if (chart.lanes.empty() || chart.lanes.size() > 8) {
        throw std::invalid_argument("tata letak: bagan alir harus punya 1 sampai 8 pelaksana");
    }
    if (chart.steps.size() < 2) throw std::invalid_argument("tata letak: bagan alir kurang dari 2 langkah");
    if (!(chart.line_width > 0) || !std::isfinite(chart.line_width)) {
        throw std::invalid_argument("tata letak: tebal garis bagan alir harus lebih dari 0");
    }
    if (!(chart.style.size > 0) || !(chart.style.leading >= 1)) {
        throw std::invalid_argument("tata letak: gaya huruf bagan alir tidak sah");
    }
    const int n = static_cast<int>(chart.steps.size());
    for (int i = 0; i < n; ++i) {
        const doc::FlowStep& step = chart.steps[static_cast<std::size_t>(i)];
        const std::string name = "tata letak: bagan alir " + step_name(step);
        if (step.nomor != i + 1) throw std::invalid_argument(name + ": nomor harus " + std::to_string(i + 1));
        if (step.lane >= chart.lanes.size()) throw std::invalid_argument(name + ": pelaksana tidak ada");
        if (step.symbol == doc::FlowSymbol::keputusan) {
            for (int target : {step.ya, step.tidak}) {
                if (target < 1 || target > n || target == step.nomor) {
                    throw std::invalid_argument(name + ": tujuan ya/tidak tidak sah");
                }
            }
            if (step.ya == step.tidak) throw std::invalid_argument(name + ": ya dan tidak sama");
        }
    }
}

// How far (points) an arrow running along a table line keeps from it, centre to centre: the
// strokes grid_gap apart, rounded up to half a point.
double off_grid(const doc::Flowchart& chart) {
    return std::ceil((grid_gap + chart.line_width / 2 + arrow_stroke / 2) * 2) / 2;
}

// --- prepared once, before pagination ------------------------------------------------------

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

Frame make_header(const Prepared& p) {
    const doc::Flowchart& chart = *p.chart;
    const FontBook& fonts = *p.fonts;
    const Columns& c = p.columns;
    doc::TextStyle bold = chart.style;
    bold.bold = true;
    bold.align = doc::Align::center;
    const auto cell = [&](std::string_view text, std::size_t first, std::size_t last,
                          const doc::TextStyle& style) {
        const double inner = c.right(last) - c.left(first) - 2 * pad;
        return text_block(text, fitted_style(text, style, inner, fonts), inner, fonts);
    };
    const std::size_t lanes_end = c.lane_column(c.lanes - 1);
    const std::size_t kel = c.kelengkapan();
    // Row 1: PELAKSANA over the lanes, MUTU BAKU over its three; NO, URAIAN and KET span both.
    enum class Band : std::uint8_t { first, second, both };  // the heading rows a text spans
    struct Placed {
        TextBlock block;
        std::size_t first, last;  // columns
        Band band;
    };
    std::vector<Placed> placed;
    placed.push_back({cell("NO", 0, 0, bold), 0, 0, Band::both});
    placed.push_back({cell("URAIAN PROSEDUR", 1, 1, bold), 1, 1, Band::both});
    placed.push_back({cell("PELAKSANA", 2, lanes_end, bold), 2, lanes_end, Band::first});
    placed.push_back({cell("MUTU BAKU", kel, kel + 2, bold), kel, kel + 2, Band::first});
    placed.push_back({cell("KET", kel + 3, kel + 3, bold), kel + 3, kel + 3, Band::both});
    // Lane headings all in one size: the largest at which every word of every one fits.
    doc::TextStyle lane_style = bold;
    for (std::size_t lane = 0; lane < c.lanes; ++lane) {
        const double inner = c.lane_right(lane) - c.lane_left(lane) - 2 * pad;
        const doc::TextStyle fitted = fitted_style(chart.lanes.at(lane), bold, inner, fonts);
        if (fitted.size < lane_style.size) lane_style = fitted;
    }
    for (std::size_t lane = 0; lane < c.lanes; ++lane) {
        const std::size_t col = c.lane_column(lane);
        const double inner = c.lane_right(lane) - c.lane_left(lane) - 2 * pad;
        placed.push_back({text_block(chart.lanes.at(lane), lane_style, inner, fonts), col, col, Band::second});
    }
    placed.push_back({cell("Kelengkapan", kel, kel, bold), kel, kel, Band::second});
    placed.push_back({cell("Waktu", kel + 1, kel + 1, bold), kel + 1, kel + 1, Band::second});
    placed.push_back({cell("Output", kel + 2, kel + 2, bold), kel + 2, kel + 2, Band::second});
    double h1 = 0, h2 = 0, both = 0;
    for (const Placed& x : placed) {
        const double h = x.block.height + 2 * pad;
        if (x.band == Band::first) h1 = std::max(h1, h);
        if (x.band == Band::second) h2 = std::max(h2, h);
        if (x.band == Band::both) both = std::max(both, h);
    }
    h2 = std::max(h2, both - h1);
    // Row 3: the column numbers 1, 2, 3, …
    doc::TextStyle number = chart.style;
    number.size = std::max(5.0, chart.style.size - 1);
    number.align = doc::Align::center;
    const double h3 = line_height(number, fonts) + 2 * number_pad;

    Frame frame;
    frame.height = h1 + h2 + h3;
    for (Placed& x : placed) {
        const double top = x.band == Band::second ? h1 : 0;
        const double band = x.band == Band::both ? h1 + h2 : (x.band == Band::first ? h1 : h2);
        append_shifted(frame.items, std::move(x.block.items), c.left(x.first) + pad,
                       top + (band - x.block.height) / 2);
    }
    for (std::size_t col = 0; col < c.count(); ++col) {
        const double inner = c.right(col) - c.left(col) - 2 * number_pad;
        TextBlock digits = text_block(std::to_string(col + 1), number, inner, fonts);
        append_shifted(frame.items, std::move(digits.items), c.left(col) + number_pad,
                       h1 + h2 + number_pad);
    }
    const double lw = chart.line_width;
    const auto line = [&](double x0, double y0, double x1, double y1) {
        frame.items.emplace_back(Line{{x0, y0}, {x1, y1}, lw});
    };
    line(0, 0, p.width, 0);
    line(c.left(2), h1, c.right(lanes_end), h1);       // under PELAKSANA
    line(c.left(kel), h1, c.right(kel + 2), h1);        // under MUTU BAKU
    line(0, h1 + h2, p.width, h1 + h2);
    line(0, frame.height, p.width, frame.height);
    for (std::size_t e = 0; e < c.edges.size(); ++e) {
        const double x = c.edges[e];
        // In row 1 only the edges of the spans; in rows 2 and 3 every edge.
        const bool span_edge = e <= 2 || e == lanes_end + 1 || e == kel + 3 || e == c.count();
        line(x, span_edge ? 0 : h1, x, frame.height);
    }
    return frame;
}

RowText make_row(const Prepared& p, const doc::FlowStep& step) {
    const doc::TextStyle& style = p.chart->style;
    const FontBook& fonts = *p.fonts;
    const Columns& c = p.columns;
    const auto inner = [&](std::size_t col) { return c.right(col) - c.left(col) - 2 * pad; };
    doc::TextStyle left = style;
    left.align = doc::Align::left;
    doc::TextStyle centre = style;
    centre.align = doc::Align::center;
    const std::size_t kel = c.kelengkapan();
    RowText row;
    row.cells.emplace_back(0, text_block(std::to_string(step.nomor) + ".", centre, inner(0), fonts));
    row.cells.emplace_back(1, text_block(step.uraian, left, inner(1), fonts));
    row.cells.emplace_back(kel, list_block(step.kelengkapan, left, inner(kel), fonts));
    row.cells.emplace_back(kel + 1, text_block(step.waktu, centre, inner(kel + 1), fonts));
    row.cells.emplace_back(kel + 2, text_block(step.output, left, inner(kel + 2), fonts));
    row.cells.emplace_back(kel + 3, text_block(step.keterangan, left, inner(kel + 3), fonts));
    for (const auto& [col, block] : row.cells) row.height = std::max(row.height, block.height + 2 * pad);
    return row;
}

std::shared_ptr<const Prepared> prepare(const doc::Flowchart& chart, double width,
                                        const FontBook& fonts) {
    check_chart(chart);
    auto p = std::make_shared<Prepared>();
    p->chart = &chart;
    p->fonts = &fonts;
    p->width = width;
    p->columns = make_columns(chart.lanes.size(), width, chart.style, fonts);
    const Columns& c = p->columns;
    const double lane_width = c.lane_right(0) - c.lane_left(0);
    p->symbol_width = std::min(max_symbol_width, lane_width - 2 * min_strip);
    // In narrow lanes (7 or 8 of them on a small page) a row's connectors get smaller when at
    // full size they leave its symbol too little of its width.
    p->connector_scale = std::clamp(lane_width / connector_lane, min_connector_scale, 1.0);
    // Channels: every few points between neighbouring symbols, off the lane lines.
    const double off_line = off_grid(chart);
    for (std::size_t g = 0; g <= c.lanes; ++g) {
        // Between the symbols of lanes g - 1 and g, across the lane line.
        const double from = g == 0 ? c.lanes_left() : c.lane_centre(g - 1) + p->symbol_width / 2;
        const double to = g == c.lanes ? c.lanes_right() : c.lane_centre(g) - p->symbol_width / 2;
        const double line = g == c.lanes ? c.lanes_right() : c.lane_left(g);
        for (double x = line - off_line; x >= from + channel_step - eps; x -= channel_step) {
            p->channels.push_back(x);
        }
        for (double x = line + off_line; x <= to - channel_step + eps; x += channel_step) {
            p->channels.push_back(x);
        }
    }
    std::sort(p->channels.begin(), p->channels.end());
    p->header = make_header(*p);
    for (const doc::FlowStep& step : chart.steps) p->rows.push_back(make_row(*p, step));
    p->links = make_links(chart);
    return p;
}

// --- pagination ----------------------------------------------------------------------------

// A row's height: its text, and its symbol with equal zones above and below. Connectors stand
// beside the symbols, so a page break changes no row.
double row_height(const Prepared& p, std::size_t r) {
    return std::max(p.rows.at(r).height, symbol_height(p.chart->steps.at(r).symbol) + 2 * zone);
}

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
                               const std::vector<std::size_t>& limits, bool& skip_first) {
    std::vector<PageRows> pages;
    skip_first = false;
    const std::size_t n = p.rows.size();
    double room = first;
    std::size_t s = 0;
    while (s < n) {
        const double cap = room - p.header.height;
        double used = 0;
        std::size_t r = s;
        const std::size_t limit = pages.size() < limits.size() && limits[pages.size()] > 0
                                      ? s + limits[pages.size()] : n;
        while (r < std::min(n, limit) && used + row_height(p, r) <= cap + eps) {
            used += row_height(p, r);
            ++r;
        }
        if (r == s) {
            if (pages.empty() && !skip_first && room < full - eps) {
                skip_first = true;
                room = full;
                continue;
            }
            const double need = p.header.height + row_height(p, s);
            throw std::runtime_error("tata letak: baris " + step_name(p.chart->steps.at(s)) +
                                     " bagan alir dengan kepalanya setinggi " + points_text(need) +
                                     " tidak muat di satu halaman (ruang " + points_text(room) + ")");
        }
        pages.push_back({s, r - 1});
        s = r;
        room = full;
    }
    return pages;
}

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

std::vector<Point> Symbol::outline() const {
    const double x0 = cx - w / 2, x1 = cx + w / 2, y0 = cy - h / 2, y1 = cy + h / 2;
    switch (kind) {
    case doc::FlowSymbol::keputusan:
        return {{cx, y0}, {x1, cy}, {cx, y1}, {x0, cy}};
    case doc::FlowSymbol::proses:
        return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
    case doc::FlowSymbol::mulai:
    case doc::FlowSymbol::selesai: {
        // A capsule: straight top and bottom, semicircle ends, as a many-sided polygon.
        const double r = std::min(h, w) / 2;
        const double pi = std::acos(-1.0);
        constexpr int steps = 12;
        std::vector<Point> points;
        for (int k = 0; k <= steps; ++k) {  // right end, top to bottom
            const double a = -pi / 2 + pi * k / steps;
            points.push_back({x1 - r + r * std::cos(a), cy + r * std::sin(a)});
        }
        for (int k = 0; k <= steps; ++k) {  // left end, bottom to top
            const double a = pi / 2 + pi * k / steps;
            points.push_back({x0 + r + r * std::cos(a), cy + r * std::sin(a)});
        }
        return points;
    }
    }
    return {};
}

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

// A candidate route: up to four bends.
struct Shape {
    std::array<Point, 6> points{};
    std::size_t count = 0;
    std::span<const Point> span() const { return {points.data(), count}; }
};

Shape shape(std::initializer_list<Point> points) {
    Shape out;
    for (const Point& p : points) out.points.at(out.count++) = p;
    return out;
}

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

class PageRouter {
public:
    PageRouter(const Prepared& p, const PagePlan& page) : p_(p), page_(page) {
        const Columns& c = p.columns;
        area_ = {c.lanes_left(), p.header.height, c.lanes_right(), page.height};
        for (const RowPlace& row : page.rows) {
            row_lines_.push_back(row.top);
            row_lines_.push_back(row.bottom());
        }
        for (std::size_t lane = 0; lane <= c.lanes; ++lane) {
            lane_lines_.push_back(lane == c.lanes ? c.lanes_right() : c.lane_left(lane));
        }
        // Horizontal tracks: the middle of every zone, and beside it, off the row lines.
        line_clearance_ = off_grid(*p.chart);
        for (const RowPlace& row : page.rows) {
            const Box s = row.symbol.box();
            add_tracks(s.y1, row.bottom(), symbol_clearance, line_clearance_);
            add_tracks(row.top, s.y0, line_clearance_, symbol_clearance);
        }
    }

    // The cheapest clean route from one of `starts` to one of `ends`; `what` names it for the
    // error when there is none. Each crossing of an arrow already drawn costs as much as a long
    // detour, so four-bend detours compete when every simpler route crosses one.
    Path route(const std::vector<Port>& starts, const std::vector<Port>& ends, const Box& from,
               const Box& to, const std::string& what) const {
        std::optional<Path> best;
        double best_cost = 0;
        for (const bool detours : {false, true}) {
            if (best && crossings(*best) == 0) break;
            std::vector<Shape> candidates;
            std::vector<double> costs;
            for (const Port& s : starts) {
                for (const Port& e : ends) {
                    const std::size_t first = candidates.size();
                    shapes(s, e, detours, candidates);
                    for (std::size_t k = first; k < candidates.size(); ++k) {
                        const std::span<const Point> path = candidates[k].span();
                        costs.push_back(length(path) + bend_cost * static_cast<double>(path.size() - 2) +
                                        s.penalty + e.penalty);
                    }
                }
            }
            std::vector<std::size_t> order(candidates.size());
            std::iota(order.begin(), order.end(), std::size_t{0});
            std::stable_sort(order.begin(), order.end(),
                             [&](std::size_t a, std::size_t b) { return costs[a] < costs[b]; });
            for (std::size_t k : order) {
                if (best && costs[k] >= best_cost) break;  // crossings only add to the cost
                const std::span<const Point> path = candidates[k].span();
                if (!clean(path, from, to)) continue;
                const double cost = costs[k] + crossing_cost * static_cast<double>(crossings(path));
                if (!best || cost < best_cost) {
                    best = Path(path.begin(), path.end());
                    best_cost = cost;
                }
            }
        }
        if (best) return *best;
        throw std::runtime_error("tata letak: panah bagan alir " + what +
                                 " tidak dapat digambar tanpa menabrak simbol atau panah lain");
    }

    // How many times `path` crosses the arrows already drawn on the page.
    std::size_t crossings(std::span<const Point> path) const {
        std::size_t count = 0;
        for (const Drawn& other : page_.arrows) {
            for (std::size_t i = 1; i < path.size(); ++i) {
                for (std::size_t j = 1; j < other.path.size(); ++j) {
                    count += segments_cross(path[i - 1], path[i], other.path[j - 1], other.path[j]) ? 1 : 0;
                }
            }
        }
        return count;
    }

private:
    // Tracks in the band from..to, at least the margins off its edges.
    void add_tracks(double from, double to, double from_margin, double to_margin) {
        const double mid = (from + to) / 2;
        for (double y : {mid, mid - 3, mid + 3, mid - 6, mid + 6}) {
            if (y >= from + from_margin - eps && y <= to - to_margin + eps) tracks_.push_back(y);
        }
    }

    // Whether y and y2 lie in the same row of the page.
    bool same_row(double y, double y2) const {
        for (const RowPlace& row : page_.rows) {
            const bool in = y >= row.top - eps && y <= row.bottom() + eps;
            const bool in2 = y2 >= row.top - eps && y2 <= row.bottom() + eps;
            if (in || in2) return in && in2;
        }
        return false;
    }

    static double length(std::span<const Point> path) {
        double total = 0;
        for (std::size_t i = 1; i < path.size(); ++i) {
            total += std::abs(path[i].x - path[i - 1].x) + std::abs(path[i].y - path[i - 1].y);
        }
        return total;
    }

    // Whether `v` lies ahead of the start in its direction, and the end ahead of `v` in its.
    static bool ahead(const Port& s, double v) {
        switch (s.dir) {
        case Dir::down: return v > s.at.y + eps;
        case Dir::up: return v < s.at.y - eps;
        case Dir::right: return v > s.at.x + eps;
        case Dir::left: return v < s.at.x - eps;
        }
        return false;
    }
    static bool before(const Port& e, double v) {
        switch (e.dir) {
        case Dir::down: return e.at.y > v + eps;
        case Dir::up: return e.at.y < v - eps;
        case Dir::right: return e.at.x > v + eps;
        case Dir::left: return e.at.x < v - eps;
        }
        return false;
    }

    // Orthogonal shapes from s to e. Without `detours`: straight, L, Z through a track or a
    // channel, and the three-bend shapes through a channel and a track. With: the four-bend
    // detours, turning in the zones (vertical ends) or channels (horizontal ends) next to the
    // two ends.
    void shapes(const Port& s, const Port& e, bool detours, std::vector<Shape>& out) const {
        const Point a = s.at, b = e.at;
        const bool s_vertical = vertical(s.dir), e_vertical = vertical(e.dir);
        if (detours) {
            if (s_vertical && e_vertical) {
                for (double y1 : tracks_) {
                    if (!ahead(s, y1) || !same_row(y1, a.y)) continue;
                    for (double x : p_.channels) {
                        for (double y2 : tracks_) {
                            if (before(e, y2) && same_row(y2, b.y)) {
                                out.push_back(shape({a, {a.x, y1}, {x, y1}, {x, y2}, {b.x, y2}, b}));
                            }
                        }
                    }
                }
            } else if (!s_vertical && !e_vertical) {
                const double near = p_.columns.lane_right(0) - p_.columns.lane_left(0);
                for (double x1 : p_.channels) {
                    if (!ahead(s, x1) || std::abs(x1 - a.x) > near) continue;
                    for (double y : tracks_) {
                        for (double x2 : p_.channels) {
                            if (before(e, x2) && std::abs(x2 - b.x) <= near) {
                                out.push_back(shape({a, {x1, a.y}, {x1, y}, {x2, y}, {x2, b.y}, b}));
                            }
                        }
                    }
                }
            }
            return;
        }
        if (s_vertical && e_vertical) {
            if (s.dir == e.dir && std::abs(a.x - b.x) < eps && ahead(s, b.y)) out.push_back(shape({a, b}));
            for (double y : tracks_) {
                if (ahead(s, y) && before(e, y)) out.push_back(shape({a, {a.x, y}, {b.x, y}, b}));
            }
        } else if (!s_vertical && !e_vertical) {
            if (s.dir == e.dir && std::abs(a.y - b.y) < eps && ahead(s, b.x)) out.push_back(shape({a, b}));
            for (double x : p_.channels) {
                if (ahead(s, x) && before(e, x)) out.push_back(shape({a, {x, a.y}, {x, b.y}, b}));
            }
        } else if (s_vertical) {
            if (ahead(s, b.y) && before(e, a.x)) out.push_back(shape({a, {a.x, b.y}, b}));
            for (double y : tracks_) {
                if (!ahead(s, y)) continue;
                for (double x : p_.channels) {
                    if (before(e, x)) out.push_back(shape({a, {a.x, y}, {x, y}, {x, b.y}, b}));
                }
            }
        } else {
            if (ahead(s, b.x) && before(e, a.y)) out.push_back(shape({a, {b.x, a.y}, b}));
            for (double x : p_.channels) {
                if (!ahead(s, x)) continue;
                for (double y : tracks_) {
                    if (before(e, y)) out.push_back(shape({a, {x, a.y}, {x, y}, {b.x, y}, b}));
                }
            }
        }
    }

    bool clean(std::span<const Point> path, const Box& from, const Box& to) const {
        for (std::size_t i = 1; i < path.size(); ++i) {
            const Point a = path[i - 1], b = path[i];
            const double len = std::abs(a.x - b.x) + std::abs(a.y - b.y);
            const double least = i + 1 == path.size() ? last_run : (i == 1 ? 4.0 : 1.0);
            if (len < least) return false;
            const Box s = segment_box(a, b);
            if (s.x0 < area_.x0 + line_clearance_ || s.x1 > area_.x1 - line_clearance_ ||
                s.y0 < area_.y0 + line_clearance_ || s.y1 > area_.y1 - line_clearance_) {
                return false;
            }
            if (std::abs(a.y - b.y) < eps) {  // along no row line
                for (double y : row_lines_) {
                    if (std::abs(a.y - y) < line_clearance_) return false;
                }
            } else {  // along no lane line
                for (double x : lane_lines_) {
                    if (std::abs(a.x - x) < line_clearance_) return false;
                }
            }
            // Off every symbol and connector; its own two ends only touched from outside.
            const auto off = [&](const Box& box) {
                const bool own = same(box, from) || same(box, to);
                return !segment_enters(a, b, own ? box : box.grown(symbol_clearance));
            };
            for (const RowPlace& row : page_.rows) {
                if (!off(row.symbol.box())) return false;
            }
            for (const Connector& k : page_.connectors) {
                if (!off(k.box())) return false;
            }
        }
        for (const Drawn& other : page_.arrows) {
            if (conflict(path, other.path)) return false;
        }
        return true;
    }

    // Two arrows run along each other, or one touches the other's bend or head. Arrows into
    // the same point (so along the same line: every port has one direction) merge: their last
    // segments overlap, and one joins the other's last segment well before the head.
    static bool conflict(std::span<const Point> a, std::span<const Point> b) {
        const bool same_end = std::abs(a.back().x - b.back().x) < eps && std::abs(a.back().y - b.back().y) < eps;
        const std::size_t last_a = a.size() - 1, last_b = b.size() - 1;
        for (std::size_t i = 1; i < a.size(); ++i) {
            const Point a0 = a[i - 1], a1 = a[i];
            const bool a_vertical = std::abs(a0.x - a1.x) < eps;
            const Box sa = segment_box(a0, a1);
            for (std::size_t j = 1; j < b.size(); ++j) {
                const Point b0 = b[j - 1], b1 = b[j];
                if (same_end && i == last_a && j == last_b) continue;
                if (same_end && ((i + 1 == last_a && j == last_b) || (i == last_a && j + 1 == last_b))) {
                    const Point join = i + 1 == last_a ? a[i] : b[j];
                    if (std::hypot(join.x - a.back().x, join.y - a.back().y) < arrow_head + 2 - eps) return true;
                    continue;
                }
                const bool b_vertical = std::abs(b0.x - b1.x) < eps;
                const Box sb = segment_box(b0, b1);
                if (a_vertical == b_vertical) {
                    const double apart = a_vertical ? std::abs(a0.x - b0.x) : std::abs(a0.y - b0.y);
                    const double overlap = a_vertical ? std::min(sa.y1, sb.y1) - std::max(sa.y0, sb.y0)
                                                      : std::min(sa.x1, sb.x1) - std::max(sa.x0, sb.x0);
                    // Beside each other, or one after the other on a line (would read as one).
                    if (apart < parallel_gap && overlap > -(apart < eps ? collinear_gap : parallel_gap)) return true;
                    continue;
                }
                const Box& h = a_vertical ? sb : sa;
                const Box& v = a_vertical ? sa : sb;
                const double x = v.x0, y = h.y0;
                if (x < h.x0 - crossing_margin || x > h.x1 + crossing_margin ||
                    y < v.y0 - crossing_margin || y > v.y1 + crossing_margin) {
                    continue;  // apart
                }
                const bool inside = x > h.x0 + crossing_margin && x < h.x1 - crossing_margin &&
                                    y > v.y0 + crossing_margin && y < v.y1 - crossing_margin;
                const double to_head = std::min(std::hypot(x - a.back().x, y - a.back().y),
                                                std::hypot(x - b.back().x, y - b.back().y));
                if (!inside || to_head < arrow_head + 2) return true;
            }
        }
        return false;
    }

    const Prepared& p_;
    const PagePlan& page_;
    Box area_;
    std::vector<double> row_lines_, lane_lines_, tracks_;
    double line_clearance_ = 0;  // points, centre to centre, off a table line an arrow runs along
};

// --- the layout ----------------------------------------------------------------------------

class ChartLayout {
public:
    explicit ChartLayout(const Prepared& p) : p_(p) {}

    // Lays the pages out; when a page's connectors or arrows find no room, again with a page
    // break moved (a bounded number of times). When that finds no layout, the same again with
    // every break shifted: the first page a row shorter, then two. Then the first error stands.
    std::vector<Frame> run(double first, double full) {
        bool skip_first = false;
        const std::size_t on_first = paginate(p_, first, full, {}, skip_first).front().last + 1;
        std::optional<std::runtime_error> error;
        for (std::size_t shift = 0; shift <= max_shift && shift < on_first; ++shift) {
            std::vector<std::size_t> limits;  // rows per page, 0 for as many as fit
            if (shift > 0) limits.push_back(on_first - shift);
            try {
                return run_moving_breaks(first, full, limits);
            } catch (const PageFailure& failure) {
                if (!error) error.emplace(failure.what());
            }
        }
        throw *error;
    }

private:
    // The layout with breaks as `limits` say, moving one each time a page finds no room, a
    // bounded number of times; then the last failure is thrown.
    std::vector<Frame> run_moving_breaks(double first, double full, std::vector<std::size_t> limits) {
        const std::size_t bound = 2 * p_.rows.size();
        for (std::size_t attempt = 0;; ++attempt) {
            try {
                return attempt_pages(first, full, limits);
            } catch (const PageFailure& failure) {
                if (attempt + 1 >= bound || !move_break(failure, limits)) throw;
            }
        }
    }

    std::vector<Frame> attempt_pages(double first, double full, const std::vector<std::size_t>& limits) {
        pages_.clear();
        page_of_.clear();
        pairs_.clear();
        bool skip_first = false;
        const std::vector<PageRows> rows = paginate(p_, first, full, limits, skip_first);
        for (const PageRows& r : rows) plan_page(r);
        place_connectors();
        for (std::size_t k = 0; k < pages_.size(); ++k) route_page(k);
        for (std::size_t k = 0; k < pages_.size(); ++k) place_labels(k);
        std::vector<Frame> frames;
        if (skip_first) frames.emplace_back();
        for (const PagePlan& page : pages_) frames.push_back(draw(page));
        return frames;
    }

    // Moves a break so that the failing row's links to its neighbours stay on one page: the
    // row onto the next page when it is in the second half of its page, else the row before it
    // onto its page. False when no break can move.
    bool move_break(const PageFailure& failure, std::vector<std::size_t>& limits) const {
        const PagePlan& page = pages_.at(failure.page);
        const std::size_t count = page.last - page.first + 1;
        if (limits.size() < pages_.size()) limits.resize(pages_.size(), 0);
        const bool late = 2 * (failure.row - page.first) >= count;
        if ((late || failure.page == 0) && failure.row > page.first) {
            limits[failure.page] = failure.row - page.first;
            return true;
        }
        if (failure.page == 0) return false;
        const PagePlan& before = pages_.at(failure.page - 1);
        if (before.last == before.first) return false;
        limits[failure.page - 1] = before.last - before.first;
        return true;
    }

    const doc::FlowStep& step(std::size_t r) const { return p_.chart->steps.at(r); }

    void plan_page(const PageRows& r) {
        PagePlan page;
        page.first = r.first;
        page.last = r.last;
        double y = p_.header.height;
        for (std::size_t k = r.first; k <= r.last; ++k) {
            RowPlace row;
            row.top = y;
            row.height = row_height(p_, k);
            row.symbol.kind = step(k).symbol;
            row.symbol.w = p_.symbol_width;
            row.symbol.h = symbol_height(step(k).symbol);
            row.symbol.cx = p_.columns.lane_centre(step(k).lane);
            row.symbol.cy = row.top + row.height / 2;
            page.rows.push_back(row);
            y += row.height;
        }
        page.height = y;
        for (std::size_t k = r.first; k <= r.last; ++k) page_of_.push_back(pages_.size());
        pages_.push_back(std::move(page));
    }

    // The side (-1 left, +1 right) of step `r`'s symbol that a branch staying on its page
    // leaves by, for each such branch: towards its target (right when straight below).
    std::vector<int> side_exits_on_page(std::size_t r) const {
        std::vector<int> sides;
        for (const Link& link : p_.links) {
            if (link.from != r || link.bottom || page_of_.at(link.to) != page_of_.at(r)) continue;
            sides.push_back(step(link.to).lane < step(r).lane ? -1 : 1);
        }
        return sides;
    }

    // Adds a connector beside step `r`'s symbol on its page, wanting the side `towards` (-1 left,
    // +1 right); fit_row gives it its side and place.
    std::size_t add_connector(std::size_t page, std::size_t r, int towards, bool incoming, const std::string& label) {
        PagePlan& plan = pages_.at(page);
        Connector k;
        k.label = label;
        k.row = r;
        k.want = towards;
        k.side = towards;
        k.incoming = incoming;
        plan.connectors.push_back(std::move(k));
        return plan.connectors.size() - 1;
    }

    // Gives the row's connectors their sides, each the side it wants when free, or all the side
    // `only` (when not 0). A side holds one connector, or when they `share` (at the corners) one
    // incoming (above, its arrow into the top, joining the flow into it if any) and one
    // outgoing (below). An outgoing connector never goes on a side an arrow to a step on the
    // page leaves by; an incoming one only when it may share. False when one finds no side.
    bool assign_sides(const std::vector<Connector*>& mine, std::size_t r, bool share, int only) const {
        const std::vector<int> exits = side_exits_on_page(r);
        std::vector<const Connector*> placed;
        for (Connector* k : mine) {
            bool found = false;
            for (const int side : {k->want, -k->want}) {
                if (only != 0 && side != only) continue;
                const bool exit_side = std::find(exits.begin(), exits.end(), side) != exits.end();
                const bool clash = std::any_of(placed.begin(), placed.end(), [&](const Connector* o) {
                    return o->side == side && (!share || o->incoming == k->incoming);
                });
                if (clash || (exit_side && (!share || !k->incoming))) continue;
                k->side = side;
                placed.push_back(k);
                found = true;
                break;
            }
            if (!found) return false;
        }
        return true;
    }

    // A row holding connectors: each beside the symbol, at its middle (the arrow between them
    // straight across), or when the lane is too narrow for that or a side must hold two, at a
    // corner beside it (an incoming one above, its arrow down and across into the symbol's side
    // or across and down into its top; an outgoing one below, its arrow across and down into
    // it), which takes less of the lane's width. The symbol stays centred when they fit so,
    // else the group is centred; it gets narrower only when even the corners leave too little.
    void fit_row(PagePlan& plan, std::size_t r) {
        std::vector<Connector*> mine;
        for (Connector& k : plan.connectors) {
            if (k.row == r) mine.push_back(&k);
        }
        if (mine.empty()) return;
        const Columns& c = p_.columns;
        const std::size_t lane = step(r).lane;
        const double inner_left = c.lane_left(lane) + connector_margin;
        const double inner_right = c.lane_right(lane) - connector_margin;
        Symbol& s = plan.rows.at(r - plan.first).symbol;
        // At the middle, at the corners of the sides they want (one each, then an incoming and an
        // outgoing one sharing a side), at the corners of one side.
        struct Try {
            bool corner, share;
            int only;
        };
        const int want = mine.front()->want;
        const Try tries[] = {{false, false, 0}, {true, false, 0}, {true, true, 0}, {true, true, want}, {true, true, -want}};
        // Full size first; smaller (at the corners only) when full size leaves too little room.
        for (const double scale : {1.0, p_.connector_scale}) {
            for (const auto& [corner, share, only] : tries) {
                if ((scale < 1 && !corner) || !assign_sides(mine, r, share, only)) continue;
                const double take = scale * (corner ? corner_run + connector_width / 2 : connector_gap + connector_width);
                double left = 0, right = 0;  // room the connectors take on each side
                for (const Connector* k : mine) (k->side < 0 ? left : right) = take;
                const double width = std::min(s.w, inner_right - inner_left - left - right);
                if (width < s.w - eps && !corner) continue;
                if (width < min_symbol_width - eps) continue;
                place_symbol(s, c.lane_centre(lane), inner_left + left, inner_right - right);
                for (Connector* k : mine) {
                    k->scale = scale;
                    place_beside(*k, s, corner);
                }
                return;
            }
        }
        throw PageFailure("tata letak: konektor " + step_name(step(r)) + " tidak muat di lajurnya", page_of_.at(r), r);
    }

    // The symbol between x0 and x1: centred in its lane (so the flow through it stays straight)
    // and narrower when that keeps it at least centred_share of its width, else as wide as it
    // can be up to its width, as near the centre as it can be.
    static void place_symbol(Symbol& s, double centre, double x0, double x1) {
        const double centred = std::min(s.w, 2 * std::min(centre - x0, x1 - centre));
        if (centred >= std::max(min_symbol_width, centred_share * s.w) - eps) {
            s.w = centred;
            s.cx = centre;
            return;
        }
        s.w = std::min(s.w, x1 - x0);
        s.cx = std::clamp(centre, x0 + s.w / 2, x1 - s.w / 2);
    }

    static void place_beside(Connector& k, const Symbol& s, bool corner) {
        k.corner = corner;
        if (!corner) {
            k.cx = s.cx + k.side * (s.w / 2 + k.scale * connector_gap + k.width() / 2);
            k.top = s.cy - k.square() / 2;
            return;
        }
        k.cx = s.cx + k.side * (s.w / 2 + k.scale * corner_run);
        // An incoming one high enough that its arrow across and down into the top may join the
        // flow coming into it.
        const double across = s.cy - s.h / 2 - arrow_head - 2 - k.square() / 2;
        // An outgoing one low enough for the arrow's last segment, down into its top, however
        // small it is.
        const double rise = k.scale * corner_rise;
        k.top = k.incoming ? std::min(s.cy - rise - k.height(), across) : s.cy + std::max(rise, last_run);
    }

    // Every link between two pages gets a connector beside its source and one beside its
    // target, each in its step's row and lane (so the arrow between them is straight), on the
    // side towards the other step's lane. Links from other pages into one step share the
    // target's connector and its label. Labels A, B, … follow the links' order.
    void place_connectors() {
        std::size_t next = 0;
        for (std::size_t i = 0; i < p_.links.size(); ++i) {
            const Link& link = p_.links[i];
            if (page_of_.at(link.from) == page_of_.at(link.to)) continue;
            ConnectorPair pair;
            pair.link = i;
            pair.src_page = page_of_.at(link.from);
            pair.dst_page = page_of_.at(link.to);
            const std::size_t from_lane = step(link.from).lane, to_lane = step(link.to).lane;
            std::vector<Connector>& there = pages_.at(pair.dst_page).connectors;
            const auto shared = std::find_if(there.begin(), there.end(), [&](const Connector& k) {
                return k.row == link.to && k.incoming;
            });
            if (shared == there.end()) {
                pair.dst = add_connector(pair.dst_page, link.to, from_lane > to_lane ? 1 : -1, true,
                                         connector_label(next++));
            } else {
                pair.dst = static_cast<std::size_t>(shared - there.begin());
            }
            const std::string label = pages_.at(pair.dst_page).connectors.at(pair.dst).label;
            pair.src = add_connector(pair.src_page, link.from, to_lane < from_lane ? -1 : 1, false, label);
            pairs_.push_back(pair);
        }
        for (PagePlan& plan : pages_) {
            for (std::size_t r = plan.first; r <= plan.last; ++r) fit_row(plan, r);
        }
    }

    const ConnectorPair* pair_of(std::size_t link) const {
        for (const ConnectorPair& pair : pairs_) {
            if (pair.link == link) return &pair;
        }
        return nullptr;
    }

    // The sides the decisions' side exits, and the arrows into connectors, leave by. Reserved
    // before any arrow is routed, so that branches coming into a step leave them free.
    std::vector<Point> side_exits(std::size_t k) const {
        std::vector<Point> reserved;
        const PagePlan& page = pages_.at(k);
        for (std::size_t i = 0; i < p_.links.size(); ++i) {
            const Link& link = p_.links[i];
            if (page_of_.at(link.from) != k) continue;
            const Symbol& s = page.row(link.from).symbol;
            const ConnectorPair* pair = pair_of(i);
            if (pair != nullptr && pair->src_page == k) {
                reserved.push_back(page.connectors.at(pair->src).side < 0 ? s.left_out().at : s.right_out().at);
            } else if (!link.bottom) {
                reserved.push_back(step(link.to).lane < step(link.from).lane ? s.left_out().at : s.right_out().at);
            }
        }
        return reserved;
    }

    // The ports an arrow may leave a step by: the bottom, or its reserved side (the other side
    // only when that fails).
    static std::vector<Port> exits(const Link& link, const Symbol& s, const std::vector<Point>& reserved) {
        if (link.bottom) return {s.bottom()};
        std::vector<Port> out{s.right_out(), s.left_out()};
        for (Port& port : out) {
            const bool mine = std::any_of(reserved.begin(), reserved.end(), [&](const Point& r) {
                return std::abs(r.x - port.at.x) < eps && std::abs(r.y - port.at.y) < eps;
            });
            if (!mine) port.penalty = 60;
        }
        return out;
    }
    // The ports an arrow may come into a step by: the top for the plain flow; a branch a side
    // no decision leaves by (or, dearer, joining the flow into the top).
    static std::vector<Port> entries(const Link& link, const Symbol& s, const std::vector<Point>& reserved) {
        if (link.plain()) return {s.top()};
        std::vector<Port> out;
        for (const Port& side : {s.left_in(), s.right_in()}) {
            const bool taken = std::any_of(reserved.begin(), reserved.end(), [&](const Point& r) {
                return std::abs(r.x - side.at.x) < eps && std::abs(r.y - side.at.y) < eps;
            });
            if (!taken) out.push_back(side);
        }
        Port top = s.top();
        top.penalty = 40;
        out.push_back(top);
        return out;
    }

    // One arrow to draw on a page: a link within it, or the part of a link between pages that
    // lies on it (the step to its connector, or the connector to the step).
    enum class Part : std::uint8_t { whole, to_connector, from_connector };
    struct Task {
        std::size_t link = 0;
        Part part = Part::whole;
    };

    Drawn route_task(std::size_t k, const Task& task, const PageRouter& router,
                     const std::vector<Point>& reserved) const {
        const PagePlan& page = pages_.at(k);
        const Link& link = p_.links.at(task.link);
        const std::string what = "dari " + step_name(step(link.from)) + " ke " + step_name(step(link.to));
        if (task.part == Part::whole) {
            const Symbol& a = page.row(link.from).symbol;
            const Symbol& b = page.row(link.to).symbol;
            return {router.route(exits(link, a, reserved), entries(link, b, reserved), a.box(), b.box(), what),
                    &link, true};
        }
        const ConnectorPair& pair = *pair_of(task.link);
        const bool out = task.part == Part::to_connector;
        const Connector& c = page.connectors.at(out ? pair.src : pair.dst);
        const Symbol& s = page.row(out ? link.from : link.to).symbol;
        return {route_beside(router, c, s, out, reserved, what), &link, out};
    }

    // The arrow between a step and its connector: straight across when the connector is at the
    // symbol's middle; at its corner, across and down into an outgoing one, and out of an
    // incoming one down and across into the symbol's side (unless an arrow leaves by it) or
    // across and down into its top.
    static Path route_beside(const PageRouter& router, const Connector& c, const Symbol& s, bool out,
                             const std::vector<Point>& reserved, const std::string& what) {
        const double symbol_x = c.side < 0 ? s.cx - s.w / 2 : s.cx + s.w / 2;
        const Dir away = c.side < 0 ? Dir::left : Dir::right;
        const Dir toward = c.side < 0 ? Dir::right : Dir::left;
        if (c.corner && out) {
            return router.route({{{symbol_x, s.cy}, away}}, {{{c.cx, c.top}, Dir::down}}, s.box(), c.box(), what);
        }
        if (c.corner) {
            const double inner = c.cx - c.side * c.width() / 2;
            std::vector<Port> ends{{s.top().at, Dir::down, 20}};
            const bool exit_side = std::any_of(reserved.begin(), reserved.end(), [&](const Point& p) {
                return std::abs(p.x - symbol_x) < eps && std::abs(p.y - s.cy) < eps;
            });
            if (!exit_side) ends.push_back({{symbol_x, s.cy}, toward});
            return router.route({{{c.cx, c.top + c.height()}, Dir::down}, {{inner, c.side_y()}, toward}}, ends,
                                c.box(), s.box(), what);
        }
        const double connector_x = c.cx - c.side * c.width() / 2;
        if (out) return router.route({{{symbol_x, s.cy}, away}}, {{{connector_x, c.side_y()}, away}}, s.box(), c.box(), what);
        return router.route({{{connector_x, c.side_y()}, toward}}, {{{symbol_x, s.cy}, toward}}, c.box(), s.box(), what);
    }

    // The page's arrows: the plain flow first, then the branches in step order; one arrow out
    // of a connector that links from other pages share.
    std::vector<Task> page_tasks(std::size_t k) const {
        std::vector<Task> tasks;
        std::vector<std::size_t> shared;  // the connectors already given their arrow out
        for (int pass = 0; pass < 2; ++pass) {
            for (std::size_t i = 0; i < p_.links.size(); ++i) {
                const Link& link = p_.links[i];
                if (link.plain() != (pass == 0)) continue;
                const ConnectorPair* pair = pair_of(i);
                if (pair == nullptr && page_of_.at(link.from) == k) tasks.push_back({i, Part::whole});
                if (pair != nullptr && pair->src_page == k) tasks.push_back({i, Part::to_connector});
                if (pair != nullptr && pair->dst_page == k &&
                    std::find(shared.begin(), shared.end(), pair->dst) == shared.end()) {
                    shared.push_back(pair->dst);
                    tasks.push_back({i, Part::from_connector});
                }
            }
        }
        return tasks;
    }

    // The step row a task's arrow belongs to: its source, or the step beside its connector.
    std::size_t task_row(const Task& task) const {
        const Link& link = p_.links.at(task.link);
        return task.part == Part::from_connector ? link.to : link.from;
    }

    // Routes the page's tasks in order. When one finds no clean route, the page is routed again
    // with that one first (rip-up and reroute), up to a bound; then its error stands.
    void route_page(std::size_t k) {
        PagePlan& page = pages_.at(k);
        const std::vector<Point> reserved = side_exits(k);
        std::vector<Task> tasks = page_tasks(k);
        const std::size_t bound = 2 * tasks.size() + 2;
        for (std::size_t attempt = 0;; ++attempt) {
            page.arrows.clear();
            const PageRouter router(p_, page);
            std::size_t failed = tasks.size();
            for (std::size_t t = 0; t < tasks.size() && failed == tasks.size(); ++t) {
                try {
                    page.arrows.push_back(route_task(k, tasks[t], router, reserved));
                } catch (const std::runtime_error& e) {
                    if (attempt + 1 >= bound || t == 0) throw PageFailure(e.what(), k, task_row(tasks[t]));
                    failed = t;
                }
            }
            if (failed == tasks.size()) return;
            std::rotate(tasks.begin(), tasks.begin() + static_cast<std::ptrdiff_t>(failed),
                        tasks.begin() + static_cast<std::ptrdiff_t>(failed) + 1);
        }
    }

    // "Ya" / "Tidak" next to each decision exit: the nearest spot inside a lane cell of the
    // decision's row that touches no arrow, symbol, connector or other label.
    void place_labels(std::size_t k) {
        PagePlan& page = pages_.at(k);
        const FontBook& fonts = *p_.fonts;
        const Face face = Face::sans_regular;
        for (const Drawn& arrow : page.arrows) {
            if (!arrow.exit_part || arrow.link->label == nullptr) continue;
            const Link& link = *arrow.link;
            const RowPlace& row = page.row(link.from);
            // Its size, or smaller when that finds no room near the exit.
            std::optional<Box> found;
            double size = label_size;
            for (const double tried : {label_size, small_label_size, smallest_label_size}) {
                size = tried;
                const double width = fonts.width(face, size, link.label);
                const double height = fonts.ascent(face, size) + fonts.descent(face, size);
                found = label_spot(page, row, arrow.path.front(), arrow.path.at(1), width, height);
                if (found) break;
            }
            if (!found) {
                throw PageFailure("tata letak: label \"" + std::string(link.label) + "\" " +
                                      step_name(step(link.from)) + " tidak muat di bagan alir",
                                  k, link.from);
            }
            TextRun run;
            run.origin = {found->x0, found->y0 + fonts.ascent(face, size)};
            run.face = face;
            run.size = size;
            run.text = link.label;
            run.width = fonts.width(face, size, link.label);
            page.labels.push_back(std::move(run));
            page.label_boxes.push_back(*found);
        }
    }

    // The best free spot for a width x height label of the exit whose first segment runs from
    // s to d: near that segment, and along it near the exit; none when nothing near is free.
    std::optional<Box> label_spot(const PagePlan& page, const RowPlace& row, Point s, Point d, double width,
                                  double height) const {
        const double dx = d.x > s.x + eps ? 1 : (d.x < s.x - eps ? -1 : 0);
        const double dy = d.y > s.y + eps ? 1 : (d.y < s.y - eps ? -1 : 0);
        struct Spot {
            double score;
            Box box;
        };
        const Box first = segment_box(s, d);
        std::vector<Spot> spots;
        for (double ox = -label_search; ox <= label_search; ox += 1) {
            for (double oy = -label_search; oy <= label_search; oy += 1) {
                const Box box{s.x + ox, s.y + oy, s.x + ox + width, s.y + oy + height};
                const double nx = std::clamp(s.x, box.x0, box.x1), ny = std::clamp(s.y, box.y0, box.y1);
                const double gx = std::max({0.0, first.x0 - box.x1, box.x0 - first.x1});
                const double gy = std::max({0.0, first.y0 - box.y1, box.y0 - first.y1});
                if (std::hypot(gx, gy) > label_reach) continue;  // too far to read as its exit's
                double score = std::hypot(gx, gy) + 0.25 * std::hypot(nx - s.x, ny - s.y);
                // Prefer the side the arrow leaves to: behind the exit reads as another arrow's.
                const double along = ((box.x0 + box.x1) / 2 - s.x) * dx + ((box.y0 + box.y1) / 2 - s.y) * dy;
                if (along < 0) score += 6;
                spots.push_back({score, box});
            }
        }
        std::stable_sort(spots.begin(), spots.end(), [](const Spot& a, const Spot& b) { return a.score < b.score; });
        for (const Spot& spot : spots) {
            if (label_fits(page, row, spot.box)) return spot.box;
        }
        return std::nullopt;
    }

    bool label_fits(const PagePlan& page, const RowPlace& row, const Box& box) const {
        const Columns& c = p_.columns;
        const double inset = p_.chart->line_width / 2 + label_clearance;
        bool in_cell = false;
        for (std::size_t lane = 0; lane < c.lanes && !in_cell; ++lane) {
            in_cell = Box{c.lane_left(lane) + inset, row.top + inset, c.lane_right(lane) - inset,
                          row.bottom() - inset}.contains(box);
        }
        if (!in_cell) return false;
        const Box grown = box.grown(label_clearance);
        for (const RowPlace& r : page.rows) {
            if (polygon_overlaps(r.symbol.outline(), grown)) return false;
        }
        for (const Connector& k : page.connectors) {
            if (k.box().overlaps(grown)) return false;
        }
        for (const Drawn& arrow : page.arrows) {
            for (std::size_t i = 1; i < arrow.path.size(); ++i) {
                Box s = segment_box(arrow.path[i - 1], arrow.path[i]);
                if (i + 1 == arrow.path.size()) s = s.grown(arrow_head * 0.4);  // the head's width
                if (s.grown(arrow_stroke / 2).overlaps(grown)) return false;
            }
        }
        for (const Box& other : page.label_boxes) {
            if (other.overlaps(grown)) return false;
        }
        return true;
    }

    // MULAI / SELESAI in its capsule, as large as fits (at most the cell text's size).
    void symbol_word(const Symbol& s, std::string_view word, std::vector<Item>& items) const {
        const FontBook& fonts = *p_.fonts;
        const Face face = Face::sans_bold;
        const double r = std::min(s.h, s.w) / 2;
        const double straight = s.w / 2 - r;
        for (double size = std::min(7.0, p_.chart->style.size); size >= 4 - eps; size -= 0.25) {
            const double w = fonts.width(face, size, word);
            const double ascent = fonts.ascent(face, size), descent = fonts.descent(face, size);
            const double hx = w / 2 + 1.5, hy = (ascent + descent) / 2 + 1;
            const double ex = std::max(0.0, hx - straight);
            if (ex * ex + hy * hy > r * r) continue;
            TextRun run;
            run.origin = {s.cx - w / 2, s.cy + (ascent - descent) / 2};
            run.face = face;
            run.size = size;
            run.text = std::string(word);
            run.width = w;
            items.emplace_back(std::move(run));
            return;
        }
        throw std::runtime_error("tata letak: kata " + std::string(word) + " tidak muat di simbolnya");
    }

    Frame draw(const PagePlan& page) const {
        const Columns& c = p_.columns;
        const double lw = p_.chart->line_width;
        Frame frame;
        frame.height = page.height;
        append_shifted_copy(frame.items, p_.header.items, 0, 0);
        for (std::size_t r = page.first; r <= page.last; ++r) {
            const RowPlace& row = page.row(r);
            for (const auto& [col, block] : p_.rows.at(r).cells) {
                append_shifted_copy(frame.items, block.items, c.left(col) + pad,
                                    row.top + (row.height - block.height) / 2);
            }
            frame.items.emplace_back(Line{{0, row.bottom()}, {p_.width, row.bottom()}, lw});
            for (double x : c.edges) frame.items.emplace_back(Line{{x, row.top}, {x, row.bottom()}, lw});
        }
        for (std::size_t r = page.first; r <= page.last; ++r) {
            const Symbol& s = page.row(r).symbol;
            if (s.kind == doc::FlowSymbol::proses) {
                Rect rect;
                rect.origin = {s.cx - s.w / 2, s.cy - s.h / 2};
                rect.width = s.w;
                rect.height = s.h;
                rect.stroke_width = symbol_stroke;
                frame.items.emplace_back(rect);
            } else {
                frame.items.emplace_back(Polygon{s.outline(), true, symbol_stroke, -1});
            }
            if (s.kind == doc::FlowSymbol::mulai) symbol_word(s, "MULAI", frame.items);
            if (s.kind == doc::FlowSymbol::selesai) symbol_word(s, "SELESAI", frame.items);
        }
        const FontBook& fonts = *p_.fonts;
        for (const Connector& k : page.connectors) {
            frame.items.emplace_back(Polygon{k.outline(), true, symbol_stroke, -1});
            TextRun run;
            run.face = Face::sans_bold;
            run.size = k.scale * connector_label_size;
            run.text = k.label;
            run.width = fonts.width(run.face, run.size, run.text);
            const double ascent = fonts.ascent(run.face, run.size), descent = fonts.descent(run.face, run.size);
            run.origin = {k.cx - run.width / 2, k.top + k.square() / 2 + (ascent - descent) / 2};
            frame.items.emplace_back(std::move(run));
        }
        for (const Drawn& arrow : page.arrows) {
            frame.items.emplace_back(Arrow{arrow.path, arrow_stroke, arrow_head});
        }
        for (const TextRun& label : page.labels) frame.items.emplace_back(label);
        return frame;
    }

    const Prepared& p_;
    std::vector<PagePlan> pages_;
    std::vector<std::size_t> page_of_;  // page index of every row
    std::vector<ConnectorPair> pairs_;
};

}  // namespace

void layout_flowchart(const doc::Flowchart& chart, double width, Context& context, Flow& out) {
    std::shared_ptr<const Prepared> prepared = prepare(chart, width, context.fonts);
    Piece piece;
    piece.kind = PieceKind::regions;
    piece.what = "bagan alir";
    piece.regions = [prepared](double first, double full) {
        return ChartLayout(*prepared).run(first, full);
    };
    out.pieces.push_back(std::move(piece));
}

}  // namespace kinerja::layout::detail
