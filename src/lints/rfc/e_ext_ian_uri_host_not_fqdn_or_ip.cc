// RFC 5280 4.2.1.7 (with 4.2.1.6): a URI that includes an authority (RFC 3986
// 3.2) must name its host by a fully qualified domain name or an IP address.
// As in zlint, the host is taken from the parsed URI (userinfo and port
// removed); a URI without an authority has an empty host and is flagged.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/names.h"
#include "lints/util/uri/parse.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_ian_uri_host_not_fqdn_or_ip",
    .description = "Each URI in the issuerAltName extension must parse and have a fully qualified domain name or IP address as its host.",
    .citation = "RFC 5280: 4.2.1.6",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .requires_facts = lint::fact::kIssuerAltName,
};

class IanUriHostNotFqdnOrIp final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kIssuerAltName);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    util::dns::AltNameView ian(c, oid::kIssuerAltName);
    const bool ok = ian.ForEach(util::dns::kTagUri, [](std::string_view text) {
      if (text.empty()) return true;
      util::uri::ParsedUri uri;
      if (!util::uri::ParseUri(text, &uri)) return false;
      return util::dns::IsFqdnOrIp(util::uri::HostOfAuthority(uri.host));
    });
    return ok ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, IanUriHostNotFqdnOrIp);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
