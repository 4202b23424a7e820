// The Dokumen Pengukuran Kinerja of one employee (SOP steps 5 and 6: signed, then duplicated):
// the fields its template sees (templates/README.md lists them) and one labelled copy per
// recipient named in instansi.xml's <salinan> (compose/lembar.hpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compose/document.hpp"
#include "compose/fields.hpp"
#include "compose/lembar.hpp"
#include "compose/signatures.hpp"
#include "compose/template.hpp"
#include "load/source.hpp"
#include "model/calendar.hpp"
#include "model/dataset.hpp"
#include "scoring/scoring.hpp"

namespace kinerja::compose {

// Everything one employee's document is made from. The references must outlive compose().
struct PengukuranInput {
    const DataSet& data;         // instansi (salinan, kertas), and the staff the signers are looked up in
    const Pegawai& pegawai;      // the employee assessed, in data.pegawai
    const Skp& skp;              // their SKP for `period`
    const NilaiPrestasi& nilai;  // nilai_prestasi(skp)
    Period period;               // the month assessed
    Date tanggal;                // signing date printed above the signatures
    const doc::ImageData* logo = nullptr;      // the office logo (PNG or JPEG) when there is one
    const Signatures* signatures = nullptr;    // nullptr = nobody has a scanned signature; printed
                                               // only under instansi.tanda_tangan_pindaian
};

class PengukuranTemplate {
public:
    // The shipped template's file name, in templates/ (and in DATA_DIR/templates/ to override).
    static constexpr std::string_view file_name = "pengukuran-kinerja.xml";

    // The fields and lists a pengukuran template may use.
    static const Schema& schema();

    // Reads and checks a template (see Template::load): every problem reported as
    // `FILE:LINE: field: message`, nullopt when there was any. Done once per run.
    static std::optional<PengukuranTemplate> load(std::string_view bytes, const std::string& file,
                                                  Diagnostics& diags);

    // The values of one copy, for schema(). `P.ttd` of each signer (pegawai, penilai,
    // atasan_penilai) as fill_ttd gives it (compose/signatures.hpp).
    static Record record(const PengukuranInput& input, const Lembar& lembar);

    // One copy: page size from instansi.kertas, PageSetup::label = lembar_label(lembar), the
    // logo (id "logo") and the signers' scanned signatures (add_signature_images) in
    // Document::images, sorted by id.
    // Safe to call from several threads at once.
    doc::Document compose(const PengukuranInput& input, const Lembar& lembar) const;

    // Every copy of lembar_list(input.data.instansi), in order: each what compose gives for its
    // lembar (composed once and relabelled when the template reads nothing of the lembar).
    std::vector<doc::Document> compose_copies(const PengukuranInput& input) const;

private:
    explicit PengukuranTemplate(Template t) : template_(std::move(t)) {}
    Template template_;
};

}  // namespace kinerja::compose
