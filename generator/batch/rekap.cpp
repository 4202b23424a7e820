#include "batch/rekap.hpp"

#include "batch/rekap_table.hpp"

namespace kinerja {

namespace {

constexpr RekapColumn<RekapRow> rekap_table[] = {
    {"nip", xlsx::Kind::verbatim, [](const RekapRow& r) { return r.pegawai->nip.digits; }},
    {"nama", xlsx::Kind::text, [](const RekapRow& r) { return r.pegawai->nama_lengkap(); }},
    {"nilai_skp", xlsx::Kind::decimal2, [](const RekapRow& r) { return format_dot(r.nilai_skp, 2); }},
    {"nilai_perilaku", xlsx::Kind::decimal2, [](const RekapRow& r) { return format_dot(r.nilai_perilaku, 2); }},
    {"nilai_prestasi", xlsx::Kind::decimal2, [](const RekapRow& r) { return format_dot(r.nilai_prestasi, 2); }},
    {"predikat", xlsx::Kind::text, [](const RekapRow& r) { return sebutan(r.nilai_prestasi); }},
};

}  // namespace

std::string rekap_csv(const std::vector<RekapRow>& rows) {
    return rekap_table_csv<RekapRow>(rekap_table, rows);
}

std::string rekap_xlsx(const std::vector<RekapRow>& rows, const xlsx::Properties& properties) {
    return rekap_table_xlsx<RekapRow>(rekap_table, rows, properties);
}

}  // namespace kinerja
