#include "load/xml_reader.hpp"

#include <algorithm>

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

// The name that starts at `offset` (for a mismatched end tag), at most 60 bytes.
std::string name_at(std::string_view text, std::ptrdiff_t offset) {
    std::string name;
    for (auto i = static_cast<std::size_t>(std::max<std::ptrdiff_t>(offset, 0));
         i < text.size() && name.size() < 60; ++i) {
        const char c = text[i];
        if (c == '>' || c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '<' || c == '/') break;
        name.push_back(c);
    }
    return name;
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
        problem = "XML tidak valid: pengodean \"" + enc + "\" tidak didukung (gunakan UTF-8)";
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
        diags.add(file_, 1, "xml", problem);
        return;
    }
    lines_ = LineIndex(text_);
    // parse_default: CDATA, the predefined and numeric entities, line ends normalised. DOCTYPE
    // is skipped and entities it declares are left unexpanded; pugixml loads nothing external.
    const pugi::xml_parse_result result =
        doc_.load_buffer(text_.data(), text_.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!result) {
        diags.add(file_, lines_.line_of(result.offset), "xml", parse_error_message(result, text_));
        return;
    }
    pugi::xml_node first;
    for (pugi::xml_node child : doc_.children()) {
        if (child.type() != pugi::node_element) continue;
        if (first) {
            diags.add(loc(child), "xml", "XML tidak valid: lebih dari satu elemen utama");
            return;
        }
        first = child;
    }
    if (!first) {
        diags.add(file_, 1, "xml", "XML tidak valid: tidak ada elemen sama sekali");
        return;
    }
    if (first.name() != root_name) {
        diags.add(loc(first), "xml",
                  "elemen utama harus <" + std::string(root_name) + ">, bukan <" + first.name() + ">");
        return;
    }
    root_ = first;
    ok_ = true;
}

SourceLoc XmlInput::loc(pugi::xml_node node) const {
    return SourceLoc{file_, lines_.line_of(node.offset_debug())};
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

void report_unknown(const XmlInput& in, pugi::xml_node node,
                    std::initializer_list<std::string_view> attributes,
                    std::initializer_list<std::string_view> children, Diagnostics& diags) {
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
