// CS BRs 7.1.2.3(a): where the CA runs OCSP, the responder URLs listed in
// the authorityInformationAccess (id-ad-ocsp) have to be http URLs (zlint:
// each one parses as a URL and its scheme is http, in any case).
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
    .name = "e_cs_aia_ocsp_not_http",
    .description = "Every OCSP responder URL in a code signing certificate's AIA must be a well-formed http URL.",
    .citation = "CS BRs: 7.1.2.3.a",
    .source = lint::Source::kCabfCsBr,
    .effective = lint::dates::kCABF_CS_BRs_1_2_Date,
};

class CsAiaOcspNotHttp final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    if (!util::cert::IsSubscriberCert(c) && !util::cert::IsSubCa(c)) return false;
    return util::zcrypto::HasAiaUrl(c, oid::kAdOcsp);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    lint::Result r = lint::Pass();
    util::zcrypto::ForEachAiaUrl(c, oid::kAdOcsp, [&](std::string_view url) {
      util::uri::ParsedUri u;
      if (!util::uri::ParseUri(url, &u)) r = lint::Error("an OCSP URL in the AIA extension cannot be parsed");
      else if (u.scheme != "http") r = lint::Error("an OCSP URL in the AIA extension has the scheme '" + u.scheme + "'");
      return r.status == lint::Status::kPass;
    });
    return r;
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CsAiaOcspNotHttp);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
