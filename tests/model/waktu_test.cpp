#include "model/waktu.hpp"

#include <gtest/gtest.h>

namespace kinerja {
namespace {

std::optional<Waktu> w(Rational jumlah, SatuanWaktu satuan) { return Waktu{jumlah, satuan}; }

TEST(Waktu, ParsesTheSopExamples) {
    EXPECT_EQ(parse_waktu("2 Jam"), w(2, SatuanWaktu::jam));
    EXPECT_EQ(parse_waktu("15 Menit"), w(15, SatuanWaktu::menit));
    EXPECT_EQ(parse_waktu("1 Hari"), w(1, SatuanWaktu::hari));
    EXPECT_EQ(parse_waktu("1,5 Jam"), w(Rational(3, 2), SatuanWaktu::jam));
    EXPECT_EQ(parse_waktu("2 minggu"), w(2, SatuanWaktu::minggu));
    EXPECT_EQ(parse_waktu("1 bulan"), w(1, SatuanWaktu::bulan));
}

TEST(Waktu, UnitIsCaseInsensitiveAndSpacingIsFree) {
    EXPECT_EQ(parse_waktu("2 JAM"), w(2, SatuanWaktu::jam));
    EXPECT_EQ(parse_waktu("2 jAm"), w(2, SatuanWaktu::jam));
    EXPECT_EQ(parse_waktu("  30   MENIT "), w(30, SatuanWaktu::menit));
    EXPECT_EQ(parse_waktu("2Jam"), w(2, SatuanWaktu::jam));
    EXPECT_EQ(parse_waktu("1.5 Jam"), w(Rational(3, 2), SatuanWaktu::jam));
    EXPECT_EQ(parse_waktu("0,25 Hari"), w(Rational(1, 4), SatuanWaktu::hari));
}

TEST(Waktu, RejectsWhatIsNotAWaktu) {
    for (const char* text : {"", "Jam", "2", "2 Detik", "2 Jams", "2 jam lebih", "0 Jam",
                             "-1 Jam", "0,0 Menit", "dua Jam", "2 x Jam", "1,96906E+17 Jam",
                             "2 Jam 15 Menit", "1-2 Hari",
                             "99999999999999999999 Jam"}) {
        EXPECT_FALSE(parse_waktu(text).has_value()) << "'" << text << "'";
    }
}

TEST(Waktu, PrintsIndonesianNumberAndCapitalisedUnit) {
    EXPECT_EQ(parse_waktu("2 jam")->str(), "2 Jam");
    EXPECT_EQ(parse_waktu("1.5 jam")->str(), "1,5 Jam");
    EXPECT_EQ(parse_waktu("15 MENIT")->str(), "15 Menit");
    EXPECT_EQ(parse_waktu("1 hari")->str(), "1 Hari");
    EXPECT_EQ(parse_waktu("2 minggu")->str(), "2 Minggu");
    EXPECT_EQ(parse_waktu("1 bulan")->str(), "1 Bulan");
    EXPECT_EQ(parse_waktu("0,25 Hari")->str(), "0,25 Hari");
    EXPECT_EQ((Waktu{Rational(1, 3), SatuanWaktu::jam}).str(), "0,3333 Jam");
    EXPECT_EQ((Waktu{Rational(1200), SatuanWaktu::menit}).str(), "1200 Menit");
}

TEST(Waktu, StrParsesBackToTheSameValue) {
    for (const char* text : {"2 Jam", "15 Menit", "1 Hari", "1,5 Jam", "2 Minggu", "1 Bulan",
                             "0,125 Hari", "1200 Menit"}) {
        std::optional<Waktu> parsed = parse_waktu(text);
        ASSERT_TRUE(parsed.has_value()) << text;
        EXPECT_EQ(parsed->str(), text);
        EXPECT_EQ(parse_waktu(parsed->str()), parsed);
    }
}

}  // namespace
}  // namespace kinerja
