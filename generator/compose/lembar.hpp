// The labelled copies of a signed document (SOP step 6: duplicated after signing): one copy for
// each recipient named in instansi.xml's <salinan>, each marked at the top right of every page
// "Lembar 2 dari 3 — untuk Pejabat Penilai". The Dokumen Pengukuran Kinerja and the Dokumen
// Evaluasi Kinerja Pegawai are copied this way; batch collates the copies (duplex-safe).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "compose/document.hpp"
#include "compose/fields.hpp"
#include "compose/template.hpp"
#include "model/dataset.hpp"

namespace kinerja::compose {

// One copy of the document: which of how many, and for whom.
struct Lembar {
    int nomor = 1;      // 1..jumlah, the copy's place in instansi.salinan
    int jumlah = 1;     // number of copies, >= 1
    std::string untuk;  // the recipient as instansi.xml names it: "Pejabat Penilai"
};

// The copies instansi.xml asks for, in its order.
std::vector<Lembar> lembar_list(const Instansi& instansi);

// The mark printed at the top right of every page of a copy:
// "Lembar 2 dari 3 — untuk Pejabat Penilai".
std::string lembar_label(const Lembar& lembar);

// Indexes of a copy's fields: lembar.nomor, lembar.jumlah, lembar.untuk, lembar.label.
struct LembarFields {
    int nomor, jumlah, untuk, label;

    static LembarFields add(Schema& s);
    void fill(Record& r, const Lembar& lembar) const;
    // Whether `t` shows anything of the copy (then each copy is composed on its own).
    bool read_by(const Template& t) const;
};

// Every copy of lembar_list(instansi), in order: compose_one(lembar) for each, with
// PageSetup::label set to lembar_label(lembar). When the template reads no lembar field
// (`copies_differ` false) the first is composed once and the others are it relabelled.
std::vector<doc::Document> labelled_copies(const Instansi& instansi, bool copies_differ,
                                           const std::function<doc::Document(const Lembar&)>& compose_one);

}  // namespace kinerja::compose
