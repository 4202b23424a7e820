#include "layout/font_book.hpp"

#include "layout_test_support.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <thread>

namespace kinerja::layout {
namespace {

using testing::fonts;

// Liberation 2 keeps the metrics of Arial and Times New Roman: 2048 units per em,
// 'A' 1366 / 1479, space 569 / 512, '€' 1139 / 1024.
TEST(FontBook, WidthsAreTheFontsAdvanceWidthsScaled) {
    EXPECT_EQ(fonts().units_per_em(Face::sans_regular), 2048);
    EXPECT_EQ(fonts().advance(Face::sans_regular, U'A'), 1366);
    EXPECT_EQ(fonts().advance(Face::serif_regular, U'A'), 1479);
    EXPECT_DOUBLE_EQ(fonts().width(Face::sans_regular, 2048, "A"), 1366);
    EXPECT_DOUBLE_EQ(fonts().width(Face::serif_regular, 10, "A A"), (1479 + 512 + 1479) * 10.0 / 2048);
    EXPECT_EQ(fonts().width_units(Face::sans_regular, "A A"), 1366 + 569 + 1366);
    EXPECT_DOUBLE_EQ(fonts().width(Face::sans_regular, 12, ""), 0);
}

TEST(FontBook, CodePointsAboveTheFlatTableAreMeasuredToo) {
    EXPECT_EQ(fonts().advance(Face::sans_regular, U'€'), 1139);
    EXPECT_EQ(fonts().advance(Face::serif_regular, U'€'), 1024);
    EXPECT_TRUE(fonts().covers(Face::serif_regular, U'€'));
    EXPECT_TRUE(fonts().covers(Face::serif_regular, U'\u2013'));  // en dash
    EXPECT_DOUBLE_EQ(fonts().width(Face::sans_regular, 2048, "A€"), 1366 + 1139);
}

TEST(FontBook, BoldIsWiderThanRegular) {
    EXPECT_GT(fonts().width(Face::serif_bold, 10, "PENGUKURAN KINERJA"),
              fonts().width(Face::serif_regular, 10, "PENGUKURAN KINERJA"));
}

TEST(FontBook, AscentAndDescentComeFromHhea) {
    EXPECT_DOUBLE_EQ(fonts().ascent(Face::sans_regular, 2048), 1854);
    EXPECT_DOUBLE_EQ(fonts().descent(Face::sans_regular, 2048), 434);
    EXPECT_DOUBLE_EQ(fonts().ascent(Face::serif_bold, 2048), 1825);
    EXPECT_DOUBLE_EQ(fonts().descent(Face::serif_bold, 2048), 443);
    // The underline lies between the baseline and the descent.
    const double offset = fonts().underline_offset(Face::serif_regular, 10);
    EXPECT_GT(offset, 0);
    EXPECT_LT(offset + fonts().underline_thickness(Face::serif_regular, 10) / 2,
              fonts().descent(Face::serif_regular, 10));
}

TEST(FontBook, CoverageAndTheFirstMissingCharacter) {
    EXPECT_TRUE(fonts().covers(Face::serif_regular, U'é'));
    EXPECT_FALSE(fonts().covers(Face::serif_regular, U'\u6F22'));
    EXPECT_EQ(fonts().first_missing(Face::serif_regular, "Lampihong, 31 Maret 2024 “é” – Rp€"),
              std::nullopt);
    EXPECT_EQ(fonts().first_missing(Face::serif_regular, "baris\r\nbaru\n"), std::nullopt);
    EXPECT_EQ(fonts().first_missing(Face::serif_regular, "Halo 漢字"), U'\u6F22');
    EXPECT_EQ(fonts().first_missing(Face::sans_bold, "ok \xC3("), U'\uFFFD');  // malformed UTF-8
    EXPECT_EQ(fonts().first_missing(Face::sans_bold, "\xE2\x82"), U'\uFFFD');  // truncated
}

TEST(FontBook, MissingCharactersCountAsNotdef) {
    EXPECT_EQ(fonts().advance(Face::serif_regular, U'\u6F22'), fonts().advance(Face::serif_regular, 0x10FFFF));
    EXPECT_GT(fonts().width(Face::serif_regular, 10, "漢"), 0);
}

TEST(FontBook, KeepsTheBytesForRender) {
    const auto files = testing::font_files();
    EXPECT_EQ(fonts().bytes(Face::serif_bold_italic), files.at(Face::serif_bold_italic));
}

TEST(FontBook, AMissingOrUnreadableFaceIsRefused) {
    auto files = testing::font_files();
    files.erase(Face::sans_italic);
    EXPECT_THROW(FontBook{files}, std::runtime_error);
    files = testing::font_files();
    files.at(Face::serif_bold) = "not a font at all";
    try {
        FontBook book(std::move(files));
        FAIL() << "garbage accepted as a font";
    } catch (const std::runtime_error& e) {
        EXPECT_EQ(std::string(e.what()), "fon serif_bold tidak dapat dibaca");
    }
}

TEST(FontBook, ConcurrentMeasuringGivesTheSameWidths) {
    const std::string text = "Menyusun rencana kinerja tahunan kecamatan – Rp170.395.000 €";
    const double expected = fonts().width(Face::serif_italic, 9, text);
    std::vector<double> results(8);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < results.size(); ++t) {
        threads.emplace_back([&, t] {
            double last = 0;
            for (int i = 0; i < 2000; ++i) last = fonts().width(Face::serif_italic, 9, text);
            results[t] = last;
        });
    }
    for (std::thread& thread : threads) thread.join();
    for (double result : results) EXPECT_EQ(result, expected);
}

}  // namespace
}  // namespace kinerja::layout
