#include "load/xml_reader.hpp"

#include <algorithm>
#include <cstdint>

#include "load/field_text.hpp"
#include "load/limits.hpp"
#include "load/text_encoding.hpp"

namespace kinerja {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

// The encoding named in the XML declaration, lower-cased; "" when there is none.
std::string declared_encoding(std::string_view text) {
    if (text.substr(0, 5) != "<?xml") return "";
    const std::size_t end = text.find("?>");
    if (end == std::string_view::npos) return "";
    const std::string_view decl = text.substr(0, end);
    const std::size_t key = decl.find("encoding");
    if (key == std::string_view::npos) return "";
    std::size_t p = key + 8;
    while (p < decl.size() && (is_space(decl[p]) || decl[p] == '=')) ++p;
    if (p >= decl.size() || (decl[p] != '"' && decl[p] != '\'')) return "";
    const char quote = decl[p];
    const std::size_t close = decl.find(quote, p + 1);
    if (close == std::string_view::npos) return "";
    return ascii_lower(decl.substr(p + 1, close - p - 1));
}

bool is_latin_name(const std::string& enc) {
    return enc == "windows-1252" || enc == "cp1252" || enc == "iso-8859-1" || enc == "iso8859-1" ||
           enc == "latin1" || enc == "latin-1" || enc == "l1";
}

bool is_utf8_name(const std::string& enc) {
    return enc.empty() || enc == "utf-8" || enc == "utf8" || enc == "us-ascii" || enc == "ascii";
}

// The name that starts at `offset` (for a mismatched end tag), quotable in a message.
std::string name_at(std::string_view text, std::ptrdiff_t offset) {
    const auto begin = static_cast<std::size_t>(std::max<std::ptrdiff_t>(offset, 0));
    if (begin >= text.size()) return "";
    std::size_t end = begin;
    while (end < text.size()) {
        const char c = text[end];
        if (c == '>' || c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '<' || c == '/') break;
        ++end;
    }
    return message_excerpt(text.substr(begin, end - begin), 40);
}

std::string parse_error_message(const pugi::xml_parse_result& result, std::string_view text) {
    const std::string prefix = "XML tidak valid: ";
    switch (result.status) {
        case pugi::status_ok: return "";
        case pugi::status_file_not_found: return prefix + "berkas tidak ditemukan";
        case pugi::status_io_error: return prefix + "berkas tidak dapat dibaca";
        case pugi::status_out_of_memory: return prefix + "memori tidak cukup untuk membaca berkas";
        case pugi::status_internal_error: return prefix + "kesalahan internal pembaca XML";
        case pugi::status_unrecognized_tag: return prefix + "tag tidak dikenali";
        case pugi::status_bad_pi: return prefix + "deklarasi atau instruksi <?...?> rusak";
        case pugi::status_bad_comment: return prefix + "komentar <!-- --> rusak";
        case pugi::status_bad_cdata: return prefix + "bagian CDATA rusak";
        case pugi::status_bad_doctype: return prefix + "deklarasi DOCTYPE rusak";
        case pugi::status_bad_pcdata: return prefix + "teks di dalam elemen rusak";
        case pugi::status_bad_start_element: return prefix + "tag pembuka rusak";
        case pugi::status_bad_attribute: return prefix + "atribut rusak";
        case pugi::status_bad_end_element: return prefix + "tag penutup rusak";
        case pugi::status_end_element_mismatch: {
            // Either an end tag names another element (the offset is at its name, after "</"),
            // or the text ended with elements still open (the offset is at the last byte).
            const auto at = static_cast<std::size_t>(std::max<std::ptrdiff_t>(result.offset, 0));
            if (at >= 2 && at <= text.size() && text.substr(at - 2, 2) == "</") {
                const std::string name = name_at(text, result.offset);
                if (!name.empty()) {
                    return prefix + "tag penutup </" + name + "> tidak cocok dengan tag pembukanya";
                }
            }
            return prefix + "tag tidak ditutup";
        }
        case pugi::status_append_invalid_root: return prefix + "kesalahan internal pembaca XML";
        case pugi::status_no_document_element: return prefix + "tidak ada elemen sama sekali";
    }
    return prefix + "kesalahan tidak dikenal";
}

// Why a document is refused before parsing (limits::max_xml_tags, max_xml_attributes: every
// element and text node costs pugixml a node), or "".
std::string size_problem(std::string_view text) {
    const auto tags = static_cast<std::size_t>(std::count(text.begin(), text.end(), '<'));
    const auto equals = static_cast<std::size_t>(std::count(text.begin(), text.end(), '='));
    if (tags > limits::max_xml_tags) {
        return "berkas terlalu besar: lebih dari " + limits::grouped(limits::max_xml_tags) +
               " tag; berkas tidak dibaca";
    }
    if (equals > limits::max_xml_attributes) {
        return "berkas terlalu besar: lebih dari " + limits::grouped(limits::max_xml_attributes) +
               " atribut; berkas tidak dibaca";
    }
    return "";
}

// A character XML allows (its Char production): pugixml would write any number it reads,
// surrogates and values past U+10FFFF as invalid UTF-8, and &#0; as the end of the value.
bool is_xml_char(std::uint32_t cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
           (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

// The offset of the first character reference (&#N; or &#xH;) that names no XML character,
// outside comments and CDATA sections; npos when there is none. `ref` gets its text.
std::size_t bad_char_ref(std::string_view text, std::string& ref) {
    std::size_t i = 0;
    while ((i = text.find_first_of("<&", i)) != std::string_view::npos) {
        if (text.compare(i, 4, "<!--") == 0) {
            const std::size_t end = text.find("-->", i + 4);
            if (end == std::string_view::npos) return std::string_view::npos;
            i = end + 3;
            continue;
        }
        if (text.compare(i, 9, "<![CDATA[") == 0) {
            const std::size_t end = text.find("]]>", i + 9);
            if (end == std::string_view::npos) return std::string_view::npos;
            i = end + 3;
            continue;
        }
        if (text.compare(i, 2, "&#") != 0) {
            ++i;
            continue;
        }
        const bool hex = i + 2 < text.size() && text[i + 2] == 'x';
        std::size_t j = i + (hex ? 3 : 2);
        std::uint32_t cp = 0;
        bool digits = false, huge = false;
        for (; j < text.size(); ++j) {
            const char c = text[j];
            int d = -1;
            if (c >= '0' && c <= '9') d = c - '0';
            else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
            else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
            if (d < 0) break;
            digits = true;
            if (!huge) cp = cp * (hex ? 16u : 10u) + static_cast<std::uint32_t>(d);
            if (cp > 0x10FFFF) huge = true;
        }
        // Without digits or the closing ';' it is not a reference: pugixml keeps it as text.
        if (digits && j < text.size() && text[j] == ';' && (huge || !is_xml_char(cp))) {
            ref = message_excerpt(text.substr(i, j + 1 - i), 20);
            return i;
        }
        i = j;
    }
    return std::string_view::npos;
}

// Decoded text for pugixml, or a message when the encoding cannot be read.
std::string decode_xml(std::string_view bytes, std::string& problem) {
    if (looks_like_utf16(bytes)) {
        problem = "berkas tersimpan sebagai UTF-16; simpan ulang sebagai UTF-8";
        return "";
    }
    constexpr std::string_view bom = "\xEF\xBB\xBF";
    std::string_view body = bytes;
    if (body.substr(0, bom.size()) == bom) body.remove_prefix(bom.size());
    const std::string enc = declared_encoding(body);
    if (is_latin_name(enc)) return windows1252_to_utf8(body);
    if (!is_utf8_name(enc)) {
        problem = "XML tidak valid: pengodean \"" + message_excerpt(enc, 40) +
                  "\" tidak didukung (gunakan UTF-8)";
        return "";
    }
    return decode_text(body).utf8;
}

}  // namespace

LineIndex::LineIndex(std::string_view text) : size_(text.size()) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n' || (c == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
            line_starts_.push_back(i + 1);
        }
    }
}

int LineIndex::line_of(std::ptrdiff_t offset) const {
    if (offset < 0) return 0;
    auto at = static_cast<std::size_t>(offset);
    if (at >= size_) at = size_ == 0 ? 0 : size_ - 1;
    const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), at);
    return static_cast<int>(it - line_starts_.begin());
}

XmlInput::XmlInput(std::string_view bytes, std::string file, std::string_view root_name,
                   Diagnostics& diags)
    : file_(std::move(file)), text_(), lines_("") {
    std::string problem;
    text_ = decode_xml(bytes, problem);
    if (!problem.empty()) {
        diags.add_file_problem(file_, 1, "xml", problem);
        return;
    }
    lines_ = LineIndex(text_);
    if (const std::string too_big = size_problem(text_); !too_big.empty()) {
        diags.add_file_problem(file_, 1, "xml", too_big);
        return;
    }
    std::string ref;
    if (const std::size_t at = bad_char_ref(text_, ref); at != std::string_view::npos) {
        diags.add_file_problem(file_, lines_.line_of(static_cast<std::ptrdiff_t>(at)), "xml",
                  "XML tidak valid: rujukan karakter " + ref + " bukan karakter yang sah");
        return;
    }
    // parse_default: CDATA, the predefined and numeric entities, line ends normalised. DOCTYPE
    // is skipped and entities it declares are left unexpanded; pugixml loads nothing external.
    const pugi::xml_parse_result result =
        doc_.load_buffer(text_.data(), text_.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!result) {
        diags.add_file_problem(file_, lines_.line_of(result.offset), "xml", parse_error_message(result, text_));
        return;
    }
    pugi::xml_node first;
    for (pugi::xml_node child : doc_.children()) {
        if (child.type() != pugi::node_element) continue;
        if (first) {
            diags.add_file_problem(loc(child), "xml", "XML tidak valid: lebih dari satu elemen utama");
            return;
        }
        first = child;
    }
    if (!first) {
        diags.add_file_problem(file_, 1, "xml", "XML tidak valid: tidak ada elemen sama sekali");
        return;
    }
    if (first.name() != root_name) {
        diags.add_file_problem(loc(first), "xml",
                  "elemen utama harus <" + std::string(root_name) + ">, bukan <" + first.name() + ">");
        return;
    }
    if (!within_limits(first, diags)) return;
    root_ = first;
    ok_ = true;
}

// Walks the tree without recursion (its depth is what is being checked).
bool XmlInput::within_limits(pugi::xml_node root, Diagnostics& diags) const {
    const std::string too_long =
        "lebih dari " + limits::grouped(limits::max_value_bytes) + " karakter; berkas tidak dibaca";
    std::size_t depth = 1;
    pugi::xml_node node = root;
    while (node) {
        if (node.type() == pugi::node_element) {
            if (depth > limits::max_xml_depth) {
                diags.add_file_problem(loc(node), "xml",
                          "elemen bersarang lebih dari " + std::to_string(limits::max_xml_depth) +
                              " tingkat; berkas tidak dibaca");
                return false;
            }
            for (pugi::xml_attribute a : node.attributes()) {
                const std::string_view value = a.value();
                if (value.size() > limits::max_value_bytes) {
                    diags.add_file_problem(loc(node), a.name(), "nilai atribut " + too_long);
                    return false;
                }
                if (!is_valid_utf8(value)) {  // bad_char_ref has ruled this out; kept as a net
                    diags.add_file_problem(loc(node), a.name(), "XML tidak valid: nilai atribut bukan UTF-8");
                    return false;
                }
            }
        } else {
            const std::string_view value = node.value();
            const std::string parent = node.parent().name();
            if (value.size() > limits::max_value_bytes) {
                diags.add_file_problem(loc(node.parent()), "xml", "teks di dalam <" + parent + "> " + too_long);
                return false;
            }
            if (!is_valid_utf8(value)) {
                diags.add_file_problem(loc(node.parent()), "xml", "XML tidak valid: teks di dalam <" + parent + "> bukan UTF-8");
                return false;
            }
        }
        if (node.first_child()) {
            node = node.first_child();
            ++depth;
            continue;
        }
        while (node && node != root && !node.next_sibling()) {
            node = node.parent();
            --depth;
        }
        if (!node || node == root) break;
        node = node.next_sibling();
    }
    return true;
}

SourceLoc XmlInput::loc(pugi::xml_node node) const {
    return SourceLoc{file_, lines_.line_of(node.offset_debug())};
}

std::string XmlInput::attr(pugi::xml_node node, const char* name, RefusedFields& refused,
                           Spacing spacing) const {
    std::string value = spacing == Spacing::trimmed ? xml_attr(node, name)
                                                    : normalize_space(node.attribute(name).value());
    check_field(file_, lines_.line_of(node.offset_debug()), name, value, refused);
    return value;
}

std::string XmlInput::text(pugi::xml_node node, std::string_view field, RefusedFields& refused) const {
    std::string value = xml_text(node);
    check_field(file_, lines_.line_of(node.offset_debug()), field, value, refused);
    return value;
}

std::string normalize_space(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool gap = false;
    for (char c : text) {
        if (is_space(c)) {
            gap = true;
            continue;
        }
        if (gap && !out.empty()) out.push_back(' ');
        gap = false;
        out.push_back(c);
    }
    return out;
}

std::string xml_attr(pugi::xml_node node, const char* name) {
    const std::string_view value = node.attribute(name).value();
    std::size_t b = 0;
    std::size_t e = value.size();
    while (b < e && is_space(value[b])) ++b;
    while (e > b && is_space(value[e - 1])) --e;
    return std::string(value.substr(b, e - b));
}

std::string xml_text(pugi::xml_node node) {
    std::string joined;
    for (pugi::xml_node child : node.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
            joined += child.value();
        }
    }
    return normalize_space(joined);
}

void report_unknown(const XmlInput& in, pugi::xml_node node, const std::vector<std::string_view>& attributes,
                    const std::vector<std::string_view>& children, Diagnostics& diags) {
    const std::string element = node.name();
    for (pugi::xml_attribute a : node.attributes()) {
        if (std::find(attributes.begin(), attributes.end(), a.name()) != attributes.end()) continue;
        diags.add(in.loc(node), a.name(), "atribut tidak dikenal pada <" + element + ">");
    }
    for (pugi::xml_node child : node.children()) {
        if (child.type() != pugi::node_element) continue;
        if (std::find(children.begin(), children.end(), child.name()) != children.end()) continue;
        diags.add(in.loc(child), "xml",
                  "elemen <" + std::string(child.name()) + "> tidak dikenal di dalam <" + element + ">");
    }
}

}  // namespace kinerja
