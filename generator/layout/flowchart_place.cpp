// 2. Symbols and off-page connectors (see flowchart_layout.cpp). Takes the pages' rows from
// pagination; gives each page's plan its rows (top, height) with their symbols centred in
// their lanes, and the connectors of the links between pages: one beside the source's symbol
// and one beside the target's (shared by links from other pages into one step), labelled A, B,
// … in the links' order, each at the symbol's middle or corner, the symbol narrower only when
// needed. Throws PageFailure when a row's connectors find no room in its lane.
#include "layout/flowchart_parts.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace kinerja::layout::detail::sop_chart {
namespace {

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

// The symbol between x0 and x1: centred in its lane (so the flow through it stays straight)
// and narrower when that keeps it at least centred_share of its width, else as wide as it
// can be up to its width, as near the centre as it can be.
void place_symbol(Symbol& s, double centre, double x0, double x1) {
    const double centred = std::min(s.w, 2 * std::min(centre - x0, x1 - centre));
    if (centred >= std::max(min_symbol_width, centred_share * s.w) - eps) {
        s.w = centred;
        s.cx = centre;
        return;
    }
    s.w = std::min(s.w, x1 - x0);
    s.cx = std::clamp(centre, x0 + s.w / 2, x1 - s.w / 2);
}

// Connector k beside symbol s, on its side: at the symbol's middle, or at its corner.
void place_beside(Connector& k, const Symbol& s, bool corner) {
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

}  // namespace

void ChartLayout::plan_page(const PageRows& r) {
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
std::vector<int> ChartLayout::side_exits_on_page(std::size_t r) const {
    std::vector<int> sides;
    for (const Link& link : p_.links) {
        if (link.from != r || link.bottom || page_of_.at(link.to) != page_of_.at(r)) continue;
        sides.push_back(step(link.to).lane < step(r).lane ? -1 : 1);
    }
    return sides;
}

// Adds a connector beside step `r`'s symbol on its page, wanting the side `towards` (-1 left,
// +1 right); fit_row gives it its side and place.
std::size_t ChartLayout::add_connector(std::size_t page, std::size_t r, int towards, bool incoming,
                                       const std::string& label) {
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
bool ChartLayout::assign_sides(const std::vector<Connector*>& mine, std::size_t r, bool share,
                               int only) const {
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
void ChartLayout::fit_row(PagePlan& plan, std::size_t r) {
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

// Every link between two pages gets a connector beside its source and one beside its
// target, each in its step's row and lane (so the arrow between them is straight), on the
// side towards the other step's lane. Links from other pages into one step share the
// target's connector and its label. Labels A, B, … follow the links' order.
void ChartLayout::place_connectors() {
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

}  // namespace kinerja::layout::detail::sop_chart
