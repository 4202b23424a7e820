// Box, berkas and item numbers from a register state (DESIGN section 7), without a database.
#include <gtest/gtest.h>

#include "archive/numbering.hpp"

namespace kinerja::archive {
namespace {

std::string nip(int n) {
    std::string tail = std::to_string(n);
    return "19800101200501" + std::string(1, '1') + std::string(3 - tail.size(), '0') + tail;
}

std::vector<std::string> nips(int from, int to) {
    std::vector<std::string> out;
    for (int i = from; i <= to; ++i) out.push_back(nip(i));
    return out;
}

TEST(Numbering, FirstMonthNumbersBerkasInFileOrderAndFillsBoxesToCapacity) {
    NumberingState state;
    state.kapasitas_box = 3;
    std::vector<Numbers> n = assign_numbers(state, nips(1, 7));
    ASSERT_EQ(n.size(), 7u);
    for (int i = 0; i < 7; ++i) {
        EXPECT_EQ(n[i].berkas, i + 1);
        EXPECT_EQ(n[i].box, i / 3 + 1) << "berkas " << i + 1;  // box k: (k-1)*3+1 .. k*3
        EXPECT_EQ(n[i].item, 1);
        EXPECT_TRUE(n[i].new_berkas);
    }
}

TEST(Numbering, KnownBerkasKeepTheirNumbersAndGetTheNextItem) {
    NumberingState state;
    state.kapasitas_box = 10;
    state.berkas = {{1, nip(1), 1, 2}, {2, nip(2), 1, 1}};
    std::vector<Numbers> n = assign_numbers(state, {nip(2), nip(3), nip(1)});
    EXPECT_EQ(n[0], (Numbers{1, 2, 2, false}));
    EXPECT_EQ(n[1], (Numbers{1, 3, 1, true}));
    EXPECT_EQ(n[2], (Numbers{1, 1, 3, false}));
}

TEST(Numbering, ARefiledMonthKeepsItsItemNumbers) {
    NumberingState state;
    state.berkas = {{1, nip(1), 1, 3}};
    state.month_items = {{nip(1), 2}};
    EXPECT_EQ(assign_numbers(state, {nip(1)}).at(0), (Numbers{1, 1, 2, false}));
}

TEST(Numbering, ANewBerkasFollowsTheLastBoxEvenWhenEarlierBoxesHaveRoom) {
    NumberingState state;
    state.kapasitas_box = 2;
    // Box 2 is full (berkas 3, 4); box 1 holds only berkas 1 (berkas 2 never existed).
    state.berkas = {{1, nip(1), 1, 1}, {3, nip(3), 2, 1}, {4, nip(4), 2, 1}};
    EXPECT_EQ(assign_numbers(state, {nip(5)}).at(0), (Numbers{3, 5, 1, true}));
}

TEST(Numbering, RejectsDuplicatesBadCapacityAndContradictions) {
    NumberingState state;
    EXPECT_THROW(assign_numbers(state, {nip(1), nip(1)}), std::invalid_argument);
    state.kapasitas_box = 0;
    EXPECT_THROW(assign_numbers(state, {nip(1)}), std::invalid_argument);
    state.kapasitas_box = 1;
    state.month_items = {{nip(1), 1}};
    EXPECT_THROW(assign_numbers(state, {nip(1)}), std::logic_error);
}

TEST(Numbering, BoxesUsedShowEveryBerkasInThemIncludingOnesNotFiledThisMonth) {
    NumberingState state;
    state.kapasitas_box = 3;
    state.berkas = {{1, nip(1), 1, 1}, {2, nip(2), 1, 1}, {3, nip(3), 1, 1}, {4, nip(4), 2, 1}};
    // This month: berkas 1 and 4 again (2, 3 absent), and a newcomer: berkas 5 in box 2.
    std::vector<Numbers> n = assign_numbers(state, {nip(1), nip(4), nip(6)});
    std::vector<compose::ArsipBox> boxes = boxes_used(2024, state, n);
    ASSERT_EQ(boxes.size(), 2u);
    EXPECT_EQ(boxes[0], (compose::ArsipBox{2024, 1, 1, 3, 3}));
    EXPECT_EQ(boxes[1], (compose::ArsipBox{2024, 2, 4, 5, 2}));
    EXPECT_EQ(compose::berkas_range(boxes[0]), "1 \u2013 3");
    EXPECT_EQ(compose::berkas_range(compose::ArsipBox{2024, 3, 7, 7, 1}), "7");
}

}  // namespace
}  // namespace kinerja::archive
