// X.690 11.1 (DER BOOLEAN): "If the encoding represents the boolean value
// TRUE, its single contents octet shall have all eight bits set to one."
// BER allows any non-zero octet; DER does not.
#include "lint/effective_dates.h"
#include "lint/registry.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_der_boolean_not_canonical",
    .description = "Every BOOLEAN in the certificate must be encoded as 00 or FF.",
    .citation = "X.690: 11.1; RFC 5280: 4.1",
    .source = lint::Source::kCair,
    .effective = lint::dates::kRFC2459Date,
};

class DerBooleanNotCanonical final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    size_t bad = c.Encoding().non_canonical_booleans;
    if (!bad) return lint::Pass();
    return lint::Error(std::to_string(bad) + " BOOLEAN(s) encoded with a value other than 00/FF");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DerBooleanNotCanonical);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
