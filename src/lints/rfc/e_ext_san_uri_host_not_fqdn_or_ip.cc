// RFC 5280 4.2.1.6: a URI that includes an authority (RFC 3986 3.2) must name
// its host by a fully qualified domain name or an IP address. URIs without
// an authority (rootless ones such as "sip:alice@example.com") are exempt.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/names.h"
#include "lints/util/uri/parse.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_san_uri_host_not_fqdn_or_ip",
    .description = "Each subjectAltName URI with an authority must parse and have a fully qualified domain name or IP address as its host.",
    .citation = "RFC 5280: 4.2.1.7",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .requires_facts = lint::fact::kSubjectAltName,
};

class SanUriHostNotFqdnOrIp final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kSubjectAltName);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    util::dns::AltNameView san(c, oid::kSubjectAltName);
    const bool ok = san.ForEach(util::dns::kTagUri, [](std::string_view text) {
      if (text.empty()) return true;
      util::uri::ParsedUri uri;
      if (!util::uri::ParseUri(text, &uri)) return false;
      if (!uri.opaque.empty()) return true;  // no authority
      return !uri.host.empty() && util::dns::IsFqdnOrIp(uri.host);
    });
    return ok ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SanUriHostNotFqdnOrIp);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
