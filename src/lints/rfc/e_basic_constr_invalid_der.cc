// RFC 5280 4.1 / X.690 11.5 (DER): the data to be signed is DER-encoded, and
// DER forbids encoding a component whose value equals its DEFAULT. In
// BasicConstraints (RFC 5280 4.2.1.9) cA is BOOLEAN DEFAULT FALSE, so an
// explicitly encoded FALSE is not valid DER.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/reader.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

using util::zcrypto::Tlv;

constexpr lint::Metadata kMetadata{
    .name = "e_basic_constr_invalid_der",
    .description = "The cA field of basicConstraints must be omitted, not encoded, when it is FALSE (DER).",
    .citation = "RFC 3280: 4.1",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .peers = "certlint:BasicConstraints is not encoded using DER",
    .requires_facts = lint::fact::kBasicConstraints,
};

class BasicConstrInvalidDer final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kBasicConstraints);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const x509::Extension* e = util::zcrypto::LastExtension(c, oid::kBasicConstraints);
    // The value must decode as a SEQUENCE whose first element, whatever it
    // is, is the cA candidate; a second element, when an INTEGER, must be a
    // valid one.
    Tlv seq;
    size_t off = 0;
    if (!util::zcrypto::ReadTlv(e->value, &off, &seq) || seq.truncated || seq.cls != 0 ||
        seq.tag != 16 || !seq.compound)
      return lint::Fatal("cannot decode the basicConstraints extension");
    size_t pos = 0;
    Tlv first;
    bool has_first = false;
    if (pos < seq.value.size()) {
      if (!util::zcrypto::ReadTlv(seq.value, &pos, &first) || first.truncated)
        return lint::Fatal("cannot decode the basicConstraints extension");
      has_first = true;
    }
    if (pos < seq.value.size()) {
      Tlv second;
      size_t next = pos;
      if (!util::zcrypto::ReadTlv(seq.value, &next, &second))
        return lint::Fatal("cannot decode the basicConstraints extension");
      if (second.cls == 0 && second.tag == 2 && !second.compound &&
          (second.truncated || !util::zcrypto::Int64(second.value)))
        return lint::Fatal("cannot decode the basicConstraints extension");
    }
    if (has_first && first.tag == 1 && !first.value.empty() && first.value[0] == 0x00)
      return lint::Error("basicConstraints encodes cA = FALSE; DER requires a DEFAULT value to be omitted");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, BasicConstrInvalidDer);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
