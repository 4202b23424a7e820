// libFuzzer target: read_instansi_xml on any bytes.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "load/data_readers.hpp"

using namespace kinerja;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes = fuzz::as_text(data, size);
    const int max_line = fuzz::line_count(bytes);
    Diagnostics diags;
    if (const auto rec = read_instansi_xml(bytes, "instansi.xml", diags)) {
        fuzz::check_record(*rec, max_line);
    }
    fuzz::check_diagnostics(diags, max_line);
    return 0;
}
