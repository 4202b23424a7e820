// 3. The arrows, page by page (see flowchart_layout.cpp): the plain flow first, then the
// branches in step order, each the cheapest clean route PageRouter finds; when one finds none,
// the page is routed again with it first (rip-up and reroute), a bounded number of times.
// Takes the pages' plans with their symbols and connectors placed; gives each its arrows, or
// throws PageFailure naming the row the failing arrow belongs to.
#include "layout/flowchart_parts.hpp"
#include "layout/flowchart_router.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace kinerja::layout::detail::sop_chart {
namespace {

// The ports an arrow may leave a step by: the bottom, or its reserved side (the other side
// only when that fails).
std::vector<Port> exit_ports(const Link& link, const Symbol& s, const std::vector<Point>& reserved) {
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
std::vector<Port> entry_ports(const Link& link, const Symbol& s, const std::vector<Point>& reserved) {
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

// The arrow between a step and its connector: straight across when the connector is at the
// symbol's middle; at its corner, across and down into an outgoing one, and out of an
// incoming one down and across into the symbol's side (unless an arrow leaves by it) or
// across and down into its top.
Path route_beside(const PageRouter& router, const Connector& c, const Symbol& s, bool out,
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

}  // namespace

const ConnectorPair* ChartLayout::pair_of(std::size_t link) const {
    for (const ConnectorPair& pair : pairs_) {
        if (pair.link == link) return &pair;
    }
    return nullptr;
}

// The sides the decisions' side exits, and the arrows into connectors, leave by. Reserved
// before any arrow is routed, so that branches coming into a step leave them free.
std::vector<Point> ChartLayout::side_exits(std::size_t k) const {
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

Drawn ChartLayout::route_task(std::size_t k, const Task& task, const PageRouter& router,
                              const std::vector<Point>& reserved) const {
    const PagePlan& page = pages_.at(k);
    const Link& link = p_.links.at(task.link);
    const std::string what = "dari " + step_name(step(link.from)) + " ke " + step_name(step(link.to));
    if (task.part == Part::whole) {
        const Symbol& a = page.row(link.from).symbol;
        const Symbol& b = page.row(link.to).symbol;
        return {router.route(exit_ports(link, a, reserved), entry_ports(link, b, reserved), a.box(), b.box(), what),
                &link, true};
    }
    const ConnectorPair& pair = *pair_of(task.link);
    const bool out = task.part == Part::to_connector;
    const Connector& c = page.connectors.at(out ? pair.src : pair.dst);
    const Symbol& s = page.row(out ? link.from : link.to).symbol;
    return {route_beside(router, c, s, out, reserved, what), &link, out};
}

// The page's arrows: the plain flow first, then the branches in step order; one arrow out
// of a connector that links from other pages share.
std::vector<ChartLayout::Task> ChartLayout::page_tasks(std::size_t k) const {
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
std::size_t ChartLayout::task_row(const Task& task) const {
    const Link& link = p_.links.at(task.link);
    return task.part == Part::from_connector ? link.to : link.from;
}

// Routes the page's tasks in order. When one finds no clean route, the page is routed again
// with that one first (rip-up and reroute), up to a bound; then its error stands.
void ChartLayout::route_page(std::size_t k) {
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

}  // namespace kinerja::layout::detail::sop_chart
