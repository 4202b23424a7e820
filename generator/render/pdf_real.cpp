#include "render/pdf_real.hpp"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>

namespace kinerja::render {

namespace {

// `value` written into `text`, as append_real writes it; returns the length, at most 12
// ("-32767.00001": the value is clamped, the fraction has five digits).
std::size_t write_real(char (&text)[12], float value) {
    constexpr float limit = 32767;  // HPDF_LIMIT_MAX_REAL
    if (value > limit) value = limit;
    if (value < -limit) value = -limit;
    char* end = text;
    if (value < 0) {
        *end++ = '-';
        value = -value;
    }
    // libharu's arithmetic, types and all: the sum in double, the fraction's difference in float.
    const auto whole = static_cast<std::int32_t>(value + 0.000005);
    auto fraction = static_cast<std::int32_t>(static_cast<float>(value - static_cast<float>(whole) + 0.000005) * 100000);
    end = std::to_chars(end, text + sizeof text, whole).ptr;
    if (fraction > 0 && fraction < 100000) {
        // Five decimals, the trailing zeros left off.
        int decimals = 5;
        while (fraction % 10 == 0) {
            fraction /= 10;
            --decimals;
        }
        *end++ = '.';
        for (int i = decimals - 1; i >= 0; --i) {
            end[i] = static_cast<char>('0' + fraction % 10);
            fraction /= 10;
        }
        end += decimals;
    } else if (fraction != 0) {
        // Out of range (never seen): libharu's digits, character for character.
        *end++ = '.';
        for (int i = 4; i >= 0; --i) {
            end[i] = static_cast<char>('0' + fraction % 10);
            fraction /= 10;
        }
        end += 5;
        while (end[-1] == '0') --end;
    }
    return static_cast<std::size_t>(end - text);
}

// The characters of recently written values: a page's coordinates recur (the columns and rows
// of its tables, its margins, font sizes, gray levels), and a look-up costs less than writing.
struct Written {
    std::uint32_t bits = 0;  // the float's bits
    std::uint32_t size = 0;  // 0: empty (every value writes at least one character)
    char text[12];
};
constexpr std::size_t cache_bits = 12;
thread_local std::array<Written, std::size_t{1} << cache_bits> written_cache;

}  // namespace

void append_real(std::string& out, float value) {
    std::uint32_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    Written& slot = written_cache[(bits * 2654435761u) >> (32 - cache_bits)];
    if (slot.size == 0 || slot.bits != bits) {
        slot.bits = bits;
        slot.size = static_cast<std::uint32_t>(write_real(slot.text, value));
    }
    out.append(slot.text, slot.size);
}

}  // namespace kinerja::render
