// BRs 7.1.2.10.8 (CA Certificate Name Constraints): the permitted and excluded
// subtrees constrain dNSName, iPAddress and directoryName; subtrees of any
// other GeneralName type are NOT RECOMMENDED. Applies to root and subordinate
// CA certificates.
#include <string>

#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_br_name_constraints_discouraged_type",
    .description = "A CA certificate's name constraints should only constrain dNSName, iPAddress and directoryName.",
    .citation = "BRs: 7.1.2.10.8",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.name_constraints_discouraged_name_type",
    .requires_facts = lint::fact::kNameConstraints,
};

bool Discouraged(const x509::GeneralSubtree& s) {
  const x509::GeneralNameType t = s.base.type;
  return t != x509::GeneralNameType::kDnsName && t != x509::GeneralNameType::kIpAddress &&
         t != x509::GeneralNameType::kDirectoryName;
}

class NameConstraintsDiscouragedType final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    const br_profile::Type t = br_profile::Detect(c);
    return c.name_constraints.present && (t == br_profile::Type::kRoot || br_profile::IsSubordinateCa(t));
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    size_t n = 0;
    for (const auto* subtrees : {&c.name_constraints.permitted, &c.name_constraints.excluded})
      for (const x509::GeneralSubtree& s : *subtrees) n += Discouraged(s);
    return n == 0 ? lint::Pass() : lint::Warn(std::to_string(n) + " subtree(s) of another GeneralName type");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, NameConstraintsDiscouragedType);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
