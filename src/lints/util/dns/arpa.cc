#include "lints/util/dns/arpa.h"

#include <string>
#include <vector>

#include "base/strings.h"
#include "lints/util/dns/domains.h"
#include "lints/util/dns/names.h"
#include "x509/oids.h"

namespace cair::lints::util::dns {

ReverseZone ReverseZoneOf(std::string_view lower_name) {
  if (lower_name.ends_with(kRdnsV4Suffix)) return ReverseZone::kV4;
  if (lower_name.ends_with(kRdnsV6Suffix)) return ReverseZone::kV6;
  return ReverseZone::kNone;
}

ReversedName ParseReversedName(std::string_view lower_name, ReverseZone zone) {
  const bool v6 = zone == ReverseZone::kV6;
  const std::string_view suffix = v6 ? kRdnsV6Suffix : kRdnsV4Suffix;
  const std::string_view rest = lower_name.substr(0, lower_name.size() - suffix.size());
  std::vector<std::string_view> labels;
  ForEachLabel(rest, [&](std::string_view l) { return labels.push_back(l), true; });
  ReversedName out;
  out.labels = labels.size();
  out.wanted = v6 ? 32 : 4;
  if (labels.size() != out.wanted) return out;
  std::string text;
  if (v6) {
    // Four nibble labels per 16-bit group, groups joined with ':'.
    for (size_t i = labels.size(); i >= 4; i -= 4) {
      for (size_t k = 1; k <= 4; ++k) text.append(labels[i - k]);
      if (i > 4) text.push_back(':');
    }
  } else {
    for (size_t i = labels.size(); i-- > 0;) {
      text.append(labels[i]);
      if (i != 0) text.push_back('.');
    }
  }
  out.ip = GoParseIp(text);
  return out;
}

namespace {
bool EndsWithIgnoringAsciiCase(std::string_view s, std::string_view lower_suffix) {
  return s.size() >= lower_suffix.size() &&
         base::EqualsIgnoringAsciiCase(s.substr(s.size() - lower_suffix.size()), lower_suffix);
}
bool ComputeHasReverseDnsName(const x509::Certificate& c) {
  if (InReverseZone(CommonNameOf(c).cn)) return true;
  return !AltNameView(c, oid::kSubjectAltName).ForEach(kTagDnsName, [](std::string_view d) {
    return !InReverseZone(d);
  });
}
}  // namespace

bool InReverseZone(std::string_view name) {
  // Both zones end in 'a', and only 'A' and 'a' lower-case to 'a' (an octet
  // of a multi-octet rune, or an invalid one that becomes U+FFFD, never
  // does): most names are decided by their last octet.
  if (name.empty() || (name.back() != 'a' && name.back() != 'A')) return false;
  for (char ch : name)
    if (static_cast<unsigned char>(ch) >= 0x80) return ReverseZoneOf(GoLower(name)) != ReverseZone::kNone;
  // ASCII: GoLower only lower-cases letters, so compare the tail without a copy.
  return EndsWithIgnoringAsciiCase(name, kRdnsV4Suffix) || EndsWithIgnoringAsciiCase(name, kRdnsV6Suffix);
}

// Asked by several lints: decided once per certificate.
bool HasReverseDnsName(const x509::Certificate& c) { return c.Derived(&ComputeHasReverseDnsName); }

}  // namespace cair::lints::util::dns
