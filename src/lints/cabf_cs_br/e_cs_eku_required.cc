// CS BRs 7.1.2.3(f): a code signing certificate's extKeyUsage contains
// id-kp-codeSigning and contains neither anyExtendedKeyUsage nor
// id-kp-serverAuth.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_cs_eku_required",
    .description = "A code signing certificate's extKeyUsage must include codeSigning and must not include anyExtendedKeyUsage or serverAuth.",
    .citation = "CS BRs: 7.1.2.3.f",
    .source = lint::Source::kCabfCsBr,
    .effective = lint::dates::kCABF_CS_BRs_1_2_Date,
};

class CsEkuRequired final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubscriberCert(c) || util::cert::IsSubCa(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    bool code_signing = false, prohibited = false;
    // zcrypto's ExtKeyUsage: only the purposes it has a name for.
    util::zcrypto::ForEachEku(c, [&](der::Input p) {
      if (!util::zcrypto::IsKnownEku(p)) return true;
      if (p == oid::kEkuCodeSigning) code_signing = true;
      prohibited = p == oid::kAnyExtendedKeyUsage || p == oid::kEkuServerAuth;
      return !prohibited;
    });
    if (prohibited) return lint::Error("the extKeyUsage includes anyExtendedKeyUsage or serverAuth");
    if (!code_signing) return lint::Error("the extKeyUsage does not include codeSigning");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CsEkuRequired);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
