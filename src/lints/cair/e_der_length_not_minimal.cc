// X.690 10.1 (DER length form): "The definite form of length encoding shall
// be used, encoded in the minimum number of octets." RFC 5280 4.1 requires
// certificates to be DER-encoded. Lenient parsers accept a long-form length
// where the short form fits, or leading zero length octets; strict ones (and
// signature checks over re-encoded data) do not.
#include "lint/effective_dates.h"
#include "lint/registry.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_der_length_not_minimal",
    .description = "Every length in the certificate, including inside extension values, must use the fewest octets DER allows.",
    .citation = "X.690: 10.1; RFC 5280: 4.1",
    .source = lint::Source::kCair,
    .effective = lint::dates::kRFC2459Date,
};

class DerLengthNotMinimal final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    const auto& audit = c.Encoding();
    if (!audit.non_minimal_lengths) return lint::Pass();
    return lint::Error(std::to_string(audit.non_minimal_lengths) +
                 " element(s) with a non-minimal length, the first at byte " +
                 std::to_string(audit.first_non_minimal_length));
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DerLengthNotMinimal);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
