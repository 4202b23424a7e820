#include "load/file_source.hpp"

namespace kinerja {

std::optional<std::string> MemoryFileSource::read(const std::string& path) const {
    auto it = files_.find(path);
    if (it == files_.end()) return std::nullopt;
    return it->second;
}

std::vector<std::string> MemoryFileSource::list(const std::string& folder) const {
    std::string prefix = folder.empty() ? "" : folder + "/";
    std::vector<std::string> names;
    for (const auto& [path, bytes] : files_) {
        if (path.compare(0, prefix.size(), prefix) != 0) continue;
        std::string rest = path.substr(prefix.size());
        if (rest.empty() || rest.find('/') != std::string::npos) continue;
        names.push_back(rest);
    }
    return names;  // std::map keeps them sorted
}

}  // namespace kinerja
