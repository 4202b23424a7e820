// Reads a whole data folder (DESIGN section 4) through a FileSource.
#pragma once

#include <string>

#include "load/file_source.hpp"
#include "load/records.hpp"
#include "load/source.hpp"

namespace kinerja {

// periode "YYYY-MM" selects skp-/perilaku- files; empty reads only instansi, pegawai and SOPs.
// Missing files are reported at line 0 of the file expected.
RawData load_data_folder(const FileSource& files, const std::string& periode, Diagnostics& diags);

}  // namespace kinerja
