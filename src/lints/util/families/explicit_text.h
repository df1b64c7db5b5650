// File: the walk over certificatePolicies explicitText values shared by the
// `*_ext_cert_policy_explicit_text_*` lints (RFC 5280 4.2.1.4): they differ
// only in the rule each explicitText must meet.
#ifndef CAIR_LINTS_UTIL_FAMILIES_EXPLICIT_TEXT_H_
#define CAIR_LINTS_UTIL_FAMILIES_EXPLICIT_TEXT_H_

#include <optional>

#include "lint/lint.h"
#include "lints/util/zcrypto/extensions.h"

namespace cair::lints::families {

// ExplicitTextCheck applies when some policy of the (last) certificatePolicies
// extension carries a userNotice explicitText; the verdict is the first one
// `Check` returns over the explicitTexts in order, else Pass.
class ExplicitTextCheck : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::PoliciesOf(c).HasExplicitText();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const auto& p : util::zcrypto::PoliciesOf(c).policies)
      for (const auto& t : p.explicit_texts)
        if (std::optional<lint::Result> r = Check(t)) return *std::move(r);
    return lint::Pass();
  }

 protected:
  virtual std::optional<lint::Result> Check(const util::zcrypto::ExplicitText& t) const = 0;
};

}  // namespace cair::lints::families

#endif  // CAIR_LINTS_UTIL_FAMILIES_EXPLICIT_TEXT_H_
