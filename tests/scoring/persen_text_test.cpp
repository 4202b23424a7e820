// The percentages the 2022 regime prints (scoring/scoring2022.hpp persen_text).
#include <gtest/gtest.h>

#include "scoring/scoring2022.hpp"

namespace kinerja {
namespace {

TEST(PersenText, TwoDecimalsWithACommaRoundedHalfUp) {
    EXPECT_EQ(persen_text(10, 12), "83,33%");
    EXPECT_EQ(persen_text(2, 3), "66,67%");
    EXPECT_EQ(persen_text(1, 8), "12,50%");
    EXPECT_EQ(persen_text(1, 16), "6,25%");
    EXPECT_EQ(persen_text(1, 32), "3,13%");  // 3.125 rounds up
    EXPECT_EQ(persen_text(7, 10), "70,00%");
    EXPECT_EQ(persen_text(12, 12), "100,00%");
    EXPECT_EQ(persen_text(0, 12), "0,00%");
    EXPECT_EQ(persen_text(0, 0), "0,00%");
    EXPECT_EQ(persen_text(1, 200000), "0,00%");
    EXPECT_EQ(persen_text(1, 20000), "0,01%");  // 0.005 rounds up
}

}  // namespace
}  // namespace kinerja
