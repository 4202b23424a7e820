// The signing date: the last working day of the period by templates/libur.csv (DESIGN
// section 3), and the table's rows checked at their lines.
#include "model/libur.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "load/data_readers.hpp"

namespace kinerja {
namespace {

DaftarLibur shipped_libur() {
    std::ifstream in(std::filesystem::path(KINERJA_SOURCE_DIR) / "templates" / "libur.csv", std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    Diagnostics diags;
    DaftarLibur libur = build_libur(read_libur_csv(bytes, "templates/libur.csv", diags), diags);
    EXPECT_TRUE(diags.empty()) << diags.sorted().front().str();
    return libur;
}

TEST(Libur, IsoWeekdays) {
    EXPECT_EQ(iso_weekday(Date{2024, 3, 31}), 7);  // Sunday
    EXPECT_EQ(iso_weekday(Date{2024, 3, 30}), 6);
    EXPECT_EQ(iso_weekday(Date{2024, 3, 29}), 5);
    EXPECT_EQ(iso_weekday(Date{2024, 1, 1}), 1);
    EXPECT_EQ(iso_weekday(Date{2000, 2, 29}), 2);
}

// 29 March 2024 is Wafat Isa Almasih, 30 and 31 a weekend; 31 August 2024 a Saturday.
TEST(Libur, TheShippedTableGivesTheLastWorkingDay) {
    const DaftarLibur libur = shipped_libur();
    EXPECT_EQ(last_working_day(Period{2024, 3}, libur), (Date{2024, 3, 28}));
    EXPECT_EQ(last_working_day(Period{2024, 8}, libur), (Date{2024, 8, 30}));
    EXPECT_EQ(last_working_day(Period{2024, 12}, libur), (Date{2024, 12, 31}));
    EXPECT_EQ(last_working_day(Period{2026, 12}, libur), (Date{2026, 12, 31}));
    EXPECT_EQ(last_working_day(Period{2025, 5}, libur), (Date{2025, 5, 28}));  // 29 LN, 30 CB, 31 Saturday
    for (int year = 2023; year <= 2026; ++year) EXPECT_TRUE(libur.covers(year)) << year;
    EXPECT_FALSE(libur.covers(2027));
}

TEST(Libur, AYearNotInTheTableCountsWeekdaysOnly) {
    const DaftarLibur none;
    EXPECT_EQ(last_working_day(Period{2024, 3}, none), (Date{2024, 3, 29}));
}

TEST(Libur, BadRowsAreReportedAtTheirLineAndLeftOut) {
    Diagnostics diags;
    const DaftarLibur libur = build_libur(
        read_libur_csv("tanggal,jenis,keterangan\n2024-03-29,libur nasional,Wafat\n2024-02-30,cuti bersama,x\n"
                       "2024-03-28,libur,x\n",
                       "libur.csv", diags),
        diags);
    ASSERT_EQ(diags.size(), 2u);
    EXPECT_EQ(diags.sorted().at(0).line, 3);
    EXPECT_EQ(diags.sorted().at(0).field, "tanggal");
    EXPECT_EQ(diags.sorted().at(1).str(),
              "libur.csv:4: jenis: jenis libur tidak dikenal: \"libur\" (pilih: libur nasional, cuti bersama)");
    EXPECT_TRUE(libur.is_libur(Date{2024, 3, 29}));
    EXPECT_FALSE(libur.is_libur(Date{2024, 3, 28}));
}

}  // namespace
}  // namespace kinerja
