// BRs 7.1.2.1.4 (Root CA) and 7.1.2.10.4 (other CAs) Basic Constraints: the
// cA field MUST be TRUE. A certificate whose keyUsage asserts keyCertSign is
// treated as a CA certificate.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ca_is_ca",
    .description = "A certificate whose keyUsage allows certificate signing must set basicConstraints cA to TRUE.",
    .citation = "BRs: 7.1.2.1.4, 7.1.2.10.4",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .requires_facts = lint::fact::kBasicConstraints | lint::fact::kKeyUsage,
};

class CaIsCa final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kKeyUsage) &&
           util::zcrypto::HasKeyUsage(util::zcrypto::KeyUsage(c), x509::kKeyCertSign) &&
           c.HasExtension(oid::kBasicConstraints);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const x509::Extension* bc = util::zcrypto::LastExtension(c, oid::kBasicConstraints);
    auto ca = util::zcrypto::BasicConstraintsCa(bc->value);
    if (!ca) return lint::Fatal("basicConstraints could not be decoded");
    return *ca ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CaIsCa);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
