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

}  // namespace
}  // namespace kinerja
