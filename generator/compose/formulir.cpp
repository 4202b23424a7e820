#include "compose/formulir.hpp"

#include <cstdint>

namespace kinerja::compose {

namespace {

constexpr NumberFormat two_places{2, false};   // scores: "85,50"
constexpr NumberFormat as_written{2, true};    // data: "12", "9,12", "87,5"
constexpr NumberFormat rupiah{0, false};       // biaya: "170.395.000"

// Indexes of one person's fields (pegawai, penilai, atasan_penilai).
struct PersonFields {
    int ada, nama_lengkap, nama, nip, golongan, pangkat, pangkat_golongan, jabatan, jenis_jabatan,
        struktural, unit_kerja;

    static PersonFields add(Schema& s, const std::string& prefix) {
        PersonFields f{};
        f.ada = s.add_field(prefix + ".ada", FieldType::flag);
        f.nama_lengkap = s.add_field(prefix + ".nama_lengkap", FieldType::text);
        f.nama = s.add_field(prefix + ".nama", FieldType::text);
        f.nip = s.add_field(prefix + ".nip", FieldType::nip);
        f.golongan = s.add_field(prefix + ".golongan", FieldType::text);
        f.pangkat = s.add_field(prefix + ".pangkat", FieldType::text);
        f.pangkat_golongan = s.add_field(prefix + ".pangkat_golongan", FieldType::text);
        f.jabatan = s.add_field(prefix + ".jabatan", FieldType::text);
        f.jenis_jabatan = s.add_field(prefix + ".jenis_jabatan", FieldType::text);
        f.struktural = s.add_field(prefix + ".struktural", FieldType::flag);
        f.unit_kerja = s.add_field(prefix + ".unit_kerja", FieldType::text);
        return f;
    }
};

struct CapaianFields {
    int kuantitas, kualitas, waktu, biaya;

    static CapaianFields add(Schema& s, const std::string& prefix) {
        CapaianFields f{};
        f.kuantitas = s.add_field(prefix + ".kuantitas", FieldType::number, as_written);
        f.kualitas = s.add_field(prefix + ".kualitas", FieldType::number, as_written);
        f.waktu = s.add_field(prefix + ".waktu", FieldType::number, as_written);
        f.biaya = s.add_field(prefix + ".biaya", FieldType::number, rupiah);
        return f;
    }
};

struct KegiatanFields {
    int uraian, ak, satuan, dilaksanakan, pakai_biaya;
    CapaianFields target, realisasi;
    int nilai_kuantitas, nilai_kualitas, nilai_waktu, nilai_biaya, penghitungan, nilai_capaian;
};

// The formulir schema and the index of every field in it, built once.
struct FormulirSchema {
    Schema schema;
    int instansi_kode, instansi_nama, instansi_pemerintah, instansi_alamat, instansi_kode_pos,
        instansi_tempat, instansi_logo;
    int periode, periode_rentang, periode_awal, periode_akhir, periode_tahun, tanggal;
    PersonFields pegawai, penilai, atasan;
    int jumlah_kegiatan, rata_rata_kegiatan, jumlah_tambahan, nilai_tambahan, nilai_kreativitas,
        nilai_skp, sebutan_skp;
    int perilaku_jumlah, perilaku_rata_rata, perilaku_sebutan, skp_tertimbang, perilaku_tertimbang,
        nilai_prestasi, sebutan_prestasi;
    int list_kegiatan, list_tambahan, list_kreativitas, list_perilaku;
    KegiatanFields kegiatan;
    int tambahan_uraian;
    int kreativitas_uraian, kreativitas_nilai;
    int perilaku_nama, perilaku_nilai, perilaku_aspek_sebutan;

    FormulirSchema() {
        Schema& s = schema;
        instansi_kode = s.add_field("instansi.kode", FieldType::text);
        instansi_nama = s.add_field("instansi.nama", FieldType::text);
        instansi_pemerintah = s.add_field("instansi.pemerintah", FieldType::text);
        instansi_alamat = s.add_field("instansi.alamat", FieldType::text);
        instansi_kode_pos = s.add_field("instansi.kode_pos", FieldType::text);
        instansi_tempat = s.add_field("instansi.tempat", FieldType::text);
        instansi_logo = s.add_field("instansi.logo", FieldType::text);
        periode = s.add_field("periode", FieldType::text);
        periode_rentang = s.add_field("periode.rentang", FieldType::text);
        periode_awal = s.add_field("periode.awal", FieldType::date);
        periode_akhir = s.add_field("periode.akhir", FieldType::date);
        periode_tahun = s.add_field("periode.tahun", FieldType::integer);
        tanggal = s.add_field("tanggal", FieldType::date);
        pegawai = PersonFields::add(s, "pegawai");
        penilai = PersonFields::add(s, "penilai");
        atasan = PersonFields::add(s, "atasan_penilai");
        jumlah_kegiatan = s.add_field("jumlah_kegiatan", FieldType::integer);
        rata_rata_kegiatan = s.add_field("rata_rata_kegiatan", FieldType::number, two_places);
        jumlah_tambahan = s.add_field("jumlah_tambahan", FieldType::integer);
        nilai_tambahan = s.add_field("nilai_tambahan", FieldType::number, two_places);
        nilai_kreativitas = s.add_field("nilai_kreativitas", FieldType::number, two_places);
        nilai_skp = s.add_field("nilai_skp", FieldType::number, two_places);
        sebutan_skp = s.add_field("sebutan_skp", FieldType::text);
        perilaku_jumlah = s.add_field("perilaku.jumlah", FieldType::number, two_places);
        perilaku_rata_rata = s.add_field("perilaku.rata_rata", FieldType::number, two_places);
        perilaku_sebutan = s.add_field("perilaku.sebutan", FieldType::text);
        skp_tertimbang = s.add_field("skp_tertimbang", FieldType::number, two_places);
        perilaku_tertimbang = s.add_field("perilaku_tertimbang", FieldType::number, two_places);
        nilai_prestasi = s.add_field("nilai_prestasi", FieldType::number, two_places);
        sebutan_prestasi = s.add_field("sebutan_prestasi", FieldType::text);

        Schema k;
        KegiatanFields& kf = kegiatan;
        kf.uraian = k.add_field("uraian", FieldType::text);
        kf.ak = k.add_field("ak", FieldType::number, as_written);
        kf.satuan = k.add_field("satuan", FieldType::text);
        kf.dilaksanakan = k.add_field("dilaksanakan", FieldType::flag);
        kf.pakai_biaya = k.add_field("pakai_biaya", FieldType::flag);
        kf.target = CapaianFields::add(k, "target");
        kf.realisasi = CapaianFields::add(k, "realisasi");
        kf.nilai_kuantitas = k.add_field("nilai.kuantitas", FieldType::number, two_places);
        kf.nilai_kualitas = k.add_field("nilai.kualitas", FieldType::number, two_places);
        kf.nilai_waktu = k.add_field("nilai.waktu", FieldType::number, two_places);
        kf.nilai_biaya = k.add_field("nilai.biaya", FieldType::number, two_places);
        kf.penghitungan = k.add_field("penghitungan", FieldType::number, two_places);
        kf.nilai_capaian = k.add_field("nilai_capaian", FieldType::number, two_places);
        list_kegiatan = s.add_list("kegiatan", std::move(k));

        Schema t;
        tambahan_uraian = t.add_field("uraian", FieldType::text);
        list_tambahan = s.add_list("tambahan", std::move(t));

        Schema kr;
        kreativitas_uraian = kr.add_field("uraian", FieldType::text);
        kreativitas_nilai = kr.add_field("nilai", FieldType::number, as_written);
        list_kreativitas = s.add_list("kreativitas", std::move(kr));

        Schema p;
        perilaku_nama = p.add_field("nama", FieldType::text);
        perilaku_nilai = p.add_field("nilai", FieldType::number, two_places);
        perilaku_aspek_sebutan = p.add_field("sebutan", FieldType::text);
        list_perilaku = s.add_list("perilaku", std::move(p));
    }
};

const FormulirSchema& formulir_schema() {
    static const FormulirSchema instance;
    return instance;
}

// Sets values[index]; the index comes from the schema built above.
void set(Record& r, int index, Value v) { r.values.at(static_cast<std::size_t>(index)) = std::move(v); }

Record empty_record(const Schema& s) {
    Record r;
    r.values.resize(s.fields().size());
    r.lists.resize(s.lists().size());
    return r;
}

std::string jenis_jabatan_text(JenisJabatan j) {
    switch (j) {
        case JenisJabatan::struktural: return "struktural";
        case JenisJabatan::fungsional: return "fungsional";
        case JenisJabatan::pelaksana: return "pelaksana";
    }
    return "";
}

// A person's fields; all absent (and ada false) when there is nobody.
void set_person(Record& r, const PersonFields& f, const Pegawai* p) {
    set(r, f.ada, p != nullptr);
    if (!p) return;
    set(r, f.nama_lengkap, p->nama_lengkap());
    set(r, f.nama, p->nama);
    set(r, f.nip, p->nip);
    set(r, f.golongan, p->golongan.str());
    set(r, f.pangkat, p->golongan.pangkat());
    set(r, f.pangkat_golongan, p->golongan.pangkat() + ", " + p->golongan.str());
    set(r, f.jabatan, p->jabatan);
    set(r, f.jenis_jabatan, jenis_jabatan_text(p->jenis_jabatan));
    set(r, f.struktural, p->jenis_jabatan == JenisJabatan::struktural);
    set(r, f.unit_kerja, p->unit_kerja);
}

void set_capaian(Record& r, const CapaianFields& f, const Capaian& c) {
    set(r, f.kuantitas, c.kuantitas);
    set(r, f.kualitas, c.kualitas);
    set(r, f.waktu, c.waktu);
    if (c.biaya) set(r, f.biaya, *c.biaya);
}

}  // namespace

const Schema& FormulirTemplate::schema() { return formulir_schema().schema; }

std::optional<FormulirTemplate> FormulirTemplate::load(std::string_view bytes, const std::string& file,
                                                       Diagnostics& diags) {
    auto t = Template::load(bytes, file, schema(), diags);
    if (!t) return std::nullopt;
    return FormulirTemplate(std::move(*t));
}

Record FormulirTemplate::record(const FormulirInput& in) {
    const FormulirSchema& f = formulir_schema();
    Record r = empty_record(f.schema);
    const Instansi& instansi = in.data.instansi;
    set(r, f.instansi_kode, instansi.kode);
    set(r, f.instansi_nama, instansi.nama);
    set(r, f.instansi_pemerintah, instansi.pemerintah);
    set(r, f.instansi_alamat, instansi.alamat);
    set(r, f.instansi_kode_pos, instansi.kode_pos);
    set(r, f.instansi_tempat, instansi.tempat);
    set(r, f.instansi_logo, std::string(in.logo ? "logo" : ""));
    set(r, f.periode, in.period.bulan_tahun());
    set(r, f.periode_rentang, format_rentang(in.period.first_day(), in.period.last_day()));
    set(r, f.periode_awal, in.period.first_day());
    set(r, f.periode_akhir, in.period.last_day());
    set(r, f.periode_tahun, static_cast<std::int64_t>(in.period.year));
    set(r, f.tanggal, in.tanggal);

    const Pegawai* penilai = in.data.atasan_of(in.pegawai);
    const Pegawai* atasan = penilai ? in.data.atasan_of(*penilai) : nullptr;
    set_person(r, f.pegawai, &in.pegawai);
    set_person(r, f.penilai, penilai);
    set_person(r, f.atasan, atasan);

    const NilaiSkp& skp = in.nilai.skp;
    set(r, f.jumlah_kegiatan, static_cast<std::int64_t>(in.skp.tugas.size()));
    set(r, f.rata_rata_kegiatan, skp.rata_rata);
    set(r, f.jumlah_tambahan, static_cast<std::int64_t>(skp.jumlah_tambahan));
    set(r, f.nilai_tambahan, skp.nilai_tambahan);
    set(r, f.nilai_kreativitas, skp.nilai_kreativitas);
    set(r, f.nilai_skp, skp.nilai_capaian_skp);
    set(r, f.sebutan_skp, sebutan(skp.nilai_capaian_skp));
    const NilaiPerilaku& perilaku = in.nilai.perilaku;
    set(r, f.perilaku_jumlah, perilaku.jumlah);
    set(r, f.perilaku_rata_rata, perilaku.rata_rata);
    set(r, f.perilaku_sebutan, sebutan(perilaku.rata_rata));
    set(r, f.skp_tertimbang, in.nilai.skp_tertimbang);
    set(r, f.perilaku_tertimbang, in.nilai.perilaku_tertimbang);
    set(r, f.nilai_prestasi, in.nilai.nilai_prestasi);
    set(r, f.sebutan_prestasi, sebutan(in.nilai.nilai_prestasi));

    const KegiatanFields& kf = f.kegiatan;
    const Schema& kegiatan_schema = *f.schema.lists().at(static_cast<std::size_t>(f.list_kegiatan)).item;
    auto& kegiatan = r.lists.at(static_cast<std::size_t>(f.list_kegiatan));
    for (std::size_t i = 0; i < in.skp.tugas.size(); ++i) {
        const KegiatanTugas& k = in.skp.tugas[i];
        const NilaiKegiatan& n = skp.kegiatan.at(i);
        Record e = empty_record(kegiatan_schema);
        set(e, kf.uraian, k.uraian);
        set(e, kf.ak, k.ak);
        set(e, kf.satuan, k.satuan);
        set(e, kf.dilaksanakan, n.dilaksanakan);
        set(e, kf.pakai_biaya, k.target.biaya.has_value());
        set_capaian(e, kf.target, k.target);
        set_capaian(e, kf.realisasi, k.realisasi);
        set(e, kf.nilai_kuantitas, n.kuantitas);
        set(e, kf.nilai_kualitas, n.kualitas);
        set(e, kf.nilai_waktu, n.waktu);
        if (n.biaya) set(e, kf.nilai_biaya, *n.biaya);
        set(e, kf.penghitungan, n.penghitungan);
        set(e, kf.nilai_capaian, n.nilai_capaian);
        kegiatan.push_back(std::move(e));
    }

    const Schema& tambahan_schema = *f.schema.lists().at(static_cast<std::size_t>(f.list_tambahan)).item;
    auto& tambahan = r.lists.at(static_cast<std::size_t>(f.list_tambahan));
    for (const TugasTambahan& t : in.skp.tambahan) {
        Record e = empty_record(tambahan_schema);
        set(e, f.tambahan_uraian, t.uraian);
        tambahan.push_back(std::move(e));
    }

    const Schema& kreativitas_schema = *f.schema.lists().at(static_cast<std::size_t>(f.list_kreativitas)).item;
    auto& kreativitas = r.lists.at(static_cast<std::size_t>(f.list_kreativitas));
    for (const Kreativitas& k : in.skp.kreativitas) {
        Record e = empty_record(kreativitas_schema);
        set(e, f.kreativitas_uraian, k.uraian);
        set(e, f.kreativitas_nilai, k.nilai);
        kreativitas.push_back(std::move(e));
    }

    const Schema& perilaku_schema = *f.schema.lists().at(static_cast<std::size_t>(f.list_perilaku)).item;
    auto& aspek = r.lists.at(static_cast<std::size_t>(f.list_perilaku));
    for (const AspekPerilaku& a : perilaku.aspek) {
        Record e = empty_record(perilaku_schema);
        set(e, f.perilaku_nama, a.label);
        set(e, f.perilaku_nilai, a.nilai);
        set(e, f.perilaku_aspek_sebutan, sebutan(a.nilai));
        aspek.push_back(std::move(e));
    }
    return r;
}

doc::Document FormulirTemplate::compose(const FormulirInput& input) const {
    doc::Document d = template_.apply(record(input), input.data.instansi.kertas);
    if (input.logo) d.images.emplace_back("logo", *input.logo);
    return d;
}

}  // namespace kinerja::compose
