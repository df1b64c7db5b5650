// S/MIME BRs 7.1.2.3 (h): subjectAltName is present in every subscriber
// certificate.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime_policy.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_san_shall_be_present",
    .description = "S/MIME subscriber certificates must carry a subjectAltName extension.",
    .citation = "7.1.2.3.h",
    .source = Source::kCabfSmimeBr,
    .effective = dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.san_extension_missing",
};

class SanShallBePresent final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::SmimeIsSubscriber(c) && util::SmimeProfileOf(c).any();
  }
  Result Execute(const x509::Certificate& c) const override {
    if (c.HasExtension(oid::kSubjectAltName)) return Pass();
    return Error("SMIME certificate does not have a subject alternative name extension");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SanShallBePresent);
}  // namespace cair::lints
