// Mozilla Root Store Policy 5.3: intermediate certificates issued from
// 2019 must have an EKU extension, must not assert anyExtendedKeyUsage, and
// must not assert both serverAuth and emailProtection. Cross-certificates
// sharing a root's key are exempt but cannot be told apart here, so the
// finding is a notice.
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/mozilla/encodings.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "n_mp_allowed_eku",
    .description = "A subordinate CA certificate should list extended key usages, without anyExtendedKeyUsage and without both serverAuth and emailProtection.",
    .citation = "MRSP: 5.3",
    .source = lint::Source::kMozilla,
    .effective = lint::Date(2019, 1, 1),
    .requires_facts = lint::fact::kCa,
};

class MpAllowedEku final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return util::cert::IsSubCa(c); }
  lint::Result Execute(const x509::Certificate& c) const override {
    // Only purposes zcrypto has a name for count: unknown OIDs alone are
    // "no EKU" to zlint.
    bool known = false, any = false, server = false, email = false;
    util::zcrypto::ForEachEku(c, [&](der::Input p) {
      if (!util::zcrypto::IsKnownEku(p)) return;
      known = true;
      any |= p == oid::kAnyExtendedKeyUsage;
      server |= p == oid::kEkuServerAuth;
      email |= p == oid::kEkuEmailProtection;
    });
    return !known || any || (server && email) ? lint::Info() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, MpAllowedEku);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
