// File: the check shared by the RFC 5280 4.2.1.5 lints on the pairs of a
// policyMappings extension: they differ only in what they find wrong with
// the pairs.
#ifndef CAIR_LINTS_UTIL_FAMILIES_POLICY_MAPPINGS_H_
#define CAIR_LINTS_UTIL_FAMILIES_POLICY_MAPPINGS_H_

#include <utility>
#include <vector>

#include "der/input.h"
#include "lint/lint.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints::families {

// PolicyMappingsCheck applies when zcrypto finds a policyMappings extension;
// mappings zlint's parser gives up on are Fatal; otherwise `Check` judges the
// (issuerDomainPolicy, subjectDomainPolicy) pairs.
class PolicyMappingsCheck : public lint::CertificateLint {
 public:
  using Pairs = std::vector<std::pair<der::Input, der::Input>>;
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::LastExtension(c, oid::kPolicyMappings) != nullptr;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    auto pairs = util::zcrypto::PolicyMappingPairs(*util::zcrypto::LastExtension(c, oid::kPolicyMappings));
    if (!pairs) return lint::Fatal("malformed policyMappings");
    return Check(c, *pairs);
  }

 protected:
  virtual lint::Result Check(const x509::Certificate& c, const Pairs& pairs) const = 0;
};

}  // namespace cair::lints::families

#endif  // CAIR_LINTS_UTIL_FAMILIES_POLICY_MAPPINGS_H_
