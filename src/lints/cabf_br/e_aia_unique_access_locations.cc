// BRs 7.1.2.7.7 (Subscriber Certificate Authority Information Access): when
// several AccessDescriptions share an accessMethod, each accessLocation must
// be unique.
#include <optional>
#include <string>
#include <vector>

#include "base/strings.h"
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_aia_unique_access_locations",
    .description = "A subscriber certificate's AIA must not repeat an OCSP or caIssuers URL (compared without regard to case).",
    .citation = "BRs: 7.1.2.7.7",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kSC62EffectiveDate,
    .requires_facts = lint::fact::kNotCa | lint::fact::kAuthorityInfoAccess,
};

class AiaUniqueAccessLocations final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubscriberCert(c) &&
           (util::zcrypto::HasAiaUrl(c, oid::kAdCaIssuers) || util::zcrypto::HasAiaUrl(c, oid::kAdOcsp));
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (auto d = FindDuplicate(c, oid::kAdOcsp))
      return lint::Error("accessLocation with URL " + std::string(*d) + " is found more than once in OCSP URLs");
    if (auto d = FindDuplicate(c, oid::kAdCaIssuers))
      return lint::Error("accessLocation with URL " + std::string(*d) +
                   " is found more than once in caIssuers URLs");
    return lint::Pass();
  }

 private:
  // The first URL of `method` equal (ignoring case) to an earlier one.
  static std::optional<std::string_view> FindDuplicate(const x509::Certificate& c, der::Input method) {
    std::vector<std::string_view> seen;
    std::optional<std::string_view> dup;
    util::zcrypto::ForEachAiaUrl(c, method, [&](std::string_view url) {
      for (std::string_view s : seen)
        if (base::EqualsIgnoringAsciiCase(s, url)) {
          dup = url;
          return false;
        }
      seen.push_back(url);
      return true;
    });
    return dup;
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, AiaUniqueAccessLocations);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
