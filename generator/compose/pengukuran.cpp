#include "compose/pengukuran.hpp"

#include <algorithm>
#include <cstdint>

namespace kinerja::compose {

namespace {

constexpr NumberFormat two_places{2, false};  // scores and capaian: "85,50", "100,00"
constexpr NumberFormat as_written{2, true};   // data: "12", "9,12", "87,5"
constexpr NumberFormat rupiah{0, false};      // biaya: "170.395.000"

// Indexes of one person's fields (pegawai, penilai, atasan_penilai).
struct PersonFields {
    int ada, nama_lengkap, nama, nip, golongan, pangkat, pangkat_golongan, jabatan, unit_kerja, ttd;

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
        f.unit_kerja = s.add_field(prefix + ".unit_kerja", FieldType::text);
        f.ttd = s.add_field(prefix + ".ttd", FieldType::text);
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

// The pengukuran schema and the index of every field in it, built once.
struct PengukuranSchema {
    Schema schema;
    int instansi_kode, instansi_nama, instansi_pemerintah, instansi_alamat, instansi_kode_pos,
        instansi_tempat, instansi_logo;
    int periode, periode_rentang, periode_awal, periode_akhir, periode_tahun, tanggal;
    int lembar_nomor, lembar_jumlah, lembar_untuk, lembar_label;
    PersonFields pegawai, penilai, atasan;
    int jumlah_kegiatan, rata_rata_kegiatan, jumlah_tambahan, nilai_tambahan, nilai_kreativitas,
        nilai_skp, sebutan_skp, nilai_perilaku, sebutan_perilaku, skp_tertimbang, perilaku_tertimbang,
        nilai_prestasi, sebutan_prestasi;
    int list_kegiatan, list_tambahan, list_kreativitas;
    int k_uraian, k_ak, k_satuan, k_dilaksanakan, k_pakai_biaya, k_capaian, k_nilai;
    CapaianFields k_target, k_realisasi;
    int tambahan_uraian, kreativitas_uraian, kreativitas_nilai;

    PengukuranSchema() {
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
        lembar_nomor = s.add_field("lembar.nomor", FieldType::integer);
        lembar_jumlah = s.add_field("lembar.jumlah", FieldType::integer);
        lembar_untuk = s.add_field("lembar.untuk", FieldType::text);
        lembar_label = s.add_field("lembar.label", FieldType::text);
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
        nilai_perilaku = s.add_field("nilai_perilaku", FieldType::number, two_places);
        sebutan_perilaku = s.add_field("sebutan_perilaku", FieldType::text);
        skp_tertimbang = s.add_field("skp_tertimbang", FieldType::number, two_places);
        perilaku_tertimbang = s.add_field("perilaku_tertimbang", FieldType::number, two_places);
        nilai_prestasi = s.add_field("nilai_prestasi", FieldType::number, two_places);
        sebutan_prestasi = s.add_field("sebutan_prestasi", FieldType::text);

        Schema k;
        k_uraian = k.add_field("uraian", FieldType::text);
        k_ak = k.add_field("ak", FieldType::number, as_written);
        k_satuan = k.add_field("satuan", FieldType::text);
        k_dilaksanakan = k.add_field("dilaksanakan", FieldType::flag);
        k_pakai_biaya = k.add_field("pakai_biaya", FieldType::flag);
        k_target = CapaianFields::add(k, "target");
        k_realisasi = CapaianFields::add(k, "realisasi");
        k_capaian = k.add_field("capaian", FieldType::number, two_places);
        k_nilai = k.add_field("nilai", FieldType::number, two_places);
        list_kegiatan = s.add_list("kegiatan", std::move(k));

        Schema t;
        tambahan_uraian = t.add_field("uraian", FieldType::text);
        list_tambahan = s.add_list("tambahan", std::move(t));

        Schema kr;
        kreativitas_uraian = kr.add_field("uraian", FieldType::text);
        kreativitas_nilai = kr.add_field("nilai", FieldType::number, as_written);
        list_kreativitas = s.add_list("kreativitas", std::move(kr));
    }
};

const PengukuranSchema& pengukuran_schema() {
    static const PengukuranSchema instance;
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

const Schema& list_schema(int list) {
    return *pengukuran_schema().schema.lists().at(static_cast<std::size_t>(list)).item;
}

const doc::ImageData* signature_of(const PengukuranInput& in, const Pegawai& p) {
    if (!in.signatures) return nullptr;
    auto found = in.signatures->find(p.nip.digits);
    return found == in.signatures->end() ? nullptr : &found->second;
}

// A person's fields; all absent (and ada false) when there is nobody.
void set_person(Record& r, const PersonFields& f, const Pegawai* p, const PengukuranInput& in) {
    set(r, f.ada, p != nullptr);
    if (!p) return;
    set(r, f.nama_lengkap, p->nama_lengkap());
    set(r, f.nama, p->nama);
    set(r, f.nip, p->nip);
    set(r, f.golongan, p->golongan.str());
    set(r, f.pangkat, p->golongan.pangkat());
    set(r, f.pangkat_golongan, p->golongan.pangkat() + ", " + p->golongan.str());
    set(r, f.jabatan, p->jabatan);
    set(r, f.unit_kerja, p->unit_kerja);
    set(r, f.ttd, signature_of(in, *p) ? signature_image_id(p->nip) : std::string());
}

void set_capaian(Record& r, const CapaianFields& f, const Capaian& c) {
    set(r, f.kuantitas, c.kuantitas);
    set(r, f.kualitas, c.kualitas);
    set(r, f.waktu, c.waktu);
    if (c.biaya) set(r, f.biaya, *c.biaya);
}

// The signers of one document: the employee, the pejabat penilai and the penilai's atasan.
struct Signers {
    const Pegawai* pegawai;
    const Pegawai* penilai;  // nullptr: outside the office (the pimpinan's)
    const Pegawai* atasan;   // nullptr: outside the office, or no penilai
};

Signers signers(const PengukuranInput& in) {
    const Pegawai* penilai = in.data.atasan_of(in.pegawai);
    const Pegawai* atasan = penilai ? in.data.atasan_of(*penilai) : nullptr;
    return {&in.pegawai, penilai, atasan};
}

}  // namespace

std::vector<Lembar> lembar_list(const Instansi& instansi) {
    std::vector<Lembar> out;
    const int jumlah = static_cast<int>(instansi.salinan.size());
    for (int i = 0; i < jumlah; ++i) {
        out.push_back(Lembar{i + 1, jumlah, instansi.salinan.at(static_cast<std::size_t>(i))});
    }
    return out;
}

std::string lembar_label(const Lembar& lembar) {
    return "Lembar " + std::to_string(lembar.nomor) + " dari " + std::to_string(lembar.jumlah) +
           " \u2014 untuk " + lembar.untuk;
}

std::string signature_image_id(const Nip& nip) { return "ttd-" + nip.digits; }

const Schema& PengukuranTemplate::schema() { return pengukuran_schema().schema; }

std::optional<PengukuranTemplate> PengukuranTemplate::load(std::string_view bytes, const std::string& file,
                                                           Diagnostics& diags) {
    auto t = Template::load(bytes, file, schema(), diags);
    if (!t) return std::nullopt;
    return PengukuranTemplate(std::move(*t));
}

Record PengukuranTemplate::record(const PengukuranInput& in, const Lembar& lembar) {
    const PengukuranSchema& f = pengukuran_schema();
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
    set(r, f.lembar_nomor, static_cast<std::int64_t>(lembar.nomor));
    set(r, f.lembar_jumlah, static_cast<std::int64_t>(lembar.jumlah));
    set(r, f.lembar_untuk, lembar.untuk);
    set(r, f.lembar_label, lembar_label(lembar));

    const Signers who = signers(in);
    set_person(r, f.pegawai, who.pegawai, in);
    set_person(r, f.penilai, who.penilai, in);
    set_person(r, f.atasan, who.atasan, in);

    const NilaiSkp& skp = in.nilai.skp;
    set(r, f.jumlah_kegiatan, static_cast<std::int64_t>(in.skp.tugas.size()));
    set(r, f.rata_rata_kegiatan, skp.rata_rata);
    set(r, f.jumlah_tambahan, static_cast<std::int64_t>(skp.jumlah_tambahan));
    set(r, f.nilai_tambahan, skp.nilai_tambahan);
    set(r, f.nilai_kreativitas, skp.nilai_kreativitas);
    set(r, f.nilai_skp, skp.nilai_capaian_skp);
    set(r, f.sebutan_skp, sebutan(skp.nilai_capaian_skp));
    set(r, f.nilai_perilaku, in.nilai.perilaku.rata_rata);
    set(r, f.sebutan_perilaku, sebutan(in.nilai.perilaku.rata_rata));
    set(r, f.skp_tertimbang, in.nilai.skp_tertimbang);
    set(r, f.perilaku_tertimbang, in.nilai.perilaku_tertimbang);
    set(r, f.nilai_prestasi, in.nilai.nilai_prestasi);
    set(r, f.sebutan_prestasi, sebutan(in.nilai.nilai_prestasi));

    auto& kegiatan = r.lists.at(static_cast<std::size_t>(f.list_kegiatan));
    for (std::size_t i = 0; i < in.skp.tugas.size(); ++i) {
        const KegiatanTugas& k = in.skp.tugas[i];
        const NilaiKegiatan& n = skp.kegiatan.at(i);
        Record e = empty_record(list_schema(f.list_kegiatan));
        set(e, f.k_uraian, k.uraian);
        set(e, f.k_ak, k.ak);
        set(e, f.k_satuan, k.satuan);
        set(e, f.k_dilaksanakan, n.dilaksanakan);
        set(e, f.k_pakai_biaya, k.target.biaya.has_value());
        set_capaian(e, f.k_target, k.target);
        set_capaian(e, f.k_realisasi, k.realisasi);
        // Capaian: realisasi kuantitas against target (the model keeps targets > 0).
        set(e, f.k_capaian, k.realisasi.kuantitas / k.target.kuantitas * Rational(100));
        set(e, f.k_nilai, n.nilai_capaian);
        kegiatan.push_back(std::move(e));
    }

    auto& tambahan = r.lists.at(static_cast<std::size_t>(f.list_tambahan));
    for (const TugasTambahan& t : in.skp.tambahan) {
        Record e = empty_record(list_schema(f.list_tambahan));
        set(e, f.tambahan_uraian, t.uraian);
        tambahan.push_back(std::move(e));
    }

    auto& kreativitas = r.lists.at(static_cast<std::size_t>(f.list_kreativitas));
    for (const Kreativitas& k : in.skp.kreativitas) {
        Record e = empty_record(list_schema(f.list_kreativitas));
        set(e, f.kreativitas_uraian, k.uraian);
        set(e, f.kreativitas_nilai, k.nilai);
        kreativitas.push_back(std::move(e));
    }
    return r;
}

doc::Document PengukuranTemplate::compose(const PengukuranInput& input, const Lembar& lembar) const {
    doc::Document d = template_.apply(record(input, lembar), input.data.instansi.kertas);
    d.page.label = lembar_label(lembar);
    if (input.logo) d.images.emplace_back("logo", *input.logo);
    const Signers who = signers(input);
    for (const Pegawai* p : {who.pegawai, who.penilai, who.atasan}) {
        if (!p) continue;
        const doc::ImageData* scan = signature_of(input, *p);
        const std::string id = signature_image_id(p->nip);
        const bool listed = std::any_of(d.images.begin(), d.images.end(),
                                        [&](const auto& image) { return image.first == id; });
        if (scan && !listed) d.images.emplace_back(id, *scan);
    }
    std::sort(d.images.begin(), d.images.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    return d;
}

std::vector<doc::Document> PengukuranTemplate::compose_copies(const PengukuranInput& input) const {
    std::vector<doc::Document> copies;
    for (const Lembar& lembar : lembar_list(input.data.instansi)) copies.push_back(compose(input, lembar));
    return copies;
}

}  // namespace kinerja::compose
