// Hostile instansi.xml content: text the fonts lack, a logo too large to place.
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "batch/cli.hpp"
#include "test_support.hpp"

namespace kinerja {
namespace {
namespace fs = std::filesystem;

struct CliRun {
    int code;
    std::string out, err;
};

CliRun run(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    const int code = run_cli(args, out, err);
    return {code, out.str(), err.str()};
}

std::uint32_t crc32(std::string_view bytes) {
    std::uint32_t crc = 0xFFFFFFFFu;
    for (char ch : bytes) {
        crc ^= static_cast<unsigned char>(ch);
        for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

std::string be32(std::uint32_t v) {
    return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8), static_cast<char>(v)};
}

std::string chunk(const std::string& type, const std::string& data) {
    return be32(static_cast<std::uint32_t>(data.size())) + type + data + be32(crc32(type + data));
}

std::string png_claiming(std::uint32_t width, std::uint32_t height) {
    const std::string ihdr = be32(width) + be32(height) + std::string("\x08\x00\x00\x00\x00", 5);
    return std::string("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr) +
           chunk("IDAT", std::string("\x78\x9c\x63\x00\x00\x00\x01\x00\x01", 9)) + chunk("IEND", "");
}

// Reported at its field, never an internal failure: no document (nor the archive's index and
// labels) is made with the office's text, and the month is not filed.
TEST(HostileInstansi, InstansiTextTheFontsLackIsReportedNotAnInternalFailure) {
    test::TempDir temp("kinerja-hostile-glyph");
    const fs::path data = temp.path() / "data";
    fs::copy(test::sample_dir(), data, fs::copy_options::recursive);
    std::string instansi = test::read_file(data / "instansi.xml");
    instansi.replace(instansi.find("<tempat>Lampihong"), 17, "<tempat>\xE0\xB8\xA5\xE0\xB8\xB3");  // Thai
    instansi.replace(instansi.find("<lembar>Arsip"), 13, "<lembar>\xE2\x98\x83");  // ☃
    std::ofstream(data / "instansi.xml", std::ios::binary | std::ios::trunc) << instansi;
    const CliRun r = run({"run", data.string(), "--period", "2024-03", "--out", (temp.path() / "out").string(),
                          "--quiet"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("instansi.xml:3: tempat: huruf \"\xE0\xB8\xA5\" (U+0E25) tidak dapat dicetak dengan fon dokumen"),
              std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("instansi.xml:3: lembar: huruf \"\xE2\x98\x83\" (U+2603) tidak dapat dicetak"),
              std::string::npos)
        << r.err;
    // No document carries the office's name without its place: none is made.
    EXPECT_FALSE(fs::exists(temp.path() / "out" / "2024-03" / "formulir" / "196906272001121003.pdf"));
}


// A 20,000 × 20,000 logo is refused saying why, before any pixel is decoded.
TEST(HostileInstansi, AHugeLogoIsRefusedSayingWhy) {
    test::TempDir temp("kinerja-hostile-logo");
    const fs::path data = temp.path() / "data";
    fs::copy(test::sample_dir(), data, fs::copy_options::recursive);
    std::ofstream(data / "logo.png", std::ios::binary) << png_claiming(20000, 20000);
    std::string instansi = test::read_file(data / "instansi.xml");
    instansi.replace(instansi.find("  <kertas>"), 0, "  <logo>logo.png</logo>\n");
    std::ofstream(data / "instansi.xml", std::ios::binary | std::ios::trunc) << instansi;
    const CliRun r = run({"run", data.string(), "--period", "2024-03", "--out", (temp.path() / "out").string(),
                          "--quiet"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("instansi.xml:3: logo: berkas logo bukan PNG yang valid: logo.png: ukuran gambar "
                         "20000×20000 piksel di luar batas 1–10000\n"),
              std::string::npos)
        << r.err;
}

}  // namespace
}  // namespace kinerja
