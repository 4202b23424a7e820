// 4. The Ya / Tidak labels (see flowchart_layout.cpp): each decision exit's label at the
// nearest free spot inside a lane cell of its row, at most label_reach off the exit's first
// segment, touching no arrow, symbol, connector or other label; smaller when none is free.
// Takes a page's plan with its arrows routed; gives it its labels and their boxes, or throws
// PageFailure naming the decision's row.
#include "layout/flowchart_parts.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kinerja::layout::detail::sop_chart {

// "Ya" / "Tidak" next to each decision exit: the nearest spot inside a lane cell of the
// decision's row that touches no arrow, symbol, connector or other label.
void ChartLayout::place_labels(std::size_t k) {
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
std::optional<Box> ChartLayout::label_spot(const PagePlan& page, const RowPlace& row, Point s, Point d,
                                           double width, double height) const {
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

bool ChartLayout::label_fits(const PagePlan& page, const RowPlace& row, const Box& box) const {
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

}  // namespace kinerja::layout::detail::sop_chart
