// Community rule: a revocationDate earlier than RFC 2459 (January 1999), the
// first CRL profile, is not a real revocation time; it usually betrays an
// unset time field (such as Go's zero time, year 1).
#include "der/values.h"
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/crl/entries.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_crl_revocation_date_too_early",
    .description = "No revoked certificate's revocationDate may lie before the publication of RFC 2459 (1999-01-01).",
    .citation = "Community: no normative reference",
    .source = lint::Source::kCommunity,
    .type = lint::ObjectType::kCrl,
};

class CrlRevocationDateTooEarly final : public lint::CrlLint {
 public:
  bool CheckApplies(const x509::Crl& c) const override { return !c.revoked.empty(); }
  lint::Result Execute(const x509::Crl& c) const override {
    for (const auto& entry : c.revoked) {
      if (entry.revocation_date.unix >= lint::dates::kRFC2459Date) continue;
      return lint::Error(std::string("Revoked certificate with serial number ") + util::crl::IntegerHex(entry.serial) +
                   " has a revocation time (" + der::FormatRfc3339(entry.revocation_date.unix) +
                   ") that is before RFC 2459");
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrlRevocationDateTooEarly);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
