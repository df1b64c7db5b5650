// ETSI EN 319 412-5 V2.5.0 clause 4.2.3: QcType is now SEQUENCE SIZE (1) OF
// OBJECT IDENTIFIER: exactly one of id-etsi-qct-esign, -eseal or -web.
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
    .name = "e_qcstatem_qctype_oneonly",
    .description = "The QcType statement must list exactly one type, which must be esign, eseal or web.",
    .citation = "ETSI EN 319 412-5 v2.5.0: 4.2.3",
    .source = lint::Source::kEtsiEsi,
    .effective = lint::dates::kEtsiEn319_411_2_V2_5_0_Date,
    .requires_facts = lint::fact::kQcStatements,
};

class QcTypeOneOnly final : public families::QcTypeCheck {
  void Check(const std::vector<der::Input>& types, std::string* details) const override {
    // zlint's messages are kept verbatim: its test suite compares them.
    if (types.empty()) Add(details, "no QcType present, sequence of OIDs is empty");
    if (types.size() > 1) Add(details, "more than one QcType present, sequence must have exactly size 1");
    for (der::Input t : types)
      if (!IsKnown(t)) Add(details, "encountered invalid ETSI QcType OID: " + util::etsi::QcOidText(t));
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, QcTypeOneOnly);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
