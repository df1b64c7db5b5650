// File: cli/monitor_probe_flags.h
// What `cair monitor ocsp` and `cair monitor run` share: reading the issuer
// certificate and input files, and the probe choices (--method, --hash).
#ifndef CAIR_CLI_MONITOR_PROBE_FLAGS_H_
#define CAIR_CLI_MONITOR_PROBE_FLAGS_H_

#include <optional>
#include <string>
#include <vector>

#include "monitor/ocsp_probe.h"

#include "base/files.h"

namespace cair::cli {

using base::ReadWholeFile;  // the whole file (base/files.h)
// The first certificate in a PEM/DER file, as DER; prints the error and sets
// *exit_code (3) when there is none.
std::optional<std::string> ReadIssuerCertificate(const std::string& flag, const std::string& path, int* exit_code);
// "post"/"get"/"both" and "sha1"/"sha256"/"both" into `opt`; prints the error
// and sets *exit_code (2) on an unknown value.
bool ParseProbeChoices(const std::vector<std::string>& methods, const std::vector<std::string>& hashes,
                       monitor::OcspProbeOptions* opt, int* exit_code);

}  // namespace cair::cli

#endif  // CAIR_CLI_MONITOR_PROBE_FLAGS_H_
