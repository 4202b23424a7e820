// The formulir kinerja (Perka BKN 1/2013 penilaian prestasi kerja) of one employee: the
// fields its template sees (templates/README.md lists them) and the document for one record.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "compose/document.hpp"
#include "compose/fields.hpp"
#include "compose/signatures.hpp"
#include "compose/template.hpp"
#include "load/source.hpp"
#include "model/calendar.hpp"
#include "model/dataset.hpp"
#include "scoring/scoring.hpp"

namespace kinerja::compose {

// Everything one formulir is made from. The references must outlive the call to compose().
struct FormulirInput {
    const DataSet& data;         // instansi, and the staff list the penilai is looked up in
    const Pegawai& pegawai;      // the employee assessed, in data.pegawai
    const Skp& skp;              // their SKP for `period`
    const NilaiPrestasi& nilai;  // nilai_prestasi(skp)
    Period period;               // the month assessed
    Date tanggal;                // signing date printed on the form
    const doc::ImageData* logo = nullptr;  // the office logo (PNG or JPEG) when there is one
    const Signatures* signatures = nullptr;  // nullptr = nobody has a scanned signature; printed
                                             // only under instansi.tanda_tangan_pindaian
};

class FormulirTemplate {
public:
    // The shipped template's file name, in templates/ (and in DATA_DIR/templates/ to override).
    static constexpr std::string_view file_name = "formulir-kinerja.xml";

    // The fields and lists a formulir template may use.
    static const Schema& schema();

    // Reads and checks a template (see Template::load): every problem reported as
    // `FILE:LINE: field: message`, nullopt when there was any. Done once per run.
    static std::optional<FormulirTemplate> load(std::string_view bytes, const std::string& file,
                                                Diagnostics& diags);

    // The values of one formulir, for schema(). `P.ttd` of each signer (pegawai, penilai,
    // atasan_penilai) as fill_ttd gives it (compose/signatures.hpp).
    static Record record(const FormulirInput& input);

    // The formulir of one employee: page size from instansi.kertas, the logo (id "logo") and
    // the signers' scanned signatures (add_signature_images) in Document::images, sorted by id.
    // Safe to call from several threads at once.
    doc::Document compose(const FormulirInput& input) const;

private:
    explicit FormulirTemplate(Template t) : template_(std::move(t)) {}
    Template template_;
};

}  // namespace kinerja::compose
