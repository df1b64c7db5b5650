// S/MIME BRs 7.1.2.3 (b): cRLDistributionPoints use the http scheme; in the
// legacy profiles at least one HTTP URL is required and other schemes may be
// added. A location that does not parse as a URL is an error. As in zlint, a
// legacy certificate without any distribution point URL fails too.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime/policy.h"
#include "lints/util/uri/parse.h"
#include "lints/util/zcrypto/extensions.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subscribers_crl_distribution_points_are_http",
    .description = "CRL distribution point URLs of S/MIME subscriber certificates must be HTTP: all of them (strict, multipurpose) or at least one (legacy).",
    .citation = "S/MIME BRs: 7.1.2.3.b",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.no_http_crldp_uri;pkilint:cabf.smime.crldp_fullname_prohibited_uri_scheme",
    .requires_facts = lint::fact::kCertificatePolicies,
};

class SubscriberCrlDistributionPointsHttp final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::IsSubscriber(c) && util::smime::ProfileOf(c).any();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    size_t n = 0, http = 0;
    bool bad_url = false;
    util::zcrypto::ForEachCrlUrl(c, [&](std::string_view url) {
      ++n;
      util::uri::ParsedUri u;
      if (!util::uri::ParseUri(url, &u)) {
        bad_url = true;
        return false;
      }
      http += u.scheme == "http";
      return true;
    });
    if (bad_url) return lint::Error("SMIME certificate contains invalid CRL distribution point");
    const auto& p = util::smime::ProfileOf(c);
    if ((p.multipurpose() || p.strict()) && http != n)
      return lint::Error("SMIME certificate contains invalid URI scheme in CRL distribution point");
    if (p.legacy() && http == 0)
      return lint::Error("SMIME certificate contains no HTTP URI schemes as CRL distribution points");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubscriberCrlDistributionPointsHttp);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
