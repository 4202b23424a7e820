// The SOP document composed from the sample office's data and SOP files read through load and
// model: the identity page with the shipped template, and the flowchart block.
#include "compose/sop.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include <gtest/gtest.h>

#include "compose_test_support.hpp"
#include "load/data_folder.hpp"
#include "load/data_readers.hpp"
#include "model/build.hpp"

namespace kinerja::compose {
namespace {

namespace fs = std::filesystem;
using test::lines;
using test::tables;
using test::texts;
using Lines = std::vector<std::string>;

using test::read_file;
using test::source_dir;

const SopTemplate& identitas() {
    static const SopTemplate t = [] {
        Diagnostics diags;
        auto loaded = SopTemplate::load(read_file(source_dir / "templates" / "sop-identitas.xml"),
                                        "templates/sop-identitas.xml", diags);
        EXPECT_EQ(lines(diags), Lines{});
        return loaded.value();
    }();
    return t;
}

// The sample office (instansi and pegawai of samples/lampihong) with one SOP file, checked by
// the model as a run does.
DataSet office_with(const fs::path& sop_path, Kertas kertas = Kertas::f4) {
    MemoryFileSource files;
    const fs::path sample = source_dir / "samples" / "lampihong";
    files.put("instansi.xml", read_file(sample / "instansi.xml"));
    files.put("pegawai.csv", read_file(sample / "pegawai.csv"));
    files.put("sop/" + sop_path.filename().string(), read_file(sop_path));
    Diagnostics diags;
    RawData raw = load_data_folder(files, "", diags);
    BuildResult built = build_dataset(raw, diags);
    EXPECT_EQ(lines(diags), Lines{});
    DataSet data = built.data.value();
    EXPECT_EQ(data.sops.size(), 1u);
    data.instansi.kertas = kertas;
    return data;
}

const fs::path sample_sop = source_dir / "samples" / "lampihong" / "sop" / "perencanaan-kinerja.xml";
const fs::path uji_20 = source_dir / "tests" / "data" / "sop" / "uji-20-langkah.xml";
const fs::path uji_2 = source_dir / "tests" / "data" / "sop" / "uji-2-pelaksana.xml";
const fs::path uji_8 = source_dir / "tests" / "data" / "sop" / "uji-8-pelaksana.xml";

SopDocuments compose(const DataSet& data, const doc::ImageData* logo = nullptr) {
    return identitas().compose(SopInput{data, data.sops.at(0), logo});
}


// The table whose first row's first cell reads `first`.
const doc::Table& table_starting(const doc::Document& d, const std::string& first) {
    for (const doc::Table* t : tables(d)) {
        if (!t->rows.empty() && !t->rows[0].cells.empty() && test::cell_text(t->rows[0].cells[0]) == first) {
            return *t;
        }
    }
    throw std::runtime_error("no table starting with " + first);
}

TEST(SopIdentitas, ShippedTemplateLoadsWithoutProblems) {
    Diagnostics diags;
    EXPECT_TRUE(SopTemplate::load(read_file(source_dir / "templates" / "sop-identitas.xml"),
                                  "templates/sop-identitas.xml", diags));
    EXPECT_EQ(lines(diags), Lines{});
}

TEST(SopIdentitas, IdentityRowsOfTheSampleSop) {
    const DataSet data = office_with(sample_sop);
    const doc::Document d = compose(data).identitas;
    EXPECT_EQ(test::row_texts(table_starting(d, "Nomor SOP")),
              (Lines{"Nomor SOP / 01/SOP/KEC-LPHG/III/2024",
                     "Tanggal Pembuatan / 1 Maret 2024",
                     "Tanggal Revisi / -",
                     "Tanggal Efektif / 1 Maret 2024",
                     "Disahkan Oleh / Camat Lampihong|H. HAMMAD ARSYAD, SP|Pembina, IV/a|NIP. 19690627 200112 1 003",
                     "Nama SOP / Pelaksanaan Perencanaan Kinerja"}));
}

TEST(SopIdentitas, KopTitleAndTheOfficeColumn) {
    const DataSet data = office_with(sample_sop);
    const Lines all = texts(compose(data).identitas.body);
    ASSERT_GE(all.size(), 6u);
    EXPECT_EQ(all[0], "PEMERINTAH KABUPATEN BALANGAN");
    EXPECT_EQ(all[1], "KECAMATAN LAMPIHONG");
    EXPECT_EQ(all[2], "Jl. Amuntai Paringin Km 18.5 Kecamatan Lampihong Kabupaten Balangan Kode\u00a0Pos\u00a071661");
    EXPECT_EQ(all[3], "STANDAR OPERASIONAL PROSEDUR (SOP)\nPELAKSANAAN PERENCANAAN KINERJA");
    EXPECT_EQ(all[4], "PEMERINTAH KABUPATEN BALANGAN");  // left column of the identity table
    EXPECT_EQ(all[5], "KECAMATAN LAMPIHONG");
}

TEST(SopIdentitas, SignerNameIsBoldUnderlined) {
    const DataSet data = office_with(sample_sop);
    const doc::Document d = compose(data).identitas;
    const doc::Table& rows = table_starting(d, "Nomor SOP");
    const doc::Cell& signer = rows.rows.at(4).cells.at(1);
    ASSERT_EQ(signer.content.size(), 1u);
    const auto& keep = std::get<doc::KeepTogether>(signer.content[0].v);
    bool found = false;
    for (const doc::Block& b : keep.blocks) {
        const auto* p = std::get_if<doc::Paragraph>(&b.v);
        if (p && p->text == "H. HAMMAD ARSYAD, SP") {
            found = true;
            EXPECT_TRUE(p->style.bold);
            EXPECT_TRUE(p->style.underline);
        }
    }
    EXPECT_TRUE(found);
}

TEST(SopIdentitas, ListsAreNumberedUnderTheirHeadings) {
    const DataSet data = office_with(sample_sop);
    const doc::Document d = compose(data).identitas;
    const doc::Table& lists = table_starting(d, "Dasar Hukum:");
    const Lines rows = test::row_texts(lists);
    ASSERT_EQ(rows.size(), 6u);
    EXPECT_EQ(rows[0], "Dasar Hukum: / Kualifikasi Pelaksana:");
    EXPECT_EQ(rows[2], "Keterkaitan: / Peralatan/Perlengkapan:");
    EXPECT_EQ(rows[4], "Peringatan: / Pencatatan dan Pendataan:");
    // The heading and its list read as one cell.
    EXPECT_TRUE(lists.rows[0].cells[0].open_bottom);
    EXPECT_TRUE(lists.rows[1].cells[0].open_top);

    const doc::Table& dasar = table_starting(d, "1.");
    const Lines items = test::row_texts(dasar);
    ASSERT_EQ(items.size(), 7u);
    EXPECT_EQ(items[0], "1. / Undang-Undang Republik Indonesia Nomor 23 Tahun 2014 tentang Pemerintahan Daerah");
    EXPECT_EQ(items[3].substr(0, 48), "4. / Peraturan Menteri Dalam Negeri Nomor 73 Tah");
    EXPECT_EQ(items[6].substr(0, 4), "7. /");
    EXPECT_EQ(dasar.line_width, 0);  // no rules inside the list

    // Each list in its own cell, in order.
    auto cell_lines = [&](int row, int column) {
        return texts(lists.rows.at(static_cast<std::size_t>(row)).cells.at(static_cast<std::size_t>(column)).content);
    };
    EXPECT_EQ(cell_lines(1, 1), (Lines{"1.", "Memahami peraturan perundang-undangan tentang kepegawaian", "2.",
                                       "Mengetahui tugas dan fungsi Sistem Akuntabilitas Kinerja Instansi Pemerintah",
                                       "3.", "Mengetahui tugas dan fungsi dalam pembuatan laporan kinerja", "4.",
                                       "Memahami cara penilaian SKP"}));
    EXPECT_EQ(cell_lines(3, 0), (Lines{"1.", "SOP Pembuatan Pelaksanaan Kegiatan", "2.",
                                       "SOP Penyusunan Laporan Evaluasi Kinerja", "3.", "SOP Pengumpulan Data Kinerja",
                                       "4.", "SOP Usulan Promosi Jabatan"}));
    EXPECT_EQ(cell_lines(3, 1), (Lines{"1.", "Renja", "2.", "Dokumen Laporan Fisik dan Kegiatan", "3.",
                                       "Format Indikator Kinerja Utama", "4.", "Perangkat Komputer"}));
    EXPECT_EQ(cell_lines(5, 0),
              (Lines{"1.", "Jika SOP tidak dilaksanakan maka sasaran kinerja pegawai tidak berjalan dengan baik"}));
    EXPECT_EQ(cell_lines(5, 1), (Lines{"1.", "Disimpan sebagai dokumen kepegawaian dan dokumen pengendalian"}));
}

TEST(SopIdentitas, EmptyListPrintsADashAndARevisionDateItsDate) {
    const DataSet data = office_with(uji_2);
    const doc::Document d = compose(data).identitas;
    const doc::Table& lists = table_starting(d, "Dasar Hukum:");
    EXPECT_EQ(texts(lists.rows.at(3).cells.at(0).content), Lines{"-"});  // no keterkaitan
    EXPECT_EQ(test::row_texts(table_starting(d, "Nomor SOP")).at(2), "Tanggal Revisi / 19 Februari 2024");
}

TEST(SopIdentitas, PagesAndMetadata) {
    const DataSet data = office_with(sample_sop);
    const SopDocuments parts = compose(data);
    // F4 (instansi.xml): the identity page portrait, the flowchart landscape.
    EXPECT_NEAR(parts.identitas.page.width, 609.45, 0.01);
    EXPECT_NEAR(parts.identitas.page.height, 935.43, 0.01);
    EXPECT_NEAR(parts.bagan_alir.page.width, 935.43, 0.01);
    EXPECT_NEAR(parts.bagan_alir.page.height, 609.45, 0.01);
    EXPECT_EQ(parts.identitas.title, "SOP 01/SOP/KEC-LPHG/III/2024 \u2014 Pelaksanaan Perencanaan Kinerja");
    EXPECT_EQ(parts.identitas.author, "KECAMATAN LAMPIHONG");
    EXPECT_EQ(parts.identitas.subject,
              "Standar Operasional Prosedur Pelaksanaan Perencanaan Kinerja, PEMERINTAH KABUPATEN BALANGAN "
              "KECAMATAN LAMPIHONG");
    EXPECT_EQ(parts.bagan_alir.title, parts.identitas.title);
    EXPECT_EQ(parts.bagan_alir.author, parts.identitas.author);
    EXPECT_EQ(parts.bagan_alir.subject, parts.identitas.subject);
    EXPECT_EQ(parts.bagan_alir.keywords, parts.identitas.keywords);
    EXPECT_EQ(parts.identitas.page.footer,
              "01/SOP/KEC-LPHG/III/2024 \u2014 Identitas SOP \u2014 Halaman {halaman} dari {jumlah}");
    EXPECT_EQ(parts.bagan_alir.page.footer,
              "01/SOP/KEC-LPHG/III/2024 \u2014 Bagan Alir \u2014 Halaman {halaman} dari {jumlah}");
    EXPECT_TRUE(parts.identitas.images.empty());

    const DataSet a4 = office_with(sample_sop, Kertas::a4);
    const SopDocuments on_a4 = compose(a4);
    EXPECT_NEAR(on_a4.identitas.page.width, 595.28, 0.01);
    EXPECT_NEAR(on_a4.bagan_alir.page.width, 841.89, 0.01);
    EXPECT_NEAR(on_a4.bagan_alir.page.height, 595.28, 0.01);
}

TEST(SopIdentitas, LogoGoesIntoTheKop) {
    const DataSet data = office_with(sample_sop);
    doc::ImageData logo{"png bytes", 100, 120};
    const SopDocuments parts = compose(data, &logo);
    ASSERT_EQ(parts.identitas.images.size(), 1u);
    EXPECT_EQ(parts.identitas.images[0].first, "logo");
    EXPECT_EQ(parts.identitas.images[0].second.bytes, "png bytes");
    const doc::Table& kop = *tables(parts.identitas).at(0);
    const auto& image = std::get<doc::Image>(kop.rows.at(0).cells.at(0).content.at(0).v);
    EXPECT_EQ(image.id, "logo");
    EXPECT_TRUE(parts.bagan_alir.images.empty());
}

// The ids of the images among `blocks`, in tables and columns too.
void image_ids(const std::vector<doc::Block>& blocks, std::vector<std::string>& ids) {
    for (const doc::Block& b : blocks) {
        if (const auto* image = std::get_if<doc::Image>(&b.v)) ids.push_back(image->id);
        if (const auto* table = std::get_if<doc::Table>(&b.v)) {
            for (const doc::Row& row : table->rows) {
                for (const doc::Cell& cell : row.cells) image_ids(cell.content, ids);
            }
        }
    }
}

TEST(SopIdentitas, LogoStandsInTheIdentityTablesLeftCellAboveTheOfficeName) {
    const DataSet data = office_with(sample_sop);
    const doc::ImageData logo{"png bytes", 100, 120};
    const SopDocuments logo_parts = compose(data, &logo), plain_parts = compose(data);
    const doc::Table& with_logo = *tables(logo_parts.identitas).at(1);  // after the kop's
    std::vector<std::string> ids;
    image_ids(with_logo.rows.at(0).cells.at(0).content, ids);
    EXPECT_EQ(ids, std::vector<std::string>{"logo"});
    const doc::Table& without = *tables(plain_parts.identitas).at(0);  // no kop table without a logo
    ids.clear();
    image_ids(without.rows.at(0).cells.at(0).content, ids);
    EXPECT_TRUE(ids.empty());
}

TEST(SopIdentitas, RecordHoldsTheSopAndItsSigner) {
    const DataSet data = office_with(uji_20);
    const Record r = SopTemplate::record(SopInput{data, data.sops.at(0), nullptr});
    const Schema& s = SopTemplate::schema();
    auto value = [&](const char* name) { return r.values.at(static_cast<std::size_t>(*s.find_field(name))); };
    auto printed = [&](const char* name) {
        return format_default(value(name), s.fields().at(static_cast<std::size_t>(*s.find_field(name))));
    };
    EXPECT_EQ(printed("sop.nomor"), "12/SOP/KEC-LPHG/V/2024");
    EXPECT_EQ(printed("sop.tanggal_pembuatan"), "2 Mei 2024");
    EXPECT_EQ(printed("sop.tanggal_efektif"), "13 Mei 2024");
    EXPECT_TRUE(std::holds_alternative<std::monostate>(value("sop.tanggal_revisi")));
    EXPECT_EQ(printed("sop.jumlah_langkah"), "22");
    EXPECT_EQ(printed("sop.jumlah_pelaksana"), "7");
    EXPECT_EQ(std::get<bool>(value("disahkan_oleh.ada")), true);
    EXPECT_EQ(printed("disahkan_oleh.nama_lengkap"), "H. Hammad Arsyad, SP");
    EXPECT_EQ(printed("disahkan_oleh.nip"), "19690627 200112 1 003");
    EXPECT_EQ(printed("disahkan_oleh.jabatan"), "Camat Lampihong");
    EXPECT_EQ(printed("disahkan_oleh.pangkat_golongan"), "Pembina, IV/a");
    EXPECT_EQ(printed("instansi.logo"), "");
    EXPECT_EQ(r.lists.at(static_cast<std::size_t>(*s.find_list("dasar_hukum"))).size(), 5u);
    const auto& pelaksana = r.lists.at(static_cast<std::size_t>(*s.find_list("pelaksana")));
    ASSERT_EQ(pelaksana.size(), 7u);
    EXPECT_EQ(std::get<std::string>(pelaksana.at(1).values.at(0)), "Petugas Loket PATEN");
}

TEST(SopIdentitas, AnOfficesTemplateWithAMistakeIsReportedAtItsLine) {
    Diagnostics diags;
    const std::string own =
        "<template>\n"
        "  <p>{{sop.nomr}}</p>\n"
        "  <p>{{sop.tanggal_revisi | atau:-}}</p>\n"
        "</template>\n";
    EXPECT_FALSE(SopTemplate::load(own, "templates/sop-identitas.xml", diags));
    EXPECT_EQ(lines(diags),
              Lines{"templates/sop-identitas.xml:2: sop.nomr: isian tidak dikenal (maksudnya sop.nomor?)"});
}

// --- the flowchart ---

TEST(SopBaganAlir, TitleThenTheFlowchartOnLandscapePages) {
    const DataSet data = office_with(uji_20);
    const doc::Document d = compose(data).bagan_alir;
    ASSERT_EQ(d.body.size(), 2u);
    const auto& title = std::get<doc::Paragraph>(d.body[0].v);
    EXPECT_EQ(title.text, "SOP : PELAYANAN SURAT KETERANGAN");
    EXPECT_TRUE(title.style.bold);
    EXPECT_TRUE(std::holds_alternative<doc::Flowchart>(d.body[1].v));
    EXPECT_GT(d.page.width, d.page.height);
}

TEST(SopBaganAlir, LanesAndStepsFromTheModel) {
    const DataSet data = office_with(uji_20);
    const Sop& sop = data.sops.at(0);
    const doc::Flowchart chart = flowchart(sop);
    EXPECT_EQ(chart.lanes, (Lines{"Pemohon", "Petugas Loket PATEN", "Operator Administrasi", "Kasi Pelayanan Umum",
                                  "Sekretaris Camat", "Camat", "Pengelola Arsip"}));
    ASSERT_EQ(chart.steps.size(), 22u);
    for (std::size_t i = 0; i < chart.steps.size(); ++i) {
        const doc::FlowStep& step = chart.steps[i];
        const Langkah& langkah = sop.langkah.at(i);
        EXPECT_EQ(step.nomor, static_cast<int>(i) + 1);
        EXPECT_EQ(step.uraian, langkah.uraian);
        EXPECT_EQ(step.lane, langkah.lane);
        EXPECT_EQ(step.output, langkah.output);
        EXPECT_EQ(step.keterangan, langkah.keterangan);
    }
    const doc::FlowStep& first = chart.steps.at(0);
    EXPECT_EQ(first.symbol, doc::FlowSymbol::mulai);
    EXPECT_EQ(first.lane, 0u);
    EXPECT_EQ(first.kelengkapan, (Lines{"Surat pengantar dari desa", "Fotokopi KTP", "Fotokopi Kartu Keluarga"}));
    EXPECT_EQ(first.waktu, "5 Menit");

    const doc::FlowStep& lengkap = chart.steps.at(2);
    EXPECT_EQ(lengkap.symbol, doc::FlowSymbol::keputusan);
    EXPECT_EQ(lengkap.ya, 5);
    EXPECT_EQ(lengkap.tidak, 4);
    const doc::FlowStep& benar = chart.steps.at(8);  // goes back to step 7 when not right
    EXPECT_EQ(benar.symbol, doc::FlowSymbol::keputusan);
    EXPECT_EQ(benar.ya, 10);
    EXPECT_EQ(benar.tidak, 7);
    EXPECT_EQ(benar.lane, 3u);
    EXPECT_EQ(chart.steps.at(3).waktu, "1 Hari");
    EXPECT_EQ(chart.steps.at(3).keterangan, "Paling lama 3 hari kerja");
    EXPECT_EQ(chart.steps.at(20).waktu, "1,5 Jam");
    EXPECT_EQ(chart.steps.at(11).lane, 5u);  // Camat
    EXPECT_EQ(chart.steps.at(11).kelengkapan, Lines{"Surat keterangan"});
    EXPECT_EQ(chart.steps.at(21).symbol, doc::FlowSymbol::selesai);
    for (std::size_t i = 1; i < 21; ++i) {
        if (i == 2 || i == 8) continue;
        EXPECT_EQ(chart.steps[i].symbol, doc::FlowSymbol::proses) << i;
        EXPECT_EQ(chart.steps[i].ya, 0) << i;
        EXPECT_EQ(chart.steps[i].tidak, 0) << i;
    }
}

TEST(SopBaganAlir, EightLanesAndTheSampleSop) {
    const DataSet eight = office_with(uji_8);
    const doc::Flowchart chart8 = flowchart(eight.sops.at(0));
    EXPECT_EQ(chart8.lanes.size(), 8u);
    EXPECT_EQ(chart8.lanes.at(2), "Kasubag Perencanaan dan Keuangan");
    EXPECT_EQ(chart8.steps.at(7).tidak, 7);

    const DataSet sample = office_with(sample_sop);
    const doc::Flowchart chart = flowchart(sample.sops.at(0));
    EXPECT_EQ(chart.lanes.size(), 5u);
    ASSERT_EQ(chart.steps.size(), 7u);
    EXPECT_EQ(chart.steps.at(2).kelengkapan, (Lines{"Formulir kinerja", "Komputer/Laptop"}));
    EXPECT_EQ(chart.steps.at(6).waktu, "15 Menit");
    EXPECT_EQ(chart.steps.at(6).symbol, doc::FlowSymbol::selesai);
    EXPECT_EQ(chart.steps.at(1).keterangan, "-");
}

TEST(SopBaganAlir, KelengkapanItemsAreTrimmedAndBlanksDropped) {
    Sop sop;
    sop.nama = "Uji";
    sop.lanes = {Lane{"a", "A"}};
    Langkah first;
    first.nomor = 1;
    first.simbol = Simbol::mulai;
    first.kelengkapan = " Map ;; Box file;Stempel ; ";
    Langkah last;
    last.nomor = 2;
    last.simbol = Simbol::selesai;
    sop.langkah = {first, last};
    const doc::Flowchart chart = flowchart(sop);
    EXPECT_EQ(chart.steps.at(0).kelengkapan, (Lines{"Map", "Box file", "Stempel"}));
    EXPECT_EQ(chart.steps.at(1).kelengkapan, Lines{});
    EXPECT_EQ(chart.steps.at(1).waktu, "");
}

}  // namespace
}  // namespace kinerja::compose
