// BRs 7.1.2.10.2 (CA Certificate Naming): the subject of a root or
// subordinate CA certificate MUST include commonName. Certificates under the
// Cross-Certified Subordinate CA profile (7.1.2.2) are exempt; zlint's shared
// CrossSignedCa setting declares the certificate to be one.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/subject/attributes.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ca_common_name_missing",
    .description = "A CA certificate's subject must carry a non-empty commonName.",
    .citation = "BRs: 7.1.2.10.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABV148Date,
    .peers = "pkilint:cabf.serverauth.ca.common_name_attribute_absent;x509lint:No commonName",
    .requires_facts = lint::fact::kCa,
};

class CaCommonNameMissing final : public lint::CertificateLint {
 public:
  std::string Configure(const lint::Config& config) override {
    return util::subject::ReadCrossSignedCa(config, &cross_signed_);
  }
  bool CheckApplies(const x509::Certificate& c) const override { return c.IsCa() && !cross_signed_; }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::subject::LastZcryptoStringEmpty(c.subject, oid::kCommonName) ? lint::Error() : lint::Pass();
  }

 private:
  bool cross_signed_ = false;
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CaCommonNameMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
