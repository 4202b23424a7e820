// Tables: column edges from the weights, each cell's content laid out at its width inside the
// padding, rows as tall as their tallest cell; shading, then content, then borders.
#include "layout/flow.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

namespace kinerja::layout::detail {
namespace {

void check_table(const doc::Table& table) {
    if (table.columns.empty()) throw std::invalid_argument("tata letak: tabel tanpa kolom");
    for (double weight : table.columns) {
        if (!(weight > 0) || !std::isfinite(weight)) {
            throw std::invalid_argument("tata letak: bobot kolom tabel harus lebih dari 0");
        }
    }
    if (table.header_rows < 0 || static_cast<std::size_t>(table.header_rows) > table.rows.size()) {
        throw std::invalid_argument("tata letak: jumlah baris kepala tabel tidak sesuai");
    }
    if (!(table.padding >= 0) || !(table.line_width >= 0)) {
        throw std::invalid_argument("tata letak: padding dan tebal garis tabel tidak boleh negatif");
    }
}

struct PlacedCell {
    const doc::Cell* cell = nullptr;
    double left = 0, right = 0;  // points from the table's left edge
    Frame content;
};

// Appends `line` to `items`, or lengthens the last line of `items` when `line` continues it:
// the same width, on the same horizontal, starting where it ends.
void join_horizontal(std::vector<Item>& items, std::size_t first, const Line& line) {
    if (items.size() > first) {
        if (auto* last = std::get_if<Line>(&items.back());
            last && last->width == line.width && last->from.y == line.from.y && last->to.y == line.to.y &&
            last->to.x == line.from.x) {
            last->to.x = line.to.x;
            return;
        }
    }
    items.emplace_back(line);
}

// The ruled lines of a row `height` tall: each bordered cell's top and bottom edges (unless
// open: a pair of cells read as one has no line between) and its left edge, and its right edge
// unless the next cell's left edge draws it. Top and bottom edges that continue one another
// along the row are drawn as one line: a table of thousands of rows (a month's indeks) then
// holds half the items of four lines a cell, and looks the same.
void add_borders(const std::vector<PlacedCell>& cells, double height, double lw, std::vector<Item>& items) {
    const std::size_t tops = items.size();
    for (const PlacedCell& placed : cells) {
        if (placed.cell->border == doc::Border::none || placed.cell->open_top) continue;
        join_horizontal(items, tops, Line{{placed.left, 0}, {placed.right, 0}, lw});
    }
    const std::size_t bottoms = items.size();
    for (const PlacedCell& placed : cells) {
        if (placed.cell->border == doc::Border::none || placed.cell->open_bottom) continue;
        join_horizontal(items, bottoms, Line{{placed.left, height}, {placed.right, height}, lw});
    }
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const PlacedCell& placed = cells[i];
        if (placed.cell->border == doc::Border::none) continue;
        items.emplace_back(Line{{placed.left, 0}, {placed.left, height}, lw});
        if (i + 1 == cells.size() || cells[i + 1].cell->border == doc::Border::none) {
            items.emplace_back(Line{{placed.right, 0}, {placed.right, height}, lw});
        }
    }
}

Frame layout_row(const doc::Row& row, const std::vector<double>& edges, const doc::Table& table,
                 Context& context) {
    const std::size_t column_count = edges.size() - 1;
    const double padding = table.padding;
    std::vector<PlacedCell> cells;
    cells.reserve(row.cells.size());
    std::size_t column = 0;
    double content_height = 0;
    for (const doc::Cell& cell : row.cells) {
        if (cell.colspan < 1 || column + static_cast<std::size_t>(cell.colspan) > column_count) {
            throw std::invalid_argument("tata letak: colspan sel melebihi jumlah kolom tabel");
        }
        if (!(cell.shade >= 0 && cell.shade <= 1)) {
            throw std::invalid_argument("tata letak: warna arsir sel harus antara 0 dan 1");
        }
        PlacedCell placed;
        placed.cell = &cell;
        placed.left = edges.at(column);
        column += static_cast<std::size_t>(cell.colspan);
        placed.right = edges.at(column);
        const double inner = placed.right - placed.left - 2 * padding;
        if (!(inner > 0)) {
            throw std::runtime_error("tata letak: sel tabel terlalu sempit untuk padding-nya");
        }
        Flow flow;
        layout_blocks(cell.content, inner, context, flow, false);
        placed.content = stack(std::move(flow));
        content_height = std::max(content_height, placed.content.height);
        cells.push_back(std::move(placed));
    }
    if (column != column_count) {
        throw std::invalid_argument("tata letak: jumlah colspan sebuah baris (" +
                                    std::to_string(column) + ") tidak sama dengan jumlah kolom (" +
                                    std::to_string(column_count) + ")");
    }

    Frame frame;
    frame.height = content_height + 2 * padding;
    for (const PlacedCell& placed : cells) {
        if (placed.cell->shade < 1) {
            Rect shade;
            shade.origin = {placed.left, 0};
            shade.width = placed.right - placed.left;
            shade.height = frame.height;
            shade.fill_gray = placed.cell->shade;
            frame.items.emplace_back(shade);
        }
    }
    for (PlacedCell& placed : cells) {
        const double room = content_height - placed.content.height;
        double dy = padding;
        if (placed.cell->valign == doc::VAlign::middle) dy += room / 2;
        if (placed.cell->valign == doc::VAlign::bottom) dy += room;
        append_shifted(frame.items, std::move(placed.content.items), placed.left + padding, dy);
    }
    if (table.line_width > 0) add_borders(cells, frame.height, table.line_width, frame.items);
    return frame;
}

}  // namespace

namespace {

// layout_table's work; `laid_out(r)` is called once row r's piece is made.
template <typename LaidOut>
void layout_rows(const doc::Table& table, double width, Context& context, Flow& out, LaidOut laid_out) {
    check_table(table);
    double total = 0;
    for (double weight : table.columns) total += weight;
    std::vector<double> edges{0};
    double prefix = 0;
    for (double weight : table.columns) {
        prefix += weight;
        edges.push_back(width * prefix / total);
    }
    edges.back() = width;

    const auto header_rows = static_cast<std::size_t>(table.header_rows);
    const bool has_body = header_rows < table.rows.size();
    int header = -1;
    if (header_rows > 0 && has_body) {
        header = static_cast<int>(out.headers.size());
        out.headers.push_back({out.pieces.size(), header_rows, 0});
    }
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const doc::Row& row = table.rows[r];
        Piece piece;
        piece.frame = layout_row(row, edges, table, context);
        piece.what = "baris tabel";
        piece.keep_with_next = row.keep_with_next;
        if (r < header_rows) {
            piece.header_row = true;
            piece.keep_with_next = piece.keep_with_next || has_body;  // never a lone header
            if (header >= 0) out.headers.at(static_cast<std::size_t>(header)).height += piece.frame.height;
        } else {
            piece.header = header;
        }
        out.pieces.push_back(std::move(piece));
        laid_out(r);
    }
}

}  // namespace

void layout_table(const doc::Table& table, double width, Context& context, Flow& out) {
    layout_rows(table, width, context, out, [](std::size_t) {});
}

void layout_table(doc::Table&& table, double width, Context& context, Flow& out) {
    layout_rows(table, width, context, out, [&](std::size_t r) { table.rows[r] = doc::Row{}; });
}

}  // namespace kinerja::layout::detail
