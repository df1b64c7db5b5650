// BRs 7.1.2.10.2 (CA Certificate Naming, BRs 2.0.0 on): organizationalUnitName
// MUST NOT be included in the subject of root CA or TLS subordinate CA
// certificates. The Cross-Certified Subordinate CA profile still allows it
// (NOT RECOMMENDED); the lint's CrossCert setting declares such a
// certificate.
#include "lint/config.h"
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/subject/attributes.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subj_orgunit_in_ca_cert",
    .description = "Root and TLS subordinate CA certificates must not carry organizationalUnitName in the subject unless configured as cross-certificates.",
    .citation = "BRs: 7.1.2.10.2 (CA Certificate Naming)",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABFBRs_2_0_0_Date,
    .requires_facts = lint::fact::kCa,
};

class SubjectOrgUnitInCaCert final : public lint::CertificateLint {
 public:
  std::string Configure(const lint::Config& config) override {
    std::string error;
    auto v = config.GetBool(kMetadata.name, "CrossCert", false, &error);
    if (!v) return error.empty() ? "e_subj_orgunit_in_ca_cert.CrossCert: not a boolean" : error;
    cross_cert_ = *v;
    return "";
  }
  bool CheckApplies(const x509::Certificate& c) const override { return c.IsCa(); }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (!cross_cert_ && util::subject::HasZcryptoString(c.subject, oid::kOrganizationalUnitName))
      return lint::Error("The OU attribute in the Subject is prohibited in Root and TLS CA certificates");
    return lint::Pass();
  }

 private:
  bool cross_cert_ = false;
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectOrgUnitInCaCert);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
