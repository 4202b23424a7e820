// 3. One arrow's route on a page (see flowchart_layout.cpp, step 3): PageRouter takes the
// Prepared chart and a page's plan (its rows, symbols, connectors and the arrows drawn so far)
// and gives the cheapest clean orthogonal route between ports, or throws std::runtime_error.
#pragma once

#include "layout/flowchart_parts.hpp"

#include <span>
#include <string>
#include <vector>

namespace kinerja::layout::detail::sop_chart {

struct Shape;

class PageRouter {
public:
    PageRouter(const Prepared& p, const PagePlan& page);

    // The cheapest clean route from one of `starts` to one of `ends`; `what` names it for the
    // error when there is none. Each crossing of an arrow already drawn costs as much as a long
    // detour, so four-bend detours compete when every simpler route crosses one.
    Path route(const std::vector<Port>& starts, const std::vector<Port>& ends, const Box& from,
               const Box& to, const std::string& what) const;

    // How many times `path` crosses the arrows already drawn on the page.
    std::size_t crossings(std::span<const Point> path) const;

private:
    // Tracks in the band from..to, at least the margins off its edges.
    void add_tracks(double from, double to, double from_margin, double to_margin);
    // Whether y and y2 lie in the same row of the page.
    bool same_row(double y, double y2) const;
    static double length(std::span<const Point> path);
    // Whether `v` lies ahead of the start in its direction, and the end ahead of `v` in its.
    static bool ahead(const Port& s, double v);
    static bool before(const Port& e, double v);
    // Orthogonal shapes from s to e. Without `detours`: straight, L, Z through a track or a
    // channel, and the three-bend shapes through a channel and a track. With: the four-bend
    // detours, turning in the zones (vertical ends) or channels (horizontal ends) next to the
    // two ends.
    void shapes(const Port& s, const Port& e, bool detours, std::vector<Shape>& out) const;
    // The four-bend detours, and the shapes of at most three bends.
    void detour_shapes(const Port& s, const Port& e, std::vector<Shape>& out) const;
    void simple_shapes(const Port& s, const Port& e, std::vector<Shape>& out) const;
    bool clean(std::span<const Point> path, const Box& from, const Box& to) const;
    // Two arrows run along each other, or one touches the other's bend or head. Arrows into
    // the same point (so along the same line: every port has one direction) merge: their last
    // segments overlap, and one joins the other's last segment well before the head.
    static bool conflict(std::span<const Point> a, std::span<const Point> b);

    const Prepared& p_;
    const PagePlan& page_;
    Box area_;
    std::vector<double> row_lines_, lane_lines_, tracks_;
    double line_clearance_ = 0;  // points, centre to centre, off a table line an arrow runs along
};

}  // namespace kinerja::layout::detail::sop_chart
