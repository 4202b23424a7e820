#include "compose/signatures.hpp"

#include <algorithm>

namespace kinerja::compose {

Signers signers_of(const DataSet& data, const Pegawai& pegawai) {
    const Pegawai* penilai = data.atasan_of(pegawai);
    const Pegawai* atasan = penilai ? data.atasan_of(*penilai) : nullptr;
    return {&pegawai, penilai, atasan};
}

std::string signature_image_id(const Nip& nip) { return "ttd-" + nip.digits; }

const doc::ImageData* scanned_signature(const Instansi& instansi, const Signatures* signatures,
                                        const Pegawai* signer) {
    if (!instansi.tanda_tangan_pindaian || !signatures || !signer) return nullptr;
    auto found = signatures->find(signer->nip.digits);
    return found == signatures->end() ? nullptr : &found->second;
}

void fill_ttd(Record& r, const PersonFields& f, const Instansi& instansi, const Signatures* signatures,
              const Pegawai* signer) {
    if (!signer) return;  // PersonFields::fill left every field of nobody absent
    const bool scanned = scanned_signature(instansi, signatures, signer) != nullptr;
    set(r, f.ttd, scanned ? signature_image_id(signer->nip) : std::string());
}

void add_signature_images(doc::Document& d, const Instansi& instansi, const Signatures* signatures,
                          std::initializer_list<const Pegawai*> signers) {
    for (const Pegawai* p : signers) {
        const doc::ImageData* scan = scanned_signature(instansi, signatures, p);
        if (!scan) continue;
        const std::string id = signature_image_id(p->nip);
        const bool listed = std::any_of(d.images.begin(), d.images.end(),
                                        [&](const auto& image) { return image.first == id; });
        if (!listed) d.images.emplace_back(id, *scan);
    }
    std::sort(d.images.begin(), d.images.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
}

}  // namespace kinerja::compose
