#include "compose/skp2022.hpp"

#include <algorithm>

#include "compose/skp2022_fields.hpp"

namespace kinerja::compose {

namespace {

struct SkpSchema {
    Schema schema;
    Skp2022Fields fields;
    SkpSchema() { fields = Skp2022Fields::add(schema, Skp2022Options{}); }
};

const SkpSchema& skp_schema() {
    static const SkpSchema instance;
    return instance;
}

}  // namespace

const Schema& Skp2022Template::schema() { return skp_schema().schema; }

std::optional<Skp2022Template> Skp2022Template::load(std::string_view bytes, const std::string& file,
                                                     Diagnostics& diags) {
    auto t = Template::load(bytes, file, schema(), diags);
    if (!t) return std::nullopt;
    return Skp2022Template(std::move(*t));
}

Record Skp2022Template::record(const Skp2022Input& in) {
    const SkpSchema& s = skp_schema();
    Record r = empty_record(s.schema);
    s.fields.fill(r, s.schema, in.data, in.pegawai, in.skp, in.regulasi, in.tanggal, in.logo != nullptr,
                  in.signatures);
    return r;
}

doc::Document Skp2022Template::compose(const Skp2022Input& input) const {
    doc::Document d = template_.apply(record(input), input.data.instansi.kertas);
    if (input.logo) d.images.emplace_back("logo", *input.logo);
    const Signers who = signers_of(input.data, input.pegawai);
    add_signature_images(d, input.data.instansi, input.signatures, {who.pegawai, who.penilai, who.atasan});
    return d;
}

}  // namespace kinerja::compose
