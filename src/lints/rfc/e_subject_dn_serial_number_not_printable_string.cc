// RFC 5280 Appendix A: X520SerialNumber is PrintableString (SIZE
// (1..ub-serial-number)), so every serialNumber attribute of the subject name
// must be encoded as a PrintableString.
#include <string>

#include "der/parser.h"
#include "lint/registry.h"
#include "lints/util/subject/values.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subject_dn_serial_number_not_printable_string",
    .description = "Every serialNumber attribute in the subject name must be a PrintableString.",
    .citation = "RFC 5280: Appendix A",
    .source = lint::Source::kRfc5280,
    .requires_facts = lint::fact::kSubjectSerialNumber,
};

class SubjectDnSerialNumberNotPrintableString final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    std::string scratch;
    auto v = util::subject::LastGoStringView(c.subject, oid::kSerialNumber, &scratch);
    return v && !v->empty();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (!c.subject.ok) return lint::Fatal("subject is not a well-formed RDNSequence");
    return util::subject::AnyValueTagNumberOtherThan(c.subject, oid::kSerialNumber, der::kPrintableString.number)
               ? lint::Error()
               : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectDnSerialNumberNotPrintableString);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
