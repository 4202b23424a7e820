#include "compose/arsip.hpp"

#include <cstdint>
#include <set>

#include "compose/common_fields.hpp"

namespace kinerja::compose {

namespace {

std::int64_t integer(int v) { return static_cast<std::int64_t>(v); }

// The office fields both archive documents share: instansi.* and arsip.*.
struct OfficeFields {
    InstansiFields instansi;
    int kode_klasifikasi, unit_pengolah, retensi_aktif, retensi_inaktif, kapasitas_box;

    static OfficeFields add(Schema& s) {
        OfficeFields f{};
        f.instansi = InstansiFields::add(s);
        f.kode_klasifikasi = s.add_field("arsip.kode_klasifikasi", FieldType::text);
        f.unit_pengolah = s.add_field("arsip.unit_pengolah", FieldType::text);
        f.retensi_aktif = s.add_field("arsip.retensi_aktif", FieldType::integer);
        f.retensi_inaktif = s.add_field("arsip.retensi_inaktif", FieldType::integer);
        f.kapasitas_box = s.add_field("arsip.kapasitas_box", FieldType::integer);
        return f;
    }

    void fill(Record& r, const Instansi& office, bool has_logo) const {
        instansi.fill(r, office, has_logo);
        set(r, kode_klasifikasi, office.arsip.kode_klasifikasi);
        set(r, unit_pengolah, office.arsip.unit_pengolah);
        set(r, retensi_aktif, integer(office.arsip.retensi_aktif));
        set(r, retensi_inaktif, integer(office.arsip.retensi_inaktif));
        set(r, kapasitas_box, integer(office.arsip.kapasitas_box));
    }
};

struct IndeksSchema {
    Schema schema;
    OfficeFields office;
    int periode, periode_tahun, tanggal;
    int penyerah_ada, penyerah_nama_lengkap, penyerah_nip, penyerah_pangkat_golongan, penyerah_jabatan;
    int jumlah_item, jumlah_halaman, jumlah_box;
    int list_item;
    int kode_klasifikasi, box, berkas, item, uraian, nip, nama, item_tanggal, halaman, retensi_aktif,
        retensi_inaktif, file, sha256;

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
        jumlah_box = s.add_field("jumlah_box", FieldType::integer);

        Schema i;
        kode_klasifikasi = i.add_field("kode_klasifikasi", FieldType::text);
        box = i.add_field("box", FieldType::integer);
        berkas = i.add_field("berkas", FieldType::integer);
        item = i.add_field("item", FieldType::integer);
        uraian = i.add_field("uraian", FieldType::text);
        nip = i.add_field("nip", FieldType::nip);
        nama = i.add_field("nama", FieldType::text);
        item_tanggal = i.add_field("tanggal", FieldType::date);
        halaman = i.add_field("halaman", FieldType::integer);
        retensi_aktif = i.add_field("retensi_aktif", FieldType::integer);
        retensi_inaktif = i.add_field("retensi_inaktif", FieldType::integer);
        file = i.add_field("file", FieldType::text);
        sha256 = i.add_field("sha256", FieldType::text);
        list_item = s.add_list("item", std::move(i));
    }
};

const IndeksSchema& indeks_schema() {
    static const IndeksSchema instance;
    return instance;
}

// The fields of one label (`kiri.` or `kanan.` in an element of `baris`).
struct LabelFields {
    int ada, tahun, box, berkas, berkas_awal, berkas_akhir, jumlah_berkas;

    static LabelFields add(Schema& s, const std::string& prefix) {
        LabelFields f{};
        f.ada = s.add_field(prefix + ".ada", FieldType::flag);
        f.tahun = s.add_field(prefix + ".tahun", FieldType::integer);
        f.box = s.add_field(prefix + ".box", FieldType::integer);
        f.berkas = s.add_field(prefix + ".berkas", FieldType::text);
        f.berkas_awal = s.add_field(prefix + ".berkas_awal", FieldType::integer);
        f.berkas_akhir = s.add_field(prefix + ".berkas_akhir", FieldType::integer);
        f.jumlah_berkas = s.add_field(prefix + ".jumlah_berkas", FieldType::integer);
        return f;
    }

    void fill(Record& r, const ArsipBox& b) const {
        set(r, ada, true);
        set(r, tahun, integer(b.tahun));
        set(r, box, integer(b.box));
        set(r, berkas, berkas_range(b));
        set(r, berkas_awal, integer(b.berkas_awal));
        set(r, berkas_akhir, integer(b.berkas_akhir));
        set(r, jumlah_berkas, integer(b.jumlah_berkas));
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

}  // namespace

std::string berkas_range(const ArsipBox& box) {
    if (box.berkas_awal == box.berkas_akhir) return std::to_string(box.berkas_awal);
    return std::to_string(box.berkas_awal) + " \u2013 " + std::to_string(box.berkas_akhir);
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
    f.office.fill(r, in.data.instansi, in.logo != nullptr);
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

    std::int64_t halaman = 0;
    std::set<int> boxes;
    const Schema& item_schema = *f.schema.lists().at(static_cast<std::size_t>(f.list_item)).item;
    auto& items = r.lists.at(static_cast<std::size_t>(f.list_item));
    for (const ArsipEntry& e : in.entries) {
        Record i = empty_record(item_schema);
        set(i, f.kode_klasifikasi, e.kode_klasifikasi);
        set(i, f.box, integer(e.box));
        set(i, f.berkas, integer(e.berkas));
        set(i, f.item, integer(e.item));
        set(i, f.uraian, e.uraian);
        set(i, f.nip, e.nip);
        set(i, f.nama, e.nama);
        set(i, f.item_tanggal, e.tanggal);
        set(i, f.halaman, integer(e.halaman));
        set(i, f.retensi_aktif, integer(e.retensi_aktif));
        set(i, f.retensi_inaktif, integer(e.retensi_inaktif));
        set(i, f.file, e.file);
        set(i, f.sha256, e.sha256);
        items.push_back(std::move(i));
        halaman += e.halaman;
        boxes.insert(e.box);
    }
    set(r, f.jumlah_item, static_cast<std::int64_t>(in.entries.size()));
    set(r, f.jumlah_halaman, halaman);
    set(r, f.jumlah_box, static_cast<std::int64_t>(boxes.size()));
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
    f.office.fill(r, in.data.instansi, false);
    set(r, f.periode, in.period.bulan_tahun());
    set(r, f.periode_tahun, integer(in.period.year));
    set(r, f.jumlah_box, static_cast<std::int64_t>(in.boxes.size()));
    const Schema& pair_schema = *f.schema.lists().at(static_cast<std::size_t>(f.list_baris)).item;
    auto& baris = r.lists.at(static_cast<std::size_t>(f.list_baris));
    for (std::size_t i = 0; i < in.boxes.size(); i += 2) {
        Record pair = empty_record(pair_schema);
        f.kiri.fill(pair, in.boxes[i]);
        if (i + 1 < in.boxes.size()) {
            f.kanan.fill(pair, in.boxes[i + 1]);
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
