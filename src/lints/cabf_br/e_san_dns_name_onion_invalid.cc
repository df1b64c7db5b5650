// RFC 7686 with CA/B Forum BRs Appendix C (ballot SC27) and EV Guidelines
// Appendix F: a ".onion" subject name must be a Tor onion address, i.e. its
// label left of "onion" is a version 2 address (16 base32 characters, only
// allowed in EV certificates) or a version 3 address (56 base32 characters).
// Checked on the subjectAltName dNSNames and then the subject commonName.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/domains.h"
#include "lints/util/dns/names.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_san_dns_name_onion_invalid",
    .description = "Names ending in .onion must be valid Tor v3 addresses, or v2 addresses in EV certificates.",
    .citation = "RFC 7686: entire document; EVGs v1.7.2: Appendix F; BRs v1.6.9: Appendix C",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kOnionOnlyEVDate,
};

bool IsBase32Subset(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7'))) return false;
  return true;
}

class OnionNotValid final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::dns::CertSubjInOnionTld(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    std::string details;
    bool ev_known = false, ev = false;
    auto check = [&](std::string_view subj) {
      if (!subj.ends_with(".onion")) return true;
      // The label before the final "onion" one.
      const std::string_view rest = subj.substr(0, subj.size() - 6);
      const size_t dot = rest.rfind('.');
      const std::string_view onion = dot == std::string_view::npos ? rest : rest.substr(dot + 1);
      if (onion.size() == 16) {
        if (!ev_known) ev = util::dns::IsEvCert(c), ev_known = true;
        if (!ev) {
          details = util::dns::GoQuote(subj) + " is a v2 address, but the certificate is not EV";
          return false;
        }
      } else if (onion.size() != 56) {
        details = util::dns::GoQuote(subj) + " is not a v2 or v3 Tor address";
        return false;
      }
      if (!IsBase32Subset(onion)) {
        details = util::dns::GoQuote(subj) + " contains invalid characters not permitted within base-32";
        return false;
      }
      return true;
    };
    if (util::dns::AltNameView(c, oid::kSubjectAltName).ForEach(util::dns::kTagDnsName, check))
      check(util::dns::CommonNameOf(c).cn);
    return details.empty() ? lint::Pass() : lint::Error(std::move(details));
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, OnionNotValid);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
