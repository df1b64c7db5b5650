// BRs 7.1.2.7.7 (Subscriber Certificate Authority Information Access): an id-
// ad-ocsp accessLocation is an HTTP URL of the issuing CA's OCSP responder; no
// other scheme is allowed.
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
    .name = "e_aia_ocsp_must_have_http_only",
    .description = "Every OCSP responder URL in a subscriber certificate's AIA must use the http scheme.",
    .citation = "BRs: 7.1.2.7.7",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kSC62EffectiveDate,
    .requires_facts = lint::fact::kNotCa | lint::fact::kAuthorityInfoAccess,
};

class AiaOcspHttpOnly final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::HasAiaUrl(c, oid::kAdOcsp) && util::cert::IsSubscriberCert(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    lint::Result r = lint::Pass();
    util::zcrypto::ForEachAiaUrl(c, oid::kAdOcsp, [&](std::string_view url) {
      util::uri::ParsedUri u;
      if (!util::uri::ParseUri(url, &u)) {
        r = lint::Error("Could not parse OCSP URL in AIA.");
      } else if (u.scheme != "http") {
        r = lint::Error("Found scheme " + u.scheme + " in OCSP URL of AIA, which is not allowed.");
      }
      return r.status == lint::Status::kPass;
    });
    return r;
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, AiaOcspHttpOnly);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
