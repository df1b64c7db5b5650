// Mozilla Root Store Policy 5.1.1: an RSASSA-PSS signature algorithm must be
// encoded exactly as one of the three listed AlgorithmIdentifiers (SHA-256,
// SHA-384 or SHA-512 with MGF1 over the same hash and a salt as long as the
// hash).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/mozilla/encodings.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_mp_rsassa-pss_parameters_encoding_in_signature_algorithm_correct",
    .description = "An RSASSA-PSS signature AlgorithmIdentifier must be byte-for-byte one of the encodings the Mozilla policy lists.",
    .citation = "MRSP: 5.1.1",
    .source = lint::Source::kMozilla,
    .effective = lint::dates::kMozillaPolicy27Date,
    .requires_facts = lint::fact::kRsaPssSignature,
};

class MpRsassaPssParametersEncoding final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.tbs_signature.oid == oid::kRsaPss;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const der::Input aid = c.tbs_signature.full;
    if (aid.empty()) return lint::Error("cannot read the TBSCertificate signature field");
    if (util::mozilla::IsAllowedPssAlgorithm(aid)) return lint::Pass();
    return lint::Error("RSASSA-PSS AlgorithmIdentifier is none of the " +
                 std::to_string(util::mozilla::kAllowedPssEncodings) + " allowed encodings: " +
                 der::HexLower(aid));
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, MpRsassaPssParametersEncoding);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
