#include "render/png_check.hpp"

#include <string>

#include <gtest/gtest.h>

#include "render/pdf_writer.hpp"
#include "render_test_support.hpp"

namespace kinerja::render {
namespace {

using testing::make_png;

TEST(PngProblem, AcceptsEveryEightBitColourType) {
    EXPECT_EQ(png_problem(make_png(2, 1, 0, std::string("\x00\xFF", 2))), std::nullopt);
    EXPECT_EQ(png_problem(testing::rgb_png()), std::nullopt);
    EXPECT_EQ(png_problem(make_png(2, 1, 3, std::string("\x00\x01", 2),
                                   std::string("\xFF\x00\x00\x00\x00\xFF", 6))),
              std::nullopt);
    EXPECT_EQ(png_problem(make_png(1, 1, 4, std::string("\x00\x80", 2))), std::nullopt);
    EXPECT_EQ(png_problem(testing::rgba_png()), std::nullopt);
}

TEST(PngProblem, RejectsWhatIsNotAPng) {
    EXPECT_EQ(png_problem(""), "bukan berkas PNG");
    EXPECT_EQ(png_problem("GIF89a......"), "bukan berkas PNG");
    EXPECT_EQ(png_problem(std::string("\xFF\xD8\xFF\xE0", 4)), "bukan berkas PNG");  // JPEG
}

TEST(PngProblem, RejectsDamagedData) {
    const std::string good = testing::rgb_png();
    const auto problem = [](const std::string& png) { return png_problem(png).value_or(""); };
    // Cut short in the IDAT chunk.
    EXPECT_NE(problem(good.substr(0, 50)).find("PNG rusak"), std::string::npos);
    // A flipped bit in the pixel data: the chunk's CRC no longer matches.
    std::string flipped = good;
    flipped.at(45) = static_cast<char>(flipped.at(45) ^ 0x01);
    EXPECT_NE(problem(flipped).find("PNG rusak"), std::string::npos);
    // Header and CRC intact, but the IDAT holds too few rows.
    std::string ihdr;
    testing::put_be32(ihdr, 4);
    testing::put_be32(ihdr, 3);
    ihdr += std::string("\x08\x02\x00\x00\x00", 5);
    const std::string two_rows = std::string(1, '\0') + std::string(12, '\x10') +
                                 std::string(1, '\0') + std::string(12, '\x20');
    const std::string short_png = "\x89PNG\r\n\x1A\n" + testing::png_chunk("IHDR", ihdr) +
                                  testing::png_chunk("IDAT", testing::zlib_stored(two_rows)) +
                                  testing::png_chunk("IEND", "");
    EXPECT_NE(problem(short_png).find("PNG rusak"), std::string::npos) << problem(short_png);
    // Palette image without PLTE.
    EXPECT_NE(problem(make_png(2, 1, 3, std::string("\x00\x01", 2))), "");
}

TEST(PngProblem, RejectsImagesBeyondTheSizeLimit) {
    // IHDR claims 10001 × 1; the check stops at the header, before the pixel data.
    const std::string wide = make_png(max_png_side + 1, 1, 0, std::string(max_png_side + 1, '\0'));
    EXPECT_NE(png_problem(wide).value_or("").find("di luar batas"), std::string::npos);
}

// Each colour type also goes through libharu into a clean PDF.
TEST(PngProblem, EveryAcceptedColourTypeRendersCleanly) {
    layout::DisplayList list;
    list.images = {
        {"gray", make_png(2, 1, 0, std::string("\x00\xFF", 2))},
        {"gray-alpha", make_png(1, 1, 4, std::string("\x00\x80", 2))},
        {"palette", make_png(2, 1, 3, std::string("\x00\x01", 2),
                             std::string("\xFF\x00\x00\x00\x00\xFF", 6))},
        {"rgb", testing::rgb_png()},
        {"rgba", testing::rgba_png()},
    };
    layout::Page page;
    page.width = 200;
    page.height = 100;
    double x = 10;
    for (const auto& [id, png] : list.images) {
        page.items.emplace_back(layout::ImageItem{{x, 10}, 20, 20, id});
        x += 30;
    }
    list.pages = {page};
    testing::TempFile file("colour-types.pdf",
                           render_pdf(list, bundled_font_files(KINERJA_SOURCE_DIR "/fonts")));
    const auto check = testing::run_command("qpdf --check '" + file.path() + "'");
    EXPECT_EQ(check.exit_code, 0) << check.output;
    const auto images = testing::run_command("pdfimages -list '" + file.path() + "'");
    EXPECT_EQ(testing::lines_of(images.output).size(), 2u + 5u + 2u) << images.output;  // 2 smasks
}

}  // namespace
}  // namespace kinerja::render
