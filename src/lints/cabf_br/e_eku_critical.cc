// BRs 7.1.2.7.6 (Subscriber Certificate Extensions): the extKeyUsage extension
// of a subscriber certificate must not be marked critical.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_eku_critical",
    .description = "A subscriber certificate's extKeyUsage extension must not be critical.",
    .citation = "BRs: 7.1.2.7.6",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kSC62EffectiveDate,
    .peers = "pkilint:cabf.serverauth.subscriber.critical_extended_key_usage_extension",
    .requires_facts = lint::fact::kNotCa | lint::fact::kExtKeyUsage,
};

class EkuCritical final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubscriberCert(c) && c.HasExtension(oid::kExtKeyUsage);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::zcrypto::LastExtension(c, oid::kExtKeyUsage)->critical ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EkuCritical);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
