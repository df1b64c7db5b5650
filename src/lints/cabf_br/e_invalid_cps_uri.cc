// BRs 7.1.2 (the certificatePolicies rows of the certificate profiles, e.g.
// 7.1.2.7.9 and 7.1.2.10.5): a CPS URI policy qualifier, when present, must be
// an HTTP or HTTPS URL.
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
    .name = "e_invalid_cps_uri",
    .description = "Every CPS URI policy qualifier must be a parseable URL with the http or https scheme.",
    .citation = "BRs: 7.1.2 (several subsections thereof)",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABFBRs_2_0_0_Date,
    .requires_facts = lint::fact::kCertificatePolicies,
};

class InvalidCpsUri final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kCertificatePolicies);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const x509::PolicyInformation& p : util::zcrypto::Policies(c).policies) {
      for (const x509::PolicyQualifier& q : p.qualifiers) {
        if (q.id != oid::kQtCps || !q.has_qualifier) continue;
        util::uri::ParsedUri u;
        if (!util::uri::ParseUri(q.qualifier.value.AsStringView(), &u) ||
            (u.scheme != "http" && u.scheme != "https"))
          return lint::Error();
      }
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, InvalidCpsUri);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
