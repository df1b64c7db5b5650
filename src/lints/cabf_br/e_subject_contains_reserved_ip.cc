// CA/B Forum BRs 7.1.4.2.1: certificates expiring after 1 November 2015 must
// not contain a Reserved IP Address (IANA special-purpose or unallocated
// space, or not a global unicast address) in the subject commonName.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/domains.h"
#include "lints/util/dns/ip.h"

namespace cair::lints {
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subject_contains_reserved_ip",
    .description = "The subject commonName must not be an IANA reserved IP address.",
    .citation = "BRs: 7.1.4.2.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
};

// BRs 7.1.4.2.1: the ban applies to certificates expiring after this date.
constexpr int64_t kNoReservedIp = lint::Date(2015, 11, 1);

class SubjectReservedIp final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.not_after.unix > kNoReservedIp;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const util::dns::CommonName& cn = util::dns::CommonNameOf(c);
    if (!cn.is_ip) return lint::Pass();
    const auto ip = util::dns::GoParseIp(cn.cn);
    return ip && util::dns::IsIanaReserved(*ip) ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectReservedIp);
}  // namespace cair::lints
