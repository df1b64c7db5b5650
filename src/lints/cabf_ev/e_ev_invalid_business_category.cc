// EVGs 7.1.4.2.3: businessCategory holds one of "Private Organization",
// "Government Entity", "Business Entity" or "Non-Commercial Entity".
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/dns/domains.h"
#include "lints/util/subject/values.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ev_invalid_business_category",
    .description = "An EV subscriber certificate's businessCategory must be one of the four categories the EV Guidelines define.",
    .citation = "EVGs: 7.1.4.2.3",
    .source = lint::Source::kCabfEv,
    .effective = lint::dates::kZeroDate,
    .peers = "pkilint:cabf.ev_guidelines.invalid_business_category",
    .requires_facts = lint::fact::kNonBrPolicy | lint::fact::kNotCa | lint::fact::kCertificatePolicies,
};

class EvInvalidBusinessCategory final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::dns::IsEvCert(c) && util::cert::IsSubscriberCert(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    // The first businessCategory attribute decides; a value that is not a
    // string type cannot equal any of the categories.
    const x509::Attribute* a = c.subject.First(oid::kBusinessCategory);
    if (a == nullptr) return lint::NA();  // absence is e_ev_business_category_missing's concern
    if (util::subject::IsGoStringValue(*a)) {
      std::string scratch;
      const std::string_view v = util::subject::GoStringValue(*a, &scratch);
      if (v == "Private Organization" || v == "Government Entity" || v == "Business Entity" ||
          v == "Non-Commercial Entity")
        return lint::Pass();
    }
    return lint::Error("businessCategory is not one of the EV Guidelines categories");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EvInvalidBusinessCategory);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
