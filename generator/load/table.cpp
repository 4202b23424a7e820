// The reading of a table's columns, for CSV files and workbooks alike (table.hpp).
#include "load/table.hpp"

#include <algorithm>
#include <optional>

#include "load/field_text.hpp"
#include "load/limits.hpp"

namespace kinerja {

namespace {

constexpr std::string_view kZipMagic("PK\x03\x04", 4);
constexpr std::string_view kOleMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);  // .xls, or an encrypted .xlsx

// The header row is looked for among this many rows from the top.
constexpr std::size_t kHeaderRowsLooked = 10;
// Columns listed in a message about a header, at most.
constexpr std::size_t kColumnsListed = 12;

std::string base_name(const std::string& file) {
    const std::size_t dot = file.rfind('.');
    return dot == std::string::npos ? file : file.substr(0, dot);
}

// The problem with bytes that are not of the kind the file's name says, or "".
std::string wrong_kind(std::string_view bytes, const std::string& file, bool workbook) {
    const bool zip = bytes.substr(0, kZipMagic.size()) == kZipMagic;
    const bool ole = bytes.substr(0, kOleMagic.size()) == kOleMagic;
    if (workbook && ole) {
        return "bukan workbook .xlsx: berkas Excel 97-2003 (.xls) atau workbook berkata sandi; buka di Excel, "
               "hapus kata sandinya bila ada, lalu simpan sebagai \"Excel Workbook (*.xlsx)\"";
    }
    if (workbook && !zip) {
        return "bukan workbook .xlsx (isinya bukan berkas Excel); simpan dari Excel sebagai \"Excel Workbook "
               "(*.xlsx)\", atau bila isinya CSV beri nama " + base_name(file) + ".csv";
    }
    if (!workbook && zip) {
        return "berkas ini workbook Excel, bukan CSV; ganti namanya menjadi " + base_name(file) + ".xlsx";
    }
    if (!workbook && ole) {
        return "berkas ini workbook Excel 97-2003 (.xls), bukan CSV; simpan dari Excel sebagai "
               "\"Excel Workbook (*.xlsx)\" dengan nama " + base_name(file) + ".xlsx";
    }
    return "";
}

// "a, b, c" of at most kColumnsListed names, then "…".
std::string listed(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i == kColumnsListed) return out + ", …";
        if (i > 0) out += ", ";
        out += names[i].empty() ? std::string("(kosong)") : names[i];
    }
    return out.empty() ? std::string("(tidak ada)") : out;
}

// "baris 2, 3, 4, 5, 6 dan 12 lainnya"
std::string rows_listed(const std::vector<int>& lines) {
    constexpr std::size_t kShown = 5;
    std::string out = "baris ";
    for (std::size_t i = 0; i < lines.size() && i < kShown; ++i) {
        if (i > 0) out += ", ";
        out += std::to_string(lines[i]);
    }
    if (lines.size() > kShown) out += " dan " + std::to_string(lines.size() - kShown) + " lainnya";
    return out;
}

// A candidate header row: its line and its cells as column names.
struct HeaderCandidate {
    int line = 0;
    std::vector<std::string> names;
    std::size_t data_from = 0;  // index in Table::rows of the first row under it
};

std::vector<HeaderCandidate> header_candidates(const Table& table) {
    std::vector<HeaderCandidate> out;
    if (table.header_line == 0) return out;
    out.push_back({table.header_line, table.header, 0});
    for (std::size_t i = 0; i < table.rows.size() && out.size() < kHeaderRowsLooked; ++i) {
        HeaderCandidate c{table.rows[i].line, {}, i + 1};
        for (const std::string& f : table.rows[i].fields) c.names.push_back(column_name(f));
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<std::string> missing_from(const std::vector<std::string>& names, std::span<const ColumnRule> rules) {
    std::vector<std::string> missing;
    for (const ColumnRule& rule : rules) {
        if (rule.required && std::find(names.begin(), names.end(), rule.name) == names.end()) {
            missing.emplace_back(rule.name);
        }
    }
    return missing;
}

std::vector<ColumnRule> all_required(const std::vector<std::string>& required) {
    std::vector<ColumnRule> rules;
    for (const std::string& name : required) rules.push_back({name, true, false});
    return rules;
}

}  // namespace

std::string trim_blanks(std::string_view s) {
    std::size_t b = 0;
    std::size_t e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
    return std::string(s.substr(b, e - b));
}

std::string column_name(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    bool gap = false;
    for (char c : raw) {
        if (c == ' ' || c == '\t' || c == '-' || c == '_') {
            gap = true;
            continue;
        }
        if (gap && !out.empty()) out.push_back('_');
        gap = false;
        out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    return out;
}

bool add_row(Table& table, TableRow row, const std::string& file, Diagnostics& diags) {
    if (table.header_line == 0) {
        table.header_line = row.line;
        for (const std::string& f : row.fields) table.header.push_back(column_name(f));
        return true;
    }
    if (table.rows.size() == limits::max_csv_rows) {
        diags.add_file_problem(file, row.line, "berkas",
                               "berkas terlalu besar: lebih dari " + limits::grouped(limits::max_csv_rows) +
                                   " baris data; baris ini dan sesudahnya tidak dibaca");
        table.complete = false;
        return false;
    }
    table.rows.push_back(std::move(row));
    return true;
}

Table parse_table(std::string_view bytes, const std::string& file, Diagnostics& diags,
                  std::span<const std::string_view> header_words) {
    const bool workbook = file.ends_with(".xlsx");
    if (const std::string why = wrong_kind(bytes, file, workbook); !why.empty()) {
        diags.add_file_problem(file, 0, "berkas", why);
        Table refused;
        refused.complete = false;
        refused.workbook = workbook;
        return refused;
    }
    return workbook ? parse_xlsx(bytes, file, diags) : parse_csv(bytes, file, diags, header_words);
}

TableColumns::TableColumns(const Table& table, const std::string& file, std::span<const ColumnRule> rules,
                           Diagnostics& diags)
    : file_(file) {
    find_header(table, rules, diags);
    if (ok_) check_nip_columns(table, rules, diags);
}

TableColumns::TableColumns(const Table& table, const std::string& file, const std::vector<std::string>& required,
                           Diagnostics& diags)
    : TableColumns(table, file, all_required(required), diags) {}

void TableColumns::find_header(const Table& table, std::span<const ColumnRule> rules, Diagnostics& diags) {
    const std::vector<HeaderCandidate> candidates = header_candidates(table);
    if (candidates.empty()) {
        ok_ = false;
        if (table.complete) diags.add_file_problem(file_, 1, "berkas", "berkas kosong, baris judul kolom tidak ada");
        return;
    }
    // The first row naming every required column; else the one naming most, for the message.
    const HeaderCandidate* chosen = nullptr;
    std::vector<std::string> missing;
    for (const HeaderCandidate& c : candidates) {
        std::vector<std::string> m = missing_from(c.names, rules);
        if (chosen == nullptr || m.size() < missing.size()) {
            chosen = &c;
            missing = std::move(m);
        }
        if (missing.empty()) break;
    }
    for (std::size_t i = 0; i < chosen->names.size(); ++i) index_.emplace(chosen->names[i], i);
    if (!missing.empty()) {
        ok_ = false;
        diags.add_file_problem(file_, chosen->line, missing.front(),
                               "kolom wajib tidak ada: " + listed(missing) + " (judul kolom yang terbaca: " +
                                   listed(chosen->names) + ")");
        return;
    }
    data_ = std::span<const TableRow>(table.rows).subspan(chosen->data_from);
    if (chosen != &candidates.front()) {
        const int above = static_cast<int>(chosen - &candidates.front());
        diags.add_warning(file_, chosen->line, "berkas",
                          std::to_string(above) + " baris di atas baris judul kolom dilewati (baris " +
                              std::to_string(candidates.front().line) +
                              (above > 1 ? "–" + std::to_string((chosen - 1)->line) : std::string()) + ")");
    }
}

// A NIP column holding numbers lost digits in every such row: one message for the file, naming
// each such column and its rows, and the file is not read (the clerk fixes a column once, not
// each row).
void TableColumns::check_nip_columns(const Table& table, std::span<const ColumnRule> rules, Diagnostics& diags) {
    std::string columns;  // "kolom nip (2 baris: baris 2, 3) dan kolom nip_atasan (...)"
    std::string first_column;
    std::string example;
    int first_line = 0;
    for (const ColumnRule& rule : rules) {
        const auto column = index_.find(rule.name);
        if (!rule.nip || column == index_.end()) continue;
        std::vector<int> lines;
        for (const TableRow& row : data_) {
            const std::size_t i = column->second;
            if (i >= row.fields.size() || !(row.number_at(i) || looks_like_excel_number(row.fields[i]))) continue;
            if (example.empty()) example = row.fields[i];
            lines.push_back(row.line);
        }
        if (lines.empty()) continue;
        if (first_column.empty()) first_column = rule.name;
        first_line = first_line == 0 ? lines.front() : std::min(first_line, lines.front());
        columns += (columns.empty() ? "kolom " : " dan kolom ") + std::string(rule.name) + " (" +
                   std::to_string(lines.size()) + " baris: " + rows_listed(lines) + ")";
    }
    if (columns.empty()) return;
    ok_ = false;
    diags.add_file_problem(
        file_, first_line, first_column,
        table.workbook
            ? "NIP tersimpan sebagai angka di " + columns +
                  ": Excel hanya menyimpan 15 angka, sehingga angka terakhir NIP yang 18 angka hilang; format "
                  "kolom NIP sebagai Teks (Format Cells > Text) lalu ketik ulang NIP-nya"
            : "NIP telah diubah Excel menjadi angka (" + example + ") di " + columns +
                  ": angka terakhirnya hilang; ketik ulang NIP di kolom yang diformat sebagai Teks, atau "
                  "simpan data sebagai workbook .xlsx");
}

std::string TableColumns::get(const TableRow& row, std::string_view column, RefusedFields& refused) const {
    const auto it = index_.find(column);
    if (it == index_.end() || it->second >= row.fields.size()) return "";
    const std::string& text = row.fields.at(it->second);
    check_field(file_, row.line, column, text, refused);
    return text;
}

}  // namespace kinerja
