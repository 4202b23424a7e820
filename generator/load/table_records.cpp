// The readers of data_readers.hpp for tables (CSV or workbook): pegawai, skp-YYYY-MM,
// perilaku-YYYY-MM, templates/libur.csv and the 2022 regime's skp-YYYY, realisasi-YYYY-MM and
// penilaian-YYYY-MM. Each record's columns are listed once, in a table that says which field
// each column fills and what is asked of it.
#include "load/data_readers.hpp"

#include <array>
#include <tuple>

#include "load/table.hpp"

namespace kinerja {

namespace {

// A column and the field it fills: a string member, or the text `slot` gives (one element of
// an array member, PenilaianRecord::umpan_balik). `alias` is another name the column may have
// instead.
template <class Record>
struct Column {
    ColumnRule rule;
    std::string Record::*field = nullptr;
    std::string_view alias{};
    std::string& (*slot)(Record&) = nullptr;

    std::string& in(Record& rec) const { return field != nullptr ? rec.*field : slot(rec); }
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

// skp-YYYY (DESIGN 8.2): one row per indikator, ekspektasi or lampiran item.
const std::array<Column<Skp2022Record>, 9> kSkp2022Columns{{
    {nip("nip"), &Skp2022Record::nip},
    {optional("jenis"), &Skp2022Record::jenis},
    {optional("rhk_atasan"), &Skp2022Record::rhk_atasan, "rhk_pimpinan"},
    {required("rhk"), &Skp2022Record::rhk},
    {optional("aspek"), &Skp2022Record::aspek},
    {required("indikator"), &Skp2022Record::indikator},
    {required("target"), &Skp2022Record::target},
    {optional("perilaku"), &Skp2022Record::perilaku},
    {optional("uraian"), &Skp2022Record::uraian},
}};

const std::array<Column<RealisasiRecord>, 7> kRealisasiColumns{{
    {nip("nip"), &RealisasiRecord::nip},
    {optional("evaluasi"), &RealisasiRecord::evaluasi},
    {optional("rhk"), &RealisasiRecord::rhk},
    {required("indikator"), &RealisasiRecord::indikator},
    {required("realisasi"), &RealisasiRecord::realisasi},
    {optional("bukti_dukung"), &RealisasiRecord::bukti_dukung},
    {optional("umpan_balik"), &RealisasiRecord::umpan_balik},
}};

// The umpan_balik_<kode> column of one core value, by NilaiDasar order.
template <std::size_t Index>
constexpr Column<PenilaianRecord> umpan_balik(std::string_view name) {
    static_assert(Index < std::tuple_size_v<decltype(PenilaianRecord::umpan_balik)>);
    return {optional(name), nullptr, {}, [](PenilaianRecord& r) -> std::string& { return r.umpan_balik[Index]; }};
}

const std::array<Column<PenilaianRecord>, 12> kPenilaianColumns{{
    {nip("nip"), &PenilaianRecord::nip},
    {optional("evaluasi"), &PenilaianRecord::evaluasi},
    {required("rating_hasil_kerja"), &PenilaianRecord::rating_hasil_kerja},
    {required("rating_perilaku"), &PenilaianRecord::rating_perilaku},
    umpan_balik<0>("umpan_balik_berorientasi_pelayanan"),
    umpan_balik<1>("umpan_balik_akuntabel"),
    umpan_balik<2>("umpan_balik_kompeten"),
    umpan_balik<3>("umpan_balik_harmonis"),
    umpan_balik<4>("umpan_balik_loyal"),
    umpan_balik<5>("umpan_balik_adaptif"),
    umpan_balik<6>("umpan_balik_kolaboratif"),
    {optional("catatan"), &PenilaianRecord::catatan},
}};

// One record per data row of the table in `bytes`, each field from its column (or from the
// column's alias when the column itself is absent or empty).
template <class Record, std::size_t N>
std::vector<Record> read_records(std::string_view bytes, const std::string& file,
                                 const std::array<Column<Record>, N>& columns, Diagnostics& diags) {
    std::array<ColumnRule, N> rules;
    std::vector<std::string_view> names;  // the words a header row holds, aliases too
    for (std::size_t i = 0; i < N; ++i) {
        rules[i] = columns[i].rule;
        names.push_back(columns[i].rule.name);
        if (!columns[i].alias.empty()) names.push_back(columns[i].alias);
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
            std::string& value = column.in(rec);
            value = cols.get(row, column.rule.name, rec.refused);
            if (value.empty() && !column.alias.empty()) value = cols.get(row, column.alias, rec.refused);
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

std::vector<Skp2022Record> read_skp2022_table(std::string_view bytes, const std::string& file,
                                              Diagnostics& diags) {
    return read_records(bytes, file, kSkp2022Columns, diags);
}

std::vector<RealisasiRecord> read_realisasi_table(std::string_view bytes, const std::string& file,
                                                  Diagnostics& diags) {
    return read_records(bytes, file, kRealisasiColumns, diags);
}

std::vector<PenilaianRecord> read_penilaian_table(std::string_view bytes, const std::string& file,
                                                  Diagnostics& diags) {
    return read_records(bytes, file, kPenilaianColumns, diags);
}

}  // namespace kinerja
