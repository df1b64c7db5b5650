// RFC 5280 Appendix B (ASN.1 notes): PrintableString only has the letters
// A-Z and a-z, the digits 0-9, space and the ten characters ' ( ) + , - . / : = ?
// Every PrintableString value in the subject must stay within that alphabet
// (and, per its SIZE (1..) constraints, not be empty).
#include "der/parser.h"
#include "der/strings.h"
#include "der/values.h"
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/subject/values.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subject_printable_string_badalpha",
    .description = "PrintableString values in the subject must use only the PrintableString alphabet.",
    .citation = "RFC 5280: Appendix B. ASN.1 Notes",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
};

class SubjectPrintableStringBadAlpha final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return !c.subject.full.empty(); }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (!c.subject.ok) return lint::Fatal("Failed to Unmarshal RawSubject into RawRDNSequence");
    for (const auto& a : c.subject.attributes) {
      // Tag number alone, whatever the class, as zlint reads it.
      if (a.value_tag.number != der::kPrintableString.number) continue;
      if (a.value.empty() || !util::subject::IsPrintableStringValue(a.value))
        return lint::Error("RawSubject attr oid " + der::OidToString(a.oid) +
                     " encoded PrintableString contained illegal characters");
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectPrintableStringBadAlpha);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
