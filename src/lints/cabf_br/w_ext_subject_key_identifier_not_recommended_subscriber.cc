// BRs 7.1.2.7.6 (subscriber certificate extensions, SC62): the
// subjectKeyIdentifier extension is NOT RECOMMENDED in subscriber
// certificates (RFC 5280 4.2.1.2 suggests it; the BR profile discourages it).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_ext_subject_key_identifier_not_recommended_subscriber",
    .description = "Subscriber certificates should not include the subjectKeyIdentifier extension.",
    .citation = "BRs v2: 7.1.2.7.6",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kSC62EffectiveDate,
    .requires_facts = lint::fact::kNotCa,
};

class SubjectKeyIdNotRecommendedSubscriber final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return util::cert::IsSubscriberCert(c); }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kSubjectKeyIdentifier) ? lint::Warn() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectKeyIdNotRecommendedSubscriber);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
