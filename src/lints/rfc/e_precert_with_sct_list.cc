// RFC 6962 3.3: SCTs are embedded in the final certificate; a
// precertificate (one carrying the CT poison extension, 3.1) is what gets
// logged to obtain them and must not itself carry the SCT list extension.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_precert_with_sct_list",
    .description = "A precertificate must not contain the embedded SCT list extension.",
    .citation = "RFC 6962 §3.3",
    .source = Source::kRfc6962,
    .effective = dates::kRFC6962Date,
};

class PrecertWithSctList final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kCtPoison);
  }
  Result Execute(const x509::Certificate& c) const override {
    if (c.HasExtension(oid::kCtSctList))
      return Error("Precertificates must not contain the SignedCertificateTimestampList extension");
    return Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, PrecertWithSctList);
}  // namespace cair::lints
