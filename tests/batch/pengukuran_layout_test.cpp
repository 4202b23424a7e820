// The Dokumen Pengukuran Kinerja laid out: the scanned signature lands inside its signer's
// block, between the jabatan and the name, centred over the name; blocks side by side stay
// level whether or not a scan is there.
#include "compose/pengukuran.hpp"

#include <filesystem>
#include <map>

#include <gtest/gtest.h>

#include "layout/layout_engine.hpp"
#include "load/data_folder.hpp"
#include "model/build.hpp"
#include "render/pdf_writer.hpp"
#include "pdf_test_support.hpp"
#include "test_support.hpp"

namespace kinerja {
namespace {

namespace fs = std::filesystem;
using layout::ImageItem;
using layout::TextRun;

struct Sample {
    DataSet data;
    compose::Signatures signatures;
    std::optional<compose::PengukuranTemplate> pengukuran;

    Sample() {
        MemoryFileSource files = test::memory_copy(test::sample_dir());
        Diagnostics diags;
        data = build_dataset(load_data_folder(files, "2024-03", diags), diags).data.value();
        doc::ImageData scan;
        scan.bytes = files.read("ttd/196906272001121003.png").value();
        scan.pixel_width = 600;
        scan.pixel_height = 240;
        signatures.emplace("196906272001121003", std::move(scan));
        pengukuran = compose::PengukuranTemplate::load(
            test::read_file(test::source_dir() / "templates" / "pengukuran-kinerja.xml"),
            "templates/pengukuran-kinerja.xml", diags);
        EXPECT_TRUE(diags.empty());
    }
};

const Sample& sample() {
    static const Sample s;
    return s;
}

layout::DisplayList laid_out(const std::string& nip, const compose::Signatures* signatures) {
    const DataSet& data = sample().data;
    const Pegawai& p = *data.find_pegawai(parse_nip(nip).nip.value());
    const Skp& skp = data.skp.at(nip);
    const NilaiPrestasi nilai = nilai_prestasi(skp);
    const compose::PengukuranInput input{data, p, skp, nilai, Period{2024, 3}, Date{2024, 3, 31}, nullptr, signatures};
    const doc::Document d = sample().pengukuran->compose(input, compose::lembar_list(data.instansi).at(1));
    return layout::layout_document(d, test::bundled_font_book(), layout::FileInfo{"kinerja test", "2024-03-31"});
}

// The last run on the page with this text and size (the signature blocks come last).
const TextRun* text_run(const layout::Page& page, const std::string& text, double size) {
    const TextRun* found = nullptr;
    for (const layout::Item& item : page.items) {
        if (const auto* r = std::get_if<TextRun>(&item); r && r->text == text && r->size == size) found = r;
    }
    return found;
}

std::vector<const ImageItem*> images(const layout::Page& page) {
    std::vector<const ImageItem*> out;
    for (const layout::Item& item : page.items) {
        if (const auto* image = std::get_if<ImageItem>(&item)) out.push_back(image);
    }
    return out;
}

constexpr double sign_size = 9.5;  // points: the signature blocks' text
constexpr double mm = 72 / 25.4;

// The Sekretaris Camat's document: the Camat signs as pejabat penilai, in the right column.
TEST(PengukuranLayout, SignatureSitsInThePenilaiColumnBetweenJabatanAndName) {
    const layout::DisplayList list = laid_out("197503122000031002", &sample().signatures);
    ASSERT_EQ(list.pages.size(), 1u);
    const layout::Page& page = list.pages[0];
    const auto found = images(page);
    ASSERT_EQ(found.size(), 1u);
    const ImageItem& image = *found[0];
    EXPECT_EQ(image.id, "ttd-196906272001121003");
    // 600×240 px fitted into the 50 × 20 mm box: exactly that box, aspect ratio kept.
    EXPECT_NEAR(image.width, 50 * mm, 0.01);
    EXPECT_NEAR(image.height, 20 * mm, 0.01);
    EXPECT_NEAR(image.width / image.height, 600.0 / 240.0, 1e-9);

    // The right column of the signature table: right half of the text area.
    const double left = 20 * mm, right = page.width - 15 * mm;
    const double middle = (left + right) / 2;
    EXPECT_GE(image.origin.x, middle);
    EXPECT_LE(image.origin.x + image.width, right);

    const TextRun* title = text_run(page, "Pejabat Penilai,", sign_size);
    const TextRun* jabatan = text_run(page, "Camat Lampihong", sign_size);
    const TextRun* name = text_run(page, "H. Hammad Arsyad, SP", sign_size);
    ASSERT_TRUE(title && jabatan && name);
    EXPECT_EQ(name->face, layout::Face::sans_bold);
    // Centred over the name, below the jabatan line, above the name line.
    EXPECT_NEAR(image.origin.x + image.width / 2, name->origin.x + name->width / 2, 0.5);
    EXPECT_NEAR(image.origin.x + image.width / 2, title->origin.x + title->width / 2, 0.5);
    EXPECT_GT(image.origin.y, jabatan->origin.y);
    EXPECT_LT(image.origin.y + image.height, name->origin.y - test::bundled_font_book().ascent(name->face, sign_size) + 1e-6);
}

// The blocks side by side stay level: the employee's name (no scan) on the penilai's line.
TEST(PengukuranLayout, BlocksStayLevelWithAndWithoutAScan) {
    for (const compose::Signatures* signatures : {&sample().signatures, static_cast<const compose::Signatures*>(nullptr)}) {
        const layout::DisplayList list = laid_out("197503122000031002", signatures);
        const layout::Page& page = list.pages.at(0);
        const TextRun* own = text_run(page, "Ahmad Rizani, S.Sos., M.Si.", sign_size);
        const TextRun* penilai = text_run(page, "H. Hammad Arsyad, SP", sign_size);
        const TextRun* own_nip = text_run(page, "NIP. 19750312 200003 1 002", sign_size);
        const TextRun* penilai_nip = text_run(page, "NIP. 19690627 200112 1 003", sign_size);
        ASSERT_TRUE(own && penilai && own_nip && penilai_nip);
        EXPECT_EQ(own->origin.y, penilai->origin.y);
        EXPECT_EQ(own_nip->origin.y, penilai_nip->origin.y);
    }
    // The scan changes nothing but the image: the same runs at the same places.
    const layout::DisplayList with = laid_out("197503122000031002", &sample().signatures);
    const layout::DisplayList without = laid_out("197503122000031002", nullptr);
    std::string a = layout::dump(with), b = layout::dump(without);
    const std::size_t image_line = a.find("image ");
    ASSERT_NE(image_line, std::string::npos);
    a.erase(image_line, a.find('\n', image_line) + 1 - image_line);
    EXPECT_EQ(a, b);
}

// The Kasubag Perencanaan's document: the Camat signs as atasan pejabat penilai, in the middle.
TEST(PengukuranLayout, AtasanSignatureInTheMiddleBlock) {
    const layout::DisplayList list = laid_out("197908232005011004", &sample().signatures);
    const layout::Page& page = list.pages.at(0);
    const auto found = images(page);
    ASSERT_EQ(found.size(), 1u);
    const TextRun* mengetahui = text_run(page, "Mengetahui,", sign_size);
    const TextRun* name = text_run(page, "H. Hammad Arsyad, SP", sign_size);
    ASSERT_TRUE(mengetahui && name);
    const double centre = (20 * mm + page.width - 15 * mm) / 2;
    EXPECT_NEAR(found[0]->origin.x + found[0]->width / 2, centre, 0.5);
    EXPECT_GT(found[0]->origin.y, mengetahui->origin.y);
    EXPECT_LT(found[0]->origin.y + found[0]->height, name->origin.y);
    // And it renders: the RGBA scan goes in with its transparency.
    const std::string pdf = render::render_pdf(list, render::bundled_font_files((test::source_dir() / "fonts").string()));
    EXPECT_NE(pdf.find("/SMask"), std::string::npos);
}

}  // namespace
}  // namespace kinerja
