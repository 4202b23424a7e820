#include "render/pdf_real.hpp"

#include <cstdint>

namespace kinerja::render {

void append_real(std::string& out, float value) {
    constexpr float limit = 32767;  // HPDF_LIMIT_MAX_REAL
    if (value > limit) value = limit;
    if (value < -limit) value = -limit;
    char text[16];
    std::size_t size = 0;
    if (value < 0) {
        text[size++] = '-';
        value = -value;
    }
    // libharu's arithmetic, types and all: the sum in double, the fraction's difference in float.
    const auto whole = static_cast<std::int32_t>(value + 0.000005);
    auto fraction = static_cast<std::int32_t>(static_cast<float>(value - static_cast<float>(whole) + 0.000005) * 100000);
    char digits[12];
    std::size_t count = 0;
    for (std::int32_t rest = whole; rest > 0; rest /= 10) digits[count++] = static_cast<char>('0' + rest % 10);
    if (count == 0) digits[count++] = '0';
    while (count > 0) text[size++] = digits[--count];
    text[size++] = '.';
    for (std::size_t i = 0; i < 5; ++i) {
        text[size + 4 - i] = static_cast<char>('0' + fraction % 10);
        fraction /= 10;
    }
    size += 5;
    // Trailing zeros, then a bare point, go; never the first character.
    while (size > 1 && text[size - 1] == '0') --size;
    if (size > 1 && text[size - 1] == '.') --size;
    out.append(text, size);
}

}  // namespace kinerja::render
