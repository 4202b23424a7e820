#include "model/rational.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <stdexcept>

namespace kinerja {
namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

Rational parsed(std::string_view text, bool group_if_ambiguous = false) {
    std::optional<Rational> r = parse_number(text, group_if_ambiguous);
    if (!r) throw std::runtime_error("not a number: " + std::string(text));
    return *r;
}

TEST(Rational, ConstructionReducesAndKeepsTheSignOnTheNumerator) {
    Rational r(6, -4);
    EXPECT_EQ(r.num(), -3);
    EXPECT_EQ(r.den(), 2);
    EXPECT_EQ(Rational(0, -7).den(), 1);
    EXPECT_EQ(Rational(0, -7), Rational(0));
    EXPECT_EQ(Rational(-10, -5), Rational(2));
    EXPECT_EQ(Rational(5).den(), 1);
    EXPECT_EQ(Rational().num(), 0);
    EXPECT_EQ(Rational().den(), 1);
}

TEST(Rational, ZeroDenominatorThrows) {
    EXPECT_THROW(Rational(1, 0), std::domain_error);
    EXPECT_THROW(Rational(1) / Rational(0), std::domain_error);
}

TEST(Rational, ArithmeticIsExact) {
    EXPECT_EQ(Rational(1, 3) + Rational(1, 6), Rational(1, 2));
    EXPECT_EQ(Rational(1, 3) - Rational(1, 2), Rational(-1, 6));
    EXPECT_EQ(Rational(2, 3) * Rational(9, 4), Rational(3, 2));
    EXPECT_EQ(Rational(2, 3) / Rational(-4, 9), Rational(-3, 2));
    EXPECT_EQ(-Rational(3, 4), Rational(-3, 4));
    Rational sum;
    for (int i = 0; i < 10; ++i) sum += Rational(1, 10);
    EXPECT_EQ(sum, Rational(1));
    sum -= Rational(1, 4);
    EXPECT_EQ(sum, Rational(3, 4));
}

TEST(Rational, WaktuEfficiencyOfNineTwelveMonthsIsExactlyTwentyFour) {
    // E = 100 - R/T * 100 with R = 9,12 and T = 12: the case floating point gets wrong.
    Rational e = Rational(100) - parsed("9,12") / Rational(12) * Rational(100);
    EXPECT_EQ(e, Rational(24));
    EXPECT_TRUE(e <= Rational(24));
}

TEST(Rational, IntermediatesWiderThan64BitsStillGiveExactResults) {
    Rational big(kMax / 2, 3);
    // num * den products overflow int64 but the reduced result fits.
    EXPECT_EQ(big * Rational(3, kMax / 2), Rational(1));
    EXPECT_EQ(Rational(kMax, 7) - Rational(kMax, 7), Rational(0));
}

TEST(Rational, OverflowThrows) {
    EXPECT_THROW(Rational(kMax) + Rational(1), std::overflow_error);
    EXPECT_THROW(Rational(kMax) * Rational(2), std::overflow_error);
    EXPECT_THROW(Rational(1, kMax) * Rational(1, 3), std::overflow_error);
    EXPECT_THROW(Rational(kMax) / Rational(1, 2), std::overflow_error);
    EXPECT_THROW(-Rational(std::numeric_limits<std::int64_t>::min()), std::overflow_error);
    EXPECT_THROW(Rational(std::numeric_limits<std::int64_t>::min(), 1), std::overflow_error);
    EXPECT_NO_THROW(Rational(kMax) + Rational(0));
    EXPECT_NO_THROW(-Rational(kMax));
}

TEST(Rational, Ordering) {
    EXPECT_LT(Rational(1, 3), Rational(1, 2));
    EXPECT_GT(Rational(-1, 3), Rational(-1, 2));
    EXPECT_EQ(Rational(2, 4) <=> Rational(1, 2), std::strong_ordering::equal);
    // Cross products need more than 64 bits.
    EXPECT_GT(Rational(kMax - 1, kMax), Rational(kMax - 2, kMax - 1));
    EXPECT_GT(Rational(-kMax, kMax - 1), Rational(-(kMax - 1), kMax - 2));
    EXPECT_GE(Rational(91), Rational(91));
    EXPECT_NE(Rational(1, 3), Rational(1, 2));
}

TEST(Rational, RoundScaledIsHalfAwayFromZero) {
    EXPECT_EQ(parsed("85,505").round_scaled(2), 8551);
    EXPECT_EQ(parsed("85,504").round_scaled(2), 8550);
    EXPECT_EQ(parsed("-0,005").round_scaled(2), -1);
    EXPECT_EQ(parsed("-0,004").round_scaled(2), 0);
    EXPECT_EQ(Rational(5, 2).round_scaled(0), 3);
    EXPECT_EQ(Rational(-5, 2).round_scaled(0), -3);
    EXPECT_EQ(Rational(1, 3).round_scaled(4), 3333);
    EXPECT_EQ(Rational(2, 3).round_scaled(4), 6667);
    EXPECT_EQ(Rational(171, 2).round_scaled(2), 8550);
    EXPECT_EQ(Rational(7).round_scaled(3), 7000);
    EXPECT_THROW(Rational(1).round_scaled(-1), std::invalid_argument);
    EXPECT_THROW(Rational(1).round_scaled(19), std::invalid_argument);
    EXPECT_THROW(Rational(kMax).round_scaled(1), std::overflow_error);
}

TEST(Rational, ToDoubleApproximates) {
    EXPECT_DOUBLE_EQ(Rational(171, 2).to_double(), 85.5);
    EXPECT_DOUBLE_EQ(Rational(-1, 4).to_double(), -0.25);
}

TEST(ParseNumber, PlainIntegersAndDecimals) {
    EXPECT_EQ(parsed("85"), Rational(85));
    EXPECT_EQ(parsed("85,5"), Rational(171, 2));
    EXPECT_EQ(parsed("85.5"), Rational(171, 2));
    EXPECT_EQ(parsed("9,12"), Rational(228, 25));
    EXPECT_EQ(parsed("-3"), Rational(-3));
    EXPECT_EQ(parsed("+3"), Rational(3));
    EXPECT_EQ(parsed("-0"), Rational(0));
    EXPECT_EQ(parsed("007"), Rational(7));
    EXPECT_EQ(parsed("0,5"), Rational(1, 2));
    EXPECT_EQ(parsed("-12,25"), Rational(-49, 4));
    EXPECT_EQ(parsed("  85,5 \t"), Rational(171, 2));
    EXPECT_EQ(parsed("1234.567"), Rational(1234567, 1000));
}

TEST(ParseNumber, ThousandsGrouping) {
    EXPECT_EQ(parsed("170.395.000"), Rational(170395000));
    EXPECT_EQ(parsed("170,395,000"), Rational(170395000));
    EXPECT_EQ(parsed("170.395.000,50"), Rational(340790001, 2));
    EXPECT_EQ(parsed("170,395,000.50"), Rational(340790001, 2));
    EXPECT_EQ(parsed("1.000,5"), Rational(2001, 2));
    EXPECT_EQ(parsed("-1,000.25"), Rational(-4001, 4));
    EXPECT_EQ(parsed("12.345,6"), Rational(61728, 5));
}

TEST(ParseNumber, AmbiguousSingleSeparatorFollowsTheFlag) {
    EXPECT_EQ(parsed("1.500"), Rational(3, 2));
    EXPECT_EQ(parsed("1,500"), Rational(3, 2));
    EXPECT_EQ(parsed("1.500", true), Rational(1500));
    EXPECT_EQ(parsed("1,500", true), Rational(1500));
    EXPECT_EQ(parsed("-999.999", true), Rational(-999999));
    // Not ambiguous: the digits cannot be a thousands group, so the separator is decimal.
    EXPECT_EQ(parsed("0,500", true), Rational(1, 2));
    EXPECT_EQ(parsed("1234,500", true), Rational(2469, 2));
    EXPECT_EQ(parsed("1,50", true), Rational(3, 2));
    EXPECT_EQ(parsed("1,5000", true), Rational(3, 2));
}

TEST(ParseNumber, RejectsWhatIsNotANumber) {
    for (const char* text :
         {"", "   ", "-", "+", "abc", "85a", "1,96906E+17", "1.96906e+17", "1e5", "Rp170.395.000",
          "Rp 5", "170.395.000 Rp", "1,5,5", "1.5.5", "1.23.4", "1,23,4", "1.2345.678",
          "0.123.456", "1,234.567.8", "1.234,567,8", "1.234.5,6", ",5", "5,", ".5", "5.", "--5",
          "- 5", "1 000", "1_000", "1/2", "12%", "1,,000", "1..5", "1.,5"}) {
        EXPECT_FALSE(parse_number(text).has_value()) << "'" << text << "'";
        EXPECT_FALSE(parse_number(text, true).has_value()) << "'" << text << "' grouped";
    }
}

TEST(ParseNumber, ThrowsForNumbersTooLargeToKeep) {
    EXPECT_THROW(parse_number("99999999999999999999"), std::overflow_error);
    EXPECT_THROW(parse_number("9223372036854775808"), std::overflow_error);
    EXPECT_THROW(parse_number("-9223372036854775808"), std::overflow_error);
    EXPECT_THROW(parse_number("0,1234567890123456789"), std::overflow_error);
    EXPECT_THROW(parse_number("1" + std::string(60, '0')), std::overflow_error);
    EXPECT_EQ(parsed("1,5000000000000000000000000"), Rational(3, 2));  // trailing zeros are free
    EXPECT_EQ(parsed("000000000000000000000000000000000000000001"), Rational(1));
    EXPECT_EQ(parsed("9223372036854775807"), Rational(kMax));
    EXPECT_EQ(parsed("0,000000000000000001"), Rational(1, 1000000000000000000));
}

TEST(FormatId, IndonesianStyle) {
    EXPECT_EQ(format_id(Rational(171, 2), 2), "85,50");
    EXPECT_EQ(format_id(Rational(170395000), 0), "170.395.000");
    EXPECT_EQ(format_id(Rational(170395000), 2), "170.395.000,00");
    EXPECT_EQ(format_id(Rational(170395000), 2, false), "170395000,00");
    EXPECT_EQ(format_id(Rational(999), 0), "999");
    EXPECT_EQ(format_id(Rational(1000), 0), "1.000");
    EXPECT_EQ(format_id(Rational(100000), 0), "100.000");
    EXPECT_EQ(format_id(Rational(0), 2), "0,00");
    EXPECT_EQ(format_id(Rational(1, 20), 2), "0,05");
    EXPECT_EQ(format_id(Rational(76), 2), "76,00");
}

TEST(FormatId, RoundsHalfUpInMagnitude) {
    EXPECT_EQ(format_id(parsed("85,505"), 2), "85,51");
    EXPECT_EQ(format_id(parsed("85,5049"), 2), "85,50");
    EXPECT_EQ(format_id(parsed("-0,005"), 2), "-0,01");
    EXPECT_EQ(format_id(parsed("-0,004"), 2), "0,00");  // no "-0,00"
    EXPECT_EQ(format_id(Rational(-1234567, 2), 0), "-617.284");
    EXPECT_EQ(format_id(Rational(-1234567, 1), 1), "-1.234.567,0");
    EXPECT_EQ(format_id(Rational(2, 3), 2), "0,67");
    EXPECT_EQ(format_id(Rational(9995, 100), 1), "100,0");
}

TEST(FormatDot, DotDecimalWithoutGrouping) {
    EXPECT_EQ(format_dot(Rational(171, 2), 2), "85.50");
    EXPECT_EQ(format_dot(Rational(170395000), 2), "170395000.00");
    EXPECT_EQ(format_dot(parsed("85,505"), 2), "85.51");
    EXPECT_EQ(format_dot(parsed("-0,005"), 2), "-0.01");
    EXPECT_EQ(format_dot(Rational(-7), 0), "-7");
    EXPECT_EQ(format_dot(Rational(1, 8), 3), "0.125");
}

TEST(FormatId, ParseRoundTrip) {
    for (const char* text : {"0,01", "85,50", "170.395.000,00", "-1.000,25", "123.456.789,99"}) {
        EXPECT_EQ(format_id(parsed(text), 2), text);
    }
}

}  // namespace
}  // namespace kinerja
