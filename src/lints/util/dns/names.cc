#include "lints/util/dns/names.h"

#include "base/strings.h"
#include "der/strings.h"
#include "lints/util/uri/parse.h"
#include "x509/oids.h"

namespace cair::lints::util::dns {

bool HasEmptyLabel(std::string_view name) {
  return !ForEachLabel(name, [](std::string_view l) { return !l.empty(); });
}

bool HasLabelLongerThan(std::string_view name, size_t max) {
  return !ForEachLabel(name, [max](std::string_view l) { return l.size() <= max; });
}

std::string_view RemovePrependedWildcard(std::string_view name) {
  if (name.substr(0, 2) == "*.") name.remove_prefix(2);
  return name;
}

std::string_view RemovePrependedQuestionMarks(std::string_view name) {
  while (name.substr(0, 2) == "?.") name.remove_prefix(2);
  return name;
}

bool HasXnPrefix(std::string_view label) {
  return label.size() >= 4 && (label[0] == 'x' || label[0] == 'X') &&
         (label[1] == 'n' || label[1] == 'N') && label[2] == '-' && label[3] == '-';
}

std::string AsciiLower(std::string_view s) { return base::Lower(s); }

bool IsFqdn(std::string_view name) {
  return uri::LooksLikeUrl(RemovePrependedQuestionMarks(RemovePrependedWildcard(name)));
}

bool IsFqdnOrIp(std::string_view host) { return IsFqdn(host) || uri::IsIpAddressText(host); }

namespace {
const x509::GeneralNames kNoNames;

// `parsed`: the certificate's parsed copy of the extension, if it has one.
AltNameView::Resolved Resolve(const x509::Certificate& c, der::Input ext_oid, const x509::AltName* parsed) {
  AltNameView::Resolved r;
  // The certificate's extension index answers both in O(1) for SAN and IAN.
  r.ext = c.LastExtension(ext_oid);
  if (!r.ext) return r;
  const x509::GeneralNames* names;
  if (parsed && parsed->present && parsed->ok && c.CountExtension(ext_oid) == 1) {
    r.parsed = true;
    names = &parsed->names;
  } else {
    // zcrypto reads the leading SEQUENCE and ignores any bytes after it.
    auto seq = der::ReadElement(r.ext->value);
    r.own = seq && seq->tag == der::kSequence ? x509::ParseGeneralNames(seq->value) : x509::GeneralNames{};
    names = &*r.own;
  }
  for (const auto& g : names->names)
    if (g.tag.number < AltNameView::Resolved::kCountedTags) ++r.count[g.tag.number];
  return r;
}
AltNameView::Resolved ResolveSan(const x509::Certificate& c) { return Resolve(c, oid::kSubjectAltName, &c.san); }
AltNameView::Resolved ResolveIan(const x509::Certificate& c) { return Resolve(c, oid::kIssuerAltName, &c.ian); }
}  // namespace

AltNameView::AltNameView(const x509::Certificate& c, der::Input ext_oid) {
  const x509::AltName* parsed = nullptr;
  if (ext_oid == oid::kSubjectAltName) {
    r_ = &c.Derived(&ResolveSan);
    parsed = &c.san;
  } else if (ext_oid == oid::kIssuerAltName) {
    r_ = &c.Derived(&ResolveIan);
    parsed = &c.ian;
  } else {
    r_ = &local_.emplace(Resolve(c, ext_oid, nullptr));
  }
  names_ = r_->ext == nullptr ? &kNoNames : r_->parsed ? &parsed->names : &*r_->own;
}

size_t AltNameView::Count(uint32_t tag) const {
  if (tag < Resolved::kCountedTags) return r_->count[tag];
  size_t n = 0;
  for (const auto& g : names().names) n += g.tag.number == tag;
  return n;
}

std::string ZcryptoCommonName(const x509::Name& name) {
  const x509::Attribute* last = nullptr;
  for (const auto& a : name.attributes) {
    if (a.oid != oid::kCommonName || a.value_tag.cls != der::TagClass::kUniversal ||
        a.value_tag.constructed)
      continue;
    switch (a.value_tag.number) {
      case 12: case 18: case 19: case 20: case 22: case 27: case 30:
        last = &a;
        break;
      default:
        break;
    }
  }
  if (!last) return "";
  if (last->value_tag.number == 30) return last->Utf8();
  return last->value.AsString();
}

bool DnsNamesExist(const x509::Certificate& c) {
  if (!ZcryptoCommonName(c.subject).empty()) return true;
  return AltNameView(c, oid::kSubjectAltName).Count(kTagDnsName) > 0;
}

}  // namespace cair::lints::util::dns
