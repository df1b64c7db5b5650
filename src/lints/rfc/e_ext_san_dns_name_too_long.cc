// RFC 5280 4.2.1.6 requires dNSNames in the RFC 1034 preferred name syntax;
// RFC 1035 2.3.4 limits a domain name to 255 octets on the wire, which is at
// most 253 characters of text. Flagged: a SAN dNSName longer than 253 octets.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/names.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_san_dns_name_too_long",
    .description = "Each subjectAltName dNSName must be at most 253 octets long.",
    .citation = "RFC 5280: entire document",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .requires_facts = lint::fact::kSubjectAltName,
};

class SanDnsNameTooLong final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    util::dns::AltNameView san(c, oid::kSubjectAltName);
    return san.present() && san.Count(util::dns::kTagDnsName) > 0;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    util::dns::AltNameView san(c, oid::kSubjectAltName);
    const bool ok = san.ForEach(util::dns::kTagDnsName, [](std::string_view d) { return d.size() <= 253; });
    return ok ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SanDnsNameTooLong);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
