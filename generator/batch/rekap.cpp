#include "batch/rekap.hpp"

#include "batch/csv_writer.hpp"

namespace kinerja {

namespace {

// One column of the rekap: its name, how its cells are written in the workbook, and its text.
struct RekapColumn {
    const char* name;
    xlsx::Kind kind;
    std::string (*text)(const RekapRow& row);
};

constexpr RekapColumn rekap_table[] = {
    {"nip", xlsx::Kind::verbatim, [](const RekapRow& r) { return r.pegawai->nip.digits; }},
    {"nama", xlsx::Kind::text, [](const RekapRow& r) { return r.pegawai->nama_lengkap(); }},
    {"nilai_skp", xlsx::Kind::decimal2, [](const RekapRow& r) { return format_dot(r.nilai_skp, 2); }},
    {"nilai_perilaku", xlsx::Kind::decimal2, [](const RekapRow& r) { return format_dot(r.nilai_perilaku, 2); }},
    {"nilai_prestasi", xlsx::Kind::decimal2, [](const RekapRow& r) { return format_dot(r.nilai_prestasi, 2); }},
    {"predikat", xlsx::Kind::text, [](const RekapRow& r) { return sebutan(r.nilai_prestasi); }},
};

std::vector<std::vector<std::string>> rekap_fields(const std::vector<RekapRow>& rows) {
    std::vector<std::vector<std::string>> fields;
    for (const RekapRow& row : rows) {
        std::vector<std::string>& line = fields.emplace_back();
        for (const RekapColumn& c : rekap_table) line.push_back(c.text(row));
    }
    return fields;
}

}  // namespace

std::string rekap_csv(const std::vector<RekapRow>& rows) {
    std::vector<std::string> header;
    for (const RekapColumn& c : rekap_table) header.emplace_back(c.name);
    std::string out = csv_line(header);
    for (const std::vector<std::string>& fields : rekap_fields(rows)) out += csv_line(fields);
    return out;
}

std::string rekap_xlsx(const std::vector<RekapRow>& rows, const xlsx::Properties& properties) {
    std::vector<xlsx::Column> columns;
    for (const RekapColumn& c : rekap_table) columns.push_back(xlsx::Column{c.name, c.kind, 0, false, {}});
    return xlsx::workbook_bytes({xlsx::sheet_from_text("rekap", std::move(columns), rekap_fields(rows))}, properties);
}

}  // namespace kinerja
