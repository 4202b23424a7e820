// The CSV readers of data_readers.hpp: pegawai.csv, skp-YYYY-MM.csv, perilaku-YYYY-MM.csv.
#include "load/data_readers.hpp"

#include "load/csv_reader.hpp"

namespace kinerja {

std::vector<PegawaiRecord> read_pegawai_csv(std::string_view bytes, const std::string& file,
                                            Diagnostics& diags) {
    std::vector<PegawaiRecord> records;
    const CsvTable table = parse_csv(bytes, file, diags);
    const CsvColumns cols(table, file,
                          {"nip", "nama", "golongan", "jabatan", "jenis_jabatan", "unit_kerja",
                           "nip_atasan"},
                          diags);
    if (!cols.ok()) return records;
    records.reserve(table.rows.size());
    for (const CsvRow& row : table.rows) {
        PegawaiRecord rec;
        rec.loc = SourceLoc{file, row.line};
        rec.nip = cols.get(row, "nip");
        rec.nama = cols.get(row, "nama");
        rec.gelar_depan = cols.get(row, "gelar_depan");
        rec.gelar_belakang = cols.get(row, "gelar_belakang");
        rec.golongan = cols.get(row, "golongan");
        rec.tmt_golongan = cols.get(row, "tmt_golongan");
        rec.jabatan = cols.get(row, "jabatan");
        rec.jenis_jabatan = cols.get(row, "jenis_jabatan");
        rec.unit_kerja = cols.get(row, "unit_kerja");
        rec.nip_atasan = cols.get(row, "nip_atasan");
        records.push_back(std::move(rec));
    }
    return records;
}

std::vector<SkpRecord> read_skp_csv(std::string_view bytes, const std::string& file,
                                    Diagnostics& diags) {
    std::vector<SkpRecord> records;
    const CsvTable table = parse_csv(bytes, file, diags);
    const CsvColumns cols(table, file,
                          {"nip", "uraian", "target_kuantitas", "target_kualitas", "target_waktu",
                           "realisasi_kuantitas", "realisasi_kualitas", "realisasi_waktu"},
                          diags);
    if (!cols.ok()) return records;
    records.reserve(table.rows.size());
    for (const CsvRow& row : table.rows) {
        SkpRecord rec;
        rec.loc = SourceLoc{file, row.line};
        rec.nip = cols.get(row, "nip");
        rec.jenis = cols.get(row, "jenis");
        rec.uraian = cols.get(row, "uraian");
        rec.ak = cols.get(row, "ak");
        rec.satuan = cols.get(row, "satuan");
        rec.target_kuantitas = cols.get(row, "target_kuantitas");
        rec.target_kualitas = cols.get(row, "target_kualitas");
        rec.target_waktu = cols.get(row, "target_waktu");
        rec.target_biaya = cols.get(row, "target_biaya");
        rec.realisasi_kuantitas = cols.get(row, "realisasi_kuantitas");
        rec.realisasi_kualitas = cols.get(row, "realisasi_kualitas");
        rec.realisasi_waktu = cols.get(row, "realisasi_waktu");
        rec.realisasi_biaya = cols.get(row, "realisasi_biaya");
        rec.nilai = cols.get(row, "nilai");
        records.push_back(std::move(rec));
    }
    return records;
}

std::vector<PerilakuRecord> read_perilaku_csv(std::string_view bytes, const std::string& file,
                                              Diagnostics& diags) {
    std::vector<PerilakuRecord> records;
    const CsvTable table = parse_csv(bytes, file, diags);
    const CsvColumns cols(table, file,
                          {"nip", "orientasi_pelayanan", "integritas", "komitmen", "disiplin",
                           "kerja_sama"},
                          diags);
    if (!cols.ok()) return records;
    records.reserve(table.rows.size());
    for (const CsvRow& row : table.rows) {
        PerilakuRecord rec;
        rec.loc = SourceLoc{file, row.line};
        rec.nip = cols.get(row, "nip");
        rec.orientasi_pelayanan = cols.get(row, "orientasi_pelayanan");
        rec.integritas = cols.get(row, "integritas");
        rec.komitmen = cols.get(row, "komitmen");
        rec.disiplin = cols.get(row, "disiplin");
        rec.kerja_sama = cols.get(row, "kerja_sama");
        rec.kepemimpinan = cols.get(row, "kepemimpinan");
        records.push_back(std::move(rec));
    }
    return records;
}

}  // namespace kinerja
