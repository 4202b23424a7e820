// Before pagination (see flowchart_layout.cpp): checks the chart and prepares what every page
// shares. Takes the doc::Flowchart, the table's width and the fonts; gives a Prepared: the
// column edges, the symbols' width, the connectors' scale in narrow lanes, the vertical
// channels between the lanes' symbols, the header frame (heading rows and column numbers),
// each step row's cell texts and height, and the links (plain flow and decision branches).
#include "layout/flowchart_parts.hpp"

#include "layout/layout_engine.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <memory>
#include <numeric>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kinerja::layout::detail::sop_chart {
namespace {

// --- text ----------------------------------------------------------------------------------

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

// --- the columns, the links ----------------------------------------------------------------

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

// --- the header ----------------------------------------------------------------------------

// The heading rows a heading text spans.
enum class Band : std::uint8_t { first, second, both };

struct HeadingText {
    TextBlock block;
    std::size_t first, last;  // columns
    Band band;
};

// The texts of the two heading rows, each at the top-left of its span.
std::vector<HeadingText> heading_texts(const Prepared& p) {
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
    std::vector<HeadingText> placed;
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
    return placed;
}

// The header's lines, its rows h1 and h2 tall above the number row: the frame's top and bottom,
// under the two spans of row 1, under row 2, and the column edges (in row 1 only the spans').
void header_lines(const Prepared& p, double h1, double h2, Frame& frame) {
    const Columns& c = p.columns;
    const std::size_t lanes_end = c.lane_column(c.lanes - 1);
    const std::size_t kel = c.kelengkapan();
    const double lw = p.chart->line_width;
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
}

// The heading rows and the column-number row, with their lines.
Frame make_header(const Prepared& p) {
    const doc::Flowchart& chart = *p.chart;
    const FontBook& fonts = *p.fonts;
    const Columns& c = p.columns;
    std::vector<HeadingText> placed = heading_texts(p);
    double h1 = 0, h2 = 0, both = 0;
    for (const HeadingText& x : placed) {
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
    for (HeadingText& x : placed) {
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
    header_lines(p, h1, h2, frame);
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

}  // namespace

double off_grid(const doc::Flowchart& chart) {
    return std::ceil((grid_gap + chart.line_width / 2 + arrow_stroke / 2) * 2) / 2;
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

}  // namespace kinerja::layout::detail::sop_chart
