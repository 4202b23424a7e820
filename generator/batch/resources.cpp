#include "batch/resources.hpp"

#include <fstream>
#include <iterator>
#include <map>
#include <stdexcept>
#include <system_error>
#include <vector>

#include "render/image_check.hpp"

// Set by CMake unless KINERJA_SOURCE_FALLBACK is off (scripts/package): the folder the program
// was built in and the source folder it was built from.
#ifndef KINERJA_SOURCE_DIR
#define KINERJA_SOURCE_DIR ""
#endif
#ifndef KINERJA_BINARY_DIR
#define KINERJA_BINARY_DIR ""
#endif

namespace kinerja {
namespace {

bool has_resources(const std::filesystem::path& dir) {
    std::error_code ec;
    return std::filesystem::is_directory(dir / "templates", ec) &&
           std::filesystem::is_directory(dir / "fonts", ec);
}

// Whether `dir` is `root` or a folder below it (both absolute).
bool is_within(const std::filesystem::path& dir, const std::filesystem::path& root) {
    std::error_code ec;
    const std::filesystem::path canonical_root = std::filesystem::weakly_canonical(root, ec);
    if (ec) return false;
    const std::filesystem::path relative = dir.lexically_relative(canonical_root);
    return !relative.empty() && *relative.begin() != "..";
}

}  // namespace

std::vector<std::filesystem::path> resource_candidates(const std::filesystem::path& program,
                                                       const std::filesystem::path& build_dir,
                                                       const std::filesystem::path& source_dir) {
    const std::filesystem::path dir = program.parent_path();
    std::vector<std::filesystem::path> candidates = {dir, dir.parent_path(), dir.parent_path() / "share" / "kinerja"};
    if (!build_dir.empty() && !source_dir.empty() && is_within(dir, build_dir)) candidates.push_back(source_dir);
    return candidates;
}

std::filesystem::path resource_dir() {
    std::error_code ec;
    const std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec) throw std::runtime_error("letak program tidak dapat dibaca dari /proc/self/exe: " + ec.message());
    const std::vector<std::filesystem::path> candidates =
        resource_candidates(program, KINERJA_BINARY_DIR, KINERJA_SOURCE_DIR);
    std::string searched;
    for (const std::filesystem::path& candidate : candidates) {
        if (has_resources(candidate)) return candidate;
        searched += (searched.empty() ? "" : ", ") + candidate.string();
    }
    throw std::runtime_error("folder templates/ dan fonts/ milik program tidak ditemukan (dicari di " + searched +
                             "); pasang ulang kinerja");
}

std::string read_resource(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("tidak dapat membaca " + path.string());
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

BundledFonts load_bundled_fonts(const std::filesystem::path& resources) {
    BundledFonts fonts;
    fonts.files = render::bundled_font_files((resources / "fonts").string());
    std::map<layout::Face, std::string> ttf;
    for (int i = 0; i < layout::face_count; ++i) {
        auto face = static_cast<layout::Face>(i);
        ttf[face] = read_resource(fonts.files.path(face));
    }
    fonts.book.emplace(std::move(ttf));
    return fonts;
}

std::pair<std::string, std::string> template_bytes(const FileSource& files, const std::filesystem::path& resources,
                                                   std::string_view name) {
    std::string relative = "templates/" + std::string(name);
    if (auto own = files.read(relative)) return {relative, *own};
    return {relative, read_resource(resources / relative)};
}

std::variant<doc::ImageData, std::string> read_image(std::string bytes) {
    const std::variant<render::ImageInfo, std::string> checked = render::check_image(bytes);
    if (const std::string* problem = std::get_if<std::string>(&checked)) return *problem;
    const render::ImageInfo& info = std::get<render::ImageInfo>(checked);
    doc::ImageData image;
    image.pixel_width = static_cast<int>(info.width);  // at most 10000: png_check.hpp, jpeg_check.hpp
    image.pixel_height = static_cast<int>(info.height);
    image.bytes = std::move(bytes);
    return image;
}

std::optional<doc::ImageData> load_logo(const DataSet& data, const FileSource& files, Diagnostics& diags) {
    const std::string& name = data.instansi.logo;
    if (name.empty()) return std::nullopt;
    std::optional<std::string> bytes = files.read(name);
    if (!bytes) {
        diags.add(data.instansi.loc, "logo", "berkas logo tidak ditemukan: " + name);
        return std::nullopt;
    }
    std::variant<doc::ImageData, std::string> image = read_image(std::move(*bytes));
    if (const std::string* problem = std::get_if<std::string>(&image)) {
        diags.add(data.instansi.loc, "logo", "berkas logo tidak dapat dipakai: " + name + ": " + *problem);
        return std::nullopt;
    }
    return std::get<doc::ImageData>(std::move(image));
}

}  // namespace kinerja
