// Laid-out pages: plain positioned items, in points, origin at the top left of the page, y
// down. render/ replays them into the PDF (and is the only place that flips the y axis).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace kinerja::layout {

struct Point {
    double x = 0, y = 0;  // points from the page's top-left corner
    friend bool operator==(const Point&, const Point&) = default;
};

// One of the embedded font faces.
enum class Face : std::uint8_t {
    sans_regular, sans_bold, sans_italic, sans_bold_italic,
    serif_regular, serif_bold, serif_italic, serif_bold_italic,
};
constexpr int face_count = 8;

// The face's name as dumps and messages spell it: "serif_bold", "sans_italic".
std::string_view face_name(Face face);

// A run of text on one line, drawn from its baseline's left end.
struct TextRun {
    Point origin;      // left end of the baseline
    Face face = Face::serif_regular;
    double size = 11;  // points, > 0
    std::string text;  // UTF-8, no line breaks
    double width = 0;  // measured advance width, points
    friend bool operator==(const TextRun&, const TextRun&) = default;
};

struct Line {
    Point from, to;
    double width = 0.5;  // points, > 0
    friend bool operator==(const Line&, const Line&) = default;
};

struct Rect {
    Point origin;                // top-left corner
    double width = 0, height = 0;  // points, >= 0
    double stroke_width = 0;     // points; 0 = not stroked
    double fill_gray = -1;       // 0 black .. 1 white; < 0 = not filled
    friend bool operator==(const Rect&, const Rect&) = default;
};

// A closed or open polyline (diamonds, capsules approximated, off-page connectors).
struct Polygon {
    std::vector<Point> points;   // at least 2
    bool closed = true;
    double stroke_width = 0.75;  // points, > 0
    double fill_gray = -1;       // 0 black .. 1 white; < 0 = not filled
    friend bool operator==(const Polygon&, const Polygon&) = default;
};

// An orthogonal path ending in an arrowhead at its last point.
struct Arrow {
    std::vector<Point> points;   // at least 2, each segment horizontal or vertical
    double stroke_width = 0.75;  // points, > 0
    double head_length = 5;      // points
    friend bool operator==(const Arrow&, const Arrow&) = default;
};

struct ImageItem {
    Point origin;                  // top-left corner
    double width = 0, height = 0;  // points, > 0
    std::string id;                // key into DisplayList::images
    friend bool operator==(const ImageItem&, const ImageItem&) = default;
};

using Item = std::variant<TextRun, Line, Rect, Polygon, Arrow, ImageItem>;

struct Page {
    double width = 0, height = 0;  // points, > 0
    std::vector<Item> items;       // in drawing order
    bool left_blank = false;       // the back of a sheet left blank on purpose (batch/print_file.hpp)
};

struct Metadata {
    std::string title, author, subject, keywords, creator;
    std::string date;  // "YYYY-MM-DD": creation and modification date of the file
};

// An entry of the PDF's outline (the bookmarks a viewer lists beside the pages).
struct Bookmark {
    std::string title;               // UTF-8, printable, no character above U+FFFF
    std::size_t page = 0;            // index into DisplayList::pages: where it jumps to
    std::vector<Bookmark> children;  // nested under it, in order (shown collapsed)
};

struct DisplayList {
    std::vector<Page> pages;
    Metadata meta;
    std::vector<std::pair<std::string, std::string>> images;  // id → PNG or JPEG bytes, sorted by id
    std::vector<Bookmark> bookmarks;  // the outline, in order; empty = none
};

// A readable dump of the pages for tests: one item per line, numbers with two decimals; then
// the bookmarks, if any, one per line.
std::string dump(const DisplayList& list);

// Moves the pages of `from` after those of `into` (each page keeps its own size, so portrait
// and landscape parts make one file) and adds its images, merged by id: an id both lists hold
// must have the same bytes, else std::invalid_argument. `into` keeps its metadata; the
// bookmarks of `from` follow those of `into`, moved to the pages' new places.
void append_pages(DisplayList& into, DisplayList&& from);

}  // namespace kinerja::layout
