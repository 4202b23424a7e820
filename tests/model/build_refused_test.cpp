// Fields the readers did not take (a control character in them, load/field_text.hpp): each is
// reported as FILE:LINE: field: message, and its record is left out exactly as a record with any
// other problem is (the same cascade, the same records kept), by check and run alike.
#include "model/build.hpp"

#include <gtest/gtest.h>

#include "build_test_data.hpp"

namespace kinerja {
namespace {

using test::kAnalis;
using test::kCamat;
using test::kSekcam;
using test::kStaf;
using test::Lines;
using test::problems;

// What the reader notes for a field holding `cp`, at the record's place.
Diagnostic control_at(const SourceLoc& at, const std::string& field, const std::string& code) {
    return Diagnostic{at.file, at.line, field, "memuat karakter kendali " + code};
}

// The problems of `raw` with the first one (the record's own) left out: what cascades from it.
Lines cascade(const RawData& raw) {
    Lines all = problems(raw);
    if (!all.empty()) all.erase(all.begin());
    return all;
}

TEST(BuildRefused, PegawaiLeftOutAndItsRowsSkippedLikeAnyBadRow) {
    RawData refused = test::valid_raw();
    PegawaiRecord& sekcam = refused.pegawai.at(1);
    sekcam.nama = "Rina\aWati";
    sekcam.refused = {control_at(sekcam.loc, "nama", "U+0007")};
    RawData bad = test::valid_raw();
    bad.pegawai.at(1).golongan = "III/f";

    const Lines reported = problems(refused);
    ASSERT_FALSE(reported.empty());
    EXPECT_EQ(reported.front(), "pegawai.csv:3: nama: memuat karakter kendali U+0007");
    EXPECT_EQ(cascade(refused), cascade(bad));
    EXPECT_EQ(cascade(refused), (Lines{"pegawai.csv:4: nip_atasan: pejabat penilai (baris 3) tidak valid",
                                       "pegawai.csv:5: nip_atasan: pejabat penilai (baris 4) tidak valid"}));
    EXPECT_EQ(test::kept_pegawai(refused), (std::vector<std::string>{kCamat}));
    EXPECT_EQ(test::kept_skp(refused), (std::vector<std::string>{kCamat}));
}

TEST(BuildRefused, EveryRefusedFieldOfARecordIsReported) {
    RawData raw = test::valid_raw();
    PegawaiRecord& staf = raw.pegawai.at(3);
    staf.refused = {control_at(staf.loc, "nama", "U+001B"), control_at(staf.loc, "jabatan", "U+0085")};
    EXPECT_EQ(problems(raw), (Lines{"pegawai.csv:5: nama: memuat karakter kendali U+001B",
                                    "pegawai.csv:5: jabatan: memuat karakter kendali U+0085"}));
    EXPECT_EQ(test::kept_pegawai(raw), (std::vector<std::string>{kCamat, kSekcam, kAnalis}));
}

TEST(BuildRefused, ATypedFieldIsStillCheckedAndQuotedEscaped) {
    RawData raw = test::valid_raw();
    PegawaiRecord& staf = raw.pegawai.at(3);
    staf.golongan = "II/\x1b[2Jc";
    staf.refused = {control_at(staf.loc, "golongan", "U+001B")};
    EXPECT_EQ(problems(raw),
              (Lines{"pegawai.csv:5: golongan: memuat karakter kendali U+001B",
                     "pegawai.csv:5: golongan: golongan tidak dikenal: \"II/\\x1b[2Jc\" (contoh: III/b)"}));
}

TEST(BuildRefused, SkpRowLeavesTheEmployeesSkpOut) {
    RawData refused = test::valid_raw();
    SkpRecord& row = refused.skp.at(2);  // the analis's first tugas
    row.uraian = "Menganalisis\acapaian";
    row.refused = {control_at(row.loc, "uraian", "U+0007")};
    RawData bad = test::valid_raw();
    bad.skp.at(2).target_kuantitas = "x";

    EXPECT_EQ(problems(refused), (Lines{"skp-2024-03.csv:4: uraian: memuat karakter kendali U+0007"}));
    EXPECT_EQ(test::kept_skp(refused), test::kept_skp(bad));
    EXPECT_EQ(test::kept_skp(refused), (std::vector<std::string>{kCamat, kSekcam, kStaf}));
    EXPECT_EQ(test::kept_pegawai(refused).size(), 4u);
}

TEST(BuildRefused, PerilakuRowLeavesTheEmployeesSkpOut) {
    RawData raw = test::valid_raw();
    PerilakuRecord& row = raw.perilaku.at(3);
    row.refused = {control_at(row.loc, "integritas", "U+007F")};
    EXPECT_EQ(problems(raw), (Lines{"perilaku-2024-03.csv:5: integritas: memuat karakter kendali U+007F"}));
    EXPECT_EQ(test::kept_skp(raw), (std::vector<std::string>{kCamat, kSekcam, kAnalis}));
}

TEST(BuildRefused, RowsOfALeftOutEmployeeStaySilent) {
    // As with any problem in them: the pegawai row was reported, its rows are skipped unread.
    RawData raw = test::valid_raw();
    raw.pegawai.at(3).golongan = "";
    SkpRecord& row = raw.skp.at(3);
    row.refused = {control_at(row.loc, "uraian", "U+0007")};
    EXPECT_EQ(problems(raw), (Lines{"pegawai.csv:5: golongan: wajib diisi"}));
}

TEST(BuildRefused, InstansiMakesNoDataSetButEverythingIsChecked) {
    RawData raw = test::valid_raw();
    InstansiRecord& instansi = *raw.instansi;
    instansi.refused = {control_at(SourceLoc{"instansi.xml", 15}, "kode-klasifikasi", "U+0007"),
                        control_at(SourceLoc{"instansi.xml", 3}, "nama", "U+001B")};
    raw.pegawai.at(3).golongan = "";
    Diagnostics diags;
    const BuildResult result = build_dataset(raw, diags);
    EXPECT_FALSE(result.data.has_value());
    Lines lines;
    for (const Diagnostic& d : diags.sorted()) lines.push_back(d.str());
    EXPECT_EQ(lines, (Lines{"instansi.xml:3: nama: memuat karakter kendali U+001B",
                            "instansi.xml:15: kode-klasifikasi: memuat karakter kendali U+0007",
                            "pegawai.csv:5: golongan: wajib diisi"}));
}

TEST(BuildRefused, SopLeftOutForItsAttributesLanesOrLangkah) {
    auto sops_kept = [](const RawData& raw) {
        const BuildResult result = test::build(raw);
        return result.data ? result.data->sops.size() : 0u;
    };
    ASSERT_EQ(sops_kept(test::valid_raw()), 1u);
    {
        RawData raw = test::valid_raw();
        SopRecord& sop = raw.sops.at(0);
        sop.refused = {control_at(SourceLoc{sop.loc.file, 5}, "dasar-hukum", "U+0007")};
        EXPECT_EQ(problems(raw), (Lines{"sop/01-perencanaan.xml:5: dasar-hukum: memuat karakter kendali U+0007"}));
        EXPECT_EQ(sops_kept(raw), 0u);
    }
    {
        RawData raw = test::valid_raw();
        LaneRecord& lane = raw.sops.at(0).lanes.at(1);
        lane.refused = {control_at(lane.loc, "lane", "U+009B")};
        EXPECT_EQ(problems(raw), (Lines{"sop/01-perencanaan.xml:11: lane: memuat karakter kendali U+009B"}));
        EXPECT_EQ(sops_kept(raw), 0u);
    }
    {
        RawData raw = test::valid_raw();
        LangkahRecord& step = raw.sops.at(0).langkah.at(2);
        step.refused = {control_at(step.loc, "uraian", "U+001B")};
        EXPECT_EQ(problems(raw), (Lines{"sop/01-perencanaan.xml:16: uraian: memuat karakter kendali U+001B"}));
        EXPECT_EQ(sops_kept(raw), 0u);
    }
}

}  // namespace
}  // namespace kinerja
