// Exact numbers: every value the office writes (85,5; 9,12; 170.395.000) and every score
// computed from them. Floating point would put 9,12 of 12 months on the wrong side of 24%.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kinerja {

// A reduced fraction num/den with den > 0. Arithmetic is exact; an operation whose result does
// not fit in 64 bits throws std::overflow_error (a bug or absurd input, never silent).
class Rational {
public:
    Rational() = default;
    Rational(std::int64_t integer) : num_(integer) {}  // NOLINT: implicit from integers is intended
    Rational(std::int64_t num, std::int64_t den);

    std::int64_t num() const { return num_; }
    std::int64_t den() const { return den_; }

    friend Rational operator+(const Rational& a, const Rational& b);
    friend Rational operator-(const Rational& a, const Rational& b);
    friend Rational operator*(const Rational& a, const Rational& b);
    friend Rational operator/(const Rational& a, const Rational& b);  // b != 0
    Rational operator-() const;  // throws std::overflow_error only for an INT64_MIN numerator
    Rational& operator+=(const Rational& b) { return *this = *this + b; }
    Rational& operator-=(const Rational& b) { return *this = *this - b; }

    friend bool operator==(const Rational& a, const Rational& b) = default;
    friend std::strong_ordering operator<=>(const Rational& a, const Rational& b);

    // Rounded half away from zero to `places` decimals, as an integer count of 10^-places.
    std::int64_t round_scaled(int places) const;

    // Approximate value, for display math only (never for scoring decisions).
    double to_double() const { return static_cast<double>(num_) / static_cast<double>(den_); }

private:
    std::int64_t num_ = 0;
    std::int64_t den_ = 1;
};

// Parses a number as offices write it: "85", "85,5", "85.5", "-3", "170.395.000",
// "170,395,000.50", "Rp170.395.000" is NOT accepted (no currency). Surrounding spaces allowed.
// A lone separator with exactly three digits after it and no other separator ("1.500") is a
// thousands separator when `group_if_ambiguous`, else a decimal point.
// Returns nullopt when the text is not a number (including Excel's "1,96906E+17"); throws
// std::overflow_error for a well-formed number that cannot be held exactly (beyond 64 bits, or
// more than 18 significant decimals).
std::optional<Rational> parse_number(std::string_view text, bool group_if_ambiguous = false);

// Indonesian style, half up: format_id(171/2, 2) == "85,50"; format_id(170395000, 0) ==
// "170.395.000"; format_id(x, 2, false) leaves out thousands separators.
std::string format_id(const Rational& value, int places, bool group_thousands = true);
// Dot decimal, no grouping, for CSV outputs: format_dot(171/2, 2) == "85.50".
std::string format_dot(const Rational& value, int places);

}  // namespace kinerja
