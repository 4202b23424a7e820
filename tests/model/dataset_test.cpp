#include "model/dataset.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace kinerja {
namespace {

Nip nip(std::string_view text) {
    NipResult r = parse_nip(text);
    if (!r.nip) throw std::runtime_error(r.error);
    return *r.nip;
}

Pegawai pegawai(std::string_view nip_text, std::string nama, std::optional<Nip> atasan) {
    Pegawai p;
    p.nip = nip(nip_text);
    p.nama = std::move(nama);
    p.nip_atasan = std::move(atasan);
    return p;
}

TEST(Pegawai, NamaLengkapJoinsGelar) {
    Pegawai p;
    p.nama = "Hammad Arsyad";
    EXPECT_EQ(p.nama_lengkap(), "Hammad Arsyad");
    p.gelar_depan = "H.";
    EXPECT_EQ(p.nama_lengkap(), "H. Hammad Arsyad");
    p.gelar_belakang = "SP";
    EXPECT_EQ(p.nama_lengkap(), "H. Hammad Arsyad, SP");
    p.gelar_depan.clear();
    EXPECT_EQ(p.nama_lengkap(), "Hammad Arsyad, SP");
}

DataSet office() {
    DataSet data;
    data.pegawai.push_back(pegawai("196906272001121003", "Camat", std::nullopt));
    data.pegawai.push_back(pegawai("198502142010012001", "Kasubag", nip("196906272001121003")));
    data.pegawai.push_back(pegawai("199001012015011002", "Staf", nip("198502142010012001")));
    data.pegawai.push_back(pegawai("199101012015011002", "Lepas", nip("197001012000011001")));
    return data;
}

void expect_lookups(const DataSet& data) {
    const Pegawai* staf = data.find_pegawai(nip("19900101 201501 1 002"));
    ASSERT_NE(staf, nullptr);
    EXPECT_EQ(staf->nama, "Staf");
    EXPECT_EQ(staf, &data.pegawai.at(2));
    EXPECT_EQ(data.find_pegawai(nip("197001012000011001")), nullptr);

    const Pegawai* kasubag = data.atasan_of(*staf);
    ASSERT_NE(kasubag, nullptr);
    EXPECT_EQ(kasubag->nama, "Kasubag");
    const Pegawai* camat = data.atasan_of(*kasubag);
    ASSERT_NE(camat, nullptr);
    EXPECT_EQ(camat->nama, "Camat");
    EXPECT_EQ(data.atasan_of(*camat), nullptr);                 // the pimpinan has none
    EXPECT_EQ(data.atasan_of(data.pegawai.at(3)), nullptr);     // atasan not in the data
}

TEST(DataSet, FindsPegawaiAndTheirAtasan) {
    DataSet data = office();
    expect_lookups(data);  // no index: through the list
    data.index_pegawai();
    ASSERT_EQ(data.pegawai_index.place.size(), 4u);
    expect_lookups(data);
}

TEST(DataSet, FindsWhatWasChangedAfterTheIndexWasMade) {
    DataSet data = office();
    data.index_pegawai();
    data.pegawai.push_back(pegawai("197001012000011001", "Baru", std::nullopt));  // not in the index
    const Pegawai* baru = data.find_pegawai(nip("197001012000011001"));
    ASSERT_NE(baru, nullptr);
    EXPECT_EQ(baru->nama, "Baru");
    EXPECT_EQ(data.atasan_of(data.pegawai.at(3)), baru);
    const DataSet copy = data;  // the index holds places, not addresses: a copy finds its own
    EXPECT_EQ(copy.find_pegawai(nip("197001012000011001")), &copy.pegawai.at(4));
    EXPECT_EQ(copy.find_pegawai(nip("198502142010012001")), &copy.pegawai.at(1));

    data.pegawai.at(4).nip = nip("197201012000011001");
    data.index_pegawai();
    EXPECT_EQ(data.find_pegawai(nip("197001012000011001")), nullptr);
    EXPECT_EQ(data.find_pegawai(nip("197201012000011001")), &data.pegawai.at(4));
}

TEST(DataSet, ATwiceListedNipFindsTheFirstWithOrWithoutIndex) {
    DataSet data = office();
    data.pegawai.push_back(pegawai("198502142010012001", "Kasubag lagi", std::nullopt));
    EXPECT_EQ(data.find_pegawai(nip("198502142010012001")), &data.pegawai.at(1));
    data.index_pegawai();
    EXPECT_EQ(data.find_pegawai(nip("198502142010012001")), &data.pegawai.at(1));
}

TEST(DataSet, LookupsDoNotChangeEquality) {
    DataSet a;
    a.pegawai.push_back(pegawai("196906272001121003", "Camat", std::nullopt));
    DataSet b = a;
    EXPECT_NE(a.find_pegawai(nip("196906272001121003")), nullptr);
    EXPECT_EQ(a, b);
    a.index_pegawai();  // the index is made from what is compared
    EXPECT_EQ(a, b);
}

}  // namespace
}  // namespace kinerja
