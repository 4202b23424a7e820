// JPEG bytes checked before libharu: the real files of tests/data/images/ (scripts/make-test-images)
// are taken and rendered; damaged, truncated and unsupported ones are refused with a reason,
// never crash, never hang.
#include "render/jpeg_check.hpp"

#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "render/image_check.hpp"
#include "render/pdf_writer.hpp"
#include "render_test_support.hpp"

namespace kinerja::render {
namespace {

std::string image_file(const std::string& name) {
    std::ifstream in(std::string(KINERJA_SOURCE_DIR) + "/tests/data/images/" + name, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    EXPECT_FALSE(bytes.str().empty()) << name;
    return bytes.str();
}

std::string problem(std::string_view bytes) {
    const std::variant<JpegFrame, std::string> checked = check_jpeg(bytes);
    return std::holds_alternative<std::string>(checked) ? std::get<std::string>(checked) : "";
}

std::string be16(unsigned value) { return {static_cast<char>(value >> 8), static_cast<char>(value & 0xFF)}; }

std::string segment(unsigned char marker, const std::string& body) {
    return std::string("\xFF", 1) + static_cast<char>(marker) + be16(static_cast<unsigned>(body.size()) + 2) + body;
}

// The parts of a small JPEG, each replaceable; joined they pass the structure check (the pixel
// data is not decoded here).
struct Parts {
    std::string head = segment(0xE0, std::string("JFIF\0\1\1\0\0\1\0\1\0\0", 14));
    std::string tables = segment(0xDB, std::string(1, '\0') + std::string(64, '\1')) +
                         segment(0xC4, std::string(1, '\0') + std::string(1, '\0') + std::string(1, '\1') +
                                           std::string(14, '\0') + std::string(1, '\0'));
    unsigned char frame_marker = 0xC0;
    unsigned precision = 8, height = 16, width = 24, components = 1;
    std::string frame_components() const {
        std::string out;
        for (unsigned i = 1; i <= components; ++i) out += std::string{static_cast<char>(i), '\x11', '\0'};
        return out;
    }
    std::string frame() const {
        return segment(frame_marker, std::string(1, static_cast<char>(precision)) + be16(height) + be16(width) +
                                         std::string(1, static_cast<char>(components)) + frame_components());
    }
    std::string scan = segment(0xDA, std::string("\1\1\0\0\x3F\0", 6)) + std::string("\x12\xFF\x00\x34\xFF\xD0\x56", 7);
    std::string end = "\xFF\xD9";
    std::string bytes() const { return "\xFF\xD8" + head + tables + frame() + scan + end; }
};

// An APP1 segment holding EXIF with one IFD0 entry: Orientation (0x0112), SHORT, `value`.
std::string exif(unsigned value, bool little_endian) {
    auto u16 = [&](unsigned v) {
        return little_endian ? std::string{static_cast<char>(v & 0xFF), static_cast<char>(v >> 8)} : be16(v);
    };
    auto u32 = [&](unsigned v) { return little_endian ? u16(v & 0xFFFF) + u16(v >> 16) : u16(v >> 16) + u16(v & 0xFFFF); };
    const std::string tiff = (little_endian ? "II" : "MM") + u16(42) + u32(8) + u16(1) + u16(0x0112) + u16(3) +
                             u32(1) + u16(value) + u16(0) + u32(0);
    return segment(0xE1, std::string("Exif\0\0", 6) + tiff);
}

TEST(JpegCheck, TakesTheFilesACameraOrAScannerWrites) {
    struct Case {
        const char* name;
        JpegFrame frame;
    };
    for (const Case& c : {Case{"logo.jpg", {240, 300, 3, true}}, Case{"logo-abu.jpg", {240, 300, 1, false}},
                          Case{"ttd-196906272001121003.jpg", {600, 240, 3, false}}}) {
        const std::variant<JpegFrame, std::string> checked = check_jpeg(image_file(c.name));
        ASSERT_TRUE(std::holds_alternative<JpegFrame>(checked)) << c.name << ": " << std::get<std::string>(checked);
        const JpegFrame& frame = std::get<JpegFrame>(checked);
        EXPECT_EQ(frame.width, c.frame.width) << c.name;
        EXPECT_EQ(frame.height, c.frame.height) << c.name;
        EXPECT_EQ(frame.components, c.frame.components) << c.name;
        EXPECT_EQ(frame.progressive, c.frame.progressive) << c.name;
    }
    EXPECT_EQ(problem(Parts{}.bytes()), "");
    EXPECT_EQ(problem(Parts{}.bytes() + "sampah setelah EOI"), "");  // as viewers do
}

TEST(JpegCheck, RefusesWhatIsNotAJpeg) {
    EXPECT_EQ(problem(""), "bukan berkas JPEG");
    EXPECT_EQ(problem("\xFF"), "bukan berkas JPEG");
    EXPECT_EQ(problem(testing::rgb_png()), "bukan berkas JPEG");
    EXPECT_EQ(problem("GIF89a"), "bukan berkas JPEG");
}

TEST(JpegCheck, RefusesTheKindsNoViewerOrLibharuTakesSaying) {
    Parts p;
    for (const auto& [marker, kind] : {std::pair<unsigned char, std::string>{0xC3, "lossless (SOF3)"},
                                       {0xC9, "berkode aritmetika (SOF9)"},
                                       {0xCA, "progresif berkode aritmetika (SOF10)"},
                                       {0xC5, "hierarkis (SOF5)"}}) {
        p.frame_marker = marker;
        EXPECT_EQ(problem(p.bytes()),
                  "jenis JPEG tidak didukung: " + kind + "; simpan ulang sebagai JPEG biasa (baseline) atau PNG");
    }
    p = Parts{};
    p.precision = 12;
    p.frame_marker = 0xC1;
    EXPECT_EQ(problem(p.bytes()), "JPEG 12 bit tidak didukung (hanya 8 bit)");
    p = Parts{};
    p.components = 4;
    EXPECT_EQ(problem(p.bytes()), "JPEG CMYK tidak didukung; simpan ulang sebagai JPEG RGB atau abu-abu, atau PNG");
    p.components = 2;
    EXPECT_EQ(problem(p.bytes()), "JPEG dengan 2 komponen warna tidak didukung (hanya 1 atau 3)");
    p = Parts{};
    p.height = 0;
    EXPECT_EQ(problem(p.bytes()), "JPEG tanpa tinggi gambar di kepala kerangka (DNL) tidak didukung");
    p = Parts{};
    p.width = max_jpeg_side + 1;
    EXPECT_EQ(problem(p.bytes()), "ukuran gambar 10001×16 piksel di luar batas 1–10000");
    p.width = 0;
    EXPECT_EQ(problem(p.bytes()), "ukuran gambar 0×16 piksel di luar batas 1–10000");
}

// libharu walks the segments up to the frame trusting their lengths: a length below 2 would
// send it over the same bytes for ever, a fill byte would be read as a length.
TEST(JpegCheck, RefusesSegmentsLibharuWouldMisread) {
    Parts p;
    p.head = std::string("\xFF\xE0\x00\x00", 4);
    EXPECT_EQ(problem(p.bytes()), "JPEG rusak: panjang segmen FFE0 tidak sah");
    p.head = std::string("\xFF\xE0\x00\x01", 4);
    EXPECT_EQ(problem(p.bytes()), "JPEG rusak: panjang segmen FFE0 tidak sah");
    p = Parts{};
    p.head = "\xFF" + p.head;
    EXPECT_EQ(problem(p.bytes()), "JPEG rusak: bita pengisi sebelum kepala kerangka (SOF)");
    p = Parts{};
    p.head = std::string("\xFF\xD0", 2) + p.head;  // a restart marker outside a scan
    EXPECT_EQ(problem(p.bytes()), "JPEG rusak: penanda FFD0 tidak pada tempatnya");
    p = Parts{};
    p.head = std::string("\xFF\xD8", 2) + p.head;
    EXPECT_EQ(problem(p.bytes()), "JPEG rusak: penanda FFD8 tidak pada tempatnya");
    p = Parts{};
    p.head = "X" + p.head;
    EXPECT_EQ(problem(p.bytes()), "JPEG rusak: tidak ada penanda segmen di bita 2");
    // After the frame header fill bytes are allowed (ITU-T T.81 B.1.1.2): libharu has stopped reading.
    p = Parts{};
    p.scan = "\xFF\xFF" + p.scan;
    EXPECT_EQ(problem(p.bytes()), "");
}

TEST(JpegCheck, RefusesAStructureThatDoesNotHoldTogether) {
    Parts p;
    p.tables = segment(0xC4, std::string(1, '\0') + std::string(1, '\0') + std::string(1, '\1') +
                                 std::string(14, '\0') + std::string(1, '\0'));  // no DQT
    EXPECT_EQ(problem(p.bytes()), "JPEG rusak: tabel kuantisasi 0 tidak ada");
    p = Parts{};
    p.tables = segment(0xDB, std::string(1, '\0') + std::string(63, '\1'));
    EXPECT_EQ(problem(p.bytes()), "JPEG rusak: tabel kuantisasi (DQT) tidak sah");
    p = Parts{};
    p.tables = segment(0xDB, std::string(1, '\0') + std::string(64, '\1')) +
               segment(0xC4, std::string(1, '\0') + std::string(1, '\0') + std::string(1, '\2') +
                                 std::string(14, '\0') + std::string(1, '\0'));  // 2 symbols counted, 1 given
    EXPECT_EQ(problem(p.bytes()), "JPEG rusak: tabel Huffman (DHT) tidak sah");
    p = Parts{};
    p.scan = segment(0xDA, std::string("\1\7\0\0\x3F\0", 6)) + "x";
    EXPECT_EQ(problem(p.bytes()), "JPEG rusak: pindaian (SOS) menyebut komponen yang tidak ada");
    p = Parts{};
    p.scan = segment(0xDA, std::string("\1\1\0\0\x3F", 5)) + "x";
    EXPECT_EQ(problem(p.bytes()), "JPEG rusak: kepala pindaian (SOS) tidak sah");
    p = Parts{};
    EXPECT_EQ(problem("\xFF\xD8" + p.head + p.tables + p.scan + p.frame() + p.end),
              "JPEG rusak: data gambar (SOS) sebelum kepala kerangka (SOF)");
    EXPECT_EQ(problem("\xFF\xD8" + p.head + p.tables + p.frame() + p.frame() + p.scan + p.end),
              "JPEG rusak: lebih dari satu kepala kerangka (SOF)");
    EXPECT_EQ(problem("\xFF\xD8" + p.head + p.tables + p.frame() + p.end), "JPEG tanpa data gambar (SOS)");
    EXPECT_EQ(problem("\xFF\xD8" + p.head + p.tables + p.end), "JPEG tanpa kepala kerangka (SOF)");
    // One component announced, none described.
    EXPECT_EQ(problem("\xFF\xD8" + p.head + p.tables + segment(0xC0, std::string("\x08\0\x10\0\x10\x01", 6))),
              "JPEG rusak: kepala kerangka (SOF) tidak sah");
}

// A cut file is refused wherever the cut is, and never read past its end.
TEST(JpegCheck, EveryTruncationIsRefused) {
    for (const char* name : {"logo.jpg", "logo-abu.jpg", "ttd-196906272001121003.jpg"}) {
        const std::string whole = image_file(name);
        for (std::size_t size = 0; size < whole.size(); ++size) {
            const std::string why = problem(std::string_view(whole).substr(0, size));
            ASSERT_FALSE(why.empty()) << name << " cut at " << size;
        }
    }
    const std::string small = Parts{}.bytes();
    EXPECT_EQ(problem(small.substr(0, small.size() - 2)),
              "JPEG terpotong: data gambar berakhir sebelum penanda akhir (EOI)");
    EXPECT_EQ(problem(small.substr(0, 4)), "JPEG terpotong: segmen FFE0 tanpa panjang");
    EXPECT_EQ(problem(small.substr(0, 10)), "JPEG terpotong: segmen FFE0 melewati akhir berkas");
    EXPECT_EQ(problem(small.substr(0, 2)), "JPEG terpotong: berakhir sebelum penanda akhir gambar (EOI)");
}

// A PDF shows the pixels as stored: a photo marked as turned would print turned.
TEST(JpegCheck, RefusesAnExifOrientationOtherThanUpright) {
    for (const bool little : {true, false}) {
        Parts p;
        p.head += exif(6, little);
        EXPECT_EQ(problem(p.bytes()),
                  "JPEG ini ditandai diputar atau dicerminkan (EXIF Orientation 6), padahal PDF mencetaknya tanpa "
                  "diputar; simpan ulang gambarnya dalam posisi tegak");
        p = Parts{};
        p.head += exif(1, little);
        EXPECT_EQ(problem(p.bytes()), "");
    }
    Parts p;  // EXIF cut short: no orientation to read, as a viewer sees it
    p.head += segment(0xE1, std::string("Exif\0\0MM\0\x2A\0\0\0\x08\0\x05", 16));
    EXPECT_EQ(problem(p.bytes()), "");
}

// Every byte of the headers of a real file changed, one at a time, to values that break
// lengths and counts: each result is refused with a reason or taken, and each taken one goes
// through libharu into a PDF.
TEST(JpegCheck, ChangedHeaderBytesAreRefusedOrRenderCleanly) {
    const std::string whole = image_file("logo-abu.jpg");
    const std::size_t scan = whole.find("\xFF\xDA");
    ASSERT_NE(scan, std::string::npos);
    const FontFiles fonts = bundled_font_files(KINERJA_SOURCE_DIR "/fonts");
    int taken = 0, refused = 0;
    for (std::size_t at = 2; at < scan + 14; ++at) {
        for (const int value : {0x00, 0x01, 0x02, 0x7F, 0xC0, 0xC2, 0xC9, 0xD9, 0xDA, 0xFF}) {
            std::string changed = whole;
            changed[at] = static_cast<char>(value);
            if (!problem(changed).empty()) {
                ++refused;
                continue;
            }
            ++taken;
            layout::DisplayList list;
            list.images = {{"logo", changed}};
            layout::Page page;
            page.width = 200;
            page.height = 200;
            page.items.emplace_back(layout::ImageItem{{10, 10}, 80, 100, "logo"});
            list.pages = {page};
            EXPECT_NO_THROW(render_pdf(list, fonts)) << "byte " << at << " = " << int{value};
        }
    }
    EXPECT_GT(taken, 100);  // values in tables and comments change nothing the check reads
    EXPECT_GT(refused, 100);
}

// Each kind taken goes through libharu into a clean PDF, embedded as the JPEG it is (DCT).
TEST(JpegCheck, EveryFileTakenRendersAsAJpegInAValidPdf) {
    layout::DisplayList list;
    list.images = {{"abu", image_file("logo-abu.jpg")},
                   {"logo", image_file("logo.jpg")},
                   {"ttd", image_file("ttd-196906272001121003.jpg")}};
    layout::Page page;
    page.width = 595;
    page.height = 842;
    page.items.emplace_back(layout::ImageItem{{40, 40}, 96, 120, "logo"});
    page.items.emplace_back(layout::ImageItem{{160, 40}, 96, 120, "abu"});
    page.items.emplace_back(layout::ImageItem{{40, 200}, 150, 60, "ttd"});
    list.pages = {page};
    testing::TempFile file("jpeg.pdf", render_pdf(list, bundled_font_files(KINERJA_SOURCE_DIR "/fonts")));
    const auto check = testing::run_command("qpdf --check '" + file.path() + "'");
    EXPECT_EQ(check.exit_code, 0) << check.output;
    const std::vector<std::string> images =
        testing::lines_of(testing::run_command("pdfimages -list '" + file.path() + "'").output);
    ASSERT_EQ(images.size(), 2u + 3u);
    auto columns = [](const std::string& line) {
        std::istringstream in(line);
        std::string on_page, num, type, width, height, color, comp, bpc, enc;
        in >> on_page >> num >> type >> width >> height >> color >> comp >> bpc >> enc;
        return width + "x" + height + " " + color + " " + comp + " " + enc;
    };
    EXPECT_EQ(columns(images[2]), "240x300 rgb 3 jpeg");
    EXPECT_EQ(columns(images[3]), "240x300 gray 1 jpeg");
    EXPECT_EQ(columns(images[4]), "600x240 rgb 3 jpeg");
}

TEST(ImageCheck, TellsPngFromJpegAndSaysWhenItIsNeither) {
    const std::variant<ImageInfo, std::string> png = check_image(testing::rgb_png());
    ASSERT_TRUE(std::holds_alternative<ImageInfo>(png));
    EXPECT_EQ(std::get<ImageInfo>(png).format, ImageFormat::png);
    EXPECT_EQ(std::get<ImageInfo>(png).width, 4u);
    const std::variant<ImageInfo, std::string> jpeg = check_image(image_file("ttd-196906272001121003.jpg"));
    ASSERT_TRUE(std::holds_alternative<ImageInfo>(jpeg));
    EXPECT_EQ(std::get<ImageInfo>(jpeg).format, ImageFormat::jpeg);
    EXPECT_EQ(std::get<ImageInfo>(jpeg).width, 600u);
    EXPECT_EQ(std::get<ImageInfo>(jpeg).height, 240u);
    EXPECT_EQ(std::get<std::string>(check_image("GIF89a")), "bukan berkas PNG atau JPEG");
    EXPECT_EQ(std::get<std::string>(check_image(testing::rgb_png().substr(0, 40))).rfind("PNG rusak", 0), 0u);
    EXPECT_EQ(std::get<std::string>(check_image(std::string("\xFF\xD8\xFF\xD9", 4))),
              "JPEG tanpa kepala kerangka (SOF)");
}

}  // namespace
}  // namespace kinerja::render
