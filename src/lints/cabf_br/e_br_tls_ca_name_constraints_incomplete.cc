// BRs 7.1.2.5.2 (Technically Constrained TLS Subordinate CA Name Constraints):
// the nameConstraints of a technically constrained TLS CA constrain every name
// form a TLS certificate can carry: permittedSubtrees holds at least one
// directoryName, and dNSName, IPv4 and IPv6 iPAddress are each either
// permitted (a subtree of that form in permittedSubtrees) or wholly excluded
// (excludedSubtrees holds an empty dNSName, 0.0.0.0/0, ::0/0).
#include "lint/registry.h"
#include "lints/util/br_declared_type.h"
#include "lints/util/br_profile.h"
#include "x509/extensions.h"
#include "x509/general_name.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_tls_ca_name_constraints_incomplete",
    .description = "A technically constrained TLS CA's nameConstraints must constrain directoryName, dNSName, IPv4 and IPv6 names.",
    .citation = "BRs: 7.1.2.5.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    // Not every certificate of this profile is serverAuth-capable; the
    // profile applies to it all the same (pkilint's TLS validator checks it).
    .override_framework_filter = true,
    .peers = "pkilint:cabf.serverauth.ca.incomplete_name_constraints",
    .requires_facts = lint::fact::kCa | lint::fact::kNameConstraints,
};

class TlsCaNameConstraintsIncomplete final : public br_profile::DeclaredTypeLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return !cross() && c.name_constraints.present && br_profile::Detect(c) == br_profile::Type::kConstrainedTlsCa;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const x509::NameConstraints& nc = c.name_constraints;
    if (!nc.has_permitted) return lint::Error("permittedSubtrees absent");
    bool dir = false, dns = false, v4 = false, v6 = false;
    for (const x509::GeneralSubtree& s : nc.permitted) {
      switch (s.base.type) {
        case x509::GeneralNameType::kDirectoryName: dir = true; break;
        case x509::GeneralNameType::kDnsName: dns = true; break;
        case x509::GeneralNameType::kIpAddress: (s.base.value.size() == 8 ? v4 : v6) = true; break;
        default: break;
      }
    }
    if (!dir) return lint::Error("permittedSubtrees holds no directoryName");
    for (const x509::GeneralSubtree& s : nc.excluded) {
      if (s.base.type == x509::GeneralNameType::kDnsName && s.base.value.empty()) dns = true;
      if (s.base.type == x509::GeneralNameType::kIpAddress && AllZero(s.base.value))
        (s.base.value.size() == 8 ? v4 : v6) = true;
    }
    if (!dns) return lint::Error("dNSName neither permitted nor wholly excluded");
    if (!v4) return lint::Error("IPv4 addresses neither permitted nor wholly excluded");
    if (!v6) return lint::Error("IPv6 addresses neither permitted nor wholly excluded");
    return lint::Pass();
  }

 private:
  static bool AllZero(der::Input v) {
    for (size_t i = 0; i < v.size(); ++i)
      if (v[i] != 0) return false;
    return true;
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, TlsCaNameConstraintsIncomplete);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
