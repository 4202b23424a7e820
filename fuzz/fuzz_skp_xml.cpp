// libFuzzer target: read_skp_xml (SKP items and perilaku) on any bytes.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "load/data_readers.hpp"

using namespace kinerja;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes = fuzz::as_text(data, size);
    const int max_line = fuzz::line_count(bytes);
    Diagnostics diags;
    const SkpXml skp = read_skp_xml(bytes, "skp-2024-03.xml", diags);
    fuzz::check_text(skp.periode, "periode");
    fuzz::check_records(skp.skp, max_line);
    fuzz::check_records(skp.perilaku, max_line);
    fuzz::check_diagnostics(diags, max_line);
    return 0;
}
