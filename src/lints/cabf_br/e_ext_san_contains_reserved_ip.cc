// CA/B Forum BRs 7.1.4.2.1: certificates expiring after 1 November 2015 must
// not contain a Reserved IP Address (IANA special-purpose or unallocated
// space, or not a global unicast address) as a subjectAltName iPAddress.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/ip.h"
#include "lints/util/dns/names.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_san_contains_reserved_ip",
    .description = "subjectAltName iPAddress entries must not be IANA reserved addresses.",
    .citation = "BRs: 7.1.4.2.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
};

// BRs 7.1.4.2.1: the ban applies to certificates expiring after this date.
constexpr int64_t kNoReservedIp = lint::Date(2015, 11, 1);
constexpr uint32_t kTagIpAddress = 7;

class SanReservedIp final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.not_after.unix > kNoReservedIp;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    util::dns::AltNameView san(c, oid::kSubjectAltName);
    for (const auto& g : san.names().names) {
      if (g.tag.number != kTagIpAddress) continue;
      if (g.value.size() != 4 && g.value.size() != 16) continue;  // zcrypto rejects these
      if (util::dns::IsIanaReserved(util::dns::GoIp::FromBytes(g.value))) return lint::Error();
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SanReservedIp);
}  // namespace cair::lints
