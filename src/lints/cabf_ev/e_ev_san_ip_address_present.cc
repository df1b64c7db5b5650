// EVGs 9.8.1: the subjectAltName of an EV certificate holds dNSNames only;
// in particular no iPAddress.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/domains.h"
#include "lints/util/dns/names.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ev_san_ip_address_present",
    .description = "An EV certificate's subjectAltName must not contain an iPAddress.",
    .citation = "EVGs v1.7.8: 9.8.1",
    .source = lint::Source::kCabfEv,
    .effective = lint::dates::kZeroDate,
    .requires_facts = lint::fact::kNonBrPolicy | lint::fact::kCertificatePolicies,
};

class EvSanIpAddressPresent final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return util::dns::IsEvCert(c); }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (util::dns::AltNameView(c, oid::kSubjectAltName).Count(util::dns::kTagIpAddress) > 0)
      return lint::Error("the subjectAltName contains an iPAddress");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EvSanIpAddressPresent);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
