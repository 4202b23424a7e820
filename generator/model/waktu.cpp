#include "model/waktu.hpp"

#include "model/ascii.hpp"

#include <array>
#include <stdexcept>

namespace kinerja {

namespace {

using ascii::is_space;
using ascii::lower;

struct UnitName {
    SatuanWaktu satuan;
    const char* lower;    // as matched, case-insensitively
    const char* printed;  // as printed
};

constexpr std::array<UnitName, 5> kUnits = {{
    {SatuanWaktu::menit, "menit", "Menit"},
    {SatuanWaktu::jam, "jam", "Jam"},
    {SatuanWaktu::hari, "hari", "Hari"},
    {SatuanWaktu::minggu, "minggu", "Minggu"},
    {SatuanWaktu::bulan, "bulan", "Bulan"},
}};

// Enough decimals for any value an SOP writes ("1,5", "0,25"); others are rounded to this.
constexpr int kMaxPrintedPlaces = 4;



}  // namespace

std::string Waktu::str() const {
    // The fewest decimals that show the value exactly, up to kMaxPrintedPlaces.
    int places = 0;
    Rational scaled = jumlah;
    while (places < kMaxPrintedPlaces && scaled.den() != 1) {
        scaled = scaled * 10;
        ++places;
    }
    std::string unit;
    for (const UnitName& u : kUnits) {
        if (u.satuan == satuan) unit = u.printed;
    }
    // No thousands separator: "1.200" would read back as 1,2 (a lone dot is a decimal point).
    return format_id(jumlah, places, false) + " " + unit;
}

std::optional<Waktu> parse_waktu(std::string_view text) {
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);

    // The number runs to the first space or letter; the unit word is the rest.
    std::size_t split = 0;
    while (split < text.size() && !is_space(text[split]) &&
           !(lower(text[split]) >= 'a' && lower(text[split]) <= 'z')) {
        ++split;
    }
    std::string_view number = text.substr(0, split);
    std::string_view word = text.substr(split);
    while (!word.empty() && is_space(word.front())) word.remove_prefix(1);

    std::optional<Rational> jumlah;
    try {
        jumlah = parse_number(number);
    } catch (const std::overflow_error&) {
        return std::nullopt;  // a duration no SOP means
    }
    if (!jumlah || *jumlah <= Rational(0)) return std::nullopt;

    std::string unit;
    for (char c : word) unit += lower(c);
    for (const UnitName& u : kUnits) {
        if (unit == u.lower) return Waktu{*jumlah, u.satuan};
    }
    return std::nullopt;
}

}  // namespace kinerja
