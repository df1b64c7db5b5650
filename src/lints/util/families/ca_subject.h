// File: the check shared by the BR lints on the attributes a CA
// certificate's subject must carry (BRs 7.1.2.10.2 CA Certificate Naming:
// countryName, organizationName): they differ only in the attribute.
#ifndef CAIR_LINTS_UTIL_FAMILIES_CA_SUBJECT_H_
#define CAIR_LINTS_UTIL_FAMILIES_CA_SUBJECT_H_

#include <string>

#include "der/input.h"
#include "lint/lint.h"
#include "lints/util/subject/attributes.h"

namespace cair::lints::families {

// CaSubjectAttributeCheck applies to CA certificates, unless the shared
// CrossSignedCa setting exempts cross-certified subordinate CAs (BRs
// 7.1.2.2), and is an error when the first `attribute` value zcrypto reads
// as a string is missing or empty (zlint looks at that value only).
class CaSubjectAttributeCheck : public lint::CertificateLint {
 public:
  explicit CaSubjectAttributeCheck(der::Input attribute) : attribute_(attribute) {}
  std::string Configure(const lint::Config& config) override {
    return util::subject::ReadCrossSignedCa(config, &cross_signed_);
  }
  bool CheckApplies(const x509::Certificate& c) const override { return c.IsCa() && !cross_signed_; }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const auto& a : c.subject.attributes)
      if (util::subject::SameOid(a.oid, attribute_) && util::subject::IsZcryptoString(a))
        return util::subject::ZcryptoString(a).empty() ? lint::Error() : lint::Pass();
    return lint::Error();
  }

 private:
  const der::Input attribute_;
  bool cross_signed_ = false;
};

}  // namespace cair::lints::families

#endif  // CAIR_LINTS_UTIL_FAMILIES_CA_SUBJECT_H_
