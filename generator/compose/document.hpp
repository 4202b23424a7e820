// A document as compose hands it to layout: pages settings and a tree of blocks with their
// text resolved. No positions yet: layout decides where everything goes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>
#include <variant>

namespace kinerja::doc {

inline constexpr double points_per_mm = 72.0 / 25.4;  // sizes in templates are millimetres

enum class Family { sans, serif };
enum class Align { left, center, right, justify };
enum class VAlign { top, middle, bottom };

struct TextStyle {
    Family family = Family::serif;
    bool bold = false;
    bool italic = false;
    bool underline = false;
    double size = 11;                // points, > 0
    double leading = 1.2;            // line height as a multiple of size, >= 1
    Align align = Align::left;
    friend bool operator==(const TextStyle&, const TextStyle&) = default;
};

struct Block;  // defined below; vectors of it may be declared before

// Bytes [begin, end) of a paragraph's text, on code point boundaries.
struct TextSpan {
    std::size_t begin = 0;
    std::size_t end = 0;  // > begin, <= the text's size
    friend bool operator==(const TextSpan&, const TextSpan&) = default;
};

// Text that wraps at spaces and hyphens to the width it gets; an overlong word is broken.
// `\n` in text forces a line break.
struct Paragraph {
    std::string text;       // UTF-8
    TextStyle style;
    double space_before = 0;  // points
    double space_after = 0;   // points
    bool no_runt = false;     // when it wraps, its last line never holds one word alone
    // Parts struck through (coret yang tidak perlu: "TRIWULAN I/II/III/IV-AKHIR" with all but
    // one option struck): a line through the middle of their glyphs, line by line; ascending,
    // not overlapping.
    std::vector<TextSpan> strike{};
    friend bool operator==(const Paragraph&, const Paragraph&) = default;
};

struct Spacer {
    double height = 0;  // points, >= 0
    friend bool operator==(const Spacer&, const Spacer&) = default;
};

// A horizontal rule across the full width (the kop's closing line; two for a double rule).
struct Rule {
    double thickness = 1;     // points, > 0
    double space_before = 0;  // points
    double space_after = 0;   // points
    friend bool operator==(const Rule&, const Rule&) = default;
};

// An image scaled to fit width×height keeping its aspect ratio, placed by align.
struct Image {
    std::string id;        // key into Document::images
    double width = 0;      // points, > 0: the box the image is fitted into
    double height = 0;     // points, > 0
    Align align = Align::left;
    friend bool operator==(const Image&, const Image&) = default;
};

enum class Border : std::uint8_t { none = 0, all = 1 };

struct Cell {
    std::vector<Block> content;  // laid out top to bottom inside the padding
    int colspan = 1;             // >= 1
    VAlign valign = VAlign::top;
    double shade = 1.0;          // fill gray level: 1 = none (white), 0.9 = light grey
    Border border = Border::all; // lines around this cell (when the table draws borders)
    // Leave out the line above / below this cell, so that it reads as one with the cell of the
    // same column in the row above / below (a heading spanning two rows, a label column).
    // Set on both cells of the pair: open_bottom on the upper one, open_top on the lower one.
    bool open_top = false;
    bool open_bottom = false;
    friend bool operator==(const Cell&, const Cell&) = default;
};

struct Row {
    std::vector<Cell> cells;  // colspans add up to the table's column count
    bool keep_with_next = false;  // never break a page between this row and the next
    friend bool operator==(const Row&, const Row&) = default;
};

// A table: rows grow to fit their tallest cell; a table that does not fit breaks between rows,
// the first `header_rows` repeated at the top of every page. A row never splits.
struct Table {
    std::vector<double> columns;  // relative widths (weights), > 0; they share the full width
    std::vector<Row> rows;
    int header_rows = 0;          // rows repeated after a page break
    double padding = 3;           // points, inside every cell
    double line_width = 0.5;      // points; 0 = no borders at all
    friend bool operator==(const Table&, const Table&) = default;
};

// Blocks side by side (signature blocks, label–value columns); weights share the width.
struct Columns {
    std::vector<double> weights;                // > 0, one per column
    std::vector<std::vector<Block>> columns;    // content of each column
    double gap = 12;                            // points between columns
    friend bool operator==(const Columns&, const Columns&) = default;
};

// Blocks that must stay on one page (moved to the next page whole if they do not fit). With
// `with_previous`, they also stay on the page of what comes just before them (the last line of
// a paragraph, the last row of a table): a signature block never starts a page on its own.
struct KeepTogether {
    std::vector<Block> blocks;
    bool with_previous = false;
    friend bool operator==(const KeepTogether&, const KeepTogether&) = default;
};

struct PageBreak {
    friend bool operator==(const PageBreak&, const PageBreak&) = default;
};

// The Permendagri 52/2011 SOP flowchart table: NO | URAIAN PROSEDUR | PELAKSANA (one column per
// lane) | MUTU BAKU (Kelengkapan, Waktu, Output) | KET, with the column-number row under the
// header. Layout draws each step's symbol in its lane, the arrows between steps, Ya/Tidak on a
// decision's exits, repeats the header on every page and puts matching off-page connectors where
// the flow crosses a page break. A row never splits.
enum class FlowSymbol { mulai, proses, keputusan, selesai };

struct FlowStep {
    int nomor = 0;                         // 1..n, the step's number (steps are in order)
    std::string uraian;                    // the procedure text, UTF-8
    std::size_t lane = 0;                  // index into Flowchart::lanes
    FlowSymbol symbol = FlowSymbol::proses;
    std::vector<std::string> kelengkapan;  // list items (one item prints without a dash)
    std::string waktu, output, keterangan; // printed as given
    int ya = 0, tidak = 0;                 // keputusan: target step numbers 1..n; else 0
    friend bool operator==(const FlowStep&, const FlowStep&) = default;
};

struct Flowchart {
    std::vector<std::string> lanes;  // lane headings, 1..8
    std::vector<FlowStep> steps;     // at least 2; first mulai; flow: next step, or ya/tidak
    TextStyle style{Family::sans, false, false, false, 8, 1.15, Align::left};  // cell text
    double line_width = 0.5;         // points, table rules
    friend bool operator==(const Flowchart&, const Flowchart&) = default;
};

struct Block {
    std::variant<Paragraph, Spacer, Rule, Image, Table, Columns, KeepTogether, PageBreak, Flowchart> v;
    friend bool operator==(const Block&, const Block&) = default;
};

struct PageSetup {
    double width = 595.28;   // points (A4 210 mm), > 0
    double height = 841.89;  // points (A4 297 mm), > 0
    double margin_top = 56.69, margin_right = 56.69, margin_bottom = 56.69, margin_left = 70.87;  // points
    // Footer text on every page, with {halaman} and {jumlah} replaced ("Halaman 1 dari 2"); empty = none.
    std::string footer = "Halaman {halaman} dari {jumlah}";
    TextStyle footer_style{Family::serif, false, true, false, 8, 1.2, Align::right};
    // Text at the top right of every page (a copy's label); empty = none.
    std::string label;
    TextStyle label_style{Family::serif, true, false, false, 8, 1.2, Align::right};
    friend bool operator==(const PageSetup&, const PageSetup&) = default;
};

struct ImageData {
    std::string bytes;     // the PNG or JPEG file's bytes (render::check_image accepts them)
    int pixel_width = 0;   // > 0
    int pixel_height = 0;  // > 0
    friend bool operator==(const ImageData&, const ImageData&) = default;
};

struct Document {
    PageSetup page;
    std::vector<Block> body;
    std::string title, author, subject, keywords;        // PDF metadata
    std::vector<std::pair<std::string, ImageData>> images;  // by id, sorted by id
    friend bool operator==(const Document&, const Document&) = default;
};

}  // namespace kinerja::doc
