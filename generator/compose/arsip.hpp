// The archive documents of a month (DESIGN section 7): the Daftar Arsip Aktif (indeks.pdf: the
// Daftar Berkas of the year and the Daftar Isi Berkas of the month) and the box labels
// (label-box.pdf). The values here are also what the archive register hands
// around: one filed document with its box, berkas and item number, and one box's contents.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compose/document.hpp"
#include "compose/fields.hpp"
#include "compose/template.hpp"
#include "load/source.hpp"
#include "model/calendar.hpp"
#include "model/dataset.hpp"
#include "model/nip.hpp"

namespace kinerja::compose {

// What a filed document is: the Arsip copy of a PP 46 pengukuran kinerja (DESIGN 7), or a
// Dokumen Evaluasi Kinerja Pegawai of one evaluation (PermenPANRB 6/2022, DESIGN 8.4).
enum class JenisArsip { pengukuran, dokumen_evaluasi };

// One filed document: a row of the index (indeks.csv, indeks.pdf, `archive list`).
struct ArsipEntry {
    Period periode;                 // the month it was filed in
    int no = 0;                     // 1.. position in the month's index (ordered by berkas)
    std::string kode_klasifikasi;   // "800.1.4.4"
    int box = 0;                    // >= 1, per year
    int berkas = 0;                 // >= 1, per year: one per employee
    int item = 0;                   // >= 1, per berkas: 1 for its first document filed
    // "Pengukuran Kinerja Maret 2024 a.n. H. Hammad Arsyad, SP",
    // "Dokumen Evaluasi Kinerja Triwulan I 2025 a.n. …"
    std::string uraian;
    Nip nip;                        // the employee
    std::string nama;               // nama lengkap with gelar, as printed on the document
    Date tanggal;                   // the document's signing date
    int halaman = 0;                // pages of the filed copy, >= 1
    int retensi_aktif = 0;          // years, >= 0
    int retensi_inaktif = 0;        // years, >= 0
    std::string file;               // relative to OUT/YYYY-MM: "pengukuran/<NIP>.pdf"
    std::string sha256;             // of that file, 64 lowercase hex digits
    // What the document is; it titles a berkas it opens. indeks.csv has no column for it: the
    // register reads it back from the uraian (archive::jenis_of_uraian).
    JenisArsip jenis = JenisArsip::pengukuran;
    friend bool operator==(const ArsipEntry&, const ArsipEntry&) = default;
};

// One box and the berkas in it (a label).
struct ArsipBox {
    int tahun = 0;          // the year its berkas belong to
    int box = 0;            // >= 1, per year
    int berkas_awal = 0;    // lowest berkas number in it, >= 1
    int berkas_akhir = 0;   // highest, >= berkas_awal
    int jumlah_berkas = 0;  // berkas in it, 1..kapasitas
    // The kinds of the documents in its berkas, once the month is filed: ascending, each once.
    // Empty when not known; its label then names the kind the month files.
    std::vector<JenisArsip> jenis = {};
    friend bool operator==(const ArsipBox&, const ArsipBox&) = default;
};

// "1 – 10", or "11" for a single berkas.
std::string berkas_range(const ArsipBox& box);

// The kind of document a month files under `regulasi`: the pengukuran kinerja (PP 46/2011) or
// the Dokumen Evaluasi Kinerja Pegawai (PermenPANRB 6/2022).
JenisArsip jenis_arsip_of(Regulasi regulasi);

// What documents of `kinds` are about, as the archive documents name them (the `jenis_arsip`
// fields): "Pengukuran Kinerja", "Evaluasi Kinerja", or "Pengukuran dan Evaluasi Kinerja" for
// both. `kinds` in any order, repeats ignored; not empty.
std::string jenis_arsip_text(const std::vector<JenisArsip>& kinds);

// The sheets of paper (lembar, ANRI's unit of jumlah) a document of `halaman` pages takes:
// ceil(halaman / 2) when both sides of a sheet are printed, halaman when one side is.
int lembar(int halaman, bool dua_sisi);

// One berkas of the year as the Daftar Berkas lists it once the month is filed: its items
// from the months filed before and from this month.
struct ArsipBerkas {
    int berkas = 0;                 // >= 1, per year
    int box = 0;                    // >= 1, the box it is in
    std::string kode_klasifikasi;   // of its latest item's filing
    // "Pengukuran Kinerja Tahun 2024 a.n. H. Hammad Arsyad, SP", or "Evaluasi Kinerja Tahun 2025
    // a.n. …" for a berkas whose first item is a Dokumen Evaluasi
    std::string uraian;
    Nip nip;                        // the employee
    Period awal, akhir;             // the months of its first and its latest item, awal <= akhir
    std::vector<int> halaman;       // pages of each item, in item order; not empty
    std::vector<int> lembar;        // sheets of each item as its month printed it (lembar()), likewise
    int retensi_aktif = 0;          // years, of its latest item's filing
    int retensi_inaktif = 0;        // years, likewise
    NasibAkhir nasib_akhir = NasibAkhir::musnah;  // likewise
    std::vector<JenisArsip> jenis = {};  // the kind of each item, in item order (empty: not known)
    friend bool operator==(const ArsipBerkas&, const ArsipBerkas&) = default;
};

// "Januari – Maret 2024", or "Maret 2024" when the berkas holds one month.
std::string kurun_waktu(const ArsipBerkas& berkas);

// The pegawai who hands the month's documents over to the archive: the struktural employee
// of the unit pengolah (unit_kerja equal to arsip.unit_pengolah, ignoring case and spaces at
// the ends) whose atasan is outside that unit; the first such in file order, or nullptr.
const Pegawai* kepala_unit_pengolah(const DataSet& data);

// Everything one Daftar Arsip Aktif is made from. The references must outlive compose().
struct ArsipIndeksInput {
    const DataSet& data;                     // instansi (arsip settings) and the staff list
    Period period;                           // the month filed
    Date tanggal;                            // the hand-over date printed
    const std::vector<ArsipEntry>& entries;  // Daftar Isi Berkas: the month's items, in index order
    const std::vector<ArsipBerkas>& berkas;  // Daftar Berkas: the year's berkas, by number
    bool dua_sisi = true;                    // this month's filed copies printed on both sides (lembar())
    const doc::ImageData* logo = nullptr;    // the office logo (PNG or JPEG) when there is one
};

class ArsipIndeksTemplate {
public:
    static constexpr std::string_view file_name = "arsip-indeks.xml";
    static const Schema& schema();
    // Reads and checks a template (see Template::load); nullopt when there was any problem.
    static std::optional<ArsipIndeksTemplate> load(std::string_view bytes, const std::string& file,
                                                   Diagnostics& diags);
    static Record record(const ArsipIndeksInput& input);
    // Page size from instansi.kertas; the logo (id "logo") in Document::images when given.
    doc::Document compose(const ArsipIndeksInput& input) const;

private:
    explicit ArsipIndeksTemplate(Template t) : template_(std::move(t)) {}
    Template template_;
};

// Everything the box labels of a month are made from.
struct ArsipLabelInput {
    const DataSet& data;                  // instansi and its arsip settings
    Period period;                        // the month filed
    const std::vector<ArsipBox>& boxes;   // one label each, in order
};

class ArsipLabelTemplate {
public:
    static constexpr std::string_view file_name = "arsip-label-box.xml";
    // Top-level instansi/arsip fields and the list `baris`: the labels two by two (`kiri`,
    // and `kanan` when `kanan.ada`), so that a template can place a pair side by side.
    static const Schema& schema();
    static std::optional<ArsipLabelTemplate> load(std::string_view bytes, const std::string& file,
                                                  Diagnostics& diags);
    static Record record(const ArsipLabelInput& input);
    doc::Document compose(const ArsipLabelInput& input) const;

private:
    explicit ArsipLabelTemplate(Template t) : template_(std::move(t)) {}
    Template template_;
};

}  // namespace kinerja::compose
