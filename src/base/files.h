// File: base/files.h
// Whole-file reads.
#ifndef CAIR_BASE_FILES_H_
#define CAIR_BASE_FILES_H_

#include <optional>
#include <string>

#include "base/statusor.h"

namespace cair::base {

// The bytes of the file at `path`. NotFound when it cannot be opened (the
// message names the path and the reason), DataLoss when reading fails.
StatusOr<std::string> ReadFile(const std::string& path);

// The same for callers that word their own errors: the bytes, or nullopt
// with `*error` set to "PATH: cannot open" or "PATH: read error".
std::optional<std::string> ReadWholeFile(const std::string& path, std::string* error);

}  // namespace cair::base

#endif  // CAIR_BASE_FILES_H_
