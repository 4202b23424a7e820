#include "model/dataset.hpp"

namespace kinerja {

std::string Pegawai::nama_lengkap() const {
    std::string out;
    if (!gelar_depan.empty()) out += gelar_depan + " ";
    out += nama;
    if (!gelar_belakang.empty()) out += ", " + gelar_belakang;
    return out;
}

const Pegawai* DataSet::find_pegawai(const Nip& nip) const {
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
