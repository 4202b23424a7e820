// The workbooks an office fills in (DESIGN sections 3 and 4): pegawai.xlsx, skp-YYYY-MM.xlsx
// and perilaku-YYYY-MM.xlsx, as `kinerja init` makes them empty and `kinerja next-month` makes
// them from the month before.
//
// The first sheet holds the data: the CSV columns of DESIGN section 4 as its header row (bold,
// frozen), NIP and date columns formatted as Text ("@", so that Excel keeps all 18 digits and
// does not turn 2018-04-01 into a date number), drop-down lists for golongan, jenis_jabatan
// and jenis. The second sheet, "Petunjuk", explains every column in Bahasa Indonesia; readers
// read only the first sheet.
#pragma once

#include <string>
#include <vector>

#include "batch/xlsx_writer.hpp"
#include "load/records.hpp"

namespace kinerja {

enum class InputFile { pegawai, skp, perilaku };

// "pegawai.xlsx", "skp-2024-04.xlsx", "perilaku-2024-04.xlsx".
std::string input_workbook_name(InputFile file, Period period);

// The column names of a file's data sheet, in order (DESIGN section 4).
std::vector<std::string> input_columns(InputFile file);

// A workbook of `file` with `rows` below the header, each row's cells in input_columns order
// (fewer cells: the rest empty). The document is created on the period's first day.
std::string input_workbook(InputFile file, Period period, const std::vector<std::vector<xlsx::Cell>>& rows,
                           const std::string& instansi_nama = "");

// The SKP rows of the month after, from the rows of a month as read: nip, jenis, uraian, ak,
// satuan and the targets as they were (numbers as numbers where they read as numbers, else the
// text as written); realisasi and nilai empty.
std::vector<std::vector<xlsx::Cell>> next_month_skp_rows(const std::vector<SkpRecord>& skp);

// The perilaku rows of the month after: every pegawai's NIP once, in pegawai-file order, the
// scores empty.
std::vector<std::vector<xlsx::Cell>> next_month_perilaku_rows(const std::vector<PegawaiRecord>& pegawai);

}  // namespace kinerja
