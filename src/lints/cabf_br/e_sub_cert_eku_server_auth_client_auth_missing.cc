// BRs 7.1.2.3 (Subscriber Certificate) before BRs 2.0.0, extKeyUsage: id-kp-
// serverAuth, id-kp-clientAuth or both must be present.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_sub_cert_eku_server_auth_client_auth_missing",
    .description = "An extKeyUsage with named purposes must include serverAuth or clientAuth.",
    .citation = "BRs: 7.1.2.3",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .ineffective = lint::dates::kCABFBRs_2_0_0_Date,
    .requires_facts = lint::fact::kExtKeyUsage,
};

class SubCertEkuServerClientMissing final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::CountEkus(c).known > 0;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const bool ok = util::zcrypto::HasEku(c, oid::kEkuServerAuth) || util::zcrypto::HasEku(c, oid::kEkuClientAuth);
    return ok ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCertEkuServerClientMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
