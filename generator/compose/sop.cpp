#include "compose/sop.hpp"

#include <cstdint>
#include <utility>
#include <vector>

#include "compose/common_fields.hpp"
#include "model/ascii.hpp"

namespace kinerja::compose {

namespace {

using doc::points_per_mm;

// The identity lists of an SOP, in the order of the Permendagri format.
struct ListFields {
    int list;   // index in Record::lists
    int teks;   // the item's text, in the element schema
};

// The SOP identity schema and the index of every field in it, built once.
struct SopSchema {
    Schema schema;
    InstansiFields instansi;
    int nomor, nama, tanggal_pembuatan, tanggal_revisi, tanggal_efektif, jumlah_langkah,
        jumlah_pelaksana;
    PersonFields pengesah;
    ListFields dasar_hukum, kualifikasi_pelaksana, keterkaitan, peralatan, peringatan, pencatatan,
        pelaksana;

    static ListFields add_list(Schema& s, const char* name, const char* field) {
        Schema item;
        ListFields f{};
        f.teks = item.add_field(field, FieldType::text);
        f.list = s.add_list(name, std::move(item));
        return f;
    }

    SopSchema() {
        Schema& s = schema;
        instansi = InstansiFields::add(s);
        nomor = s.add_field("sop.nomor", FieldType::text);
        nama = s.add_field("sop.nama", FieldType::text);
        tanggal_pembuatan = s.add_field("sop.tanggal_pembuatan", FieldType::date);
        tanggal_revisi = s.add_field("sop.tanggal_revisi", FieldType::date);
        tanggal_efektif = s.add_field("sop.tanggal_efektif", FieldType::date);
        jumlah_langkah = s.add_field("sop.jumlah_langkah", FieldType::integer);
        jumlah_pelaksana = s.add_field("sop.jumlah_pelaksana", FieldType::integer);
        pengesah = PersonFields::add(s, "disahkan_oleh");
        dasar_hukum = add_list(s, "dasar_hukum", "teks");
        kualifikasi_pelaksana = add_list(s, "kualifikasi_pelaksana", "teks");
        keterkaitan = add_list(s, "keterkaitan", "teks");
        peralatan = add_list(s, "peralatan", "teks");
        peringatan = add_list(s, "peringatan", "teks");
        pencatatan = add_list(s, "pencatatan", "teks");
        pelaksana = add_list(s, "pelaksana", "nama");
    }
};

const SopSchema& sop_schema() {
    static const SopSchema instance;
    return instance;
}

void set_list(Record& r, const Schema& s, const ListFields& f, const std::vector<std::string>& items) {
    const Schema& item_schema = s.item_schema(f.list);
    auto& list = r.lists.at(static_cast<std::size_t>(f.list));
    for (const std::string& text : items) {
        Record e = empty_record(item_schema);
        set(e, f.teks, text);
        list.push_back(std::move(e));
    }
}

doc::FlowSymbol flow_symbol(Simbol simbol) {
    switch (simbol) {
        case Simbol::mulai: return doc::FlowSymbol::mulai;
        case Simbol::proses: return doc::FlowSymbol::proses;
        case Simbol::keputusan: return doc::FlowSymbol::keputusan;
        case Simbol::selesai: return doc::FlowSymbol::selesai;
    }
    return doc::FlowSymbol::proses;
}

// "Formulir kinerja; Komputer/Laptop" → {"Formulir kinerja", "Komputer/Laptop"}; blanks dropped.
std::vector<std::string> split_items(std::string_view text) {
    std::vector<std::string> items;
    while (true) {
        const std::size_t end = text.find(';');
        std::string_view item = text.substr(0, end);
        while (!item.empty() && ascii::is_space(item.front())) item.remove_prefix(1);
        while (!item.empty() && ascii::is_space(item.back())) item.remove_suffix(1);
        if (!item.empty()) items.emplace_back(item);
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
    return items;
}

}  // namespace

const Schema& SopTemplate::schema() { return sop_schema().schema; }

std::optional<SopTemplate> SopTemplate::load(std::string_view bytes, const std::string& file,
                                             Diagnostics& diags) {
    auto t = Template::load(bytes, file, schema(), diags);
    if (!t) return std::nullopt;
    return SopTemplate(std::move(*t));
}

Record SopTemplate::record(const SopInput& in) {
    const SopSchema& f = sop_schema();
    Record r = empty_record(f.schema);
    f.instansi.fill(r, in.data.instansi, in.logo != nullptr);

    const Sop& sop = in.sop;
    set(r, f.nomor, sop.nomor);
    set(r, f.nama, sop.nama);
    set(r, f.tanggal_pembuatan, sop.tanggal_pembuatan);
    if (sop.tanggal_revisi) set(r, f.tanggal_revisi, *sop.tanggal_revisi);
    set(r, f.tanggal_efektif, sop.tanggal_efektif);
    set(r, f.jumlah_langkah, static_cast<std::int64_t>(sop.langkah.size()));
    set(r, f.jumlah_pelaksana, static_cast<std::int64_t>(sop.lanes.size()));

    f.pengesah.fill(r, in.data.find_pegawai(sop.disahkan_oleh));

    set_list(r, f.schema, f.dasar_hukum, sop.dasar_hukum);
    set_list(r, f.schema, f.kualifikasi_pelaksana, sop.kualifikasi_pelaksana);
    set_list(r, f.schema, f.keterkaitan, sop.keterkaitan);
    set_list(r, f.schema, f.peralatan, sop.peralatan);
    set_list(r, f.schema, f.peringatan, sop.peringatan);
    set_list(r, f.schema, f.pencatatan, sop.pencatatan);
    std::vector<std::string> lanes;
    for (const Lane& lane : sop.lanes) lanes.push_back(lane.nama);
    set_list(r, f.schema, f.pelaksana, lanes);
    return r;
}

SopDocuments SopTemplate::compose(const SopInput& input) const {
    SopDocuments out;
    out.identitas = template_.apply(record(input), input.data.instansi.kertas);
    if (input.logo) out.identitas.images.emplace_back("logo", *input.logo);
    out.bagan_alir = bagan_alir_document(input.sop, input.data.instansi.kertas);
    out.bagan_alir.title = out.identitas.title;
    out.bagan_alir.author = out.identitas.author;
    out.bagan_alir.subject = out.identitas.subject;
    out.bagan_alir.keywords = out.identitas.keywords;
    return out;
}

doc::Flowchart flowchart(const Sop& sop) {
    doc::Flowchart chart;
    for (const Lane& lane : sop.lanes) chart.lanes.push_back(lane.nama);
    for (const Langkah& l : sop.langkah) {
        doc::FlowStep step;
        step.nomor = l.nomor;
        step.uraian = l.uraian;
        step.lane = l.lane;
        step.symbol = flow_symbol(l.simbol);
        step.kelengkapan = split_items(l.kelengkapan);
        step.waktu = l.waktu ? l.waktu->str() : std::string();
        step.output = l.output;
        step.keterangan = l.keterangan;
        step.ya = l.ya;
        step.tidak = l.tidak;
        chart.steps.push_back(std::move(step));
    }
    return chart;
}

doc::Document bagan_alir_document(const Sop& sop, Kertas kertas) {
    doc::Document d;
    d.page = page_setup(kertas, true);
    d.page.margin_top = 15 * points_per_mm;
    d.page.margin_right = 15 * points_per_mm;
    d.page.margin_bottom = 15 * points_per_mm;
    d.page.margin_left = 20 * points_per_mm;
    d.page.footer = sop.nomor + " \u2014 Bagan Alir \u2014 Halaman {halaman} dari {jumlah}";
    d.page.footer_style = doc::TextStyle{doc::Family::sans, false, true, false, 7.5, 1.2, doc::Align::right};

    doc::TextStyle title{doc::Family::sans, true, false, false, 12, 1.2, doc::Align::center};
    d.body.push_back(doc::Block{doc::Paragraph{"SOP : " + upper_case(sop.nama), title, 0, 8}});
    d.body.push_back(doc::Block{flowchart(sop)});
    return d;
}

}  // namespace kinerja::compose
