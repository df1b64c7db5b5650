// S/MIME BRs 7.1.2.3 (c), strict and multipurpose profiles: every id-ad-ocsp
// and id-ad-caIssuers location uses the http scheme; other schemes are not
// allowed.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime/policy.h"
#include "lints/util/uri/parse.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_smime_strict_aia_shall_have_http_only",
    .description = "In strict and multipurpose S/MIME certificates every OCSP and caIssuers location of the AIA must be an HTTP URL.",
    .citation = "S/MIME BRs: 7.1.2.3c",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
};

class SmimeStrictAiaHttpOnly final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    const auto& p = util::smime::ProfileOf(c);
    return c.HasExtension(oid::kAuthorityInfoAccess) && util::zcrypto::IsSubscriber(c) &&
           (p.strict() || p.multipurpose());
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    bool ok = true;
    auto http_only = [&](std::string_view url) {
      util::uri::ParsedUri u;
      ok = util::uri::ParseUri(url, &u) && u.scheme == "http";
      return ok;
    };
    util::zcrypto::ForEachAiaUrl(c, oid::kAdOcsp, http_only);
    if (ok) util::zcrypto::ForEachAiaUrl(c, oid::kAdCaIssuers, http_only);
    return ok ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeStrictAiaHttpOnly);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
