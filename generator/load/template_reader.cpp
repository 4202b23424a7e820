#include "load/template_reader.hpp"

#include "load/xml_reader.hpp"

namespace kinerja {

namespace {

TemplateNode convert(const XmlInput& in, pugi::xml_node node) {
    TemplateNode out;
    out.element = node.name();
    out.line = in.loc(node).line;
    for (pugi::xml_attribute a : node.attributes()) {
        out.attributes.push_back(TemplateAttribute{a.name(), a.value()});
    }
    for (pugi::xml_node child : node.children()) {
        switch (child.type()) {
            case pugi::node_element:
                out.children.push_back(convert(in, child));
                break;
            case pugi::node_pcdata:
            case pugi::node_cdata: {
                TemplateNode text;
                text.line = in.loc(child).line;
                text.text = child.value();
                out.children.push_back(std::move(text));
                break;
            }
            default:
                break;  // comments, processing instructions
        }
    }
    return out;
}

}  // namespace

std::optional<TemplateNode> read_template_xml(std::string_view bytes, const std::string& file,
                                              std::string_view root, Diagnostics& diags) {
    const XmlInput in(bytes, file, root, diags);
    if (!in.ok()) return std::nullopt;
    return convert(in, in.root());
}

}  // namespace kinerja
