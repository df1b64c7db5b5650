// RFC 5280 Appendix A: X520SerialNumber is a PrintableString of SIZE
// (1..ub-serial-number), ub-serial-number being 64. As zlint does, the value
// checked is the last serialNumber whose value is a string type.
#include <string>

#include "lint/registry.h"
#include "lints/util/subject/values.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subject_dn_serial_number_max_length",
    .description = "The subject serialNumber attribute must not be longer than 64 characters.",
    .citation = "RFC 5280: Appendix A",
    .source = lint::Source::kRfc5280,
    .requires_facts = lint::fact::kSubjectSerialNumber,
};

class SubjectDnSerialNumberMaxLength final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    std::string scratch;
    auto v = util::subject::LastGoStringView(c.subject, oid::kSerialNumber, &scratch);
    return v && !v->empty();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    std::string scratch;
    auto v = util::subject::LastGoStringView(c.subject, oid::kSerialNumber, &scratch);
    return v && util::subject::GoRuneCountAbove(*v, 64) ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectDnSerialNumberMaxLength);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
