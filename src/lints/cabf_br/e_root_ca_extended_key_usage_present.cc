// BRs 7.1.2.1 (Root CA Certificate): the extKeyUsage extension must not be
// present.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_root_ca_extended_key_usage_present",
    .description = "A root CA certificate must not carry an extKeyUsage extension.",
    .citation = "BRs: 7.1.2.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .peers = "x509lint:CA root certificate with Extended Key Usage;pkilint:cabf.serverauth.root.extended_key_usage_extension_present",
    .requires_facts = lint::fact::kCa | lint::fact::kSelfIssued,
};

class RootCaEkuPresent final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsRootCa(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kExtKeyUsage) ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RootCaEkuPresent);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
