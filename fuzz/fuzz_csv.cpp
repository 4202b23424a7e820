// libFuzzer target: parse_csv and the three CSV record readers. The first byte of the input
// picks the reader (pegawai, skp, perilaku); the rest is the file.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "load/table.hpp"
#include "load/data_readers.hpp"

using namespace kinerja;

namespace {

void check_table(const Table& table, int max_line) {
    for (const std::string& name : table.header) {
        fuzz::check_text(name, "judul kolom");
        for (char c : name) {
            fuzz::require(!(c >= 'A' && c <= 'Z') && c != ' ' && c != '-',
                          "judul kolom tidak dinormalkan: " + name);
        }
    }
    fuzz::require(table.delimiter == ',' || table.delimiter == ';', "pemisah bukan , atau ;");
    int previous = table.header_line;
    for (const TableRow& row : table.rows) {
        fuzz::require(row.line > previous, "baris data tidak naik setelah judul");
        fuzz::require(row.line <= max_line, "baris data di luar berkas");
        previous = row.line;
        bool any = false;
        for (const std::string& field : row.fields) {
            fuzz::check_text(field, "field CSV");
            if (!field.empty()) {
                any = true;
                fuzz::require(field.front() != ' ' && field.front() != '\t' &&
                                  field.back() != ' ' && field.back() != '\t',
                              "field tidak dipangkas");
            }
        }
        fuzz::require(any, "baris kosong tidak dilewati");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string_view bytes = fuzz::as_text(data + 1, size - 1);
    const int max_line = fuzz::line_count(bytes);
    Diagnostics diags;
    const Table table = parse_csv(bytes, "data.csv", diags);
    check_table(table, max_line);
    switch (data[0] % 3) {
        case 0: fuzz::check_records(read_pegawai_table(bytes, "pegawai.csv", diags), max_line); break;
        case 1: fuzz::check_records(read_skp_table(bytes, "skp-2024-03.csv", diags), max_line); break;
        default:
            fuzz::check_records(read_perilaku_table(bytes, "perilaku-2024-03.csv", diags), max_line);
            break;
    }
    fuzz::check_diagnostics(diags, max_line);
    return 0;
}
