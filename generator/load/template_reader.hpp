// Document templates (templates/*.xml) as a plain tree of elements and texts with line numbers.
// pugixml stays inside load/: compose checks the tree against what a document offers and
// compiles it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/source.hpp"

namespace kinerja {

struct TemplateAttribute {
    std::string name;   // as written
    std::string value;  // entities resolved; XML has turned line ends inside it into spaces
};

// An element, or (element empty) a run of text between elements.
struct TemplateNode {
    std::string element;                        // element name; empty for a text node
    int line = 0;                               // 1-based: the start tag, or a text's first character
    std::vector<TemplateAttribute> attributes;  // elements only, in document order
    std::string text;                           // text nodes only: entities resolved, line ends "\n"
    std::vector<TemplateNode> children;         // elements only, document order; comments dropped

    bool is_text() const { return element.empty(); }
};

// Reads a template: malformed XML, an unsupported encoding or a top-level element other than
// `root` is reported (field "xml", as for every XML input) and gives nullopt. Text that is only
// whitespace between elements is dropped; CDATA is kept as text.
std::optional<TemplateNode> read_template_xml(std::string_view bytes, const std::string& file,
                                              std::string_view root, Diagnostics& diags);

}  // namespace kinerja
