// Document templates: an XML description of a document (templates/README.md) checked against
// the fields a document type offers (a Schema) when it is loaded, compiled once, then applied
// to one record after another. Applying is cheap: fields are resolved to indexes at load time.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "compose/document.hpp"
#include "compose/fields.hpp"
#include "load/source.hpp"
#include "load/template_reader.hpp"
#include "model/dataset.hpp"

namespace kinerja::compose {

namespace program {
struct Program;  // the compiled template (compose/template_program.hpp)
}

// Page width and height in points for the office's paper, portrait or landscape.
doc::PageSetup page_setup(Kertas kertas, bool landscape);

class Template {
public:
    // Reads the template's bytes (`file` is the name used in messages, e.g.
    // "templates/formulir-kinerja.xml") and checks every element, attribute, field and
    // formatter against `schema`. Every problem is reported as `FILE:LINE: field: message`;
    // the result is nullopt when there was any.
    static std::optional<Template> load(std::string_view bytes, const std::string& file,
                                        const Schema& schema, Diagnostics& diags);
    // The same from a tree already read.
    static std::optional<Template> compile(const TemplateNode& root, const std::string& file,
                                           const Schema& schema, Diagnostics& diags);

    // The document for one record of the schema the template was loaded with; the page size
    // from `kertas`. Safe to call from several threads at once.
    doc::Document apply(const Record& record, Kertas kertas) const;

    const std::string& file() const;  // as given to load

    // Whether apply reads the record's field `index` (Record::values) anywhere: body, footer,
    // metadata, conditions. Two records that differ only in fields it does not read give the
    // same document.
    bool reads_field(int index) const;

private:
    explicit Template(std::shared_ptr<const program::Program> program);
    std::shared_ptr<const program::Program> program_;  // never null, immutable
};

}  // namespace kinerja::compose
