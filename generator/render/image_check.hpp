// The images render_pdf takes, PNG and JPEG, told apart by their first bytes and checked before
// they reach libharu (png_check.hpp, jpeg_check.hpp).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace kinerja::render {

enum class ImageFormat { png, jpeg };

struct ImageInfo {
    ImageFormat format = ImageFormat::png;
    std::uint32_t width = 0, height = 0;  // pixels, > 0: PNG's IHDR, JPEG's frame header
};

// What `bytes` are, or why render_pdf cannot take them (Bahasa Indonesia: png_problem's or
// check_jpeg's words, or "bukan berkas PNG atau JPEG").
std::variant<ImageInfo, std::string> check_image(std::string_view bytes);

}  // namespace kinerja::render
