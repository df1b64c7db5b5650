// CA/B Forum BRs 7.1.5 and 7.1.4.2.1: an iPAddress range in the permitted
// subtrees of a nameConstraints extension is a range the applicant was
// assigned, so it must not overlap an IANA reserved network (or start at an
// address that is not global unicast). Checked on certificates expiring
// after 1 November 2015.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/ip.h"
#include "lints/util/dns/names.h"
#include "lints/util/families/reserved_ip.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_nc_intersects_reserved_ip",
    .description = "Permitted iPAddress name constraints must not intersect an IANA reserved network.",
    .citation = "BRs: 7.1.5 / 7.1.4.2.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .requires_facts = lint::fact::kNameConstraints,
};

// A permitted iPAddress subtree (zcrypto reads an address and a mask of 4
// or 16 bytes each) that intersects a reserved network.
bool PermitsReservedNet(const x509::Certificate& c) {
  bool reserved = false;
  util::zcrypto::ForEachPermittedSubtree(c, [&](const x509::GeneralSubtree& s) {
    if (reserved || s.base.tag.number != util::dns::kTagIpAddress) return;
    const size_t n = s.base.value.size();
    if (n != 8 && n != 32) return;
    const util::dns::GoIp ip = util::dns::GoIp::FromBytes(s.base.value.sub(0, n / 2));
    const util::dns::GoIp mask = util::dns::GoIp::FromBytes(s.base.value.sub(n / 2));
    reserved = util::dns::IntersectsIanaReserved(ip, mask);
  });
  return reserved;
}

class NcReservedIpNet final : public families::ReservedIpCheck {
 public:
  NcReservedIpNet() : ReservedIpCheck(PermitsReservedNet, oid::kNameConstraints) {}
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, NcReservedIpNet);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
