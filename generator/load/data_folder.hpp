// Reads a whole data folder (DESIGN section 4) through a FileSource.
#pragma once

#include <string>

#include "load/file_source.hpp"
#include "load/records.hpp"
#include "load/source.hpp"

namespace kinerja {

// periode "YYYY-MM" selects the period's files of the regime instansi.xml's <regulasi> puts it
// under (DESIGN 8.1): skp-YYYY-MM and perilaku-YYYY-MM (pp46-2011), or skp-YYYY with
// realisasi-/penilaian-YYYY-MM or evaluasi-YYYY-MM.xml (permenpanrb-6-2022); the other regime's
// period files are not read, each a warning. An unusable <regulasi> reads neither (the model
// reports it). Empty periode reads only instansi, pegawai and SOPs. Missing files are reported
// at line 0 of the file expected.
RawData load_data_folder(const FileSource& files, const std::string& periode, Diagnostics& diags);

}  // namespace kinerja
