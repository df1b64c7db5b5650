// BRs 7.1.2.3 (Subscriber Certificate), extKeyUsage: besides serverAuth,
// clientAuth and emailProtection, other values SHOULD NOT be present.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_sub_cert_eku_extra_values",
    .description = "A subscriber certificate's extKeyUsage should hold only serverAuth, clientAuth and emailProtection.",
    .citation = "BRs: 7.1.2.3",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .ineffective = lint::dates::kCABFBRs_2_0_0_Date,
    .peers = "certlint:TLS Server auth certificates should not contain Netscape Server Gated Crypto usage;certlint:TLS Server auth certificates should not contain Microsoft Server Gated Crypto usage;certlint:TLS Server auth certificates should not contain IPSec End System usage;certlint:TLS Server auth certificates should not contain IPSec Tunnel usage;certlint:TLS Server auth certificates should not contain IPSec User usage",
    .requires_facts = lint::fact::kNotCa | lint::fact::kExtKeyUsage,
};

class SubCertEkuExtraValues final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubscriberCert(c) && util::zcrypto::CountEkus(c).known > 0;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    bool extra = false;
    util::zcrypto::ForEachEku(c, [&](der::Input p) {
      extra = util::zcrypto::IsKnownEku(p) && p != oid::kEkuServerAuth && p != oid::kEkuClientAuth &&
              p != oid::kEkuEmailProtection;
      return !extra;
    });
    return extra ? lint::Warn() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCertEkuExtraValues);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
