#include "model/regime2022.hpp"

#include <stdexcept>

#include "model/ascii.hpp"

namespace kinerja {

namespace {

// `text` lower-cased with runs of blanks collapsed to one space and the ends trimmed.
std::string collapse(std::string_view text) {
    std::string out;
    bool blank = false;
    for (char c : text) {
        if (ascii::is_space(c)) {
            blank = !out.empty();
            continue;
        }
        if (blank) out += ' ';
        blank = false;
        out += ascii::lower(c);
    }
    return out;
}

// `text` lower-cased with every blank, '-', '_' and '/' taken out: the key ratings, codes and
// names are matched by.
std::string squeeze(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (ascii::is_space(c) || c == '-' || c == '_' || c == '/') continue;
        out += ascii::lower(c);
    }
    return out;
}

template <typename E, std::size_t N>
std::string_view text_of(const std::array<std::string_view, N>& names, E value) {
    const auto i = static_cast<std::size_t>(value);
    if (i >= N) throw std::out_of_range("regime2022: enum value out of range");
    return names[i];
}

// The value whose name (or alias) has the same key as `text` under `key`.
template <typename E, std::size_t N, typename Key>
std::optional<E> find_by(const std::array<std::pair<std::string_view, E>, N>& table,
                         std::string_view text, Key key) {
    const std::string wanted = key(text);
    for (const auto& [name, value] : table) {
        if (key(name) == wanted) return value;
    }
    return std::nullopt;
}

constexpr std::array<std::string_view, 2> kRegulasi{"pp46-2011", "permenpanrb-6-2022"};
constexpr std::array<std::string_view, kRatingCount> kRating{
    "Di Bawah Ekspektasi", "Sesuai Ekspektasi", "Di Atas Ekspektasi"};
constexpr std::array<std::string_view, kPredikatCount> kPredikat{
    "Sangat Kurang", "Kurang/Misconduct", "Butuh Perbaikan", "Baik", "Sangat Baik"};
constexpr std::array<std::string_view, kCapaianCount> kCapaian{
    "Istimewa", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang"};
constexpr std::array<std::string_view, 3> kJenis{"bulanan", "triwulanan", "tahunan"};
constexpr std::array<std::string_view, kNilaiDasarCount> kKode{
    "berorientasi_pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"};
constexpr std::array<std::string_view, kNilaiDasarCount> kNamaNilai{
    "Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif", "Kolaboratif"};
constexpr std::array<std::string_view, 4> kAspek{"Kuantitas", "Kualitas", "Waktu", "Biaya"};
constexpr std::array<std::string_view, 4> kRomawi{"I", "II", "III", "IV"};

template <typename E, std::size_t N>
constexpr std::array<std::pair<std::string_view, E>, N> table_of(const std::array<std::string_view, N>& names) {
    std::array<std::pair<std::string_view, E>, N> table{};
    for (std::size_t i = 0; i < N; ++i) table[i] = {names[i], static_cast<E>(i)};
    return table;
}

}  // namespace

std::string_view regulasi_text(Regulasi r) { return text_of(kRegulasi, r); }
std::optional<Regulasi> parse_regulasi(std::string_view text) {
    return find_by(table_of<Regulasi>(kRegulasi), text, collapse);
}

std::string_view rating_text(Rating r) { return text_of(kRating, r); }
std::optional<Rating> parse_rating(std::string_view text) {
    std::string key = squeeze(text);
    constexpr std::string_view kTail = "ekspektasi";
    if (key.size() > kTail.size() && key.ends_with(kTail)) key.resize(key.size() - kTail.size());
    static constexpr std::array<std::pair<std::string_view, Rating>, 5> kTable{{
        {"dibawah", Rating::di_bawah}, {"bawah", Rating::di_bawah}, {"sesuai", Rating::sesuai},
        {"diatas", Rating::di_atas}, {"atas", Rating::di_atas}}};
    for (const auto& [name, value] : kTable) {
        if (name == key) return value;
    }
    return std::nullopt;
}

std::string_view predikat_text(Predikat p) { return text_of(kPredikat, p); }
std::optional<Predikat> parse_predikat(std::string_view text) {
    static constexpr std::array<std::pair<std::string_view, Predikat>, 7> kTable{{
        {"Sangat Kurang", Predikat::sangat_kurang}, {"Kurang/Misconduct", Predikat::kurang_misconduct},
        {"Kurang", Predikat::kurang_misconduct}, {"Misconduct", Predikat::kurang_misconduct},
        {"Butuh Perbaikan", Predikat::butuh_perbaikan}, {"Baik", Predikat::baik},
        {"Sangat Baik", Predikat::sangat_baik}}};
    return find_by(kTable, text, squeeze);
}

std::string_view capaian_text(CapaianOrganisasi c) { return text_of(kCapaian, c); }
std::optional<CapaianOrganisasi> parse_capaian(std::string_view text) {
    if (collapse(text) == "cukup") return CapaianOrganisasi::butuh_perbaikan;
    return find_by(table_of<CapaianOrganisasi>(kCapaian), text, collapse);
}

std::string_view jenis_evaluasi_text(JenisEvaluasi j) { return text_of(kJenis, j); }
std::optional<JenisEvaluasi> parse_jenis_evaluasi(std::string_view text) {
    if (collapse(text).empty()) return JenisEvaluasi::bulanan;
    return find_by(table_of<JenisEvaluasi>(kJenis), text, collapse);
}

std::string_view nilai_dasar_kode(NilaiDasar n) { return text_of(kKode, n); }
std::string_view nilai_dasar_nama(NilaiDasar n) { return text_of(kNamaNilai, n); }
std::optional<NilaiDasar> parse_nilai_dasar(std::string_view text) {
    return find_by(table_of<NilaiDasar>(kKode), text, squeeze);  // the names squeeze to the codes
}

std::string_view aspek_text(Aspek a) { return text_of(kAspek, a); }
std::optional<Aspek> parse_aspek(std::string_view text) {
    return find_by(table_of<Aspek>(kAspek), text, collapse);
}

Date PeriodeEvaluasi::first_day() const {
    switch (jenis) {
        case JenisEvaluasi::bulanan: return Date{year, month, 1};
        case JenisEvaluasi::triwulanan: return Date{year, quarter * 3 - 2, 1};
        case JenisEvaluasi::tahunan: return Date{year, 1, 1};
    }
    throw std::logic_error("PeriodeEvaluasi: jenis");
}

Date PeriodeEvaluasi::last_day() const {
    const int last = jenis == JenisEvaluasi::bulanan ? month : jenis == JenisEvaluasi::triwulanan ? quarter * 3 : 12;
    return Date{year, last, days_in_month(year, last)};
}

std::string PeriodeEvaluasi::suffix() const {
    switch (jenis) {
        case JenisEvaluasi::bulanan: return "";
        case JenisEvaluasi::triwulanan: return "-tw" + std::to_string(quarter);
        case JenisEvaluasi::tahunan: return "-akhir";
    }
    throw std::logic_error("PeriodeEvaluasi: jenis");
}

std::string PeriodeEvaluasi::key() const {
    switch (jenis) {
        case JenisEvaluasi::bulanan: return Period{year, month}.iso();
        case JenisEvaluasi::triwulanan: return std::to_string(year) + "-TW" + std::to_string(quarter);
        case JenisEvaluasi::tahunan: return std::to_string(year);
    }
    throw std::logic_error("PeriodeEvaluasi: jenis");
}

std::string PeriodeEvaluasi::nama() const {
    switch (jenis) {
        case JenisEvaluasi::bulanan: return Period{year, month}.bulan_tahun();
        case JenisEvaluasi::triwulanan:
            return "Triwulan " + std::string(kRomawi.at(static_cast<std::size_t>(quarter - 1))) + " " +
                   std::to_string(year);
        case JenisEvaluasi::tahunan: return "Akhir Tahun " + std::to_string(year);
    }
    throw std::logic_error("PeriodeEvaluasi: jenis");
}

std::optional<PeriodeEvaluasi> periode_evaluasi(JenisEvaluasi jenis, const Period& month) {
    switch (jenis) {
        case JenisEvaluasi::bulanan: return PeriodeEvaluasi{jenis, month.year, month.month, 0};
        case JenisEvaluasi::triwulanan:
            if (month.month % 3 != 0) return std::nullopt;
            return PeriodeEvaluasi{jenis, month.year, 0, month.month / 3};
        case JenisEvaluasi::tahunan:
            if (month.month != 12) return std::nullopt;
            return PeriodeEvaluasi{jenis, month.year, 0, 0};
    }
    return std::nullopt;
}

std::optional<PeriodeEvaluasi> parse_periode_evaluasi(std::string_view key) {
    const auto four_digits = [](std::string_view s) {
        return s.size() == 4 && ascii::is_digit(s[0]) && ascii::is_digit(s[1]) && ascii::is_digit(s[2]) &&
               ascii::is_digit(s[3]);
    };
    if (key.size() < 4 || !four_digits(key.substr(0, 4))) return std::nullopt;
    const int year = std::stoi(std::string(key.substr(0, 4)));
    if (year < 1) return std::nullopt;
    const std::string_view rest = key.substr(4);
    if (rest.empty()) return PeriodeEvaluasi{JenisEvaluasi::tahunan, year, 0, 0};
    if (rest.size() == 4 && (rest.substr(0, 3) == "-TW" || rest.substr(0, 3) == "-tw") && rest[3] >= '1' &&
        rest[3] <= '4') {
        return PeriodeEvaluasi{JenisEvaluasi::triwulanan, year, 0, rest[3] - '0'};
    }
    if (const auto month = parse_period(key)) return PeriodeEvaluasi{JenisEvaluasi::bulanan, year, month->month, 0};
    return std::nullopt;
}

Regulasi RegimeSetting::for_period(const Period& month) const {
    if (mulai && month < *mulai) return Regulasi::pp46_2011;
    return regulasi;
}

const CapaianOrganisasiEntry* RegimeSetting::capaian_for(const PeriodeEvaluasi& periode) const {
    for (const CapaianOrganisasiEntry& entry : capaian) {
        if (entry.periode == periode) return &entry;
    }
    return nullptr;
}

const Ekspektasi* Skp2022::ekspektasi_of(NilaiDasar n) const {
    for (const Ekspektasi& e : ekspektasi) {
        if (e.nilai == n) return &e;
    }
    return nullptr;
}

const Skp2022* Data2022::skp_of(const Nip& nip) const {
    const auto it = skp.find(nip.digits);
    return it == skp.end() ? nullptr : &it->second;
}

}  // namespace kinerja
