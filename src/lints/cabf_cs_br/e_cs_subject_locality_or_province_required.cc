// CS BRs 7.1.4.2.3(c), (d): a non-EV code signing certificate's subject has
// a localityName, a stateOrProvinceName, or both.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/cs/policies.h"
#include "lints/util/subject/attributes.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_cs_subject_locality_or_province_required",
    .description = "A non-EV code signing certificate's subject must contain localityName or stateOrProvinceName.",
    .citation = "CS BRs: 7.1.4.2.3.c, 7.1.4.2.3.d",
    .source = lint::Source::kCabfCsBr,
    .effective = lint::dates::kCABF_CS_BRs_1_2_Date,
    .requires_facts = lint::fact::kNotCa,
};

class CsSubjectLocalityOrProvince final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubscriberCert(c) && !util::cs::IsEvCodeSigning(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (util::subject::HasZcryptoString(c.subject, oid::kLocalityName) ||
        util::subject::HasZcryptoString(c.subject, oid::kStateOrProvinceName))
      return lint::Pass();
    return lint::Error("the subject has neither localityName nor stateOrProvinceName");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CsSubjectLocalityOrProvince);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
