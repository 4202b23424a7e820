// The commands that make an office's data folder (DESIGN section 3): `kinerja init`,
// `kinerja next-month` and `kinerja template copy`. None of them overwrites anything: each
// refuses (UsageError, cli.hpp) when what it would write is already there, and writes each
// file whole or not at all.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include "model/calendar.hpp"

namespace kinerja {

// The instansi.xml `init` writes: the format of DESIGN section 4, the office's own values
// empty, the usual ones filled in (kertas F4, three lembar, the arsip settings, no scanned
// signatures), with comments in Bahasa Indonesia saying what goes where.
std::string instansi_template();

// `kinerja init DIR`: a new data folder at `dir` (made, or an empty folder filled) holding
// instansi.xml, pegawai.xlsx, skp-YYYY-MM.xlsx and perilaku-YYYY-MM.xlsx of `period`.
// UsageError when `dir` is a file or a folder that is not empty. Returns exit_ok.
int init_data_folder(std::filesystem::path dir, Period period, std::ostream& out);

// `kinerja next-month DATA_DIR --period YYYY-MM`: skp-YYYY-MM.xlsx and perilaku-YYYY-MM.xlsx
// of `period`, prepared from the month before as load_data_folder reads it. UsageError when a
// skp or perilaku file of `period` exists in any form. The problems of the month before (and
// of pegawai) go to err as FILE:LINE lines: a whole file that cannot be read means nothing is
// written (exit_problems); a bad record is left out and the rest written (exit_problems).
int prepare_next_month(const std::filesystem::path& data_dir, Period period, std::ostream& out, std::ostream& err);

// The templates that ship with the program (templates/ beside it, README.md not counted),
// sorted: the NAMEs `template copy` takes.
std::vector<std::string> shipped_template_names(const std::filesystem::path& resources);

// `kinerja template copy NAME DATA_DIR`: the shipped template NAME (its extension may be left
// out) copied to DATA_DIR/templates/NAME to edit. UsageError for an unknown NAME (listing the
// names) or when DATA_DIR/templates/NAME exists. Returns exit_ok.
int copy_template(const std::string& name, const std::filesystem::path& data_dir,
                  const std::filesystem::path& resources, std::ostream& out);

}  // namespace kinerja
