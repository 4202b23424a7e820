#include "layout/text_lines.hpp"

#include "layout/utf8.hpp"

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <string>

namespace kinerja::layout {
namespace {

// A word on the line being built, with the spaces that follow it.
struct Chunk {
    std::size_t begin = 0, end = 0;  // bytes of the word (may be empty: leading spaces)
    std::int64_t units = 0;          // width of the word, font units
    std::int64_t glue = 0;           // width of the spaces after it, font units
};

class LineBreaker {
public:
    LineBreaker(std::string_view text, Face face, double size, double width, doc::Align align,
                const FontBook& fonts)
        : text_(text), face_(face), width_(width), align_(align), fonts_(fonts),
          scale_(size / fonts.units_per_em(face)),
          // A line measured exactly at the width fits; the tolerance only absorbs rounding.
          limit_(width / scale_ + 1e-6),
          space_(fonts.advance(face, U' ')) {}

    std::vector<BrokenLine> run() {
        std::size_t start = 0;
        while (true) {
            const std::size_t stop = text_.find_first_of("\r\n", start);
            hard_line(start, stop == std::string_view::npos ? text_.size() : stop);
            if (stop == std::string_view::npos) break;
            start = stop + 1;
            if (text_[stop] == '\r' && start < text_.size() && text_[start] == '\n') ++start;
        }
        return std::move(lines_);
    }

private:
    // Lays out [begin, end), a stretch without forced breaks.
    void hard_line(std::size_t begin, std::size_t end) {
        std::size_t pos = begin;
        while (pos < end) {
            const std::size_t word_begin = pos;
            std::int64_t word_units = 0;
            while (pos < end && text_[pos] != ' ') {
                const std::size_t at = pos;
                const char32_t cp = next_code_point(text_, pos);
                word_units += fonts_.advance(face_, cp);
                // A hyphen ends a word when a character precedes it and one follows.
                if (cp == U'-' && at > word_begin && pos < end && text_[pos] != ' ') break;
            }
            const std::size_t word_end = pos;
            std::int64_t glue = 0;
            while (pos < end && text_[pos] == ' ') {
                glue += space_;
                ++pos;
            }
            add_word(word_begin, word_end, word_units, glue);
        }
        emit(false);
    }

    void add_word(std::size_t begin, std::size_t end, std::int64_t units, std::int64_t glue) {
        if (!chunks_.empty()) {
            const std::int64_t need = line_units_ + chunks_.back().glue + units;
            if (fits(need)) {
                line_units_ = need;
                chunks_.push_back({begin, end, units, glue});
                return;
            }
            emit(true);
        }
        if (fits(units)) {
            line_units_ = units;
            chunks_.push_back({begin, end, units, glue});
            return;
        }
        // Too wide for any line: break it at the character that would overflow.
        std::size_t piece = begin;
        std::int64_t piece_units = 0;
        std::size_t pos = begin;
        while (pos < end) {
            std::size_t next = pos;
            const std::int64_t advance = fonts_.advance(face_, next_code_point(text_, next));
            if (!fits(piece_units + advance)) {
                if (piece_units == 0 && pos == piece) {
                    throw std::runtime_error(
                        "tata letak: satu huruf lebih lebar dari ruang yang tersedia (" +
                        std::string(text_.substr(pos, next - pos)) + ")");
                }
                line_units_ = piece_units;
                chunks_.push_back({piece, pos, piece_units, 0});
                emit(true);
                piece = pos;
                piece_units = 0;
                continue;
            }
            piece_units += advance;
            pos = next;
        }
        line_units_ = piece_units;
        chunks_.push_back({piece, end, piece_units, glue});
    }

    bool fits(std::int64_t units) const { return static_cast<double>(units) <= limit_; }

    double points(std::int64_t units) const { return static_cast<double>(units) * scale_; }

    // Ends the current line; `automatic` when it was broken for width (not the last line).
    void emit(bool automatic) {
        BrokenLine line;
        std::size_t gaps = 0;
        for (std::size_t i = 0; i + 1 < chunks_.size(); ++i) gaps += chunks_[i].glue > 0 ? 1 : 0;
        if (align_ == doc::Align::justify && automatic && gaps > 0) {
            const double extra = std::max(0.0, width_ - points(line_units_)) / static_cast<double>(gaps);
            double x = 0;
            std::size_t first = 0;
            std::int64_t units = 0;
            for (std::size_t i = 0; i < chunks_.size(); ++i) {
                units += chunks_[i].units;
                const bool last = i + 1 == chunks_.size();
                if (!last && chunks_[i].glue == 0) continue;  // joined by a hyphen: same run
                if (chunks_[i].end > chunks_[first].begin) {
                    line.runs.push_back({x, chunks_[first].begin, chunks_[i].end, points(units)});
                }
                x += points(units) + points(chunks_[i].glue) + extra;
                first = i + 1;
                units = 0;
            }
            // Land the last run exactly on the right edge, whatever the rounding.
            if (!line.runs.empty()) {
                LineRun& tail = line.runs.back();
                tail.x = std::max(0.0, width_ - tail.width);
            }
        } else if (!chunks_.empty() && chunks_.back().end > chunks_.front().begin) {
            const double w = points(line_units_);
            double x = 0;
            if (align_ == doc::Align::center) x = (width_ - w) / 2;
            if (align_ == doc::Align::right) x = width_ - w;
            line.runs.push_back({std::max(0.0, x), chunks_.front().begin, chunks_.back().end, w});
        }
        lines_.push_back(std::move(line));
        chunks_.clear();
        line_units_ = 0;
    }

    std::string_view text_;
    Face face_;
    double width_;
    doc::Align align_;
    const FontBook& fonts_;
    double scale_;   // points per font unit
    double limit_;   // the width in font units
    std::int64_t space_;

    std::vector<Chunk> chunks_;    // words of the line being built
    std::int64_t line_units_ = 0;  // width of chunks_ with the spaces between them
    std::vector<BrokenLine> lines_;
};

}  // namespace

std::vector<BrokenLine> break_lines(std::string_view text, Face face, double size, double width,
                                    doc::Align align, const FontBook& fonts) {
    return LineBreaker(text, face, size, width, align, fonts).run();
}

namespace {

// Whether the last of `lines` holds a single word of `text` (and there are several lines).
bool ends_in_runt(const std::vector<BrokenLine>& lines, std::string_view text) {
    if (lines.size() < 2 || lines.back().runs.empty()) return false;
    const std::size_t begin = lines.back().runs.front().begin, end = lines.back().runs.back().end;
    return text.substr(begin, end - begin).find(' ') == std::string_view::npos;
}

}  // namespace

std::vector<BrokenLine> break_lines_without_runt(std::string_view text, Face face, double size, double width,
                                                 doc::Align align, const FontBook& fonts) {
    std::vector<BrokenLine> lines = break_lines(text, face, size, width, align, fonts);
    if (align == doc::Align::justify || !ends_in_runt(lines, text)) return lines;
    for (int percent = 98; percent >= 60; percent -= 2) {
        const double narrower = width * percent / 100;
        std::vector<BrokenLine> tried;
        try {
            tried = break_lines(text, face, size, narrower, align, fonts);
        } catch (const std::runtime_error&) {
            break;  // a character wider than the narrower line: no narrower width helps
        }
        if (tried.size() != lines.size() || ends_in_runt(tried, text)) continue;
        const double shift = align == doc::Align::center  ? (width - narrower) / 2
                             : align == doc::Align::right ? width - narrower
                                                          : 0;
        for (BrokenLine& line : tried) {
            for (LineRun& run : line.runs) run.x += shift;
        }
        return tried;
    }
    return lines;
}

}  // namespace kinerja::layout
