// Internal to layout: blocks become a flow of pieces (unbreakable frames, discardable gaps and
// forced page breaks) laid out at a width; the paginator then cuts the flow into pages.
#pragma once

#include "compose/document.hpp"
#include "layout/display_list.hpp"
#include "layout/font_book.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace kinerja::layout::detail {

// Items placed relative to a box's top-left corner.
struct Frame {
    double height = 0;        // points, >= 0
    std::vector<Item> items;  // positions relative to the frame's top-left corner
};

enum class PieceKind : std::uint8_t {
    frame,       // content that never splits
    gap,         // vertical space; cut off at the page bottom, never carried to the next page
    page_break,  // an explicit PageBreak
};

struct Piece {
    PieceKind kind = PieceKind::frame;
    Frame frame;                  // kind == frame; for a gap only frame.height counts
    bool keep_with_next = false;  // no page break between this frame and the next frame
    bool header_row = false;      // a table header row (repeated, so copied, never moved)
    int header = -1;              // index into Flow::headers: repeat it after a break before this
    const char* what = "";        // what this is, for the too-tall message ("baris tabel")
};

// Rows [first, first + count) of a flow, repeated at the top of a page when a page break falls
// before a piece naming them.
struct HeaderRef {
    std::size_t first = 0;
    std::size_t count = 0;
    double height = 0;  // points, sum of the rows' heights
};

struct Flow {
    std::vector<Piece> pieces;
    std::vector<HeaderRef> headers;
};

struct Context {
    const FontBook& fonts;
    const std::map<std::string, const doc::ImageData*, std::less<>>& images;  // by id
    std::set<std::string>& used_images;  // ids placed so far
    double max_height;                   // points: the page's content height
};

// Appends the pieces of `blocks` laid out `width` points wide. `paged` is false inside table
// cells and columns, where a PageBreak is a caller error (std::invalid_argument).
void layout_blocks(const std::vector<doc::Block>& blocks, double width, Context& context,
                   Flow& out, bool paged);

// Appends one piece per row of `table` laid out `width` points wide.
void layout_table(const doc::Table& table, double width, Context& context, Flow& out);

// The pieces stacked top to bottom, gaps kept, into one frame. Throws std::invalid_argument
// on a page break.
Frame stack(Flow&& flow);

// Appends `items` moved by (dx, dy).
void append_shifted(std::vector<Item>& out, std::vector<Item>&& items, double dx, double dy);
void append_shifted_copy(std::vector<Item>& out, const std::vector<Item>& items, double dx,
                         double dy);

}  // namespace kinerja::layout::detail
