// libFuzzer target: the template parser (load/template_reader) and the formulir template's
// check and compile against its schema (compose's Template::load).
#include <cstddef>
#include <cstdint>

#include "compose/formulir.hpp"
#include "fuzz_support.hpp"
#include "load/template_reader.hpp"

using namespace kinerja;

namespace {

void check_tree(const TemplateNode& node, int max_line) {
    fuzz::require(node.line >= 1 && node.line <= max_line, "baris simpul templat di luar berkas");
    if (node.is_text()) {
        fuzz::check_text(node.text, "teks templat");
        fuzz::require(node.children.empty() && node.attributes.empty(), "simpul teks beranak");
        return;
    }
    fuzz::check_text(node.element, "nama elemen templat");
    for (const TemplateAttribute& a : node.attributes) {
        fuzz::check_text(a.name, "nama atribut templat");
        fuzz::check_text(a.value, "nilai atribut templat");
    }
    for (const TemplateNode& child : node.children) check_tree(child, max_line);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes = fuzz::as_text(data, size);
    const int max_line = fuzz::line_count(bytes);
    const std::string file = "templates/formulir-kinerja.xml";
    {
        Diagnostics diags;
        if (const auto root = read_template_xml(bytes, file, "template", diags)) check_tree(*root, max_line);
        fuzz::check_diagnostics(diags, max_line);
    }
    Diagnostics diags;
    const auto formulir = compose::FormulirTemplate::load(bytes, file, diags);
    fuzz::require(formulir.has_value() == diags.empty(), "templat ditolak tanpa pesan, atau diterima dengan pesan");
    fuzz::check_diagnostics(diags, max_line);
    return 0;
}
