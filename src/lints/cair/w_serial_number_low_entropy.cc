// BRs 7.1 (Ballot 164, effective 2016-09-30): serial numbers are
// non-sequential, greater than zero, and contain at least 64 bits of output
// from a CSPRNG. A serial whose magnitude is shorter than 8 octets cannot
// hold 64 random bits plus structure, and a counter-like value shows none
// (PKIoverheid 2017; the 2019 EJBCA 63-bit wave needs corpus statistics and
// is checked by the scanner, not here). A random 64-bit value occasionally
// encodes in 7 octets, so this is a warning.
#include "lint/effective_dates.h"
#include "lint/registry.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_serial_number_low_entropy",
    .description = "A serial number shorter than 8 octets cannot carry the 64 bits of CSPRNG output the BRs require.",
    .citation = "BRs: 7.1 (Ballot 164)",
    .source = lint::Source::kCair,
    .effective = lint::dates::kCABFBallot164Date,
    .peers = "certlint:Serial numbers for certificates using weaker hashes should have at least 64 bits of entropy;certlint:Serial numbers should have at least 20 bits of entropy",
};

class SerialNumberLowEntropy final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return !c.serial.empty() && !der::IsNegativeInteger(c.serial);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    der::Input m = c.serial;
    while (m.size() > 1 && m[0] == 0) m = m.sub(1);
    if (m.size() >= 8) return lint::Pass();
    return lint::Warn("serial number has " + std::to_string(m.size()) + " significant octet(s); 64 random bits need 8");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SerialNumberLowEntropy);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
