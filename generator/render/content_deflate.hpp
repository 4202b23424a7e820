#pragma once
// The page contents of a document deflated as libharu deflates a stream when it saves a PDF.

#include <string>
#include <string_view>
#include <vector>

namespace kinerja::render {

// Each of `contents` deflated as libharu 2.3.0 does it (HPDF_Stream_WriteToStreamWithDeflate:
// zlib's default level, fed 4,096 bytes at a time): the same bytes. Contents that begin alike,
// as the copies of a document do (they differ only in their last lines), are deflated once
// for the beginning they share with one of the next eight, in whole pieces of 4,096 bytes, and
// each goes on from a copy of the compressor's state there. An empty content stays empty, as
// libharu leaves it. Throws std::runtime_error when zlib fails.
std::vector<std::string> deflate_contents(const std::vector<std::string_view>& contents);

}  // namespace kinerja::render
