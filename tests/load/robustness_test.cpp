// Every reader takes any bytes: truncated files and random noise give diagnostics, never a
// crash or an exception (run under the sanitizer build too).
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "load/table.hpp"
#include "load/data_folder.hpp"
#include "load/data_readers.hpp"
#include "load/text_encoding.hpp"

namespace kinerja {
namespace {

const char* const kSamples[] = {
    "nip;nama;golongan;jabatan;jenis_jabatan;unit_kerja;nip_atasan\r\n"
    "\"19690627 200112 1 003\";\"Hammad \"\"Arsyad\"\"\";IV/a;\"Camat\nLampihong\";struktural;Kec;\r\n"
    ";;;;;;\r\n1;Andr\xE9;II/a;Staf;pelaksana;Umum;2\r\n",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<instansi kode=\"K\">\n<nama>A &amp; B</nama>\n"
    "<salinan><lembar>Arsip</lembar></salinan>\n<arsip kapasitas-box=\"10\"/>\n<!-- c --><![CDATA[x]]>\n</instansi>\n",
    "<skp periode=\"2024-03\"><pegawai nip=\"1\"><tugas uraian=\"x\"><target kuantitas=\"1\"/>"
    "<realisasi waktu=\"9,12\"/></tugas><tambahan uraian=\"t\"/><kreativitas nilai=\"3\"/>"
    "<perilaku integritas=\"80\"/></pegawai></skp>",
    "<!DOCTYPE sop [<!ENTITY e \"x\">]><sop nomor=\"1\"><dasar-hukum><butir>UU</butir></dasar-hukum>"
    "<pelaksana><lane id=\"a\">A</lane></pelaksana><langkah simbol=\"mulai\" ya=\"2\">&e; L</langkah></sop>",
    "<daftar-pegawai><pegawai nip=\"1\" nama=\"Jum\x92" "at\"/></daftar-pegawai>",
};

// Runs every reader on the bytes; the test fails if anything throws.
void read_everything(const std::string& bytes) {
    Diagnostics diags;
    (void)decode_text(bytes);
    const Table table = parse_csv(bytes, "f.csv", diags);
    (void)TableColumns(table, "f.csv", {"nip", "nama"}, diags);
    (void)read_pegawai_table(bytes, "pegawai.csv", diags);
    (void)read_skp_table(bytes, "skp.csv", diags);
    (void)read_perilaku_table(bytes, "perilaku.csv", diags);
    (void)read_pegawai_xml(bytes, "pegawai.xml", diags);
    (void)read_instansi_xml(bytes, "instansi.xml", diags);
    (void)read_skp_xml(bytes, "skp.xml", diags);
    (void)read_sop_xml(bytes, "sop/a.xml", diags);
    for (const Diagnostic& d : diags.items()) {
        // A diagnostic always names its file and carries a line within the input.
        ASSERT_FALSE(d.file.empty());
        ASSERT_FALSE(d.message.empty());
        ASSERT_GE(d.line, 0);
        ASSERT_LE(d.line, static_cast<int>(bytes.size()) + 1);
    }
}

TEST(Robustness, TruncatedPrefixesOfEverySample) {
    for (const char* sample : kSamples) {
        const std::string full = sample;
        for (std::size_t n = 0; n <= full.size(); ++n) {
            EXPECT_NO_THROW(read_everything(full.substr(0, n))) << n;
        }
    }
}

TEST(Robustness, RandomBytes) {
    std::mt19937 rng(20240331);
    std::uniform_int_distribution<int> byte(0, 255);
    std::uniform_int_distribution<std::size_t> length(0, 300);
    for (int i = 0; i < 400; ++i) {
        std::string bytes(length(rng), '\0');
        for (char& c : bytes) c = static_cast<char>(byte(rng));
        EXPECT_NO_THROW(read_everything(bytes)) << i;
    }
}

TEST(Robustness, RandomMutationsOfEverySample) {
    // Noise made of the characters that matter to the parsers hits far more branches.
    const std::string alphabet = "<>/=\"'&;#!?[]-,\r\n \t\xC3\xA9\x92\xEF\xBB\xBF" "abc";
    std::mt19937 rng(52);
    for (const char* sample : kSamples) {
        const std::string full = sample;
        for (int i = 0; i < 150; ++i) {
            std::string bytes = full;
            const int edits = 1 + static_cast<int>(rng() % 6);
            for (int e = 0; e < edits && !bytes.empty(); ++e) {
                const std::size_t at = rng() % bytes.size();
                const char c = alphabet.at(rng() % alphabet.size());
                switch (rng() % 3) {
                    case 0: bytes[at] = c; break;
                    case 1: bytes.insert(bytes.begin() + static_cast<std::ptrdiff_t>(at), c); break;
                    default: bytes.erase(at, 1); break;
                }
            }
            EXPECT_NO_THROW(read_everything(bytes)) << bytes;
        }
    }
}

TEST(Robustness, RandomDataFolders) {
    std::mt19937 rng(7);
    const char* const names[] = {"instansi.xml", "pegawai.csv", "pegawai.xml", "skp-2024-03.csv",
                                 "skp-2024-03.xml", "perilaku-2024-03.csv", "sop/a.xml", "sop/b.txt"};
    for (int i = 0; i < 200; ++i) {
        MemoryFileSource files;
        for (const char* name : names) {
            if (rng() % 2 == 0) continue;
            const std::string sample = kSamples[rng() % std::size(kSamples)];
            files.put(name, sample.substr(0, rng() % (sample.size() + 1)));
        }
        Diagnostics diags;
        EXPECT_NO_THROW((void)load_data_folder(files, i % 3 == 0 ? "" : "2024-03", diags));
    }
}

}  // namespace
}  // namespace kinerja
