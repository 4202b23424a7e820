// The rules of the 2022 regime, loaded the way a template is: the office's
// DATA_DIR/templates/regulasi-2022.xml when there is one, else the shipped file (DESIGN 8.3).
#pragma once

#include <filesystem>
#include <optional>

#include "load/file_source.hpp"
#include "load/source.hpp"
#include "model/regime2022.hpp"

namespace kinerja {

// Read and checked once; every problem is reported as templates/regulasi-2022.xml:LINE: ... and
// gives nullopt (no evaluation may then be made). Throws std::runtime_error when the shipped
// file cannot be read, as for every template.
std::optional<Regulasi2022> load_regulasi2022(const FileSource& files, const std::filesystem::path& resources,
                                              Diagnostics& diags);

}  // namespace kinerja
