// The SKP and the Evaluasi Kinerja Pegawai of the 2022 regime laid out and rendered: the period
// line's struck options are lines through exactly those glyphs, the pages are A4 (SKP portrait,
// Evaluasi landscape), the SKP's Lampiran starts a page, and the PDF reads back. With
// KINERJA_KEEP_PDF=DIR the PDFs are left in DIR for looking at.
#include "compose/evaluasi2022.hpp"
#include "compose/skp2022.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "../regime2022_fixture.hpp"
#include "layout/layout_engine.hpp"
#include "pdf_test_support.hpp"
#include "render/pdf_writer.hpp"
#include "test_support.hpp"

namespace kinerja {
namespace {

namespace fs = std::filesystem;
using layout::Line;
using layout::TextRun;

template <typename T>
T shipped(const char* name) {
    Diagnostics diags;
    auto t = T::load(test::read_file(test::source_dir() / "templates" / name), name, diags);
    EXPECT_TRUE(diags.empty());
    return std::move(t.value());
}

layout::DisplayList lay_out(const doc::Document& d) {
    return layout::layout_document(d, test::bundled_font_book(), layout::FileInfo{"kinerja test", "2025-06-30"});
}

// Renders, checks the PDF's page count, and keeps it when KINERJA_KEEP_PDF names a folder.
void render_and_check(const layout::DisplayList& list, const std::string& name) {
    const std::string pdf = render::render_pdf(list, render::bundled_font_files((test::source_dir() / "fonts").string()));
    const fs::path dir = std::getenv("KINERJA_KEEP_PDF") ? fs::path(std::getenv("KINERJA_KEEP_PDF"))
                                                          : fs::temp_directory_path();
    const fs::path path = dir / (name + ".pdf");
    std::ofstream(path, std::ios::binary) << pdf;
    EXPECT_EQ(test::page_count(path), static_cast<int>(list.pages.size()));
    if (!std::getenv("KINERJA_KEEP_PDF")) fs::remove(path);
}

const TextRun* run_with(const layout::Page& page, const std::string& text) {
    for (const layout::Item& item : page.items) {
        if (const auto* r = std::get_if<TextRun>(&item); r && r->text == text) return r;
    }
    return nullptr;
}

TEST(Regime2022Layout, EvaluasiStrikesThroughTheOtherOptions) {
    static const Regulasi2022 rules = test::regulasi2022();
    const Skp2022 skp = test::skp_kuantitatif();
    const DataSet& office = test::office2022_shared();
    const Pegawai& p = *office.find_pegawai(test::nip_of(test::sekcam));
    const Evaluasi e = test::evaluasi_tw2();
    const HasilEvaluasi h = test::hasil_of(e, p);
    const auto templ = shipped<compose::Evaluasi2022Template>("evaluasi-2022.xml");
    const layout::DisplayList list =
        lay_out(templ.compose({office, p, skp, e, h, rules, CapaianOrganisasi::baik, Date{2025, 6, 30}}));
    ASSERT_GE(list.pages.size(), 1u);
    const layout::Page& page = list.pages.front();
    EXPECT_GT(page.width, page.height);
    const TextRun* run = run_with(page, "PERIODE: TRIWULAN I/II/III/IV-AKHIR");
    ASSERT_NE(run, nullptr);
    const layout::FontBook& fonts = test::bundled_font_book();
    const auto x = [&](const std::string& prefix) { return run->origin.x + fonts.width(run->face, run->size, prefix); };
    std::vector<Line> strikes;
    for (const layout::Item& item : page.items) {
        const auto* l = std::get_if<Line>(&item);
        if (l && l->from.y == l->to.y && l->from.y < run->origin.y && l->from.y > run->origin.y - run->size / 2) {
            strikes.push_back(*l);
        }
    }
    ASSERT_EQ(strikes.size(), 2u);
    EXPECT_DOUBLE_EQ(strikes[0].from.x, x("PERIODE: TRIWULAN "));
    EXPECT_DOUBLE_EQ(strikes[0].to.x, x("PERIODE: TRIWULAN I"));
    EXPECT_DOUBLE_EQ(strikes[1].from.x, x("PERIODE: TRIWULAN I/II"));
    EXPECT_DOUBLE_EQ(strikes[1].to.x, run->origin.x + run->width);
    render_and_check(list, "evaluasi-tw2");
}

TEST(Regime2022Layout, SkpAndItsLampiranOnTheirOwnPages) {
    static const Regulasi2022 rules = test::regulasi2022();
    const DataSet& office = test::office2022_shared();
    const auto templ = shipped<compose::Skp2022Template>("skp-2022.xml");
    for (const Skp2022& skp : {test::skp_kuantitatif(), test::skp_kualitatif()}) {
        const Pegawai& p = *office.find_pegawai(skp.nip);
        const layout::DisplayList list = lay_out(templ.compose({office, p, skp, rules, Date{2025, 1, 2}}));
        ASSERT_GE(list.pages.size(), 2u);
        EXPECT_LT(list.pages.front().width, list.pages.front().height);
        EXPECT_NE(run_with(list.pages.front(), "SASARAN KINERJA PEGAWAI"), nullptr);
        EXPECT_NE(run_with(list.pages.back(), "LAMPIRAN SASARAN KINERJA PEGAWAI"), nullptr);
        EXPECT_EQ(run_with(list.pages.back(), "SASARAN KINERJA PEGAWAI"), nullptr);
        render_and_check(list, skp.kualitatif ? "skp-kualitatif" : "skp-kuantitatif");
    }
}

}  // namespace
}  // namespace kinerja
