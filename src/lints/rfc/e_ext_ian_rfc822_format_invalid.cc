// RFC 5280 4.2.1.7 (with 4.2.1.6): an rfc822Name is a bare RFC 2821 Mailbox
// "local-part@domain" - no display phrase, no trailing "(comment)", no
// surrounding angle brackets. Flagged here: a space anywhere, a leading '<',
// or a trailing ')'.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/names.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_ian_rfc822_format_invalid",
    .description = "rfc822Names in the issuerAltName extension must be bare mailboxes: no spaces, no enclosing <>, no trailing (comment).",
    .citation = "RFC 5280: 4.2.1.7",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .requires_facts = lint::fact::kIssuerAltName,
};

class IanRfc822FormatInvalid final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kIssuerAltName);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    util::dns::AltNameView ian(c, oid::kIssuerAltName);
    const bool ok = ian.ForEach(util::dns::kTagRfc822Name, [](std::string_view m) {
      if (m.empty()) return true;
      return m.find(' ') == std::string_view::npos && m.front() != '<' && m.back() != ')';
    });
    return ok ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, IanRfc822FormatInvalid);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
