// The readers of data_readers.hpp for tables (CSV or workbook): pegawai, skp-YYYY-MM,
// perilaku-YYYY-MM and templates/libur.csv. Each record's columns are listed once, in a table
// that says which field each column fills and what is asked of it.
#include "load/data_readers.hpp"

#include <array>

#include "load/table.hpp"

namespace kinerja {

namespace {

template <class Record>
struct Column {
    ColumnRule rule;
    std::string Record::*field;
};

constexpr ColumnRule required(std::string_view name) { return {name, true, false}; }
constexpr ColumnRule optional(std::string_view name) { return {name, false, false}; }
constexpr ColumnRule nip(std::string_view name) { return {name, true, true}; }

const std::array<Column<PegawaiRecord>, 10> kPegawaiColumns{{
    {nip("nip"), &PegawaiRecord::nip},
    {required("nama"), &PegawaiRecord::nama},
    {optional("gelar_depan"), &PegawaiRecord::gelar_depan},
    {optional("gelar_belakang"), &PegawaiRecord::gelar_belakang},
    {required("golongan"), &PegawaiRecord::golongan},
    {optional("tmt_golongan"), &PegawaiRecord::tmt_golongan},
    {required("jabatan"), &PegawaiRecord::jabatan},
    {required("jenis_jabatan"), &PegawaiRecord::jenis_jabatan},
    {required("unit_kerja"), &PegawaiRecord::unit_kerja},
    {nip("nip_atasan"), &PegawaiRecord::nip_atasan},
}};

const std::array<Column<SkpRecord>, 14> kSkpColumns{{
    {nip("nip"), &SkpRecord::nip},
    {optional("jenis"), &SkpRecord::jenis},
    {required("uraian"), &SkpRecord::uraian},
    {optional("ak"), &SkpRecord::ak},
    {optional("satuan"), &SkpRecord::satuan},
    {required("target_kuantitas"), &SkpRecord::target_kuantitas},
    {required("target_kualitas"), &SkpRecord::target_kualitas},
    {required("target_waktu"), &SkpRecord::target_waktu},
    {optional("target_biaya"), &SkpRecord::target_biaya},
    {required("realisasi_kuantitas"), &SkpRecord::realisasi_kuantitas},
    {required("realisasi_kualitas"), &SkpRecord::realisasi_kualitas},
    {required("realisasi_waktu"), &SkpRecord::realisasi_waktu},
    {optional("realisasi_biaya"), &SkpRecord::realisasi_biaya},
    {optional("nilai"), &SkpRecord::nilai},
}};

const std::array<Column<PerilakuRecord>, 7> kPerilakuColumns{{
    {nip("nip"), &PerilakuRecord::nip},
    {required("orientasi_pelayanan"), &PerilakuRecord::orientasi_pelayanan},
    {required("integritas"), &PerilakuRecord::integritas},
    {required("komitmen"), &PerilakuRecord::komitmen},
    {required("disiplin"), &PerilakuRecord::disiplin},
    {required("kerja_sama"), &PerilakuRecord::kerja_sama},
    {optional("kepemimpinan"), &PerilakuRecord::kepemimpinan},
}};

const std::array<Column<LiburRecord>, 3> kLiburColumns{{
    {required("tanggal"), &LiburRecord::tanggal},
    {required("jenis"), &LiburRecord::jenis},
    {optional("keterangan"), &LiburRecord::keterangan},
}};

// One record per data row of the table in `bytes`, each field from its column.
template <class Record, std::size_t N>
std::vector<Record> read_records(std::string_view bytes, const std::string& file,
                                 const std::array<Column<Record>, N>& columns, Diagnostics& diags) {
    std::array<ColumnRule, N> rules;
    std::array<std::string_view, N> names;
    for (std::size_t i = 0; i < N; ++i) {
        rules[i] = columns[i].rule;
        names[i] = columns[i].rule.name;
    }
    std::vector<Record> records;
    const Table table = parse_table(bytes, file, diags, names);
    const TableColumns cols(table, file, rules, diags);
    if (!cols.ok()) return records;
    records.reserve(cols.data_rows().size());
    for (const TableRow& row : cols.data_rows()) {
        Record rec;
        rec.loc = SourceLoc{file, row.line};
        for (const Column<Record>& column : columns) {
            rec.*column.field = cols.get(row, column.rule.name, rec.refused);
        }
        records.push_back(std::move(rec));
    }
    return records;
}

}  // namespace

std::vector<PegawaiRecord> read_pegawai_table(std::string_view bytes, const std::string& file, Diagnostics& diags) {
    return read_records(bytes, file, kPegawaiColumns, diags);
}

std::vector<SkpRecord> read_skp_table(std::string_view bytes, const std::string& file, Diagnostics& diags) {
    return read_records(bytes, file, kSkpColumns, diags);
}

std::vector<PerilakuRecord> read_perilaku_table(std::string_view bytes, const std::string& file, Diagnostics& diags) {
    return read_records(bytes, file, kPerilakuColumns, diags);
}

std::vector<LiburRecord> read_libur_csv(std::string_view bytes, const std::string& file, Diagnostics& diags) {
    return read_records(bytes, file, kLiburColumns, diags);
}

}  // namespace kinerja
