// BRs 7.1.2.7.6 (Subscriber Certificate Extensions): basicConstraints MAY be
// present and, when it is, must be marked critical.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/br_ext_zcrypto.h"
#include "lints/util/cert_class.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_sub_cert_basic_constraints_not_critical",
    .description = "A subscriber certificate's basicConstraints extension, when present, must be critical.",
    .citation = "CA/Browser Forum BRs: 7.1.2.7.6",
    .source = Source::kCabfBr,
    .effective = dates::kSC62EffectiveDate,
    .peers = "pkilint:cabf.serverauth.subscriber.non_critical_basic_constraints_extension",
};

class SubCertBasicConstraintsNotCritical final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::IsSubscriberCert(c) && c.HasExtension(oid::kBasicConstraints);
  }
  Result Execute(const x509::Certificate& c) const override {
    if (util::BrExtLastExtension(c, oid::kBasicConstraints)->critical) return Pass();
    return Error("Basic Constraints extension is present (2.5.29.19) and marked as non-critical");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCertBasicConstraintsNotCritical);
}  // namespace cair::lints
