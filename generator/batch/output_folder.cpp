#include "batch/output_folder.hpp"

#include <stdexcept>
#include <system_error>

namespace kinerja {
namespace fs = std::filesystem;

bool safe_file_name(std::string_view name) {
    if (name.empty() || name == "." || name == "..") return false;
    for (char c : name) {
        auto u = static_cast<unsigned char>(c);
        if (c == '/' || c == '\\' || u < 0x20 || u == 0x7f) return false;
    }
    return true;
}

MonthStaging::MonthStaging(fs::path out_dir, std::string periode)
    : out_dir_(std::move(out_dir)), periode_(std::move(periode)) {
    std::error_code ec;
    fs::create_directories(out_dir_, ec);
    if (ec) throw std::runtime_error("tidak dapat membuat folder " + out_dir_.string() + ": " + ec.message());
    staging_ = out_dir_ / ("." + periode_ + ".tmp");
    fs::remove_all(staging_, ec);  // left over by a run that was killed
    fs::create_directories(staging_, ec);
    if (ec) throw std::runtime_error("tidak dapat membuat folder " + staging_.string() + ": " + ec.message());
}

MonthStaging::~MonthStaging() {
    if (committed_) return;
    std::error_code ec;
    fs::remove_all(staging_, ec);
}

void MonthStaging::write(const std::string& relative, std::string_view bytes) {
    behind_.write_file(path_of(relative), bytes);
}

fs::path MonthStaging::path_of(const std::string& relative) const {
    fs::path rel(relative);
    for (const auto& part : rel) {
        if (!safe_file_name(part.string())) {
            throw std::runtime_error("nama berkas keluaran tidak aman: " + relative);
        }
    }
    fs::path target = staging_ / rel;
    std::error_code ec;
    fs::create_directories(target.parent_path(), ec);
    if (ec) throw std::runtime_error("tidak dapat membuat folder " + target.parent_path().string() + ": " + ec.message());
    return target;
}

void MonthStaging::commit() {
    fs::path final_path = final_dir();
    fs::path old = out_dir_ / ("." + periode_ + ".old");
    auto checkpoint = [&](std::string_view point) {
        if (checkpoint_) checkpoint_(point);
    };
    checkpoint("before-rename");
    std::error_code ec;
    fs::remove_all(old, ec);
    if (fs::exists(final_path, ec)) {
        fs::rename(final_path, old, ec);
        if (ec) throw std::runtime_error("gagal memindahkan " + final_path.string() + ": " + ec.message());
        checkpoint("mid-rename");
    }
    fs::rename(staging_, final_path, ec);
    if (ec) throw std::runtime_error("gagal memindahkan " + staging_.string() + ": " + ec.message());
    committed_ = true;
    checkpoint("after-rename");
    fs::remove_all(old, ec);
}

}  // namespace kinerja
