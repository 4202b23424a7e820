// Shared by the layout tests: the bundled fonts (or the system Liberation fonts they are made
// from), small document builders, and the checks every layout test runs on its output.
#pragma once

#include "compose/document.hpp"
#include "layout/display_list.hpp"
#include "layout/font_book.hpp"
#include "layout/layout_engine.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace kinerja::layout::testing {

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// fonts/Kinerja{Sans,Serif}-*.ttf when present, else the Liberation 2 fonts (same metrics).
inline std::map<Face, std::string> font_files() {
    const std::filesystem::path bundled = std::filesystem::path(KINERJA_SOURCE_DIR) / "fonts";
    const std::filesystem::path system = "/usr/share/fonts/truetype/liberation2";
    const bool use_bundled = std::filesystem::exists(bundled / "KinerjaSans-Regular.ttf");
    const char* styles[] = {"Regular", "Bold", "Italic", "BoldItalic"};
    std::map<Face, std::string> files;
    for (int family = 0; family < 2; ++family) {
        for (int style = 0; style < 4; ++style) {
            const std::string name = use_bundled
                ? std::string(family == 0 ? "KinerjaSans-" : "KinerjaSerif-") + styles[style] + ".ttf"
                : std::string(family == 0 ? "LiberationSans-" : "LiberationSerif-") + styles[style] + ".ttf";
            files.emplace(static_cast<Face>(family * 4 + style),
                          read_file((use_bundled ? bundled : system) / name));
        }
    }
    return files;
}

inline const FontBook& fonts() {
    static const FontBook book(font_files());
    return book;
}

// --- document builders -------------------------------------------------------------------

inline doc::TextStyle style(double size = 10, doc::Align align = doc::Align::left,
                            doc::Family family = doc::Family::serif, bool bold = false) {
    doc::TextStyle s;
    s.family = family;
    s.bold = bold;
    s.size = size;
    s.align = align;
    return s;
}

inline doc::Block paragraph(std::string text, doc::TextStyle s = style(), double before = 0,
                            double after = 0) {
    return doc::Block{doc::Paragraph{std::move(text), s, before, after}};
}

inline doc::Cell cell(std::string text, int colspan = 1, doc::TextStyle s = style()) {
    doc::Cell c;
    c.content.push_back(paragraph(std::move(text), s));
    c.colspan = colspan;
    return c;
}

inline doc::Row row(std::vector<doc::Cell> cells, bool keep_with_next = false) {
    doc::Row r;
    r.cells = std::move(cells);
    r.keep_with_next = keep_with_next;
    return r;
}

// A small page with round margins and no footer, unless a test sets one.
inline doc::Document small_document(double width = 300, double height = 200) {
    doc::Document d;
    d.page.width = width;
    d.page.height = height;
    d.page.margin_top = d.page.margin_bottom = 20;
    d.page.margin_left = d.page.margin_right = 25;
    d.page.footer.clear();
    return d;
}

// --- queries on the output ---------------------------------------------------------------

inline std::vector<TextRun> texts(const Page& page) {
    std::vector<TextRun> out;
    for (const Item& item : page.items) {
        if (const auto* text = std::get_if<TextRun>(&item)) out.push_back(*text);
    }
    return out;
}

template <typename T>
std::vector<T> items_of(const Page& page) {
    std::vector<T> out;
    for (const Item& item : page.items) {
        if (const auto* value = std::get_if<T>(&item)) out.push_back(*value);
    }
    return out;
}

// The first run whose text is `text` on `page`, or nullptr.
inline const TextRun* find_text(const Page& page, std::string_view text) {
    for (const Item& item : page.items) {
        const auto* run = std::get_if<TextRun>(&item);
        if (run != nullptr && run->text == text) return run;
    }
    return nullptr;
}

// A copy of the run with exactly `text` on `page`; a test failure (and a NaN position) when
// there is none, so a test can go on reading it safely.
inline TextRun run_on(const Page& page, std::string_view text) {
    if (const TextRun* run = find_text(page, text)) return *run;
    ADD_FAILURE() << "no text \"" << text << "\" on the page";
    TextRun missing;
    missing.origin = {std::nan(""), std::nan("")};
    return missing;
}

// Index of the page holding a run with exactly `text`; -1 when none.
inline int page_of(const DisplayList& list, std::string_view text) {
    for (std::size_t i = 0; i < list.pages.size(); ++i) {
        if (find_text(list.pages[i], text) != nullptr) return static_cast<int>(i);
    }
    return -1;
}

inline double top_of(const TextRun& run) { return run.origin.y - fonts().ascent(run.face, run.size); }
inline double bottom_of(const TextRun& run) {
    return run.origin.y + fonts().descent(run.face, run.size);
}

constexpr double tolerance = 1e-6;

// Every item lies inside its page: a TextRun's box is origin.x .. origin.x + width by
// baseline − ascent .. baseline + descent; its width is the measured width of its text; it
// holds no line break. Lines and rectangles likewise.
inline void expect_inside_pages(const DisplayList& list) {
    const auto inside = [](const Page& page, double x, double y) {
        return x >= -tolerance && x <= page.width + tolerance && y >= -tolerance &&
               y <= page.height + tolerance;
    };
    for (std::size_t p = 0; p < list.pages.size(); ++p) {
        const Page& page = list.pages[p];
        for (const Item& item : page.items) {
            if (const auto* run = std::get_if<TextRun>(&item)) {
                EXPECT_TRUE(inside(page, run->origin.x, top_of(*run)) &&
                            inside(page, run->origin.x + run->width, bottom_of(*run)))
                    << "page " << p + 1 << ": text \"" << run->text << "\" at " << run->origin.x
                    << "," << run->origin.y << " leaves the page";
                EXPECT_NEAR(run->width, fonts().width(run->face, run->size, run->text), 1e-9)
                    << run->text;
                EXPECT_EQ(run->text.find_first_of("\r\n"), std::string::npos) << run->text;
                EXPECT_FALSE(run->text.empty());
            } else if (const auto* line = std::get_if<Line>(&item)) {
                EXPECT_TRUE(inside(page, line->from.x, line->from.y) && inside(page, line->to.x, line->to.y))
                    << "page " << p + 1 << ": a line leaves the page";
            } else if (const auto* rect = std::get_if<Rect>(&item)) {
                EXPECT_TRUE(inside(page, rect->origin.x, rect->origin.y) &&
                            inside(page, rect->origin.x + rect->width, rect->origin.y + rect->height))
                    << "page " << p + 1 << ": a rectangle leaves the page";
            } else if (const auto* image = std::get_if<ImageItem>(&item)) {
                EXPECT_TRUE(inside(page, image->origin.x, image->origin.y) &&
                            inside(page, image->origin.x + image->width, image->origin.y + image->height))
                    << "page " << p + 1 << ": an image leaves the page";
            }
        }
    }
}

// No text box crosses a line drawn on the same page (table borders): text stays in its cell.
inline void expect_text_inside_cells(const DisplayList& list) {
    for (std::size_t p = 0; p < list.pages.size(); ++p) {
        const Page& page = list.pages[p];
        const std::vector<Line> lines = items_of<Line>(page);
        for (const TextRun& run : texts(page)) {
            const double x0 = run.origin.x, x1 = run.origin.x + run.width;
            const double y0 = top_of(run), y1 = bottom_of(run);
            for (const Line& line : lines) {
                const double half = line.width / 2;
                const double lx0 = std::min(line.from.x, line.to.x) - half;
                const double lx1 = std::max(line.from.x, line.to.x) + half;
                const double ly0 = std::min(line.from.y, line.to.y) - half;
                const double ly1 = std::max(line.from.y, line.to.y) + half;
                const bool overlaps = lx0 < x1 - tolerance && lx1 > x0 + tolerance &&
                                      ly0 < y1 - tolerance && ly1 > y0 + tolerance;
                EXPECT_FALSE(overlaps) << "page " << p + 1 << ": text \"" << run.text
                                       << "\" crosses a line from " << line.from.x << ","
                                       << line.from.y << " to " << line.to.x << "," << line.to.y;
            }
        }
    }
}

inline DisplayList lay_out(const doc::Document& document) {
    DisplayList list = layout_document(document, fonts(), FileInfo{"kinerja test", "2024-03-31"});
    expect_inside_pages(list);
    return list;
}

}  // namespace kinerja::layout::testing
