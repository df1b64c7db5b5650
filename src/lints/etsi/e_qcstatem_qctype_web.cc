// ETSI EN 319 412-5 V2.2.1 clause 4.2.3: a certificate for website authentication
// declares the type id-etsi-qct-web in its QcType statement. As in zlint, a
// certificate counts as one for website authentication when its extKeyUsage
// names id-kp-serverAuth.
#include <string>
#include <vector>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/etsi/qc_statements.h"
#include "lints/util/families/qc_type.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_qcstatem_qctype_web",
    .description = "A certificate with the serverAuth key purpose must declare the web type in its QcType statement.",
    .citation = "ETSI EN 319 412-5 v2.2.1: 4.2.3",
    .source = lint::Source::kEtsiEsi,
    .effective = lint::dates::kEtsiEn319_412_5_V2_2_1_Date,
    .requires_facts = lint::fact::kExtKeyUsage | lint::fact::kQcStatements,
};

class QcTypeWeb final : public families::QcTypeCheck {
  bool Applies(const x509::Certificate& c) const override {
    return util::zcrypto::HasEku(c, oid::kEkuServerAuth);
  }
  void Check(const std::vector<der::Input>& types, std::string* details) const override {
    if (types.empty()) Add(details, "the QcType list is empty");
    if (!Contains(types, util::etsi::kQctWeb)) Add(details, "the QcType statement does not declare the web type");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, QcTypeWeb);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
