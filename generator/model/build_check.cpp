#include "model/build_check.hpp"

#include <limits>
#include <stdexcept>
#include <utility>

namespace kinerja {

std::string lower_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

std::string joined(const std::vector<std::string_view>& words) {
    std::string out;
    for (std::string_view word : words) {
        if (!out.empty()) out += ", ";
        out += word;
    }
    return out;
}

void RecordCheck::fail(std::string_view field, std::string message) {
    diags_.add(at_, std::string(field), std::move(message));
    ++problems_;
}

void RecordCheck::refused(const RefusedFields& fields) {
    for (const Diagnostic& d : fields) diags_.add(d.file, d.line, d.field, d.message);
    problems_ += fields.size();
}

bool RecordCheck::required(std::string_view field, const std::string& value) {
    if (!value.empty()) return true;
    fail(field, "wajib diisi");
    return false;
}

std::optional<Nip> RecordCheck::nip(std::string_view field, const std::string& text) {
    if (!required(field, text)) return std::nullopt;
    NipResult parsed = parse_nip(text);
    if (!parsed.nip) fail(field, parsed.error);
    return parsed.nip;
}

std::optional<Date> RecordCheck::date(std::string_view field, const std::string& text,
                                      bool is_required) {
    if (text.empty() && !is_required) return std::nullopt;
    if (!required(field, text)) return std::nullopt;
    std::optional<Date> parsed = parse_iso_date(text);
    if (!parsed) fail(field, "tanggal tidak valid: " + quoted(text) + " (format: TTTT-BB-HH)");
    return parsed;
}

std::optional<Rational> RecordCheck::number(std::string_view field, const std::string& text,
                                            NumberRule rule) {
    if (text.empty() && !rule.required) return std::nullopt;
    if (!required(field, text)) return std::nullopt;
    std::optional<Rational> value;
    try {
        value = parse_number(text, rule.group_thousands);
    } catch (const std::overflow_error&) {
        fail(field, "angka terlalu besar: " + quoted(text));
        return std::nullopt;
    }
    if (!value) {
        fail(field, "bukan angka: " + quoted(text));
    } else if (*value < 0) {
        fail(field, "tidak boleh negatif");
    } else if (rule.nonzero && *value == 0) {
        fail(field, "target tidak boleh 0");
    } else if (rule.at_most_100 && *value > 100) {
        fail(field, "nilai lebih dari 100");
    } else {
        return value;
    }
    return std::nullopt;
}

std::optional<int> RecordCheck::whole(std::string_view field, const std::string& text, int min) {
    std::optional<Rational> value = number(field, text, NumberRule{});
    if (!value) return std::nullopt;
    if (value->den() != 1) {
        fail(field, "bukan bilangan bulat: " + quoted(text));
    } else if (value->num() > std::numeric_limits<int>::max()) {
        fail(field, "angka terlalu besar: " + quoted(text));
    } else if (value->num() < min) {
        fail(field, "paling sedikit " + std::to_string(min));
    } else {
        return static_cast<int>(value->num());
    }
    return std::nullopt;
}

void RecordCheck::fail_unknown(std::string_view field, std::string_view what,
                               const std::string& text,
                               const std::vector<std::string_view>& words) {
    fail(field,
         std::string(what) + " tidak dikenal: " + quoted(text) + " (pilih: " + joined(words) + ")");
}

}  // namespace kinerja
