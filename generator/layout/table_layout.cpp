// Tables: column edges from the weights, each cell's content laid out at its width inside the
// padding, rows as tall as their tallest cell; shading, then content, then borders.
#include "layout/flow.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

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
    if (table.line_width > 0) {
        const double lw = table.line_width;
        const auto line = [&](Point from, Point to) { frame.items.emplace_back(Line{from, to, lw}); };
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const PlacedCell& placed = cells[i];
            if (placed.cell->border == doc::Border::none) continue;
            const double l = placed.left, r = placed.right, h = frame.height;
            // A pair of cells read as one (open_bottom above, open_top below) has no line between.
            if (!placed.cell->open_top) line({l, 0}, {r, 0});
            if (!placed.cell->open_bottom) line({l, h}, {r, h});
            line({l, 0}, {l, h});
            // The right edge is the next cell's left edge, unless that cell draws no border.
            if (i + 1 == cells.size() || cells[i + 1].cell->border == doc::Border::none) {
                line({r, 0}, {r, h});
            }
        }
    }
    return frame;
}

}  // namespace

void layout_table(const doc::Table& table, double width, Context& context, Flow& out) {
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
    }
}

}  // namespace kinerja::layout::detail
