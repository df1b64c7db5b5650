// BRs 7.1.2.10.7 (CA Certificate Key Usage), for roots and subordinate CAs:
// keyCertSign and cRLSign MUST be set, digitalSignature MAY (it MUST when the
// key signs OCSP responses); every other bit MUST NOT be set.
#include <string>
#include <utility>

#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/extensions.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_ca_key_usage_prohibited",
    .description = "A CA certificate's keyUsage must not assert bits other than keyCertSign, cRLSign and digitalSignature.",
    .citation = "BRs: 7.1.2.10.7",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    // Not every certificate of this profile is serverAuth-capable; the
    // profile applies to it all the same (pkilint's TLS validator checks it).
    .override_framework_filter = true,
    .peers = "pkilint:cabf.ca_certificate_prohibited_ku_present",
    .requires_facts = lint::fact::kKeyUsage,
};

class CaKeyUsageProhibited final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    if (!c.key_usage.present) return false;
    return br_profile::IsCa(br_profile::Detect(c));
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    std::string prohibited;
    for (int bit = x509::kDigitalSignature; bit <= x509::kDecipherOnly; ++bit) {
      if (bit == x509::kDigitalSignature || bit == x509::kKeyCertSign || bit == x509::kCrlSign) continue;
      if (!c.key_usage.Has(static_cast<x509::KeyUsageBit>(bit))) continue;
      prohibited += prohibited.empty() ? "prohibited bit(s): " : ", ";
      prohibited += br_profile::KeyUsageBitName(bit);
    }
    return prohibited.empty() ? lint::Pass() : lint::Error(std::move(prohibited));
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CaKeyUsageProhibited);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
