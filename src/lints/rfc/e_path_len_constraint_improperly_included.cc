// RFC 5280 4.2.1.9: CAs MUST NOT include the pathLenConstraint field unless
// the cA boolean is asserted and the key usage extension asserts the
// keyCertSign bit.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/keys.h"
#include "lints/util/zcrypto/reader.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_path_len_constraint_improperly_included",
    .description = "pathLenConstraint may only be present when cA is asserted and keyUsage asserts keyCertSign.",
    .citation = "RFC 5280: 4.2.1.9",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC3280Date,
    .peers = "x509lint:Basic Constraints with pathlen but key usage without cert sign",
    .requires_facts = lint::fact::kBasicConstraints,
};

class PathLenConstraintImproperlyIncluded final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kBasicConstraints);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    // The last basicConstraints value: an element of any tag whose contents
    // are an optional BOOLEAN followed by anything. Whatever follows the
    // BOOLEAN is taken to be a pathLenConstraint.
    const x509::Extension* e = util::zcrypto::LastExtension(c, oid::kBasicConstraints);
    util::zcrypto::Tlv outer, field;
    size_t off = 0;
    if (!util::zcrypto::ReadTlv(e->value, &off, &outer) || outer.truncated)
      return lint::Fatal("cannot decode the basicConstraints extension");
    if (outer.value.empty()) return lint::Pass();
    size_t pos = 0;
    if (!util::zcrypto::ReadTlv(outer.value, &pos, &field))
      return lint::Fatal("cannot decode the basicConstraints extension");
    if (field.cls == 0 && field.tag == 1 && !field.compound) {
      if (field.truncated || !util::zcrypto::Bool(field.value))
        return lint::Fatal("cannot decode the basicConstraints extension");
    } else {
      pos = 0;
    }
    if (pos == outer.value.size()) return lint::Pass();
    const bool has_ku = c.HasExtension(oid::kKeyUsage);
    const bool cert_sign = util::zcrypto::HasKeyUsage(util::zcrypto::KeyUsage(c), x509::kKeyCertSign);
    if (!util::zcrypto::BasicConstraintsOf(c).is_ca || !has_ku || !cert_sign)
      return lint::Error("pathLenConstraint is present but cA is not asserted or keyUsage lacks keyCertSign");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, PathLenConstraintImproperlyIncluded);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
