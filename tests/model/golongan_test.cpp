#include "model/golongan.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <utility>
#include <vector>

namespace kinerja {
namespace {

TEST(Golongan, EveryGolonganHasItsPangkat) {
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"I/a", "Juru Muda"},
        {"I/b", "Juru Muda Tingkat I"},
        {"I/c", "Juru"},
        {"I/d", "Juru Tingkat I"},
        {"II/a", "Pengatur Muda"},
        {"II/b", "Pengatur Muda Tingkat I"},
        {"II/c", "Pengatur"},
        {"II/d", "Pengatur Tingkat I"},
        {"III/a", "Penata Muda"},
        {"III/b", "Penata Muda Tingkat I"},
        {"III/c", "Penata"},
        {"III/d", "Penata Tingkat I"},
        {"IV/a", "Pembina"},
        {"IV/b", "Pembina Tingkat I"},
        {"IV/c", "Pembina Utama Muda"},
        {"IV/d", "Pembina Utama Madya"},
        {"IV/e", "Pembina Utama"},
    };
    for (const auto& [text, pangkat] : expected) {
        std::optional<Golongan> g = parse_golongan(text);
        ASSERT_TRUE(g.has_value()) << text;
        EXPECT_EQ(g->str(), text);
        EXPECT_EQ(g->pangkat(), pangkat) << text;
    }
}

TEST(Golongan, AcceptsTheWaysOfficesWriteIt) {
    const Golongan iii_b{3, 'b'};
    for (const char* text : {"III/b", "iii/b", "III b", "IIIb", "III-b", "3/b", " III/b ",
                             "III / b", "III/B", "3b", "3 - b"}) {
        EXPECT_EQ(parse_golongan(text), std::optional<Golongan>(iii_b)) << "'" << text << "'";
    }
    EXPECT_EQ(parse_golongan("IV/e"), std::optional<Golongan>(Golongan{4, 'e'}));
    EXPECT_EQ(parse_golongan("ive"), std::optional<Golongan>(Golongan{4, 'e'}));
    EXPECT_EQ(parse_golongan("1/a"), std::optional<Golongan>(Golongan{1, 'a'}));
}

TEST(Golongan, RejectsWhatIsNotAGolongan) {
    for (const char* text : {"", "III", "III/", "/b", "V/a", "IIII/a", "5/a", "0/a", "III/e",
                             "II/e", "I/e", "IV/f", "III/bb", "III//b", "III/b/", "IX/a",
                             "III.b", "Penata", "III/1"}) {
        EXPECT_FALSE(parse_golongan(text).has_value()) << "'" << text << "'";
    }
}

TEST(Golongan, OrdersByGolonganThenRuang) {
    EXPECT_LT(*parse_golongan("III/d"), *parse_golongan("IV/a"));
    EXPECT_LT(*parse_golongan("III/a"), *parse_golongan("III/b"));
}

TEST(Golongan, OutOfRangeValueIsABug) {
    EXPECT_THROW(Golongan{}.str(), std::logic_error);
    EXPECT_THROW((Golongan{3, 'e'}).pangkat(), std::logic_error);
}

}  // namespace
}  // namespace kinerja
