// CA/B Forum BRs 3.2.2.6 (names in the registry-controlled .arpa zone) with
// RFC 1035 3.5 and RFC 3596 2.5: a subjectAltName dNSName in the
// "in-addr.arpa" or "ip6.arpa" reverse zone should have exactly 4 (IPv4) or
// 32 (IPv6 nibble) labels before the zone, which read backwards form a valid
// IP address.
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/arpa.h"
#include "lints/util/dns/domains.h"
#include "lints/util/families/reverse_dns.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_subject_contains_malformed_arpa_ip",
    .description = "Reverse-DNS subjectAltName dNSNames should have the right number of labels and encode a valid IP address.",
    .citation = "BRs: 3.2.2.6",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
};

// Too few labels for the zone, or labels that are not a reversed address.
std::string Malformed(const std::string& name, util::dns::ReverseZone zone, const util::dns::ReversedName& r) {
  if (r.labels != r.wanted) {
    const std::string_view suffix =
        zone == util::dns::ReverseZone::kV6 ? util::dns::kRdnsV6Suffix : util::dns::kRdnsV4Suffix;
    return "name " + util::dns::GoQuote(name) + " has too few leading labels (" + std::to_string(r.labels) +
           " vs " + std::to_string(r.wanted) + ") to be a reverse DNS entry in the " + util::dns::GoQuote(suffix) +
           " zone.";
  }
  if (!r.ip)
    return "the first " + std::to_string(r.wanted) + " labels of name " + util::dns::GoQuote(name) +
           " did not parse as a reversed IP address";
  return {};
}

class ArpaMalformedIp final : public families::ReverseDnsCheck {
 public:
  ArpaMalformedIp() : ReverseDnsCheck(Malformed, lint::Status::kWarn) {}
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ArpaMalformedIp);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
