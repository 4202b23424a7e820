#include "batch/rekap2022.hpp"

#include "batch/rekap_table.hpp"

namespace kinerja {

namespace {

constexpr RekapColumn<RekapRow2022> rekap2022_table[] = {
    {"nip", xlsx::Kind::verbatim, [](const RekapRow2022& r) { return r.pegawai->nip.digits; }},
    {"nama", xlsx::Kind::text, [](const RekapRow2022& r) { return r.pegawai->nama_lengkap(); }},
    {"rating_hasil_kerja", xlsx::Kind::text,
     [](const RekapRow2022& r) { return std::string(rating_text(r.rating_hasil_kerja)); }},
    {"rating_perilaku", xlsx::Kind::text,
     [](const RekapRow2022& r) { return std::string(rating_text(r.rating_perilaku)); }},
    {"predikat", xlsx::Kind::text, [](const RekapRow2022& r) { return std::string(predikat_text(r.predikat)); }},
    {"persen_angka_kredit", xlsx::Kind::whole,
     [](const RekapRow2022& r) {
         return r.persen_angka_kredit ? std::to_string(*r.persen_angka_kredit) : std::string();
     }},
};

}  // namespace

std::string rekap2022_csv(const std::vector<RekapRow2022>& rows) {
    return rekap_table_csv<RekapRow2022>(rekap2022_table, rows);
}

std::string rekap2022_xlsx(const std::vector<RekapRow2022>& rows, const xlsx::Properties& properties) {
    return rekap_table_xlsx<RekapRow2022>(rekap2022_table, rows, properties);
}

}  // namespace kinerja
