// CA/B Forum BRs 7.1.4.2.1: certificates expiring after 1 November 2015 must
// not contain a Reserved IP Address (IANA special-purpose or unallocated
// space, or not a global unicast address) in the subject commonName.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/domains.h"
#include "lints/util/dns/ip.h"
#include "lints/util/families/reserved_ip.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subject_contains_reserved_ip",
    .description = "The subject commonName must not be an IANA reserved IP address.",
    .citation = "BRs: 7.1.4.2.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
};

// The subject CN, when it is an IP address, is reserved.
bool CommonNameIsReservedIp(const x509::Certificate& c) {
  const util::dns::CommonName& cn = util::dns::CommonNameOf(c);
  if (!cn.is_ip) return false;
  const auto ip = util::dns::GoParseIp(cn.cn);
  return ip && util::dns::IsIanaReserved(*ip);
}

class SubjectReservedIp final : public families::ReservedIpCheck {
 public:
  SubjectReservedIp() : ReservedIpCheck(CommonNameIsReservedIp) {}
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectReservedIp);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
