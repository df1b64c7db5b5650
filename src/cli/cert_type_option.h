// File: cli/cert_type_option.h
// --cert-type TYPE, shared by `cair lint` and `cair scan`: the certificate
// type the run declares (lints/util/br_declared_type.h), for the profiles a
// certificate alone cannot be told by — the cross-certificates of BRs
// 7.1.2.2, which pkilint checks only under its --type. It becomes the lint
// configuration's [cair] certificate_type, overriding --config's.
#ifndef CAIR_CLI_CERT_TYPE_OPTION_H_
#define CAIR_CLI_CERT_TYPE_OPTION_H_

#include <string>

#include <CLI/CLI.hpp>

#include "lint/config.h"

namespace cair::cli {

void AddCertTypeOption(CLI::App* cmd, std::string* type);
// Checks `type` and hands it to the lints through `config`. Prints
// "<command>: --cert-type ..." naming the accepted values and returns false
// for an unknown type. An empty `type` (the option not given) does nothing.
bool ApplyCertType(const std::string& type, const char* command, lint::Config* config);

}  // namespace cair::cli

#endif  // CAIR_CLI_CERT_TYPE_OPTION_H_
