// RFC 5280 4.2.1.9: where it appears, the pathLenConstraint field MUST be
// greater than or equal to zero.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/reader.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_path_len_constraint_zero_or_less",
    .description = "A pathLenConstraint in basicConstraints must not be negative.",
    .citation = "RFC 5280: 4.2.1.9",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .requires_facts = lint::fact::kBasicConstraints,
};

class PathLenConstraintZeroOrLess final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return util::zcrypto::BasicConstraintsOf(c).valid; }
  lint::Result Execute(const x509::Certificate& c) const override {
    // Decode the last basicConstraints extension: SEQUENCE { BOOLEAN
    // OPTIONAL, INTEGER OPTIONAL, ... }.
    const x509::Extension* e = util::zcrypto::LastExtension(c, oid::kBasicConstraints);
    util::zcrypto::Tlv seq, field;
    size_t off = 0;
    if (!util::zcrypto::ReadTlv(e->value, &off, &seq) || seq.truncated || seq.cls != 0 ||
        seq.tag != 16 || !seq.compound)
      return lint::Fatal("cannot decode the basicConstraints extension");
    size_t pos = 0;
    for (uint32_t tag : {1u, 2u}) {
      if (pos == seq.value.size()) break;
      size_t next = pos;
      if (!util::zcrypto::ReadTlv(seq.value, &next, &field))
        return lint::Fatal("cannot decode the basicConstraints extension");
      if (field.cls != 0 || field.tag != tag || field.compound) continue;
      if (field.truncated) return lint::Fatal("cannot decode the basicConstraints extension");
      pos = next;
      if (tag == 1) {
        if (!util::zcrypto::Bool(field.value)) return lint::Fatal("cannot decode the basicConstraints extension");
      } else {
        const std::optional<int64_t> v = util::zcrypto::Int64(field.value);
        if (!v) return lint::Fatal("cannot decode the basicConstraints extension");
        if (*v < 0) return lint::Error("pathLenConstraint is negative");
      }
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, PathLenConstraintZeroOrLess);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
