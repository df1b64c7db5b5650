// CS BRs 7.1.2.3(e): a code signing certificate has a critical keyUsage
// extension asserting digitalSignature, never keyCertSign or cRLSign, and
// preferably nothing else.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/cs/policies.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_cs_key_usage_required",
    .description = "A code signing certificate needs a critical keyUsage with digitalSignature, without keyCertSign or cRLSign, and should assert nothing else.",
    .citation = "CS BRs: 7.1.2.3e",
    .source = lint::Source::kCabfCsBr,
    .effective = lint::dates::kCABF_CS_BRs_1_2_Date,
    .requires_facts = lint::fact::kNonBrPolicy | lint::fact::kNotCa | lint::fact::kCertificatePolicies,
};

class CsKeyUsageRequired final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cs::IsCodeSigning(c) && util::cert::IsSubscriberCert(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const x509::Extension* ku = util::zcrypto::LastExtension(c, oid::kKeyUsage);
    if (ku == nullptr) return lint::Error("the keyUsage extension is missing");
    if (!ku->critical) return lint::Error("the keyUsage extension is not marked critical");
    const uint32_t bits = util::zcrypto::KeyUsage(c);
    if (!util::zcrypto::HasKeyUsage(bits, x509::kDigitalSignature))
      return lint::Error("keyUsage does not assert digitalSignature");
    if (util::zcrypto::HasKeyUsage(bits, x509::kKeyCertSign) || util::zcrypto::HasKeyUsage(bits, x509::kCrlSign))
      return lint::Error("keyUsage asserts keyCertSign or cRLSign");
    if ((bits & ~(1u << x509::kDigitalSignature)) != 0)
      return lint::Warn("keyUsage asserts bits other than digitalSignature");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CsKeyUsageRequired);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
