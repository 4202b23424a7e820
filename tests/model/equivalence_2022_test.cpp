// The 2022 regime's inputs as CSV, as XML and as workbooks (tests/data/regime2022/) load into
// equal models, equal to the records of build_2022_test_data.hpp.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "build_2022_test_data.hpp"
#include "load/data_folder.hpp"
#include "load/file_source.hpp"
#include "model/build.hpp"
#include "memory_folder.hpp"

namespace kinerja {
namespace {

const std::filesystem::path forms = std::filesystem::path(KINERJA_SOURCE_DIR) / "tests" / "data" / "regime2022";

using test::read_folder;

struct Loaded {
    DataSet data;
    std::vector<std::string> warnings;
};

Loaded load_form(const std::string& name) {
    Diagnostics diags;
    const RawData raw = load_data_folder(read_folder(forms / name), "2025-03", diags);
    BuildResult built = build_dataset(raw, diags);
    for (const Diagnostic& d : diags.items()) ADD_FAILURE() << name << ": " << d.str();
    EXPECT_TRUE(built.data.has_value()) << name;
    Loaded out{built.data.value_or(DataSet{}), {}};
    for (const Diagnostic& d : diags.sorted_warnings()) out.warnings.push_back(d.str());
    return out;
}

TEST(Equivalence2022, CsvXmlAndWorkbooksLoadIntoEqualModels) {
    const Loaded csv = load_form("csv");
    ASSERT_EQ(csv.data.regulasi, Regulasi::permenpanrb_6_2022);
    ASSERT_EQ(csv.data.regime2022.skp.size(), 4u);
    ASSERT_EQ(csv.data.regime2022.evaluasi.size(), 4u);
    EXPECT_EQ(csv.warnings.size(), 1u);
    EXPECT_EQ(csv.data.regime2022, test::build(test::valid_raw_2022()).data->regime2022);
    for (const std::string name : {"xml", "xlsx"}) {
        const Loaded other = load_form(name);
        EXPECT_EQ(other.data.regime2022, csv.data.regime2022) << name;
        EXPECT_EQ(other.data.instansi, csv.data.instansi) << name;
        EXPECT_EQ(other.warnings.size(), 1u) << name;
    }
}

TEST(Equivalence2022, EqualityNoticesADifferentValue) {
    Data2022 a = load_form("csv").data.regime2022;
    Data2022 b = a;
    EXPECT_EQ(a, b);
    b.skp.at(test::kSekcam).tambahan.at(0).indikator.at(0).target = "2 Kegiatan";
    EXPECT_NE(a, b);
    b = a;
    b.evaluasi.at(0).realisasi.at(0).bukti_dukung = "";
    EXPECT_NE(a, b);
    b = a;
    b.skp.at(test::kCamat).loc.line = 99;  // where a value came from is not compared
    EXPECT_EQ(a, b);
}

}  // namespace
}  // namespace kinerja
