// The Dokumen Pengukuran Kinerja composed with the shipped template for the sample office
// (samples/lampihong): copies and their labels, the kegiatan table, and the signature blocks of
// every employee, with and without a scanned signature.
#include "compose/pengukuran.hpp"

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <gtest/gtest.h>

#include "../sample_staff.hpp"
#include "compose_test_support.hpp"
#include "load/data_folder.hpp"
#include "load/file_source.hpp"
#include "model/build.hpp"

namespace kinerja::compose {
namespace {

namespace fs = std::filesystem;
using test::lines;
using test::row_texts;
using test::texts;
using Lines = std::vector<std::string>;

using test::read_file;
using test::source_dir;

const PengukuranTemplate& pengukuran() {
    static const PengukuranTemplate t = [] {
        Diagnostics diags;
        const std::string bytes = read_file(source_dir / "templates" / "pengukuran-kinerja.xml");
        EXPECT_FALSE(bytes.empty());
        auto loaded = PengukuranTemplate::load(bytes, "templates/pengukuran-kinerja.xml", diags);
        EXPECT_EQ(lines(diags), Lines{});
        return loaded.value();
    }();
    return t;
}

// The sample office as the run reads it.
struct Sample {
    DataSet data;
    Signatures camat_signs;  // the Camat's scanned signature (samples/lampihong/ttd/)

    Sample() {
        const fs::path root = source_dir / "samples" / "lampihong";
        MemoryFileSource files;
        for (const auto& entry : fs::recursive_directory_iterator(root)) {
            if (entry.is_regular_file()) {
                files.put(fs::relative(entry.path(), root).generic_string(), read_file(entry.path()));
            }
        }
        Diagnostics diags;
        BuildResult built = build_dataset(load_data_folder(files, "2024-03", diags), diags);
        EXPECT_EQ(lines(diags), Lines{});
        data = std::move(built.data.value());
        doc::ImageData scan;
        scan.bytes = files.read("ttd/196906272001121003.png").value();
        scan.pixel_width = 600;
        scan.pixel_height = 240;
        camat_signs.emplace("196906272001121003", std::move(scan));
    }

    const Pegawai& person(const std::string& digits) const {
        return *data.find_pegawai(parse_nip(digits).nip.value());
    }
};

const Sample& sample() {
    static const Sample s;
    return s;
}

struct Made {
    NilaiPrestasi nilai;
    doc::Document document;
};

Made make(const std::string& digits, const Signatures* signatures = nullptr, int lembar = 1) {
    const Pegawai& p = sample().person(digits);
    const Skp& skp = sample().data.skp.at(digits);
    Made made{nilai_prestasi(skp), {}};
    const PengukuranInput input{sample().data, p,       skp,     made.nilai, Period{2024, 3}, Date{2024, 3, 31},
                                nullptr,       signatures};
    made.document = pengukuran().compose(input, lembar_list(sample().data.instansi).at(lembar - 1));
    return made;
}

// The tables of the signature part: the last <keep> of the body holds the two signature tables
// (pegawai | pejabat penilai, then the atasan's "Mengetahui," block in the middle).
std::vector<const doc::Table*> signature_tables(const doc::Document& d) {
    const doc::KeepTogether* last = nullptr;
    for (const doc::Block& b : d.body) {
        if (const auto* keep = std::get_if<doc::KeepTogether>(&b.v)) last = keep;
    }
    std::vector<const doc::Table*> tables;
    if (!last) return tables;
    for (const doc::Block& b : last->blocks) {
        if (const auto* t = std::get_if<doc::Table>(&b.v)) tables.push_back(t);
    }
    return tables;
}

// The images placed anywhere in a cell (the <image> box is a small table around one).
void images_in(const std::vector<doc::Block>& blocks, std::vector<const doc::Image*>& out) {
    for (const doc::Block& b : blocks) {
        if (const auto* image = std::get_if<doc::Image>(&b.v)) out.push_back(image);
        if (const auto* t = std::get_if<doc::Table>(&b.v)) {
            for (const doc::Row& r : t->rows) {
                for (const doc::Cell& c : r.cells) images_in(c.content, out);
            }
        }
    }
}

std::vector<const doc::Image*> images_in(const doc::Cell& cell) {
    std::vector<const doc::Image*> out;
    images_in(cell.content, out);
    return out;
}

const doc::Table* table_after(const doc::Document& d, const std::string& heading) {
    bool seen = false;
    for (const doc::Block& b : d.body) {
        if (const auto* p = std::get_if<doc::Paragraph>(&b.v)) seen = seen || p->text == heading;
        if (const auto* t = std::get_if<doc::Table>(&b.v); t && seen) return t;
        if (const auto* keep = std::get_if<doc::KeepTogether>(&b.v); keep && !seen) {
            for (const doc::Block& inner : keep->blocks) {
                if (const auto* p = std::get_if<doc::Paragraph>(&inner.v)) seen = seen || p->text == heading;
                if (const auto* t = std::get_if<doc::Table>(&inner.v); t && seen) return t;
            }
        }
    }
    return nullptr;
}

TEST(PengukuranCopies, OneCopyPerLembarOfInstansiInOrder) {
    const std::vector<Lembar> copies = lembar_list(sample().data.instansi);
    ASSERT_EQ(copies.size(), 3u);
    EXPECT_EQ(lembar_label(copies.at(0)), "Lembar 1 dari 3 \u2014 untuk Pegawai yang bersangkutan");
    EXPECT_EQ(lembar_label(copies.at(1)), "Lembar 2 dari 3 \u2014 untuk Pejabat Penilai");
    EXPECT_EQ(lembar_label(copies.at(2)), "Lembar 3 dari 3 \u2014 untuk Arsip");

    const Pegawai& p = sample().person("198712122010011008");
    const Skp& skp = sample().data.skp.at("198712122010011008");
    const NilaiPrestasi nilai = nilai_prestasi(skp);
    const PengukuranInput input{sample().data, p, skp, nilai, Period{2024, 3}, Date{2024, 3, 31}};
    const std::vector<doc::Document> documents = pengukuran().compose_copies(input);
    ASSERT_EQ(documents.size(), 3u);
    for (std::size_t i = 0; i < documents.size(); ++i) {
        EXPECT_EQ(documents[i].page.label, lembar_label(copies.at(i)));
        // The copies differ only in their label: same text, same metadata.
        EXPECT_EQ(texts(documents[i].body), texts(documents[0].body));
        EXPECT_EQ(documents[i].title, "Dokumen Pengukuran Kinerja Maret 2024 \u2014 Rahmadi");
    }
}

// The copies are what compose gives for each lembar, whether the template shows something of
// the lembar in the body (each copy composed) or not (the shipped one: composed once, labelled).
TEST(PengukuranCopies, EachCopyIsTheDocumentComposedForItsLembar) {
    const Pegawai& p = sample().person("198712122010011008");
    const Skp& skp = sample().data.skp.at("198712122010011008");
    const NilaiPrestasi nilai = nilai_prestasi(skp);
    const PengukuranInput input{sample().data, p, skp, nilai, Period{2024, 3}, Date{2024, 3, 31}};
    const std::vector<Lembar> lembar = lembar_list(sample().data.instansi);

    const std::vector<doc::Document> shipped = pengukuran().compose_copies(input);
    ASSERT_EQ(shipped.size(), lembar.size());
    for (std::size_t i = 0; i < lembar.size(); ++i) {
        EXPECT_TRUE(shipped[i] == pengukuran().compose(input, lembar[i])) << "copy " << i + 1;
    }

    for (const char* field : {"lembar.untuk", "lembar.nomor", "lembar.jumlah", "lembar.label"}) {
        Diagnostics diags;
        const std::string xml = std::string("<?xml version=\"1.0\"?>\n<template title=\"Uji\">\n<p>Salinan {{") + field +
                                "}} untuk {{pegawai.nama_lengkap}}</p>\n</template>\n";
        const auto own = PengukuranTemplate::load(xml, "t.xml", diags);
        ASSERT_TRUE(own.has_value()) << ::testing::PrintToString(lines(diags));
        const std::vector<doc::Document> copies = own->compose_copies(input);
        ASSERT_EQ(copies.size(), lembar.size());
        for (std::size_t i = 0; i < lembar.size(); ++i) {
            EXPECT_TRUE(copies[i] == own->compose(input, lembar[i])) << field << ", copy " << i + 1;
        }
        if (std::string_view(field) != "lembar.jumlah") {  // the same in every copy
            EXPECT_FALSE(copies[0].body == copies[2].body) << field << " shown: the copies' bodies differ";
        }
    }
}

TEST(PengukuranCopies, AnOfficeWithOneCopyLabelsItOneOfOne) {
    Instansi instansi = sample().data.instansi;
    instansi.salinan = {"Arsip"};
    const std::vector<Lembar> copies = lembar_list(instansi);
    ASSERT_EQ(copies.size(), 1u);
    EXPECT_EQ(lembar_label(copies.at(0)), "Lembar 1 dari 1 \u2014 untuk Arsip");
}

TEST(PengukuranDocument, TitlePeriodAndPaper) {
    const Made made = make("198712122010011008");
    const Lines all = texts(made.document.body);
    EXPECT_NE(std::find(all.begin(), all.end(), "DOKUMEN PENGUKURAN KINERJA"), all.end());
    EXPECT_NE(std::find(all.begin(), all.end(), "BULAN MARET 2024"), all.end());
    EXPECT_NE(std::find(all.begin(), all.end(), "KECAMATAN LAMPIHONG"), all.end());
    // F4 as instansi.xml says: 215 × 330 mm.
    EXPECT_NEAR(made.document.page.width, 609.45, 0.01);
    EXPECT_NEAR(made.document.page.height, 935.43, 0.01);
}

TEST(PengukuranDocument, IdentityOfEmployeeAndPenilai) {
    const Made made = make("198712122010011008");
    const doc::Table* identity = nullptr;
    for (const doc::Block& b : made.document.body) {
        if (const auto* t = std::get_if<doc::Table>(&b.v)) {
            identity = t;
            break;
        }
    }
    ASSERT_NE(identity, nullptr);
    EXPECT_EQ(row_texts(*identity),
              (Lines{"NO / I. PEGAWAI NEGERI SIPIL YANG DINILAI / NO / II. PEJABAT PENILAI",
                     "1 / Nama / Rahmadi / 1 / Nama / Siti Rahmah, S.E.",
                     "2 / NIP / 19871212 201001 1 008 / 2 / NIP / 19810415 200604 2 005",
                     "3 / Pangkat/Gol.Ruang / Pengatur, II/c / 3 / Pangkat/Gol.Ruang / Penata, III/c",
                     "4 / Jabatan / Pengadministrasi Umum / 4 / Jabatan / Kepala Subbagian Umum dan Kepegawaian",
                     "5 / Unit Kerja / Subbagian Umum dan Kepegawaian / 5 / Unit Kerja / Subbagian Umum dan Kepegawaian"}));
}

// Rahmadi's kegiatan, computed by hand from skp-2024-03.csv: capaian = realisasi / target
// kuantitas × 100; nilai = (kuantitas + kualitas + waktu) / 3; the fourth was not carried out.
TEST(PengukuranDocument, KegiatanWithCapaianAndNilai) {
    const Made made = make("198712122010011008");
    const doc::Table* kegiatan = table_after(made.document, "PENGUKURAN CAPAIAN KEGIATAN TUGAS JABATAN");
    ASSERT_NE(kegiatan, nullptr);
    EXPECT_EQ(kegiatan->header_rows, 2);
    EXPECT_EQ(row_texts(*kegiatan),
              (Lines{"NO / KEGIATAN TUGAS JABATAN / TARGET / REALISASI / CAPAIAN (%) / NILAI CAPAIAN",
                     "1 / 2 / 3 / 4 / 5 / 6",
                     "1 / Mencatat dan mendistribusikan surat masuk / 600 surat / 580 surat / 96,67 / 85,89",
                     "2 / Menyusun laporan; mengarsipkan surat masuk / 12 laporan / 12 laporan / 100,00 / 85,33",
                     "3 / Menyiapkan keperluan rapat dinas / 24 kegiatan / 20 kegiatan / 83,33 / 81,44",
                     "4 / Melaksanakan penyusutan arsip inaktif / 1 kegiatan / 0 kegiatan / 0,00 / 0,00",
                     " / Rata-rata nilai capaian kegiatan (4 kegiatan) / 63,17",
                     " / Tugas tambahan (2 tugas) / 1,00"}));
}

TEST(PengukuranDocument, SummaryWithSebutan) {
    const Made made = make("198712122010011008");
    const doc::Table* summary = table_after(made.document, "HASIL PENGUKURAN KINERJA");
    ASSERT_NE(summary, nullptr);
    EXPECT_EQ(row_texts(*summary),
              (Lines{"NO / UNSUR YANG DINILAI / NILAI / SEBUTAN",
                     "1 / Nilai Capaian Sasaran Kerja Pegawai (SKP) / 64,17 / Cukup",
                     "2 / Nilai Perilaku Kerja / 79,00 / Baik",
                     "3 / Nilai Prestasi Kerja (60% \u00d7 64,17 + 40% \u00d7 79,00) / 70,10 / Cukup"}));
}

// Three levels above the employee: Rahmadi ← Siti Rahmah (penilai) ← Ahmad Rizani (atasan
// penilai) ← the Camat, who signs nothing here.
TEST(PengukuranSignatures, ThreeLevelChain) {
    const Made made = make("198712122010011008");
    const auto tables = signature_tables(made.document);
    ASSERT_EQ(tables.size(), 2u);
    EXPECT_EQ(row_texts(*tables[0]), (Lines{" / Lampihong, 31 Maret 2024",
                                            "Pegawai Negeri Sipil Yang Dinilai, / Pejabat Penilai,",
                                            "Pengadministrasi Umum / Kepala Subbagian Umum dan Kepegawaian",
                                            " / ",
                                            "Rahmadi / Siti Rahmah, S.E.",
                                            "Pengatur, II/c / Penata, III/c",
                                            "NIP. 19871212 201001 1 008 / NIP. 19810415 200604 2 005"}));
    EXPECT_EQ(row_texts(*tables[1]), (Lines{" / Mengetahui, / ",
                                            " / Atasan Pejabat Penilai, / ",
                                            " / Sekretaris Camat / ",
                                            " /  / ",
                                            " / Ahmad Rizani, S.Sos., M.Si. / ",
                                            " / Penata Tingkat I, III/d / ",
                                            " / NIP. 19750312 200003 1 002 / "}));
}

// The pimpinan's penilai is outside the office: both other blocks are dotted lines to fill by hand.
TEST(PengukuranSignatures, PimpinanGetsBlankLinesForPenilaiAndAtasan) {
    const Made made = make("196906272001121003");
    const auto tables = signature_tables(made.document);
    ASSERT_EQ(tables.size(), 2u);
    const std::string dots(46, '.');
    EXPECT_EQ(row_texts(*tables[0]), (Lines{" / Lampihong, 31 Maret 2024",
                                            "Pegawai Negeri Sipil Yang Dinilai, / Pejabat Penilai,",
                                            "Camat Lampihong / " + dots,
                                            " / ",
                                            "H. Hammad Arsyad, SP / " + dots,
                                            "Pembina, IV/a / " + dots,
                                            "NIP. 19690627 200112 1 003 / NIP. " + std::string(38, '.')}));
    const Lines atasan = row_texts(*tables[1]);
    ASSERT_EQ(atasan.size(), 7u);
    EXPECT_EQ(atasan.at(2), " / " + dots + " / ");
    EXPECT_EQ(atasan.at(4), " / " + dots + " / ");
    EXPECT_EQ(atasan.at(6), " / NIP. " + std::string(38, '.') + " / ");
}

// Names and NIPs in the three blocks for every employee of the sample, written out by hand from
// pegawai.csv (nip_atasan, and the atasan's own nip_atasan); "" = outside the office.
TEST(PengukuranSignatures, EveryEmployeeOfTheSample) {
    std::map<std::string, std::string> nama;
    for (const test::SampleEmployee& e : test::sample_staff()) nama[e.nip] = e.nama;
    struct Expected {
        const char* nip;
        const char* penilai;  // NIP
        const char* atasan;   // NIP
    };
    const char* camat = "196906272001121003";
    const char* sekcam = "197503122000031002";
    const Expected expected[] = {
        {"196906272001121003", "", ""},
        {"197503122000031002", camat, ""},
        {"198104152006042005", sekcam, camat},
        {"197908232005011004", sekcam, camat},
        {"197711052003121006", camat, ""},
        {"198202172008011003", camat, ""},
        {"197806302002122001", camat, ""},
        {"198309092009031007", camat, ""},
        {"198712122010011008", "198104152006042005", sekcam},
        {"199005212014022002", "198104152006042005", sekcam},
        {"198806142011012009", "197908232005011004", sekcam},
        {"199103072019031004", "197908232005011004", sekcam},
        {"199508182017122003", "197711052003121006", camat},
        {"199210252019031005", sekcam, camat},
        {"198611302010121004", sekcam, camat},
    };
    ASSERT_EQ(sample().data.skp.size(), std::size(expected));
    const std::string dots(46, '.');
    auto name_of = [&](const std::string& nip) { return nip.empty() ? dots : nama.at(nip); };
    auto nip_line = [&](const std::string& nip) {
        return "NIP. " + (nip.empty() ? std::string(38, '.') : parse_nip(nip).nip->printed());
    };
    for (const Expected& e : expected) {
        const Made made = make(e.nip);
        const auto tables = signature_tables(made.document);
        ASSERT_EQ(tables.size(), 2u) << e.nip;
        const Lines both = row_texts(*tables[0]);
        const Lines mengetahui = row_texts(*tables[1]);
        ASSERT_EQ(both.size(), 7u);
        ASSERT_EQ(mengetahui.size(), 7u);
        EXPECT_EQ(both.at(4), name_of(e.nip) + " / " + name_of(e.penilai)) << e.nip;
        EXPECT_EQ(both.at(6), nip_line(e.nip) + " / " + nip_line(e.penilai)) << e.nip;
        EXPECT_EQ(mengetahui.at(4), " / " + name_of(e.atasan) + " / ") << e.nip;
        EXPECT_EQ(mengetahui.at(6), " / " + nip_line(e.atasan) + " / ") << e.nip;
        // The jabatan under each title: the signer's own, or a dotted line.
        const Pegawai& pegawai = sample().person(e.nip);
        EXPECT_EQ(both.at(2).substr(0, pegawai.jabatan.size() + 3), pegawai.jabatan + " / ") << e.nip;
        // The name line is bold and underlined in each column.
        for (const doc::Table* t : tables) {
            for (const doc::Cell& cell : t->rows.at(4).cells) {
                for (const doc::Block& b : cell.content) {
                    const auto& p = std::get<doc::Paragraph>(b.v);
                    EXPECT_TRUE(p.style.bold && p.style.underline) << e.nip << " " << p.text;
                }
            }
        }
    }
}

// The Camat's scanned signature goes into his own block wherever he signs: as the employee, as
// pejabat penilai (Sekretaris Camat) and as atasan pejabat penilai (Kasubag Perencanaan).
TEST(PengukuranSignatures, ScannedSignatureInTheSignersSpace) {
    const Signatures* signs = &sample().camat_signs;
    const std::string id = "ttd-196906272001121003";
    struct Case {
        const char* nip;
        int table, column;  // where the Camat signs
    };
    for (const Case& c : {Case{"196906272001121003", 0, 0}, Case{"197503122000031002", 0, 1},
                          Case{"197908232005011004", 1, 1}}) {
        const Made made = make(c.nip, signs);
        const auto tables = signature_tables(made.document);
        ASSERT_EQ(tables.size(), 2u);
        for (int t = 0; t < 2; ++t) {
            const doc::Row& space = tables.at(static_cast<std::size_t>(t))->rows.at(3);
            for (std::size_t column = 0; column < space.cells.size(); ++column) {
                const auto found = images_in(space.cells[column]);
                if (t == c.table && static_cast<int>(column) == c.column) {
                    ASSERT_EQ(found.size(), 1u) << c.nip;
                    EXPECT_EQ(found[0]->id, id);
                    EXPECT_NEAR(found[0]->width, 50 * 72 / 25.4, 0.01);
                    EXPECT_NEAR(found[0]->height, 20 * 72 / 25.4, 0.01);
                } else {
                    EXPECT_TRUE(found.empty()) << c.nip << " table " << t << " column " << column;
                }
            }
        }
        ASSERT_EQ(made.document.images.size(), 1u) << c.nip;
        EXPECT_EQ(made.document.images[0].first, id);
        EXPECT_EQ(made.document.images[0].second.pixel_width, 600);
    }
    // Nobody in Rahmadi's chain has a scan: no image, every space left for a pen.
    const Made rahmadi = make("198712122010011008", signs);
    EXPECT_TRUE(rahmadi.document.images.empty());
    for (const doc::Table* t : signature_tables(rahmadi.document)) {
        for (const doc::Cell& cell : t->rows.at(3).cells) EXPECT_TRUE(images_in(cell).empty());
    }
}

// <tanda-tangan pindaian="tidak"> (the default): the scans the run may hold are printed on no copy.
TEST(PengukuranSignatures, NoScanOnAnyCopyUnlessInstansiSaysYa) {
    ASSERT_TRUE(sample().data.instansi.tanda_tangan_pindaian);  // samples/lampihong: ya
    DataSet data = sample().data;
    data.instansi.tanda_tangan_pindaian = false;
    for (const char* digits : {"196906272001121003", "197503122000031002", "197908232005011004"}) {
        const Skp& skp = data.skp.at(digits);
        const NilaiPrestasi nilai = nilai_prestasi(skp);
        const PengukuranInput input{data,    *data.find_pegawai(parse_nip(digits).nip.value()), skp, nilai,
                                    Period{2024, 3}, Date{2024, 3, 31}, nullptr, &sample().camat_signs};
        const std::vector<doc::Document> copies = pengukuran().compose_copies(input);
        ASSERT_EQ(copies.size(), 3u);
        for (const doc::Document& copy : copies) {
            EXPECT_TRUE(copy.images.empty()) << digits;
            for (const doc::Table* t : signature_tables(copy)) {
                for (const doc::Row& row : t->rows) {
                    for (const doc::Cell& cell : row.cells) EXPECT_TRUE(images_in(cell).empty()) << digits;
                }
            }
        }
        const Record r = PengukuranTemplate::record(input, lembar_list(data.instansi).at(2));
        for (const char* field : {"pegawai.ttd", "penilai.ttd", "atasan_penilai.ttd"}) {
            const auto index = static_cast<std::size_t>(PengukuranTemplate::schema().find_field(field).value());
            const auto* id = std::get_if<std::string>(&r.values.at(index));
            EXPECT_TRUE(!id || id->empty()) << digits << " " << field;
        }
    }
}

TEST(PengukuranSignatures, RecordNamesTheSignatureOnlyWhenThereIsOne) {
    const Schema& schema = PengukuranTemplate::schema();
    const int pegawai_ttd = schema.find_field("pegawai.ttd").value();
    const int penilai_ttd = schema.find_field("penilai.ttd").value();
    const Pegawai& sekcam = sample().person("197503122000031002");
    const Skp& skp = sample().data.skp.at("197503122000031002");
    const NilaiPrestasi nilai = nilai_prestasi(skp);
    const Lembar lembar{2, 3, "Pejabat Penilai"};
    PengukuranInput input{sample().data, sekcam, skp, nilai, Period{2024, 3}, Date{2024, 3, 31}};
    Record without = PengukuranTemplate::record(input, lembar);
    EXPECT_EQ(std::get<std::string>(without.values.at(static_cast<std::size_t>(penilai_ttd))), "");
    input.signatures = &sample().camat_signs;
    Record with = PengukuranTemplate::record(input, lembar);
    EXPECT_EQ(std::get<std::string>(with.values.at(static_cast<std::size_t>(penilai_ttd))), "ttd-196906272001121003");
    EXPECT_EQ(std::get<std::string>(with.values.at(static_cast<std::size_t>(pegawai_ttd))), "");
    const int label = schema.find_field("lembar.label").value();
    EXPECT_EQ(std::get<std::string>(with.values.at(static_cast<std::size_t>(label))),
              "Lembar 2 dari 3 \u2014 untuk Pejabat Penilai");
}

// <image>: the template element the signature space is made of.
Template image_template(const std::string& body, Diagnostics& diags, bool& ok) {
    const std::string xml = "<?xml version=\"1.0\"?>\n<template>\n" + body + "\n</template>\n";
    auto t = Template::load(xml, "t.xml", PengukuranTemplate::schema(), diags);
    ok = t.has_value();
    if (!t) {
        return Template::load("<template/>", "t.xml", PengukuranTemplate::schema(), diags).value();
    }
    return std::move(*t);
}

TEST(ImageElement, EmptySourceLeavesAnEmptyBoxOfItsHeight) {
    Diagnostics diags;
    bool ok = false;
    const Template t = image_template("<image src=\"{{pegawai.ttd}}\" height=\"20mm\"/>", diags, ok);
    ASSERT_TRUE(ok) << ::testing::PrintToString(lines(diags));
    Record r;
    r.values.resize(PengukuranTemplate::schema().fields().size());
    r.lists.resize(PengukuranTemplate::schema().lists().size());
    const doc::Document d = t.apply(r, Kertas::a4);
    ASSERT_EQ(d.body.size(), 1u);
    const auto& spacer = std::get<doc::Spacer>(d.body[0].v);
    EXPECT_NEAR(spacer.height, 20 * 72 / 25.4, 1e-9);
}

TEST(ImageElement, AnImageKeepsTheBoxHeightAndIsCentredInIt) {
    Diagnostics diags;
    bool ok = false;
    const Template t =
        image_template("<image src=\"{{pegawai.ttd}}\" width=\"50mm\" height=\"20mm\" align=\"right\"/>", diags, ok);
    ASSERT_TRUE(ok);
    Record r;
    r.values.resize(PengukuranTemplate::schema().fields().size());
    r.lists.resize(PengukuranTemplate::schema().lists().size());
    r.values.at(static_cast<std::size_t>(PengukuranTemplate::schema().find_field("pegawai.ttd").value())) =
        std::string("ttd-1");
    const doc::Document d = t.apply(r, Kertas::a4);
    ASSERT_EQ(d.body.size(), 1u);
    const auto& box = std::get<doc::Table>(d.body[0].v);
    EXPECT_EQ(box.line_width, 0);
    ASSERT_EQ(box.rows.size(), 1u);
    ASSERT_EQ(box.rows[0].cells.size(), 2u);
    EXPECT_EQ(box.rows[0].cells[0].valign, doc::VAlign::middle);
    const auto& image = std::get<doc::Image>(box.rows[0].cells[0].content.at(0).v);
    EXPECT_EQ(image.id, "ttd-1");
    EXPECT_EQ(image.align, doc::Align::right);
    EXPECT_NEAR(image.height, 20 * 72 / 25.4, 1e-9);
    // The thin column holds the box's full height whatever the image's shape.
    const auto& strut = std::get<doc::Spacer>(box.rows[0].cells[1].content.at(0).v);
    EXPECT_NEAR(strut.height, 20 * 72 / 25.4, 1e-9);
}

TEST(ImageElement, ProblemsAreReportedWithTheLine) {
    Diagnostics diags;
    bool ok = true;
    image_template("<image height=\"20mm\"/>\n<image src=\"x\"/>\n<image src=\"{{pegawai.tdd}}\" height=\"0\"/>\n"
                   "<image src=\"x\" height=\"2mm\" align=\"justify\"/>",
                   diags, ok);
    EXPECT_FALSE(ok);
    EXPECT_EQ(lines(diags), (Lines{"t.xml:3: src: wajib diisi pada <image>",
                                   "t.xml:4: height: wajib diisi pada <image>",
                                   "t.xml:5: pegawai.tdd: isian tidak dikenal (maksudnya pegawai.ttd?)",
                                   "t.xml:5: height: tinggi gambar harus lebih dari 0",
                                   "t.xml:6: align: nilai \"justify\" tidak dikenal (pilih: left, center, right)"}));
}

}  // namespace
}  // namespace kinerja::compose
