#include "compose/fields.hpp"

#include <stdexcept>

namespace kinerja::compose {

int Schema::add_field(std::string name, FieldType type, NumberFormat number) {
    if (name == "no") throw std::logic_error("schema: \"no\" is reserved for list positions");
    if (find_field(name)) throw std::logic_error("schema: duplicate field " + name);
    fields_.push_back(FieldDef{std::move(name), type, number});
    return static_cast<int>(fields_.size()) - 1;
}

int Schema::add_list(std::string name, Schema item) {
    if (find_list(name)) throw std::logic_error("schema: duplicate list " + name);
    lists_.push_back(ListDef{std::move(name), std::make_shared<const Schema>(std::move(item))});
    return static_cast<int>(lists_.size()) - 1;
}

std::optional<int> Schema::find_field(std::string_view name) const {
    for (std::size_t i = 0; i < fields_.size(); ++i) {
        if (fields_[i].name == name) return static_cast<int>(i);
    }
    return std::nullopt;
}

std::optional<int> Schema::find_list(std::string_view name) const {
    for (std::size_t i = 0; i < lists_.size(); ++i) {
        if (lists_[i].name == name) return static_cast<int>(i);
    }
    return std::nullopt;
}

std::string format_number(const Rational& value, int places, bool trim) {
    std::string text = format_id(value, places);
    if (!trim || text.find(',') == std::string::npos) return text;
    while (text.back() == '0') text.pop_back();
    if (text.back() == ',') text.pop_back();
    return text;
}

std::string format_default(const Value& value, const FieldDef& def) {
    struct Visitor {
        const FieldDef& def;
        std::string operator()(std::monostate) const { return ""; }
        std::string operator()(const std::string& s) const { return s; }
        std::string operator()(const Rational& r) const {
            return format_number(r, def.number.places, def.number.trim);
        }
        std::string operator()(std::int64_t i) const { return std::to_string(i); }
        std::string operator()(const Date& d) const { return format_tanggal(d); }
        std::string operator()(const Nip& n) const { return n.printed(); }
        std::string operator()(bool) const {
            throw std::logic_error("field " + def.name + " is a flag and cannot be printed");
        }
    };
    return std::visit(Visitor{def}, value);
}

std::string upper_case(std::string_view utf8) {
    std::string out(utf8);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto c = static_cast<unsigned char>(out[i]);
        if (c >= 'a' && c <= 'z') {
            out[i] = static_cast<char>(c - 'a' + 'A');
        } else if (c == 0xC3 && i + 1 < out.size()) {
            // U+00E0..U+00FE (à..þ) → U+00C0..U+00DE, except U+00F7 (÷).
            const auto next = static_cast<unsigned char>(out[i + 1]);
            if (next >= 0xA0 && next <= 0xBE && next != 0xB7) {
                out[i + 1] = static_cast<char>(next - 0x20);
            }
            ++i;
        }
    }
    return out;
}

std::string lower_case(std::string_view utf8) {
    std::string out(utf8);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto c = static_cast<unsigned char>(out[i]);
        if (c >= 'A' && c <= 'Z') {
            out[i] = static_cast<char>(c - 'A' + 'a');
        } else if (c == 0xC3 && i + 1 < out.size()) {
            // U+00C0..U+00DE (À..Þ) → U+00E0..U+00FE, except U+00D7 (×).
            const auto next = static_cast<unsigned char>(out[i + 1]);
            if (next >= 0x80 && next <= 0x9E && next != 0x97) {
                out[i + 1] = static_cast<char>(next + 0x20);
            }
            ++i;
        }
    }
    return out;
}

}  // namespace kinerja::compose
