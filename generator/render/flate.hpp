// zlib compression for the streams kinerja writes itself (page contents, font programs):
// /FlateDecode, ISO 32000-1 7.4.4.
#pragma once

#include <string>
#include <string_view>

namespace kinerja::render {

// `data` as a zlib stream, at zlib's level 1 (docs/RENDER.md: at this size of data the level
// changes the output by a few per cent and the time by much more). One compressor per thread,
// reset between calls. Throws std::runtime_error when zlib fails.
std::string flate(std::string_view data);

}  // namespace kinerja::render
