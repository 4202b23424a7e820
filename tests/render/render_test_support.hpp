// Helpers for the render tests: PNG files built by hand, temporary files and running the
// poppler/qpdf command-line tools on a rendered PDF.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "render/pdf_writer.hpp"

namespace kinerja::render::testing {

// The bundled fonts of fonts/, as render embeds them.
inline FontFiles bundled() { return bundled_font_files(KINERJA_SOURCE_DIR "/fonts"); }

inline std::uint32_t crc32(std::string_view bytes) {
    static const auto table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t n = 0; n < 256; ++n) {
            std::uint32_t c = n;
            for (int k = 0; k < 8; ++k) {
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            t.at(n) = c;
        }
        return t;
    }();
    std::uint32_t c = 0xFFFFFFFFu;
    for (const char ch : bytes) {
        c = table.at((c ^ static_cast<unsigned char>(ch)) & 0xFFu) ^ (c >> 8);
    }
    return c ^ 0xFFFFFFFFu;
}

inline void put_be32(std::string& out, std::uint32_t value) {
    for (int shift = 24; shift >= 0; shift -= 8) {
        out.push_back(static_cast<char>((value >> shift) & 0xFFu));
    }
}

inline std::string png_chunk(std::string_view type, std::string_view data) {
    std::string out;
    put_be32(out, static_cast<std::uint32_t>(data.size()));
    std::string body(type);
    body.append(data);
    out.append(body);
    put_be32(out, crc32(body));
    return out;
}

// A zlib stream of stored (uncompressed) deflate blocks: valid PNG data without zlib.
inline std::string zlib_stored(std::string_view data) {
    std::string out = "\x78\x01";
    std::size_t pos = 0;
    do {
        const std::size_t n = std::min<std::size_t>(data.size() - pos, 65535);
        const bool last = pos + n == data.size();
        out.push_back(last ? '\x01' : '\x00');
        out.push_back(static_cast<char>(n & 0xFF));
        out.push_back(static_cast<char>(n >> 8));
        out.push_back(static_cast<char>(~n & 0xFF));
        out.push_back(static_cast<char>((~n >> 8) & 0xFF));
        out.append(data.substr(pos, n));
        pos += n;
    } while (pos < data.size());
    std::uint32_t a = 1, b = 0;
    for (const char ch : data) {
        a = (a + static_cast<unsigned char>(ch)) % 65521;
        b = (b + a) % 65521;
    }
    put_be32(out, (b << 16) | a);
    return out;
}

// An 8-bit PNG. colour_type: 0 gray, 2 RGB, 3 palette (then `palette` is PLTE's RGB bytes),
// 4 gray+alpha, 6 RGBA. `pixels` holds the rows, without filter bytes.
inline std::string make_png(std::uint32_t width, std::uint32_t height, int colour_type,
                            std::string_view pixels, std::string_view palette = {}) {
    std::string ihdr;
    put_be32(ihdr, width);
    put_be32(ihdr, height);
    ihdr += static_cast<char>(8);
    ihdr += static_cast<char>(colour_type);
    ihdr += std::string(3, '\0');  // compression, filter, interlace
    const std::size_t row = pixels.size() / height;
    std::string raw;
    for (std::uint32_t y = 0; y < height; ++y) {
        raw.push_back('\0');  // filter: none
        raw.append(pixels.substr(y * row, row));
    }
    std::string png = "\x89PNG\r\n\x1A\n";
    png += png_chunk("IHDR", ihdr);
    if (!palette.empty()) {
        png += png_chunk("PLTE", palette);
    }
    png += png_chunk("IDAT", zlib_stored(raw));
    png += png_chunk("IEND", "");
    return png;
}

// A 4×3 RGB image: red, green, blue, white in each row.
inline std::string rgb_png() {
    std::string pixels;
    for (int y = 0; y < 3; ++y) {
        pixels += std::string("\xFF\x00\x00\x00\xFF\x00\x00\x00\xFF\xFF\xFF\xFF", 12);
    }
    return make_png(4, 3, 2, pixels);
}

// A 2×2 RGBA image, black with varying alpha (a scanned signature on transparency).
inline std::string rgba_png() {
    return make_png(2, 2, 6, std::string("\0\0\0\xFF\0\0\0\x80\0\0\0\x00\0\0\0\xFF", 16));
}

// A file in the temporary directory, removed when this goes out of scope.
class TempFile {
public:
    explicit TempFile(std::string_view name)
        : path_(std::filesystem::temp_directory_path() /
                ("kinerja-render-" + std::to_string(::getpid()) + "-" + std::string(name))) {}
    TempFile(std::string_view name, std::string_view bytes) : TempFile(name) { write(bytes); }
    ~TempFile() {
        std::error_code ignored;
        std::filesystem::remove(path_, ignored);
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    void write(std::string_view bytes) const {
        std::ofstream out(path_, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!out) {
            throw std::runtime_error("cannot write " + path_.string());
        }
    }
    std::string read() const {
        std::ifstream in(path_, std::ios::binary);
        return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    }
    std::string path() const { return path_.string(); }

private:
    std::filesystem::path path_;
};

struct CommandResult {
    int exit_code = -1;
    std::string output;  // stdout and stderr
};

// Runs a shell command (arguments quoted by the caller) and captures its output.
inline CommandResult run_command(const std::string& command) {
    CommandResult result;
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (!pipe) {
        throw std::runtime_error("cannot run " + command);
    }
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
        result.output.append(buffer.data(), n);
    }
    const int status = ::pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

inline std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    return lines;
}

}  // namespace kinerja::render::testing
