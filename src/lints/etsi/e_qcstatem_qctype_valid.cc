// ETSI EN 319 412-5 V2.2.1 clause 4.2.3: QcType ::= SEQUENCE OF OBJECT IDENTIFIER
// (id-etsi-qct-esign, id-etsi-qct-eseal, id-etsi-qct-web); the list is not empty.
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
    .name = "e_qcstatem_qctype_valid",
    .description = "The QcType statement must list at least one type, and only esign, eseal or web.",
    .citation = "ETSI EN 319 412-5 v2.2.1: 4.2.3",
    .source = lint::Source::kEtsiEsi,
    .effective = lint::dates::kEtsiEn319_412_5_V2_2_1_Date,
    .ineffective = lint::dates::kEtsiEn319_411_2_V2_5_0_Date,
    .requires_facts = lint::fact::kQcStatements,
};

class QcTypeValid final : public families::QcTypeCheck {
  void Check(const std::vector<der::Input>& types, std::string* details) const override {
    if (types.empty()) Add(details, "the QcType list is empty");
    for (der::Input t : types)
      if (!IsKnown(t)) Add(details, "unknown ETSI QcType OID " + util::etsi::QcOidText(t));
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, QcTypeValid);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
