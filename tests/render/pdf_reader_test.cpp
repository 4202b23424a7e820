// The PDF reader and writer (pdf_reader.hpp, pdf_object.hpp) on inputs written here: the syntax
// of ISO 32000-1 7.2-7.5, and damaged files, which end in a SyntaxError, never in a crash.
#include "render/pdf_reader.hpp"

#include <random>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "render/pdf_object.hpp"
#include "render_test_support.hpp"

namespace kinerja::render::pdf {
namespace {

std::string written(const Object& object) {
    std::string out;
    write(out, object);
    return out;
}

TEST(PdfLexer, ReadsEveryKindOfObject) {
    const Object object = parse_object(
        "<< /Name#20With#23Escapes (lit\\(er\\)al \\101\\n\\\r\nnext) /Hex <48 65 6C6C 6f7> /Int -42 /Real +.5 "
        "/Arr [ 1 2 0 R true false null /N ] %comment\n /Ref 12 0 R /Nested << /A [ [ ] ] >> >>");
    const Dict* dict = object.get<Dict>();
    ASSERT_NE(dict, nullptr);
    ASSERT_EQ(dict->entries.size(), 7u);
    EXPECT_EQ(dict->entries[0].first, "Name With#Escapes");
    EXPECT_EQ(dict->entries[0].second, Object(String{"lit(er)al A\nnext"}));
    EXPECT_EQ(*dict->find("Hex"), Object(String{"Hello\x70"}));
    EXPECT_EQ(*dict->find("Int"), Object(-42));
    EXPECT_EQ(*dict->find("Real"), Object(Real{"+.5"}));
    EXPECT_EQ(*dict->find("Arr"), Object(Array{1, Ref{2, 0}, true, false, Null{}, Name{"N"}}));
    EXPECT_EQ(*dict->find("Ref"), Object(Ref{12, 0}));
}

TEST(PdfLexer, WritesWhatItReadsBack) {
    const Object object = Dict{{{"Type", Name{"Font"}},
                                {"Odd name", Name{"a/b#c"}},
                                {"Text", String{"(kurung) \\ garis"}},
                                {"Binary", String{std::string("\xFE\xFF\0A", 4)}},
                                {"Kids", Array{Ref{3, 0}, Ref{4, 0}}},
                                {"Real", Real{"0.75"}}}};
    const std::string text = written(object);
    EXPECT_EQ(text, "<</Type /Font/Odd#20name /a#2Fb#23c/Text (\\(kurung\\) \\\\ garis)/Binary <FEFF0041>"
                    "/Kids [3 0 R 4 0 R]/Real 0.75>>");
    EXPECT_EQ(parse_object(text), object);
}

TEST(PdfLexer, RefusesMalformedObjects) {
    for (const char* bad : {"(open", "<4G>", "<< /A >>", "<< /A 1 /A 2 >>", "<< 1 2 >>", "[ 1 2", "/A#4", "1.2.3",
                            "--1", "99999999999999999999", "endobj", ">", ""}) {
        EXPECT_THROW(parse_object(bad), SyntaxError) << bad;
    }
    EXPECT_THROW(parse_object(std::string(200, '[')), SyntaxError) << "nested too deep";
}

// A file of `objects` (bodies, numbered from 1) with a classic xref table and trailer.
std::string file_of(const std::vector<std::string>& objects, const std::string& trailer_extra = "") {
    std::ostringstream out;
    FileWriter writer(out, "1.4");
    for (std::size_t i = 0; i < objects.size(); ++i) writer.object(static_cast<int>(i) + 1, objects[i]);
    Dict trailer;
    trailer.set("Root", Ref{1, 0});
    std::string bytes = (writer.finish(trailer), out.str());
    if (!trailer_extra.empty()) bytes.insert(bytes.rfind(">>\nstartxref"), trailer_extra);
    return bytes;
}

const std::vector<std::string> two_pages = {
    "<</Type /Catalog/Pages 2 0 R>>", "<</Type /Pages/Kids [3 0 R 4 0 R]/Count 2>>",
    "<</Type /Page/Parent 2 0 R/Contents 5 0 R>>", "<</Type /Page/Parent 2 0 R>>",
    "<</Length 6 0 R>>\nstream\nq Q endstream in the data\nendstream", "25"};

TEST(PdfFile, ReadsObjectsStreamsWithIndirectLengthsAndPages) {
    const std::string bytes = file_of(two_pages);
    const File file(bytes);
    EXPECT_EQ(file.version(), "1.4");
    EXPECT_EQ(file.objects().size(), 6u);
    EXPECT_EQ(file.at(Ref{5, 0}).data, "q Q endstream in the data");
    EXPECT_TRUE(file.at(Ref{5, 0}).is_stream);
    EXPECT_EQ(file.pages(), (std::vector<Ref>{Ref{3, 0}, Ref{4, 0}}));
    EXPECT_THROW(file.at(Ref{9, 0}), SyntaxError);
}

TEST(PdfFile, FollowsPrevToEarlierSectionsAndTheNewestWins) {
    std::string bytes = file_of(two_pages);
    const std::size_t first_xref = bytes.find("xref\n0 7");
    // An update replacing object 4 and adding nothing else.
    const std::size_t update_at = bytes.size();
    bytes += "4 0 obj\n<</Type /Page/Parent 2 0 R/Rotate 90>>\nendobj\n";
    const std::size_t xref_at = bytes.size();
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n\r\n", update_at);
    bytes += "xref\n4 1\n" + std::string(entry) + "trailer\n<</Size 7/Root 1 0 R/Prev " + std::to_string(first_xref) +
             ">>\nstartxref\n" + std::to_string(xref_at) + "\n%%EOF\n";
    const File file(bytes);
    EXPECT_NE(file.dict(Ref{4, 0}).find("Rotate"), nullptr);
    EXPECT_EQ(file.objects().size(), 6u);
}

TEST(PdfFile, RefusesLoopsInPrevAndWhatItDoesNotSupport) {
    std::string bytes = file_of(two_pages);
    const std::size_t xref = bytes.find("xref\n0 7");
    EXPECT_THROW(File(file_of(two_pages, "/Prev " + std::to_string(xref))), SyntaxError) << "/Prev to itself";
    EXPECT_THROW(File(file_of(two_pages, "/Encrypt 1 0 R")), SyntaxError);
    EXPECT_THROW(File(file_of(two_pages, "/XRefStm 10")), SyntaxError);
    std::string xref_stream = bytes;
    xref_stream.replace(xref, 4, "7 0 obj");
    EXPECT_THROW(File{xref_stream}, SyntaxError);
    std::string page_loop = file_of({two_pages[0], "<</Type /Pages/Kids [2 0 R]/Count 1>>"});
    EXPECT_THROW(File(page_loop).pages(), SyntaxError);
}

TEST(PdfFile, RefusesStreamLengthsThatAreNotIntegersOrPointAtThemselves) {
    std::vector<std::string> objects = two_pages;
    objects[4] = "<</Length 5 0 R>>\nstream\nq Q\nendstream";  // its own length: itself
    EXPECT_THROW(File{file_of(objects)}, SyntaxError);
    objects[4] = "<</Length 99>>\nstream\nq Q\nendstream";  // past the file's end
    EXPECT_THROW(File{file_of(objects)}, SyntaxError);
    objects[4] = "<</Length (6)>>\nstream\nq Q\nendstream";
    EXPECT_THROW(File{file_of(objects)}, SyntaxError);
    objects[4] = "<</Length 3>>\nstream\nq Q\nendstream";  // direct, and right
    EXPECT_EQ(File{file_of(objects)}.at(Ref{5, 0}).data, "q Q");
}

TEST(PdfFile, DamagedFilesEndInASyntaxErrorNeverACrash) {
    const std::string good = file_of(two_pages);
    EXPECT_NO_THROW(File{good});
    for (std::size_t length = 0; length < good.size(); length += 7) {
        try {
            File{good.substr(0, length)};
        } catch (const SyntaxError&) {
        }
    }
    std::mt19937 random(2026);
    int refused = 0;
    for (int round = 0; round < 2000; ++round) {
        std::string damaged = good;
        for (int i = 0; i < 1 + round % 5; ++i) damaged[random() % damaged.size()] = static_cast<char>(random() & 0xFF);
        try {
            File file(damaged);
            (void)file.pages();
        } catch (const SyntaxError&) {
            ++refused;
        }
    }
    EXPECT_GT(refused, 0);
}

TEST(PdfFileWriter, WritesAnXrefTableOfTwentyByteEntries) {
    const std::string bytes = file_of({"<</Type /Catalog/Pages 2 0 R>>", "<</Type /Pages/Kids []/Count 0>>"});
    EXPECT_EQ(bytes.substr(0, 9), "%PDF-1.4\n");
    const std::size_t xref = bytes.find("xref\n0 3\n");
    ASSERT_NE(xref, std::string::npos);
    EXPECT_EQ(bytes.substr(xref + 9, 20), "0000000000 65535 f\r\n");
    EXPECT_EQ(bytes.substr(xref + 29, 20), "0000000015 00000 n\r\n");
    EXPECT_NE(bytes.find("trailer\n<</Root 1 0 R/Size 3>>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n"),
              std::string::npos);
    const testing::TempFile file("written.pdf", bytes);
    const testing::CommandResult check = testing::run_command("qpdf --check " + file.path());
    EXPECT_EQ(check.exit_code, 0) << check.output;
}

TEST(PdfFileWriter, RefusesNumbersSkippedOrWrittenTwice) {
    std::ostringstream out;
    FileWriter writer(out, "1.4");
    writer.object(1, "null");
    EXPECT_THROW(writer.object(1, "null"), std::logic_error);
    writer.object(3, "null");
    EXPECT_THROW(writer.finish(Dict{}), std::logic_error);
}

}  // namespace
}  // namespace kinerja::render::pdf
