// The compiled form of a template (internal to compose/template*.cpp): the element tree with
// styles resolved to doc::TextStyle, lengths to points and fields to indexes into a Record.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "compose/document.hpp"
#include "compose/fields.hpp"

namespace kinerja::compose::program {

// Where a value is: in the record (depth 0) or in the element of the depth-th enclosing list.
struct FieldRef {
    int depth = 0;          // 0 = the record; k = the element of the k-th enclosing <rows>/<repeat>
    int index = 0;          // into Record::values of that level; unused when position
    bool position = false;  // the element's 1-based "no" instead of a field
    FieldDef def;           // type and default number format (name for messages)
};

enum class FormatterKind {
    tanggal,  // date → "1 Maret 2024"
    angka,    // number or integer → places decimals, thousands grouped
    ringkas,  // number or integer → up to places decimals, trailing zeros dropped
    nip,      // NIP → "19690627 200112 1 003"
    upper,    // anything printable → upper case
    lower,    // anything printable → lower case
    atau,     // absent or empty → text
    sebutan,  // number → "Sangat Baik" … "Buruk"
};

struct Formatter {
    FormatterKind kind = FormatterKind::upper;
    int places = 2;    // angka, ringkas
    std::string text;  // atau
};

struct Field {
    FieldRef ref;
    std::vector<Formatter> formatters;  // applied left to right
};

// <if>/<unless>: a field that is present (non-empty text, true flag, any number/date/NIP) or
// a non-empty list.
struct ListRef {
    int depth = 0;  // as FieldRef::depth
    int index = 0;  // into Record::lists of that level
};

struct Condition {
    std::optional<FieldRef> field;  // exactly one of field and list
    std::optional<ListRef> list;
    bool negate = false;  // <unless>
};

// Literal text or a field; a paragraph's text is a sequence of these.
struct Piece {
    std::string literal;         // when !field
    std::optional<Field> field;  // when set, literal is empty
    // Inside <s>: the number of that <s> in its paragraph (1, 2, …; 0 = not struck), and its
    // condition (struck only when it holds; none = always).
    int strike = 0;
    std::optional<Condition> strike_if{};
};

struct Text {
    std::vector<Piece> pieces;
};

struct Block;
struct RowItem;

struct Paragraph {
    Text text;
    doc::TextStyle style;
    double space_before = 0, space_after = 0;  // points
};

// The letterhead, from the instansi.* fields.
struct Kop {
    FieldRef pemerintah, nama, alamat;
    std::optional<FieldRef> kode_pos;  // "Kode Pos …" after the alamat when non-empty
    std::optional<FieldRef> logo;      // image id; the logo at the left when non-empty
    doc::Family family = doc::Family::serif;
};

struct Cell {
    int colspan = 1;
    doc::VAlign valign = doc::VAlign::top;
    double shade = 1.0;
    doc::Border border = doc::Border::all;
    bool open_top = false, open_bottom = false;
    std::vector<Block> content;
};

struct Row {
    std::vector<Cell> cells;
    bool keep_with_next = false;
};

struct EachRows {
    ListRef list;
    std::vector<RowItem> rows;  // repeated for every element
};

struct IfRows {
    Condition condition;
    std::vector<RowItem> rows;
};

struct RowItem {
    std::variant<Row, EachRows, IfRows> v;
};

struct Table {
    std::vector<double> columns;  // weights
    std::vector<RowItem> rows;
    int header_rows = 0;          // the first rows, all plain <row>s
    double padding = 3;           // points
    double line_width = 0.5;      // points; 0 = no borders
};

struct Columns {
    std::vector<double> weights;
    std::vector<std::vector<Block>> columns;
    double gap = 12;  // points
};

struct Keep {
    std::vector<Block> blocks;
    bool with_previous = false;  // with-previous="true": kept with what comes before it
};

struct If {
    Condition condition;
    std::vector<Block> blocks;
};

struct Each {
    ListRef list;
    std::vector<Block> blocks;  // repeated for every element
};

// A signature block: [above] title, space to sign (or the scan in it), name (bold, underlined),
// [rank], NIP. ….
struct Ttd {
    std::optional<Text> above;  // e.g. "Lampihong, 31 Maret 2024"; a blank line when empty
    Text title;                 // "Pejabat Penilai"
    Text name;
    std::optional<Text> rank;   // "Penata Muda Tingkat I, III/b"; left out when empty
    Text nip;                   // printed after "NIP. "
    double space = 56.69;       // points left free for the signature
    std::optional<Text> image;  // an image id ("{{penilai.ttd}}") fitted into that space; none when empty
    doc::TextStyle style;       // align and font of every line
};

// <image>: a box `height` tall holding the image named by `src` (fitted, keeping its aspect
// ratio, centred vertically); an empty box when `src` comes out empty (a hand signature's space).
struct ImageBox {
    Text src;                  // the image id, e.g. "{{penilai.ttd}}"
    double width = 0;          // points; 0 = as wide as the container
    double height = 0;         // points, > 0
    doc::Align align = doc::Align::center;
};

struct Block {
    std::variant<Paragraph, doc::Spacer, doc::Rule, Kop, Table, Columns, Keep, If, Each,
                 doc::PageBreak, Ttd, ImageBox>
        v;
};

struct Program {
    std::string file;
    bool landscape = false;
    double margin_top = 0, margin_right = 0, margin_bottom = 0, margin_left = 0;  // points
    Text footer;  // {halaman} and {jumlah} pass through to layout
    doc::TextStyle footer_style;
    Text title, author, subject, keywords;
    std::vector<Block> body;
    std::vector<int> record_fields;  // the record's fields (Record::values) it reads, ascending
};

}  // namespace kinerja::compose::program
