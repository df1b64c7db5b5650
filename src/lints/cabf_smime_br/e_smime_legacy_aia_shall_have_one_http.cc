// S/MIME BRs 7.1.2.3 (c), legacy profiles: when id-ad-ocsp or id-ad-caIssuers
// locations are given, at least one of each kind uses the http scheme (others
// such as LDAP may accompany it). A location that does not parse as a URL is
// an error.
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
    .name = "e_smime_legacy_aia_shall_have_one_http",
    .description = "In legacy S/MIME subscriber certificates, the OCSP and caIssuers locations of the AIA must each include an HTTP URL when present.",
    .citation = "S/MIME BRs: 7.1.2.3c",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.aia_ocsp_has_no_http_uri;pkilint:cabf.aia_ca_issuers_has_no_http_uri",
    .requires_facts = lint::fact::kAuthorityInfoAccess | lint::fact::kCertificatePolicies,
};

class SmimeLegacyAiaHasOneHttp final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::IsSubscriber(c) && c.HasExtension(oid::kAuthorityInfoAccess) &&
           util::smime::ProfileOf(c).legacy();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    struct Kind {
      der::Input method;
      const char* missing;
    };
    static const Kind kKinds[] = {
        {oid::kAdOcsp, "at least one id-ad-ocsp accessMethod MUST have the URI scheme HTTP"},
        {oid::kAdCaIssuers, "at least one id-ad-caIssuers accessMethod MUST have the URI scheme HTTP"},
    };
    for (const Kind& k : kKinds) {
      bool bad_url = false, http = false;
      size_t n = 0;
      util::zcrypto::ForEachAiaUrl(c, k.method, [&](std::string_view url) {
        ++n;
        util::uri::ParsedUri u;
        if (!util::uri::ParseUri(url, &u)) {
          bad_url = true;
          return false;
        }
        http = http || u.scheme == "http";
        return true;
      });
      if (bad_url) return lint::Error();
      if (n != 0 && !http) return lint::Error(k.missing);
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeLegacyAiaHasOneHttp);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
