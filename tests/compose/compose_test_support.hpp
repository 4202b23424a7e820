// Helpers for compose tests: walking a document tree and reading templates inline.
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <variant>
#include <vector>

#include <gtest/gtest.h>

#include "compose/document.hpp"
#include "load/source.hpp"
#include "model/nip.hpp"

namespace kinerja::test {

// Every paragraph's text in document order, tables row by row, columns left to right.
inline void collect_texts(const std::vector<doc::Block>& blocks, std::vector<std::string>& out);

inline void collect_texts(const doc::Block& b, std::vector<std::string>& out) {
    if (const auto* p = std::get_if<doc::Paragraph>(&b.v)) {
        out.push_back(p->text);
    } else if (const auto* t = std::get_if<doc::Table>(&b.v)) {
        for (const doc::Row& r : t->rows) {
            for (const doc::Cell& c : r.cells) collect_texts(c.content, out);
        }
    } else if (const auto* c = std::get_if<doc::Columns>(&b.v)) {
        for (const auto& column : c->columns) collect_texts(column, out);
    } else if (const auto* k = std::get_if<doc::KeepTogether>(&b.v)) {
        collect_texts(k->blocks, out);
    }
}

inline void collect_texts(const std::vector<doc::Block>& blocks, std::vector<std::string>& out) {
    for (const doc::Block& b : blocks) collect_texts(b, out);
}

inline std::vector<std::string> texts(const std::vector<doc::Block>& blocks) {
    std::vector<std::string> out;
    collect_texts(blocks, out);
    return out;
}

// The text of one table cell as paragraphs joined by "|".
inline std::string cell_text(const doc::Cell& c) {
    std::string joined;
    for (const std::string& s : texts(c.content)) joined += (joined.empty() ? "" : "|") + s;
    return joined;
}

// Each row of a table as its cells' texts joined by " / ".
inline std::vector<std::string> row_texts(const doc::Table& t) {
    std::vector<std::string> out;
    for (const doc::Row& r : t.rows) {
        std::string line;
        for (std::size_t i = 0; i < r.cells.size(); ++i) line += (i ? " / " : "") + cell_text(r.cells[i]);
        out.push_back(line);
    }
    return out;
}

inline std::vector<std::string> lines(const Diagnostics& diags) {
    std::vector<std::string> out;
    for (const Diagnostic& d : diags.items()) out.push_back(d.str());
    return out;
}

// Every table of some blocks, wherever it is nested (cells, keeps, columns), in document order.
inline void collect_tables(const std::vector<doc::Block>& blocks, std::vector<const doc::Table*>& out) {
    for (const doc::Block& b : blocks) {
        if (const auto* t = std::get_if<doc::Table>(&b.v)) {
            out.push_back(t);
            for (const doc::Row& r : t->rows) {
                for (const doc::Cell& c : r.cells) collect_tables(c.content, out);
            }
        } else if (const auto* k = std::get_if<doc::KeepTogether>(&b.v)) {
            collect_tables(k->blocks, out);
        } else if (const auto* c = std::get_if<doc::Columns>(&b.v)) {
            for (const auto& column : c->columns) collect_tables(column, out);
        }
    }
}

inline std::vector<const doc::Table*> tables(const std::vector<doc::Block>& blocks) {
    std::vector<const doc::Table*> out;
    collect_tables(blocks, out);
    return out;
}

inline std::vector<const doc::Table*> tables(const doc::Document& d) { return tables(d.body); }

// The source tree, and a file of it as bytes ("" when it cannot be read, which the test reports).
inline const std::filesystem::path source_dir{KINERJA_SOURCE_DIR};

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    EXPECT_TRUE(in) << path;
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// A NIP known to be valid.
inline Nip nip(const char* text) { return parse_nip(text).nip.value(); }

}  // namespace kinerja::test
