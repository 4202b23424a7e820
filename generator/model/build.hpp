// Records to model: types every field, checks every rule of the data folder, reports each
// problem as FILE:LINE: field: message, and keeps every record that is valid.
#pragma once

#include <optional>

#include "load/records.hpp"
#include "load/source.hpp"
#include "model/dataset.hpp"

namespace kinerja {

struct BuildResult {
    std::optional<DataSet> data;  // nullopt only when instansi.xml itself is unusable (missing,
                                  // unreadable, or a field with a control character)
    std::size_t kegiatan_count = 0;  // SKP tugas rows kept
};

BuildResult build_dataset(const RawData& raw, Diagnostics& diags);

}  // namespace kinerja
