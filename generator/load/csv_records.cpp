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
        auto get = [&](const std::string& column) { return cols.get(row, column, rec.refused); };
        rec.nip = get("nip");
        rec.nama = get("nama");
        rec.gelar_depan = get("gelar_depan");
        rec.gelar_belakang = get("gelar_belakang");
        rec.golongan = get("golongan");
        rec.tmt_golongan = get("tmt_golongan");
        rec.jabatan = get("jabatan");
        rec.jenis_jabatan = get("jenis_jabatan");
        rec.unit_kerja = get("unit_kerja");
        rec.nip_atasan = get("nip_atasan");
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
        auto get = [&](const std::string& column) { return cols.get(row, column, rec.refused); };
        rec.nip = get("nip");
        rec.jenis = get("jenis");
        rec.uraian = get("uraian");
        rec.ak = get("ak");
        rec.satuan = get("satuan");
        rec.target_kuantitas = get("target_kuantitas");
        rec.target_kualitas = get("target_kualitas");
        rec.target_waktu = get("target_waktu");
        rec.target_biaya = get("target_biaya");
        rec.realisasi_kuantitas = get("realisasi_kuantitas");
        rec.realisasi_kualitas = get("realisasi_kualitas");
        rec.realisasi_waktu = get("realisasi_waktu");
        rec.realisasi_biaya = get("realisasi_biaya");
        rec.nilai = get("nilai");
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
        auto get = [&](const std::string& column) { return cols.get(row, column, rec.refused); };
        rec.nip = get("nip");
        rec.orientasi_pelayanan = get("orientasi_pelayanan");
        rec.integritas = get("integritas");
        rec.komitmen = get("komitmen");
        rec.disiplin = get("disiplin");
        rec.kerja_sama = get("kerja_sama");
        rec.kepemimpinan = get("kepemimpinan");
        records.push_back(std::move(rec));
    }
    return records;
}

std::vector<LiburRecord> read_libur_csv(std::string_view bytes, const std::string& file, Diagnostics& diags) {
    std::vector<LiburRecord> records;
    const CsvTable table = parse_csv(bytes, file, diags);
    const CsvColumns cols(table, file, {"tanggal", "jenis"}, diags);
    if (!cols.ok()) return records;
    for (const CsvRow& row : table.rows) {
        LiburRecord rec;
        rec.loc = SourceLoc{file, row.line};
        auto get = [&](const std::string& column) { return cols.get(row, column, rec.refused); };
        rec.tanggal = get("tanggal");
        rec.jenis = get("jenis");
        rec.keterangan = get("keterangan");
        records.push_back(std::move(rec));
    }
    return records;
}

}  // namespace kinerja
