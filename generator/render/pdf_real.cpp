#include "render/pdf_real.hpp"

#include <charconv>
#include <cstdint>

namespace kinerja::render {

void append_real(std::string& out, float value) {
    constexpr float limit = 32767;  // HPDF_LIMIT_MAX_REAL
    if (value > limit) value = limit;
    if (value < -limit) value = -limit;
    char text[24];
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
    out.append(text, static_cast<std::size_t>(end - text));
}

}  // namespace kinerja::render
