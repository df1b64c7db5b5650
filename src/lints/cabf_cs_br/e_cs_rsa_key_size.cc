// CS BRs 6.1.5.2: an RSA key in a code signing certificate has a modulus of
// at least 3072 bits.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/cs/policies.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_cs_rsa_key_size",
    .description = "An RSA key in a code signing certificate must have a modulus of at least 3072 bits.",
    .citation = "CS BRs: 6.1.5.2",
    .source = lint::Source::kCabfCsBr,
    .effective = lint::dates::kCABF_CS_BRs_1_2_Date,
    .requires_facts = lint::fact::kNonBrPolicy | lint::fact::kNotCa | lint::fact::kCertificatePolicies,
};

class CsRsaKeySize final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cs::IsCodeSigning(c) && util::cert::IsSubscriberCert(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const util::zcrypto::RsaKey key = util::zcrypto::ParsedRsaKey(c);
    if (!key.ok) return lint::NA();  // not an RSA key zcrypto could read
    if (util::zcrypto::BitLength(key.n) < 3072) return lint::Error("the RSA modulus is shorter than 3072 bits");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CsRsaKeySize);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
