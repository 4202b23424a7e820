// Typing the fields of one input record: each helper reads a field as the user wrote it,
// reports what is wrong with it at the record's place, and returns the typed value.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "load/records.hpp"
#include "load/source.hpp"
#include "model/calendar.hpp"
#include "model/nip.hpp"
#include "model/rational.hpp"

namespace kinerja {

// What a number field accepts. No number of the data folder is negative.
struct NumberRule {
    bool required = true;          // empty is an error; otherwise empty reads as nullopt
    bool group_thousands = false;  // parse_number's group_if_ambiguous ("170.395.000")
    bool nonzero = false;          // a target: 0 is an error
    bool at_most_100 = false;      // a score or a kualitas: over 100 is an error
};

// One word of a closed list (compared ignoring ASCII case) and the value it stands for.
template <class E>
struct Choice {
    std::string_view word;  // as listed in messages
    E value;
};

// "Struktural" -> "struktural" (ASCII letters only).
std::string lower_ascii(std::string_view text);

// The checks of one record. Every problem goes through fail() or refused(), so the record may
// be kept exactly when ok(). Messages are Bahasa Indonesia, quoting the input as written.
class RecordCheck {
public:
    RecordCheck(Diagnostics& diags, SourceLoc at) : diags_(diags), at_(std::move(at)) {}

    const SourceLoc& at() const { return at_; }
    Diagnostics& diags() const { return diags_; }
    bool ok() const { return problems_ == 0; }
    void fail(std::string_view field, std::string message);
    // Leaves the record out without a message: what it refers to is in a file whose own problem
    // was reported (Diagnostics::has_file_problem), and that problem is the cause.
    void fail_silently() { ++problems_; }
    // Reports the fields the reader did not take (load/records.hpp), each at its own place.
    void refused(const RefusedFields& fields);

    // Reports "wajib diisi" when empty; true when the value is there.
    bool required(std::string_view field, const std::string& value);
    // A NIP; parse_nip's message verbatim when it is not one.
    std::optional<Nip> nip(std::string_view field, const std::string& text);
    // A YYYY-MM-DD date; when not `required`, empty reads as nullopt without a problem.
    std::optional<Date> date(std::string_view field, const std::string& text, bool required = true);
    std::optional<Rational> number(std::string_view field, const std::string& text,
                                   NumberRule rule);
    // A whole number >= min ("kapasitas-box", "retensi-aktif").
    std::optional<int> whole(std::string_view field, const std::string& text, int min);

    // One of `options`; "<what> tidak dikenal: "x" (pilih: a, b)" otherwise.
    template <class E>
    std::optional<E> choice(std::string_view field, const std::string& text, std::string_view what,
                            std::initializer_list<Choice<E>> options) {
        if (!required(field, text)) return std::nullopt;
        const std::string word = lower_ascii(text);
        std::vector<std::string_view> words;
        for (const Choice<E>& option : options) {
            if (lower_ascii(option.word) == word) return option.value;
            words.push_back(option.word);
        }
        fail_unknown(field, what, text, words);
        return std::nullopt;
    }

private:
    void fail_unknown(std::string_view field, std::string_view what, const std::string& text,
                      const std::vector<std::string_view>& words);

    Diagnostics& diags_;
    SourceLoc at_;
    std::size_t problems_ = 0;
};

// `text` in double quotes, as messages show the user's input.
std::string quoted(std::string_view text);
// "a, b, c".
std::string joined(const std::vector<std::string_view>& words);

}  // namespace kinerja
