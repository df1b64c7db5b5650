// CS BRs 7.1.4.2.3: domainComponent is a prohibited subject attribute in a
// code signing certificate.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/subject/attributes.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_cs_subject_prohibited",
    .description = "A code signing certificate's subject must not contain domainComponent.",
    .citation = "CABF CS BRs 7.1.4.2.3.c",
    .source = Source::kCabfCsBr,
    .effective = dates::kCABF_CS_BRs_1_2_Date,
};

class CsSubjectProhibited final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return util::cert::IsSubscriberCert(c); }
  Result Execute(const x509::Certificate& c) const override {
    if (util::subject::HasZcryptoString(c.subject, oid::kDomainComponent))
      return Error("the subject contains domainComponent");
    return Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CsSubjectProhibited);
}  // namespace cair::lints
