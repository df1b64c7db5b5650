#include "x509/crl.h"

#include "x509/oids.h"

namespace cair::x509 {

using der::Element;
using der::Input;
using der::Parser;

const Extension* Crl::FindExtension(Input o) const {
  for (const auto& e : extensions)
    if (e.oid == o) return &e;
  return nullptr;
}

Crl ParseCrl(Input der) {
  Crl c;
  auto fatal = [&](const char* field, Input at, const char* reason) {
    size_t off = der.Contains(at) ? der.OffsetOf(at) : 0;
    c.diagnostics.Add(Severity::kFatal, "x509.crl.malformed", field, off, reason);
    return c;
  };
  der::ParseError err{};
  auto outer = der::ReadElement(der, &err);
  if (!outer) return fatal("certificateList", der, der::ParseErrorName(err));
  if (outer->tag != der::kSequence) return fatal("certificateList", der, "not a SEQUENCE");
  c.raw = outer->full;
  Parser p(outer->value);
  auto tbs = p.Expect(der::kSequence);
  if (!tbs) return fatal("tbsCertList", outer->value, der::ParseErrorName(p.error()));
  auto alg = p.Expect(der::kSequence);
  if (!alg) return fatal("signatureAlgorithm", p.remaining(), der::ParseErrorName(p.error()));
  c.signature_algorithm = ParseAlgorithmIdentifier(*alg);
  auto sig = p.Expect(der::kBitString);
  if (!sig) return fatal("signatureValue", p.remaining(), der::ParseErrorName(p.error()));
  if (auto bs = der::ParseBitString(sig->value)) c.signature_value = *bs;
  c.tbs = tbs->full;

  Parser t(tbs->value);
  if (auto v = t.Optional(der::kInteger)) {
    c.version_encoded = true;
    c.version = der::ParseInt64(v->value).value_or(-1);
  }
  auto tsig = t.Expect(der::kSequence);
  if (!tsig) return fatal("tbsCertList.signature", t.remaining(), der::ParseErrorName(t.error()));
  c.tbs_signature = ParseAlgorithmIdentifier(*tsig);
  auto issuer = t.Expect(der::kSequence);
  if (!issuer) return fatal("tbsCertList.issuer", t.remaining(), der::ParseErrorName(t.error()));
  c.issuer = ParseName(*issuer);
  auto tu = t.Next();
  if (!tu || (tu->tag != der::kUtcTime && tu->tag != der::kGeneralizedTime))
    return fatal("tbsCertList.thisUpdate", t.remaining(), "missing or not a Time");
  c.this_update = ParseTime(*tu);
  if (auto tag = t.PeekTag(); tag && (*tag == der::kUtcTime || *tag == der::kGeneralizedTime)) {
    c.has_next_update = true;
    c.next_update = ParseTime(*t.Next());
  }
  if (auto rev = t.Optional(der::kSequence)) {
    c.has_revoked_field = true;
    Parser rp(rev->value);
    while (rp.HasMore()) {
      auto entry = rp.Expect(der::kSequence);
      if (!entry) {
        size_t off = der.Contains(rp.remaining()) ? der.OffsetOf(rp.remaining()) : 0;
        c.diagnostics.Add(Severity::kError, "x509.crl.entry.malformed", "revokedCertificates", off,
                          der::ParseErrorName(rp.error()));
        break;
      }
      RevokedCertificate r;
      r.full = entry->full;
      Parser ep(entry->value);
      auto serial = ep.Expect(der::kInteger);
      auto date = ep.Next();
      if (!serial || !date) {
        c.diagnostics.Add(Severity::kError, "x509.crl.entry.malformed", "revokedCertificates",
                          der.OffsetOf(entry->full), "missing serial or revocationDate");
        continue;
      }
      r.serial = serial->value;
      r.revocation_date = ParseTime(*date);
      if (auto exts = ep.Optional(der::kSequence)) {
        r.has_extensions = true;
        r.extensions = ParseExtensions(exts->value, &r.extensions_ok);
        for (const auto& e : r.extensions) {
          if (e.oid != oid::kReasonCode) continue;
          auto el = der::ReadElement(e.value);
          if (el && el->tag == der::kEnumerated && el->value.size() == 1) {
            r.reason_code = el->value[0];
          } else {
            r.reason_ok = false;
            if (el && el->tag == der::kEnumerated) r.reason_code = static_cast<int>(der::ParseInt64(el->value).value_or(-1));
          }
        }
      }
      c.revoked.push_back(std::move(r));
    }
  }
  if (auto ext = t.Optional(der::ContextConstructed(0))) {
    c.has_extensions_field = true;
    auto seq = der::ReadElement(ext->value);
    if (!seq || seq->tag != der::kSequence) {
      c.extensions_ok = false;
    } else {
      c.extensions = ParseExtensions(seq->value, &c.extensions_ok);
    }
  }
  c.parsed = true;
  return c;
}

}  // namespace cair::x509
