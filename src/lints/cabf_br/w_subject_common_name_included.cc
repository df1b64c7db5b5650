// BRs 7.1.2.7.1 (subscriber certificate profile, SC62): subject commonName
// is NOT RECOMMENDED.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/subject/attributes.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_subject_common_name_included",
    .description = "Subscriber certificates should not carry a subject commonName.",
    .citation = "BRs: 7.1.2.7.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kSC62EffectiveDate,
    .peers = "pkilint:cabf.serverauth.dv.common_name_attribute_present;pkilint:cabf.serverauth.ov.common_name_attribute_present;pkilint:cabf.serverauth.iv.common_name_attribute_present;pkilint:cabf.ev_guidelines.common_name_attribute_present",
    .requires_facts = lint::fact::kNotCa,
};

class SubjectCommonNameIncludedSc62 final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return util::cert::IsSubscriberCert(c); }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::subject::LastZcryptoStringEmpty(c.subject, oid::kCommonName) ? lint::Pass() : lint::Warn();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectCommonNameIncludedSc62);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
