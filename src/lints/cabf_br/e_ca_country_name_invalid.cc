// BRs 7.1.2.10.2 (CA Certificate Naming): countryName in a CA certificate's
// subject holds the two-letter ISO 3166-1 code of the country where the CA's
// place of business is. Cross-certified subordinate CA certificates
// (7.1.2.2) are exempt when the shared CrossSignedCa setting says so.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/subject/attributes.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ca_country_name_invalid",
    .description = "Every countryName in a CA certificate's subject must be an ISO 3166-1 alpha-2 code.",
    .citation = "BRs: 7.1.2.10.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .peers = "certlint:Invalid country in countryName",
    .requires_facts = lint::fact::kCa,
};

class CaCountryNameInvalid final : public lint::CertificateLint {
 public:
  std::string Configure(const lint::Config& config) override {
    return util::subject::ReadCrossSignedCa(config, &cross_signed_);
  }
  bool CheckApplies(const x509::Certificate& c) const override { return c.IsCa() && !cross_signed_; }
  lint::Result Execute(const x509::Certificate& c) const override {
    bool any = false;
    for (const auto& a : c.subject.attributes) {
      if (!util::subject::SameOid(a.oid, oid::kCountryName) || !util::subject::IsZcryptoString(a)) continue;
      any = true;
      if (!util::subject::IsIsoCountryCode(util::subject::ZcryptoString(a))) return lint::Error();
    }
    return any ? lint::Pass() : lint::NA();
  }

 private:
  bool cross_signed_ = false;
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CaCountryNameInvalid);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
