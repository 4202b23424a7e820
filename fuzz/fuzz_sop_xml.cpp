// libFuzzer target: read_sop_xml on any bytes.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "load/data_readers.hpp"

using namespace kinerja;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes = fuzz::as_text(data, size);
    const int max_line = fuzz::line_count(bytes);
    Diagnostics diags;
    if (const auto sop = read_sop_xml(bytes, "sop/a.xml", diags)) fuzz::check_record(*sop, max_line);
    fuzz::check_diagnostics(diags, max_line);
    return 0;
}
