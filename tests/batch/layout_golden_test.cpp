// Layout goldens: every kind of document of the sample month (samples/lampihong, 2024-03,
// signed on 2024-03-28 as `kinerja run --date 2024-03-28`), laid out by the functions the run
// itself uses (prepare_month, lay_out_sop, lay_out_employee, archive::indeks_document and
// archive::label_document laid out as batch does), dumped as text (layout::dump: one item a
// line) and compared with tests/data/golden/*.txt. A difference prints the first differing lines with their numbers.
//
// The PDFs themselves are checked structurally (month_pdfs_test.cpp), never by their bytes:
// a new libharu, zlib or font subset must not fail these tests, a moved line must.
//
// A change meant to alter the layout (a template, a font, the layout engine) regenerates the
// files with one command:
//
//     scripts/update-goldens
//
// (it builds test_batch and runs these tests with KINERJA_UPDATE_GOLDENS=1, which writes the
// dumps instead of comparing them). The diff of tests/data/golden/*.txt is then reviewed and
// committed like code: it says which item moved, changed face or size, or changed its text.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <memory>

#include "archive/file_hash.hpp"
#include "archive/month_documents.hpp"
#include "archive/register.hpp"
#include "batch/disk_file_source.hpp"
#include "batch/employee_documents.hpp"
#include "batch/month_inputs.hpp"
#include "batch/resources.hpp"
#include "batch/sop_job.hpp"
#include "layout/layout_engine.hpp"
#include "test_support.hpp"

// A namespace of its own: scripts/test compiles test files together (unity build).
namespace kinerja::layout_golden_test {
namespace {

namespace fs = std::filesystem;

const Date signing_date{2024, 3, 28};  // --date of the sample run (its last working day)

fs::path golden_dir() { return test::source_dir() / "tests" / "data" / "golden"; }

bool updating_goldens() {
    const char* update = std::getenv("KINERJA_UPDATE_GOLDENS");
    return update != nullptr && std::string(update) == "1";
}

// Lines [from, to) of `lines`, each prefixed by `mark`, at most `limit` of them.
std::string excerpt(const std::vector<std::string>& lines, std::size_t from, std::size_t to, char mark,
                    std::size_t limit) {
    std::string out;
    for (std::size_t i = from; i < to && i < from + limit; ++i) out += mark + lines[i] + '\n';
    if (to > from + limit) out += mark + std::string("… ") + std::to_string(to - from - limit) + " more lines\n";
    return out;
}

// A unified-diff-like hunk from the first to the last differing line: up to three lines of
// context either side, the golden's lines marked '-', the new ones '+'.
std::string diff_excerpt(const std::string& expected, const std::string& actual) {
    const std::vector<std::string> a = test::lines_of(expected), b = test::lines_of(actual);
    std::size_t head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
    std::size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) {
        ++tail;
    }
    const std::size_t context = 3, limit = 20;
    const std::size_t from = head > context ? head - context : 0;
    const std::size_t a_end = a.size() - tail, b_end = b.size() - tail;
    std::string out = "@@ -" + std::to_string(from + 1) + "," + std::to_string(a_end - from) + " +" +
                      std::to_string(from + 1) + "," + std::to_string(b_end - from) + " @@ (first difference at line " +
                      std::to_string(head + 1) + ")\n";
    out += excerpt(a, from, head, ' ', context);
    out += excerpt(a, head, a_end, '-', limit);
    out += excerpt(b, head, b_end, '+', limit);
    out += excerpt(b, b_end, std::min(b.size(), b_end + context), ' ', context);
    return out;
}

// The dump against tests/data/golden/NAME, or written there under KINERJA_UPDATE_GOLDENS=1.
void expect_golden(const std::string& name, const layout::DisplayList& pages) {
    const std::string dump = layout::dump(pages);
    ASSERT_FALSE(pages.pages.empty()) << name;
    const fs::path path = golden_dir() / name;
    if (updating_goldens()) {
        test::write_file(path, dump);
        std::cout << "written: " << path.string() << '\n';
        return;
    }
    ASSERT_TRUE(fs::is_regular_file(path)) << path << " is missing: run scripts/update-goldens";
    const std::string golden = test::read_file(path);
    EXPECT_TRUE(golden == dump) << "the layout of " << name << " changed (tests/data/golden/" << name
                                << " '-', now '+'); if meant, run scripts/update-goldens and review the diff\n"
                                << diff_excerpt(golden, dump);
}

// The sample month prepared and every document laid out once for all tests.
class LayoutGolden : public ::testing::Test {
protected:
    struct Month {
        BundledFonts fonts = load_bundled_fonts(resource_dir());
        PreparedMonth prepared;
        Diagnostics diags;
        std::unique_ptr<DocumentEngine> engine;
        std::vector<LaidOutEmployee> employees;  // as month.assessed
        layout::FileInfo info{"kinerja", signing_date.iso()};
    };

    static void SetUpTestSuite() {
        month_ = new Month;
        const DiskFileSource files(test::sample_dir());
        prepare_month(month_->prepared, files, "2024-03", resource_dir(), month_->fonts, month_->diags, signing_date);
        ASSERT_TRUE(month_->prepared.built.data);
        month_->engine = std::make_unique<DocumentEngine>(DocumentEngine{month_->prepared.tools, *month_->fonts.book,
                                                                         month_->fonts.files, month_->info,
                                                                         Period{2024, 3}, signing_date});
        for (const Assessed& employee : month_->prepared.assessed) {
            month_->employees.push_back(lay_out_employee(employee, *month_->engine, data()));
        }
    }
    static void TearDownTestSuite() {
        delete month_;
        month_ = nullptr;
    }
    void SetUp() override { ASSERT_TRUE(month_->engine) << "the sample month could not be prepared"; }

    static const DataSet& data() { return *month_->prepared.built.data; }
    static const MonthTools& tools() { return month_->prepared.tools; }

    // The laid-out documents of the employee with `nip`.
    static const LaidOutEmployee& employee(const std::string& nip) {
        const std::vector<Assessed>& assessed = month_->prepared.assessed;
        for (std::size_t i = 0; i < assessed.size(); ++i) {
            if (assessed[i].pegawai->nip.digits == nip) return month_->employees[i];
        }
        throw std::invalid_argument("no employee " + nip);
    }

    // The archive's plan of the month as a run into a new OUT makes it: each employee's
    // pengukuran filed with the pages of its Arsip copy (batch/run_job.cpp). The hash of the
    // filed file is the register's business and printed by no document: the dump's own.
    static archive::MonthPlan plan(const fs::path& out) {
        std::vector<archive::Filing> filings;
        const std::vector<Assessed>& assessed = month_->prepared.assessed;
        for (std::size_t i = 0; i < assessed.size(); ++i) {
            const Pegawai& p = *assessed[i].pegawai;
            const LaidOutEmployee& laid_out = month_->employees[i];
            if (!laid_out.pengukuran) continue;
            filings.push_back(archive::Filing{p.nip, p.nama_lengkap(), "pengukuran/" + p.nip.digits + ".pdf",
                                              laid_out.arsip_pages,
                                              archive::sha256_hex(layout::dump(*laid_out.pengukuran))});
        }
        const archive::Register reg = archive::Register::open(out);
        return reg.plan_month(Period{2024, 3}, signing_date, data().instansi.arsip, filings);
    }

    // Laid out as batch lays out every composed document before rendering it
    // (batch/rendered_document.hpp).
    static layout::DisplayList lay_out(const doc::Document& document) {
        return layout::layout_document(document, *month_->fonts.book, month_->info);
    }

    static Month* month_;
};
LayoutGolden::Month* LayoutGolden::month_ = nullptr;

TEST_F(LayoutGolden, TheSampleMonthIsPreparedWithoutProblems) {
    EXPECT_TRUE(month_->diags.empty());
    EXPECT_EQ(month_->prepared.assessed.size(), 15u);
    EXPECT_EQ(month_->prepared.sops.size(), 1u);
}

// The seed SOP of samples/lampihong/sop: its identity page and its flowchart pages.
TEST_F(LayoutGolden, Sop) {
    ASSERT_EQ(month_->prepared.sops.size(), 1u);
    const SopTools sop_tools{*month_->fonts.book, month_->fonts.files, *tools().sop, month_->engine->logo()};
    expect_golden("sop.txt", lay_out_sop(data(), *month_->prepared.sops.front().sop, sop_tools));
}

// The formulir kinerja of the first employee (the camat): its four pages (the SKP, its
// scoring, the perilaku and the penilaian; every formulir of the sample has these four).
TEST_F(LayoutGolden, Formulir) {
    const LaidOutEmployee& first = employee("196906272001121003");
    ASSERT_TRUE(first.formulir) << first.formulir_error;
    EXPECT_EQ(first.formulir->pages.size(), 4u);
    expect_golden("formulir-196906272001121003.txt", *first.formulir);
}

// The Dokumen Pengukuran Kinerja of the first employee: every labelled copy, collated.
TEST_F(LayoutGolden, Pengukuran) {
    const LaidOutEmployee& first = employee("196906272001121003");
    ASSERT_TRUE(first.pengukuran) << first.pengukuran_error;
    expect_golden("pengukuran-196906272001121003.txt", *first.pengukuran);
}

// The archive's documents: the Daftar Arsip Aktif (indeks.pdf) and the box labels.
TEST_F(LayoutGolden, Arsip) {
    const test::TempDir out("kinerja-layout-golden");
    const archive::MonthPlan month_plan = plan(out.path());
    ASSERT_EQ(month_plan.entries.size(), 15u);
    expect_golden("arsip-indeks.txt",
                  lay_out(archive::indeks_document(month_plan, data(), *tools().indeks, month_->engine->logo())));
    expect_golden("arsip-label-box.txt", lay_out(archive::label_document(month_plan, data(), *tools().label)));
}

TEST(LayoutGoldenDiff, NamesTheFirstDifferingLines) {
    const std::string diff = diff_excerpt("a\nb\nc\nd\ne\nf\n", "a\nb\nc\nd\nE\nf\n");
    EXPECT_EQ(diff, "@@ -2,4 +2,4 @@ (first difference at line 5)\n b\n c\n d\n-e\n+E\n f\n");
    EXPECT_EQ(diff_excerpt("a\n", "a\nb\n"), "@@ -1,1 +1,2 @@ (first difference at line 2)\n a\n+b\n");
}

}  // namespace
}  // namespace kinerja::layout_golden_test
