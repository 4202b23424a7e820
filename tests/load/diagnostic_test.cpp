// Diagnostic::str(): the line a problem is printed as, on a terminal.
#include "load/source.hpp"

#include <gtest/gtest.h>

namespace kinerja {
namespace {

TEST(DiagnosticStr, FileLineFieldMessage) {
    const Diagnostic d{"pegawai.csv", 4, "nip", "wajib diisi"};
    EXPECT_EQ(d.str(), "pegawai.csv:4: nip: wajib diisi");
}

TEST(DiagnosticStr, ControlCharactersQuotedFromTheInputAreEscaped) {
    // A message quoting the input (golongan tidak dikenal: "...") and a file and field named by it.
    const Diagnostic d{"sop/a\a.xml", 3, "x\x1b[2J", "golongan tidak dikenal: \"III/\x1b]0;judul\a\u009b\" (contoh: III/b)"};
    EXPECT_EQ(d.str(), "sop/a\\x07.xml:3: x\\x1b[2J: golongan tidak dikenal: \"III/\\x1b]0;judul\\x07\\u009b\" "
                       "(contoh: III/b)");
}

TEST(DiagnosticStr, OneLineWhateverTheMessage) {
    const Diagnostic d{"skp-2024-03.csv", 7, "uraian", "baris satu\nbaris dua\r"};
    EXPECT_EQ(d.str(), "skp-2024-03.csv:7: uraian: baris satu\\x0abaris dua\\x0d");
}

}  // namespace
}  // namespace kinerja
