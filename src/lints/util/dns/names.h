// File: lints/util/dns/names.h
// DNS-name helpers shared by the lints on dNSName values (RFC 5280 4.2.1.6,
// RFC 1034 3.5, CA/B Forum BRs 7.1.4.2) and the views of a certificate that
// zlint's DNS lints read. zlint sees a certificate through zcrypto, so:
//   - the SAN / IAN it reads is the LAST extension with that OID;
//   - a GeneralName is classified by its tag NUMBER alone (any class);
//   - names are raw bytes (no decoding, no validation);
//   - Subject.CommonName is the last CN whose value is a string type.
// Labels are split like Go's strings.Split(name, "."): "" is one empty label,
// "a." is "a" and "".
#ifndef CAIR_LINTS_UTIL_DNS_NAMES_H_
#define CAIR_LINTS_UTIL_DNS_NAMES_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "der/input.h"
#include "der/parser.h"
#include "x509/certificate.h"

namespace cair::lints::util::dns {

// ---- Labels ---------------------------------------------------------------

// Calls f(label) for each '.'-separated label, empty ones included; stops
// early and returns false when f returns false.
template <typename F>
bool ForEachLabel(std::string_view name, F&& f) {
  size_t start = 0;
  while (true) {
    const size_t dot = name.find('.', start);
    if (dot == std::string_view::npos) return f(name.substr(start));
    if (!f(name.substr(start, dot - start))) return false;
    start = dot + 1;
  }
}

// Some label is empty ("a..b", ".a", "a.", "").
bool HasEmptyLabel(std::string_view name);
// Some label is longer than `max` octets (RFC 1035 2.3.4: 63).
bool HasLabelLongerThan(std::string_view name, size_t max);
// "*.example.com" -> "example.com" (one leading "*." only).
std::string_view RemovePrependedWildcard(std::string_view name);
// "?.?.example.com" -> "example.com" (redacted-precertificate labels).
std::string_view RemovePrependedQuestionMarks(std::string_view name);
// The label starts with the IDNA ACE prefix "xn--", in any letter case.
bool HasXnPrefix(std::string_view label);
// ASCII letters lower-cased, other bytes unchanged.
std::string AsciiLower(std::string_view s);

// ---- Host names -------------------------------------------------------------

// zlint's util.IsFQDN: after removing a leading "*." and any leading "?."
// labels, the text passes zcrypto's permissive URL/host pattern (see
// uri_parse.h LooksLikeUrl). Note that this also rejects names of 3 octets or
// fewer and single labels.
bool IsFqdn(std::string_view name);
// IsFqdn, or an IP address in Go's net.ParseIP syntax.
bool IsFqdnOrIp(std::string_view host);

// ---- The certificate as zcrypto presents it ---------------------------------

// GeneralName CHOICE tag numbers (RFC 5280 4.2.1.6).
inline constexpr uint32_t kTagRfc822Name = 1;
inline constexpr uint32_t kTagDnsName = 2;
inline constexpr uint32_t kTagUri = 6;
inline constexpr uint32_t kTagIpAddress = 7;

// The subjectAltName or issuerAltName extension zcrypto reads (the last one
// with the OID) and its GeneralNames. For the SAN and the IAN, resolved once
// per certificate (a view is then a pointer to that); when the certificate
// has a single such extension (the common case), it refers to the parsed
// copy.
class AltNameView {
 public:
  // What a view shows (exposed for the per-certificate value behind it). It
  // holds no pointer into the Certificate object itself (which may move),
  // only into its extensions and bytes (which do not).
  struct Resolved {
    const x509::Extension* ext = nullptr;
    bool parsed = false;  // the names are the certificate's parsed ones (c.san / c.ian)
    std::optional<x509::GeneralNames> own;  // else these, when ext != nullptr
    // How many GeneralNames have each tag number below kCountedTags.
    static constexpr uint32_t kCountedTags = 9;
    uint32_t count[kCountedTags] = {};
  };

  AltNameView(const x509::Certificate& c, der::Input ext_oid);
  AltNameView(const AltNameView&) = delete;
  AltNameView& operator=(const AltNameView&) = delete;

  bool present() const { return r_->ext != nullptr; }
  const x509::Extension* extension() const { return r_->ext; }
  const x509::GeneralNames& names() const { return *names_; }

  // Calls f(std::string_view value) for each GeneralName whose tag number is
  // `tag` (kTagDnsName, ...), in order; stops when f returns false.
  template <typename F>
  bool ForEach(uint32_t tag, F&& f) const {
    for (const auto& g : names().names)
      if (g.tag.number == tag && !f(g.value.AsStringView())) return false;
    return true;
  }
  size_t Count(uint32_t tag) const;

 private:
  const Resolved* r_ = nullptr;
  const x509::GeneralNames* names_ = nullptr;
  std::optional<Resolved> local_;  // for another extension than the SAN and the IAN
};

// Walks the GeneralName elements of a subjectAltName / issuerAltName value as
// zlint does with encoding/asn1: the value must start with a universal
// constructed SEQUENCE (bytes after it are ignored), then its elements are
// read one by one. f(const der::Element&) returns false to stop.
enum class GeneralNamesWalk { kComplete, kStopped, kBadSequence, kBadElement };
template <typename F>
GeneralNamesWalk WalkGeneralNames(der::Input ext_value, F&& f) {
  auto seq = der::ReadElement(ext_value);
  if (!seq || seq->tag != der::kSequence) return GeneralNamesWalk::kBadSequence;
  der::Input rest = seq->value;
  while (!rest.empty()) {
    auto el = der::ReadElement(rest);
    if (!el) return GeneralNamesWalk::kBadElement;
    if (!f(*el)) return GeneralNamesWalk::kStopped;
    rest = rest.sub(el->full.size());
  }
  return GeneralNamesWalk::kComplete;
}

// Subject.CommonName as zcrypto fills it: the value of the last CN attribute
// whose type is a string type Go decodes (UTF8String, NumericString,
// PrintableString, TeletexString, IA5String, GeneralString as raw bytes;
// BMPString decoded to UTF-8). "" when there is none.
std::string ZcryptoCommonName(const x509::Name& name);

// zlint's util.DNSNamesExist: a non-empty subject CN, or a SAN dNSName.
bool DnsNamesExist(const x509::Certificate& c);

}  // namespace cair::lints::util::dns

#endif  // CAIR_LINTS_UTIL_DNS_NAMES_H_
