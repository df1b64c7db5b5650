// CA/B Forum BRs 1.6.2, 7.1.4.2.1: from 10 December 2018 to 1 April 2019,
// certificates with an underscore in a dNSName had to be valid for less than
// 30 days. zlint applies the check to subscriber certificates whose notAfter
// is at least 30 days after notBefore.
#include <optional>
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/domains.h"
#include "lints/util/families/dns_names.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_underscore_present_with_too_long_validity",
    .description = "Between BRs 1.6.2 and the 2019 sunset, certificates with underscores in dNSNames must be valid for less than 30 days.",
    .citation = "BRs: 7.1.4.2.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABFBRs_1_6_2_Date,
    .ineffective = lint::dates::kCABFBRs_1_6_2_UnderscorePermissibilitySunsetDate,
    .requires_facts = lint::fact::kNotCa,
};

constexpr int64_t kDay = 86400;

class UnderscorePresentWithTooLongValidity final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::dns::SubscriberWithDnsNames(c) && c.not_before.unix + 30 * kDay <= c.not_after.unix;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const std::optional<std::string_view> bad = families::FirstSanDnsNameWithUnderscore(c);
    if (!bad) return lint::Pass();
    // Go's time.Duration saturates at about 292 years.
    constexpr int64_t kMaxSeconds = INT64_MAX / 1000000000;
    int64_t seconds = c.not_after.unix - c.not_before.unix;
    if (seconds > kMaxSeconds) seconds = kMaxSeconds;
    return lint::Error("The DNSName '" + std::string(*bad) +
                 "' contains an underscore character which is only permissible if the "
                 "certiticate is valid for less than 30 days (this certificate is valid for " +
                 std::to_string(seconds / kDay) + " days)");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, UnderscorePresentWithTooLongValidity);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
