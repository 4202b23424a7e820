// What the batch tests read back from the PDFs they make (through poppler's tools), and the
// bundled fonts measured for layout.
#pragma once

#include <algorithm>
#include <filesystem>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "layout/font_book.hpp"
#include "test_support.hpp"

namespace kinerja::test {

// What a deliberately blank page says.
inline const std::string blank_note = "Halaman ini sengaja dikosongkan";

// The page count pdfinfo gives; -1 when it gives none.
inline int page_count(const std::filesystem::path& pdf) {
    const CommandResult info = run_command("pdfinfo " + pdf.string());
    std::smatch m;
    if (!std::regex_search(info.output, m, std::regex("Pages: +([0-9]+)"))) return -1;
    return std::stoi(m[1]);
}

// Each page's text (pdftotext separates pages with a form feed); `layout`: as laid out on the
// page (-layout), else in reading order.
inline std::vector<std::string> page_texts(const std::filesystem::path& pdf, bool layout = true) {
    const CommandResult text = run_command(std::string("pdftotext ") + (layout ? "-layout " : "") + pdf.string() + " -");
    EXPECT_EQ(text.code, 0) << text.output;
    std::vector<std::string> pages(1);
    for (const char c : text.output) {
        if (c == '\f') {
            pages.emplace_back();
        } else {
            pages.back() += c;
        }
    }
    pages.pop_back();  // after the last form feed
    return pages;
}

// Each page's size in the output of `pdfinfo -f 1 -l N`, in points: "609.449 x 935.433".
inline std::vector<std::string> page_sizes_in(const std::string& pdfinfo_output) {
    std::vector<std::string> sizes;
    const std::regex size("Page +[0-9]+ size: +([0-9.]+ x [0-9.]+) pts");
    for (std::sregex_iterator it(pdfinfo_output.begin(), pdfinfo_output.end(), size), end; it != end; ++it) {
        sizes.push_back((*it)[1]);
    }
    return sizes;
}

// One row of pdffonts: the font's name, type and whether it is embedded and a subset.
struct FontRow {
    std::string name, type, emb, sub;
};

// The fonts pdffonts lists, its columns cut where its header's dashes say.
inline std::vector<FontRow> pdf_fonts(const std::filesystem::path& pdf) {
    const CommandResult fonts = run_command("pdffonts " + pdf.string());
    EXPECT_EQ(fonts.code, 0) << fonts.output;
    const std::vector<std::string> lines = lines_of(fonts.output);
    if (lines.size() < 2) return {};
    std::vector<std::pair<std::size_t, std::size_t>> columns;  // [from, to) of each column
    for (std::size_t at = lines[1].find('-'); at != std::string::npos; at = lines[1].find('-', at)) {
        const std::size_t to = std::min(lines[1].find(' ', at), lines[1].size());
        columns.emplace_back(at, to);
        at = to;
    }
    auto cell = [&](const std::string& line, std::size_t i) {
        if (i >= columns.size() || columns[i].first >= line.size()) return std::string();
        std::string text = line.substr(columns[i].first, columns[i].second - columns[i].first);
        while (!text.empty() && text.back() == ' ') text.pop_back();
        return text;
    };
    std::vector<FontRow> rows;
    for (std::size_t i = 2; i < lines.size(); ++i) {
        if (lines[i].empty()) continue;
        rows.push_back(FontRow{cell(lines[i], 0), cell(lines[i], 1), cell(lines[i], 3), cell(lines[i], 4)});
    }
    return rows;
}

// The text pdftotext reads (in content order), each run of white space as one space.
inline std::string flat_text(const std::filesystem::path& pdf) {
    const CommandResult text = run_command("pdftotext " + pdf.string() + " -");
    EXPECT_EQ(text.code, 0) << text.output;
    std::string flat;
    for (const char c : text.output) {
        const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
        if (!space) {
            flat += c;
        } else if (!flat.empty() && flat.back() != ' ') {
            flat += ' ';
        }
    }
    return flat;
}

// The fonts of fonts/, measured for layout; loaded once.
inline const layout::FontBook& bundled_font_book() {
    static const layout::FontBook book = [] {
        const std::filesystem::path dir = source_dir() / "fonts";
        const char* names[] = {"KinerjaSans-Regular",  "KinerjaSans-Bold",   "KinerjaSans-Italic",
                               "KinerjaSans-BoldItalic", "KinerjaSerif-Regular", "KinerjaSerif-Bold",
                               "KinerjaSerif-Italic",  "KinerjaSerif-BoldItalic"};
        std::map<layout::Face, std::string> ttf;
        for (int i = 0; i < layout::face_count; ++i) {
            ttf.emplace(static_cast<layout::Face>(i), read_file(dir / (std::string(names[i]) + ".ttf")));
        }
        return layout::FontBook(std::move(ttf));
    }();
    return book;
}

}  // namespace kinerja::test
