// RFC 6962 3.3: SCTs are embedded in the final certificate; a
// precertificate (one carrying the CT poison extension, 3.1) is what gets
// logged to obtain them and must not itself carry the SCT list extension.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_precert_with_sct_list",
    .description = "A precertificate must not contain the embedded SCT list extension.",
    .citation = "RFC 6962: 3.3",
    .source = lint::Source::kRfc6962,
    .effective = lint::dates::kRFC6962Date,
    .requires_facts = lint::fact::kCtPoison,
};

class PrecertWithSctList final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kCtPoison);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (c.HasExtension(oid::kCtSctList))
      return lint::Error("Precertificates must not contain the SignedCertificateTimestampList extension");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, PrecertWithSctList);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
