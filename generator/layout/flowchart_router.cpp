// 3. One arrow's route (see flowchart_router.hpp): the shapes tried (straight, L, Z, the
// three-bend shapes through a channel and a track, four-bend detours), their cost (length,
// bends, ports' penalties, crossings) and what makes one clean (off symbols, connectors,
// table lines, other arrows' runs, bends and heads).
#include "layout/flowchart_router.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <optional>
#include <stdexcept>

namespace kinerja::layout::detail::sop_chart {

// A candidate route: up to four bends.
struct Shape {
    std::array<Point, 6> points{};
    std::size_t count = 0;
    std::span<const Point> span() const { return {points.data(), count}; }
};

namespace {

Shape shape(std::initializer_list<Point> points) {
    Shape out;
    for (const Point& p : points) out.points.at(out.count++) = p;
    return out;
}

bool vertical(Dir d) { return d == Dir::up || d == Dir::down; }

}  // namespace

PageRouter::PageRouter(const Prepared& p, const PagePlan& page) : p_(p), page_(page) {
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

Path PageRouter::route(const std::vector<Port>& starts, const std::vector<Port>& ends, const Box& from,
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

std::size_t PageRouter::crossings(std::span<const Point> path) const {
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

void PageRouter::add_tracks(double from, double to, double from_margin, double to_margin) {
    const double mid = (from + to) / 2;
    for (double y : {mid, mid - 3, mid + 3, mid - 6, mid + 6}) {
        if (y >= from + from_margin - eps && y <= to - to_margin + eps) tracks_.push_back(y);
    }
}

bool PageRouter::same_row(double y, double y2) const {
    for (const RowPlace& row : page_.rows) {
        const bool in = y >= row.top - eps && y <= row.bottom() + eps;
        const bool in2 = y2 >= row.top - eps && y2 <= row.bottom() + eps;
        if (in || in2) return in && in2;
    }
    return false;
}

double PageRouter::length(std::span<const Point> path) {
    double total = 0;
    for (std::size_t i = 1; i < path.size(); ++i) {
        total += std::abs(path[i].x - path[i - 1].x) + std::abs(path[i].y - path[i - 1].y);
    }
    return total;
}

bool PageRouter::ahead(const Port& s, double v) {
    switch (s.dir) {
    case Dir::down: return v > s.at.y + eps;
    case Dir::up: return v < s.at.y - eps;
    case Dir::right: return v > s.at.x + eps;
    case Dir::left: return v < s.at.x - eps;
    }
    return false;
}

bool PageRouter::before(const Port& e, double v) {
    switch (e.dir) {
    case Dir::down: return e.at.y > v + eps;
    case Dir::up: return e.at.y < v - eps;
    case Dir::right: return e.at.x > v + eps;
    case Dir::left: return e.at.x < v - eps;
    }
    return false;
}

void PageRouter::shapes(const Port& s, const Port& e, bool detours, std::vector<Shape>& out) const {
    if (detours) {
        detour_shapes(s, e, out);
    } else {
        simple_shapes(s, e, out);
    }
}

void PageRouter::detour_shapes(const Port& s, const Port& e, std::vector<Shape>& out) const {
    const Point a = s.at, b = e.at;
    const bool s_vertical = vertical(s.dir), e_vertical = vertical(e.dir);
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
}

void PageRouter::simple_shapes(const Port& s, const Port& e, std::vector<Shape>& out) const {
    const Point a = s.at, b = e.at;
    const bool s_vertical = vertical(s.dir), e_vertical = vertical(e.dir);
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

bool PageRouter::clean(std::span<const Point> path, const Box& from, const Box& to) const {
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
bool PageRouter::conflict(std::span<const Point> a, std::span<const Point> b) {
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

}  // namespace kinerja::layout::detail::sop_chart
