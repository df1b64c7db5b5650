// CA/B Forum BRs 7.1.4.2.1: certificates expiring after 1 November 2015 must
// not contain a Reserved IP Address (IANA special-purpose or unallocated
// space, or not a global unicast address) as a subjectAltName iPAddress.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/ip.h"
#include "lints/util/dns/names.h"
#include "lints/util/families/reserved_ip.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_san_contains_reserved_ip",
    .description = "subjectAltName iPAddress entries must not be IANA reserved addresses.",
    .citation = "BRs: 7.1.4.2.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
};

// A subjectAltName iPAddress of 4 or 16 bytes (zcrypto rejects the others)
// that is reserved.
bool SanHasReservedIp(const x509::Certificate& c) {
  util::dns::AltNameView san(c, oid::kSubjectAltName);
  for (const auto& g : san.names().names) {
    if (g.tag.number != util::dns::kTagIpAddress) continue;
    if (g.value.size() != 4 && g.value.size() != 16) continue;
    if (util::dns::IsIanaReserved(util::dns::GoIp::FromBytes(g.value))) return true;
  }
  return false;
}

class SanReservedIp final : public families::ReservedIpCheck {
 public:
  SanReservedIp() : ReservedIpCheck(SanHasReservedIp) {}
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SanReservedIp);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
