// What the batch tests read back from the PDFs they make (through poppler's tools), and the
// bundled fonts measured for layout.
#pragma once

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
