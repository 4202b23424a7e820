#include "load/text_encoding.hpp"

#include <gtest/gtest.h>

namespace kinerja {
namespace {

TEST(DecodeText, PlainUtf8IsKept) {
    const DecodedText t = decode_text("nama;Andi Ré\n");
    EXPECT_EQ(t.encoding, SourceEncoding::utf8);
    EXPECT_EQ(t.utf8, "nama;Andi Ré\n");
}

TEST(DecodeText, BomIsStripped) {
    const DecodedText t = decode_text("\xEF\xBB\xBFnip;nama");
    EXPECT_EQ(t.encoding, SourceEncoding::utf8_bom);
    EXPECT_EQ(t.utf8, "nip;nama");
}

TEST(DecodeText, OnlyBom) {
    const DecodedText t = decode_text("\xEF\xBB\xBF");
    EXPECT_EQ(t.encoding, SourceEncoding::utf8_bom);
    EXPECT_EQ(t.utf8, "");
}

TEST(DecodeText, Windows1252IsConverted) {
    // é, en dash and right single quote as Excel on Windows writes them.
    const DecodedText t = decode_text("Andr\xE9 \x96 Jum\x92" "at");
    EXPECT_EQ(t.encoding, SourceEncoding::windows1252);
    EXPECT_EQ(t.utf8, "André – Jum’at");
}

TEST(DecodeText, UndefinedWindows1252BytesBecomeReplacementCharacter) {
    const DecodedText t = decode_text("a\x81" "b\x8D" "c\x8F" "d\x90" "e\x9D");
    EXPECT_EQ(t.encoding, SourceEncoding::windows1252);
    EXPECT_EQ(t.utf8, "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFD");
}

TEST(DecodeText, EuroSignAndNbsp) {
    EXPECT_EQ(decode_text("\x80 1\xA0" "000").utf8, "€ 1\u00A0000");
}

TEST(IsValidUtf8, AcceptsWellFormed) {
    EXPECT_TRUE(is_valid_utf8(""));
    EXPECT_TRUE(is_valid_utf8("ascii"));
    EXPECT_TRUE(is_valid_utf8("é – ’ € \U0001F600"));
    EXPECT_TRUE(is_valid_utf8("\xF4\x8F\xBF\xBF"));  // U+10FFFF
    EXPECT_TRUE(is_valid_utf8("\xED\x9F\xBF"));      // U+D7FF, just below the surrogates
}

TEST(IsValidUtf8, RejectsMalformed) {
    EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
    EXPECT_FALSE(is_valid_utf8("\xE0\x80\xAF"));      // overlong, 3 bytes
    EXPECT_FALSE(is_valid_utf8("\xF0\x80\x80\xAF"));  // overlong, 4 bytes
    EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate U+D800
    EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
    EXPECT_FALSE(is_valid_utf8("\xF5\x80\x80\x80"));
    EXPECT_FALSE(is_valid_utf8("\x80"));              // lone continuation
    EXPECT_FALSE(is_valid_utf8("\xC3"));              // truncated
    EXPECT_FALSE(is_valid_utf8("\xE2\x80"));          // truncated
    EXPECT_FALSE(is_valid_utf8("\xC3\x28"));          // bad continuation
    EXPECT_FALSE(is_valid_utf8("\xE2\x28\xA1"));
    EXPECT_FALSE(is_valid_utf8("\xFF"));
}

TEST(DecodeText, OverlongIsTakenAsWindows1252) {
    const DecodedText t = decode_text("\xC0\xAF");
    EXPECT_EQ(t.encoding, SourceEncoding::windows1252);
    EXPECT_EQ(t.utf8, "À¯");
}

TEST(LooksLikeUtf16, ByteOrderMarks) {
    EXPECT_TRUE(looks_like_utf16("\xFF\xFEn\0i\0"));
    EXPECT_TRUE(looks_like_utf16("\xFE\xFF\0n"));
    EXPECT_FALSE(looks_like_utf16("\xEF\xBB\xBFnip"));
    EXPECT_FALSE(looks_like_utf16("nip"));
}

TEST(FirstControlChar, NoneInOrdinaryText) {
    EXPECT_EQ(first_control_char("", false), std::nullopt);
    EXPECT_EQ(first_control_char("Ma’ruf Hidayat, S.Sos. – é € \u00A0 \u00A0\U0001F600", false), std::nullopt);
    EXPECT_EQ(first_control_char("\u00A0\u00FF\u0100", false), std::nullopt);  // just above C1
}

TEST(FirstControlChar, FindsC0DelAndC1) {
    EXPECT_EQ(first_control_char("Rah\amadi", false), U'\a');
    EXPECT_EQ(first_control_char("Noor\x1b[31m Aina", false), U'\x1b');
    EXPECT_EQ(first_control_char(std::string_view("a\0b", 3), false), U'\0');
    EXPECT_EQ(first_control_char("a\tb", false), U'\t');
    EXPECT_EQ(first_control_char("a\x7f", false), U'\x7f');
    EXPECT_EQ(first_control_char("a\u0080", false), U'\u0080');
    EXPECT_EQ(first_control_char("a\u009b2J", false), U'\u009b');
    EXPECT_EQ(first_control_char("\x1f\a", false), U'\x1f');  // the first one
}

TEST(FirstControlChar, LineBreaksOnlyWhereAllowed) {
    EXPECT_EQ(first_control_char("baris satu\nbaris dua", false), U'\n');
    EXPECT_EQ(first_control_char("baris satu\r\nbaris dua", false), U'\r');
    EXPECT_EQ(first_control_char("baris satu\r\nbaris dua", true), std::nullopt);
    EXPECT_EQ(first_control_char("baris satu\n\abaris dua", true), U'\a');
    EXPECT_EQ(first_control_char("a\tb", true), U'\t');
}

TEST(EscapeControls, OrdinaryTextUnchanged) {
    const std::string text = "pegawai.csv:6: nama: Ma’ruf Hidayat – é € \u00A0 \U0001F600 C:\\data";
    EXPECT_EQ(escape_controls(text), text);
}

TEST(EscapeControls, ControlCharactersNamed) {
    EXPECT_EQ(escape_controls("Rah\amadi"), "Rah\\x07madi");
    EXPECT_EQ(escape_controls("Noor\x1b[31m Aina\x1b[0m"), "Noor\\x1b[31m Aina\\x1b[0m");
    EXPECT_EQ(escape_controls(std::string_view("\0\n\r\t\x7f", 5)), "\\x00\\x0a\\x0d\\x09\\x7f");
    EXPECT_EQ(escape_controls("a\u0085b\u009b2J"), "a\\u0085b\\u009b2J");
}

TEST(EscapeControls, BytesThatAreNotUtf8Shown) {
    // A lone 0x9B is CSI to a terminal that reads Latin-1.
    EXPECT_EQ(escape_controls("a\x9b" "2J\xC3"), "a\\x9b2J\\xc3");
    EXPECT_EQ(escape_controls("\xE2\x80"), "\\xe2\\x80");
}

TEST(EscapeControls, NoControlByteLeft) {
    std::string every_byte;
    for (int b = 0; b < 256; ++b) every_byte += static_cast<char>(b);
    every_byte += "\u0085\u009f";
    const std::string shown = escape_controls(every_byte);
    EXPECT_TRUE(is_valid_utf8(shown));
    EXPECT_EQ(first_control_char(shown, false), std::nullopt) << shown;
}

TEST(MessageExcerpt, ControlCharactersEscapedAndCountedAsOne) {
    EXPECT_EQ(message_excerpt("a\ab\x1b" "c"), "a\\x07b\\x1bc");
    EXPECT_EQ(message_excerpt("a\u0085b"), "a\\u0085b");
    EXPECT_EQ(message_excerpt("\a\a\a\a", 2), "\\x07\\x07\xE2\x80\xA6");
}

}  // namespace
}  // namespace kinerja
