// A page's plan drawn (see flowchart_layout.cpp): takes the plan with its rows, symbols,
// connectors, arrows and labels placed; gives the page's frame: the repeated header, each
// row's cell texts and lines, the symbols (MULAI / SELESAI in theirs), the connectors with
// their labels, the arrows and the Ya / Tidak labels, in that drawing order.
#include "layout/flowchart_parts.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kinerja::layout::detail::sop_chart {

// MULAI / SELESAI in its capsule, as large as fits (at most the cell text's size).
void ChartLayout::symbol_word(const Symbol& s, std::string_view word, std::vector<Item>& items) const {
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

Frame ChartLayout::draw(const PagePlan& page) const {
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

}  // namespace kinerja::layout::detail::sop_chart
