#include "model/dataset.hpp"

#include <algorithm>

namespace kinerja {

std::string_view nasib_akhir_text(NasibAkhir n) {
    switch (n) {
        case NasibAkhir::musnah:
            return "Musnah";
        case NasibAkhir::permanen:
            return "Permanen";
        case NasibAkhir::dinilai_kembali:
            return "Dinilai Kembali";
    }
    return "Musnah";
}

std::optional<NasibAkhir> parse_nasib_akhir(std::string_view text) {
    for (NasibAkhir n : {NasibAkhir::musnah, NasibAkhir::permanen, NasibAkhir::dinilai_kembali}) {
        if (nasib_akhir_text(n) == text) return n;
    }
    return std::nullopt;
}

bool Pegawai::is_unusable(std::string_view field) const {
    return std::find(unusable.begin(), unusable.end(), field) != unusable.end();
}

std::string_view sisi_cetak_text(SisiCetak s) { return s == SisiCetak::satu ? "satu" : "dua"; }

std::optional<SisiCetak> parse_sisi_cetak(std::string_view text) {
    for (SisiCetak s : {SisiCetak::dua, SisiCetak::satu}) {
        if (sisi_cetak_text(s) == text) return s;
    }
    return std::nullopt;
}

std::string Pegawai::nama_lengkap() const {
    std::string out;
    if (!gelar_depan.empty()) out += gelar_depan + " ";
    out += nama;
    if (!gelar_belakang.empty()) out += ", " + gelar_belakang;
    return out;
}

void DataSet::index_pegawai() {
    pegawai_index.place.clear();
    pegawai_index.place.reserve(pegawai.size());
    for (std::size_t i = 0; i < pegawai.size(); ++i) pegawai_index.place.try_emplace(pegawai[i].nip.digits, i);
}

const Pegawai* DataSet::find_pegawai(const Nip& nip) const {
    if (!pegawai_index.place.empty() && pegawai_index.place.size() == pegawai.size()) {
        const auto found = pegawai_index.place.find(nip.digits);
        if (found == pegawai_index.place.end()) return nullptr;
        if (found->second < pegawai.size() && pegawai[found->second].nip == nip) return &pegawai[found->second];
    }
    for (const Pegawai& p : pegawai) {
        if (p.nip == nip) return &p;
    }
    return nullptr;
}

const Pegawai* DataSet::atasan_of(const Pegawai& p) const {
    if (!p.nip_atasan) return nullptr;
    return find_pegawai(*p.nip_atasan);
}

}  // namespace kinerja
