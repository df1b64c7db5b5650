// S/MIME BRs 7.1.2.3 (l): the Legal Entity Identifier extension
// (1.3.6.1.4.1.52266.1) is not allowed in mailbox- or individual-validated
// certificates and, in organization- and sponsor-validated ones, is not
// critical; the LEI role extension (1.3.6.1.4.1.52266.2) is only for
// sponsor-validated certificates, and not critical there.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime/policy.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_legal_entity_identifier",
    .description = "The LEI extensions are barred from mailbox- and individual-validated S/MIME certificates and must not be critical elsewhere; OV certificates carry no LEI role.",
    .citation = "S/MIME BRs: 7.1.2.3.l",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.lei_extension_prohibited;pkilint:cabf.smime.lei_role_extension_prohibited;pkilint:cabf.smime.lei_extension_critical;pkilint:cabf.smime.lei_role_extension_critical",
    .requires_facts = lint::fact::kCertificatePolicies,
};

class LegalEntityIdentifier final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::IsSubscriber(c) && util::smime::ProfileOf(c).any();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const x509::Extension* lei = c.FindExtension(oid::kLegalEntityIdentifier);
    const x509::Extension* role = c.FindExtension(oid::kLegalEntityIdentifierRole);
    const auto& p = util::smime::ProfileOf(c);
    if (p.mailbox() || p.individual()) {
      if (lei) return lint::Error("Legal Entity Identifier extension present");
    } else if (p.organization()) {
      if (lei && lei->critical) return lint::Error("Legal Entity Identifier extension present and critical");
      if (role) return lint::Error("Legal Entity Identifier Role extension present");
    } else if (p.sponsor()) {
      if (lei && lei->critical) return lint::Error("Legal Entity Identifier extension present and critical");
      if (role && role->critical) return lint::Error("Legal Entity Identifier Role extension present and critical");
    } else {
      return lint::Error("Unknown validation type");
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, LegalEntityIdentifier);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
