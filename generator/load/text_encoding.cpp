#include "load/text_encoding.hpp"

#include <Poco/UTF8Encoding.h>
#include <Poco/Windows1252Encoding.h>

namespace kinerja {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool is_continuation(unsigned char c) { return (c & 0xC0u) == 0x80u; }

// Length of the valid UTF-8 sequence that starts with the non-ASCII byte at bytes[i]; 0 when
// there is none there (no overlong forms, no surrogates, nothing above U+10FFFF).
std::size_t sequence_length(std::string_view bytes, std::size_t i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    std::size_t len = 0;
    unsigned char lo = 0x80u;  // allowed range of the second byte (rules out overlongs,
    unsigned char hi = 0xBFu;  // surrogates and code points above U+10FFFF)
    if (c >= 0xC2u && c <= 0xDFu) {
        len = 2;
    } else if (c == 0xE0u) {
        len = 3;
        lo = 0xA0u;
    } else if (c == 0xEDu) {
        len = 3;
        hi = 0x9Fu;
    } else if (c >= 0xE1u && c <= 0xEFu) {
        len = 3;
    } else if (c == 0xF0u) {
        len = 4;
        lo = 0x90u;
    } else if (c >= 0xF1u && c <= 0xF3u) {
        len = 4;
    } else if (c == 0xF4u) {
        len = 4;
        hi = 0x8Fu;
    } else {
        return 0;  // continuation byte without a lead, 0xC0, 0xC1 or 0xF5..0xFF
    }
    if (bytes.size() - i < len) return 0;
    const auto second = static_cast<unsigned char>(bytes[i + 1]);
    if (second < lo || second > hi) return 0;
    for (std::size_t k = 2; k < len; ++k) {
        if (!is_continuation(static_cast<unsigned char>(bytes[i + k]))) return 0;
    }
    return len;
}

// The C1 control a two-byte sequence encodes (C2 80 .. C2 9F), or 0.
char32_t c1_control(std::string_view bytes, std::size_t i) {
    if (static_cast<unsigned char>(bytes[i]) != 0xC2u || i + 1 >= bytes.size()) return 0;
    const auto second = static_cast<unsigned char>(bytes[i + 1]);
    return second >= 0x80u && second <= 0x9Fu ? static_cast<char32_t>(second) : 0;
}

// `prefix` and the two hex digits of `value` (< 0x100): \x1b, \u009b.
void append_escape(std::string& out, std::string_view prefix, unsigned value) {
    static constexpr std::string_view kHex = "0123456789abcdef";
    out += prefix;
    out += kHex[(value >> 4) & 0xFu];
    out += kHex[value & 0xFu];
}

}  // namespace

bool is_valid_utf8(std::string_view bytes) {
    const std::size_t n = bytes.size();
    const char* const data = bytes.data();
    std::size_t i = 0;
    while (i < n) {
        // ASCII, most of any file: a plain loop over the bytes.
        while (i < n && static_cast<unsigned char>(data[i]) < 0x80u) ++i;
        if (i == n) break;
        const std::size_t len = sequence_length(bytes, i);
        if (len == 0) return false;
        i += len;
    }
    return true;
}

bool is_control_char(char32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F); }

std::optional<char32_t> first_control_char(std::string_view utf8, bool line_breaks_allowed) {
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x20u || c == 0x7Fu) {
            if (line_breaks_allowed && (c == '\n' || c == '\r')) continue;
            return static_cast<char32_t>(c);
        }
        if (const char32_t c1 = c1_control(utf8, i)) return c1;
    }
    return std::nullopt;
}

std::string escape_controls(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t len = c < 0x80u ? 1 : sequence_length(text, i);
        if (len == 0 || (len == 1 && is_control_char(c))) {
            append_escape(out, "\\x", c);  // C0, DEL, or a byte that is not UTF-8
            ++i;
            continue;
        }
        if (const char32_t c1 = c1_control(text, i)) {
            append_escape(out, "\\u00", static_cast<unsigned>(c1));
        } else {
            out.append(text, i, len);
        }
        i += len;
    }
    return out;
}

std::string windows1252_to_utf8(std::string_view bytes) {
    static const Poco::Windows1252Encoding cp1252;
    static const Poco::UTF8Encoding utf8;
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 4);
    const char* p = bytes.data();
    const char* const end = p + bytes.size();
    while (p != end) {
        // ASCII runs are copied whole: most of any file, and all of a huge field.
        const char* run = p;
        while (run != end && static_cast<unsigned char>(*run) < 0x80u) ++run;
        out.append(p, static_cast<std::size_t>(run - p));
        if (run == end) break;
        const auto c = static_cast<unsigned char>(*run);
        p = run + 1;
        int code = 0xFFFD;
        // Windows-1252 leaves these five undefined; Poco maps them to C1 controls.
        if (c != 0x81u && c != 0x8Du && c != 0x8Fu && c != 0x90u && c != 0x9Du) {
            code = cp1252.characterMap()[c];
            if (code < 0) code = 0xFFFD;
        }
        unsigned char buf[4];
        const int len = utf8.convert(code, buf, 4);
        out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(len));
    }
    return out;
}

DecodedText decode_text(std::string_view bytes) {
    const bool bom = bytes.substr(0, kBom.size()) == kBom;
    if (bom) bytes.remove_prefix(kBom.size());
    if (is_valid_utf8(bytes)) {
        return DecodedText{std::string(bytes), bom ? SourceEncoding::utf8_bom : SourceEncoding::utf8};
    }
    return DecodedText{windows1252_to_utf8(bytes), SourceEncoding::windows1252};
}

std::string message_excerpt(std::string_view bytes, std::size_t max_chars) {
    const std::string text = decode_text(bytes).utf8;
    std::string out;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size();) {
        // decode_text gives valid UTF-8: the lead byte tells the length of each character.
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t len = c < 0x80u ? 1 : c < 0xE0u ? 2 : c < 0xF0u ? 3 : 4;
        if (chars == max_chars) {
            out += "\xE2\x80\xA6";  // …
            break;
        }
        out += escape_controls(std::string_view(text).substr(i, len));
        ++chars;
        i += len;
    }
    return out;
}

bool looks_like_utf16(std::string_view bytes) {
    return bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF";
}

}  // namespace kinerja
