#include "batch/resources.hpp"

#include <stdexcept>
#include <system_error>

#ifndef KINERJA_SOURCE_DIR
#define KINERJA_SOURCE_DIR ""
#endif

namespace kinerja {
namespace {

bool has_resources(const std::filesystem::path& dir) {
    std::error_code ec;
    return std::filesystem::is_directory(dir / "templates", ec) &&
           std::filesystem::is_directory(dir / "fonts", ec);
}

}  // namespace

std::filesystem::path resource_dir() {
    std::error_code ec;
    std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        for (const auto& candidate : {exe.parent_path(), exe.parent_path().parent_path()}) {
            if (has_resources(candidate)) return candidate;
        }
    }
    std::filesystem::path built_from(KINERJA_SOURCE_DIR);
    if (!built_from.empty() && has_resources(built_from)) return built_from;
    throw std::runtime_error("folder templates/ dan fonts/ tidak ditemukan di samping program");
}

}  // namespace kinerja
