// The Evaluasi Kinerja Pegawai of the 2022 regime (PermenPANRB 6/2022, DESIGN 8.4 "Evaluasi"):
// one employee's evaluation for a month, a quarter or the year, from
// templates/evaluasi-2022.xml (the fields it sees: templates/README.md).
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
#include "model/regime2022.hpp"
#include "scoring/scoring2022.hpp"

namespace kinerja::compose {

// Everything one Evaluasi is made from. The references must outlive the call to compose().
struct Evaluasi2022Input {
    const DataSet& data;           // instansi (kertas, tempat), and the staff the signers are looked up in
    const Pegawai& pegawai;        // the employee, in data.pegawai; penilai = their atasan
    const Skp2022& skp;            // their plan for the evaluation's year
    const Evaluasi& evaluasi;      // the penilaian and its realisasi
    const HasilEvaluasi& hasil;    // hasil_evaluasi(regulasi, evaluasi, pegawai, capaian)
    const Regulasi2022& regulasi;  // the perilaku rows' names and panduan, and the pola
    std::optional<CapaianOrganisasi> capaian;  // of the evaluation's periode; none: all five print
    Date tanggal;                  // signing date printed above the penilai's signature
    const doc::ImageData* logo = nullptr;    // the office logo, for a template with <kop/>
    const Signatures* signatures = nullptr;  // as PengukuranInput::signatures
};

class Evaluasi2022Template {
public:
    // The shipped template's file name, in templates/ (and in DATA_DIR/templates/ to override).
    static constexpr std::string_view file_name = "evaluasi-2022.xml";

    // The fields and lists an Evaluasi template may use.
    static const Schema& schema();

    // Reads and checks a template (see Template::load): every problem reported as
    // `FILE:LINE: field: message`, nullopt when there was any. Done once per run.
    static std::optional<Evaluasi2022Template> load(std::string_view bytes, const std::string& file,
                                                    Diagnostics& diags);

    // The values of one Evaluasi, for schema().
    static Record record(const Evaluasi2022Input& input);

    // The Evaluasi: page size from instansi.kertas, the logo (id "logo") and the signers'
    // scanned signatures in Document::images, sorted by id. Safe to call from several threads
    // at once.
    doc::Document compose(const Evaluasi2022Input& input) const;

private:
    explicit Evaluasi2022Template(Template t) : template_(std::move(t)) {}
    Template template_;
};

}  // namespace kinerja::compose
