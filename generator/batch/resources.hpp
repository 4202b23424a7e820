// Where the program finds what ships with it: templates/ and fonts/.
#pragma once

#include <filesystem>

namespace kinerja {

// The folder holding templates/ and fonts/: beside the program or one level up (build/kinerja
// in a checkout), else the source folder it was built from. Throws std::runtime_error if none.
std::filesystem::path resource_dir();

}  // namespace kinerja
