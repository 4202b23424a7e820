#include "batch/rekap.hpp"

#include "batch/csv_writer.hpp"

namespace kinerja {

std::string rekap_csv(const std::vector<RekapRow>& rows) {
    std::string out = csv_line({"nip", "nama", "nilai_skp", "nilai_perilaku", "nilai_prestasi", "predikat"});
    for (const RekapRow& row : rows) {
        out += csv_line({row.pegawai->nip.digits, row.pegawai->nama_lengkap(), format_dot(row.nilai_skp, 2),
                         format_dot(row.nilai_perilaku, 2), format_dot(row.nilai_prestasi, 2),
                         sebutan(row.nilai_prestasi)});
    }
    return out;
}

}  // namespace kinerja
