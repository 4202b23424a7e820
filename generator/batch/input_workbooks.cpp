#include "batch/input_workbooks.hpp"

#include <set>
#include <stdexcept>

#include "model/rational.hpp"

namespace kinerja {

namespace {

const std::vector<std::string> golongan_choices = {"I/a",   "I/b",   "I/c",   "I/d",   "II/a", "II/b",
                                                   "II/c",  "II/d",  "III/a", "III/b", "III/c", "III/d",
                                                   "IV/a",  "IV/b",  "IV/c",  "IV/d",  "IV/e"};
const std::vector<std::string> jenis_jabatan_choices = {"struktural", "fungsional", "pelaksana"};
const std::vector<std::string> jenis_choices = {"tugas", "tambahan", "kreativitas"};
const std::vector<std::string> no_choices;

// One column of a data sheet and its line on the Petunjuk sheet.
struct InputColumn {
    const char* name;
    xlsx::Kind kind;
    double width;  // characters
    const std::vector<std::string>& choices;
    const char* wajib;     // whether it must be filled in
    const char* petunjuk;  // what goes in it
};

constexpr const char* nip_petunjuk =
    "NIP 18 digit; boleh dengan spasi atau titik (19690627 200112 1 003). Kolom ini berformat Teks agar "
    "Excel tidak mengubah NIP menjadi angka (1,96906E+17) yang kehilangan digitnya: bila menempel dari "
    "tempat lain, tempel sebagai nilai (Paste Special > Values).";
constexpr const char* nilai_perilaku = "Nilai 0-100; desimal boleh (85,5 atau 85.5).";

const std::vector<InputColumn>& pegawai_columns() {
    static const std::vector<InputColumn> columns = {
        {"nip", xlsx::Kind::verbatim, 22, no_choices, "ya", nip_petunjuk},
        {"nama", xlsx::Kind::text, 28, no_choices, "ya", "Nama tanpa gelar (Hammad Arsyad)."},
        {"gelar_depan", xlsx::Kind::text, 12, no_choices, "tidak", "Gelar di depan nama (H., Dr., Ir.)."},
        {"gelar_belakang", xlsx::Kind::text, 16, no_choices, "tidak", "Gelar di belakang nama (S.Sos., M.Si.)."},
        {"golongan", xlsx::Kind::text, 11, golongan_choices, "ya",
         "Golongan ruang I/a sampai IV/e; pilih dari daftar. Pangkat diturunkan dari golongan "
         "(III/b: Penata Muda Tingkat I)."},
        {"tmt_golongan", xlsx::Kind::verbatim, 14, no_choices, "tidak",
         "TMT golongan sebagai tanggal TTTT-BB-HH (2018-04-01), atau kosong. Kolom berformat Teks agar Excel "
         "tidak mengubah tanggal menjadi bilangan."},
        {"jabatan", xlsx::Kind::text, 34, no_choices, "ya", "Nama jabatan (Camat Lampihong, Pengadministrasi Umum)."},
        {"jenis_jabatan", xlsx::Kind::text, 15, jenis_jabatan_choices, "ya",
         "struktural, fungsional atau pelaksana; pilih dari daftar. Nilai kepemimpinan hanya untuk struktural."},
        {"unit_kerja", xlsx::Kind::text, 28, no_choices, "ya", "Unit kerja (Sekretariat Kecamatan)."},
        {"nip_atasan", xlsx::Kind::verbatim, 22, no_choices, "ya, kecuali pimpinan",
         "NIP pejabat penilai (atasan langsung), pegawai di daftar ini; kosong hanya untuk pimpinan instansi. "
         "Atasan pejabat penilai adalah atasan si penilai. Berformat Teks seperti nip."},
    };
    return columns;
}

const std::vector<InputColumn>& skp_columns() {
    static const std::vector<InputColumn> columns = {
        {"nip", xlsx::Kind::verbatim, 22, no_choices, "ya",
         "NIP pegawai yang ada di pegawai; satu baris per kegiatan, dalam urutan cetak. Berformat Teks."},
        {"jenis", xlsx::Kind::text, 12, jenis_choices, "tidak",
         "tugas (kegiatan tugas jabatan; juga bila kosong), tambahan (tugas tambahan: cukup uraian) atau "
         "kreativitas (uraian dan nilai); pilih dari daftar."},
        {"uraian", xlsx::Kind::text, 50, no_choices, "ya", "Uraian kegiatan, tugas tambahan atau kreativitas."},
        {"ak", xlsx::Kind::number, 6, no_choices, "tidak", "Angka kredit kegiatan, bila ada."},
        {"satuan", xlsx::Kind::text, 12, no_choices, "tidak", "Satuan output kuantitas (dokumen, laporan, kegiatan)."},
        {"target_kuantitas", xlsx::Kind::number, 10, no_choices, "ya (tugas)", "Target kuantitas; lebih dari 0."},
        {"target_kualitas", xlsx::Kind::number, 10, no_choices, "ya (tugas)", "Target kualitas, 1-100 (biasanya 100)."},
        {"target_waktu", xlsx::Kind::number, 10, no_choices, "ya (tugas)",
         "Target waktu dalam bulan; desimal boleh (9,12)."},
        {"target_biaya", xlsx::Kind::number, 14, no_choices, "tidak",
         "Target biaya dalam rupiah. Kosongkan bersama realisasi_biaya bila kegiatan tanpa target biaya."},
        {"realisasi_kuantitas", xlsx::Kind::number, 10, no_choices, "ya (tugas)",
         "Realisasi kuantitas; 0 bila kegiatan tidak dilaksanakan (semua aspeknya lalu bernilai 0)."},
        {"realisasi_kualitas", xlsx::Kind::number, 10, no_choices, "ya (tugas)", "Realisasi kualitas, 0-100."},
        {"realisasi_waktu", xlsx::Kind::number, 10, no_choices, "ya (tugas)", "Realisasi waktu dalam bulan."},
        {"realisasi_biaya", xlsx::Kind::number, 14, no_choices, "bila ada target biaya",
         "Realisasi biaya dalam rupiah; diisi bila dan hanya bila target_biaya diisi."},
        {"nilai", xlsx::Kind::number, 8, no_choices, "ya (kreativitas)",
         "Nilai kreativitas yang diberikan (hanya untuk jenis kreativitas)."},
    };
    return columns;
}

const std::vector<InputColumn>& perilaku_columns() {
    static const std::vector<InputColumn> columns = {
        {"nip", xlsx::Kind::verbatim, 22, no_choices, "ya", "NIP pegawai yang ada di pegawai; satu baris per pegawai."},
        {"orientasi_pelayanan", xlsx::Kind::number, 12, no_choices, "ya", nilai_perilaku},
        {"integritas", xlsx::Kind::number, 12, no_choices, "ya", nilai_perilaku},
        {"komitmen", xlsx::Kind::number, 12, no_choices, "ya", nilai_perilaku},
        {"disiplin", xlsx::Kind::number, 12, no_choices, "ya", nilai_perilaku},
        {"kerja_sama", xlsx::Kind::number, 12, no_choices, "ya", nilai_perilaku},
        {"kepemimpinan", xlsx::Kind::number, 12, no_choices, "ya (struktural)",
         "Nilai 0-100 untuk pegawai struktural; kosong untuk pegawai fungsional dan pelaksana."},
    };
    return columns;
}

const std::vector<InputColumn>& columns_of(InputFile file) {
    switch (file) {
        case InputFile::pegawai: return pegawai_columns();
        case InputFile::skp: return skp_columns();
        case InputFile::perilaku: return perilaku_columns();
    }
    throw std::logic_error("jenis berkas masukan tidak dikenal");
}

struct FileText {
    const char* sheet;  // the data sheet's name
    const char* title;  // the document's title
};

FileText text_of(InputFile file) {
    switch (file) {
        case InputFile::pegawai: return {"pegawai", "Daftar Pegawai"};
        case InputFile::skp: return {"skp", "Sasaran Kerja Pegawai"};
        case InputFile::perilaku: return {"perilaku", "Nilai Perilaku Kerja"};
    }
    throw std::logic_error("jenis berkas masukan tidak dikenal");
}

// What the Petunjuk sheet says besides the columns.
const std::vector<std::vector<std::string>> general_notes = {
    {"Catatan", "", "Isi lembar pertama mulai baris 2. Baris 1 adalah nama kolom: jangan diubah atau dihapus. "
                    "Lembar Petunjuk ini tidak dibaca kinerja."},
    {"Catatan", "", "Angka boleh ditulis dengan koma atau titik desimal (85,5 atau 85.5)."},
    {"Catatan", "", "Sebelum mencetak, periksa isian dengan: kinerja check FOLDER_DATA --period TTTT-BB. "
                    "Setiap masalah disebut dengan nomor barisnya seperti yang terlihat di Excel."},
};

xlsx::Sheet petunjuk_sheet(const std::vector<InputColumn>& columns) {
    xlsx::Sheet sheet{"Petunjuk",
                      {xlsx::Column{"kolom", xlsx::Kind::text, 22, true, {}},
                       xlsx::Column{"wajib diisi", xlsx::Kind::text, 16, true, {}},
                       xlsx::Column{"petunjuk", xlsx::Kind::text, 90, true, {}}},
                      {},
                      false};
    for (const InputColumn& c : columns) {
        std::string text = c.petunjuk;
        if (!c.choices.empty()) {
            std::string list;
            for (const std::string& choice : c.choices) list += (list.empty() ? "" : ", ") + choice;
            text += " Pilihan: " + list + ".";
        }
        sheet.rows.push_back({std::string(c.name), std::string(c.wajib), text});
    }
    for (const std::vector<std::string>& note : general_notes) {
        sheet.rows.push_back({note.at(0), note.at(1), note.at(2)});
    }
    return sheet;
}

xlsx::Cell text_cell(const std::string& text) {
    if (text.empty()) return std::monostate{};
    return text;
}

// A number as the model will read it (the same grouping rule), else the text as written.
xlsx::Cell number_cell(const std::string& text, bool group_thousands = false) {
    if (text.empty()) return std::monostate{};
    try {
        if (const std::optional<Rational> value = parse_number(text, group_thousands)) return value->to_double();
    } catch (const std::overflow_error&) {
        // too long to be held exactly: kept as written, for check to report
    }
    return text;
}

std::string nip_key(const std::string& nip) {
    std::string digits;
    for (char c : nip) {
        if (c >= '0' && c <= '9') digits += c;
    }
    return digits.empty() ? nip : digits;
}

}  // namespace

std::string input_workbook_name(InputFile file, Period period) {
    switch (file) {
        case InputFile::pegawai: return "pegawai.xlsx";
        case InputFile::skp: return "skp-" + period.iso() + ".xlsx";
        case InputFile::perilaku: return "perilaku-" + period.iso() + ".xlsx";
    }
    throw std::logic_error("jenis berkas masukan tidak dikenal");
}

std::vector<std::string> input_columns(InputFile file) {
    std::vector<std::string> names;
    for (const InputColumn& c : columns_of(file)) names.emplace_back(c.name);
    return names;
}

std::string input_workbook(InputFile file, Period period, const std::vector<std::vector<xlsx::Cell>>& rows,
                           const std::string& instansi_nama) {
    const std::vector<InputColumn>& columns = columns_of(file);
    const FileText text = text_of(file);
    xlsx::Sheet data{text.sheet, {}, rows, false};
    for (const InputColumn& c : columns) data.columns.push_back(xlsx::Column{c.name, c.kind, c.width, false, c.choices});
    const std::string title =
        std::string(text.title) + (file == InputFile::pegawai ? "" : " " + period.bulan_tahun());
    const xlsx::Properties properties{title, std::string(text.title) + " untuk kinerja: isi lembar pertama",
                                      instansi_nama, "", period.first_day()};
    return xlsx::workbook_bytes({data, petunjuk_sheet(columns)}, properties);
}

std::vector<std::vector<xlsx::Cell>> next_month_skp_rows(const std::vector<SkpRecord>& skp) {
    std::vector<std::vector<xlsx::Cell>> rows;
    for (const SkpRecord& r : skp) {
        rows.push_back({text_cell(r.nip), text_cell(r.jenis), text_cell(r.uraian), number_cell(r.ak),
                        text_cell(r.satuan), number_cell(r.target_kuantitas), number_cell(r.target_kualitas),
                        number_cell(r.target_waktu), number_cell(r.target_biaya, true)});
    }
    return rows;
}

std::vector<std::vector<xlsx::Cell>> next_month_perilaku_rows(const std::vector<PegawaiRecord>& pegawai) {
    std::vector<std::vector<xlsx::Cell>> rows;
    std::set<std::string> listed;
    for (const PegawaiRecord& p : pegawai) {
        if (p.nip.empty() || !listed.insert(nip_key(p.nip)).second) continue;
        rows.push_back({p.nip});
    }
    return rows;
}

}  // namespace kinerja
