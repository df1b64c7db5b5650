// BRs 7.1.2.11.2 (CRL Distribution Points): each distribution point URI MUST
// use the "http" scheme.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_crl_distrib_points_not_http",
    .description = "Every URI in the cRLDistributionPoints extension must use the http scheme.",
    .citation = "BRs: 7.1.2.11.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABFBRs_2_0_0_Date,
    .peers = "pkilint:cabf.serverauth.crldp_dpname_prohibited_uri_scheme",
    .requires_facts = lint::fact::kCrlDistributionPoints,
};

class CrlDistribPointsNotHttp final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return !util::zcrypto::CrlDistributionUris(c).empty();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (der::Input uri : util::zcrypto::CrlDistributionUris(c))
      if (!uri.AsStringView().starts_with("http:"))
        return lint::Error("Certificate contains a non-HTTP CRL distribution point");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrlDistribPointsNotHttp);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
