// Breaking a paragraph's text into lines of a given width, greedily, with measured widths.
#pragma once

#include "compose/document.hpp"
#include "layout/font_book.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace kinerja::layout {

// A piece of a line drawn as one TextRun: bytes [begin, end) of the paragraph's text.
struct LineRun {
    double x = 0;           // points from the left edge of the available width, >= 0
    std::size_t begin = 0;  // byte offset into the text, on a code point boundary
    std::size_t end = 0;    // byte offset, > begin
    double width = 0;       // measured advance width, points; x + width <= available width
};

// One line: usually a single run; a justified line has one run per word (words joined by a
// hyphen stay one run). An empty line (blank line, empty text) has no runs.
struct BrokenLine {
    std::vector<LineRun> runs;  // left to right
};

// Breaks `text` to `width` points in `face` at `size`:
// - breaks at spaces (U+0020; the spaces at a break are dropped, as are those ending a line)
//   and after a hyphen that follows a character and is followed by one, greedily;
// - a word wider than the line is broken at the character that would overflow;
// - "\n", "\r\n" and "\r" force a break (so "a\n" is two lines, the second empty);
// - left/center/right place each line's run; justify stretches the gaps between words of every
//   line except the last of a paragraph or before a forced break (one word: left).
// Throws std::runtime_error when a single character is wider than `width`.
std::vector<BrokenLine> break_lines(std::string_view text, Face face, double size, double width,
                                    doc::Align align, const FontBook& fonts);

// As break_lines, but when the text wraps and its last line would hold a single word (a kop's
// "71661" alone under the address), the lines are broken narrower, down to 60 % of `width`,
// until the last line holds two words in as many lines; placed as `align` places them in the
// whole width. Justified text, and text no narrower width helps, is broken as break_lines does.
std::vector<BrokenLine> break_lines_without_runt(std::string_view text, Face face, double size, double width,
                                                 doc::Align align, const FontBook& fonts);

}  // namespace kinerja::layout
