// The same data as comma/UTF-8 CSV, semicolon/Windows-1252/CRLF CSV, the same with a UTF-8 BOM,
// and as XML loads into equal models (tests/data/equivalent/, made by make-variants.py from
// the sample office).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "load/data_folder.hpp"
#include "load/file_source.hpp"
#include "model/build.hpp"
#include "memory_folder.hpp"

namespace kinerja {
namespace {

const std::filesystem::path variants = std::filesystem::path(KINERJA_SOURCE_DIR) / "tests" / "data" / "equivalent";

using test::read_folder;

DataSet load_variant(const std::string& name) {
    MemoryFileSource files = read_folder(variants / name);
    Diagnostics diags;
    RawData raw = load_data_folder(files, "2024-03", diags);
    BuildResult built = build_dataset(raw, diags);
    for (const Diagnostic& d : diags.items()) ADD_FAILURE() << name << ": " << d.str();
    EXPECT_TRUE(built.data.has_value()) << name;
    return built.data.value_or(DataSet{});
}

TEST(Equivalence, AllVariantsLoadIntoEqualModels) {
    DataSet reference = load_variant("csv-semicolon-cp1252-crlf");
    ASSERT_EQ(reference.pegawai.size(), 15u);
    ASSERT_EQ(reference.skp.size(), 15u);
    ASSERT_EQ(reference.sops.size(), 1u);
    // The encodings really differ: the cp1252 apostrophe must arrive as U+2019.
    bool found = false;
    for (const Pegawai& p : reference.pegawai) found = found || p.nama.find("Ma\u2019ruf") != std::string::npos;
    EXPECT_TRUE(found);

    for (const std::string name : {"csv-comma-utf8", "csv-semicolon-utf8bom-crlf", "xml"}) {
        DataSet other = load_variant(name);
        EXPECT_EQ(other.pegawai, reference.pegawai) << name;
        EXPECT_EQ(other.skp, reference.skp) << name;
        EXPECT_EQ(other.instansi, reference.instansi) << name;
        EXPECT_EQ(other.sops, reference.sops) << name;
        EXPECT_TRUE(other == reference) << name;
    }
}

TEST(Equivalence, EqualityNoticesADifferentValue) {
    // Guard against an equality that is always true: change one score and compare again.
    DataSet reference = load_variant("xml");
    DataSet changed = reference;
    changed.skp.begin()->second.perilaku.integritas += Rational(1, 100);
    EXPECT_FALSE(changed == reference);
}

}  // namespace
}  // namespace kinerja
