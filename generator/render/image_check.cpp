#include "render/image_check.hpp"

#include <cstddef>
#include <optional>
#include <utility>

#include "render/jpeg_check.hpp"
#include "render/png_check.hpp"

namespace kinerja::render {
namespace {

std::uint32_t be32(std::string_view bytes, std::size_t at) {
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < 4; ++i) value = value << 8 | static_cast<unsigned char>(bytes.at(at + i));
    return value;
}

}  // namespace

std::variant<ImageInfo, std::string> check_image(std::string_view bytes) {
    constexpr std::string_view png_signature("\x89PNG\r\n\x1A\n", 8);
    if (bytes.substr(0, png_signature.size()) == png_signature) {
        if (std::optional<std::string> problem = png_problem(bytes)) return std::move(*problem);
        // png_problem read the IHDR chunk, always first: width and height at bytes 16 and 20.
        return ImageInfo{ImageFormat::png, be32(bytes, 16), be32(bytes, 20)};
    }
    if (bytes.substr(0, 2) == "\xFF\xD8") {
        std::variant<JpegFrame, std::string> jpeg = check_jpeg(bytes);
        if (const std::string* problem = std::get_if<std::string>(&jpeg)) return *problem;
        const JpegFrame& frame = std::get<JpegFrame>(jpeg);
        return ImageInfo{ImageFormat::jpeg, frame.width, frame.height};
    }
    return std::string("bukan berkas PNG atau JPEG");
}

}  // namespace kinerja::render
