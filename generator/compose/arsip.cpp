#include "compose/arsip.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <set>

#include "compose/common_fields.hpp"

namespace kinerja::compose {

namespace {

std::int64_t integer(int v) { return static_cast<std::int64_t>(v); }

// What each kind of filed document is about: the word before "Kinerja" in jenis_arsip_text,
// and the kind each regime files.
struct JenisWords {
    JenisArsip jenis;
    std::string_view kata;
    Regulasi regulasi;
};
constexpr JenisWords jenis_words[] = {
    {JenisArsip::pengukuran, "Pengukuran", Regulasi::pp46_2011},
    {JenisArsip::dokumen_evaluasi, "Evaluasi", Regulasi::permenpanrb_6_2022},
};

// The office fields both archive documents share: instansi.* and arsip.*.
struct OfficeFields {
    InstansiFields instansi;
    int kode_klasifikasi, unit_pengolah, retensi_aktif, retensi_inaktif, kapasitas_box, nasib_akhir;
    int jenis_arsip;  // what the month files, from the period's regime

    static OfficeFields add(Schema& s) {
        OfficeFields f{};
        f.instansi = InstansiFields::add(s);
        f.kode_klasifikasi = s.add_field("arsip.kode_klasifikasi", FieldType::text);
        f.unit_pengolah = s.add_field("arsip.unit_pengolah", FieldType::text);
        f.retensi_aktif = s.add_field("arsip.retensi_aktif", FieldType::integer);
        f.retensi_inaktif = s.add_field("arsip.retensi_inaktif", FieldType::integer);
        f.kapasitas_box = s.add_field("arsip.kapasitas_box", FieldType::integer);
        f.nasib_akhir = s.add_field("arsip.nasib_akhir", FieldType::text);
        f.jenis_arsip = s.add_field("jenis_arsip", FieldType::text);
        return f;
    }

    void fill(Record& r, const DataSet& data, bool has_logo) const {
        const Instansi& office = data.instansi;
        instansi.fill(r, office, has_logo);
        set(r, jenis_arsip, jenis_arsip_text({jenis_arsip_of(data.regulasi)}));
        set(r, kode_klasifikasi, office.arsip.kode_klasifikasi);
        set(r, unit_pengolah, office.arsip.unit_pengolah);
        set(r, retensi_aktif, integer(office.arsip.retensi_aktif));
        set(r, retensi_inaktif, integer(office.arsip.retensi_inaktif));
        set(r, kapasitas_box, integer(office.arsip.kapasitas_box));
        set(r, nasib_akhir, std::string(nasib_akhir_text(office.arsip.nasib_akhir)));
    }
};

// The fields of one row of the Daftar Isi Berkas (list `item`).
struct ItemFields {
    int kode_klasifikasi, box, berkas, item, uraian, nip, nama, tanggal, halaman, lembar, retensi_aktif,
        retensi_inaktif, nasib_akhir, file, sha256, terakhir;

    static ItemFields add(Schema& i) {
        ItemFields f{};
        f.kode_klasifikasi = i.add_field("kode_klasifikasi", FieldType::text);
        f.box = i.add_field("box", FieldType::integer);
        f.berkas = i.add_field("berkas", FieldType::integer);
        f.item = i.add_field("item", FieldType::integer);
        f.uraian = i.add_field("uraian", FieldType::text);
        f.nip = i.add_field("nip", FieldType::nip);
        f.nama = i.add_field("nama", FieldType::text);
        f.tanggal = i.add_field("tanggal", FieldType::date);
        f.halaman = i.add_field("halaman", FieldType::integer);
        f.lembar = i.add_field("lembar", FieldType::integer);
        f.retensi_aktif = i.add_field("retensi_aktif", FieldType::integer);
        f.retensi_inaktif = i.add_field("retensi_inaktif", FieldType::integer);
        f.nasib_akhir = i.add_field("nasib_akhir", FieldType::text);
        f.file = i.add_field("file", FieldType::text);
        f.sha256 = i.add_field("sha256", FieldType::text);
        f.terakhir = i.add_field("terakhir", FieldType::flag);
        return f;
    }

    void fill(Record& i, const ArsipEntry& e, NasibAkhir nasib, bool dua_sisi, bool last) const {
        set(i, kode_klasifikasi, e.kode_klasifikasi);
        set(i, box, integer(e.box));
        set(i, berkas, integer(e.berkas));
        set(i, item, integer(e.item));
        set(i, uraian, e.uraian);
        set(i, nip, e.nip);
        set(i, nama, e.nama);
        set(i, tanggal, e.tanggal);
        set(i, halaman, integer(e.halaman));
        set(i, lembar, integer(compose::lembar(e.halaman, dua_sisi)));
        set(i, retensi_aktif, integer(e.retensi_aktif));
        set(i, retensi_inaktif, integer(e.retensi_inaktif));
        set(i, nasib_akhir, std::string(nasib_akhir_text(nasib)));
        set(i, file, e.file);
        set(i, sha256, e.sha256);
        set(i, terakhir, last);
    }
};

// The fields of one row of the Daftar Berkas (list `berkas`).
struct BerkasFields {
    int kode_klasifikasi, berkas, box, uraian, nip, kurun_waktu, jumlah_item, halaman, lembar, retensi_aktif,
        retensi_inaktif, nasib_akhir, bulan_ini, terakhir;

    static BerkasFields add(Schema& b) {
        BerkasFields f{};
        f.kode_klasifikasi = b.add_field("kode_klasifikasi", FieldType::text);
        f.berkas = b.add_field("berkas", FieldType::integer);
        f.box = b.add_field("box", FieldType::integer);
        f.uraian = b.add_field("uraian", FieldType::text);
        f.nip = b.add_field("nip", FieldType::nip);
        f.kurun_waktu = b.add_field("kurun_waktu", FieldType::text);
        f.jumlah_item = b.add_field("jumlah_item", FieldType::integer);
        f.halaman = b.add_field("halaman", FieldType::integer);
        f.lembar = b.add_field("lembar", FieldType::integer);
        f.retensi_aktif = b.add_field("retensi_aktif", FieldType::integer);
        f.retensi_inaktif = b.add_field("retensi_inaktif", FieldType::integer);
        f.nasib_akhir = b.add_field("nasib_akhir", FieldType::text);
        f.bulan_ini = b.add_field("bulan_ini", FieldType::flag);
        f.terakhir = b.add_field("terakhir", FieldType::flag);
        return f;
    }

    void fill(Record& r, const ArsipBerkas& b, const Period& period, bool last) const {
        std::int64_t pages = 0, sheets = 0;
        for (int h : b.halaman) pages += h;
        for (int l : b.lembar) sheets += l;
        set(r, kode_klasifikasi, b.kode_klasifikasi);
        set(r, berkas, integer(b.berkas));
        set(r, box, integer(b.box));
        set(r, uraian, b.uraian);
        set(r, nip, b.nip);
        set(r, kurun_waktu, compose::kurun_waktu(b));
        set(r, jumlah_item, static_cast<std::int64_t>(b.halaman.size()));
        set(r, halaman, pages);
        set(r, lembar, sheets);
        set(r, retensi_aktif, integer(b.retensi_aktif));
        set(r, retensi_inaktif, integer(b.retensi_inaktif));
        set(r, nasib_akhir, std::string(nasib_akhir_text(b.nasib_akhir)));
        set(r, bulan_ini, b.akhir == period);
        set(r, terakhir, last);
    }
};

struct IndeksSchema {
    Schema schema;
    OfficeFields office;
    int periode, periode_tahun, tanggal;
    int penyerah_ada, penyerah_nama_lengkap, penyerah_nip, penyerah_pangkat_golongan, penyerah_jabatan;
    int jumlah_item, jumlah_halaman, jumlah_lembar, jumlah_box, jumlah_berkas;
    int list_item, list_berkas;
    ItemFields item;
    BerkasFields berkas;

    IndeksSchema() {
        Schema& s = schema;
        office = OfficeFields::add(s);
        periode = s.add_field("periode", FieldType::text);
        periode_tahun = s.add_field("periode.tahun", FieldType::integer);
        tanggal = s.add_field("tanggal", FieldType::date);
        penyerah_ada = s.add_field("penyerah.ada", FieldType::flag);
        penyerah_nama_lengkap = s.add_field("penyerah.nama_lengkap", FieldType::text);
        penyerah_nip = s.add_field("penyerah.nip", FieldType::nip);
        penyerah_pangkat_golongan = s.add_field("penyerah.pangkat_golongan", FieldType::text);
        penyerah_jabatan = s.add_field("penyerah.jabatan", FieldType::text);
        jumlah_item = s.add_field("jumlah_item", FieldType::integer);
        jumlah_halaman = s.add_field("jumlah_halaman", FieldType::integer);
        jumlah_lembar = s.add_field("jumlah_lembar", FieldType::integer);
        jumlah_box = s.add_field("jumlah_box", FieldType::integer);
        jumlah_berkas = s.add_field("jumlah_berkas", FieldType::integer);

        Schema i;
        item = ItemFields::add(i);
        list_item = s.add_list("item", std::move(i));
        Schema b;
        berkas = BerkasFields::add(b);
        list_berkas = s.add_list("berkas", std::move(b));
    }
};

const IndeksSchema& indeks_schema() {
    static const IndeksSchema instance;
    return instance;
}

// The fields of one label (`kiri.` or `kanan.` in an element of `baris`).
struct LabelFields {
    int ada, tahun, box, berkas, berkas_awal, berkas_akhir, jumlah_berkas, jenis_arsip;

    static LabelFields add(Schema& s, const std::string& prefix) {
        LabelFields f{};
        f.ada = s.add_field(prefix + ".ada", FieldType::flag);
        f.tahun = s.add_field(prefix + ".tahun", FieldType::integer);
        f.box = s.add_field(prefix + ".box", FieldType::integer);
        f.berkas = s.add_field(prefix + ".berkas", FieldType::text);
        f.berkas_awal = s.add_field(prefix + ".berkas_awal", FieldType::integer);
        f.berkas_akhir = s.add_field(prefix + ".berkas_akhir", FieldType::integer);
        f.jumlah_berkas = s.add_field(prefix + ".jumlah_berkas", FieldType::integer);
        f.jenis_arsip = s.add_field(prefix + ".jenis_arsip", FieldType::text);
        return f;
    }

    // `month_files`: the kind the month files, named when the box's own kinds are not known.
    void fill(Record& r, const ArsipBox& b, JenisArsip month_files) const {
        set(r, ada, true);
        set(r, tahun, integer(b.tahun));
        set(r, box, integer(b.box));
        set(r, berkas, berkas_range(b));
        set(r, berkas_awal, integer(b.berkas_awal));
        set(r, berkas_akhir, integer(b.berkas_akhir));
        set(r, jumlah_berkas, integer(b.jumlah_berkas));
        set(r, jenis_arsip, jenis_arsip_text(b.jenis.empty() ? std::vector{month_files} : b.jenis));
    }
};

struct LabelSchema {
    Schema schema;
    OfficeFields office;
    int periode, periode_tahun, jumlah_box;
    int list_baris;
    LabelFields kiri, kanan;

    LabelSchema() {
        Schema& s = schema;
        office = OfficeFields::add(s);
        periode = s.add_field("periode", FieldType::text);
        periode_tahun = s.add_field("periode.tahun", FieldType::integer);
        jumlah_box = s.add_field("jumlah_box", FieldType::integer);
        Schema b;
        kiri = LabelFields::add(b, "kiri");
        kanan = LabelFields::add(b, "kanan");
        list_baris = s.add_list("baris", std::move(b));
    }
};

const LabelSchema& label_schema() {
    static const LabelSchema instance;
    return instance;
}

// Lower case ASCII without spaces at the ends, for comparing unit names.
std::string unit_key(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

// The Daftar Isi Berkas: list `item` and its totals.
void fill_items(Record& r, const IndeksSchema& f, const ArsipIndeksInput& in) {
    std::int64_t halaman = 0, sheets = 0;
    std::set<int> boxes;
    const Schema& item_schema = f.schema.item_schema(f.list_item);
    auto& items = r.lists.at(static_cast<std::size_t>(f.list_item));
    for (std::size_t k = 0; k < in.entries.size(); ++k) {
        const ArsipEntry& e = in.entries[k];
        Record i = empty_record(item_schema);
        f.item.fill(i, e, in.data.instansi.arsip.nasib_akhir, in.dua_sisi, k + 1 == in.entries.size());
        items.push_back(std::move(i));
        halaman += e.halaman;
        sheets += lembar(e.halaman, in.dua_sisi);
        boxes.insert(e.box);
    }
    set(r, f.jumlah_item, static_cast<std::int64_t>(in.entries.size()));
    set(r, f.jumlah_halaman, halaman);
    set(r, f.jumlah_lembar, sheets);
    set(r, f.jumlah_box, static_cast<std::int64_t>(boxes.size()));
}

}  // namespace

int lembar(int halaman, bool dua_sisi) {
    if (halaman <= 0) return 0;
    return dua_sisi ? (halaman + 1) / 2 : halaman;
}

std::string kurun_waktu(const ArsipBerkas& berkas) {
    if (berkas.awal == berkas.akhir) return berkas.akhir.bulan_tahun();
    if (berkas.awal.year == berkas.akhir.year) {
        return nama_bulan(berkas.awal.month) + " \u2013 " + berkas.akhir.bulan_tahun();
    }
    return berkas.awal.bulan_tahun() + " \u2013 " + berkas.akhir.bulan_tahun();
}

std::string berkas_range(const ArsipBox& box) {
    if (box.berkas_awal == box.berkas_akhir) return std::to_string(box.berkas_awal);
    return std::to_string(box.berkas_awal) + " \u2013 " + std::to_string(box.berkas_akhir);
}

JenisArsip jenis_arsip_of(Regulasi regulasi) {
    return std::find_if(std::begin(jenis_words), std::end(jenis_words),
                        [&](const JenisWords& w) { return w.regulasi == regulasi; })
        ->jenis;
}

std::string jenis_arsip_text(const std::vector<JenisArsip>& kinds) {
    std::string words;
    for (const JenisWords& w : jenis_words) {
        if (std::find(kinds.begin(), kinds.end(), w.jenis) == kinds.end()) continue;
        words += (words.empty() ? "" : " dan ") + std::string(w.kata);
    }
    return words + " Kinerja";
}

const Pegawai* kepala_unit_pengolah(const DataSet& data) {
    const std::string unit = unit_key(data.instansi.arsip.unit_pengolah);
    if (unit.empty()) return nullptr;
    for (const Pegawai& p : data.pegawai) {
        if (p.jenis_jabatan != JenisJabatan::struktural || unit_key(p.unit_kerja) != unit) continue;
        const Pegawai* atasan = data.atasan_of(p);
        if (atasan && unit_key(atasan->unit_kerja) == unit) continue;
        return &p;
    }
    return nullptr;
}

// ---- Daftar Isi Berkas ----

const Schema& ArsipIndeksTemplate::schema() { return indeks_schema().schema; }

std::optional<ArsipIndeksTemplate> ArsipIndeksTemplate::load(std::string_view bytes, const std::string& file,
                                                             Diagnostics& diags) {
    auto t = Template::load(bytes, file, schema(), diags);
    if (!t) return std::nullopt;
    return ArsipIndeksTemplate(std::move(*t));
}

Record ArsipIndeksTemplate::record(const ArsipIndeksInput& in) {
    const IndeksSchema& f = indeks_schema();
    Record r = empty_record(f.schema);
    f.office.fill(r, in.data, in.logo != nullptr);
    set(r, f.periode, in.period.bulan_tahun());
    set(r, f.periode_tahun, integer(in.period.year));
    set(r, f.tanggal, in.tanggal);

    const Pegawai* penyerah = kepala_unit_pengolah(in.data);
    set(r, f.penyerah_ada, penyerah != nullptr);
    if (penyerah) {
        set(r, f.penyerah_nama_lengkap, penyerah->nama_lengkap());
        set(r, f.penyerah_nip, penyerah->nip);
        set(r, f.penyerah_pangkat_golongan, penyerah->golongan.pangkat() + ", " + penyerah->golongan.str());
        set(r, f.penyerah_jabatan, penyerah->jabatan);
    }

    fill_items(r, f, in);
    const Schema& berkas_schema = *f.schema.lists().at(static_cast<std::size_t>(f.list_berkas)).item;
    auto& berkas = r.lists.at(static_cast<std::size_t>(f.list_berkas));
    for (std::size_t k = 0; k < in.berkas.size(); ++k) {
        Record b = empty_record(berkas_schema);
        f.berkas.fill(b, in.berkas[k], in.period, k + 1 == in.berkas.size());
        berkas.push_back(std::move(b));
    }
    set(r, f.jumlah_berkas, static_cast<std::int64_t>(in.berkas.size()));
    return r;
}

doc::Document ArsipIndeksTemplate::compose(const ArsipIndeksInput& input) const {
    doc::Document d = template_.apply(record(input), input.data.instansi.kertas);
    if (input.logo) d.images.emplace_back("logo", *input.logo);
    return d;
}

// ---- Box labels ----

const Schema& ArsipLabelTemplate::schema() { return label_schema().schema; }

std::optional<ArsipLabelTemplate> ArsipLabelTemplate::load(std::string_view bytes, const std::string& file,
                                                           Diagnostics& diags) {
    auto t = Template::load(bytes, file, schema(), diags);
    if (!t) return std::nullopt;
    return ArsipLabelTemplate(std::move(*t));
}

Record ArsipLabelTemplate::record(const ArsipLabelInput& in) {
    const LabelSchema& f = label_schema();
    Record r = empty_record(f.schema);
    f.office.fill(r, in.data, false);
    set(r, f.periode, in.period.bulan_tahun());
    set(r, f.periode_tahun, integer(in.period.year));
    set(r, f.jumlah_box, static_cast<std::int64_t>(in.boxes.size()));
    const Schema& pair_schema = *f.schema.lists().at(static_cast<std::size_t>(f.list_baris)).item;
    auto& baris = r.lists.at(static_cast<std::size_t>(f.list_baris));
    const JenisArsip month_files = jenis_arsip_of(in.data.regulasi);
    for (std::size_t i = 0; i < in.boxes.size(); i += 2) {
        Record pair = empty_record(pair_schema);
        f.kiri.fill(pair, in.boxes[i], month_files);
        if (i + 1 < in.boxes.size()) {
            f.kanan.fill(pair, in.boxes[i + 1], month_files);
        } else {
            set(pair, f.kanan.ada, false);
        }
        baris.push_back(std::move(pair));
    }
    return r;
}

doc::Document ArsipLabelTemplate::compose(const ArsipLabelInput& input) const {
    return template_.apply(record(input), input.data.instansi.kertas);
}

}  // namespace kinerja::compose
