#include "layout/text_lines.hpp"
#include "layout/utf8.hpp"

#include "layout_test_support.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace kinerja::layout {
namespace {

using testing::fonts;

constexpr Face face = Face::serif_regular;
constexpr double size = 10;

double text_width(std::string_view text) { return fonts().width(face, size, text); }

// Each line's text (runs joined by one space), for comparing whole results.
std::vector<std::string> texts(std::string_view text, double width, doc::Align align = doc::Align::left) {
    std::vector<std::string> out;
    for (const BrokenLine& line : break_lines(text, face, size, width, align, fonts())) {
        std::string joined;
        for (const LineRun& run : line.runs) {
            if (!joined.empty()) joined += ' ';
            joined += text.substr(run.begin, run.end - run.begin);
        }
        out.push_back(joined);
    }
    return out;
}

using Lines = std::vector<std::string>;

TEST(BreakLines, BreaksAtSpacesWhereTheMeasuredWidthRunsOut) {
    const double two = text_width("abc abc");
    EXPECT_EQ(texts("abc abc abc", two), (Lines{"abc abc", "abc"}));  // exactly the width fits
    EXPECT_EQ(texts("abc abc abc", two - 0.01), (Lines{"abc", "abc", "abc"}));
    EXPECT_EQ(texts("abc abc abc", text_width("abc abc abc")), (Lines{"abc abc abc"}));
    // Wider letters break sooner at the same width.
    EXPECT_EQ(texts("MMM MMM", text_width("abc abc")), (Lines{"MMM", "MMM"}));
}

TEST(BreakLines, SpacesAtABreakAndAtTheEndAreDropped) {
    const auto lines = break_lines("abc   def  ", face, size, text_width("abc"), doc::Align::left, fonts());
    ASSERT_EQ(lines.size(), 2u);
    ASSERT_EQ(lines[1].runs.size(), 1u);
    EXPECT_EQ(lines[1].runs[0].x, 0);
    EXPECT_DOUBLE_EQ(lines[1].runs[0].width, text_width("def"));
    // Inner spaces on one line are kept and measured.
    const auto one = break_lines("a  b", face, size, 200, doc::Align::left, fonts());
    ASSERT_EQ(one.size(), 1u);
    EXPECT_DOUBLE_EQ(one[0].runs.at(0).width, text_width("a  b"));
}

TEST(BreakLines, BreaksAfterAHyphenInsideAWord) {
    const double width = text_width("serah-terima") - 1;
    ASSERT_GT(text_width("terima dokumen"), width);
    EXPECT_EQ(texts("serah-terima dokumen", width), (Lines{"serah-", "terima", "dokumen"}));
    EXPECT_EQ(texts("2023-2024", text_width("2023-")), (Lines{"2023-", "2024"}));
    // A leading minus and a dash between spaces are not break points inside a word.
    EXPECT_EQ(texts("-5 x", text_width("-5")), (Lines{"-5", "x"}));
    EXPECT_EQ(texts("a - b", text_width("a -")), (Lines{"a -", "b"}));
}

TEST(BreakLines, AnOverlongWordBreaksAtTheCharacterThatWouldOverflow) {
    const double width = text_width("MMM") + 0.5;
    ASSERT_LT(width, text_width("MMMM"));
    EXPECT_EQ(texts("MMMMMMMMMM", width), (Lines{"MMM", "MMM", "MMM", "M"}));
    // What remains of it shares its line with the next words when they fit.
    EXPECT_EQ(texts("ab MMMMMMM ab", width), (Lines{"ab", "MMM", "MMM", "M ab"}));
}

TEST(BreakLines, ACharacterWiderThanTheLineIsAnError) {
    EXPECT_THROW(break_lines("WWW", face, size, text_width("W") / 2, doc::Align::left, fonts()),
                 std::runtime_error);
}

TEST(BreakLines, NewlinesForceBreaks) {
    EXPECT_EQ(texts("satu\ndua", 500), (Lines{"satu", "dua"}));
    EXPECT_EQ(texts("satu\n\ndua", 500), (Lines{"satu", "", "dua"}));
    EXPECT_EQ(texts("satu\r\ndua\rtiga\n", 500), (Lines{"satu", "dua", "tiga", ""}));
    EXPECT_EQ(texts("", 500), (Lines{""}));
}

TEST(BreakLines, LeftCenterAndRightPlaceTheLine) {
    const double width = 200;
    const double text = text_width("Kecamatan Lampihong");
    const auto at = [&](doc::Align align) {
        const auto lines = break_lines("Kecamatan Lampihong", face, size, width, align, fonts());
        EXPECT_EQ(lines.size(), 1u);
        EXPECT_EQ(lines.at(0).runs.size(), 1u);
        EXPECT_DOUBLE_EQ(lines.at(0).runs.at(0).width, text);
        return lines.at(0).runs.at(0).x;
    };
    EXPECT_DOUBLE_EQ(at(doc::Align::left), 0);
    EXPECT_DOUBLE_EQ(at(doc::Align::center), (width - text) / 2);
    EXPECT_DOUBLE_EQ(at(doc::Align::right), width - text);
    EXPECT_DOUBLE_EQ(at(doc::Align::justify), 0);  // a last line is not stretched
}

TEST(BreakLines, JustifyStretchesTheGapsOfAllButTheLastLine) {
    const std::string text = "aa bb cc-dd ee ff gg\nhh ii";
    const double width = text_width("aa bb cc-dd ee") + 3;
    ASSERT_LT(width, text_width("aa bb cc-dd ee ff"));
    const auto lines = break_lines(text, face, size, width, doc::Align::justify, fonts());
    ASSERT_EQ(lines.size(), 3u);
    // First line: four runs ("cc-dd" is one), evenly spread, the last ending at the edge.
    const auto& first = lines[0].runs;
    ASSERT_EQ(first.size(), 4u);
    EXPECT_EQ(text.substr(first[2].begin, first[2].end - first[2].begin), "cc-dd");
    EXPECT_DOUBLE_EQ(first[0].x, 0);
    EXPECT_DOUBLE_EQ(first[3].x + first[3].width, width);
    const double gap = first[1].x - first[0].width;
    EXPECT_GT(gap, text_width(" "));
    EXPECT_NEAR(first[2].x - (first[1].x + first[1].width), gap, 1e-9);
    EXPECT_NEAR(first[3].x - (first[2].x + first[2].width), gap, 1e-9);
    // Before the forced break and at the end: one run, not stretched.
    ASSERT_EQ(lines[1].runs.size(), 1u);
    EXPECT_DOUBLE_EQ(lines[1].runs[0].width, text_width("ff gg"));
    ASSERT_EQ(lines[2].runs.size(), 1u);
    EXPECT_DOUBLE_EQ(lines[2].runs[0].x, 0);
}

TEST(BreakLines, RunsNeverExceedTheWidthAndNoWordIsLost) {
    const std::string text =
        "Disposisi kepada Kasubag Perencanaan dan Keuangan untuk penyusunan Rencana Kinerja "
        "Tahunan (RKT) berdasarkan Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan "
        "Daerah; 19690627200112100319690627200112 Rp170.395.000";
    for (doc::Align align : {doc::Align::left, doc::Align::center, doc::Align::right, doc::Align::justify}) {
        for (double width = 30; width < 400; width += 7.3) {
            std::string rebuilt;
            for (const BrokenLine& line : break_lines(text, face, size, width, align, fonts())) {
                double previous_end = 0;
                for (const LineRun& run : line.runs) {
                    EXPECT_GE(run.x, previous_end - 1e-9);
                    EXPECT_LE(run.x + run.width, width + 1e-9) << width;
                    EXPECT_NEAR(run.width, text_width(text.substr(run.begin, run.end - run.begin)), 1e-9);
                    previous_end = run.x + run.width;
                    rebuilt += text.substr(run.begin, run.end - run.begin);
                }
            }
            std::string squeezed;
            for (char c : text) {
                if (c != ' ') squeezed += c;
            }
            std::erase(rebuilt, ' ');
            EXPECT_EQ(rebuilt, squeezed) << "width " << width;
        }
    }
}

}  // namespace
}  // namespace kinerja::layout

namespace kinerja::layout {
namespace {

TEST(Utf8, AppendUtf8WritesWhatNextCodePointReads) {
    for (const char32_t cp : {U'A', U'\u00e9', U'\u2014', U'\uFFFD', U'\U0001F600', U'\U0010FFFF'}) {
        std::string text;
        append_utf8(text, cp);
        std::size_t pos = 0;
        EXPECT_EQ(next_code_point(text, pos), cp);
        EXPECT_EQ(pos, text.size());
    }
    std::string word;
    for (const char32_t cp : {U'M', U'a', U'\u2019', U'r', U'u', U'f'}) append_utf8(word, cp);
    EXPECT_EQ(word, "Ma\u2019ruf");
}

// The line texts of break_lines_without_runt, and the first run's x of each line.
std::vector<std::pair<std::string, double>> unrunted(std::string_view text, double width, doc::Align align) {
    std::vector<std::pair<std::string, double>> out;
    for (const BrokenLine& line : break_lines_without_runt(text, face, size, width, align, fonts())) {
        out.emplace_back(std::string(text.substr(line.runs.front().begin, line.runs.back().end - line.runs.front().begin)),
                         line.runs.front().x);
    }
    return out;
}

TEST(BreakLines, NoWordLeftAloneOnTheLastLineWhenAsked) {
    const std::string text = "Jl. Amuntai Paringin Km 18.5 Lampihong 71661";
    const double width = text_width("Jl. Amuntai Paringin Km 18.5 Lampihong") + 1;
    EXPECT_EQ(texts(text, width, doc::Align::center), (Lines{"Jl. Amuntai Paringin Km 18.5 Lampihong", "71661"}));
    const auto lines = unrunted(text, width, doc::Align::center);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0].first, "Jl. Amuntai Paringin Km 18.5");
    EXPECT_EQ(lines[1].first, "Lampihong 71661");
    // Still centred in the whole width.
    EXPECT_NEAR(lines[1].second, (width - text_width("Lampihong 71661")) / 2, 1e-9);
    EXPECT_NEAR(lines[0].second, (width - text_width("Jl. Amuntai Paringin Km 18.5")) / 2, 1e-9);
}

TEST(BreakLines, TextThatFitsOrHasNoBetterBreakIsLeftAsItIs) {
    EXPECT_EQ(unrunted("Kode Pos 71661", 500, doc::Align::center).size(), 1u);
    const double width = text_width("Satu") + 1;  // one word a line whatever the width
    const auto lines = unrunted("Satu Dua", width, doc::Align::left);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[1].first, "Dua");
}

}  // namespace
}  // namespace kinerja::layout
