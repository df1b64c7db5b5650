// CS BRs 7.1.2.3(a): the authorityInformationAccess of a code signing or
// subordinate CA certificate has to give the HTTP URL where the issuing CA's
// certificate can be fetched (id-ad-caIssuers). As zlint reads it: there is
// at least one caIssuers URL, and every one of them is a well-formed http URL.
#include <string_view>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/uri/parse.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_cs_aia_missing_ca_issuers_http_url",
    .description = "A code signing certificate's AIA must give the issuing CA's certificate location as http caIssuers URLs only.",
    .citation = "CS BRs: 7.1.2.3.a",
    .source = lint::Source::kCabfCsBr,
    .effective = lint::dates::kCABF_CS_BRs_1_2_Date,
};

class CsAiaMissingCaIssuersHttpUrl final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubscriberCert(c) || util::cert::IsSubCa(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (!util::zcrypto::HasAiaUrl(c, oid::kAdCaIssuers))
      return lint::Error("the AIA extension has no caIssuers URL of the issuing CA's certificate");
    lint::Result r = lint::Pass();
    util::zcrypto::ForEachAiaUrl(c, oid::kAdCaIssuers, [&](std::string_view url) {
      util::uri::ParsedUri u;
      if (!util::uri::ParseUri(url, &u)) r = lint::Error("a caIssuers URL in the AIA extension cannot be parsed");
      else if (u.scheme != "http") r = lint::Error("a caIssuers URL in the AIA extension has the scheme '" + u.scheme + "'");
      return r.status == lint::Status::kPass;
    });
    return r;
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CsAiaMissingCaIssuersHttpUrl);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
