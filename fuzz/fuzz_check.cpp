// libFuzzer target: the whole `check` path, load_data_folder and build_dataset, on a data
// folder held in memory, then the scores of every SKP kept. The input is split into files:
// each starts with a line "==> NAME <==" (as `head` prints several files); bytes before the
// first such line are ignored.
#include <cstddef>
#include <cstdint>
#include <stdexcept>

#include "fuzz_support.hpp"
#include "load/data_folder.hpp"
#include "model/build.hpp"
#include "scoring/scoring.hpp"

using namespace kinerja;

namespace {

MemoryFileSource split_into_files(std::string_view input) {
    static constexpr std::string_view open = "==> ";
    static constexpr std::string_view close = " <==\n";
    MemoryFileSource files;
    std::size_t at = input.substr(0, open.size()) == open ? 0 : input.find(std::string("\n").append(open));
    if (at != std::string_view::npos && at != 0) ++at;
    while (at != std::string_view::npos) {
        const std::size_t name_end = input.find(close, at + open.size());
        if (name_end == std::string_view::npos) break;
        const std::string name(input.substr(at + open.size(), name_end - at - open.size()));
        const std::size_t body = name_end + close.size();
        std::size_t next = input.find(std::string("\n").append(open), body);
        const std::size_t end = next == std::string_view::npos ? input.size() : next + 1;
        files.put(name, std::string(input.substr(body, end - body)));
        at = next == std::string_view::npos ? next : next + 1;
    }
    return files;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input = fuzz::as_text(data, size);
    const MemoryFileSource files = split_into_files(input);
    Diagnostics diags;
    const RawData raw = load_data_folder(files, "2024-03", diags);
    const BuildResult built = build_dataset(raw, diags);
    fuzz::check_diagnostics(diags, fuzz::line_count(input));
    if (!built.data) return 0;
    const DataSet& dataset = *built.data;
    for (const Pegawai& p : dataset.pegawai) {
        fuzz::require(p.nip.digits.size() == 18, "NIP tersimpan bukan 18 angka: " + p.nip.digits);
        for (char c : p.nip.digits) fuzz::require(c >= '0' && c <= '9', "NIP memuat bukan angka");
    }
    for (const auto& [nip, skp] : dataset.skp) {
        fuzz::require(dataset.find_pegawai(skp.nip) != nullptr, "SKP tanpa pegawai");
        fuzz::require(!skp.tugas.empty(), "SKP tanpa kegiatan tugas");
        try {
            (void)nilai_prestasi(skp);
        } catch (const std::overflow_error&) {
            // Absurd but well-formed numbers: `run` reports the formulir as not made.
        }
    }
    return 0;
}
