// Checks PNG bytes before they reach libharu. libharu 2.3.0 reads PNG through libpng without
// a recovery point: on damaged data libpng's error path calls abort(), which would take the
// whole batch down. Decoding the image once with libpng's simplified API (which reports errors
// as values) first turns such data into an exception instead.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kinerja::render {

constexpr std::uint32_t max_png_side = 10000;  // pixels; larger images are refused

// Why `bytes` is not a PNG libharu can take (in Bahasa Indonesia, with libpng's own message
// where it gave one), or nothing when the whole image decodes and each side is
// 1..max_png_side pixels.
std::optional<std::string> png_problem(std::string_view bytes);

}  // namespace kinerja::render
