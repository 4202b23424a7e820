// samples/lampihong-2022 and samples/lampihong-2022-xml: the same office, plans and evaluations
// as CSV and as XML. Each month of the quarter loads without a problem or a warning, and both
// folders give equal models (where a value came from is not compared), so they print the same.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "load/data_folder.hpp"
#include "memory_folder.hpp"
#include "model/build.hpp"

namespace kinerja {
namespace {
// Its own names: the unity build puts the model tests in one source.
namespace sample_2022 {

namespace fs = std::filesystem;

const fs::path sample_root = fs::path(KINERJA_SOURCE_DIR) / "samples";

DataSet load_sample(const std::string& name, const std::string& periode) {
    Diagnostics diags;
    const RawData raw = load_data_folder(test::read_folder(sample_root / name), periode, diags);
    BuildResult built = build_dataset(raw, diags);
    for (const Diagnostic& d : diags.items()) ADD_FAILURE() << name << " " << periode << ": " << d.str();
    EXPECT_TRUE(built.data.has_value()) << name;
    return built.data.value_or(DataSet{});
}

class Sample2022 : public ::testing::TestWithParam<const char*> {};

TEST_P(Sample2022, CsvAndXmlGiveTheSameModel) {
    const std::string periode = GetParam();
    const DataSet csv = load_sample("lampihong-2022", periode);
    const DataSet xml = load_sample("lampihong-2022-xml", periode);
    EXPECT_EQ(csv.regulasi, Regulasi::permenpanrb_6_2022);
    EXPECT_EQ(csv.pegawai.size(), 15u);
    EXPECT_EQ(csv.regime2022.skp.size(), 15u);  // a plan for everyone
    // Every employee rated each month, and once more for the quarter in March.
    EXPECT_EQ(csv.regime2022.evaluasi.size(), periode == "2025-03" ? 30u : 15u);
    EXPECT_EQ(xml.regime2022, csv.regime2022);
    EXPECT_EQ(xml.instansi, csv.instansi);
    EXPECT_EQ(xml.pegawai, csv.pegawai);
}

INSTANTIATE_TEST_SUITE_P(EachMonth, Sample2022, ::testing::Values("2025-01", "2025-02", "2025-03"));

TEST(Sample2022Plans, OneKualitatifPlanAndTambahanForSome) {
    const DataSet data = load_sample("lampihong-2022", "2025-01");
    int kualitatif = 0, tambahan = 0, ekspektasi_all = 0;
    for (const auto& [nip, skp] : data.regime2022.skp) {
        kualitatif += skp.kualitatif ? 1 : 0;
        tambahan += skp.tambahan.empty() ? 0 : 1;
        ekspektasi_all += skp.ekspektasi.size() == kNilaiDasarCount ? 1 : 0;
    }
    EXPECT_EQ(kualitatif, 1);
    EXPECT_EQ(tambahan, 4);
    EXPECT_EQ(ekspektasi_all, 3);
}

}  // namespace sample_2022
}  // namespace
}  // namespace kinerja
