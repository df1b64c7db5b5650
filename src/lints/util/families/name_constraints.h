// File: the nameConstraints check shared by the `w_name_constraint_on_*`
// lints (RFC 5280 4.2.1.10: CAs should not constrain some name forms).
#ifndef CAIR_LINTS_UTIL_FAMILIES_NAME_CONSTRAINTS_H_
#define CAIR_LINTS_UTIL_FAMILIES_NAME_CONSTRAINTS_H_

#include <cstdint>

#include "lint/lint.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints::families {

// NameConstraintOnForm warns when any nameConstraints extension (permitted or
// excluded subtrees, every copy of the extension) constrains the GeneralName
// form with context tag `kTag` (3 x400Address, 5 ediPartyName, 8
// registeredID). It applies when the certificate has a nameConstraints
// extension.
template <uint32_t kTag>
class NameConstraintOnForm : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::LastExtension(c, oid::kNameConstraints) != nullptr;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    bool found = false;
    util::zcrypto::ForEachNameSubtree(c, [&](bool, const x509::GeneralSubtree& s) {
      if (s.base.tag.number == kTag) found = true;
    });
    return found ? lint::Warn() : lint::Pass();
  }
};

}  // namespace cair::lints::families

#endif  // CAIR_LINTS_UTIL_FAMILIES_NAME_CONSTRAINTS_H_
