// A JPEG logo (<logo>logo.jpg</logo>) and JPEG scanned signatures (ttd/<NIP>.jpg), as a
// camera or a scanner's software writes them (tests/data/images/, scripts/make-test-images):
// embedded as the JPEG they are, drawn at their own aspect; a damaged or unsupported one, or a
// signer with both a .png and a .jpg, is a problem with a whole file and the run writes nothing.
#include <gtest/gtest.h>

#include <sstream>

#include "test_support.hpp"

namespace kinerja {
namespace {

namespace fs = std::filesystem;

constexpr const char* camat = "196906272001121003";

std::string image(const std::string& name) {
    return test::read_file(test::source_dir() / "tests" / "data" / "images" / name);
}

// The sample office with the JPEG logo and the Camat's signature as a JPEG instead of his PNG;
// `logo` and `ttd` replace the two files' bytes when given.
fs::path office(const fs::path& dir, const std::string& logo = image("logo.jpg"),
                const std::string& ttd = image("ttd-196906272001121003.jpg")) {
    fs::copy(test::sample_dir(), dir, fs::copy_options::recursive);
    fs::remove(dir / "ttd" / (std::string(camat) + ".png"));
    test::write_file(dir / "ttd" / (std::string(camat) + ".jpg"), ttd);
    test::write_file(dir / "logo.jpg", logo);
    std::string instansi = test::read_file(dir / "instansi.xml");
    instansi.replace(instansi.find("  <kertas>"), 0, "  <logo>logo.jpg</logo>\n");
    test::write_file(dir / "instansi.xml", instansi);
    return dir;
}

// pdfimages -list: "WxH color comp enc x-ppi y-ppi" of each image drawn, in page order.
std::vector<std::string> images_drawn(const fs::path& pdf) {
    std::vector<std::string> out;
    const std::vector<std::string> lines = test::lines_of(test::run_command("pdfimages -list " + pdf.string()).output);
    for (std::size_t i = 2; i < lines.size(); ++i) {
        std::istringstream in(lines[i]);
        std::string page, num, type, width, height, color, comp, bpc, enc, interp, object, generation, x_ppi, y_ppi;
        in >> page >> num >> type >> width >> height >> color >> comp >> bpc >> enc >> interp >> object >> generation >>
            x_ppi >> y_ppi;
        out.push_back(width + "x" + height + " " + color + " " + comp + " " + enc + " " + x_ppi + " " + y_ppi);
    }
    return out;
}

TEST(JpegImages, ALogoAndSignaturesInJpegArePrintedAsTheyAre) {
    const test::TempDir temp("kinerja-jpeg-images");
    const fs::path data = office(temp.path() / "data");
    const fs::path out = temp.path() / "out";
    const test::CliResult r = test::cli({"run", data.string(), "--period", "2024-03", "--out", out.string(), "--quiet"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    const fs::path month = out / "2024-03";
    // Each copy of the Camat's pengukuran: the logo in the kop, his signature; the same pixels
    // per inch across and down, so neither is stretched.
    const std::vector<std::string> drawn = images_drawn(month / "pengukuran" / (std::string(camat) + ".pdf"));
    ASSERT_EQ(drawn.size(), 6u);
    for (std::size_t copy = 0; copy < 3; ++copy) {
        EXPECT_EQ(drawn[2 * copy].substr(0, 20), "240x300 rgb 3 jpeg 3") << drawn[2 * copy];
        EXPECT_EQ(drawn[2 * copy + 1].substr(0, 20), "600x240 rgb 3 jpeg 3") << drawn[2 * copy + 1];
    }
    for (const std::string& line : drawn) {
        std::istringstream in(line);
        std::string size, color, comp, enc, x_ppi, y_ppi;
        in >> size >> color >> comp >> enc >> x_ppi >> y_ppi;
        EXPECT_EQ(x_ppi, y_ppi) << line;
    }
    // Embedded once per file however many copies draw it: the file holds one of each.
    const test::CommandResult raw = test::run_command(
        "qpdf --qdf --object-streams=disable " + (month / "pengukuran" / (std::string(camat) + ".pdf")).string() + " -");
    std::size_t dct = 0;
    for (std::size_t at = raw.output.find("/DCTDecode"); at != std::string::npos;
         at = raw.output.find("/DCTDecode", at + 1)) {
        ++dct;
    }
    EXPECT_EQ(dct, 2u);
    // The logo heads every other document too; everything stays print-ready.
    EXPECT_EQ(images_drawn(month / "arsip" / "indeks.pdf").at(0).substr(0, 18), "240x300 rgb 3 jpeg");
    for (const fs::path& pdf : {month / "cetak.pdf", month / "arsip" / "indeks.pdf",
                                month / "formulir" / (std::string(camat) + ".pdf")}) {
        const test::CommandResult check = test::run_command("qpdf --check " + pdf.string());
        EXPECT_EQ(check.code, 0) << pdf << "\n" << check.output;
    }
}

// What `kinerja check` and `kinerja run` say of the data folder, and whether run wrote anything.
struct Refusal {
    std::string check, run;
    bool written = true;
};

Refusal refusal(const fs::path& data, const fs::path& out) {
    const test::CliResult check = test::cli({"check", data.string(), "--period", "2024-03"});
    const test::CliResult run =
        test::cli({"run", data.string(), "--period", "2024-03", "--out", out.string(), "--quiet"});
    EXPECT_EQ(check.code, 1) << check.err;
    EXPECT_EQ(run.code, 1) << run.err;
    return {check.err, run.err, fs::exists(out)};
}

TEST(JpegImages, ADamagedOrUnsupportedJpegIsAProblemWithItsFile) {
    const test::TempDir temp("kinerja-jpeg-refused");
    const std::string ttd = image("ttd-196906272001121003.jpg");
    std::string arithmetic = ttd;
    arithmetic[arithmetic.find("\xFF\xC0") + 1] = '\xC9';
    const fs::path data = office(temp.path() / "data", image("logo.jpg").substr(0, 4000), arithmetic);
    const Refusal r = refusal(data, temp.path() / "out");
    for (const std::string& line :
         {std::string("ttd/196906272001121003.jpg:0: ttd: tanda tangan pindaian tidak dapat dipakai: jenis JPEG tidak "
                      "didukung: berkode aritmetika (SOF9); simpan ulang sebagai JPEG biasa (baseline) atau PNG\n"),
          std::string("instansi.xml:3: logo: berkas logo tidak dapat dipakai: logo.jpg: JPEG terpotong: data gambar "
                      "berakhir sebelum penanda akhir (EOI)\n")}) {
        EXPECT_NE(r.run.find(line), std::string::npos) << line << "in:\n" << r.run;
        EXPECT_NE(r.check.find(line), std::string::npos) << line << "in:\n" << r.check;
    }
    EXPECT_FALSE(r.written) << "nothing is written, not even OUT";
}

// Which of two scans is the current one is not for kinerja to guess on a signed document.
TEST(JpegImages, ASignerWithBothAPngAndAJpegIsAProblem) {
    const test::TempDir temp("kinerja-jpeg-both");
    const fs::path data = office(temp.path() / "data");
    fs::copy_file(test::sample_dir() / "ttd" / (std::string(camat) + ".png"),
                  data / "ttd" / (std::string(camat) + ".png"));
    const Refusal r = refusal(data, temp.path() / "out");
    const std::string line =
        "ttd/196906272001121003.jpg:0: ttd: ada dua tanda tangan pindaian untuk NIP ini, "
        "ttd/196906272001121003.png dan ttd/196906272001121003.jpg; hapus yang tidak dipakai\n";
    EXPECT_EQ(r.run, line);
    EXPECT_EQ(r.check, line);
    EXPECT_FALSE(r.written);
}

}  // namespace
}  // namespace kinerja
