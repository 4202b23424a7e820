// What the XML record readers share: an element's attributes listed once, in a table that says
// which field each fills (the same table names the attributes report_unknown accepts), and the
// report of a child element written more than once.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "load/xml_reader.hpp"

namespace kinerja {

// An attribute of an element (or a child element whose text is read) and the field it fills.
template <class Record, class Value = std::string>
struct XmlField {
    const char* name;
    Value Record::*field;
};

template <class Record, std::size_t N, class Value = std::string>
using XmlFields = std::array<XmlField<Record, Value>, N>;

// The names of `fields`, for report_unknown.
template <class Record, std::size_t N, class Value>
std::vector<std::string_view> names_of(const XmlFields<Record, N, Value>& fields) {
    std::vector<std::string_view> names;
    for (const XmlField<Record, Value>& f : fields) names.push_back(f.name);
    return names;
}

// Each of `fields` from its attribute of `node`, in order.
template <class Record, std::size_t N>
void read_attributes(const XmlInput& in, pugi::xml_node node, const XmlFields<Record, N>& fields, Record& rec,
                     Spacing spacing = Spacing::trimmed) {
    for (const XmlField<Record>& f : fields) rec.*f.field = in.attr(node, f.name, rec.refused, spacing);
}

// Reports a child element that appears more than once where only one is read.
inline void report_repeats(const XmlInput& in, pugi::xml_node node, const char* child_name,
                           Diagnostics& diags) {
    bool seen = false;
    for (pugi::xml_node child : node.children(child_name)) {
        if (seen) {
            diags.add(in.loc(child), "xml",
                      "elemen <" + std::string(child_name) +
                          "> muncul lebih dari sekali; yang pertama yang dipakai");
        }
        seen = true;
    }
}

}  // namespace kinerja
