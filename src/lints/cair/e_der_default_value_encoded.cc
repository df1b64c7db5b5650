// X.690 11.5: "The encoding of a set value or sequence value shall not
// include an encoding for any component value which is equal to its default
// value." In certificates the usual offenders are Extension.critical FALSE,
// BasicConstraints.cA FALSE, an explicit version v1, and
// GeneralSubtree.minimum 0 (RFC 5280 4.1, 4.2.1.9, 4.2.1.10).
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_der_default_value_encoded",
    .description = "A field whose value equals its ASN.1 DEFAULT must be omitted, not encoded.",
    .citation = "X.690: 11.5; RFC 5280: 4.1",
    .source = lint::Source::kCair,
    .effective = lint::dates::kRFC2459Date,
};

class DerDefaultValueEncoded final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    std::string found;
    auto add = [&found](const std::string& what) {
      if (!found.empty()) found += "; ";
      found += what;
    };
    if (c.version_encoded && c.version == 0) add("version v1 encoded");
    for (const auto& e : c.extensions) {
      if (e.critical_encoded && !e.critical) {
        std::string name(oid::Name(e.oid));
        add("critical FALSE encoded in extension " + (name.empty() ? der::OidToString(e.oid) : name));
      }
    }
    if (c.basic_constraints.present && c.basic_constraints.ca_encoded && !c.basic_constraints.ca)
      add("basicConstraints cA FALSE encoded");
    for (const auto* subtrees : {&c.name_constraints.permitted, &c.name_constraints.excluded})
      for (const auto& st : *subtrees)
        if (st.has_minimum && st.minimum == 0) add("nameConstraints minimum 0 encoded");
    return found.empty() ? lint::Pass() : lint::Error(found);
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DerDefaultValueEncoded);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
