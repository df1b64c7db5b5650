#include "lints/util/smime_policy.h"

#include "lints/util/br_dns_zcrypto.h"
#include "lints/util/dn_values.h"
#include "lints/util/dns_names.h"
#include "lints/util/ext_zcrypto.h"
#include "lints/util/policy_zcrypto.h"
#include "x509/general_name.h"
#include "x509/oids.h"

namespace cair::lints::util {

namespace {

// 2.23.140.1.5 as DER OID contents; the two arcs after it are single bytes.
constexpr uint8_t kSmimeArc[] = {0x67, 0x81, 0x0c, 0x01, 0x05};

SmimeProfile ComputeProfile(const x509::Certificate& c) {
  SmimeProfile p;
  BrDnsForEachPolicyOid(c, [&](der::Input oid) {
    SmimeValidation v;
    SmimeGeneration g;
    if (!SmimeClassifyPolicy(oid, &v, &g)) return;
    p.validations |= static_cast<uint8_t>(1u << static_cast<unsigned>(v));
    p.generations |= static_cast<uint8_t>(1u << static_cast<unsigned>(g));
    ++p.count;
  });
  return p;
}

bool ValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    size_t n = 0;
    const uint32_t r = GoDecodeRune(s.substr(i), &n);
    if (r == kGoRuneError && n == 1) return false;
    i += n;
  }
  return true;
}

}  // namespace

bool SmimeClassifyPolicy(der::Input oid, SmimeValidation* validation, SmimeGeneration* generation) {
  constexpr size_t kPrefix = sizeof(kSmimeArc);
  if (oid.size() != kPrefix + 2) return false;
  for (size_t i = 0; i < kPrefix; ++i)
    if (oid[i] != kSmimeArc[i]) return false;
  const uint8_t v = oid[kPrefix], g = oid[kPrefix + 1];
  if (v < 1 || v > 4 || g < 1 || g > 3) return false;
  *validation = static_cast<SmimeValidation>(v);
  *generation = static_cast<SmimeGeneration>(g);
  return true;
}

const SmimeProfile& SmimeProfileOf(const x509::Certificate& c) { return c.Derived(&ComputeProfile); }

bool SmimeIsSubscriber(const x509::Certificate& c) { return ExtIsSubscriber(c); }

uint16_t SmimeKeyUsage(const x509::Certificate& c) { return ExtZcryptoKeyUsage(c); }

std::vector<std::string> SmimeSanEmails(const x509::Certificate& c) {
  std::vector<std::string> out;
  AltNameView san(c, oid::kSubjectAltName);
  san.ForEach(kTagRfc822Name, [&](std::string_view v) {
    out.emplace_back(v);
    return true;
  });
  return out;
}

std::optional<std::vector<std::string>> SmimeSanSmtpUtf8Mailboxes(const x509::Certificate& c) {
  std::vector<std::string> out;
  AltNameView san(c, oid::kSubjectAltName);
  for (const x509::GeneralName& g : san.names().names) {
    if (g.tag.number != 0) continue;
    // OtherName ::= SEQUENCE { type-id OID, value [0] EXPLICIT ANY }, here
    // with the implicit [0] of the GeneralName CHOICE.
    der::Input rest;
    auto type_id = PolicyGoReadElement(g.value, &rest);
    if (!type_id || type_id->tag != der::kOid) continue;
    auto wrapper = PolicyGoReadElement(rest);
    if (!wrapper || wrapper->tag.cls != der::TagClass::kContextSpecific || wrapper->tag.number != 0)
      continue;
    if (type_id->value != oid::kSmtpUtf8Mailbox) continue;
    // zlint decodes the wrapper's contents as exactly one UTF8String.
    der::Input after;
    auto str = PolicyGoReadElement(wrapper->value, &after);
    if (!str || !after.empty() || str->tag != der::Universal(12)) return std::nullopt;
    const std::string_view text = str->value.AsStringView();
    if (!ValidUtf8(text)) return std::nullopt;
    out.emplace_back(text);
  }
  return out;
}

std::vector<x509::Name> SmimeSanDirectoryNames(const x509::Certificate& c) {
  std::vector<x509::Name> out;
  AltNameView san(c, oid::kSubjectAltName);
  for (const x509::GeneralName& g : san.names().names)
    if (g.tag.number == 4) out.push_back(x509::DirectoryName(g));
  return out;
}

}  // namespace cair::lints::util
