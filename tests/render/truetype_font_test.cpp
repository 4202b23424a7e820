// TrueTypeFont (truetype_font.hpp) on the bundled fonts: its subsets are checked with fontTools,
// an implementation of the OpenType specification independent of ours.
#include "render/truetype_font.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <stdexcept>
#include <string>

#include <gtest/gtest.h>

#include "render_test_support.hpp"

namespace kinerja::render {
namespace {

std::string font_bytes(const std::string& name) {
    std::ifstream in(std::filesystem::path(KINERJA_SOURCE_DIR) / "fonts" / name, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// fontTools' view of a font file: the glyphs with outlines (sorted names, space separated),
// then "sum ok" when the whole file's checksum is 0xB1B0AFBA as head.checkSumAdjustment makes
// it. fontTools itself raises on a table whose checksum is wrong (checkChecksums=2).
// Debian's python3-fonttools, as scripts/make-fonts uses it.
std::string font_tools_view(const std::string& font) {
    const testing::TempFile file("subset.ttf", font);
    const std::string script =
        "import sys, struct\n"
        "from fontTools.ttLib import TTFont\n"
        "f = TTFont(sys.argv[1], checkChecksums=2)\n"
        "g = f['glyf']\n"
        "print(' '.join(sorted(n for n in f.getGlyphOrder() if g[n].numberOfContours != 0)))\n"
        "b = open(sys.argv[1], 'rb').read()\n"
        "b += bytes(-len(b) % 4)\n"
        "print('sum ok' if sum(struct.unpack('>%dI' % (len(b) // 4), b)) % 2**32 == 0xB1B0AFBA else 'sum bad')\n";
    const testing::TempFile program("view.py", script);
    const testing::CommandResult run = testing::run_command("/usr/bin/python3 " + program.path() + " " + file.path() + " 2>&1");
    EXPECT_EQ(run.exit_code, 0) << run.output;
    return run.output;
}

TEST(TrueTypeFont, RefusesWhatIsNotATrueTypeFileItCanRead) {
    EXPECT_THROW(TrueTypeFont(""), std::runtime_error);
    EXPECT_THROW(TrueTypeFont("bukan fon TrueType sama sekali"), std::runtime_error);
    const std::string font = font_bytes("KinerjaSans-Regular.ttf");
    ASSERT_GT(font.size(), 20000u);
    EXPECT_THROW(TrueTypeFont(font.substr(0, font.size() / 2)), std::runtime_error) << "tables cut off";
    EXPECT_EQ(TrueTypeFont(font).glyph_count(), 361);
}

TEST(TrueTypeFont, FindsGlyphsThroughTheUnicodeCmap) {
    const TrueTypeFont font(font_bytes("KinerjaSerif-Regular.ttf"));
    EXPECT_NE(font.glyph(U'A'), 0);
    EXPECT_NE(font.glyph(U'\u00e9'), font.glyph(U'e'));
    EXPECT_NE(font.glyph(U'\u20ac'), 0) << "the euro, WinAnsi's 0x80";
    EXPECT_EQ(font.glyph(U'\u4e00'), 0) << "not in the font: .notdef";
    EXPECT_EQ(font.glyph(U'\U0001F600'), 0);
}

// A subset keeps glyph 0, the glyphs shown and the parts of composite ones (é is e and acute);
// every other glyph is empty, and the checksums are the specification's.
TEST(TrueTypeFont, SubsetKeepsOnlyTheShownGlyphsAndTheirParts) {
    const std::string bytes = font_bytes("KinerjaSans-Regular.ttf");
    const TrueTypeFont font(bytes);
    const std::string subset = font.subset(font.closure({font.glyph(U'A'), font.glyph(U'\u00e9')}));
    EXPECT_LT(subset.size(), bytes.size() / 2);
    EXPECT_EQ(font_tools_view(subset), ".notdef A acute e eacute\nsum ok\n");
    EXPECT_EQ(TrueTypeFont(subset).glyph_count(), 361) << "glyph ids kept";
    EXPECT_EQ(font_tools_view(font.subset(font.closure({}))), ".notdef\nsum ok\n");
}

// A font file damaged anywhere (a font a user put in place of a bundled one): refused, or
// subset within its bytes (the sanitizer build checks), never a crash.
TEST(TrueTypeFont, DamagedFontFilesAreRefusedOrSubsetWithinTheirBytes) {
    const std::string font = font_bytes("KinerjaSerif-Bold.ttf");
    ASSERT_GT(font.size(), 20000u);
    std::mt19937 random(7);
    int refused = 0, subset = 0;
    for (int round = 0; round < 300; ++round) {
        std::string damaged = font;
        // Mostly the directory and the tables it points at, sometimes anywhere.
        const std::size_t span = round % 4 == 0 ? damaged.size() : 400;
        for (int i = 0; i < 1 + round % 8; ++i) damaged[random() % span] = static_cast<char>(random() & 0xFF);
        if (round % 10 == 0) damaged.resize(random() % damaged.size());
        try {
            const TrueTypeFont read(damaged);
            std::vector<std::uint16_t> shown;
            for (char32_t c = U'A'; c <= U'z'; ++c) shown.push_back(read.glyph(c));
            EXPECT_GE(read.subset(read.closure(shown)).size(), 12u);
            ++subset;
        } catch (const std::runtime_error&) {
            ++refused;
        }
    }
    EXPECT_GT(refused, 0);
    EXPECT_GT(subset, 0);
}

}  // namespace
}  // namespace kinerja::render
