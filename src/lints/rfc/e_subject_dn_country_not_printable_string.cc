// RFC 5280 Appendix A: X520countryName is PrintableString (SIZE (2)), so every
// countryName attribute of the subject name must be encoded as a
// PrintableString.
#include "der/parser.h"
#include "lint/registry.h"
#include "lints/util/subject/values.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subject_dn_country_not_printable_string",
    .description = "Every countryName in the subject name must be a PrintableString.",
    .citation = "RFC 5280: Appendix A",
    .source = lint::Source::kRfc5280,
    .requires_facts = lint::fact::kSubjectCountry,
};

class SubjectDnCountryNotPrintableString final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::subject::SubjectHasGoString(c, oid::kCountryName);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (!c.subject.ok) return lint::Fatal("subject is not a well-formed RDNSequence");
    return util::subject::AnyValueTagNumberOtherThan(c.subject, oid::kCountryName, der::kPrintableString.number)
               ? lint::Error()
               : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectDnCountryNotPrintableString);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
