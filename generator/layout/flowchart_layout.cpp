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
//
// Each phase has a file of its own (flowchart_parts.hpp lists them); this one holds the entry
// point and the retry loop that moves page breaks.
#include "layout/flowchart_parts.hpp"

#include <cstddef>
#include <memory>
#include <optional>
#include <stdexcept>
#include <utility>
#include <vector>

namespace kinerja::layout::detail {
namespace sop_chart {

std::vector<Frame> ChartLayout::run(double first, double full) {
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

// The layout with breaks as `limits` say, moving one each time a page finds no room, a
// bounded number of times; then the last failure is thrown.
std::vector<Frame> ChartLayout::run_moving_breaks(double first, double full,
                                                  std::vector<std::size_t> limits) {
    const std::size_t bound = 2 * p_.rows.size();
    for (std::size_t attempt = 0;; ++attempt) {
        try {
            return attempt_pages(first, full, limits);
        } catch (const PageFailure& failure) {
            if (attempt + 1 >= bound || !move_break(failure, limits)) throw;
        }
    }
}

std::vector<Frame> ChartLayout::attempt_pages(double first, double full,
                                              const std::vector<std::size_t>& limits) {
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
bool ChartLayout::move_break(const PageFailure& failure, std::vector<std::size_t>& limits) const {
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

}  // namespace sop_chart

void layout_flowchart(const doc::Flowchart& chart, double width, Context& context, Flow& out) {
    std::shared_ptr<const sop_chart::Prepared> prepared = sop_chart::prepare(chart, width, context.fonts);
    Piece piece;
    piece.kind = PieceKind::regions;
    piece.what = "bagan alir";
    piece.regions = [prepared](double first, double full) {
        return sop_chart::ChartLayout(*prepared).run(first, full);
    };
    out.pieces.push_back(std::move(piece));
}

}  // namespace kinerja::layout::detail
