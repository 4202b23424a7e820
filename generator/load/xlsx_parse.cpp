// parse_xlsx of table.hpp: the first sheet of an Office Open XML workbook (ECMA-376 part 1,
// SpreadsheetML), read with Poco::Zip and pugixml. What is read:
//   xl/workbook.xml               the first <sheet> (tab order) and its r:id; date1904
//   xl/_rels/workbook.xml.rels    the parts of that sheet, of the shared strings and of the styles
//   the shared strings            <si> texts (plain <t> or rich-text runs; phonetic runs left out)
//   the styles                    which cell styles (<cellXfs>) show a number as a date
//   the sheet                     <row r> and <c r t s> with <v> or <is>
// Element and attribute names are matched without their namespace prefix. Each part's size is
// checked before it is inflated and while it is, so a small zip cannot unpack into gigabytes.
#include "load/table.hpp"

#include <Poco/Exception.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <map>
#include <optional>
#include <pugixml.hpp>
#include <sstream>

#include "load/limits.hpp"

namespace kinerja {

namespace {

// A workbook that cannot be read; the message says why, in Bahasa Indonesia.
struct Unreadable {
    std::string message;
};

std::string_view local_name(std::string_view name) {
    const std::size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool is(const pugi::xml_node& node, std::string_view name) {
    return node.type() == pugi::node_element && local_name(node.name()) == name;
}

pugi::xml_node child(const pugi::xml_node& parent, std::string_view name) {
    for (pugi::xml_node c : parent.children()) {
        if (is(c, name)) return c;
    }
    return {};
}

// An attribute by its local name: "r:id" answers "id".
std::string_view attr(const pugi::xml_node& node, std::string_view name) {
    for (pugi::xml_attribute a : node.attributes()) {
        if (local_name(a.name()) == name) return a.value();
    }
    return {};
}

// The zip entries of a workbook, read on demand.
class Package {
public:
    explicit Package(std::string_view bytes) : stream_(std::string(bytes)), archive_(stream_) {}

    // The part's XML, parsed; a missing part is an empty document unless `required`.
    pugi::xml_document xml(const std::string& part, bool required) {
        pugi::xml_document doc;
        const auto header = archive_.findHeader(part);
        if (header == archive_.headerEnd()) {
            if (required) throw Unreadable{"bagian " + part + " tidak ada di dalam workbook"};
            return doc;
        }
        if (header->second.getUncompressedSize() > limits::max_xlsx_part_bytes) throw too_large(part);
        stream_.clear();
        Poco::Zip::ZipInputStream in(stream_, header->second);
        std::string text;
        std::string buffer(64 * 1024, '\0');
        while (in) {
            in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
            text.append(buffer.data(), static_cast<std::size_t>(in.gcount()));
            if (text.size() > limits::max_xlsx_part_bytes) throw too_large(part);
        }
        const pugi::xml_parse_result parsed = doc.load_buffer(text.data(), text.size(), pugi::parse_default);
        if (!parsed) throw Unreadable{"bagian " + part + " bukan XML yang utuh (" + parsed.description() + ")"};
        return doc;
    }

private:
    static Unreadable too_large(const std::string& part) {
        return Unreadable{"bagian " + part + " lebih dari " + limits::grouped(limits::max_xlsx_part_bytes) +
                          " byte setelah dibuka; berkas terlalu besar"};
    }

    std::istringstream stream_;
    Poco::Zip::ZipArchive archive_;
};

// "xl/" + a target relative to xl/, or an absolute "/xl/..." without its slash.
std::string part_path(std::string_view target) {
    if (!target.empty() && target.front() == '/') return std::string(target.substr(1));
    return "xl/" + std::string(target);
}

// What the workbook says about its parts: the first sheet, the shared strings, the styles.
struct Parts {
    std::string sheet, shared_strings, styles;
    bool date1904 = false;
};

Parts find_parts(Package& package) {
    const pugi::xml_document workbook = package.xml("xl/workbook.xml", true);
    const pugi::xml_node root = workbook.document_element();
    const pugi::xml_node first = child(child(root, "sheets"), "sheet");
    if (!first) throw Unreadable{"workbook tidak memuat satu lembar (sheet) pun"};
    Parts parts;
    const std::string_view flag = attr(child(root, "workbookPr"), "date1904");
    parts.date1904 = flag == "1" || flag == "true";
    const std::string_view sheet_id = attr(first, "id");

    const pugi::xml_document rels = package.xml("xl/_rels/workbook.xml.rels", true);
    for (pugi::xml_node rel : rels.document_element().children()) {
        if (!is(rel, "Relationship")) continue;
        const std::string_view type = attr(rel, "Type");
        const std::string path = part_path(attr(rel, "Target"));
        const std::string_view kind = type.substr(type.rfind('/') + 1);
        if (attr(rel, "Id") == sheet_id) parts.sheet = path;
        if (kind == "sharedStrings") parts.shared_strings = path;
        if (kind == "styles") parts.styles = path;
    }
    if (parts.sheet.empty()) throw Unreadable{"lembar pertama workbook tidak ditemukan di dalamnya"};
    return parts;
}

// OOXML escapes a character XML cannot hold as "_xHHHH_" (ST_Xstring): "_x000D_" is a carriage
// return, "_x005F_" an underscore.
std::string unescape_xstring(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned code = 0;
        if (text[i] == '_' && i + 6 < text.size() && text[i + 1] == 'x' && text[i + 6] == '_' &&
            std::from_chars(text.data() + i + 2, text.data() + i + 6, code, 16).ptr == text.data() + i + 6) {
            if (code >= 0xD800 && code <= 0xDFFF) code = 0xFFFD;  // half of a pair: not a character
            if (code < 0x80) {
                out.push_back(static_cast<char>(code));
            } else if (code < 0x800) {
                out.push_back(static_cast<char>(0xC0 | (code >> 6)));
                out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
            } else {
                out.push_back(static_cast<char>(0xE0 | (code >> 12)));
                out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
                out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
            }
            i += 6;
            continue;
        }
        out.push_back(text[i]);
    }
    return out;
}

// The text of an <si> or <is>: its <t>, or the <t> of each rich-text run <r>.
std::string string_item(const pugi::xml_node& item) {
    std::string text;
    for (pugi::xml_node c : item.children()) {
        if (is(c, "t")) text += c.text().get();
        if (is(c, "r")) text += child(c, "t").text().get();
    }
    return unescape_xstring(text);
}

std::vector<std::string> read_shared_strings(Package& package, const std::string& part) {
    std::vector<std::string> strings;
    if (part.empty()) return strings;
    const pugi::xml_document doc = package.xml(part, false);
    for (pugi::xml_node si : doc.document_element().children()) {
        if (is(si, "si")) strings.push_back(string_item(si));
    }
    return strings;
}

// Whether a number format shows a date: the built-in date formats, or a format code with a day,
// month or year part outside quoted text, escapes and [colour]/[condition] brackets.
bool is_date_format(int id, std::string_view code) {
    if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return true;
    bool quoted = false;
    bool bracket = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\\' || c == '_' || c == '*') {
            ++i;  // the next character is literal (or padding)
            continue;
        }
        if (c == '[') bracket = true;
        if (c == ']') bracket = false;
        if (bracket) continue;
        if (c == 'd' || c == 'D' || c == 'y' || c == 'Y' || c == 'm' || c == 'M') return true;
    }
    return false;
}

// For each cell style (index into <cellXfs>), whether it shows a date.
std::vector<bool> read_date_styles(Package& package, const std::string& part) {
    std::vector<bool> dates;
    if (part.empty()) return dates;
    const pugi::xml_document doc = package.xml(part, false);
    const pugi::xml_node root = doc.document_element();
    std::map<int, std::string> codes;
    for (pugi::xml_node f : child(root, "numFmts").children()) {
        if (is(f, "numFmt")) codes[f.attribute("numFmtId").as_int()] = f.attribute("formatCode").value();
    }
    for (pugi::xml_node xf : child(root, "cellXfs").children()) {
        if (!is(xf, "xf")) continue;
        const int id = xf.attribute("numFmtId").as_int();
        const auto code = codes.find(id);
        dates.push_back(is_date_format(id, code == codes.end() ? std::string_view() : code->second));
    }
    return dates;
}

// A serial date as YYYY-MM-DD. In the 1900 system serial 1 is 1900-01-01 and serial 60 the
// 29 February 1900 that Lotus counted and Excel keeps; in the 1904 system serial 0 is 1904-01-01.
std::string serial_date(double serial, bool date1904) {
    auto day = static_cast<std::int64_t>(std::floor(serial));
    // Days since 1970-01-01.
    if (date1904) {
        day += -24107;
    } else {
        day += day < 61 ? -25568 : -25569;
    }
    // The civil date of a day count (proleptic Gregorian calendar), by 400-year eras.
    const std::int64_t z = day + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    char text[32];
    const int n = std::snprintf(text, sizeof text, "%04lld-%02lld-%02lld", static_cast<long long>(y),
                                static_cast<long long>(m), static_cast<long long>(d));
    return std::string(text, static_cast<std::size_t>(n));
}

// A number as Excel shows it in a General cell: at most 15 significant digits.
std::string number_text(double value) {
    char text[64];
    const auto result = std::to_chars(text, text + sizeof text, value, std::chars_format::general, 15);
    return std::string(text, result.ptr);
}

// The 0-based column of a cell reference ("C12" -> 2); nullopt when it has no letters or too many.
std::optional<std::size_t> column_of(std::string_view ref) {
    std::size_t column = 0;
    std::size_t letters = 0;
    for (char c : ref) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (c < 'A' || c > 'Z') break;
        column = column * 26 + static_cast<std::size_t>(c - 'A' + 1);
        if (++letters > 3) return std::nullopt;
    }
    if (letters == 0) return std::nullopt;
    return column - 1;
}

// Reads the sheet's cells into a Table.
class SheetReader {
public:
    SheetReader(const std::string& file, Diagnostics& diags, std::vector<std::string> strings,
                std::vector<bool> date_styles, bool date1904)
        : file_(file), diags_(diags), strings_(std::move(strings)), date_styles_(std::move(date_styles)),
          date1904_(date1904) {}

    Table read(const pugi::xml_node& sheet_data) {
        Table table;
        table.workbook = true;
        int line = 0;
        for (pugi::xml_node row : sheet_data.children()) {
            if (!is(row, "row")) continue;
            const int r = row.attribute("r").as_int();
            line = r > line ? r : line + 1;
            std::optional<TableRow> read = read_row(row, line);
            if (!read) continue;
            if (!add_row(table, std::move(*read), file_, diags_)) return table;
        }
        return table;
    }

private:
    // A row's cells; nullopt for a row with nothing in it or a row skipped for its problem.
    std::optional<TableRow> read_row(const pugi::xml_node& row, int line) {
        TableRow out;
        out.line = line;
        bool any = false;
        std::size_t next = 0;
        for (pugi::xml_node c : row.children()) {
            if (!is(c, "c")) continue;
            const std::optional<std::size_t> at = column_of(attr(c, "r"));
            const std::size_t column = at ? *at : next;
            next = column + 1;
            if (column >= kMaxColumns || (fields_read_ += 1) > limits::max_csv_fields) {
                throw Unreadable{"lembar pertama terlalu lebar atau terlalu besar (baris " + std::to_string(line) + ")"};
            }
            std::optional<Cell> cell = read_cell(c, line, column);
            if (!cell) return std::nullopt;
            if (cell->text.empty()) continue;
            any = true;
            if (out.fields.size() <= column) {
                out.fields.resize(column + 1);
                out.numbers.resize(column + 1);
            }
            out.fields[column] = std::move(cell->text);
            out.numbers[column] = cell->number;
        }
        if (!any) return std::nullopt;
        return out;
    }

    struct Cell {
        std::string text;
        bool number = false;
    };

    std::optional<Cell> read_cell(const pugi::xml_node& c, int line, std::size_t column) {
        const std::string_view type = attr(c, "t");
        const std::string_view value = child(c, "v").text().get();
        Cell cell;
        if (type == "s") {
            std::size_t index = 0;
            const auto parsed = std::from_chars(value.data(), value.data() + value.size(), index);
            if (parsed.ec != std::errc() || index >= strings_.size()) {
                throw Unreadable{"sel " + cell_name(line, column) + " merujuk teks yang tidak ada di workbook"};
            }
            cell.text = strings_[index];
        } else if (type == "inlineStr") {
            cell.text = string_item(child(c, "is"));
        } else if (type == "str") {
            cell.text = unescape_xstring(value);
        } else if (type == "b") {
            cell.text = value == "1" ? "TRUE" : "FALSE";
        } else if (type == "e") {
            diags_.add(file_, line, "baris",
                       "sel " + cell_name(line, column) + " berisi galat rumus " + std::string(value) + "; baris dilewati");
            return std::nullopt;
        } else if (!value.empty()) {
            cell = number_cell(value, attr(c, "s"));
        }
        cell.text = trim_blanks(cell.text);
        if (cell.text.size() > limits::max_value_bytes) {
            diags_.add(file_, line, "baris",
                       "sel " + cell_name(line, column) + " berisi lebih dari " +
                           limits::grouped(limits::max_value_bytes) + " karakter; baris dilewati");
            return std::nullopt;
        }
        return cell;
    }

    // A number cell: a date when its style shows one, else the number as Excel shows it.
    Cell number_cell(std::string_view value, std::string_view style_attr) {
        double number = 0;
        const auto parsed = std::from_chars(value.data(), value.data() + value.size(), number);
        if (parsed.ec != std::errc() || !std::isfinite(number)) return Cell{std::string(value), false};
        std::size_t style = 0;
        std::from_chars(style_attr.data(), style_attr.data() + style_attr.size(), style);
        const bool date = style < date_styles_.size() && date_styles_[style];
        if (date && number >= 0 && number < kLastSerial) return Cell{serial_date(number, date1904_), false};
        return Cell{number_text(number), true};
    }

    static std::string cell_name(int line, std::size_t column) {
        std::string letters;
        for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
        }
        return letters + std::to_string(line);
    }

    static constexpr std::size_t kMaxColumns = 16384;  // XFD, Excel's last column
    static constexpr double kLastSerial = 2958466;     // 9999-12-31 + 1

    const std::string& file_;
    Diagnostics& diags_;
    std::vector<std::string> strings_;
    std::vector<bool> date_styles_;
    bool date1904_ = false;
    std::size_t fields_read_ = 0;
};

Table read_workbook(std::string_view bytes, const std::string& file, Diagnostics& diags) {
    Package package(bytes);
    const Parts parts = find_parts(package);
    SheetReader reader(file, diags, read_shared_strings(package, parts.shared_strings),
                       read_date_styles(package, parts.styles), parts.date1904);
    const pugi::xml_document sheet = package.xml(parts.sheet, true);
    return reader.read(child(sheet.document_element(), "sheetData"));
}

}  // namespace

Table parse_xlsx(std::string_view bytes, const std::string& file, Diagnostics& diags) {
    std::string why;
    try {
        return read_workbook(bytes, file, diags);
    } catch (const Unreadable& e) {
        why = e.message;
    } catch (const Poco::Exception& e) {
        why = "isi zip-nya rusak (" + e.displayText() + ")";
    } catch (const std::exception& e) {
        why = "isi zip-nya rusak (" + std::string(e.what()) + ")";
    }
    diags.add_file_problem(file, 0, "berkas", "workbook tidak dapat dibaca: " + why +
                                                  "; buka di Excel lalu simpan ulang sebagai \"Excel Workbook (*.xlsx)\"");
    Table table;
    table.workbook = true;
    table.complete = false;
    return table;
}

}  // namespace kinerja
