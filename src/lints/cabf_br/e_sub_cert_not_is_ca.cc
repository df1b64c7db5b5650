// BRs 7.1.2.3 (Subscriber Certificate basicConstraints): the cA field MUST NOT
// be true. A certificate whose keyUsage lacks keyCertSign is treated as a
// subscriber certificate.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_sub_cert_not_is_ca",
    .description = "A certificate whose keyUsage does not allow certificate signing must not set basicConstraints cA.",
    .citation = "BRs: 7.1.2.3",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .requires_facts = lint::fact::kBasicConstraints | lint::fact::kKeyUsage,
};

class SubCertNotIsCa final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kKeyUsage) &&
           !util::zcrypto::HasKeyUsage(util::zcrypto::KeyUsage(c), x509::kKeyCertSign) &&
           c.HasExtension(oid::kBasicConstraints);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const x509::Extension* bc = util::zcrypto::LastExtension(c, oid::kBasicConstraints);
    auto ca = util::zcrypto::BasicConstraintsCa(bc->value);
    if (!ca) return lint::Fatal("basicConstraints could not be decoded");
    return *ca ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCertNotIsCa);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
