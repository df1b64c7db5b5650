// BRs 7.1.2.10.3 (CA Certificate Authority Information Access): the id-ad-ocsp
// and id-ad-caIssuers accessLocations of a CA certificate are HTTP URLs.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ca_aia_non_http_url",
    .description = "Every OCSP and caIssuers URL in a subordinate CA certificate's AIA must begin with http://.",
    .citation = "BRs: 7.1.2.10.3 (CA Certificate Authority Information Access)",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kSC62EffectiveDate,
    .peers = "pkilint:cabf.serverauth.aia_location_uri_not_http",
    .requires_facts = lint::fact::kCa | lint::fact::kAuthorityInfoAccess,
};

class CaAiaNonHttpUrl final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubCa(c) &&
           (util::zcrypto::HasAiaUrl(c, oid::kAdCaIssuers) || util::zcrypto::HasAiaUrl(c, oid::kAdOcsp));
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (!AllHttp(c, oid::kAdCaIssuers))
      return lint::Error("For the 'caIssuers' accessMethod within the AIA extension, accessLocation must contain an HTTP URL");
    if (!AllHttp(c, oid::kAdOcsp))
      return lint::Error("For the 'ocsp' accessMethod within the AIA extension, accessLocation must contain an HTTP URL");
    return lint::Pass();
  }

 private:
  // Every URL of `method` starts with "http://", ignoring ASCII case.
  static bool AllHttp(const x509::Certificate& c, der::Input method) {
    bool ok = true;
    util::zcrypto::ForEachAiaUrl(c, method, [&](std::string_view url) {
      static constexpr std::string_view kPrefix = "http://";
      ok = url.size() >= kPrefix.size();
      for (size_t i = 0; ok && i < kPrefix.size(); ++i) {
        char ch = url[i];
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
        ok = ch == kPrefix[i];
      }
      return ok;
    });
    return ok;
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CaAiaNonHttpUrl);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
