// Reading XML inputs: pugixml stays inside load/. Line numbers come from byte offsets,
// converted once here.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "load/records.hpp"
#include "load/source.hpp"

namespace kinerja {

// How an attribute's value is taken: trimmed, or with every run of spaces, tabs and line ends
// inside also turned into one space (normalize_space).
enum class Spacing { trimmed, normalized };

// Maps byte offsets of one document to 1-based line numbers.
class LineIndex {
public:
    explicit LineIndex(std::string_view text);
    // 1-based line of a byte offset (lines end at LF, CRLF or a lone CR); an offset past the
    // end is the line of the last byte; a negative offset (unknown) gives 0.
    int line_of(std::ptrdiff_t offset) const;

private:
    std::vector<std::size_t> line_starts_;  // offset of the first byte of each line, ascending
    std::size_t size_ = 0;                  // bytes in the text
};

// One XML input file, decoded to UTF-8 and parsed. Malformed XML, an unsupported encoding,
// more than one top-level element and a top-level element other than the expected one are
// reported (field "xml"); ok() is then false. So is a document beyond load/limits.hpp (too many
// tags or attributes, nesting too deep, a value too long): refused whole, with one message.
class XmlInput {
public:
    XmlInput(std::string_view bytes, std::string file, std::string_view root_name,
             Diagnostics& diags);
    XmlInput(const XmlInput&) = delete;
    XmlInput& operator=(const XmlInput&) = delete;

    bool ok() const { return ok_; }               // root() is the expected element
    pugi::xml_node root() const { return root_; }  // null unless ok()
    const std::string& file() const { return file_; }
    SourceLoc loc(pugi::xml_node node) const;      // file and line of an element

    // The fields of a record: an attribute's value ("" when absent) as xml_attr or
    // normalize_space gives it, and an element's text as xml_text gives it, `field` naming it.
    // Checked by check_field (field_text.hpp) at the element's place: a control character is
    // noted in `refused`.
    std::string attr(pugi::xml_node node, const char* name, RefusedFields& refused,
                     Spacing spacing = Spacing::trimmed) const;
    std::string text(pugi::xml_node node, std::string_view field, RefusedFields& refused) const;

private:
    bool within_limits(pugi::xml_node root, Diagnostics& diags) const;

    std::string file_;        // as given, used in every SourceLoc
    std::string text_;        // the UTF-8 text pugixml parsed; offsets refer to it
    LineIndex lines_;         // over text_
    pugi::xml_document doc_;
    pugi::xml_node root_;
    bool ok_ = false;
};

// Trims spaces, tabs and line ends, and turns every run of them inside into one space.
std::string normalize_space(std::string_view text);

// An attribute's value, trimmed; "" when absent.
std::string xml_attr(pugi::xml_node node, const char* name);

// The text directly inside an element (its text and CDATA children joined), whitespace
// normalised as by normalize_space.
std::string xml_text(pugi::xml_node node);

// Reports attributes and child elements of `node` whose names are not listed (a typo such as
// nip_atasan for nip-atasan would otherwise be silently ignored).
void report_unknown(const XmlInput& in, pugi::xml_node node, const std::vector<std::string_view>& attributes,
                    const std::vector<std::string_view>& children, Diagnostics& diags);

}  // namespace kinerja
