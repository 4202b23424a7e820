// Issue 18: no page of a month holds only a signature block. Tata naskah dinas keeps part of
// the body on the signature page; a detached signature page invites substitution. Checked on
// the text of every page (pdftotext) of the 60-employee office's formulir, pengukuran and
// archive index.
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "test_support.hpp"
#include "../sanitizer_run.hpp"

namespace kinerja {
namespace {

namespace fs = std::filesystem;

// Lines that belong to a signature block of this office: names, jabatan and pangkat of its
// staff, NIP lines, titles ("Pejabat Penilai,"), the place and date, dotted fills.
class SignatureLines {
public:
    explicit SignatureLines(const fs::path& pegawai_csv) {
        const std::vector<std::string> rows = test::lines_of(test::read_file(pegawai_csv));
        for (std::size_t i = 1; i < rows.size(); ++i) {
            const std::vector<std::string> f = fields(rows[i]);
            if (f.size() < 7) continue;
            std::string name = (f[2].empty() ? "" : f[2] + " ") + f[1] + (f[3].empty() ? "" : ", " + f[3]);
            known_.insert(name);
            known_.insert(upper(name));
            known_.insert(f[6]);  // jabatan
        }
        for (const char* title : {"PEJABAT PENILAI", "ATASAN PEJABAT PENILAI", "PEGAWAI NEGERI SIPIL YANG DINILAI"}) {
            known_.insert(title);
        }
    }

    bool holds(const std::string& line) const {
        static const std::regex pangkat(R"(.*, (I|II|III|IV)/[a-e]$)");
        static const std::regex dots(R"([. ]+)");
        return known_.count(line) != 0 || line.rfind("NIP", 0) == 0 || line.back() == ',' ||
               line.rfind("Lampihong, ", 0) == 0 || line.find("TANGGAL") != std::string::npos ||
               std::regex_match(line, pangkat) || std::regex_match(line, dots);
    }

private:
    static std::vector<std::string> fields(const std::string& row) {
        std::vector<std::string> out(1);
        for (char c : row) {
            if (c == ';') {
                out.emplace_back();
            } else if (c != '\r') {
                out.back() += c;
            }
        }
        return out;
    }
    static std::string upper(std::string text) {
        std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::toupper(c); });
        return text;
    }
    std::set<std::string> known_;
};

// The page furniture: the footer ("… Halaman k dari n") and a copy's label ("Lembar 1 dari 3 — untuk …").
bool furniture(const std::string& line) {
    return line.find("Halaman ") != std::string::npos || line.rfind("Lembar ", 0) == 0;
}

// The pages (1-based) of `pdf` whose every line but the furniture belongs to a signature block.
std::vector<int> signature_only_pages(const fs::path& pdf, const SignatureLines& signature) {
    const test::CommandResult text = test::run_command("pdftotext " + pdf.string() + " -");
    EXPECT_EQ(text.code, 0) << pdf;
    std::vector<int> found;
    int page = 1;
    bool nip = false, body = false;
    std::string line;
    auto end_line = [&] {
        if (!line.empty() && !furniture(line)) {
            if (line.rfind("NIP", 0) == 0) nip = true;
            if (!signature.holds(line)) body = true;
        }
        line.clear();
    };
    for (char c : text.output) {
        if (c == '\n' || c == '\f') end_line();
        if (c == '\f') {
            if (nip && !body) found.push_back(page);
            ++page;
            nip = body = false;
        } else if (c != '\n') {
            line += c;
        }
    }
    return found;
}

TEST(SignaturePages, NoPageOfTheSixtyEmployeeMonthHoldsOnlyASignatureBlock) {
    KINERJA_SKIP_IN_SANITIZED_RUN("sixty employees through the layout the sample month and the layout tests already sanitize");
    const fs::path data = test::source_dir() / "tests" / "data" / "golden" / "enam-puluh";
    const test::TempDir out("kinerja-signature-pages");
    const test::CliResult run =
        test::cli({"run", data.string(), "--period", "2024-03", "--out", out.path().string(), "--quiet"});
    ASSERT_EQ(run.code, 0) << run.out << run.err;
    const SignatureLines signature(data / "pegawai.csv");
    const fs::path month = out.path() / "2024-03";
    std::vector<fs::path> pdfs{month / "arsip" / "indeks.pdf"};
    for (const char* folder : {"formulir", "pengukuran"}) {
        for (const auto& entry : fs::directory_iterator(month / folder)) pdfs.push_back(entry.path());
    }
    std::sort(pdfs.begin(), pdfs.end());
    ASSERT_EQ(pdfs.size(), 121u);
    for (const fs::path& pdf : pdfs) {
        const std::vector<int> alone = signature_only_pages(pdf, signature);
        EXPECT_TRUE(alone.empty()) << fs::relative(pdf, month).string() << ": page " << (alone.empty() ? 0 : alone[0])
                                   << " holds only signatures";
    }
}

}  // namespace
}  // namespace kinerja
