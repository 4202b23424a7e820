#include "render/png_check.hpp"

#include <cstddef>
#include <vector>

#include <png.h>

namespace kinerja::render {
namespace {

// Frees libpng's decoding state on every path out.
struct ImageGuard {
    png_image* image;
    ~ImageGuard() { png_image_free(image); }
};

}  // namespace

std::optional<std::string> png_problem(std::string_view bytes) {
    static constexpr unsigned char signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    if (bytes.size() < sizeof signature ||
        png_sig_cmp(reinterpret_cast<png_const_bytep>(bytes.data()), 0, sizeof signature) != 0) {
        return "bukan berkas PNG";
    }
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    ImageGuard guard{&image};
    if (png_image_begin_read_from_memory(&image, bytes.data(), bytes.size()) == 0) {
        return "PNG rusak: " + std::string(image.message);
    }
    if (image.width < 1 || image.height < 1 || image.width > max_png_side ||
        image.height > max_png_side) {
        return "ukuran gambar " + std::to_string(image.width) + "×" +
               std::to_string(image.height) + " piksel di luar batas 1–" +
               std::to_string(max_png_side);
    }
    // One gray byte per pixel is the smallest buffer that still makes libpng read every row.
    image.format = PNG_FORMAT_GRAY;
    std::vector<png_byte> pixels(static_cast<std::size_t>(image.width) * image.height);
    if (png_image_finish_read(&image, nullptr, pixels.data(), 0, nullptr) == 0) {
        return "PNG rusak: " + std::string(image.message);
    }
    return std::nullopt;
}

}  // namespace kinerja::render
