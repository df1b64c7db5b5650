// BRs 7.1.2.1 (Root CA Certificate): basicConstraints must be critical with cA
// true, and its pathLenConstraint field SHOULD NOT be present.
#include "der/parser.h"
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_root_ca_basic_constraints_path_len_constraint_field_present",
    .description = "A root CA certificate's basicConstraints should not contain a pathLenConstraint.",
    .citation = "BRs: 7.1.2.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .peers = "pkilint:cabf.serverauth.root_basic_constraints_pathlenconstraint_present",
    .requires_facts = lint::fact::kCa | lint::fact::kSelfIssued | lint::fact::kBasicConstraints,
};

class RootCaPathLenPresent final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsRootCa(c) && c.HasExtension(oid::kBasicConstraints);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    // Read the (last) basicConstraints value as zlint does: a SEQUENCE whose
    // first element must be the cA BOOLEAN; anything after it is a
    // pathLenConstraint.
    const x509::Extension* e = util::zcrypto::LastExtension(c, oid::kBasicConstraints);
    auto seq = der::ReadElement(e->value);
    if (!seq) return lint::Fatal("basicConstraints is not a DER element");
    if (seq->value.empty()) return lint::Pass();
    auto first = der::ReadElement(seq->value);
    if (!first || first->tag != der::kBoolean || first->value.size() != 1 ||
        (first->value[0] != 0x00 && first->value[0] != 0xff))
      return lint::Fatal("basicConstraints does not start with a DER BOOLEAN");
    return first->full.size() < seq->value.size() ? lint::Warn() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RootCaPathLenPresent);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
