#include "cli/cert_type_option.h"

#include <iostream>

#include "lints/util/br_declared_type.h"

namespace cair::cli {

namespace br = lints::br_profile;

void AddCertTypeOption(CLI::App* cmd, std::string* type) {
  std::string help =
      "Declare what the certificates are, for the BR profiles a certificate alone cannot be told\n"
      "by (pkilint's --type). Same as the config key [cair] certificate_type. Accepted values:\n";
  for (const br::DeclaredTypeInfo& t : br::DeclaredTypes()) help += "  " + std::string(t.name) + ": " + t.help + "\n";
  help +=
      "A cross type makes the cross-certificate lints (e_br_cross_ca_*, w_br_cross_ca_*, BRs 7.1.2.2)\n"
      "apply to every CA certificate of the run, in place of the subordinate CA EKU/extension lints.\n"
      "Example: cair lint --cert-type cross-external --summary cross.pem";
  cmd->add_option("--cert-type", *type, help)->type_name("TYPE");
}

bool ApplyCertType(const std::string& type, const char* command, lint::Config* config) {
  if (type.empty()) return true;
  if (!br::ParseDeclaredType(type)) {
    std::cerr << command << ": --cert-type: unknown certificate type \"" << type << "\" (one of "
              << br::DeclaredTypeList() << ")\n";
    return false;
  }
  config->SetString(br::kDeclaredTypeSection, br::kDeclaredTypeKey, type);
  return true;
}

}  // namespace cair::cli
