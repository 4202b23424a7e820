#include "render/jpeg_check.hpp"

#include <bitset>
#include <cstddef>
#include <utility>
#include <vector>

namespace kinerja::render {
namespace {

// Marker codes, the byte after 0xFF (ITU-T T.81, table B.1).
constexpr unsigned char dht = 0xC4, rst0 = 0xD0, rst7 = 0xD7, soi = 0xD8, eoi = 0xD9, sos = 0xDA,
                        dqt = 0xDB, app1 = 0xE1;

// The frame headers (SOFn): the three libharu and every PDF viewer take, and what the others are.
struct FrameKind {
    unsigned char marker;
    const char* refused;  // nullptr: accepted; else what kind of JPEG it is
};
constexpr FrameKind frame_kinds[] = {
    {0xC0, nullptr},  // baseline
    {0xC1, nullptr},  // extended sequential, Huffman
    {0xC2, nullptr},  // progressive, Huffman
    {0xC3, "lossless (SOF3)"},
    {0xC5, "hierarkis (SOF5)"},
    {0xC6, "hierarkis progresif (SOF6)"},
    {0xC7, "hierarkis lossless (SOF7)"},
    {0xC9, "berkode aritmetika (SOF9)"},
    {0xCA, "progresif berkode aritmetika (SOF10)"},
    {0xCB, "lossless berkode aritmetika (SOF11)"},
    {0xCD, "hierarkis berkode aritmetika (SOF13)"},
    {0xCE, "hierarkis progresif berkode aritmetika (SOF14)"},
    {0xCF, "hierarkis lossless berkode aritmetika (SOF15)"},
};

const FrameKind* frame_kind(unsigned char marker) {
    for (const FrameKind& kind : frame_kinds) {
        if (kind.marker == marker) return &kind;
    }
    return nullptr;
}

unsigned byte_at(std::string_view bytes, std::size_t at) { return static_cast<unsigned char>(bytes.at(at)); }
unsigned be16(std::string_view bytes, std::size_t at) { return byte_at(bytes, at) << 8 | byte_at(bytes, at + 1); }

std::string marker_name(unsigned char marker) {
    static constexpr char digits[] = "0123456789ABCDEF";
    return std::string("FF") + digits[marker >> 4] + digits[marker & 0x0F];
}

// A marker that begins a segment with a length: every one but SOI, EOI, the restart markers,
// TEM and the reserved codes below SOF0.
bool has_length(unsigned char marker) {
    return marker >= 0xC0 && marker != 0xFF && !(marker >= rst0 && marker <= eoi);
}

// Where the entropy-coded data of a scan starting at `at` ends: the 0xFF of the next marker
// (not of a stuffed zero, a restart marker or a fill byte); npos when the file ends first.
std::size_t end_of_scan(std::string_view bytes, std::size_t at) {
    for (;;) {
        at = bytes.find('\xFF', at);
        if (at == std::string_view::npos || at + 1 >= bytes.size()) return std::string_view::npos;
        const unsigned next = byte_at(bytes, at + 1);
        if (next == 0xFF) {
            at += 1;
        } else if (next == 0x00 || (next >= rst0 && next <= rst7)) {
            at += 2;
        } else {
            return at;
        }
    }
}

// The EXIF orientation in an APP1 segment's body (TIFF tag 0x0112 of IFD0); nullopt when it has
// none or is no readable EXIF (a viewer ignores it then, as it ignores EXIF altogether).
std::optional<unsigned> exif_orientation(std::string_view body) {
    constexpr std::string_view exif("Exif\0\0", 6);
    if (body.substr(0, exif.size()) != exif) return std::nullopt;
    const std::string_view tiff = body.substr(exif.size());
    if (tiff.size() < 8 || (tiff.substr(0, 2) != "II" && tiff.substr(0, 2) != "MM")) return std::nullopt;
    const bool little = tiff[0] == 'I';
    auto u16 = [&](std::size_t at) {
        return little ? byte_at(tiff, at) | byte_at(tiff, at + 1) << 8 : be16(tiff, at);
    };
    auto u32 = [&](std::size_t at) {
        return little ? u16(at) | static_cast<std::size_t>(u16(at + 2)) << 16
                      : static_cast<std::size_t>(u16(at)) << 16 | u16(at + 2);
    };
    const std::size_t ifd = u32(4);
    if (ifd > tiff.size() || tiff.size() - ifd < 2) return std::nullopt;
    const std::size_t entries = u16(ifd);
    for (std::size_t i = 0; i < entries; ++i) {
        const std::size_t entry = ifd + 2 + 12 * i;
        if (entry + 12 > tiff.size()) return std::nullopt;
        if (u16(entry) == 0x0112 && u16(entry + 2) == 3 && u32(entry + 4) == 1) return u16(entry + 8);
    }
    return std::nullopt;
}

// What the segments read so far say.
class Structure {
public:
    // Checks one segment (its body: what follows the length).
    std::optional<std::string> segment(unsigned char marker, std::string_view body) {
        if (const FrameKind* kind = frame_kind(marker)) return frame_header(*kind, marker, body);
        switch (marker) {
            case dqt: return quantisation_tables(body);
            case dht: return huffman_tables(body);
            case sos: return scan_header(body);
            case app1: return orientation(body);
            default: return std::nullopt;  // APPn, COM, DRI, DAC, …: nothing libharu or layout reads
        }
    }

    bool has_frame() const { return frame_.width != 0; }

    std::variant<JpegFrame, std::string> result() const {
        if (!has_frame()) return std::string("JPEG tanpa kepala kerangka (SOF)");
        if (scans_ == 0) return std::string("JPEG tanpa data gambar (SOS)");
        return frame_;
    }

private:
    struct Component {
        unsigned id, table;
    };

    std::optional<std::string> frame_header(const FrameKind& kind, unsigned char marker, std::string_view body) {
        if (kind.refused) {
            return std::string("jenis JPEG tidak didukung: ") + kind.refused +
                   "; simpan ulang sebagai JPEG biasa (baseline) atau PNG";
        }
        if (has_frame()) return std::string("JPEG rusak: lebih dari satu kepala kerangka (SOF)");
        if (body.size() < 6 || body.size() != 6 + 3 * std::size_t{byte_at(body, 5)}) {
            return std::string("JPEG rusak: kepala kerangka (SOF) tidak sah");
        }
        const unsigned precision = byte_at(body, 0), height = be16(body, 1), width = be16(body, 3);
        const unsigned count = byte_at(body, 5);
        if (precision != 8) return "JPEG " + std::to_string(precision) + " bit tidak didukung (hanya 8 bit)";
        if (height == 0) return std::string("JPEG tanpa tinggi gambar di kepala kerangka (DNL) tidak didukung");
        if (width == 0 || width > max_jpeg_side || height > max_jpeg_side) {
            return "ukuran gambar " + std::to_string(width) + "×" + std::to_string(height) +
                   " piksel di luar batas 1–" + std::to_string(max_jpeg_side);
        }
        if (count == 4) return std::string("JPEG CMYK tidak didukung; simpan ulang sebagai JPEG RGB atau abu-abu, atau PNG");
        if (count != 1 && count != 3) {
            return "JPEG dengan " + std::to_string(count) + " komponen warna tidak didukung (hanya 1 atau 3)";
        }
        for (unsigned i = 0; i < count; ++i) {
            const unsigned id = byte_at(body, 6 + 3 * i), sampling = byte_at(body, 7 + 3 * i);
            const unsigned table = byte_at(body, 8 + 3 * i);
            const unsigned h = sampling >> 4, v = sampling & 0x0F;
            if (h < 1 || h > 4 || v < 1 || v > 4 || table > 3 || component(id)) {
                return "JPEG rusak: komponen " + std::to_string(i + 1) + " di kepala kerangka (SOF) tidak sah";
            }
            components_.push_back(Component{id, table});
        }
        frame_ = JpegFrame{width, height, static_cast<int>(count), marker == 0xC2};
        return std::nullopt;
    }

    // DQT: each table a byte (precision, number 0–3) and 64 values of 1 or 2 bytes.
    std::optional<std::string> quantisation_tables(std::string_view body) {
        for (std::size_t at = 0; at < body.size();) {
            const unsigned precision = byte_at(body, at) >> 4, number = byte_at(body, at) & 0x0F;
            const std::size_t size = 1 + 64 * (precision + 1);
            if (precision > 1 || number > 3 || body.size() - at < size) {
                return std::string("JPEG rusak: tabel kuantisasi (DQT) tidak sah");
            }
            tables_.set(number);
            at += size;
        }
        return std::nullopt;
    }

    // DHT: each table a byte (class 0–1, number 0–3), 16 counts and as many symbols, at most 256.
    static std::optional<std::string> huffman_tables(std::string_view body) {
        for (std::size_t at = 0; at < body.size();) {
            std::size_t symbols = 0;
            for (std::size_t i = 1; i <= 16 && at + i < body.size(); ++i) symbols += byte_at(body, at + i);
            const unsigned kind = byte_at(body, at) >> 4, number = byte_at(body, at) & 0x0F;
            if (kind > 1 || number > 3 || symbols > 256 || body.size() - at < 17 + symbols) {
                return std::string("JPEG rusak: tabel Huffman (DHT) tidak sah");
            }
            at += 17 + symbols;
        }
        return std::nullopt;
    }

    // SOS: after the frame, naming 1–4 of its components; before the first, every table the
    // frame names must be there.
    std::optional<std::string> scan_header(std::string_view body) {
        if (!has_frame()) return std::string("JPEG rusak: data gambar (SOS) sebelum kepala kerangka (SOF)");
        const unsigned count = body.empty() ? 0 : byte_at(body, 0);
        if (count < 1 || count > 4 || body.size() != 4 + 2 * std::size_t{count}) {
            return std::string("JPEG rusak: kepala pindaian (SOS) tidak sah");
        }
        for (unsigned i = 0; i < count; ++i) {
            if (!component(byte_at(body, 1 + 2 * i))) {
                return std::string("JPEG rusak: pindaian (SOS) menyebut komponen yang tidak ada");
            }
        }
        if (scans_++ == 0) {
            for (const Component& c : components_) {
                if (!tables_.test(c.table)) {
                    return "JPEG rusak: tabel kuantisasi " + std::to_string(c.table) + " tidak ada";
                }
            }
        }
        return std::nullopt;
    }

    static std::optional<std::string> orientation(std::string_view body) {
        const std::optional<unsigned> turned = exif_orientation(body);
        if (!turned || *turned == 1) return std::nullopt;
        return "JPEG ini ditandai diputar atau dicerminkan (EXIF Orientation " + std::to_string(*turned) +
               "), padahal PDF mencetaknya tanpa diputar; simpan ulang gambarnya dalam posisi tegak";
    }

    const Component* component(unsigned id) const {
        for (const Component& c : components_) {
            if (c.id == id) return &c;
        }
        return nullptr;
    }

    JpegFrame frame_;
    std::vector<Component> components_;  // of the frame, in order
    std::bitset<4> tables_;              // quantisation tables defined
    int scans_ = 0;
};

std::string truncated(const std::string& where) { return "JPEG terpotong: " + where; }

}  // namespace

std::variant<JpegFrame, std::string> check_jpeg(std::string_view bytes) {
    if (bytes.size() < 2 || byte_at(bytes, 0) != 0xFF || byte_at(bytes, 1) != soi) {
        return std::string("bukan berkas JPEG");
    }
    Structure structure;
    for (std::size_t at = 2;;) {
        if (bytes.size() - at < 2) return truncated("berakhir sebelum penanda akhir gambar (EOI)");
        if (byte_at(bytes, at) != 0xFF) return "JPEG rusak: tidak ada penanda segmen di bita " + std::to_string(at);
        const auto marker = static_cast<unsigned char>(byte_at(bytes, at + 1));
        if (marker == 0xFF) {  // a fill byte: libharu reads none up to the frame header
            if (!structure.has_frame()) return std::string("JPEG rusak: bita pengisi sebelum kepala kerangka (SOF)");
            at += 1;
            continue;
        }
        at += 2;
        if (marker == eoi) break;
        if (!has_length(marker)) return "JPEG rusak: penanda " + marker_name(marker) + " tidak pada tempatnya";
        if (bytes.size() - at < 2) return truncated("segmen " + marker_name(marker) + " tanpa panjang");
        const std::size_t length = be16(bytes, at);
        if (length < 2) return "JPEG rusak: panjang segmen " + marker_name(marker) + " tidak sah";
        if (bytes.size() - at < length) return truncated("segmen " + marker_name(marker) + " melewati akhir berkas");
        if (auto problem = structure.segment(marker, bytes.substr(at + 2, length - 2))) return std::move(*problem);
        at += length;
        if (marker == sos) {
            at = end_of_scan(bytes, at);
            if (at == std::string_view::npos) return truncated("data gambar berakhir sebelum penanda akhir (EOI)");
        }
    }
    return structure.result();
}

}  // namespace kinerja::render
