#include "batch/xlsx_writer.hpp"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <ctime>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <unistd.h>

#include <xlsxwriter.h>

#include "load/io_error.hpp"

namespace kinerja::xlsx {

namespace {

namespace fs = std::filesystem;

constexpr double min_fitted_width = 8;
constexpr double max_fitted_width = 60;

// The number format of each kind, as Excel writes it.
const char* number_format(Kind kind) {
    switch (kind) {
        case Kind::text: return "General";
        case Kind::verbatim: return "@";
        case Kind::decimal2: return "0.00";
        case Kind::whole: return "0";
        case Kind::number: return "General";
        case Kind::date: return "yyyy-mm-dd";
    }
    return "General";
}

void check(lxw_error error, const std::string& what) {
    if (error != LXW_NO_ERROR) throw std::runtime_error(what + ": " + lxw_strerror(error));
}

// Seconds since 1970-01-01 00:00 UTC of a day (proleptic Gregorian; days_from_civil).
std::int64_t unix_time(const Date& d) {
    const std::int64_t y = d.year - (d.month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t mp = (d.month + 9) % 12;
    const std::int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (era * 146097 + doe - 719468) * 86400;
}

// Code points of a UTF-8 text: how wide it shows, near enough for a column width.
std::size_t code_points(const std::string& text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// How many characters a cell shows in its column's format.
std::size_t shown_width(const Cell& cell, Kind kind) {
    if (const auto* text = std::get_if<std::string>(&cell)) return code_points(*text);
    if (std::holds_alternative<Date>(cell)) return 10;
    if (const auto* number = std::get_if<double>(&cell)) {
        char buffer[64];
        const int places = kind == Kind::decimal2 ? 2 : kind == Kind::whole ? 0 : 6;
        const auto done = std::to_chars(buffer, buffer + sizeof buffer, *number, std::chars_format::fixed, places);
        std::string shown(buffer, done.ptr);
        if (kind == Kind::number && shown.find('.') != std::string::npos) {
            shown.erase(shown.find_last_not_of('0') + 1);
            if (shown.back() == '.') shown.pop_back();
        }
        return shown.size();
    }
    return 0;
}

double column_width(const Sheet& sheet, std::size_t column) {
    const Column& c = sheet.columns.at(column);
    if (c.width > 0) return c.width;
    std::size_t widest = code_points(c.header) + 3;  // room for the filter's button
    for (const std::vector<Cell>& row : sheet.rows) {
        if (column < row.size()) widest = std::max(widest, shown_width(row.at(column), c.kind));
    }
    return std::clamp(static_cast<double>(widest) + 1, min_fitted_width, max_fitted_width);
}

// A workbook being made, closed (and freed) exactly once.
class Book {
public:
    Book(const fs::path& file, const fs::path& scratch) : scratch_(scratch.string()) {
        lxw_workbook_options options{};
        options.tmpdir = scratch_.data();
        book_ = workbook_new_opt(file.c_str(), &options);
        if (book_ == nullptr) throw std::runtime_error("libxlsxwriter tidak dapat membuat workbook " + file.string());
    }
    ~Book() {
        if (book_ != nullptr) workbook_close(book_);
    }
    Book(const Book&) = delete;
    Book& operator=(const Book&) = delete;

    lxw_workbook* get() const { return book_; }

    // The format of a cell of `kind`, made once per kind and look.
    lxw_format* format(Kind kind, bool wrap) {
        lxw_format*& made = formats_[static_cast<std::size_t>(kind) * 2 + (wrap ? 1 : 0)];
        if (made == nullptr) {
            made = workbook_add_format(book_);
            format_set_num_format(made, number_format(kind));
            if (wrap) {
                format_set_text_wrap(made);
                format_set_align(made, LXW_ALIGN_VERTICAL_TOP);
            }
        }
        return made;
    }
    lxw_format* header() {
        if (header_ == nullptr) {
            header_ = workbook_add_format(book_);
            format_set_bold(header_);
        }
        return header_;
    }

    void close() {
        lxw_workbook* book = book_;
        book_ = nullptr;
        check(workbook_close(book), "workbook tidak dapat ditulis");
    }

private:
    std::string scratch_;
    lxw_workbook* book_ = nullptr;
    lxw_format* formats_[12] = {};  // by kind and wrap
    lxw_format* header_ = nullptr;
};

void write_cell(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const Cell& cell, lxw_format* format) {
    if (const auto* text = std::get_if<std::string>(&cell)) {
        // A string cell, whatever the text begins with: never a formula.
        check(worksheet_write_string(ws, row, col, text->c_str(), format), "sel teks");
    } else if (const auto* number = std::get_if<double>(&cell)) {
        check(worksheet_write_number(ws, row, col, *number, format), "sel angka");
    } else if (const auto* date = std::get_if<Date>(&cell)) {
        lxw_datetime when{date->year, date->month, date->day, 0, 0, 0};
        check(worksheet_write_datetime(ws, row, col, &when, format), "sel tanggal");
    }
}

// A drop-down list of the column's choices on every row below the header.
void add_choices(lxw_worksheet* ws, lxw_col_t col, const Column& column) {
    std::vector<char*> list;
    std::string shown;
    for (const std::string& choice : column.choices) {
        list.push_back(const_cast<char*>(choice.c_str()));  // libxlsxwriter only reads them
        shown += (shown.empty() ? "" : ", ") + choice;
    }
    list.push_back(nullptr);
    std::string title = "Pilihan " + column.header;
    title = title.substr(0, 32);
    const std::string message = ("Pilih salah satu: " + shown).substr(0, 255);
    lxw_data_validation validation{};
    validation.validate = LXW_VALIDATION_TYPE_LIST;
    validation.value_list = list.data();
    validation.error_title = title.data();
    validation.error_message = const_cast<char*>(message.c_str());
    check(worksheet_data_validation_range(ws, 1, col, LXW_ROW_MAX - 1, col, &validation),
          "daftar pilihan kolom " + column.header);
}

// A row's height when a wrapped column holds more than one line of it: 15 points a line,
// counting a line as the column's width in characters; 0 when the default height does.
double wrapped_height(const Sheet& sheet, const std::vector<Cell>& row) {
    std::size_t lines = 1;
    for (std::size_t c = 0; c < row.size() && c < sheet.columns.size(); ++c) {
        const Column& column = sheet.columns[c];
        const auto* text = std::get_if<std::string>(&row[c]);
        if (!column.wrap || text == nullptr || column.width < 1) continue;
        const auto per_line = static_cast<std::size_t>(column.width);
        lines = std::max(lines, (code_points(*text) + per_line - 1) / per_line);
    }
    return lines > 1 ? 15.0 * static_cast<double>(lines) : 0;
}

// Printed landscape, one page wide, the header row on every page.
void set_print_layout(lxw_worksheet* ws) {
    worksheet_set_landscape(ws);
    worksheet_fit_to_pages(ws, 1, 0);
    check(worksheet_repeat_rows(ws, 0, 0), "baris judul cetak");
}

void write_sheet(Book& book, const Sheet& sheet) {
    lxw_worksheet* ws = workbook_add_worksheet(book.get(), sheet.name.c_str());
    if (ws == nullptr) throw std::runtime_error("nama lembar kerja tidak dapat dipakai: " + sheet.name);
    for (std::size_t c = 0; c < sheet.columns.size(); ++c) {
        const Column& column = sheet.columns[c];
        const auto col = static_cast<lxw_col_t>(c);
        check(worksheet_set_column(ws, col, col, column_width(sheet, c), book.format(column.kind, column.wrap)),
              "kolom " + column.header);
        check(worksheet_write_string(ws, 0, col, column.header.c_str(), book.header()), "judul kolom");
        if (!column.choices.empty()) add_choices(ws, col, column);
    }
    for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
        const std::vector<Cell>& row = sheet.rows[r];
        if (const double height = wrapped_height(sheet, row); height > 0) {
            check(worksheet_set_row(ws, static_cast<lxw_row_t>(r + 1), height, nullptr), "tinggi baris");
        }
        for (std::size_t c = 0; c < row.size(); ++c) {
            const Column& column = sheet.columns.at(c);
            write_cell(ws, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c), row[c],
                       book.format(column.kind, column.wrap));
        }
    }
    worksheet_freeze_panes(ws, 1, 0);
    set_print_layout(ws);
    if (sheet.autofilter && !sheet.columns.empty()) {
        check(worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(sheet.rows.size()),
                                   static_cast<lxw_col_t>(sheet.columns.size() - 1)),
              "filter");
    }
}

void set_properties(Book& book, const Properties& p) {
    std::string title = p.title, subject = p.subject, author = p.author, company = p.company;
    lxw_doc_properties props{};
    props.title = title.data();
    props.subject = subject.data();
    props.author = author.data();
    props.company = company.data();
    // 0 would mean "now" to libxlsxwriter: the first second of 1970 stands in for that day.
    const std::int64_t created = unix_time(p.created);
    props.created = static_cast<time_t>(created == 0 ? 1 : created);
    check(workbook_set_properties(book.get(), &props), "properti dokumen");
}

// A temporary file of this process, removed when it goes.
class ScratchFile {
public:
    ScratchFile() {
        std::error_code ec;
        folder_ = fs::temp_directory_path(ec);
        if (ec) throw IoError("tidak ada folder sementara untuk membuat workbook: " + io_cause(ec));
        std::string name = (folder_ / "kinerja-xlsx-XXXXXX").string();
        const int fd = mkstemp(name.data());
        if (fd < 0) throw io_error("tidak dapat membuat berkas sementara", name, errno);
        close(fd);
        path_ = name;
    }
    ~ScratchFile() {
        std::error_code ignored;
        fs::remove(path_, ignored);
    }
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;

    const fs::path& path() const { return path_; }
    const fs::path& folder() const { return folder_; }

    std::string bytes() const {
        std::ifstream in(path_, std::ios::binary);
        if (!in) throw io_error("tidak dapat membaca", path_, errno);
        return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }

private:
    fs::path folder_, path_;
};

}  // namespace

Properties month_properties(const Instansi& instansi, const std::string& title, Period period, Date tanggal) {
    return Properties{title + " " + period.bulan_tahun() + " \u2014 " + instansi.nama, title + " " + period.bulan_tahun(),
                      instansi.nama, instansi.pemerintah, tanggal};
}

std::string workbook_bytes(const std::vector<Sheet>& sheets, const Properties& properties) {
    // libxlsxwriter 1.1 writes to a named file only: the workbook is made in a temporary file
    // and read back, so that it is staged like every other output.
    const ScratchFile file;
    {
        Book book(file.path(), file.folder());
        set_properties(book, properties);
        for (const Sheet& sheet : sheets) write_sheet(book, sheet);
        book.close();
    }
    return file.bytes();
}

Sheet sheet_from_text(std::string name, std::vector<Column> columns, const std::vector<std::vector<std::string>>& rows) {
    Sheet sheet{std::move(name), std::move(columns), {}, true};
    for (const std::vector<std::string>& fields : rows) {
        std::vector<Cell>& row = sheet.rows.emplace_back();
        for (std::size_t c = 0; c < fields.size(); ++c) row.push_back(cell_from_text(sheet.columns.at(c).kind, fields[c]));
    }
    return sheet;
}

Cell cell_from_text(Kind kind, const std::string& text) {
    if (text.empty()) return std::monostate{};
    if (kind == Kind::date) {
        if (const std::optional<Date> date = parse_iso_date(text)) return *date;
        return text;
    }
    if (kind == Kind::text || kind == Kind::verbatim) return text;
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) return text;
    return value;
}

}  // namespace kinerja::xlsx
