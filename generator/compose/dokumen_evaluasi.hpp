// The Dokumen Evaluasi Kinerja Pegawai of the 2022 regime (PermenPANRB 6/2022, DESIGN 8.4
// "Dokumen Evaluasi"): one employee's evaluation for a month, a quarter or the year in five
// blocks, signed by the pegawai and the pejabat penilai kinerja, from
// templates/dokumen-evaluasi-2022.xml (the fields it sees: templates/README.md); one labelled
// copy per recipient named in instansi.xml's <salinan>, exactly as the pengukuran
// (compose/lembar.hpp).
#pragma once

#include <optional>
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
#include "model/regime2022.hpp"
#include "scoring/scoring2022.hpp"

namespace kinerja::compose {

// Everything one Dokumen Evaluasi is made from. The references must outlive compose().
struct DokumenEvaluasiInput {
    const DataSet& data;         // instansi (salinan, kertas, tempat), and the staff the signers are looked up in
    const Pegawai& pegawai;      // the employee, in data.pegawai; the penilai is their atasan
    const Skp2022& skp;          // their plan for the evaluation's year (the pendekatan)
    const Evaluasi& evaluasi;    // the penilaian: periode, catatan
    const HasilEvaluasi& hasil;  // hasil_evaluasi(...) of `evaluasi`: ratings and predikat
    std::optional<CapaianOrganisasi> capaian;  // of the evaluation's periode; none: all five print
    Date tanggal;                              // signing date printed above both signatures
    const doc::ImageData* logo = nullptr;      // the office logo, for a template with <kop/>
    const Signatures* signatures = nullptr;    // as PengukuranInput::signatures
};

class DokumenEvaluasiTemplate {
public:
    // The shipped template's file name, in templates/ (and in DATA_DIR/templates/ to override).
    static constexpr std::string_view file_name = "dokumen-evaluasi-2022.xml";

    // The fields a Dokumen Evaluasi template may use.
    static const Schema& schema();

    // Reads and checks a template (see Template::load): every problem reported as
    // `FILE:LINE: field: message`, nullopt when there was any. Done once per run.
    static std::optional<DokumenEvaluasiTemplate> load(std::string_view bytes, const std::string& file,
                                                       Diagnostics& diags);

    // The values of one copy, for schema(). P.ttd of each signer as fill_ttd gives it.
    static Record record(const DokumenEvaluasiInput& input, const Lembar& lembar);

    // One copy: page size from instansi.kertas, PageSetup::label = lembar_label(lembar), the
    // logo (id "logo") and the signers' scanned signatures in Document::images, sorted by id.
    // Safe to call from several threads at once.
    doc::Document compose(const DokumenEvaluasiInput& input, const Lembar& lembar) const;

    // Every copy of lembar_list(input.data.instansi), in order (labelled_copies).
    std::vector<doc::Document> compose_copies(const DokumenEvaluasiInput& input) const;

private:
    explicit DokumenEvaluasiTemplate(Template t) : template_(std::move(t)) {}
    Template template_;
};

}  // namespace kinerja::compose
