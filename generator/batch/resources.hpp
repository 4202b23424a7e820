// Where the program finds what ships with it (templates/ and fonts/), and the loading of what
// every command makes documents with: the bundled fonts, the templates (the office's own when
// DATA_DIR/templates/ has one), the logo and the scanned signatures.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "compose/document.hpp"
#include "layout/font_book.hpp"
#include "load/file_source.hpp"
#include "load/source.hpp"
#include "model/dataset.hpp"
#include "render/pdf_writer.hpp"

namespace kinerja {

// Where the program looks for templates/ and fonts/, in order, when it runs as `program`
// (an absolute path): beside it, one level up (build/kinerja in a checkout), and
// ../share/kinerja (an installed <prefix>/bin/kinerja: cmake --install, the .deb). Last,
// `source_dir`, but only for a program inside `build_dir`, the folder it was built in: a
// copy installed elsewhere never quietly uses the source folder instead of its own files.
// Empty build_dir or source_dir: no such last place.
std::vector<std::filesystem::path> resource_candidates(const std::filesystem::path& program,
                                                       const std::filesystem::path& build_dir,
                                                       const std::filesystem::path& source_dir);

// The first of resource_candidates() for this program that holds templates/ and fonts/, with
// the build and source folders CMake compiled in (none when KINERJA_SOURCE_FALLBACK is off).
// Throws std::runtime_error, naming every place looked in, if none does.
std::filesystem::path resource_dir();

// A file that ships with the program. Throws std::runtime_error when it cannot be read.
std::string read_resource(const std::filesystem::path& path);

// The bundled fonts: the files for render and the same faces measured for layout.
struct BundledFonts {
    render::FontFiles files;
    std::optional<layout::FontBook> book;  // always set by load_bundled_fonts
};
BundledFonts load_bundled_fonts(const std::filesystem::path& resources);

// A template's name as reported ("templates/NAME") and its bytes: the office's own when the
// data folder has one, else the shipped one.
std::pair<std::string, std::string> template_bytes(const FileSource& files, const std::filesystem::path& resources,
                                                   std::string_view name);

// A PNG or JPEG with its size in pixels, or why it cannot be used (render::check_image's words).
std::variant<doc::ImageData, std::string> read_image(std::string bytes);

// The logo named in instansi.xml, a PNG or a JPEG whatever its name; a missing or unusable one
// is reported at <instansi> (naming the file and saying why) and left out.
std::optional<doc::ImageData> load_logo(const DataSet& data, const FileSource& files, Diagnostics& diags);

}  // namespace kinerja
