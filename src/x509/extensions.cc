#include "x509/extensions.h"

#include "x509/element_count.h"
#include "x509/general_paths.h"

namespace cair::x509 {

using der::Element;
using der::Input;
using der::Parser;

namespace {

// An Extension SEQUENCE's contents of the usual shape, read from their
// octets: an OID in the short form, then optionally BOOLEAN 01 01 xx, then
// an OCTET STRING whose header has the common form (der::ReadCommonHeader)
// and which ends the contents. Stands for what the general reading below
// concludes on such bytes (every field set, ok); false on any other bytes,
// which the general reading then reads.
//
// `*plain` says whether nothing in it is what Certificate::Encoding()
// counts: the OCTET STRING's length minimal, the BOOLEAN (if any) 00 or FF.
bool ReadUsualExtension(Input contents, Extension* e, bool* plain) {
  const uint8_t* p = contents.data();
  const size_t n = contents.size();
  if (n < 2 || p[0] != 0x06 || p[1] >= 0x80 || p[1] > n - 2) return false;
  size_t i = 2 + size_t{p[1]};
  const Input oid(p + 2, p[1]);
  const bool crit = n - i >= 3 && p[i] == 0x01 && p[i + 1] == 0x01;
  const size_t crit_at = i + 2;
  if (crit) i += 3;
  der::Header h;
  if (!der::ReadCommonHeader(p + i, n - i, &h) || p[i] != der::OneOctetIdentifier(der::kOctetString) ||
      h.header_size + h.length != n - i)
    return false;
  e->oid = oid;
  if (crit) {
    e->critical_encoded = true;
    e->critical = der::ParseBool(Input(p + crit_at, 1), &e->critical_der_ok).value_or(false);
  }
  e->value = Input(p + i + h.header_size, h.length);
  *plain = h.flags == 0 && e->critical_der_ok;
  return true;
}

// Reads the contents of an Extension SEQUENCE with a Parser into `e`; false
// when it has no OID (the extension is then left out).
bool ReadExtension(Input contents, Extension* e) {
  Parser ep(contents);
  auto oid = ep.Expect(der::kOid);
  if (!oid) return false;
  e->oid = oid->value;
  if (auto crit = ep.Optional(der::kBoolean)) {
    e->critical_encoded = true;
    auto b = der::ParseBool(crit->value, &e->critical_der_ok);
    e->critical = b.value_or(false);
    if (!b) e->ok = false;
  }
  auto val = ep.Expect(der::kOctetString);
  if (!val || ep.HasMore()) e->ok = false;
  if (val) e->value = val->value;
  return true;
}

// `*plain`: every Extension of the usual shape, in headers without a
// non-minimal length or tag and with a 00/FF BOOLEAN (false when not read
// with the usual shape in mind).
template <bool kUsualShape>
std::vector<Extension> ParseExtensionsAs(Input contents, bool* ok, bool* plain) {
  std::vector<Extension> out;
  out.reserve(CountElements(contents));
  *ok = true;
  bool all_plain = kUsualShape;
  Parser p(contents);
  while (p.HasMore()) {
    auto el = p.Next();
    if (!el) {
      *ok = false;
      all_plain = false;
      break;
    }
    if (el->tag != der::kSequence) {
      *ok = false;
      all_plain = false;
      continue;
    }
    Extension& e = out.emplace_back();
    e.full = el->full;
    bool usual_plain = false;
    if (kUsualShape && ReadUsualExtension(el->value, &e, &usual_plain)) {
      all_plain = all_plain && usual_plain && el->flags == 0;
      continue;
    }
    all_plain = false;
    if (!ReadExtension(el->value, &e)) {
      out.pop_back();
      *ok = false;
      continue;
    }
    if (!e.ok) *ok = false;
  }
  *plain = all_plain;
  return out;
}

}  // namespace

std::vector<Extension> ParseExtensions(Input contents, bool* ok) {
  bool plain;
  return ParseExtensionsAs<true>(contents, ok, &plain);
}
std::vector<Extension> ParseExtensions(Input contents, bool* ok, bool* plain) {
  return ParseExtensionsAs<true>(contents, ok, plain);
}
std::vector<Extension> ParseExtensionsGeneral(Input contents, bool* ok) {
  bool plain;
  return ParseExtensionsAs<false>(contents, ok, &plain);
}

bool IsSingleElement(Input value, Element* out) {
  auto el = der::ReadElement(value);
  if (!el || el->full.size() != value.size()) return false;
  if (out) *out = *el;
  return true;
}

namespace {

// Reads the extension value as one SEQUENCE; returns a parser over it.
std::optional<Parser> OuterSequence(const Extension& e) {
  Element el;
  if (!IsSingleElement(e.value, &el) || el.tag != der::kSequence) return std::nullopt;
  return Parser(el.value);
}

}  // namespace

BasicConstraints ParseBasicConstraints(const Extension& e) {
  BasicConstraints bc;
  bc.present = true;
  bc.critical = e.critical;
  auto p = OuterSequence(e);
  if (!p) return bc;
  if (auto ca = p->Optional(der::kBoolean)) {
    bc.ca_encoded = true;
    auto v = der::ParseBool(ca->value);
    if (!v) return bc;
    bc.ca = *v;
  }
  if (auto pl = p->Optional(der::kInteger)) {
    bc.has_path_len = true;
    bc.path_len_raw = pl->value;
    auto v = der::ParseInt64(pl->value);
    if (!v) return bc;
    bc.path_len = *v;
  }
  bc.ok = !p->HasMore();
  return bc;
}

KeyUsage ParseKeyUsage(const Extension& e) {
  KeyUsage ku;
  ku.present = true;
  ku.critical = e.critical;
  Element el;
  if (!IsSingleElement(e.value, &el) || el.tag != der::kBitString) return ku;
  auto bs = der::ParseBitString(el.value, &ku.padding_zero);
  if (!bs) return ku;
  ku.bits = *bs;
  ku.ok = true;
  return ku;
}

ExtKeyUsage ParseExtKeyUsage(const Extension& e) {
  ExtKeyUsage eku;
  eku.present = true;
  eku.critical = e.critical;
  auto p = OuterSequence(e);
  if (!p) return eku;
  eku.purposes.reserve(CountElements(p->remaining()));
  bool ok = true;
  while (p->HasMore()) {
    auto o = p->Next();
    if (!o || o->tag != der::kOid) {
      ok = false;
      if (!o) break;
      continue;
    }
    eku.purposes.push_back(o->value);
  }
  eku.ok = ok;
  return eku;
}

AltName ParseAltName(const Extension& e) {
  AltName an;
  an.present = true;
  an.critical = e.critical;
  Element el;
  if (!IsSingleElement(e.value, &el) || el.tag != der::kSequence) return an;
  an.empty_sequence = el.value.empty();
  an.names = ParseGeneralNames(el.value);
  an.ok = an.names.ok;
  return an;
}

AuthorityKeyId ParseAuthorityKeyId(const Extension& e) {
  AuthorityKeyId aki;
  aki.present = true;
  aki.critical = e.critical;
  auto p = OuterSequence(e);
  if (!p) return aki;
  if (auto k = p->Optional(der::ContextPrimitive(0))) {
    aki.has_key_id = true;
    aki.key_id = k->value;
  }
  if (auto i = p->Optional(der::ContextConstructed(1))) {
    aki.has_issuer = true;
    aki.issuer = ParseGeneralNames(i->value);
  }
  if (auto s = p->Optional(der::ContextPrimitive(2))) {
    aki.has_serial = true;
    aki.serial = s->value;
  }
  aki.ok = !p->HasMore();
  return aki;
}

SubjectKeyId ParseSubjectKeyId(const Extension& e) {
  SubjectKeyId ski;
  ski.present = true;
  ski.critical = e.critical;
  Element el;
  if (!IsSingleElement(e.value, &el) || el.tag != der::kOctetString) return ski;
  ski.key_id = el.value;
  ski.ok = true;
  return ski;
}

CertificatePolicies ParseCertificatePolicies(const Extension& e) {
  CertificatePolicies cp;
  cp.present = true;
  cp.critical = e.critical;
  auto p = OuterSequence(e);
  if (!p) return cp;
  cp.policies.reserve(CountElements(p->remaining()));
  bool ok = true;
  while (p->HasMore()) {
    auto pi = p->Expect(der::kSequence);
    if (!pi) {
      ok = false;
      break;
    }
    Parser pp(pi->value);
    auto oid = pp.Expect(der::kOid);
    if (!oid) {
      ok = false;
      continue;
    }
    PolicyInformation info;
    info.oid = oid->value;
    if (auto quals = pp.Optional(der::kSequence)) {
      Parser qp(quals->value);
      while (qp.HasMore()) {
        auto q = qp.Expect(der::kSequence);
        if (!q) {
          ok = false;
          break;
        }
        Parser qi(q->value);
        auto qid = qi.Expect(der::kOid);
        if (!qid) {
          ok = false;
          continue;
        }
        PolicyQualifier pq;
        pq.id = qid->value;
        if (auto qv = qi.Next()) {
          pq.qualifier = *qv;
          pq.has_qualifier = true;
          if (qv->tag == der::kSequence) {
            Parser un(qv->value);
            if (auto nr = un.Optional(der::kSequence)) {
              Parser nrp(nr->value);
              if (auto org = nrp.Next()) {
                pq.has_notice_ref = true;
                pq.notice_org = *org;
              }
            }
            if (un.HasMore()) {
              if (auto et = un.Next()) {
                pq.has_explicit_text = true;
                pq.explicit_text = *et;
              }
            }
          }
        }
        info.qualifiers.push_back(pq);
      }
    }
    if (pp.HasMore()) ok = false;
    cp.policies.push_back(std::move(info));
  }
  cp.ok = ok;
  return cp;
}

CrlDistributionPoints ParseCrlDistributionPoints(const Extension& e) {
  CrlDistributionPoints cdp;
  cdp.present = true;
  cdp.critical = e.critical;
  auto p = OuterSequence(e);
  if (!p) return cdp;
  cdp.points.reserve(CountElements(p->remaining()));
  bool ok = true;
  while (p->HasMore()) {
    auto dp = p->Expect(der::kSequence);
    if (!dp) {
      ok = false;
      break;
    }
    DistributionPoint point;
    Parser dpp(dp->value);
    if (auto name = dpp.Optional(der::ContextConstructed(0))) {
      point.has_name = true;
      Parser np(name->value);
      if (auto full = np.Optional(der::ContextConstructed(0))) {
        point.name_is_full = true;
        point.full_name = ParseGeneralNames(full->value);
        ok = ok && point.full_name.ok;
      } else if (auto rel = np.Optional(der::ContextConstructed(1))) {
        point.relative_name = rel->value;
      } else {
        ok = false;
      }
    }
    if (auto reasons = dpp.Optional(der::ContextPrimitive(1))) {
      point.has_reasons = true;
      if (auto bs = der::ParseBitString(reasons->value)) point.reasons = *bs;
    }
    if (auto issuer = dpp.Optional(der::ContextConstructed(2))) {
      point.has_crl_issuer = true;
      point.crl_issuer = ParseGeneralNames(issuer->value);
    }
    if (dpp.HasMore()) ok = false;
    cdp.points.push_back(std::move(point));
  }
  cdp.ok = ok;
  return cdp;
}

InfoAccess ParseInfoAccess(const Extension& e) {
  InfoAccess ia;
  ia.present = true;
  ia.critical = e.critical;
  auto p = OuterSequence(e);
  if (!p) return ia;
  ia.descriptions.reserve(CountElements(p->remaining()));
  bool ok = true;
  while (p->HasMore()) {
    auto ad = p->Expect(der::kSequence);
    if (!ad) {
      ok = false;
      break;
    }
    Parser ap(ad->value);
    auto method = ap.Expect(der::kOid);
    auto loc = ap.Next();
    if (!method || !loc) {
      ok = false;
      continue;
    }
    ia.descriptions.push_back({method->value, ToGeneralName(*loc)});
  }
  ia.ok = ok;
  return ia;
}

namespace {
bool ParseSubtrees(Input contents, std::vector<GeneralSubtree>* out) {
  Parser p(contents);
  bool ok = true;
  while (p.HasMore()) {
    auto st = p.Expect(der::kSequence);
    if (!st) return false;
    Parser sp(st->value);
    auto base = sp.Next();
    if (!base) {
      ok = false;
      continue;
    }
    GeneralSubtree t;
    t.base = ToGeneralName(*base);
    if (auto mn = sp.Optional(der::ContextPrimitive(0))) {
      t.has_minimum = true;
      t.minimum = der::ParseInt64(mn->value).value_or(-1);
    }
    if (auto mx = sp.Optional(der::ContextPrimitive(1))) {
      t.has_maximum = true;
      t.maximum = der::ParseInt64(mx->value).value_or(-1);
    }
    if (sp.HasMore()) ok = false;
    out->push_back(t);
  }
  return ok;
}
}  // namespace

NameConstraints ParseNameConstraints(const Extension& e) {
  NameConstraints nc;
  nc.present = true;
  nc.critical = e.critical;
  auto p = OuterSequence(e);
  if (!p) return nc;
  bool ok = true;
  if (auto perm = p->Optional(der::ContextConstructed(0))) {
    nc.has_permitted = true;
    ok = ParseSubtrees(perm->value, &nc.permitted) && ok;
  }
  if (auto excl = p->Optional(der::ContextConstructed(1))) {
    nc.has_excluded = true;
    ok = ParseSubtrees(excl->value, &nc.excluded) && ok;
  }
  nc.ok = ok && !p->HasMore();
  return nc;
}

PolicyConstraints ParsePolicyConstraints(const Extension& e) {
  PolicyConstraints pc;
  pc.present = true;
  pc.critical = e.critical;
  auto p = OuterSequence(e);
  if (!p) return pc;
  if (auto r = p->Optional(der::ContextPrimitive(0))) {
    pc.has_require = true;
    pc.require = der::ParseInt64(r->value).value_or(-1);
  }
  if (auto i = p->Optional(der::ContextPrimitive(1))) {
    pc.has_inhibit = true;
    pc.inhibit = der::ParseInt64(i->value).value_or(-1);
  }
  pc.ok = !p->HasMore();
  return pc;
}

PolicyMappings ParsePolicyMappings(const Extension& e) {
  PolicyMappings pm;
  pm.present = true;
  pm.critical = e.critical;
  auto p = OuterSequence(e);
  if (!p) return pm;
  bool ok = true;
  while (p->HasMore()) {
    auto m = p->Expect(der::kSequence);
    if (!m) {
      ok = false;
      break;
    }
    Parser mp(m->value);
    auto a = mp.Expect(der::kOid);
    auto b = mp.Expect(der::kOid);
    if (!a || !b) {
      ok = false;
      continue;
    }
    pm.mappings.emplace_back(a->value, b->value);
  }
  pm.ok = ok;
  return pm;
}

SctList ParseSctList(const Extension& e) {
  SctList list;
  list.present = true;
  list.critical = e.critical;
  Element el;
  if (!IsSingleElement(e.value, &el) || el.tag != der::kOctetString) return list;
  Input v = el.value;
  // opaque SerializedSCT<1..2^16-1>; SignedCertificateTimestampList: <1..2^16-1>
  if (v.size() < 2) return list;
  size_t total = (size_t{v[0]} << 8) | v[1];
  if (total != v.size() - 2) return list;
  size_t pos = 2;
  while (pos < v.size()) {
    if (pos + 2 > v.size()) return list;
    size_t n = (size_t{v[pos]} << 8) | v[pos + 1];
    pos += 2;
    if (pos + n > v.size()) return list;
    Input raw = v.sub(pos, n);
    Sct sct;
    sct.raw = raw;
    if (raw.size() >= 41) {
      sct.version = raw[0];
      sct.log_id = raw.sub(1, 32);
      for (int i = 0; i < 8; ++i) sct.timestamp_ms = (sct.timestamp_ms << 8) | raw[33 + i];
    }
    list.scts.push_back(sct);
    pos += n;
  }
  list.ok = true;
  return list;
}

}  // namespace cair::x509
