// RFC 5280 4.2.1.4 Certificate Policies: when qualifiers are used with the
// special policy anyPolicy, they MUST be limited to the qualifiers identified
// in that section (CPS pointer and user notice).
#include <vector>
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/reader.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_cert_policy_disallowed_any_policy_qualifier",
    .description = "Qualifiers attached to anyPolicy must be CPS pointers or user notices only.",
    .citation = "RFC 5280: 4.2.1.4",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC3280Date,
    .requires_facts = lint::fact::kCertificatePolicies,
};

class ExtCertPolicyDisallowedAnyPolicyQualifier final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    const auto& view = util::zcrypto::PoliciesOf(c);
    return view.ext != nullptr && view.HasPolicy(oid::kAnyPolicy);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    // The extension is walked element by element with Go's DER rules; a
    // structure zlint's walk cannot follow makes the result fatal, as in zlint.
    der::Input rest;
    auto outer = util::zcrypto::ReadStrict(util::zcrypto::PoliciesOf(c).ext->value, &rest);
    if (!outer || !rest.empty() || outer->tag != der::kSequence)
      return lint::Fatal("certificatePolicies is not a single SEQUENCE");
    struct Info {
      der::Input oid;
      der::Input qualifiers;  // the bytes after policyIdentifier
    };
    std::vector<Info> infos;
    der::Input items = outer->value;
    do {
      auto info = util::zcrypto::ReadStrict(items, &items);
      if (!info || info->tag != der::kSequence) return lint::Fatal("malformed PolicyInformation");
      der::Input after;
      auto id = util::zcrypto::ReadStrict(info->value, &after);
      if (!id || id->tag != der::kOid || !util::zcrypto::OidOk(id->value))
        return lint::Fatal("malformed policyIdentifier");
      infos.push_back({id->value, after});
    } while (!items.empty());
    for (const auto& info : infos) {
      if (info.oid != oid::kAnyPolicy || info.qualifiers.empty()) continue;
      der::Input tail;
      auto seq = util::zcrypto::ReadStrict(info.qualifiers, &tail);
      if (!seq || !tail.empty() || seq->tag != der::kSequence)
        return lint::Fatal("malformed policyQualifiers");
      der::Input quals = seq->value;
      do {
        auto q = util::zcrypto::ReadStrict(quals, &quals);
        if (!q || q->tag != der::kSequence) return lint::Fatal("malformed PolicyQualifierInfo");
        auto qid = util::zcrypto::ReadStrict(q->value);
        if (!qid || qid->tag != der::kOid || !util::zcrypto::OidOk(qid->value))
          return lint::Fatal("malformed policyQualifierId");
        if (qid->value != oid::kQtCps && qid->value != oid::kQtUnotice) return lint::Error();
      } while (!quals.empty());
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ExtCertPolicyDisallowedAnyPolicyQualifier);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
