#include "batch/disk_file_source.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <system_error>

namespace kinerja {

std::filesystem::path DiskFileSource::resolve(const std::string& path) const {
    std::filesystem::path rel(path);
    if (rel.is_absolute()) return {};
    for (const auto& part : rel) {
        if (part == "..") return {};
    }
    return root_ / rel;
}

std::optional<std::string> DiskFileSource::read(const std::string& path) const {
    std::filesystem::path full = resolve(path);
    std::error_code ec;
    if (full.empty() || !std::filesystem::is_regular_file(full, ec)) return std::nullopt;
    std::ifstream in(full, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::vector<std::string> DiskFileSource::list(const std::string& folder) const {
    std::vector<std::string> names;
    std::filesystem::path dir = folder.empty() ? root_ : resolve(folder);
    std::error_code ec;
    if (dir.empty() || !std::filesystem::is_directory(dir, ec)) return names;
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec)) names.push_back(it->path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace kinerja
