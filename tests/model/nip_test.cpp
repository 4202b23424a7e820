#include "model/nip.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace kinerja {
namespace {

std::string error_of(std::string_view text) {
    NipResult r = parse_nip(text);
    EXPECT_FALSE(r.nip.has_value()) << text;
    return r.error;
}

Nip valid(std::string_view text) {
    NipResult r = parse_nip(text);
    if (!r.nip) {
        throw std::runtime_error("expected a valid NIP: " + std::string(text) + ": " + r.error);
    }
    EXPECT_EQ(r.error, "");
    return *r.nip;
}

TEST(Nip, ParsesEighteenDigitsAndItsFields) {
    Nip nip = valid("196906272001121003");
    EXPECT_EQ(nip.digits, "196906272001121003");
    EXPECT_EQ(nip.printed(), "19690627 200112 1 003");
    EXPECT_EQ(nip.birth_year(), 1969);
    EXPECT_EQ(nip.birth_month(), 6);
    EXPECT_EQ(nip.birth_day(), 27);
    EXPECT_EQ(nip.tmt_year(), 2001);
    EXPECT_EQ(nip.tmt_month(), 12);
    EXPECT_EQ(nip.gender(), 1);
    EXPECT_EQ(nip.sequence(), 3);
}

TEST(Nip, AcceptsSpacesAndDotsBetweenGroups) {
    EXPECT_EQ(valid("19690627 200112 1 003").digits, "196906272001121003");
    EXPECT_EQ(valid("19690627.200112.1.003").digits, "196906272001121003");
    EXPECT_EQ(valid("  19690627  200112 1 003 \r").digits, "196906272001121003");
    EXPECT_EQ(valid("198502142010012999").printed(), "19850214 201001 2 999");
    EXPECT_EQ(valid("198502142010012999").gender(), 2);
    EXPECT_EQ(valid("198502142010012999").sequence(), 999);
}

TEST(Nip, AcceptsEdgeDates) {
    EXPECT_EQ(valid("194001011957011001").birth_year(), 1940);   // earliest birth year, TMT at 17
    EXPECT_EQ(valid("201012312027121001").birth_year(), 2010);   // latest birth year, December
    EXPECT_EQ(valid("198402292005011001").birth_day(), 29);      // leap day
    EXPECT_EQ(valid("200002292017011001").birth_month(), 2);     // 2000 is a leap year
}

TEST(Nip, ComparesByDigits) {
    EXPECT_EQ(valid("19690627 200112 1 003"), valid("196906272001121003"));
    EXPECT_LT(valid("196906272001121003"), valid("198502142010012999"));
}

TEST(Nip, RejectsExcelScientificForm) {
    EXPECT_EQ(error_of("1,96906E+17"),
              "NIP terbaca sebagai angka oleh Excel (1,96906E+17): format kolom NIP sebagai Teks "
              "lalu ketik ulang NIP");
    EXPECT_EQ(error_of(" 1.96906e+17 "),
              "NIP terbaca sebagai angka oleh Excel (1.96906e+17): format kolom NIP sebagai Teks "
              "lalu ketik ulang NIP");
    EXPECT_EQ(error_of("2E+17"),
              "NIP terbaca sebagai angka oleh Excel (2E+17): format kolom NIP sebagai Teks lalu "
              "ketik ulang NIP");
}

TEST(Nip, RejectsNonDigits) {
    EXPECT_EQ(error_of("19690627-200112-1-003"), "NIP hanya boleh berisi angka");
    EXPECT_EQ(error_of("19690627200112100A"), "NIP hanya boleh berisi angka");
    EXPECT_EQ(error_of("E+17"), "NIP hanya boleh berisi angka");
    EXPECT_EQ(error_of("1,96906E+17x"), "NIP hanya boleh berisi angka");
}

TEST(Nip, RejectsWrongLength) {
    EXPECT_EQ(error_of("19690627200112100"), "NIP harus 18 angka, ditemukan 17");
    EXPECT_EQ(error_of("1969062720011210031"), "NIP harus 18 angka, ditemukan 19");
    EXPECT_EQ(error_of("196906272001121003.0"), "NIP harus 18 angka, ditemukan 19");
    EXPECT_EQ(error_of("123"), "NIP harus 18 angka, ditemukan 3");
    EXPECT_EQ(error_of(" . "), "NIP harus 18 angka, ditemukan 0");
}

TEST(Nip, RejectsEmpty) {
    EXPECT_EQ(error_of(""), "NIP kosong");
    EXPECT_EQ(error_of("   "), "NIP kosong");
}

TEST(Nip, RejectsImpossibleBirthDate) {
    EXPECT_EQ(error_of("196913272001121003"), "tanggal lahir dalam NIP tidak valid (19691327)");
    EXPECT_EQ(error_of("196904312001121003"), "tanggal lahir dalam NIP tidak valid (19690431)");
    EXPECT_EQ(error_of("198502292010012001"), "tanggal lahir dalam NIP tidak valid (19850229)");
    EXPECT_EQ(error_of("196900272001121003"), "tanggal lahir dalam NIP tidak valid (19690027)");
    EXPECT_EQ(error_of("196906002001121003"), "tanggal lahir dalam NIP tidak valid (19690600)");
    EXPECT_EQ(error_of("193912312001121003"), "tanggal lahir dalam NIP tidak valid (19391231)");
    EXPECT_EQ(error_of("201101012030121003"), "tanggal lahir dalam NIP tidak valid (20110101)");
}

TEST(Nip, RejectsImpossibleTmtCpns) {
    EXPECT_EQ(error_of("196906272001131003"), "TMT CPNS dalam NIP tidak valid (200113)");
    EXPECT_EQ(error_of("196906272001001003"), "TMT CPNS dalam NIP tidak valid (200100)");
    EXPECT_EQ(error_of("196906271985121003"), "TMT CPNS dalam NIP tidak valid (198512)");
    EXPECT_EQ(valid("196906271986011003").tmt_year(), 1986);  // birth year + 17 is allowed
}

TEST(Nip, RejectsGenderDigitOtherThanOneOrTwo) {
    EXPECT_EQ(error_of("196906272001123003"),
              "digit jenis kelamin dalam NIP harus 1 atau 2, ditemukan 3");
    EXPECT_EQ(error_of("196906272001120003"),
              "digit jenis kelamin dalam NIP harus 1 atau 2, ditemukan 0");
}

TEST(Nip, RejectsSequenceZero) {
    EXPECT_EQ(error_of("196906272001121000"), "nomor urut dalam NIP tidak boleh 000");
}

TEST(Nip, UnparsedNipIsABug) {
    Nip empty;
    EXPECT_THROW(empty.printed(), std::logic_error);
    EXPECT_THROW(empty.birth_year(), std::logic_error);
}

}  // namespace
}  // namespace kinerja
