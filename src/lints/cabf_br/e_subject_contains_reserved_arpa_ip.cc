// CA/B Forum BRs 7.1.4.2.1: no Reserved IP Address may appear in the
// subject names, and a reverse-DNS name encodes one: a well-formed
// "in-addr.arpa" or "ip6.arpa" subjectAltName dNSName must not name an
// address of the other family or an IANA reserved address. (Malformed
// reverse names are w_subject_contains_malformed_arpa_ip's concern.)
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/arpa.h"
#include "lints/util/dns/domains.h"
#include "lints/util/dns/ip.h"
#include "lints/util/families/reverse_dns.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subject_contains_reserved_arpa_ip",
    .description = "Reverse-DNS subjectAltName dNSNames must not encode an IANA reserved IP address.",
    .citation = "BRs: 7.1.4.2.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
};

// A reversed address in the other family's zone, or a reserved one.
std::string ReservedOrMisplaced(const std::string& name, util::dns::ReverseZone zone,
                                const util::dns::ReversedName& r) {
  if (!r.ip) return {};
  const std::string n = std::to_string(r.wanted);
  const bool v4 = util::dns::GoIpIs4(*r.ip);
  if (zone == util::dns::ReverseZone::kV4 && !v4)
    return "the first " + n + " labels of name " + util::dns::GoQuote(name) +
           " parsed as a reversed IPv6 address but is in the " + util::dns::GoQuote(util::dns::kRdnsV4Suffix) +
           " IPv4 reverse DNS zone.";
  if (zone == util::dns::ReverseZone::kV6 && v4)
    return "the first " + n + " labels of name " + util::dns::GoQuote(name) +
           " parsed as a reversed IPv4 address but is in the " + util::dns::GoQuote(util::dns::kRdnsV6Suffix) +
           " IPv4 reverse DNS zone.";
  if (util::dns::IsIanaReserved(*r.ip))
    return "the first " + n + " labels of name " + util::dns::GoQuote(name) +
           " parsed as a reversed IP address in an IANA reserved IP space.";
  return {};
}

class ArpaReservedIp final : public families::ReverseDnsCheck {
 public:
  ArpaReservedIp() : ReverseDnsCheck(ReservedOrMisplaced, lint::Status::kError) {}
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ArpaReservedIp);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
