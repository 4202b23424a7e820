// Checking a template tree against a schema and compiling it (Template::load/compile).
#include "compose/template.hpp"

#include <algorithm>
#include <initializer_list>
#include <set>
#include <stdexcept>

#include "compose/template_program.hpp"
#include "model/ascii.hpp"
#include "model/rational.hpp"
#include "model/suggestion.hpp"

namespace kinerja::compose {

namespace {

using program::Block;
using program::Condition;
using program::Field;
using program::FieldRef;
using program::Formatter;
using program::FormatterKind;
using program::ListRef;
using program::Piece;
using program::RowItem;
using program::Text;

using doc::points_per_mm;

// Every element of the language, with the attributes it takes.
struct ElementSpec {
    std::string_view name;
    std::vector<std::string_view> attributes;
};

const std::vector<std::string_view>& style_attributes() {
    static const std::vector<std::string_view> names{"family", "size",      "bold",   "italic",
                                                     "underline", "align", "leading"};
    return names;
}

std::vector<std::string_view> with_style(std::initializer_list<std::string_view> own) {
    std::vector<std::string_view> all(own);
    const auto& style = style_attributes();
    all.insert(all.end(), style.begin(), style.end());
    return all;
}

const std::vector<ElementSpec>& element_specs() {
    static const std::vector<ElementSpec> specs{
        {"template", with_style({"orientation", "margin-top", "margin-right", "margin-bottom",
                                 "margin-left", "footer", "title", "author", "subject", "keywords"})},
        {"kop", {"family"}},
        {"p", with_style({"space-before", "space-after"})},
        {"br", {}},
        {"s", {"field"}},
        {"spacer", {"height"}},
        {"rule", {"thickness", "space-before", "space-after"}},
        {"table", with_style({"columns", "header-rows", "padding", "border", "valign"})},
        {"row", with_style({"shade", "keep-with-next", "valign"})},
        {"rows", {"each", "as"}},
        {"cell", with_style({"colspan", "valign", "shade", "border", "open"})},
        {"columns", with_style({"weights", "gap"})},
        {"column", style_attributes()},
        {"keep", {"with-previous"}},
        {"if", {"field"}},
        {"unless", {"field"}},
        {"repeat", {"each", "as"}},
        {"ttd", {"above", "title", "name", "rank", "nip", "space", "image", "align", "family", "size"}},
        {"image", {"src", "width", "height", "align"}},
        {"page-break", {}},
    };
    return specs;
}

const ElementSpec* find_spec(std::string_view name) {
    for (const ElementSpec& spec : element_specs()) {
        if (spec.name == name) return &spec;
    }
    return nullptr;
}

std::string trim(std::string_view s) {
    std::size_t b = 0;
    std::size_t e = s.size();
    while (b < e && ascii::is_space(s[b])) ++b;
    while (e > b && ascii::is_space(s[e - 1])) --e;
    return std::string(s.substr(b, e - b));
}

std::string quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

// " (maksudnya X?)" for the closest candidate, when one is close enough.
std::string suggestion(std::string_view name, const std::vector<std::string>& candidates) {
    const std::optional<std::size_t> best = nearest(name, candidates);
    if (!best) return "";
    return " (maksudnya " + candidates[*best] + "?)";
}

std::string type_name(FieldType type) {
    switch (type) {
        case FieldType::text: return "teks";
        case FieldType::number: return "angka";
        case FieldType::integer: return "bilangan bulat";
        case FieldType::date: return "tanggal";
        case FieldType::nip: return "NIP";
        case FieldType::flag: return "ya/tidak";
    }
    return "?";
}

// The formatters of a field reference `{{name | formatter[:argument]}}`: the field types each
// takes and its argument. Each prints text, so a later one formats that text.
enum class FormatterArgument {
    none,    // takes none
    places,  // optional: decimals, 0 to 6
    text,    // required: the text printed instead of an empty field
};

struct FormatterSpec {
    std::string_view name;
    FormatterKind kind;
    std::vector<FieldType> types;
    FormatterArgument argument;
};

const std::vector<FormatterSpec>& formatter_specs() {
    using enum FieldType;
    static const std::vector<FieldType> numbers{number, integer};
    static const std::vector<FieldType> printable{text, number, integer, date, nip};
    static const std::vector<FormatterSpec> specs{
        {"tanggal", FormatterKind::tanggal, {date}, FormatterArgument::none},
        {"angka", FormatterKind::angka, numbers, FormatterArgument::places},
        {"ringkas", FormatterKind::ringkas, numbers, FormatterArgument::places},
        {"nip", FormatterKind::nip, {nip}, FormatterArgument::none},
        {"upper", FormatterKind::upper, printable, FormatterArgument::none},
        {"lower", FormatterKind::lower, printable, FormatterArgument::none},
        {"sebutan", FormatterKind::sebutan, numbers, FormatterArgument::none},
        {"atau", FormatterKind::atau, printable, FormatterArgument::text},
    };
    return specs;
}

struct Scope {
    std::string var;       // the `as` name
    const Schema* schema;  // fields of one element
};

class Compiler {
public:
    Compiler(std::string file, const Schema& schema, Diagnostics& diags)
        : file_(std::move(file)), schema_(schema), diags_(diags) {}

    program::Program compile_root(const TemplateNode& root);

private:
    std::string file_;
    const Schema& schema_;
    Diagnostics& diags_;
    std::vector<Scope> scopes_;  // enclosing <rows>/<repeat>, outermost first
    mutable std::set<int> record_fields_;  // the record's fields looked up (all that it reads)

    void error(int line, std::string field, std::string message) {
        diags_.add(file_, line, std::move(field), std::move(message));
    }

    // ---- attributes ----

    // Reports attributes the element does not take; true when the element is known.
    void check_attributes(const TemplateNode& node) {
        const ElementSpec* spec = find_spec(node.element);
        if (!spec) return;
        for (const TemplateAttribute& a : node.attributes) {
            if (std::find(spec->attributes.begin(), spec->attributes.end(), a.name) !=
                spec->attributes.end()) {
                continue;
            }
            error(node.line, a.name, "atribut tidak dikenal pada <" + node.element + ">");
        }
    }

    static const std::string* attribute(const TemplateNode& node, std::string_view name) {
        for (const TemplateAttribute& a : node.attributes) {
            if (a.name == name) return &a.value;
        }
        return nullptr;
    }

    std::optional<double> number_attr(const TemplateNode& node, std::string_view name,
                                      const std::string& text) {
        std::optional<Rational> value;
        try {
            value = parse_number(text);
        } catch (const std::overflow_error&) {
        }
        if (!value) {
            error(node.line, std::string(name), "bukan angka: " + quoted(text));
            return std::nullopt;
        }
        return value->to_double();
    }

    // A length with its unit: "5mm", "1,5cm", "12pt"; "0" alone is allowed. Points.
    std::optional<double> length(const TemplateNode& node, std::string_view name, double fallback,
                                 double max_points = 2000) {
        const std::string* raw = attribute(node, name);
        if (!raw) return fallback;
        const std::string text = trim(*raw);
        double factor = 0;
        std::string number = text;
        static const std::pair<std::string_view, double> units[] = {
            {"mm", points_per_mm}, {"cm", 10 * points_per_mm}, {"pt", 1.0}};
        for (const auto& [unit, f] : units) {
            if (text.size() > unit.size() && text.substr(text.size() - unit.size()) == unit) {
                factor = f;
                number = trim(std::string_view(text).substr(0, text.size() - unit.size()));
                break;
            }
        }
        std::optional<Rational> value;
        try {
            value = parse_number(number);
        } catch (const std::overflow_error&) {
        }
        if (value && factor == 0 && *value == 0) factor = 1;
        if (!value || factor == 0 || *value < 0 || value->to_double() * factor > max_points) {
            error(node.line, std::string(name),
                  "ukuran tidak valid: " + quoted(text) + " (tulis dengan satuan, misalnya 5mm atau 12pt)");
            return std::nullopt;
        }
        return value->to_double() * factor;
    }

    std::optional<bool> boolean(const TemplateNode& node, std::string_view name, bool fallback) {
        const std::string* raw = attribute(node, name);
        if (!raw) return fallback;
        const std::string text = trim(*raw);
        if (text == "true") return true;
        if (text == "false") return false;
        error(node.line, std::string(name), "harus true atau false, bukan " + quoted(text));
        return std::nullopt;
    }

    // One of `options` (returns its index), or `fallback` when the attribute is absent.
    template <typename T>
    std::optional<T> choice(const TemplateNode& node, std::string_view name, T fallback,
                            std::initializer_list<std::pair<std::string_view, T>> options) {
        const std::string* raw = attribute(node, name);
        if (!raw) return fallback;
        const std::string text = trim(*raw);
        std::string names;
        for (const auto& [word, value] : options) {
            if (word == text) return value;
            names += (names.empty() ? "" : ", ") + std::string(word);
        }
        error(node.line, std::string(name), "nilai " + quoted(text) + " tidak dikenal (pilih: " + names + ")");
        return std::nullopt;
    }

    std::optional<int> integer(const TemplateNode& node, std::string_view name, int fallback, int min,
                               int max) {
        const std::string* raw = attribute(node, name);
        if (!raw) return fallback;
        const std::string text = trim(*raw);
        int value = 0;
        bool ok = !text.empty() && text.size() <= 4;
        for (char c : text) {
            if (c < '0' || c > '9') ok = false;
            else if (ok) value = value * 10 + (c - '0');  // ok: at most 4 digits, no overflow
        }
        if (!ok || value < min || value > max) {
            error(node.line, std::string(name),
                  "harus bilangan bulat " + std::to_string(min) + " sampai " + std::to_string(max) +
                      ", bukan " + quoted(text));
            return std::nullopt;
        }
        return value;
    }

    // Weights such as "4 24 4" or "1,5 1": positive numbers separated by spaces.
    std::vector<double> weights(const TemplateNode& node, std::string_view name) {
        const std::string* raw = attribute(node, name);
        if (!raw) {
            error(node.line, std::string(name), "wajib diisi pada <" + node.element + ">");
            return {};
        }
        std::vector<double> out;
        std::size_t i = 0;
        const std::string& text = *raw;
        while (i < text.size()) {
            while (i < text.size() && ascii::is_space(text[i])) ++i;
            std::size_t j = i;
            while (j < text.size() && !ascii::is_space(text[j])) ++j;
            if (j == i) break;
            const std::string word = text.substr(i, j - i);
            std::optional<Rational> value;
            try {
                value = parse_number(word);
            } catch (const std::overflow_error&) {
            }
            if (!value || *value <= 0) {
                error(node.line, std::string(name), "lebar kolom harus angka lebih dari 0, bukan " + quoted(word));
                return {};
            }
            out.push_back(value->to_double());
            i = j;
        }
        if (out.empty()) error(node.line, std::string(name), "wajib diisi pada <" + node.element + ">");
        return out;
    }

    // Style attributes of an element over the style it inherits.
    doc::TextStyle style(const TemplateNode& node, doc::TextStyle base) {
        if (auto v = choice<doc::Family>(node, "family", base.family,
                                         {{"serif", doc::Family::serif}, {"sans", doc::Family::sans}})) {
            base.family = *v;
        }
        if (const std::string* raw = attribute(node, "size")) {
            if (auto v = number_attr(node, "size", trim(*raw))) {
                if (*v < 4 || *v > 72) {
                    error(node.line, "size", "ukuran huruf harus 4 sampai 72 pt, bukan " + quoted(trim(*raw)));
                } else {
                    base.size = *v;
                }
            }
        }
        if (const std::string* raw = attribute(node, "leading")) {
            if (auto v = number_attr(node, "leading", trim(*raw))) {
                if (*v < 1 || *v > 3) {
                    error(node.line, "leading", "jarak baris harus 1 sampai 3, bukan " + quoted(trim(*raw)));
                } else {
                    base.leading = *v;
                }
            }
        }
        if (auto v = boolean(node, "bold", base.bold)) base.bold = *v;
        if (auto v = boolean(node, "italic", base.italic)) base.italic = *v;
        if (auto v = boolean(node, "underline", base.underline)) base.underline = *v;
        if (auto v = choice<doc::Align>(node, "align", base.align,
                                        {{"left", doc::Align::left},
                                         {"center", doc::Align::center},
                                         {"right", doc::Align::right},
                                         {"justify", doc::Align::justify}})) {
            base.align = *v;
        }
        return base;
    }

    std::optional<doc::VAlign> valign(const TemplateNode& node, doc::VAlign fallback) {
        return choice<doc::VAlign>(node, "valign", fallback,
                                   {{"top", doc::VAlign::top},
                                    {"middle", doc::VAlign::middle},
                                    {"bottom", doc::VAlign::bottom}});
    }

    std::optional<double> shade(const TemplateNode& node, double fallback) {
        const std::string* raw = attribute(node, "shade");
        if (!raw) return fallback;
        const auto v = number_attr(node, "shade", trim(*raw));
        if (!v) return std::nullopt;
        if (*v < 0 || *v > 1) {
            error(node.line, "shade", "tingkat abu-abu harus 0 (hitam) sampai 1 (putih), bukan " + quoted(trim(*raw)));
            return std::nullopt;
        }
        return *v;
    }

    // ---- fields and texts ----

    std::vector<std::string> visible_names(bool lists) const {
        std::vector<std::string> names;
        if (lists) {
            for (const ListDef& l : schema_.lists()) names.push_back(l.name);
        } else {
            for (const FieldDef& f : schema_.fields()) names.push_back(f.name);
        }
        for (const Scope& s : scopes_) {
            if (lists) {
                for (const ListDef& l : s.schema->lists()) names.push_back(s.var + "." + l.name);
            } else {
                names.push_back(s.var + ".no");
                for (const FieldDef& f : s.schema->fields()) names.push_back(s.var + "." + f.name);
            }
        }
        return names;
    }

    // Finds the schema level a dotted name belongs to: an enclosing element (by its `as`
    // name, innermost first) or the record. Returns depth and the rest of the name.
    std::pair<int, std::string> split_scope(const std::string& name) const {
        const std::size_t dot = name.find('.');
        if (dot != std::string::npos) {
            const std::string head = name.substr(0, dot);
            for (std::size_t k = scopes_.size(); k-- > 0;) {
                if (scopes_[k].var == head) return {static_cast<int>(k) + 1, name.substr(dot + 1)};
            }
        }
        return {0, name};
    }

    const Schema& schema_at(int depth) const {
        return depth == 0 ? schema_ : *scopes_.at(static_cast<std::size_t>(depth - 1)).schema;
    }

    std::optional<FieldRef> find_field_ref(const std::string& name) const {
        const auto [depth, rest] = split_scope(name);
        if (depth > 0 && rest == "no") {
            FieldRef ref;
            ref.depth = depth;
            ref.position = true;
            ref.def = FieldDef{name, FieldType::integer, {}};
            return ref;
        }
        const Schema& schema = schema_at(depth);
        const auto index = schema.find_field(rest);
        if (!index) return std::nullopt;
        if (depth == 0) record_fields_.insert(*index);
        FieldRef ref;
        ref.depth = depth;
        ref.index = *index;
        ref.def = schema.fields().at(static_cast<std::size_t>(*index));
        ref.def.name = name;
        return ref;
    }

    std::optional<ListRef> find_list_ref(const std::string& name, const Schema** item) const {
        const auto [depth, rest] = split_scope(name);
        const Schema& schema = schema_at(depth);
        const auto index = schema.find_list(rest);
        if (!index) return std::nullopt;
        if (item) *item = schema.lists().at(static_cast<std::size_t>(*index)).item.get();
        return ListRef{depth, *index};
    }

    // A field reference for printing: `{{name | formatter | …}}` without the braces.
    std::optional<Field> field(std::string_view inside, int line) {
        std::vector<std::string> parts;
        std::size_t start = 0;
        for (;;) {
            const std::size_t bar = inside.find('|', start);
            parts.push_back(trim(inside.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start)));
            if (bar == std::string_view::npos) break;
            start = bar + 1;
        }
        const std::string& name = parts.front();
        if (name.empty()) {
            error(line, "isian", "nama isian kosong di dalam {{ }}");
            return std::nullopt;
        }
        const auto ref = find_field_ref(name);
        if (!ref) {
            if (find_list_ref(name, nullptr)) {
                error(line, name, "ini daftar, bukan isian: pakai <rows each=\"" + name + "\" as=\"…\">");
            } else {
                error(line, name, "isian tidak dikenal" + suggestion(name, visible_names(false)));
            }
            return std::nullopt;
        }
        Field out{*ref, {}};
        FieldType type = ref->def.type;
        for (std::size_t i = 1; i < parts.size(); ++i) {
            std::optional<Formatter> f = formatter(parts[i], type, name, line);
            if (!f) return std::nullopt;
            type = FieldType::text;
            out.formatters.push_back(std::move(*f));
        }
        if (type == FieldType::flag) {
            error(line, name, "isian ya/tidak tidak dapat dicetak; pakai di <if field=\"" + name + "\">");
            return std::nullopt;
        }
        return out;
    }

    // One `formatter` or `formatter:argument` of field `name`, of `type` so far (formatter_specs).
    std::optional<Formatter> formatter(const std::string& spec, FieldType type, const std::string& name, int line) {
        const std::size_t colon = spec.find(':');
        const std::string fname = trim(std::string_view(spec).substr(0, colon));
        const std::optional<std::string> arg =
            colon == std::string::npos ? std::nullopt
                                       : std::optional<std::string>(trim(std::string_view(spec).substr(colon + 1)));
        const auto& specs = formatter_specs();
        const auto found =
            std::find_if(specs.begin(), specs.end(), [&](const FormatterSpec& f) { return f.name == fname; });
        if (found == specs.end()) {
            std::string names;
            for (const FormatterSpec& f : specs) names += (names.empty() ? "" : ", ") + std::string(f.name);
            error(line, name, "pemformat " + quoted(fname) + " tidak dikenal (pilih: " + names + ")");
            return std::nullopt;
        }
        Formatter f;
        f.kind = found->kind;
        bool ok = takes(*found, type, name, line);
        switch (found->argument) {
            case FormatterArgument::none:
                if (ok && arg) {
                    error(line, name, "pemformat " + quoted(fname) + " tidak memakai argumen");
                    ok = false;
                }
                break;
            case FormatterArgument::places:
                if (arg && arg->size() == 1 && (*arg)[0] >= '0' && (*arg)[0] <= '6') {
                    f.places = (*arg)[0] - '0';
                } else if (arg) {
                    error(line, name,
                          "pemformat " + quoted(fname) + ": jumlah desimal harus 0 sampai 6, bukan " + quoted(*arg));
                    ok = false;
                }
                break;
            case FormatterArgument::text:
                if (!arg) {
                    error(line, name, "pemformat " + quoted(fname) + " perlu teks pengganti, misalnya " + fname + ":-");
                    ok = false;
                } else {
                    f.text = *arg;
                }
                break;
        }
        if (!ok) return std::nullopt;
        return f;
    }

    // Whether formatter `spec` takes a field of `type`; reported when not.
    bool takes(const FormatterSpec& spec, FieldType type, const std::string& name, int line) {
        if (std::find(spec.types.begin(), spec.types.end(), type) != spec.types.end()) return true;
        std::string wanted;
        for (FieldType t : spec.types) wanted += (wanted.empty() ? "" : " atau ") + type_name(t);
        error(line, name, "pemformat " + quoted(spec.name) + " hanya untuk " + wanted + ", bukan " + type_name(type));
        return false;
    }

    // Literal text with {{fields}}; `line` is where it starts, advanced at each "\n" when
    // `count_lines` (text nodes; attribute values have no line ends left).
    Text text(std::string_view raw, int line, bool count_lines) {
        Text out;
        std::size_t i = 0;
        std::string literal;
        while (i < raw.size()) {
            if (raw.compare(i, 2, "{{") == 0) {
                const std::size_t close = raw.find("}}", i + 2);
                if (close == std::string_view::npos) {
                    error(line, "isian", "tanda {{ tanpa }} penutup");
                    return out;
                }
                if (!literal.empty()) out.pieces.push_back(Piece{std::move(literal), std::nullopt});
                literal.clear();
                const std::string_view inside = raw.substr(i + 2, close - i - 2);
                if (auto f = field(inside, line)) out.pieces.push_back(Piece{"", std::move(*f)});
                if (count_lines) line += static_cast<int>(std::count(inside.begin(), inside.end(), '\n'));
                i = close + 2;
                continue;
            }
            if (raw[i] == '\n' && count_lines) ++line;
            literal.push_back(raw[i]);
            ++i;
        }
        if (!literal.empty()) out.pieces.push_back(Piece{std::move(literal), std::nullopt});
        return out;
    }

    std::optional<Text> text_attr(const TemplateNode& node, std::string_view name, bool required) {
        const std::string* raw = attribute(node, name);
        if (!raw) {
            if (required) error(node.line, std::string(name), "wajib diisi pada <" + node.element + ">");
            return std::nullopt;
        }
        return text(trim(*raw), node.line, false);
    }

    std::optional<Condition> condition(const TemplateNode& node) {
        const std::string* raw = attribute(node, "field");
        if (!raw) {
            error(node.line, "field", "wajib diisi pada <" + node.element + ">");
            return std::nullopt;
        }
        const std::string name = trim(*raw);
        Condition c;
        c.negate = node.element == "unless";
        if (auto ref = find_field_ref(name)) {
            c.field = *ref;
            return c;
        }
        if (auto list = find_list_ref(name, nullptr)) {
            c.list = *list;
            return c;
        }
        std::vector<std::string> names = visible_names(false);
        for (std::string& n : visible_names(true)) names.push_back(std::move(n));
        error(node.line, name, "isian tidak dikenal" + suggestion(name, names));
        return std::nullopt;
    }

    // <rows>/<repeat>: the list and the scope its children see.
    std::optional<ListRef> open_list(const TemplateNode& node) {
        const std::string* each = attribute(node, "each");
        const std::string* as = attribute(node, "as");
        if (!each) error(node.line, "each", "wajib diisi pada <" + node.element + ">");
        if (!as) error(node.line, "as", "wajib diisi pada <" + node.element + ">");
        if (!each || !as) return std::nullopt;
        const std::string list_name = trim(*each);
        const std::string var = trim(*as);
        bool ok = !var.empty() && !(var[0] >= '0' && var[0] <= '9');
        for (char c : var) {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) ok = false;
        }
        if (!ok) {
            error(node.line, "as", "nama harus huruf, angka atau _, bukan " + quoted(var));
            return std::nullopt;
        }
        for (const Scope& s : scopes_) {
            if (s.var == var) {
                error(node.line, "as", "nama " + quoted(var) + " sudah dipakai oleh daftar di luarnya");
                return std::nullopt;
            }
        }
        const Schema* item = nullptr;
        const auto list = find_list_ref(list_name, &item);
        if (!list) {
            error(node.line, "each", "daftar " + quoted(list_name) + " tidak dikenal" + suggestion(list_name, visible_names(true)));
            return std::nullopt;
        }
        scopes_.push_back(Scope{var, item});
        return list;
    }

    // ---- elements ----

    void unexpected(const TemplateNode& child, const TemplateNode& parent) {
        if (child.is_text()) {
            error(child.line, "xml", "teks tidak boleh langsung di dalam <" + parent.element + ">");
        } else if (find_spec(child.element)) {
            error(child.line, "xml", "elemen <" + child.element + "> tidak boleh di dalam <" + parent.element + ">");
        } else {
            error(child.line, "xml", "elemen <" + child.element + "> tidak dikenal di dalam <" + parent.element + ">");
        }
    }

    void no_children(const TemplateNode& node) {
        for (const TemplateNode& child : node.children) unexpected(child, node);
    }

    // Collapses whitespace runs of literal text to one space, trims the ends and the spaces
    // around forced line breaks (literal "\n" pieces marked by `breaks`).
    // Literal pieces of one <s> (or of none) are merged; the space between two of them goes
    // with the unstruck side, so that a strike never runs into the space before it.
    static Text normalize(const std::vector<std::pair<Piece, bool>>& pieces) {
        Text out;
        std::string literal;
        const Piece* group = nullptr;  // the strike of `literal`
        bool pending_space = false;
        bool at_start = true;
        auto flush = [&]() {
            if (!literal.empty()) {
                Piece p{std::move(literal), std::nullopt};
                if (group) {
                    p.strike = group->strike;
                    p.strike_if = group->strike_if;
                }
                out.pieces.push_back(std::move(p));
            }
            literal.clear();
        };
        // Starts output of `piece`: flushes on a change of <s>, then the pending space.
        auto enter = [&](const Piece& piece) {
            const int current = group ? group->strike : 0;
            if (piece.strike != current) {
                const bool space = pending_space && !at_start;
                if (space && piece.strike != 0) literal.push_back(' ');  // the unstruck side
                flush();
                group = &piece;
                if (space && piece.strike == 0) literal.push_back(' ');
            } else if (pending_space && !at_start) {
                literal.push_back(' ');
            }
            group = &piece;
            pending_space = false;
            at_start = false;
        };
        for (const auto& [piece, is_break] : pieces) {
            if (is_break) {
                pending_space = false;
                literal.push_back('\n');
                at_start = true;
                continue;
            }
            if (piece.field) {
                enter(piece);
                flush();
                out.pieces.push_back(piece);
                continue;
            }
            for (char c : piece.literal) {
                if (ascii::is_space(c)) {
                    pending_space = true;
                    continue;
                }
                if (pending_space || at_start || (group ? group->strike : 0) != piece.strike) enter(piece);
                literal.push_back(c);
            }
        }
        flush();
        return out;
    }

    // Text nodes and <br/> from children[begin, end) as one paragraph.
    program::Paragraph inline_paragraph(const std::vector<TemplateNode>& children, std::size_t begin,
                                        std::size_t end, const doc::TextStyle& style) {
        std::vector<std::pair<Piece, bool>> pieces;
        int strikes = 0;
        for (std::size_t i = begin; i < end; ++i) {
            const TemplateNode& child = children[i];
            if (child.is_text()) {
                for (Piece& p : text(child.text, child.line, true).pieces) pieces.emplace_back(std::move(p), false);
            } else if (child.element == "s") {
                struck(child, ++strikes, pieces);
            } else {
                check_attributes(child);
                no_children(child);
                pieces.emplace_back(Piece{}, true);
            }
        }
        program::Paragraph p;
        p.text = normalize(pieces);
        p.style = style;
        return p;
    }

    // <s field="…">text</s>: text struck through, when the field is present (always without
    // `field`); its pieces numbered `number`.
    void struck(const TemplateNode& node, int number, std::vector<std::pair<Piece, bool>>& pieces) {
        check_attributes(node);
        std::optional<Condition> when;
        if (attribute(node, "field")) {
            when = condition(node);
            if (!when) return;
        }
        for (const TemplateNode& child : node.children) {
            if (!child.is_text()) {
                unexpected(child, node);
                continue;
            }
            for (Piece& p : text(child.text, child.line, true).pieces) {
                p.strike = number;
                p.strike_if = when;
                pieces.emplace_back(std::move(p), false);
            }
        }
    }

    static bool is_inline(const TemplateNode& node) {
        return node.is_text() || node.element == "br" || node.element == "s";
    }

    // The children of a block container: block elements, and runs of text as paragraphs.
    std::vector<Block> blocks(const TemplateNode& parent, const doc::TextStyle& inherited) {
        std::vector<Block> out;
        const auto& children = parent.children;
        std::size_t i = 0;
        while (i < children.size()) {
            if (is_inline(children[i])) {
                std::size_t j = i;
                while (j < children.size() && is_inline(children[j])) ++j;
                program::Paragraph p = inline_paragraph(children, i, j, inherited);
                if (!p.text.pieces.empty()) out.push_back(Block{std::move(p)});
                i = j;
                continue;
            }
            if (auto b = block(children[i], parent, inherited)) out.push_back(std::move(*b));
            ++i;
        }
        return out;
    }

    std::optional<Block> block(const TemplateNode& node, const TemplateNode& parent,
                               const doc::TextStyle& inherited) {
        const std::string& e = node.element;
        if (e == "p") return Block{paragraph(node, inherited)};
        if (e == "spacer") {
            check_attributes(node);
            no_children(node);
            if (!attribute(node, "height")) {
                error(node.line, "height", "wajib diisi pada <spacer>");
                return std::nullopt;
            }
            const auto h = length(node, "height", 0);
            if (!h) return std::nullopt;
            return Block{doc::Spacer{*h}};
        }
        if (e == "rule") {
            check_attributes(node);
            no_children(node);
            const auto thickness = length(node, "thickness", 1, 20);
            const auto before = length(node, "space-before", 0);
            const auto after = length(node, "space-after", 0);
            if (!thickness || !before || !after) return std::nullopt;
            if (*thickness <= 0) {
                error(node.line, "thickness", "tebal garis harus lebih dari 0");
                return std::nullopt;
            }
            return Block{doc::Rule{*thickness, *before, *after}};
        }
        if (e == "page-break") {
            check_attributes(node);
            no_children(node);
            return Block{doc::PageBreak{}};
        }
        if (e == "kop") return kop(node, inherited);
        if (e == "table") return table(node, inherited);
        if (e == "columns") return columns(node, inherited);
        if (e == "keep") {
            check_attributes(node);
            const bool with_previous = boolean(node, "with-previous", false).value_or(false);
            return Block{program::Keep{blocks(node, inherited), with_previous}};
        }
        if (e == "if" || e == "unless") {
            check_attributes(node);
            auto c = condition(node);
            auto body = blocks(node, inherited);
            if (!c) return std::nullopt;
            return Block{program::If{std::move(*c), std::move(body)}};
        }
        if (e == "repeat") {
            check_attributes(node);
            const auto list = open_list(node);
            if (!list) return std::nullopt;
            auto body = blocks(node, inherited);
            scopes_.pop_back();
            return Block{program::Each{*list, std::move(body)}};
        }
        if (e == "ttd") return ttd(node, inherited);
        if (e == "image") return image(node, inherited);
        unexpected(node, parent);
        return std::nullopt;
    }

    program::Paragraph paragraph(const TemplateNode& node, const doc::TextStyle& inherited) {
        check_attributes(node);
        const doc::TextStyle s = style(node, inherited);
        for (const TemplateNode& child : node.children) {
            if (!is_inline(child)) unexpected(child, node);
        }
        std::vector<TemplateNode> inline_children;
        for (const TemplateNode& child : node.children) {
            if (is_inline(child)) inline_children.push_back(child);
        }
        program::Paragraph p = inline_paragraph(inline_children, 0, inline_children.size(), s);
        p.space_before = length(node, "space-before", 0).value_or(0);
        p.space_after = length(node, "space-after", 0).value_or(0);
        return p;
    }

    std::optional<Block> kop(const TemplateNode& node, const doc::TextStyle& inherited) {
        check_attributes(node);
        no_children(node);
        program::Kop k;
        k.family = style(node, inherited).family;
        auto need = [&](const char* name) -> std::optional<FieldRef> {
            auto ref = find_field_ref(name);
            if (!ref || ref->depth != 0 || ref->def.type != FieldType::text) {
                error(node.line, "kop", std::string("<kop> memerlukan isian teks ") + name + " yang tidak ada pada dokumen ini");
                return std::nullopt;
            }
            return ref;
        };
        auto pemerintah = need("instansi.pemerintah");
        auto nama = need("instansi.nama");
        auto alamat = need("instansi.alamat");
        if (!pemerintah || !nama || !alamat) return std::nullopt;
        k.pemerintah = *pemerintah;
        k.nama = *nama;
        k.alamat = *alamat;
        if (auto ref = find_field_ref("instansi.kode_pos"); ref && ref->depth == 0 && ref->def.type == FieldType::text) {
            k.kode_pos = *ref;
        }
        if (auto ref = find_field_ref("instansi.logo"); ref && ref->depth == 0 && ref->def.type == FieldType::text) {
            k.logo = *ref;
        }
        return Block{std::move(k)};
    }

    std::optional<Block> ttd(const TemplateNode& node, const doc::TextStyle& inherited) {
        check_attributes(node);
        no_children(node);
        program::Ttd t;
        doc::TextStyle base = inherited;
        base.align = doc::Align::center;
        base.bold = base.italic = base.underline = false;
        t.style = style(node, base);
        t.above = text_attr(node, "above", false);
        auto title = text_attr(node, "title", true);
        auto name = text_attr(node, "name", true);
        t.rank = text_attr(node, "rank", false);
        auto nip = text_attr(node, "nip", true);
        t.image = text_attr(node, "image", false);
        const auto space = length(node, "space", 20 * points_per_mm);
        if (!title || !name || !nip || !space) return std::nullopt;
        t.title = std::move(*title);
        t.name = std::move(*name);
        t.nip = std::move(*nip);
        t.space = *space;
        return Block{std::move(t)};
    }

    std::optional<Block> image(const TemplateNode& node, const doc::TextStyle& inherited) {
        check_attributes(node);
        no_children(node);
        program::ImageBox b;
        auto src = text_attr(node, "src", true);
        if (!attribute(node, "height")) error(node.line, "height", "wajib diisi pada <image>");
        const auto height = length(node, "height", 0);
        const auto width = length(node, "width", 0);
        const auto align = choice<doc::Align>(node, "align", inherited.align,
                                              {{"left", doc::Align::left},
                                               {"center", doc::Align::center},
                                               {"right", doc::Align::right}});
        if (!src || !attribute(node, "height") || !height || !width || !align) return std::nullopt;
        if (*height <= 0) {
            error(node.line, "height", "tinggi gambar harus lebih dari 0");
            return std::nullopt;
        }
        b.src = std::move(*src);
        b.width = *width;
        b.height = *height;
        b.align = *align;
        return Block{std::move(b)};
    }

    std::optional<Block> columns(const TemplateNode& node, const doc::TextStyle& inherited) {
        check_attributes(node);
        const doc::TextStyle s = style(node, inherited);
        program::Columns c;
        c.weights = weights(node, "weights");
        c.gap = length(node, "gap", 12).value_or(12);
        for (const TemplateNode& child : node.children) {
            if (child.element != "column") {
                unexpected(child, node);
                continue;
            }
            check_attributes(child);
            c.columns.push_back(blocks(child, style(child, s)));
        }
        if (!c.weights.empty() && c.weights.size() != c.columns.size()) {
            error(node.line, "weights",
                  std::to_string(c.weights.size()) + " lebar kolom untuk " + std::to_string(c.columns.size()) +
                      " <column>");
            return std::nullopt;
        }
        if (c.weights.empty()) return std::nullopt;
        return Block{std::move(c)};
    }

    struct RowContext {
        doc::TextStyle style;
        doc::VAlign valign = doc::VAlign::top;
        std::size_t columns = 0;
    };

    std::optional<Block> table(const TemplateNode& node, const doc::TextStyle& inherited) {
        check_attributes(node);
        program::Table t;
        t.columns = weights(node, "columns");
        RowContext context{style(node, inherited), valign(node, doc::VAlign::top).value_or(doc::VAlign::top),
                           t.columns.size()};
        const auto header_rows = integer(node, "header-rows", 0, 0, 20);
        t.padding = length(node, "padding", 3, 50).value_or(3);
        t.line_width = length(node, "border", 0.5, 10).value_or(0.5);
        t.rows = row_items(node, context);
        if (t.columns.empty()) return std::nullopt;
        if (header_rows) {
            std::size_t plain = 0;
            while (plain < t.rows.size() && std::holds_alternative<program::Row>(t.rows[plain].v)) ++plain;
            if (static_cast<std::size_t>(*header_rows) > plain) {
                error(node.line, "header-rows",
                      "baris judul " + std::to_string(*header_rows) + " melebihi baris <row> di awal tabel (" +
                          std::to_string(plain) + ")");
            }
            t.header_rows = *header_rows;
        }
        return Block{std::move(t)};
    }

    std::vector<RowItem> row_items(const TemplateNode& parent, const RowContext& context) {
        std::vector<RowItem> out;
        for (const TemplateNode& child : parent.children) {
            const std::string& e = child.element;
            if (e == "row") {
                if (auto r = row(child, context)) out.push_back(RowItem{std::move(*r)});
            } else if (e == "rows") {
                check_attributes(child);
                const auto list = open_list(child);
                if (!list) continue;
                auto rows = row_items(child, context);
                scopes_.pop_back();
                out.push_back(RowItem{program::EachRows{*list, std::move(rows)}});
            } else if (e == "if" || e == "unless") {
                check_attributes(child);
                auto c = condition(child);
                auto rows = row_items(child, context);
                if (c) out.push_back(RowItem{program::IfRows{std::move(*c), std::move(rows)}});
            } else {
                unexpected(child, parent);
            }
        }
        return out;
    }

    std::optional<program::Row> row(const TemplateNode& node, const RowContext& context) {
        check_attributes(node);
        RowContext inner = context;
        inner.style = style(node, context.style);
        inner.valign = valign(node, context.valign).value_or(context.valign);
        const double row_shade = shade(node, 1.0).value_or(1.0);
        program::Row r;
        r.keep_with_next = boolean(node, "keep-with-next", false).value_or(false);
        std::size_t span = 0;
        for (const TemplateNode& child : node.children) {
            if (child.element != "cell") {
                unexpected(child, node);
                continue;
            }
            check_attributes(child);
            program::Cell c;
            c.colspan = integer(child, "colspan", 1, 1, 100).value_or(1);
            c.valign = valign(child, inner.valign).value_or(inner.valign);
            c.shade = shade(child, row_shade).value_or(row_shade);
            c.border = choice<doc::Border>(child, "border", doc::Border::all,
                                           {{"all", doc::Border::all}, {"none", doc::Border::none}})
                           .value_or(doc::Border::all);
            if (const std::string* open = attribute(child, "open")) {
                std::string word;
                const std::string text = *open + " ";
                for (char ch : text) {
                    if (!ascii::is_space(ch)) {
                        word.push_back(ch);
                        continue;
                    }
                    if (word == "top") c.open_top = true;
                    else if (word == "bottom") c.open_bottom = true;
                    else if (!word.empty())
                        error(child.line, "open", "nilai " + quoted(word) + " tidak dikenal (pilih: top, bottom)");
                    word.clear();
                }
            }
            c.content = blocks(child, style(child, inner.style));
            span += static_cast<std::size_t>(c.colspan);
            r.cells.push_back(std::move(c));
        }
        if (context.columns > 0 && span != context.columns) {
            error(node.line, "cell",
                  "sel baris ini mengisi " + std::to_string(span) + " kolom, tabel punya " +
                      std::to_string(context.columns) + " kolom");
            return std::nullopt;
        }
        return r;
    }

public:
    doc::TextStyle root_style(const TemplateNode& root) {
        doc::TextStyle base;  // serif 11 pt, left
        return style(root, base);
    }
};

program::Program Compiler::compile_root(const TemplateNode& root) {
    check_attributes(root);
    program::Program p;
    p.file = file_;
    p.landscape = choice<bool>(root, "orientation", false, {{"portrait", false}, {"landscape", true}}).value_or(false);
    const doc::PageSetup defaults;
    p.margin_top = length(root, "margin-top", defaults.margin_top, 300).value_or(defaults.margin_top);
    p.margin_right = length(root, "margin-right", defaults.margin_right, 300).value_or(defaults.margin_right);
    p.margin_bottom = length(root, "margin-bottom", defaults.margin_bottom, 300).value_or(defaults.margin_bottom);
    p.margin_left = length(root, "margin-left", defaults.margin_left, 300).value_or(defaults.margin_left);
    const doc::TextStyle base = root_style(root);
    p.footer = attribute(root, "footer") ? text(trim(*attribute(root, "footer")), root.line, false)
                                         : Text{{Piece{defaults.footer, std::nullopt}}};
    p.footer_style = defaults.footer_style;
    p.footer_style.family = base.family;
    p.title = text_attr(root, "title", false).value_or(Text{});
    p.author = text_attr(root, "author", false).value_or(Text{});
    p.subject = text_attr(root, "subject", false).value_or(Text{});
    p.keywords = text_attr(root, "keywords", false).value_or(Text{});
    p.body = blocks(root, base);
    p.record_fields.assign(record_fields_.begin(), record_fields_.end());
    return p;
}

}  // namespace

std::optional<Template> Template::compile(const TemplateNode& root, const std::string& file,
                                          const Schema& schema, Diagnostics& diags) {
    const std::size_t before = diags.size();
    Compiler compiler(file, schema, diags);
    auto program = std::make_shared<program::Program>(compiler.compile_root(root));
    if (diags.size() != before) return std::nullopt;
    return Template(std::move(program));
}

std::optional<Template> Template::load(std::string_view bytes, const std::string& file,
                                       const Schema& schema, Diagnostics& diags) {
    const auto root = read_template_xml(bytes, file, "template", diags);
    if (!root) return std::nullopt;
    return compile(*root, file, schema, diags);
}

Template::Template(std::shared_ptr<const program::Program> program) : program_(std::move(program)) {}

const std::string& Template::file() const { return program_->file; }

bool Template::reads_field(int index) const {
    return std::binary_search(program_->record_fields.begin(), program_->record_fields.end(), index);
}

}  // namespace kinerja::compose
