// Plane geometry of the SOP flowchart (see flowchart_parts.hpp): boxes and axis-aligned
// segments, and the outline of each symbol, as the router, the labels and the drawing use them.
#include "layout/flowchart_parts.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace kinerja::layout::detail::sop_chart {

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

}  // namespace kinerja::layout::detail::sop_chart
