// What a document type offers its template: named fields and lists (the schema), and one
// record's values for them. A template is checked against the schema once, when it is loaded;
// applying it to a record then finds every value by index, never by name.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "model/calendar.hpp"
#include "model/nip.hpp"
#include "model/rational.hpp"

namespace kinerja::compose {

enum class FieldType {
    text,     // std::string
    number,   // Rational
    integer,  // std::int64_t
    date,     // Date
    nip,      // Nip
    flag,     // bool: only for <if>, never printed
};

// How a number field prints when the template names no formatter.
struct NumberFormat {
    int places = 2;     // decimals, 0..6, rounded half up ("85,50")
    bool trim = false;  // drop trailing zeros after the comma ("9,12", "12", "87,5")
};

// Scores and capaian: "85,50", "100,00".
inline constexpr NumberFormat two_places{2, false};

struct FieldDef {
    std::string name;  // dotted, "pegawai.nama_lengkap"; unique within its schema
    FieldType type = FieldType::text;
    NumberFormat number;  // number fields only
};

class Schema;

struct ListDef {
    std::string name;                   // "kegiatan"; unique among the schema's lists
    std::shared_ptr<const Schema> item; // the fields of one element; never null
};

// The fields and lists of one record (or of one list element). Index = order added.
class Schema {
public:
    // Adds a field and returns its index in Record::values. Throws std::logic_error for a
    // duplicate name or the reserved name "no" (every list element has its 1-based "no").
    int add_field(std::string name, FieldType type, NumberFormat number = {});
    // Adds a list and returns its index in Record::lists. Throws std::logic_error for a
    // duplicate list name.
    int add_list(std::string name, Schema item);

    const std::vector<FieldDef>& fields() const { return fields_; }
    const std::vector<ListDef>& lists() const { return lists_; }
    std::optional<int> find_field(std::string_view name) const;
    std::optional<int> find_list(std::string_view name) const;
    // The schema of one element of list `list` (an index add_list returned).
    const Schema& item_schema(int list) const { return *lists_.at(static_cast<std::size_t>(list)).item; }

private:
    std::vector<FieldDef> fields_;
    std::vector<ListDef> lists_;
};

// One value; monostate = absent (prints empty, false for <if>). The alternative held must
// match the field's FieldType (a mismatch is a bug and throws std::bad_variant_access).
using Value = std::variant<std::monostate, std::string, Rational, std::int64_t, Date, Nip, bool>;

// The values of one record for a schema (and, nested, of each list element).
struct Record {
    std::vector<Value> values;               // by field index; size == schema.fields().size()
    std::vector<std::vector<Record>> lists;  // by list index; size == schema.lists().size()
};

// A field's value printed without formatter: text as is, numbers Indonesian style per
// NumberFormat (format_id), integers plainly, dates "1 Maret 2024", NIPs "19690627 200112 1 003",
// absent "". Throws std::logic_error for a flag.
std::string format_default(const Value& value, const FieldDef& def);

// Rounded half up to `places` decimals, Indonesian style; `trim` drops trailing zeros after
// the comma (and the comma when nothing is left after it).
std::string format_number(const Rational& value, int places, bool trim);

// Upper case for ASCII and the Latin-1 letters (é → É); everything else unchanged.
std::string upper_case(std::string_view utf8);
// Lower case likewise (É → é).
std::string lower_case(std::string_view utf8);

}  // namespace kinerja::compose
