// Input meant to escape OUT or to break the documents: NIPs and SOP nomors that are paths
// ("../", absolute, NUL bytes), a signature that is no PNG, a logo of 20.000 × 20.000 pixels,
// text the fonts do not cover in the instansi. Each is a clear message; nothing is written
// outside OUT.
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>

#include "batch/cli.hpp"
#include "batch/output_folder.hpp"
#include "render/png_check.hpp"
#include "test_support.hpp"

namespace kinerja {
namespace {
namespace fs = std::filesystem;

using CliRun = test::CliResult;

// Every file under a folder, by path relative to it.
std::set<std::string> tree(const fs::path& root) {
    std::set<std::string> paths;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        paths.insert(fs::relative(entry.path(), root).generic_string());
    }
    return paths;
}

std::uint32_t crc32(std::string_view bytes) {
    std::uint32_t crc = 0xFFFFFFFFu;
    for (char ch : bytes) {
        crc ^= static_cast<unsigned char>(ch);
        for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

std::string be32(std::uint32_t v) {
    return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8), static_cast<char>(v)};
}

std::string chunk(const std::string& type, const std::string& data) {
    return be32(static_cast<std::uint32_t>(data.size())) + type + data + be32(crc32(type + data));
}

// A well-formed PNG header claiming width × height pixels (8-bit gray), with a token IDAT: what
// a decompression bomb looks like up to the point where png_check must refuse it.
std::string png_claiming(std::uint32_t width, std::uint32_t height) {
    const std::string ihdr = be32(width) + be32(height) + std::string("\x08\x00\x00\x00\x00", 5);
    return std::string("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr) +
           chunk("IDAT", std::string("\x78\x9c\x63\x00\x00\x00\x01\x00\x01", 9)) + chunk("IEND", "");
}

TEST(HostilePaths, SafeFileNameRefusesEveryWayOut) {
    for (const std::string& bad : std::vector<std::string>{"", ".", "..", "../x", "a/b", "/etc", "a\\b",
                                                          std::string("a\0b", 3), "a\nb", "\x7f"}) {
        EXPECT_FALSE(safe_file_name(bad)) << bad;
    }
    for (const std::string good : {"196906272001121003.pdf", "01-SOP-KEC-LPHG-III-2024.pdf", "...pdf", "..-..-x.pdf",
                                   "Ma\xE2\x80\x99ruf.pdf"}) {
        EXPECT_TRUE(safe_file_name(good)) << good;
    }
}

TEST(HostilePaths, MonthStagingWritesNothingOutsideItsFolder) {
    test::TempDir temp("kinerja-hostile-staging");
    const fs::path out = temp.path() / "out";
    {
        MonthStaging staging(out, "2024-03");
        static const char nul_path[] = "sop/a\0/../../escape.pdf";
        for (const std::string& bad :
             std::vector<std::string>{"../escape.pdf", "../../escape.pdf", "/tmp/kinerja-escape.pdf",
                                      "sop/../../escape.pdf", std::string(nul_path, sizeof nul_path - 1), "", "sop/"}) {
            EXPECT_THROW(staging.write(bad, "x"), std::runtime_error) << bad;
        }
        staging.write("sop/ok.pdf", "x");
        staging.commit();
    }
    EXPECT_EQ(tree(temp.path()), (std::set<std::string>{"out", "out/2024-03", "out/2024-03/sop",
                                                       "out/2024-03/sop/ok.pdf"}));
    EXPECT_FALSE(fs::exists("/tmp/kinerja-escape.pdf"));
}

TEST(HostilePaths, PngCheckRefusesAHugeImageFromItsHeader) {
    EXPECT_EQ(render::png_problem(png_claiming(20000, 20000)),
              std::optional<std::string>("ukuran gambar 20000×20000 piksel di luar batas 1–10000"));
    EXPECT_EQ(render::png_problem("GIF89a\x01\x00\x01\x00"), std::optional<std::string>("bukan berkas PNG"));
    ASSERT_TRUE(render::png_problem(png_claiming(0x7FFFFFFF, 1)));
}

// One run of the sample office spoiled every way at once: staff whose NIP is a path, SOPs whose
// nomor is one, a signature that is no PNG, a huge logo.
TEST(HostilePaths, ARunWithHostileNamesWritesOnlyInsideOut) {
    test::TempDir temp("kinerja-hostile-run");
    const fs::path data = temp.path() / "data";
    const fs::path out = temp.path() / "hasil" / "out";
    fs::copy(test::sample_dir(), data, fs::copy_options::recursive);

    std::string pegawai = test::read_file(data / "pegawai.csv");
    const char* const bad_nips[] = {"../../../tmp/kinerja-escape", "/tmp/kinerja-escape",
                                    "196906272001121003/../../x", "..", "1969062720011210\\03"};
    for (const char* nip : bad_nips) {
        pegawai += std::string(nip) + ";Penyusup;;;II/a;;Staf;pelaksana;Umum;196906272001121003\r\n";
    }
    static const char nul_row[] = "19690627200112\0" "1003;Nul;;;II/a;;Staf;pelaksana;Umum;196906272001121003\r\n";
    pegawai += std::string(nul_row, sizeof nul_row - 1);
    std::ofstream(data / "pegawai.csv", std::ios::binary | std::ios::trunc) << pegawai;

    const std::string sop = test::read_file(data / "sop" / "perencanaan-kinerja.xml");
    const std::string nomor = "01/SOP/KEC-LPHG/III/2024";
    int n = 0;
    for (const std::string hostile : {"../../../../tmp/kinerja-escape", "/tmp/kinerja-escape", "..", ".",
                                      "a/../../../kinerja-escape", "\\..\\..\\kinerja-escape"}) {
        std::string copy = sop;
        copy.replace(copy.find(nomor), nomor.size(), hostile);
        std::ofstream(data / "sop" / ("jahat-" + std::to_string(++n) + ".xml"), std::ios::binary) << copy;
    }
    const std::set<std::string> data_before = tree(data);
    const CliRun r = test::cli({"run", data.string(), "--period", "2024-03", "--out", out.string(), "--quiet",
                          "--jobs", "2"});
    EXPECT_EQ(r.code, 1) << r.err;

    // Nothing new anywhere but OUT: not in the data folder, not beside OUT, not in /tmp.
    EXPECT_EQ(tree(data), data_before);
    for (const std::string& path : tree(temp.path())) {
        const bool in_data = path == "data" || path.rfind("data/", 0) == 0;
        const bool in_out = path == "hasil" || path == "hasil/out" || path.rfind("hasil/out/", 0) == 0;
        EXPECT_TRUE(in_data || in_out) << path;
    }
    EXPECT_FALSE(fs::exists("/tmp/kinerja-escape"));
    EXPECT_FALSE(fs::exists("/tmp/kinerja-escape.pdf"));
    EXPECT_FALSE(fs::exists(temp.path() / "kinerja-escape.pdf"));
    for (const std::string& path : tree(out)) {
        for (const auto& part : fs::path(path)) EXPECT_TRUE(safe_file_name(part.string())) << path;
    }

    // Each hostile NIP is reported as a NIP, so no document is named after it.
    std::size_t nip_problems = 0;
    for (std::size_t at = r.err.find(": nip: NIP "); at != std::string::npos; at = r.err.find(": nip: NIP ", at + 1)) {
        ++nip_problems;
    }
    EXPECT_EQ(nip_problems, 6u) << r.err;
    // Every SOP is either made, under a safe name in sop/, or reported at its file.
    std::size_t sops_made = 0, sops_reported = 0;
    for (const std::string& path : tree(out)) sops_made += path.rfind("2024-03/sop/", 0) == 0 ? 1 : 0;
    for (int i = 1; i <= n; ++i) {
        sops_reported += r.err.find("sop/jahat-" + std::to_string(i) + ".xml:") != std::string::npos ? 1 : 0;
    }
    EXPECT_EQ(sops_made + sops_reported, static_cast<std::size_t>(n) + 1) << r.err;
    EXPECT_TRUE(fs::exists(out / "2024-03" / "sop" / "01-SOP-KEC-LPHG-III-2024.pdf"));
    // The good staff still got their documents.
    EXPECT_TRUE(fs::exists(out / "2024-03" / "formulir" / "197503122000031002.pdf"));
}

// A signature scan or logo that is no PNG or JPEG (one claiming 20,000 × 20,000 pixels) is a problem
// with a whole file: reported, and the run writes nothing at all (DESIGN section 3), so that a
// month filed before is not replaced by documents missing their logo or signature.
TEST(HostilePaths, ADamagedLogoOrSignatureStopsTheRunBeforeAnythingIsWritten) {
    test::TempDir temp("kinerja-hostile-images");
    const fs::path data = temp.path() / "data";
    const fs::path out = temp.path() / "out";
    fs::copy(test::sample_dir(), data, fs::copy_options::recursive);
    std::ofstream(data / "ttd" / "196906272001121003.png", std::ios::binary | std::ios::trunc) << "GIF89a bukan PNG";
    std::ofstream(data / "logo.png", std::ios::binary) << png_claiming(20000, 20000);
    std::string instansi = test::read_file(data / "instansi.xml");
    instansi.replace(instansi.find("  <kertas>"), 0, "  <logo>logo.png</logo>\n");
    std::ofstream(data / "instansi.xml", std::ios::binary | std::ios::trunc) << instansi;

    const CliRun r = test::cli({"run", data.string(), "--period", "2024-03", "--out", out.string(), "--quiet"});
    EXPECT_EQ(r.code, 1) << r.err;
    EXPECT_NE(r.err.find("ttd/196906272001121003.png:0: ttd: tanda tangan pindaian tidak dapat dipakai: "
                         "bukan berkas PNG atau JPEG\n"),
              std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find(": logo: berkas logo tidak dapat dipakai: logo.png: ukuran gambar"), std::string::npos) << r.err;
    EXPECT_NE(r.out.find("tidak ada yang ditulis"), std::string::npos) << r.out;
    EXPECT_FALSE(fs::exists(out)) << "nothing is written, not even OUT";
}

// Reported at its field, never an internal failure: no document (nor the archive's index and
// labels) is made with the office's text, and the month is not filed.
TEST(HostileInstansi, InstansiTextTheFontsLackIsReportedNotAnInternalFailure) {
    test::TempDir temp("kinerja-hostile-glyph");
    const fs::path data = temp.path() / "data";
    fs::copy(test::sample_dir(), data, fs::copy_options::recursive);
    std::string instansi = test::read_file(data / "instansi.xml");
    instansi.replace(instansi.find("<tempat>Lampihong"), 17, "<tempat>\xE0\xB8\xA5\xE0\xB8\xB3");  // Thai
    instansi.replace(instansi.find("<lembar>Arsip"), 13, "<lembar>\xE2\x98\x83");  // ☃
    std::ofstream(data / "instansi.xml", std::ios::binary | std::ios::trunc) << instansi;
    const CliRun r = test::cli({"run", data.string(), "--period", "2024-03", "--out", (temp.path() / "out").string(),
                          "--quiet"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("instansi.xml:3: tempat: huruf \"\xE0\xB8\xA5\" (U+0E25) tidak dapat dicetak dengan fon dokumen"),
              std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("instansi.xml:3: lembar: huruf \"\xE2\x98\x83\" (U+2603) tidak dapat dicetak"),
              std::string::npos)
        << r.err;
    // No document carries the office's name without its place: none is made.
    EXPECT_FALSE(fs::exists(temp.path() / "out" / "2024-03" / "formulir" / "196906272001121003.pdf"));
}

// A run that can make nothing does not put an empty month over the office's good one.
TEST(HostileInstansi, ARunThatMakesNothingKeepsThePreviousMonth) {
    test::TempDir temp("kinerja-hostile-keep");
    const fs::path data = temp.path() / "data";
    const fs::path out = temp.path() / "out";
    fs::copy(test::sample_dir(), data, fs::copy_options::recursive);
    const std::vector<std::string> args = {"run", data.string(), "--period", "2024-03", "--out", out.string(),
                                           "--quiet"};
    ASSERT_EQ(test::cli(args).code, 0);
    const std::set<std::string> before = tree(out / "2024-03");
    const std::string formulir = test::read_file(out / "2024-03" / "formulir" / "196906272001121003.pdf");

    std::string instansi = test::read_file(data / "instansi.xml");
    instansi.replace(instansi.find("<tempat>Lampihong"), 17, "<tempat>\xE0\xB8\xA5\xE0\xB8\xB3");
    std::ofstream(data / "instansi.xml", std::ios::binary | std::ios::trunc) << instansi;
    EXPECT_EQ(test::cli(args).code, 1);
    EXPECT_EQ(tree(out / "2024-03"), before);
    EXPECT_EQ(test::read_file(out / "2024-03" / "formulir" / "196906272001121003.pdf"), formulir);
    const CliRun verify = test::cli({"archive", "verify", "--out", out.string()});
    EXPECT_EQ(verify.code, 0) << verify.out << verify.err;
}


// A 20,000 × 20,000 logo is refused saying why, before any pixel is decoded.
TEST(HostileInstansi, AHugeLogoIsRefusedSayingWhy) {
    test::TempDir temp("kinerja-hostile-logo");
    const fs::path data = temp.path() / "data";
    fs::copy(test::sample_dir(), data, fs::copy_options::recursive);
    std::ofstream(data / "logo.png", std::ios::binary) << png_claiming(20000, 20000);
    std::string instansi = test::read_file(data / "instansi.xml");
    instansi.replace(instansi.find("  <kertas>"), 0, "  <logo>logo.png</logo>\n");
    std::ofstream(data / "instansi.xml", std::ios::binary | std::ios::trunc) << instansi;
    const CliRun r = test::cli({"run", data.string(), "--period", "2024-03", "--out", (temp.path() / "out").string(),
                          "--quiet"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("instansi.xml:3: logo: berkas logo tidak dapat dipakai: logo.png: ukuran gambar "
                         "20000×20000 piksel di luar batas 1–10000\n"),
              std::string::npos)
        << r.err;
}

}  // namespace
}  // namespace kinerja
