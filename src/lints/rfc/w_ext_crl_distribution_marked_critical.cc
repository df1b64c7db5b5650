// RFC 5280 4.2.1.13 CRL Distribution Points: the extension SHOULD be non-
// critical.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_ext_crl_distribution_marked_critical",
    .description = "A cRLDistributionPoints extension should not be marked critical.",
    .citation = "RFC 5280: 4.2.1.13",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .requires_facts = lint::fact::kCrlDistributionPoints,
};

class ExtCrlDistributionMarkedCritical final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::LastExtension(c, oid::kCrlDistributionPoints) != nullptr;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const x509::Extension* e = util::zcrypto::LastExtension(c, oid::kCrlDistributionPoints);
    return e->critical ? lint::Warn() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ExtCrlDistributionMarkedCritical);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
