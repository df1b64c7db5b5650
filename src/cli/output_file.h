// File: cli/output_file.h
// Writing an output file so that a failure (a full disk, a file-size limit,
// a killed process) never leaves a truncated file where a complete one is
// expected (issue 17): the text goes to a temporary file beside the target,
// is synced, and replaces the target by rename. A target that exists and is
// not a regular file (/dev/stdout, a pipe) is written in place, every write
// checked.
#ifndef CAIR_CLI_OUTPUT_FILE_H_
#define CAIR_CLI_OUTPUT_FILE_H_

#include <string>

namespace cair::cli {

// False with `*error` ("PATH: No space left on device") when the text is not
// all written; the target is then as it was.
bool WriteOutputFile(const std::string& path, const std::string& text, std::string* error);

}  // namespace cair::cli

#endif  // CAIR_CLI_OUTPUT_FILE_H_
