// layout::append_pages: the parts of one file (an SOP's portrait identity pages and landscape
// flowchart pages) joined into one display list.
#include "layout/display_list.hpp"

#include <stdexcept>

#include <gtest/gtest.h>

namespace kinerja::layout {
namespace {

Page page(double width, double height, const std::string& text) {
    Page p;
    p.width = width;
    p.height = height;
    TextRun run;
    run.text = text;
    p.items.emplace_back(run);
    return p;
}

std::string text_of(const Page& p) { return std::get<TextRun>(p.items.at(0)).text; }

TEST(AppendPages, PagesFollowInOrderKeepingTheirSizesAndTheFirstMetadata) {
    DisplayList into;
    into.meta.title = "SOP 01";
    into.pages = {page(609, 935, "identitas")};
    DisplayList from;
    from.meta.title = "lain";
    from.pages = {page(935, 609, "bagan 1"), page(935, 609, "bagan 2")};
    append_pages(into, std::move(from));
    ASSERT_EQ(into.pages.size(), 3u);
    EXPECT_EQ(text_of(into.pages[0]), "identitas");
    EXPECT_EQ(text_of(into.pages[1]), "bagan 1");
    EXPECT_EQ(text_of(into.pages[2]), "bagan 2");
    EXPECT_EQ(into.pages[0].width, 609);
    EXPECT_EQ(into.pages[2].width, 935);
    EXPECT_EQ(into.pages[2].height, 609);
    EXPECT_EQ(into.meta.title, "SOP 01");
    EXPECT_TRUE(from.pages.empty());
}

TEST(AppendPages, ImagesAreMergedByIdAndStaySorted) {
    DisplayList into;
    into.images = {{"b", "B"}, {"logo", "L"}};
    DisplayList from;
    from.images = {{"a", "A"}, {"logo", "L"}, {"z", "Z"}};
    append_pages(into, std::move(from));
    EXPECT_EQ(into.images, (std::vector<std::pair<std::string, std::string>>{
                               {"a", "A"}, {"b", "B"}, {"logo", "L"}, {"z", "Z"}}));
}

TEST(AppendPages, OneIdWithTwoImagesIsRefusedAndNothingChanges) {
    DisplayList into;
    into.pages = {page(609, 935, "identitas")};
    into.images = {{"logo", "L"}};
    DisplayList from;
    from.pages = {page(935, 609, "bagan")};
    from.images = {{"a", "A"}, {"logo", "lain"}};
    EXPECT_THROW(append_pages(into, std::move(from)), std::invalid_argument);
    EXPECT_EQ(into.pages.size(), 1u);
    EXPECT_EQ(into.images, (std::vector<std::pair<std::string, std::string>>{{"logo", "L"}}));
}

}  // namespace
}  // namespace kinerja::layout
