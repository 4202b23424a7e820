#include "render/pdf_real.hpp"

#include <cstdint>
#include <cstring>
#include <random>
#include <string>

#include <gtest/gtest.h>
#include <hpdf.h>
#include <hpdf_utils.h>

namespace kinerja::render {
namespace {

std::string libharu(float value) {
    char text[HPDF_REAL_LEN + 1];
    const char* end = HPDF_FToA(text, value, text + HPDF_REAL_LEN);
    return std::string(static_cast<const char*>(text), end);
}

std::string ours(float value) {
    std::string out = "x";  // appended to what is there
    append_real(out, value);
    return out.substr(1);
}

// Twice over: the second time append_real finds most of them among the values it wrote lately.
TEST(AppendReal, WritesWhatLibharuWrites) {
    for (int pass = 0; pass < 2; ++pass) {
        for (const float value : {0.f, -0.f, 0.5f, -0.5f, 1.f, 10.f, 609.448792f, 935.433044f, 0.000004f, -0.000004f,
                                  0.000005f, 0.99999f, 0.999996f, 2.9999974f, 32767.f, 32768.f, -40000.f, 1e30f,
                                  -1e30f, 12.345678f, 100000.5f}) {
            EXPECT_EQ(ours(value), libharu(value)) << value;
        }
    }
    EXPECT_EQ(ours(609.448792f), "609.44879");
    EXPECT_EQ(ours(-3.f), "-3");
    EXPECT_EQ(ours(0.f), "0");
}

// Page coordinates, sizes and grays: every float from 0 to 2,048 at a stride, both signs, and
// random ones across libharu's range.
TEST(AppendReal, WritesWhatLibharuWritesForMillionsOfValues) {
    std::size_t differ = 0;
    const auto check = [&](float value) {
        if (ours(value) != libharu(value) && ++differ <= 5) ADD_FAILURE() << value << ": " << ours(value) << " vs " << libharu(value);
    };
    for (std::uint32_t bits = 0; bits < 0x45000000u; bits += 577) {
        float value;
        std::memcpy(&value, &bits, sizeof value);
        check(value);
        check(-value);
    }
    std::mt19937 random(20240301);
    std::uniform_real_distribution<float> page(-1000.f, 3000.f), wide(-40000.f, 40000.f);
    for (int i = 0; i < 1000000; ++i) {
        check(page(random));
        check(wide(random));
        check(static_cast<float>(static_cast<int>(page(random)) / 4) * 0.25f);  // values that recur
    }
    EXPECT_EQ(differ, 0u);
}

}  // namespace
}  // namespace kinerja::render
