#include "model/rational.hpp"

#include "model/ascii.hpp"

#include <cstddef>
#include <limits>
#include <stdexcept>

namespace kinerja {

namespace {

using ascii::is_digit;
using ascii::is_space;

using Wide = __int128;
using UWide = unsigned __int128;

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

// The largest number of decimals round_scaled and the formatters accept: 10^18 fits int64.
constexpr int kMaxPlaces = 18;

UWide magnitude(Wide v) { return v < 0 ? UWide(0) - static_cast<UWide>(v) : static_cast<UWide>(v); }

UWide gcd(UWide a, UWide b) {
    while (b != 0) {
        UWide t = a % b;
        a = b;
        b = t;
    }
    return a;
}

Wide pow10(int places) {
    Wide p = 1;
    for (int i = 0; i < places; ++i) p *= 10;
    return p;
}

void check_places(int places) {
    if (places < 0 || places > kMaxPlaces) {
        throw std::invalid_argument("Rational: decimal places must be 0..18, got " +
                                    std::to_string(places));
    }
}

// Keeps |v| <= INT64_MAX, so that negating a computed value never overflows.
std::int64_t narrow(Wide v, const char* what) {
    if (v > kMax || v < -Wide(kMax)) {
        throw std::overflow_error(std::string("Rational: result does not fit 64 bits in ") + what);
    }
    return static_cast<std::int64_t>(v);
}

// Brings n/d to lowest terms with d > 0 (0 as 0/1); throws on a zero denominator.
void reduce(Wide& n, Wide& d, const char* what) {
    if (d == 0) throw std::domain_error(std::string("Rational: zero denominator in ") + what);
    if (d < 0) {
        n = -n;
        d = -d;
    }
    auto g = static_cast<Wide>(gcd(magnitude(n), static_cast<UWide>(d)));  // >= 1 as d > 0
    n /= g;
    d /= g;
}

// The reduced form of n/d from wide intermediates; throws when it does not fit 64 bits.
Rational make_reduced(Wide n, Wide d, const char* what) {
    reduce(n, d, what);
    return Rational(narrow(n, what), narrow(d, what));  // reduced: the constructor keeps both
}

}  // namespace

Rational::Rational(std::int64_t num, std::int64_t den) {
    Wide n = num;
    Wide d = den;
    reduce(n, d, "construction");
    num_ = narrow(n, "construction");
    den_ = narrow(d, "construction");
}

Rational Rational::operator-() const { return make_reduced(-Wide(num_), den_, "negation"); }

Rational operator+(const Rational& a, const Rational& b) {
    return make_reduced(Wide(a.num_) * b.den_ + Wide(b.num_) * a.den_, Wide(a.den_) * b.den_,
                        "addition");
}

Rational operator-(const Rational& a, const Rational& b) {
    return make_reduced(Wide(a.num_) * b.den_ - Wide(b.num_) * a.den_, Wide(a.den_) * b.den_,
                        "subtraction");
}

Rational operator*(const Rational& a, const Rational& b) {
    return make_reduced(Wide(a.num_) * b.num_, Wide(a.den_) * b.den_, "multiplication");
}

Rational operator/(const Rational& a, const Rational& b) {
    if (b.num_ == 0) throw std::domain_error("Rational: division by zero");
    return make_reduced(Wide(a.num_) * b.den_, Wide(a.den_) * b.num_, "division");
}

std::strong_ordering operator<=>(const Rational& a, const Rational& b) {
    Wide left = Wide(a.num_) * b.den_;
    Wide right = Wide(b.num_) * a.den_;
    if (left < right) return std::strong_ordering::less;
    if (left > right) return std::strong_ordering::greater;
    return std::strong_ordering::equal;
}

std::int64_t Rational::round_scaled(int places) const {
    check_places(places);
    UWide scaled = magnitude(num_) * static_cast<UWide>(pow10(places));
    UWide d = static_cast<UWide>(den_);
    UWide q = scaled / d;
    UWide r = scaled % d;
    if (r * 2 >= d) ++q;  // half away from zero: the tie goes up in magnitude
    Wide signed_q = static_cast<Wide>(q);
    return narrow(num_ < 0 ? -signed_q : signed_q, "rounding");
}

namespace {



std::string_view trim(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

// Digits of `s` split at every `sep`, checked as thousands groups: the first group 1–3 digits
// without a leading zero, every other group exactly 3 digits.
bool valid_grouping(std::string_view s, char sep) {
    std::size_t start = 0;
    bool first = true;
    while (true) {
        std::size_t end = s.find(sep, start);
        std::string_view group = s.substr(start, end == std::string_view::npos ? s.size() - start
                                                                               : end - start);
        for (char c : group) {
            if (!is_digit(c)) return false;
        }
        if (first) {
            if (group.empty() || group.size() > 3 || group.front() == '0') return false;
            first = false;
        } else if (group.size() != 3) {
            return false;
        }
        if (end == std::string_view::npos) return true;
        start = end + 1;
    }
}

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s) {
        if (!is_digit(c)) return false;
    }
    return true;
}

// Accumulates the digits of `integer` then `fraction` into num / 10^fraction.size(); throws
// std::overflow_error when the value cannot be held exactly.
Rational assemble(bool negative, std::string_view integer, char group_sep,
                  std::string_view fraction) {
    while (!fraction.empty() && fraction.back() == '0') fraction.remove_suffix(1);
    if (fraction.size() > static_cast<std::size_t>(kMaxPlaces)) {
        throw std::overflow_error("parse_number: more than 18 decimals");
    }
    // 36 significant digits fit in 128 bits; a value that long never fits 64 bits anyway.
    constexpr int kMaxDigits = 36;
    Wide n = 0;
    int significant = 0;
    auto push = [&](char c) {
        if (c == group_sep) return;
        if (n != 0 || c != '0') ++significant;
        if (significant > kMaxDigits) throw std::overflow_error("parse_number: too many digits");
        n = n * 10 + (c - '0');
    };
    for (char c : integer) push(c);
    for (char c : fraction) push(c);
    if (negative) n = -n;
    return make_reduced(n, pow10(static_cast<int>(fraction.size())), "parse_number");
}

}  // namespace

std::optional<Rational> parse_number(std::string_view text, bool group_if_ambiguous) {
    std::string_view s = trim(text);
    bool negative = false;
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
        negative = s.front() == '-';
        s.remove_prefix(1);
    }
    if (s.empty() || !is_digit(s.front()) || !is_digit(s.back())) return std::nullopt;

    std::size_t dots = 0, commas = 0;
    for (char c : s) {
        if (c == '.') {
            ++dots;
        } else if (c == ',') {
            ++commas;
        } else if (!is_digit(c)) {
            return std::nullopt;  // letters, exponents, currency, inner spaces
        }
    }

    if (dots == 0 && commas == 0) return assemble(negative, s, '\0', {});

    if (dots > 0 && commas > 0) {
        // Both kinds: the one written last is the decimal separator, once; the other groups.
        std::size_t last = s.find_last_of(".,");
        char decimal = s.at(last);
        char group = decimal == '.' ? ',' : '.';
        if ((decimal == '.' ? dots : commas) != 1) return std::nullopt;
        std::string_view integer = s.substr(0, last);
        std::string_view fraction = s.substr(last + 1);
        if (!valid_grouping(integer, group) || !all_digits(fraction)) return std::nullopt;
        return assemble(negative, integer, group, fraction);
    }

    char sep = dots > 0 ? '.' : ',';
    std::size_t count = dots > 0 ? dots : commas;
    if (count > 1) {
        // Several of one kind can only be thousands grouping ("170.395.000").
        if (!valid_grouping(s, sep)) return std::nullopt;
        return assemble(negative, s, sep, {});
    }

    std::size_t at = s.find(sep);
    std::string_view integer = s.substr(0, at);
    std::string_view fraction = s.substr(at + 1);
    bool could_group = fraction.size() == 3 && valid_grouping(s, sep);
    if (could_group && group_if_ambiguous) return assemble(negative, s, sep, {});
    return assemble(negative, integer, '\0', fraction);
}

namespace {

// Sign, integer digits and `places` decimals of the value rounded half away from zero.
std::string format_with(const Rational& value, int places, char decimal_sep, char group_sep) {
    check_places(places);
    std::int64_t scaled = value.round_scaled(places);
    auto mag = static_cast<std::uint64_t>(scaled < 0 ? -scaled : scaled);
    auto unit = static_cast<std::uint64_t>(pow10(places));
    std::string integer = std::to_string(mag / unit);
    std::string out;
    if (scaled < 0) out += '-';
    if (group_sep != '\0') {
        std::size_t lead = integer.size() % 3 == 0 ? 3 : integer.size() % 3;
        out += integer.substr(0, lead);
        for (std::size_t i = lead; i < integer.size(); i += 3) {
            out += group_sep;
            out += integer.substr(i, 3);
        }
    } else {
        out += integer;
    }
    if (places > 0) {
        std::string fraction = std::to_string(mag % unit);
        out += decimal_sep;
        out += std::string(static_cast<std::size_t>(places) - fraction.size(), '0');
        out += fraction;
    }
    return out;
}

}  // namespace

std::string format_id(const Rational& value, int places, bool group_thousands) {
    return format_with(value, places, ',', group_thousands ? '.' : '\0');
}

std::string format_dot(const Rational& value, int places) {
    return format_with(value, places, '.', '\0');
}

}  // namespace kinerja
