#include "batch/regulasi_resource.hpp"

#include <string>

#include "batch/resources.hpp"
#include "load/records_2022.hpp"
#include "model/build_regulasi2022.hpp"

namespace kinerja {

std::optional<Regulasi2022> load_regulasi2022(const FileSource& files, const std::filesystem::path& resources,
                                              Diagnostics& diags) {
    const auto [name, bytes] = template_bytes(files, resources, "regulasi-2022.xml");
    const std::optional<RegulasiRecord> record = read_regulasi_xml(bytes, name, diags);
    if (!record) return std::nullopt;
    return build_regulasi2022(*record, diags);
}

}  // namespace kinerja
