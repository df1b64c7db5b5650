#include "lints/util/policy_zcrypto.h"

#include <cstdint>

namespace cair::lints::util {

using der::Element;
using der::Input;

const x509::Extension* PolicyLastExtension(const x509::Certificate& c, Input oid) {
  const x509::Extension* last = nullptr;
  for (const auto& e : c.extensions)
    if (e.oid == oid) last = &e;
  return last;
}

std::optional<Element> PolicyGoReadElement(Input in, Input* rest) {
  auto el = der::ReadElement(in);
  if (!el || el->flags != 0) return std::nullopt;
  if (rest) *rest = in.sub(el->full.size());
  return el;
}

bool PolicyGoOidOk(Input v) {
  if (v.empty()) return false;
  size_t i = 0;
  while (i < v.size()) {
    uint64_t arc = 0;
    size_t n = 0;
    bool done = false;
    while (i < v.size()) {
      if (n == 5) return false;  // too large for Go's int32 arcs
      const uint8_t b = v[i++];
      if (n == 0 && b == 0x80) return false;  // not minimally encoded
      arc = (arc << 7) | (b & 0x7f);
      ++n;
      if (!(b & 0x80)) {
        done = true;
        break;
      }
    }
    if (!done || arc > 0x7fffffffu) return false;  // truncated or too large
  }
  return true;
}

namespace {

PoliciesView ComputePolicies(const x509::Certificate& c) {
  PoliciesView view;
  view.ext = PolicyLastExtension(c, oid::kCertificatePolicies);
  if (!view.ext) return view;
  // The certificate's parsed copy is of the FIRST such extension.
  std::optional<x509::CertificatePolicies> own;
  if (view.ext != c.FindExtension(oid::kCertificatePolicies))
    own = x509::ParseCertificatePolicies(*view.ext);
  const x509::CertificatePolicies& cp = own ? *own : c.policies;
  view.policies.reserve(cp.policies.size());
  for (const auto& info : cp.policies) {
    PolicyView pv;
    pv.oid = info.oid;
    for (const auto& q : info.qualifiers) {
      // zcrypto decodes a UserNotice only under the id-qt-unotice qualifier id.
      if (q.id != oid::kQtUnotice || !q.has_qualifier || q.qualifier.tag != der::kSequence)
        continue;
      if (q.has_explicit_text && !q.explicit_text.value.empty())
        pv.explicit_texts.push_back({q.explicit_text.tag.number, q.explicit_text.value});
      if (q.has_notice_ref) pv.has_notice_ref = true;
    }
    view.policies.push_back(std::move(pv));
  }
  return view;
}

bool IsUniversalSequence(const Element& el) { return el.tag == der::kSequence; }

}  // namespace

const PoliciesView& PolicyCertView(const x509::Certificate& c) {
  return c.Derived<PoliciesView>(&ComputePolicies);
}

std::optional<std::vector<std::pair<Input, Input>>> PolicyMappingPairs(const x509::Extension& e) {
  Input rest;
  auto outer = PolicyGoReadElement(e.value, &rest);
  if (!outer || !rest.empty() || !IsUniversalSequence(*outer)) return std::nullopt;
  std::vector<std::pair<Input, Input>> out;
  Input items = outer->value;
  // SEQUENCE SIZE (1..MAX): an empty outer SEQUENCE fails like a bad item.
  do {
    auto inner = PolicyGoReadElement(items, &items);
    if (!inner || !IsUniversalSequence(*inner)) return std::nullopt;
    Input after_first;
    auto issuer = PolicyGoReadElement(inner->value, &after_first);
    if (!issuer || issuer->tag != der::kOid || !PolicyGoOidOk(issuer->value) || after_first.empty())
      return std::nullopt;
    Input after_second;
    auto subject = PolicyGoReadElement(after_first, &after_second);
    if (!subject || subject->tag != der::kOid || !PolicyGoOidOk(subject->value) ||
        !after_second.empty())
      return std::nullopt;
    out.emplace_back(issuer->value, subject->value);
  } while (!items.empty());
  return out;
}

bool PolicyHttpOrLdapUri(std::string_view uri) {
  auto has_prefix = [&](std::string_view p) {
    if (uri.size() < p.size()) return false;
    for (size_t i = 0; i < p.size(); ++i) {
      char ch = uri[i];
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      if (ch != p[i]) return false;
    }
    return true;
  };
  return has_prefix("http://") || has_prefix("ldap://");
}

}  // namespace cair::lints::util
