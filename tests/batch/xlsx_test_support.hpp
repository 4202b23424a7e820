// Opening a written workbook (.xlsx) in the batch tests, the way a spreadsheet would: the zip
// through Poco::Zip, each part through pugixml. Cells come with their type as written (t="s",
// inlineStr, none for a number), their text (a shared string looked up), whether they hold a
// formula, and the number format of their style.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <Poco/DateTime.h>
#include <Poco/Path.h>
#include <Poco/StreamCopier.h>
#include <Poco/Zip/Compress.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>
#include <pugixml.hpp>

namespace kinerja::test {

struct XlsxCell {
    std::string type;    // the t attribute: "s", "inlineStr", "str", "b", ... ("" for a number)
    std::string text;    // the shared or inline string, else the <v> as written
    bool formula = false;  // an <f> element is there
    std::string format;  // the number format code of its style ("0.00", "@", "General", ...)
};

// A data validation of a sheet: its type, its cells (sqref) and its first formula.
struct XlsxValidation {
    std::string type, sqref, formula;
};

class XlsxFile {
public:
    explicit XlsxFile(const std::string& bytes) {
        std::istringstream in(bytes);
        const Poco::Zip::ZipArchive archive(in);
        for (auto it = archive.headerBegin(); it != archive.headerEnd(); ++it) {
            in.clear();
            Poco::Zip::ZipInputStream entry(in, it->second, true);
            std::string content;
            Poco::StreamCopier::copyToString(entry, content);
            parts_[it->first] = content;
            modified_[it->first] = it->second.lastModifiedAt();
        }
        if (has("xl/sharedStrings.xml")) {
            const pugi::xml_document doc = xml("xl/sharedStrings.xml");
            for (pugi::xml_node si : doc.child("sst").children("si")) shared_.push_back(string_item(si));
        }
        read_styles();
        read_sheets();
    }

    bool has(const std::string& part) const { return parts_.count(part) != 0; }
    const std::string& part(const std::string& name) const {
        const auto found = parts_.find(name);
        if (found == parts_.end()) throw std::runtime_error("no part " + name);
        return found->second;
    }
    // Replaces a part's content, as a spreadsheet saving the file would.
    void put_part(const std::string& name, const std::string& content) { parts_[name] = content; }
    // The workbook zipped again, every part as it now is.
    std::string bytes() const {
        std::ostringstream out;
        Poco::Zip::Compress compress(out, true);
        for (const auto& [name, content] : parts_) {
            std::istringstream in(content);
            compress.addFile(in, modified_.at(name), Poco::Path(name, Poco::Path::PATH_UNIX));
        }
        compress.close();
        return out.str();
    }

    // Every part's last-modified time as its zip entry gives it.
    const std::map<std::string, Poco::DateTime>& modified() const { return modified_; }

    pugi::xml_document xml(const std::string& name) const {
        pugi::xml_document doc;
        const pugi::xml_parse_result parsed = doc.load_string(part(name).c_str());
        if (!parsed) throw std::runtime_error(name + ": " + parsed.description());
        return doc;
    }

    // The sheets' names in workbook order (the first is the one readers read).
    const std::vector<std::string>& sheet_names() const { return sheet_names_; }
    // The part of sheet `index` ("xl/worksheets/sheet1.xml").
    const std::string& sheet_part(std::size_t index) const { return sheet_parts_.at(index); }

    // Every cell of a sheet by its reference ("A1").
    std::map<std::string, XlsxCell> cells(std::size_t sheet) const {
        std::map<std::string, XlsxCell> cells;
        const pugi::xml_document doc = xml(sheet_part(sheet));
        for (pugi::xml_node row : doc.child("worksheet").child("sheetData").children("row")) {
            for (pugi::xml_node c : row.children("c")) {
                XlsxCell& cell = cells[c.attribute("r").value()];
                cell.type = c.attribute("t").value();
                cell.formula = static_cast<bool>(c.child("f"));
                cell.format = style_format(c.attribute("s").as_uint(0));
                if (cell.type == "s") {
                    cell.text = shared_.at(c.child("v").text().as_uint());
                } else if (cell.type == "inlineStr") {
                    cell.text = string_item(c.child("is"));
                } else {
                    cell.text = c.child("v").text().get();
                }
            }
        }
        return cells;
    }

    // The number format given to a whole column (1-based, as <col min max> counts), "" if none.
    std::string column_format(std::size_t sheet, unsigned column) const {
        const pugi::xml_document doc = xml(sheet_part(sheet));
        for (pugi::xml_node col : doc.child("worksheet").child("cols").children("col")) {
            if (col.attribute("min").as_uint() <= column && column <= col.attribute("max").as_uint() &&
                col.attribute("style")) {
                return style_format(col.attribute("style").as_uint());
            }
        }
        return "";
    }

    std::vector<XlsxValidation> validations(std::size_t sheet) const {
        std::vector<XlsxValidation> found;
        const pugi::xml_document doc = xml(sheet_part(sheet));
        for (pugi::xml_node v : doc.child("worksheet").child("dataValidations").children("dataValidation")) {
            found.push_back({v.attribute("type").value(), v.attribute("sqref").value(), v.child_value("formula1")});
        }
        return found;
    }

    // The texts of the first row of a sheet, left to right.
    std::vector<std::string> header(std::size_t sheet) const {
        std::vector<std::string> names;
        const std::map<std::string, XlsxCell> all = cells(sheet);
        for (char column = 'A'; column <= 'Z'; ++column) {
            const auto found = all.find(std::string(1, column) + "1");
            if (found == all.end()) break;
            names.push_back(found->second.text);
        }
        return names;
    }

private:
    static std::string string_item(pugi::xml_node item) {
        std::string text = item.child_value("t");
        for (pugi::xml_node run : item.children("r")) text += run.child_value("t");
        return text;
    }

    void read_styles() {
        const std::map<unsigned, std::string> builtin = {{0, "General"}, {1, "0"}, {2, "0.00"}, {14, "mm-dd-yy"},
                                                         {49, "@"}};
        std::map<unsigned, std::string> formats = builtin;
        const pugi::xml_document doc = xml("xl/styles.xml");
        const pugi::xml_node sheet = doc.child("styleSheet");
        for (pugi::xml_node f : sheet.child("numFmts").children("numFmt")) {
            formats[f.attribute("numFmtId").as_uint()] = f.attribute("formatCode").value();
        }
        for (pugi::xml_node xf : sheet.child("cellXfs").children("xf")) {
            const auto found = formats.find(xf.attribute("numFmtId").as_uint());
            xf_formats_.push_back(found == formats.end() ? "?" : found->second);
        }
    }

    std::string style_format(unsigned style) const { return style < xf_formats_.size() ? xf_formats_[style] : "?"; }

    void read_sheets() {
        std::map<std::string, std::string> targets;  // by relationship id
        const pugi::xml_document rels = xml("xl/_rels/workbook.xml.rels");
        for (pugi::xml_node r : rels.child("Relationships").children("Relationship")) {
            targets[r.attribute("Id").value()] = r.attribute("Target").value();
        }
        const pugi::xml_document book = xml("xl/workbook.xml");
        for (pugi::xml_node s : book.child("workbook").child("sheets").children("sheet")) {
            sheet_names_.push_back(s.attribute("name").value());
            sheet_parts_.push_back("xl/" + targets.at(s.attribute("r:id").value()));
        }
    }

    std::map<std::string, std::string> parts_;
    std::map<std::string, Poco::DateTime> modified_;
    std::vector<std::string> shared_;
    std::vector<std::string> xf_formats_;  // by style index
    std::vector<std::string> sheet_names_, sheet_parts_;
};

}  // namespace kinerja::test
