#include "compose/lembar.hpp"

#include <cstdint>

#include "compose/common_fields.hpp"

namespace kinerja::compose {

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

LembarFields LembarFields::add(Schema& s) {
    LembarFields f{};
    f.nomor = s.add_field("lembar.nomor", FieldType::integer);
    f.jumlah = s.add_field("lembar.jumlah", FieldType::integer);
    f.untuk = s.add_field("lembar.untuk", FieldType::text);
    f.label = s.add_field("lembar.label", FieldType::text);
    return f;
}

void LembarFields::fill(Record& r, const Lembar& lembar) const {
    set(r, nomor, static_cast<std::int64_t>(lembar.nomor));
    set(r, jumlah, static_cast<std::int64_t>(lembar.jumlah));
    set(r, untuk, lembar.untuk);
    set(r, label, lembar_label(lembar));
}

bool LembarFields::read_by(const Template& t) const {
    return t.reads_field(nomor) || t.reads_field(jumlah) || t.reads_field(untuk) || t.reads_field(label);
}

std::vector<doc::Document> labelled_copies(const Instansi& instansi, bool copies_differ,
                                           const std::function<doc::Document(const Lembar&)>& compose_one) {
    std::vector<doc::Document> copies;
    for (const Lembar& lembar : lembar_list(instansi)) {
        if (copies.empty() || copies_differ) {
            copies.push_back(compose_one(lembar));
        } else {
            // The template shows nothing of the lembar: the copy is the first but for its label.
            copies.push_back(copies.front());
        }
        copies.back().page.label = lembar_label(lembar);
    }
    return copies;
}

}  // namespace kinerja::compose
