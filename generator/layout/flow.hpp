// Internal to layout: blocks become a flow of pieces (unbreakable frames, discardable gaps,
// forced page breaks and content laid out by page regions) laid out at a width; the paginator
// then cuts the flow into pages.
#pragma once

#include "compose/document.hpp"
#include "layout/display_list.hpp"
#include "layout/font_book.hpp"
#include "layout/text_lines.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
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
    regions,     // content that breaks itself: laid out when the paginator reaches it
};

// Content laid out into page-sized regions (Typst's layout/regions.rs): given the room left
// on the current page (`first`, points) and the room of a whole page (`full`, points, >= first),
// returns one frame per page, in order: frame 0 goes on the current page at the cursor, every
// further frame at the top of a new page. Frame 0 may be empty (height 0, no items) when
// nothing fits the current page's rest; then `first` < `full`, never on an unused page. Every
// frame k >= 1 is at most `full` tall, frame 0 at most `first`. Used where what is drawn
// depends on where the page breaks fall (the SOP flowchart's off-page connectors).
using RegionLayout = std::function<std::vector<Frame>(double first, double full)>;

struct Piece {
    PieceKind kind = PieceKind::frame;
    Frame frame;                  // kind == frame; for a gap only frame.height counts
    bool keep_with_next = false;  // no page break between this frame and the next frame
    bool kept_with_next_block = false;  // the frame before a KeepTogether with_previous: the two
                                        // move together even inside a chain taller than a page
    bool header_row = false;      // a table header row (repeated, so copied, never moved)
    bool elastic = true;          // a gap that may be set tighter (not one inside a KeepTogether)
    int header = -1;              // index into Flow::headers: repeat it after a break before this
    const char* what = "";        // what this is, for the too-tall message ("baris tabel")
    RegionLayout regions;         // kind == regions: lays the content out (see RegionLayout)
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

// The same for a table the caller lets go: each row is emptied once laid out, so that a table
// of thousands of rows (a month's indeks) is not held as rows and as pieces at once.
void layout_table(doc::Table&& table, double width, Context& context, Flow& out);

// Appends one regions piece drawing the SOP flowchart `chart` `width` points wide (see
// flowchart_layout.cpp). The chart and the fonts must outlive the pagination.
void layout_flowchart(const doc::Flowchart& chart, double width, Context& context, Flow& out);

// The pieces stacked top to bottom, gaps kept, into one frame. Throws std::invalid_argument
// on a page break or a regions piece (a flowchart inside a table cell or columns).
Frame stack(Flow&& flow);

// Where the baseline sits below the top of a line box of height `box`: the glyph box (ascent +
// descent) centred in it, the extra leading split above and below.
double baseline_in_line(Face face, double size, double box, const FontBook& fonts);

// The runs of one broken line of `text` as TextRuns (and the underline, if the style has one),
// the line box's top at y = top, the baseline `baseline` below it, moved right by dx.
void emit_line(const BrokenLine& line, std::string_view text, const doc::TextStyle& style,
               Face face, double top, double baseline, const FontBook& fonts, double dx,
               std::vector<Item>& items);

// The strike-through lines of one broken line of `text` (doc::Paragraph::strike): one line for
// each span the line holds part of, from the span's first glyph on the line to its last, through
// the middle of the lower-case letters; placed as emit_line places the runs.
void emit_strikes(const BrokenLine& line, std::string_view text, const std::vector<doc::TextSpan>& strike,
                  const doc::TextStyle& style, Face face, double top, double baseline,
                  const FontBook& fonts, double dx, std::vector<Item>& items);

// Appends `items` moved by (dx, dy).
void append_shifted(std::vector<Item>& out, std::vector<Item>&& items, double dx, double dy);
void append_shifted_copy(std::vector<Item>& out, const std::vector<Item>& items, double dx,
                         double dy);

}  // namespace kinerja::layout::detail
