// File: cli/lint_stream.h
// `cair lint --stream`: a line filter for Hadoop streaming, Spark's
// RDD.pipe() and shell pipelines. Each input line is one object (base64 DER,
// or a JSON object whose "der" field is base64 DER, optionally with an "id"
// that is echoed); each yields exactly one JSON line, in input order, flushed
// at once:
//   {"line":N,"id":...,"sha256":"...","kind":"certificate","results":{lint:{"result","details"?}}}
//   {"line":N,"id":...,"error":"why this line could not be linted"}
// Bad lines are data, not failures: the stream goes on and the exit code
// stays 0 (Hadoop and Spark fail the whole task on a non-zero exit), unless
// --fail-on is reached (1) or an input file cannot be opened (3).
#ifndef CAIR_CLI_LINT_STREAM_H_
#define CAIR_CLI_LINT_STREAM_H_

#include <optional>
#include <string>
#include <vector>

#include "lint/config.h"
#include "lint/lint.h"
#include "lint/registry.h"

namespace cair::cli {

int RunLintStream(const std::vector<std::string>& files, const lint::Filter& filter, const lint::Config& config,
                  std::optional<lint::Status> fail_on);

}  // namespace cair::cli

#endif  // CAIR_CLI_LINT_STREAM_H_
