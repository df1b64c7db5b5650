// S/MIME BRs 7.1.2.3 (k): qcStatements may be present and is not marked
// critical.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime/policy.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_smime_qc_statements_must_not_be_critical",
    .description = "The qcStatements extension of an S/MIME subscriber certificate must not be critical.",
    .citation = "S/MIME BRs: 7.1.2.3.k",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.qc_statements_extension_critical",
    .requires_facts = lint::fact::kCertificatePolicies | lint::fact::kQcStatements,
};

class SmimeQcStatementsNotCritical final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::IsSubscriber(c) && c.HasExtension(oid::kQcStatements) && util::smime::ProfileOf(c).any();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (c.FindExtension(oid::kQcStatements)->critical) return lint::Error("qc statements extension is marked critical");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeQcStatementsNotCritical);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
