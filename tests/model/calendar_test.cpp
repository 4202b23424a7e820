#include "model/calendar.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace kinerja {
namespace {

TEST(Calendar, DaysInMonthKnowsLeapYears) {
    EXPECT_EQ(days_in_month(2024, 1), 31);
    EXPECT_EQ(days_in_month(2024, 2), 29);
    EXPECT_EQ(days_in_month(2023, 2), 28);
    EXPECT_EQ(days_in_month(1900, 2), 28);  // century, not divisible by 400
    EXPECT_EQ(days_in_month(2000, 2), 29);
    EXPECT_EQ(days_in_month(2024, 4), 30);
    EXPECT_EQ(days_in_month(2024, 12), 31);
    EXPECT_THROW(days_in_month(2024, 13), std::out_of_range);
    EXPECT_THROW(days_in_month(2024, 0), std::out_of_range);
}

TEST(Calendar, IsValidDate) {
    EXPECT_TRUE(is_valid_date(2024, 2, 29));
    EXPECT_FALSE(is_valid_date(2023, 2, 29));
    EXPECT_FALSE(is_valid_date(2024, 4, 31));
    EXPECT_TRUE(is_valid_date(2024, 3, 31));
    EXPECT_FALSE(is_valid_date(2024, 13, 1));
    EXPECT_FALSE(is_valid_date(2024, 0, 1));
    EXPECT_FALSE(is_valid_date(2024, 1, 0));
    EXPECT_FALSE(is_valid_date(0, 1, 1));
}

TEST(Calendar, ParseIsoDate) {
    EXPECT_EQ(parse_iso_date("2024-03-31"), std::optional<Date>(Date{2024, 3, 31}));
    EXPECT_EQ(parse_iso_date("2024-02-29"), std::optional<Date>(Date{2024, 2, 29}));
    for (const char* text : {"", "2023-02-29", "2024-04-31", "2024-13-01", "2024-00-10",
                             "2024-01-00", "2024-3-31", "2024/03/31", "31-03-2024", "2024-03-31 ",
                             " 2024-03-31", "2024-03-3a", "+024-03-31", "2024-03", "0000-01-01"}) {
        EXPECT_FALSE(parse_iso_date(text).has_value()) << "'" << text << "'";
    }
}

TEST(Calendar, ParsePeriod) {
    EXPECT_EQ(parse_period("2024-03"), std::optional<Period>(Period{2024, 3}));
    EXPECT_EQ(parse_period("2024-12"), std::optional<Period>(Period{2024, 12}));
    for (const char* text : {"", "2024-13", "2024-00", "2024-3", "2024/03", "03-2024",
                             "2024-03-01", "2024-0a", "0000-01"}) {
        EXPECT_FALSE(parse_period(text).has_value()) << "'" << text << "'";
    }
}

TEST(Calendar, IsoStrings) {
    EXPECT_EQ((Date{2024, 3, 1}).iso(), "2024-03-01");
    EXPECT_EQ((Date{987, 12, 31}).iso(), "0987-12-31");
    EXPECT_EQ((Period{2024, 3}).iso(), "2024-03");
}

TEST(Calendar, PeriodDays) {
    EXPECT_EQ((Period{2024, 2}).first_day(), (Date{2024, 2, 1}));
    EXPECT_EQ((Period{2024, 2}).last_day(), (Date{2024, 2, 29}));
    EXPECT_EQ((Period{2023, 2}).last_day(), (Date{2023, 2, 28}));
    EXPECT_EQ((Period{2024, 3}).last_day(), (Date{2024, 3, 31}));
    EXPECT_EQ((Period{2024, 4}).last_day(), (Date{2024, 4, 30}));
    EXPECT_THROW((Period{2024, 13}).last_day(), std::out_of_range);
    EXPECT_THROW((Period{2024, 0}).first_day(), std::out_of_range);
}

TEST(Calendar, NamaBulan) {
    const char* expected[] = {"Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
                              "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
    for (int m = 1; m <= 12; ++m) EXPECT_EQ(nama_bulan(m), expected[m - 1]);
    EXPECT_THROW(nama_bulan(0), std::out_of_range);
    EXPECT_THROW(nama_bulan(13), std::out_of_range);
    EXPECT_EQ((Period{2024, 3}).bulan_tahun(), "Maret 2024");
}

TEST(Calendar, FormatTanggal) {
    EXPECT_EQ(format_tanggal(Date{2024, 3, 1}), "1 Maret 2024");
    EXPECT_EQ(format_tanggal(Date{2024, 3, 31}), "31 Maret 2024");
    EXPECT_EQ(format_tanggal(Date{2024, 2, 29}), "29 Februari 2024");
}

TEST(Calendar, FormatRentang) {
    EXPECT_EQ(format_rentang(Date{2024, 1, 2}, Date{2024, 3, 31}),
              "2 Januari s.d. 31 Maret 2024");
    EXPECT_EQ(format_rentang(Date{2023, 1, 2}, Date{2024, 3, 31}),
              "2 Januari 2023 s.d. 31 Maret 2024");
    EXPECT_EQ(format_rentang(Date{2024, 3, 1}, Date{2024, 3, 31}), "1 Maret s.d. 31 Maret 2024");
}

TEST(Calendar, DatesOrderChronologically) {
    EXPECT_LT((Date{2023, 12, 31}), (Date{2024, 1, 1}));
    EXPECT_LT((Date{2024, 2, 28}), (Date{2024, 2, 29}));
    EXPECT_LT((Period{2023, 12}), (Period{2024, 1}));
}

}  // namespace
}  // namespace kinerja
