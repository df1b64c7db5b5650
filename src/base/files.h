// File: base/files.h
// Whole-file reads.
#ifndef CAIR_BASE_FILES_H_
#define CAIR_BASE_FILES_H_

#include <string>

#include "base/statusor.h"

namespace cair::base {

// The bytes of the file at `path`. NotFound when it cannot be opened (the
// message names the path and the reason), DataLoss when reading fails.
StatusOr<std::string> ReadFile(const std::string& path);

}  // namespace cair::base

#endif  // CAIR_BASE_FILES_H_
