#include "batch/rekap.hpp"

#include "batch/csv_writer.hpp"

namespace kinerja {

std::string rekap_csv(const std::vector<RekapRow>& rows) {
    std::string out = csv_line({"nip", "nama", "nilai_skp", "nilai_perilaku", "nilai_prestasi", "predikat"});
    for (const RekapRow& row : rows) {
        const NilaiPrestasi& n = row.nilai;
        out += csv_line({row.pegawai->nip.digits, row.pegawai->nama_lengkap(),
                         format_dot(n.skp.nilai_capaian_skp, 2), format_dot(n.perilaku.rata_rata, 2),
                         format_dot(n.nilai_prestasi, 2), sebutan(n.nilai_prestasi)});
    }
    return out;
}

}  // namespace kinerja
