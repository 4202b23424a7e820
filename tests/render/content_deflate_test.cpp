#include "render/content_deflate.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>
#include <zlib.h>

namespace kinerja::render {
namespace {

std::string inflated(const std::string& deflated) {
    z_stream stream{};
    EXPECT_EQ(inflateInit(&stream), Z_OK);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(deflated.data()));
    stream.avail_in = static_cast<uInt>(deflated.size());
    std::string out;
    int code = Z_OK;
    while (code == Z_OK) {
        char buffer[4096];
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        code = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, sizeof buffer - stream.avail_out);
    }
    EXPECT_EQ(code, Z_STREAM_END);
    inflateEnd(&stream);
    return out;
}

// Page operators, as many as `lines`, a little different each (a page of a form).
std::string drawn(std::size_t lines, const std::string& ending) {
    std::string text;
    for (std::size_t i = 0; i < lines; ++i) {
        text += "1 0 0 1 " + std::to_string(40 + i % 7) + ".5 " + std::to_string(900 - i) + " Tm\n(Baris " +
                std::to_string(i * 7919 % 1000) + ") Tj\n";
    }
    return text + ending;
}

TEST(DeflateContents, GivesWhatInflatesBack) {
    const std::vector<std::string> contents = {"q\nQ\n", drawn(2000, "ET\n"), std::string(10000, 'x')};
    const std::vector<std::string> deflated = deflate_contents({contents.begin(), contents.end()});
    ASSERT_EQ(deflated.size(), contents.size());
    for (std::size_t i = 0; i < contents.size(); ++i) {
        EXPECT_EQ(inflated(deflated[i]), contents[i]) << i;
    }
}

// Copies that share all but their last lines give the bytes each gives deflated alone, and so
// do contents that share a beginning shorter than a piece, or are a beginning of another.
TEST(DeflateContents, ContentsThatBeginAlikeGiveTheBytesOfEachAlone) {
    const std::string body = drawn(3000, "");
    const std::vector<std::string> contents = {
        body + "(Lembar 1 dari 3) Tj\nET\n", "(blank)\n", body + "(Lembar 2 dari 3) Tj\nET\n",
        body.substr(0, 9000) + "other\n", body.substr(0, 4096), body.substr(0, 8192), body + "(Lembar 3) Tj\nET\n",
        body.substr(0, 100) + "early difference\n" + body,
    };
    ASSERT_GT(body.size(), 3 * 4096u);
    const std::vector<std::string> together = deflate_contents({contents.begin(), contents.end()});
    ASSERT_EQ(together.size(), contents.size());
    for (std::size_t i = 0; i < contents.size(); ++i) {
        const std::vector<std::string> alone = deflate_contents({contents[i]});
        EXPECT_TRUE(together[i] == alone.at(0)) << i;
        EXPECT_EQ(inflated(together[i]), contents[i]) << i;
    }
}

// libharu writes nothing for an empty stream, not even zlib's header and checksum.
TEST(DeflateContents, AnEmptyContentStaysEmpty) {
    const std::vector<std::string> deflated = deflate_contents({"", "q\nQ\n", ""});
    EXPECT_EQ(deflated.at(0), "");
    EXPECT_EQ(inflated(deflated.at(1)), "q\nQ\n");
    EXPECT_EQ(deflated.at(2), "");
}

// libharu hands zlib 4,096 bytes at a time and zlib's default level; zlib's one-call compress2
// at that level writes the same bytes (zlib decides from the input it holds, not the calls).
TEST(DeflateContents, SameBytesAsZlibsDefaultLevel) {
    const std::string content = drawn(5000, "ET\n");
    std::string expected(compressBound(static_cast<uLong>(content.size())), '\0');
    uLongf size = static_cast<uLongf>(expected.size());
    ASSERT_EQ(compress2(reinterpret_cast<Bytef*>(expected.data()), &size,
                        reinterpret_cast<const Bytef*>(content.data()), static_cast<uLong>(content.size()),
                        Z_DEFAULT_COMPRESSION), Z_OK);
    expected.resize(size);
    EXPECT_TRUE(deflate_contents({content}).at(0) == expected);
}

}  // namespace
}  // namespace kinerja::render
