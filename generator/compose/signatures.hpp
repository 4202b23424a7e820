// Scanned signatures, one rule for every document and every copy: when instansi.xml says
// <tanda-tangan pindaian="ya">, each signer's DATA_DIR/ttd/<NIP>.png or .jpg (when there is one) goes
// into every signature space of theirs, in the formulir and in every copy of the pengukuran;
// otherwise (the default) no scan is printed anywhere and the space is left for a wet signature.
#pragma once

#include <initializer_list>
#include <map>
#include <string>

#include "compose/common_fields.hpp"
#include "compose/document.hpp"
#include "model/dataset.hpp"

namespace kinerja::compose {

// Scanned signatures (DATA_DIR/ttd/<NIP>.png or .jpg, checked by the caller), by NIP digits.
using Signatures = std::map<std::string, doc::ImageData>;

// The signers of one employee's documents: the employee, the pejabat penilai and the
// penilai's atasan (the atasan pejabat penilai).
struct Signers {
    const Pegawai* pegawai;  // never nullptr
    const Pegawai* penilai;  // nullptr: outside the office (the pimpinan's)
    const Pegawai* atasan;   // nullptr: outside the office, or no penilai
};

// The signers of `pegawai`'s documents, looked up in data.pegawai.
Signers signers_of(const DataSet& data, const Pegawai& pegawai);

// The id a signer's scanned signature has in Document::images: "ttd-" + NIP digits.
std::string signature_image_id(const Nip& nip);

// The scan printed for `signer`: nullptr when instansi.tanda_tangan_pindaian is off, when there
// is no signer (nullptr) or when `signatures` (nullptr = none) holds none of theirs.
const doc::ImageData* scanned_signature(const Instansi& instansi, const Signatures* signatures,
                                        const Pegawai* signer);

// P.ttd of `f` (PersonFields with the ttd option): signature_image_id of the signer when
// scanned_signature gives one, else "".
void fill_ttd(Record& r, const PersonFields& f, const Instansi& instansi, const Signatures* signatures,
              const Pegawai* signer);

// Adds the scan of every signer that has one (scanned_signature) to d.images, once each, and
// sorts d.images by id.
void add_signature_images(doc::Document& d, const Instansi& instansi, const Signatures* signatures,
                          std::initializer_list<const Pegawai*> signers);

}  // namespace kinerja::compose
