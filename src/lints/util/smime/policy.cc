#include "lints/util/smime/policy.h"
#include "lints/util/zcrypto/reader.h"

#include "lints/util/dns/names.h"
#include "lints/util/subject/values.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/general_name.h"
#include "x509/oids.h"

namespace cair::lints::util::smime {

namespace {

// 2.23.140.1.5 as DER OID contents; the two arcs after it are single bytes.
constexpr uint8_t kSmimeArc[] = {0x67, 0x81, 0x0c, 0x01, 0x05};

Profile ComputeProfile(const x509::Certificate& c) {
  Profile p;
  zcrypto::ForEachPolicyOid(c, [&](der::Input oid) {
    Validation v;
    Generation g;
    if (!ClassifyPolicy(oid, &v, &g)) return;
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
    const uint32_t r = subject::GoDecodeRune(s.substr(i), &n);
    if (r == subject::kGoRuneError && n == 1) return false;
    i += n;
  }
  return true;
}

}  // namespace

bool ClassifyPolicy(der::Input oid, Validation* validation, Generation* generation) {
  constexpr size_t kPrefix = sizeof(kSmimeArc);
  if (oid.size() != kPrefix + 2) return false;
  for (size_t i = 0; i < kPrefix; ++i)
    if (oid[i] != kSmimeArc[i]) return false;
  const uint8_t v = oid[kPrefix], g = oid[kPrefix + 1];
  if (v < 1 || v > 4 || g < 1 || g > 3) return false;
  *validation = static_cast<Validation>(v);
  *generation = static_cast<Generation>(g);
  return true;
}

const Profile& ProfileOf(const x509::Certificate& c) { return c.Derived(&ComputeProfile); }


std::vector<std::string> SanEmails(const x509::Certificate& c) {
  std::vector<std::string> out;
  dns::AltNameView san(c, oid::kSubjectAltName);
  san.ForEach(dns::kTagRfc822Name, [&](std::string_view v) {
    out.emplace_back(v);
    return true;
  });
  return out;
}

std::optional<std::vector<std::string>> SanSmtpUtf8Mailboxes(const x509::Certificate& c) {
  std::vector<std::string> out;
  dns::AltNameView san(c, oid::kSubjectAltName);
  for (const x509::GeneralName& g : san.names().names) {
    if (g.tag.number != 0) continue;
    // OtherName ::= SEQUENCE { type-id OID, value [0] EXPLICIT ANY }, here
    // with the implicit [0] of the GeneralName CHOICE.
    der::Input rest;
    auto type_id = zcrypto::ReadStrict(g.value, &rest);
    if (!type_id || type_id->tag != der::kOid) continue;
    auto wrapper = zcrypto::ReadStrict(rest);
    if (!wrapper || wrapper->tag.cls != der::TagClass::kContextSpecific || wrapper->tag.number != 0)
      continue;
    if (type_id->value != oid::kSmtpUtf8Mailbox) continue;
    // zlint decodes the wrapper's contents as exactly one UTF8String.
    der::Input after;
    auto str = zcrypto::ReadStrict(wrapper->value, &after);
    if (!str || !after.empty() || str->tag != der::Universal(12)) return std::nullopt;
    const std::string_view text = str->value.AsStringView();
    if (!ValidUtf8(text)) return std::nullopt;
    out.emplace_back(text);
  }
  return out;
}

std::vector<x509::Name> SanDirectoryNames(const x509::Certificate& c) {
  std::vector<x509::Name> out;
  dns::AltNameView san(c, oid::kSubjectAltName);
  for (const x509::GeneralName& g : san.names().names)
    if (g.tag.number == 4) out.push_back(x509::DirectoryName(g));
  return out;
}

}  // namespace cair::lints::util::smime
