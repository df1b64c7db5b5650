// S/MIME BRs 7.1.2.3 (a): an id-qt-cps qualifier's value SHALL be an HTTP or
// HTTPS URL for the Issuing CA's policy documents.
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime_br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_smime_cps_uri_not_http",
    .description = "Every CPS URI qualifier of an S/MIME subscriber certificate must be an http or https URL.",
    .citation = "S/MIME BRs: 7.1.2.3",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.cps_uri_is_not_http",
    .requires_facts = lint::fact::kNotCa | lint::fact::kCertificatePolicies,
};

class SmimeCpsUriNotHttp final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return smime_br::SubscriberProfile(c).has_value() && c.policies.present;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const auto& pi : c.policies.policies)
      for (const auto& q : pi.qualifiers) {
        if (!(q.id == oid::kQtCps) || !q.has_qualifier) continue;
        const std::string uri(q.qualifier.value.AsStringView());
        const std::string scheme = smime_br::UriScheme(uri);
        if (scheme != "http" && scheme != "https") return lint::Error("CPS URI \"" + uri + "\" is not an HTTP(S) URL");
      }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeCpsUriNotHttp);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
