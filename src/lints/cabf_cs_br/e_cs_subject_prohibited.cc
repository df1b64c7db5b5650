// CS BRs 7.1.4.2.3: domainComponent is a prohibited subject attribute in a
// code signing certificate.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/subject/attributes.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_cs_subject_prohibited",
    .description = "A code signing certificate's subject must not contain domainComponent.",
    .citation = "CS BRs: 7.1.4.2.3.c",
    .source = lint::Source::kCabfCsBr,
    .effective = lint::dates::kCABF_CS_BRs_1_2_Date,
    .requires_facts = lint::fact::kNotCa,
};

class CsSubjectProhibited final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return util::cert::IsSubscriberCert(c); }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (util::subject::HasZcryptoString(c.subject, oid::kDomainComponent))
      return lint::Error("the subject contains domainComponent");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CsSubjectProhibited);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
