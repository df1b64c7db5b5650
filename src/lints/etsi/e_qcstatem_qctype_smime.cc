// ETSI EN 319 412-5 V2.2.1 clause 4.2.3: a certificate for electronic signatures
// or seals declares id-etsi-qct-esign or id-etsi-qct-eseal in its QcType statement.
#include <string>
#include <vector>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/etsi/qc_statements.h"
#include "lints/util/families/qc_type.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_qcstatem_qctype_smime",
    .description = "An S/MIME certificate's QcType statement must include the esign or eseal type.",
    .citation = "ETSI EN 319 412-5 v2.2.1: 4.2.3",
    .source = lint::Source::kEtsiEsi,
    .effective = lint::dates::kEtsiEn319_412_5_V2_2_1_Date,
    .requires_facts = lint::fact::kQcStatements,
};

class QcTypeSmime final : public families::QcTypeCheck {
  bool Applies(const x509::Certificate& c) const override { return util::etsi::HasSmimeBrPolicy(c); }
  void Check(const std::vector<der::Input>& types, std::string* details) const override {
    if (types.empty()) Add(details, "the QcType list is empty");
    if (!Contains(types, util::etsi::kQctEsign) && !Contains(types, util::etsi::kQctEseal))
      Add(details, "the QcType statement declares neither the esign nor the eseal type");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, QcTypeSmime);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
