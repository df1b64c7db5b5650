// BRs 7.1.4.2.2 (before SC62): subject:commonName in a subscriber
// certificate is deprecated (discouraged, not prohibited).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/subject/attributes.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "n_subject_common_name_included",
    .description = "Notes that a non-CA certificate still carries the deprecated subject commonName.",
    .citation = "BRs: 7.1.4.2.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .ineffective = lint::dates::kSC62EffectiveDate,
    .peers = "x509lint:Subject has a deprecated CommonName",
    .requires_facts = lint::fact::kNotCa,
};

class SubjectCommonNameIncluded final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return !c.IsCa(); }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::subject::LastZcryptoStringEmpty(c.subject, oid::kCommonName) ? lint::Pass() : lint::Info();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectCommonNameIncluded);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
