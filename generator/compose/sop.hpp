// The SOP document (Permendagri 52/2011): the identity page(s), made from a template
// (templates/sop-identitas.xml, fields listed in templates/README.md), and the flowchart pages,
// made in code around one doc::Flowchart block. The two parts differ in page orientation, so
// they are two Documents: batch lays out both and puts the flowchart pages after the identity
// pages (layout::append_pages). Each part numbers its own pages ("Halaman 1 dari 2" on the
// flowchart counts flowchart pages only).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "compose/document.hpp"
#include "compose/fields.hpp"
#include "compose/template.hpp"
#include "load/source.hpp"
#include "model/dataset.hpp"

namespace kinerja::compose {

// Everything one SOP document is made from. The references must outlive the call to compose().
struct SopInput {
    const DataSet& data;                   // instansi, and the staff the signer is looked up in
    const Sop& sop;                        // the SOP, checked by the model
    const doc::ImageData* logo = nullptr;  // the office logo (PNG or JPEG) when there is one
};

// The two parts of one SOP document.
struct SopDocuments {
    doc::Document identitas;   // identity page(s): paper of instansi.kertas, orientation as the template says
    doc::Document bagan_alir;  // flowchart pages: the same paper, always landscape; same metadata
};

class SopTemplate {
public:
    // The shipped template's file name, in templates/ (and in DATA_DIR/templates/ to override).
    static constexpr std::string_view file_name = "sop-identitas.xml";

    // The fields and lists an SOP identity template may use.
    static const Schema& schema();

    // Reads and checks a template (see Template::load): every problem reported as
    // `FILE:LINE: field: message`, nullopt when there was any. Done once per run.
    static std::optional<SopTemplate> load(std::string_view bytes, const std::string& file,
                                           Diagnostics& diags);

    // The values of one SOP's identity page, for schema().
    static Record record(const SopInput& input);

    // Both parts of one SOP: the logo (id "logo") in the identity document's images when given.
    // Safe to call from several threads at once.
    SopDocuments compose(const SopInput& input) const;

private:
    explicit SopTemplate(Template t) : template_(std::move(t)) {}
    Template template_;
};

// The flowchart block of an SOP: one lane heading per Sop::lanes entry, one step per Langkah
// (kelengkapan split at ";" into list items, waktu as Waktu::str(), ya/tidak kept).
doc::Flowchart flowchart(const Sop& sop);

// The flowchart part: landscape pages of `kertas`, the title "SOP : NAMA" (nama upper case) and
// the flowchart block; footer "NOMOR — Bagan Alir — Halaman x dari y". Metadata left empty.
doc::Document bagan_alir_document(const Sop& sop, Kertas kertas);

}  // namespace kinerja::compose
