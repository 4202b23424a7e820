#include "layout/display_list.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>

namespace kinerja::layout {
namespace {

// Two decimals, dot, whatever the C locale; never "-0.00".
void number(std::string& out, double value) {
    double rounded = std::round(value * 100) / 100;
    if (rounded == 0) rounded = 0;  // folds -0
    char buffer[64];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, rounded, std::chars_format::fixed, 2);
    out.append(buffer, result.ptr);
}

void numbers(std::string& out, std::initializer_list<double> values) {
    for (double value : values) {
        out += ' ';
        number(out, value);
    }
}

void quoted(std::string& out, std::string_view text) {
    static constexpr char hex[] = "0123456789abcdef";
    out += " \"";
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20 || byte == 0x7F) {
            out += "\\x";
            out += hex[byte >> 4];
            out += hex[byte & 0xF];
        } else {
            out += c;
        }
    }
    out += '"';
}

void points(std::string& out, const std::vector<Point>& list) {
    out += " :";
    for (const Point& p : list) numbers(out, {p.x, p.y});
}

}  // namespace

std::string_view face_name(Face face) {
    switch (face) {
    case Face::sans_regular: return "sans_regular";
    case Face::sans_bold: return "sans_bold";
    case Face::sans_italic: return "sans_italic";
    case Face::sans_bold_italic: return "sans_bold_italic";
    case Face::serif_regular: return "serif_regular";
    case Face::serif_bold: return "serif_bold";
    case Face::serif_italic: return "serif_italic";
    case Face::serif_bold_italic: return "serif_bold_italic";
    }
    throw std::invalid_argument("face_name: not a Face");
}

std::string dump(const DisplayList& list) {
    std::string out;
    for (std::size_t i = 0; i < list.pages.size(); ++i) {
        const Page& page = list.pages[i];
        out += "page " + std::to_string(i + 1) + ' ';
        number(out, page.width);
        out += 'x';
        number(out, page.height);
        out += '\n';
        for (const Item& item : page.items) {
            if (const auto* text = std::get_if<TextRun>(&item)) {
                out += "text";
                numbers(out, {text->origin.x, text->origin.y});
                out += ' ';
                out += face_name(text->face);
                numbers(out, {text->size, text->width});
                quoted(out, text->text);
            } else if (const auto* line = std::get_if<Line>(&item)) {
                out += "line";
                numbers(out, {line->from.x, line->from.y, line->to.x, line->to.y, line->width});
            } else if (const auto* rect = std::get_if<Rect>(&item)) {
                out += "rect";
                numbers(out, {rect->origin.x, rect->origin.y, rect->width, rect->height});
                out += " stroke";
                numbers(out, {rect->stroke_width});
                out += " fill";
                numbers(out, {rect->fill_gray});
            } else if (const auto* polygon = std::get_if<Polygon>(&item)) {
                out += polygon->closed ? "polygon closed" : "polygon open";
                out += " stroke";
                numbers(out, {polygon->stroke_width});
                out += " fill";
                numbers(out, {polygon->fill_gray});
                points(out, polygon->points);
            } else if (const auto* arrow = std::get_if<Arrow>(&item)) {
                out += "arrow stroke";
                numbers(out, {arrow->stroke_width});
                out += " head";
                numbers(out, {arrow->head_length});
                points(out, arrow->points);
            } else if (const auto* image = std::get_if<ImageItem>(&item)) {
                out += "image";
                numbers(out, {image->origin.x, image->origin.y, image->width, image->height});
                quoted(out, image->id);
            }
            out += '\n';
        }
    }
    // The outline after the pages: "bookmark PAGE "title"", PAGE 1-based, nesting indented.
    auto marks = [&out](auto& self, const std::vector<Bookmark>& level, std::size_t depth) -> void {
        for (const Bookmark& mark : level) {
            out += std::string(2 * depth, ' ') + "bookmark " + std::to_string(mark.page + 1);
            quoted(out, mark.title);
            out += '\n';
            self(self, mark.children, depth + 1);
        }
    };
    marks(marks, list.bookmarks, 0);
    return out;
}

void append_pages(DisplayList& into, DisplayList&& from) {
    auto find = [&](const std::string& id) {
        return std::lower_bound(into.images.begin(), into.images.end(), id,
                                [](const auto& entry, const std::string& key) { return entry.first < key; });
    };
    // Checked before anything moves, so that `into` is unchanged when this throws.
    for (const auto& image : from.images) {
        auto at = find(image.first);
        if (at != into.images.end() && at->first == image.first && at->second != image.second) {
            throw std::invalid_argument("tata letak: gambar \"" + image.first +
                                        "\" berbeda di dua bagian yang digabung");
        }
    }
    for (auto& image : from.images) {
        auto at = find(image.first);
        if (at == into.images.end() || at->first != image.first) into.images.insert(at, std::move(image));
    }
    const std::size_t offset = into.pages.size();
    auto shift = [offset](auto& self, Bookmark& mark) -> void {
        mark.page += offset;
        for (Bookmark& child : mark.children) self(self, child);
    };
    for (Bookmark& mark : from.bookmarks) {
        shift(shift, mark);
        into.bookmarks.push_back(std::move(mark));
    }
    for (Page& page : from.pages) into.pages.push_back(std::move(page));
    from.pages.clear();
    from.images.clear();
    from.bookmarks.clear();
}

}  // namespace kinerja::layout
