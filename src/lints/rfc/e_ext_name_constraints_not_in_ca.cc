// RFC 5280 4.2.1.10 Name Constraints: the extension MUST be used only in a CA
// certificate.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_name_constraints_not_in_ca",
    .description = "A nameConstraints extension may appear only in a CA certificate.",
    .citation = "RFC 5280: 4.2.1.10",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .requires_facts = lint::fact::kNameConstraints,
};

class ExtNameConstraintsNotInCa final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::LastExtension(c, oid::kNameConstraints) != nullptr;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::cert::IsCaCert(c) ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ExtNameConstraintsNotInCa);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
