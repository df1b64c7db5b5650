// S/MIME BRs 7.1.2.3 (h): subjectAltName is present in every subscriber
// certificate.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime/policy.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_san_shall_be_present",
    .description = "S/MIME subscriber certificates must carry a subjectAltName extension.",
    .citation = "S/MIME BRs: 7.1.2.3.h",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.san_extension_missing",
    .requires_facts = lint::fact::kCertificatePolicies,
};

class SanShallBePresent final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::IsSubscriber(c) && util::smime::ProfileOf(c).any();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (c.HasExtension(oid::kSubjectAltName)) return lint::Pass();
    return lint::Error("SMIME certificate does not have a subject alternative name extension");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SanShallBePresent);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
