#include "render/winansi.hpp"

#include <optional>
#include <stdexcept>
#include <string>

#include <gtest/gtest.h>

#include "load/text_encoding.hpp"

namespace kinerja::render {
namespace {

TEST(ToWinansi, KeepsAsciiAndMapsLatin1ToTheSameByte) {
    EXPECT_EQ(to_winansi("Rp170.395.000, NIP 19690627 200112 1 003"),
              "Rp170.395.000, NIP 19690627 200112 1 003");
    EXPECT_EQ(to_winansi("é ü ×"), "\xE9 \xFC \xD7");
    EXPECT_EQ(to_winansi("\u00A0"), "\xA0");
    EXPECT_EQ(to_winansi(""), "");
}

TEST(ToWinansi, MapsTheCp1252PunctuationAndLetters) {
    EXPECT_EQ(to_winansi("Ma’ruf – “SKP” … €"), "Ma\x92ruf \x96 \x93SKP\x94 \x85 \x80");
    EXPECT_EQ(to_winansi("Š š Ž ž Œ œ Ÿ ƒ ™ •"), "\x8A \x9A \x8E \x9E \x8C \x9C \x9F \x83 \x99 \x95");
}

TEST(WinansiByte, CoversExactlyThePrintableCp1252Characters) {
    EXPECT_EQ(winansi_byte(U'A'), 'A');
    EXPECT_EQ(winansi_byte(U'\u00E9'), 0xE9);
    EXPECT_EQ(winansi_byte(U'\u2019'), 0x92);
    EXPECT_EQ(winansi_byte(U'\u20AC'), 0x80);
    EXPECT_EQ(winansi_byte(U'\u0101'), std::nullopt);  // ā
    EXPECT_EQ(winansi_byte(U'\n'), std::nullopt);
    EXPECT_EQ(winansi_byte(0x7F), std::nullopt);
    EXPECT_EQ(winansi_byte(0x92), std::nullopt);  // C1 control, not ’
    EXPECT_EQ(winansi_byte(0xFFFD), std::nullopt);
    int covered = 0;
    for (char32_t cp = 0; cp < 0x10000; ++cp) {
        covered += winansi_byte(cp) ? 1 : 0;
    }
    EXPECT_EQ(covered, 95 + 96 + 27);  // ASCII printable, U+00A0–U+00FF, the 27 extras
}

// Every defined Windows-1252 byte survives cp1252 → UTF-8 (load's decoder) → WinAnsi.
TEST(ToWinansi, RoundTripsEveryPrintableCp1252Byte) {
    for (int byte = 0x20; byte <= 0xFF; ++byte) {
        if (byte == 0x7F || byte == 0x81 || byte == 0x8D || byte == 0x8F || byte == 0x90 ||
            byte == 0x9D) {
            continue;
        }
        const std::string original(1, static_cast<char>(byte));
        EXPECT_EQ(to_winansi(windows1252_to_utf8(original)), original) << "byte " << byte;
    }
}

// Expects to_winansi(text) to throw std::invalid_argument mentioning `part`.
void expect_rejected(const std::string& text, const std::string& part) {
    try {
        to_winansi(text);
        ADD_FAILURE() << "accepted: " << text;
    } catch (const std::invalid_argument& error) {
        EXPECT_NE(std::string(error.what()).find(part), std::string::npos) << error.what();
    }
}

TEST(ToWinansi, RejectsWhatWinansiCannotHoldNamingIt) {
    expect_rejected("Langkah 1 → 2", "U+2192");
    expect_rejected("Langkah 1 → 2", "Langkah 1 → 2");
    expect_rejected("Bahasa Banjar ā", "U+0101");  // in the fonts, not in WinAnsi
    expect_rejected("Arsip ✓", "U+2713");
    expect_rejected("emoji 😀", "U+1F600");
    expect_rejected("\xEF\xBF\xBD", "U+FFFD");
}

TEST(ToWinansi, RejectsControlCharacters) {
    expect_rejected("baris\nbaru", "U+000A");
    expect_rejected("tab\t", "U+0009");
    expect_rejected(std::string("nul\0", 4), "U+0000");
    expect_rejected("\u0085", "U+0085");  // C1 control: byte 0x85 would mean "…"
}

TEST(ToWinansi, RejectsInvalidUtf8WithItsPosition) {
    expect_rejected("ab\xC3", "bait ke-3");
    expect_rejected("\xC0\xAF", "bukan UTF-8");     // overlong "/"
    expect_rejected("\xED\xA0\x80", "bukan UTF-8");  // surrogate
    expect_rejected("caf\xE9", "bukan UTF-8");       // Windows-1252 é, not converted
}

TEST(WinansiCharacter, IsTheInverseOfWinansiByte) {
    int defined = 0;
    for (int b = 0; b < 256; ++b) {
        const auto character = winansi_character(static_cast<unsigned char>(b));
        if (!character) continue;
        ++defined;
        EXPECT_EQ(winansi_byte(*character), static_cast<unsigned char>(b)) << b;
    }
    EXPECT_EQ(defined, 95 + 96 + 27);  // ASCII printable, 0xA0–0xFF, the cp1252 extras
    EXPECT_EQ(winansi_character(0x80), std::optional<char32_t>(0x20AC));
    EXPECT_FALSE(winansi_character(0x81));
    EXPECT_FALSE(winansi_character(0x0A));
}

}  // namespace
}  // namespace kinerja::render
