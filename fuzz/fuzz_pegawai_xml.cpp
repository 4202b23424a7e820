// libFuzzer target: read_pegawai_xml on any bytes.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "load/data_readers.hpp"

using namespace kinerja;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes = fuzz::as_text(data, size);
    const int max_line = fuzz::line_count(bytes);
    Diagnostics diags;
    fuzz::check_records(read_pegawai_xml(bytes, "pegawai.xml", diags), max_line);
    fuzz::check_diagnostics(diags, max_line);
    return 0;
}
