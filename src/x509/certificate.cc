#include "x509/certificate.h"

#include <openssl/asn1t.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include "x509/general_paths.h"
#include "x509/oids.h"

namespace cair::x509 {

using der::Element;
using der::Input;
using der::Parser;

AlgorithmIdentifier ParseAlgorithmIdentifier(const Element& el) {
  AlgorithmIdentifier a;
  a.full = el.full;
  if (el.tag != der::kSequence) return a;
  Parser p(el.value);
  auto oid = p.Expect(der::kOid);
  if (!oid) return a;
  a.oid = oid->value;
  if (auto params = p.Next()) {
    a.has_params = true;
    a.params = *params;
  }
  a.ok = !p.HasMore();
  return a;
}

CertTime ParseTime(const Element& el) {
  CertTime t;
  t.tag = el.tag;
  t.value = el.value;
  std::optional<der::Time> parsed;
  if (el.tag == der::kUtcTime) {
    parsed = der::ParseUtcTime(el.value, &t.format);
  } else if (el.tag == der::kGeneralizedTime) {
    parsed = der::ParseGeneralizedTime(el.value, &t.format);
  }
  if (parsed) {
    t.unix = parsed->ToUnix();
    t.ok = true;
  }
  return t;
}

namespace {

struct Ctx {
  Input whole;
  Diagnostics* diags;
  size_t Off(Input in) const { return whole.Contains(in) ? whole.OffsetOf(in) : 0; }
  void Fatal(const char* field, Input at, const char* reason) {
    diags->Add(Severity::kFatal, "x509.malformed", field, Off(at), reason);
  }
  void Error(const char* id, const char* field, Input at, const char* reason) {
    diags->Add(Severity::kError, id, field, Off(at), reason);
  }
};

void ParsePublicKey(const Element& el, PublicKeyInfo* spki) {
  spki->full = el.full;
  if (el.tag != der::kSequence) return;
  Parser p(el.value);
  auto alg = p.Expect(der::kSequence);
  auto key = p.Expect(der::kBitString);
  if (!alg || !key) return;
  spki->algorithm = ParseAlgorithmIdentifier(*alg);
  auto bits = der::ParseBitString(key->value);
  if (!bits) return;
  spki->key = *bits;
  spki->ok = !p.HasMore();
  if (spki->algorithm.oid == oid::kRsaEncryption && bits->unused_bits == 0) {
    auto rsa = der::ReadElement(bits->bytes);
    if (rsa && rsa->tag == der::kSequence) {
      Parser rp(rsa->value);
      auto n = rp.Expect(der::kInteger);
      auto e = rp.Expect(der::kInteger);
      if (n && e) {
        spki->rsa_modulus = n->value;
        spki->rsa_exponent = e->value;
        spki->rsa_ok = true;
      }
    }
  } else if (spki->algorithm.oid == oid::kEcPublicKey && spki->algorithm.has_params &&
             spki->algorithm.params.tag == der::kOid) {
    spki->ec_curve = spki->algorithm.params.value;
  }
}

void ParseKnownExtensions(Certificate* c, Ctx* ctx) {
  for (const Extension& e : c->extensions) {
    const Input o = e.oid;
    if (o == oid::kBasicConstraints) {
      if (!c->basic_constraints.present) c->basic_constraints = ParseBasicConstraints(e);
      if (!c->basic_constraints.ok)
        ctx->Error("x509.extension.malformed", "extensions.basicConstraints", e.full, "not a BasicConstraints");
    } else if (o == oid::kKeyUsage) {
      if (!c->key_usage.present) c->key_usage = ParseKeyUsage(e);
      if (!c->key_usage.ok)
        ctx->Error("x509.extension.malformed", "extensions.keyUsage", e.full, "not a BIT STRING");
    } else if (o == oid::kExtKeyUsage) {
      if (!c->ext_key_usage.present) c->ext_key_usage = ParseExtKeyUsage(e);
      if (!c->ext_key_usage.ok)
        ctx->Error("x509.extension.malformed", "extensions.extKeyUsage", e.full, "not a SEQUENCE OF OID");
    } else if (o == oid::kSubjectAltName) {
      if (!c->san.present) c->san = ParseAltName(e);
      if (!c->san.ok)
        ctx->Error("x509.extension.malformed", "extensions.subjectAltName", e.full, "not GeneralNames");
    } else if (o == oid::kIssuerAltName) {
      if (!c->ian.present) c->ian = ParseAltName(e);
      if (!c->ian.ok)
        ctx->Error("x509.extension.malformed", "extensions.issuerAltName", e.full, "not GeneralNames");
    } else if (o == oid::kAuthorityKeyIdentifier) {
      if (!c->aki.present) c->aki = ParseAuthorityKeyId(e);
      if (!c->aki.ok)
        ctx->Error("x509.extension.malformed", "extensions.authorityKeyIdentifier", e.full, "malformed");
    } else if (o == oid::kSubjectKeyIdentifier) {
      if (!c->ski.present) c->ski = ParseSubjectKeyId(e);
      if (!c->ski.ok)
        ctx->Error("x509.extension.malformed", "extensions.subjectKeyIdentifier", e.full, "not an OCTET STRING");
    } else if (o == oid::kCertificatePolicies) {
      if (!c->policies.present) c->policies = ParseCertificatePolicies(e);
      if (!c->policies.ok)
        ctx->Error("x509.extension.malformed", "extensions.certificatePolicies", e.full, "malformed");
    } else if (o == oid::kCrlDistributionPoints) {
      if (!c->crl_dp.present) c->crl_dp = ParseCrlDistributionPoints(e);
      if (!c->crl_dp.ok)
        ctx->Error("x509.extension.malformed", "extensions.cRLDistributionPoints", e.full, "malformed");
    } else if (o == oid::kAuthorityInfoAccess) {
      if (!c->aia.present) c->aia = ParseInfoAccess(e);
      if (!c->aia.ok)
        ctx->Error("x509.extension.malformed", "extensions.authorityInfoAccess", e.full, "malformed");
    } else if (o == oid::kSubjectInfoAccess) {
      if (!c->sia.present) c->sia = ParseInfoAccess(e);
    } else if (o == oid::kNameConstraints) {
      if (!c->name_constraints.present) c->name_constraints = ParseNameConstraints(e);
      if (!c->name_constraints.ok)
        ctx->Error("x509.extension.malformed", "extensions.nameConstraints", e.full, "malformed");
    } else if (o == oid::kPolicyConstraints) {
      if (!c->policy_constraints.present) c->policy_constraints = ParsePolicyConstraints(e);
    } else if (o == oid::kPolicyMappings) {
      if (!c->policy_mappings.present) c->policy_mappings = ParsePolicyMappings(e);
    } else if (o == oid::kCtSctList) {
      if (!c->sct_list.present) c->sct_list = ParseSctList(e);
    } else if (o == oid::kCtPoison) {
      c->ct_poison = true;
    }
  }
}

// Reads the TBSCertificate fields from `tbs_el` into `c`.
bool ParseTbsFields(const Element& tbs_el, Certificate* c, Ctx* ctx) {
  if (tbs_el.tag != der::kSequence) {
    ctx->Fatal("tbsCertificate", tbs_el.full, "not a SEQUENCE");
    return false;
  }
  c->tbs = tbs_el.full;
  Parser p(tbs_el.value);
  if (auto v = p.Optional(der::ContextConstructed(0))) {
    c->version_encoded = true;
    auto inner = der::ReadElement(v->value);
    if (!inner || inner->tag != der::kInteger) {
      ctx->Fatal("tbsCertificate.version", v->full, "not an INTEGER");
      return false;
    }
    c->version = der::ParseInt64(inner->value).value_or(-1);
  }
  auto serial = p.Expect(der::kInteger);
  if (!serial) {
    ctx->Fatal("tbsCertificate.serialNumber", p.remaining(), der::ParseErrorName(p.error()));
    return false;
  }
  c->serial = serial->value;
  auto sig = p.Expect(der::kSequence);
  if (!sig) {
    ctx->Fatal("tbsCertificate.signature", p.remaining(), der::ParseErrorName(p.error()));
    return false;
  }
  c->tbs_signature = ParseAlgorithmIdentifier(*sig);
  auto issuer = p.Expect(der::kSequence);
  if (!issuer) {
    ctx->Fatal("tbsCertificate.issuer", p.remaining(), der::ParseErrorName(p.error()));
    return false;
  }
  c->issuer = ParseName(*issuer);
  if (!c->issuer.ok) ctx->Error("x509.name.malformed", "tbsCertificate.issuer", issuer->full, "not an RDNSequence");
  auto validity = p.Expect(der::kSequence);
  if (!validity) {
    ctx->Fatal("tbsCertificate.validity", p.remaining(), der::ParseErrorName(p.error()));
    return false;
  }
  {
    Parser vp(validity->value);
    auto nb = vp.Next();
    auto na = vp.Next();
    if (!nb || !na) {
      ctx->Fatal("tbsCertificate.validity", validity->full, "missing notBefore/notAfter");
      return false;
    }
    c->not_before = ParseTime(*nb);
    c->not_after = ParseTime(*na);
    if (!c->not_before.ok)
      ctx->Error("x509.time.malformed", "tbsCertificate.validity.notBefore", nb->full, "not a valid UTCTime/GeneralizedTime");
    if (!c->not_after.ok)
      ctx->Error("x509.time.malformed", "tbsCertificate.validity.notAfter", na->full, "not a valid UTCTime/GeneralizedTime");
  }
  auto subject = p.Expect(der::kSequence);
  if (!subject) {
    ctx->Fatal("tbsCertificate.subject", p.remaining(), der::ParseErrorName(p.error()));
    return false;
  }
  c->subject = ParseName(*subject);
  if (!c->subject.ok) ctx->Error("x509.name.malformed", "tbsCertificate.subject", subject->full, "not an RDNSequence");
  auto spki = p.Expect(der::kSequence);
  if (!spki) {
    ctx->Fatal("tbsCertificate.subjectPublicKeyInfo", p.remaining(), der::ParseErrorName(p.error()));
    return false;
  }
  ParsePublicKey(*spki, &c->spki);
  if (!c->spki.ok)
    ctx->Error("x509.spki.malformed", "tbsCertificate.subjectPublicKeyInfo", spki->full, "malformed");
  if (p.Optional(der::ContextPrimitive(1)) || p.Optional(der::ContextConstructed(1)))
    c->has_issuer_unique_id = true;
  if (p.Optional(der::ContextPrimitive(2)) || p.Optional(der::ContextConstructed(2)))
    c->has_subject_unique_id = true;
  if (auto ext = p.Optional(der::ContextConstructed(3))) {
    c->has_extensions_field = true;
    auto seq = der::ReadElement(ext->value);
    if (!seq || seq->tag != der::kSequence || seq->full.size() != ext->value.size()) {
      c->extensions_ok = false;
      ctx->Error("x509.extensions.malformed", "tbsCertificate.extensions", ext->full, "not a SEQUENCE OF Extension");
    } else {
      bool ok = true;
      bool plain = false;
      c->extensions = ParseExtensions(seq->value, &ok, &plain);
      c->extensions_ok = ok;
      if (plain) c->plain_extensions = seq->value;
      if (!ok)
        ctx->Error("x509.extensions.malformed", "tbsCertificate.extensions", ext->full, "an Extension is malformed");
    }
  }
  if (p.HasMore())
    ctx->Error("x509.tbs.trailing_data", "tbsCertificate", p.remaining(), "unexpected fields after extensions");
  ParseKnownExtensions(c, ctx);
  return true;
}

}  // namespace

Certificate ParseCertificate(Input der) {
  Certificate c;
  Ctx ctx{der, &c.diagnostics};
  der::ParseError err = der::ParseError::kNone;
  auto outer = der::ReadElement(der, &err);
  if (!outer) {
    ctx.Fatal("certificate", der, der::ParseErrorName(err));
    return c;
  }
  if (outer->tag != der::kSequence) {
    ctx.Fatal("certificate", der, "not a SEQUENCE");
    return c;
  }
  if (outer->full.size() != der.size())
    ctx.Error("x509.trailing_data", "certificate", der.sub(outer->full.size()), "bytes after the certificate");
  c.raw = outer->full;
  Parser p(outer->value);
  auto tbs = p.Expect(der::kSequence);
  if (!tbs) {
    ctx.Fatal("tbsCertificate", outer->value, der::ParseErrorName(p.error()));
    return c;
  }
  auto alg = p.Expect(der::kSequence);
  if (!alg) {
    ctx.Fatal("signatureAlgorithm", p.remaining(), der::ParseErrorName(p.error()));
    return c;
  }
  c.signature_algorithm = ParseAlgorithmIdentifier(*alg);
  auto sig = p.Expect(der::kBitString);
  if (!sig) {
    ctx.Fatal("signatureValue", p.remaining(), der::ParseErrorName(p.error()));
    return c;
  }
  if (auto bs = der::ParseBitString(sig->value)) c.signature_value = *bs;
  if (p.HasMore()) ctx.Error("x509.trailing_data", "certificate", p.remaining(), "fields after signatureValue");
  c.parsed = ParseTbsFields(*tbs, &c, &ctx);
  return c;
}

Certificate ParseTbsCertificate(Input der) {
  Certificate c;
  c.tbs_only = true;
  Ctx ctx{der, &c.diagnostics};
  der::ParseError err = der::ParseError::kNone;
  auto outer = der::ReadElement(der, &err);
  if (!outer) {
    ctx.Fatal("tbsCertificate", der, der::ParseErrorName(err));
    return c;
  }
  c.raw = outer->full;
  c.parsed = ParseTbsFields(*outer, &c, &ctx);
  return c;
}

void Certificate::BuildExtensionIndex() const {
  ExtensionIndex& ix = extension_index_cache;
  ix.first.fill(ExtensionIndex::kNone);
  ix.last.fill(ExtensionIndex::kNone);
  ix.count.fill(0);
  ix.present = 0;
  ix.built_for = extensions.size();
  ix.usable = extensions.size() < ExtensionIndex::kNone;
  for (size_t i = 0; i < extensions.size(); ++i) {
    const int slot = KnownExtensionSlot(extensions[i].oid);
    if (slot < 0) continue;
    ix.present |= uint32_t{1} << slot;
    if (!ix.usable) continue;
    if (ix.first[slot] == ExtensionIndex::kNone) ix.first[slot] = static_cast<uint16_t>(i);
    ix.last[slot] = static_cast<uint16_t>(i);
    ++ix.count[slot];
  }
}

// The scans, for OIDs without a slot. Extension OIDs mostly share their
// length and prefix, so the last byte is compared before the whole OID.
const Extension* Certificate::ScanFirst(Input o) const {
  if (o.empty()) {
    for (const auto& e : extensions)
      if (e.oid.empty()) return &e;
    return nullptr;
  }
  const size_t n = o.size();
  const uint8_t last = o[n - 1];
  for (const auto& e : extensions)
    if (e.oid.size() == n && e.oid[n - 1] == last && e.oid == o) return &e;
  return nullptr;
}

const Extension* Certificate::ScanLast(Input o) const {
  for (auto it = extensions.rbegin(); it != extensions.rend(); ++it)
    if (it->oid == o) return &*it;
  return nullptr;
}

size_t Certificate::ScanCount(Input o) const {
  size_t n = 0;
  if (o.empty()) {
    for (const auto& e : extensions) n += e.oid.empty();
    return n;
  }
  const size_t size = o.size();
  const uint8_t last = o[size - 1];
  for (const auto& e : extensions) n += e.oid.size() == size && e.oid[size - 1] == last && e.oid == o;
  return n;
}

namespace {

// The certificate's public key for OpenSSL. d2i_PUBKEY goes through
// OpenSSL 3's provider decoder machinery, about a million instructions per
// key (as much as the RSA verification itself); an rsaEncryption key is read
// directly from its RSAPublicKey, as OpenSSL's own RSA decoder does.
EVP_PKEY* OwnKey(const Certificate& c) {
  const PublicKeyInfo& k = c.spki;
  if (k.ok && k.rsa_ok) {
    const unsigned char* p = k.key.bytes.data();
    if (EVP_PKEY* key = d2i_PublicKey(EVP_PKEY_RSA, nullptr, &p, static_cast<long>(k.key.bytes.size()))) return key;
  }
  const unsigned char* p = k.full.data();
  return d2i_PUBKEY(nullptr, &p, static_cast<long>(k.full.size()));
}

// Checks the outer signature over the TBSCertificate bytes exactly as they
// appear, with the outer signatureAlgorithm and the certificate's own key.
// This is what zcrypto's SelfSigned means; OpenSSL's X509_verify would also
// demand that the inner and outer AlgorithmIdentifiers are equal, which is a
// separate rule (RFC 5280 4.1.1.2) with a lint of its own.
bool VerifiesWithOwnKey(const Certificate& c) {
  if (c.tbs.empty() || c.spki.full.empty() || c.signature_algorithm.full.empty()) return false;
  EVP_PKEY* key = OwnKey(c);
  if (!key) return false;
  const unsigned char* p = c.signature_algorithm.full.data();
  X509_ALGOR* alg = d2i_X509_ALGOR(nullptr, &p, static_cast<long>(c.signature_algorithm.full.size()));
  ASN1_BIT_STRING* sig = ASN1_BIT_STRING_new();
  // The TBS travels as an opaque SEQUENCE: OpenSSL re-emits such a value
  // byte for byte, so the digest covers exactly the signed bytes.
  ASN1_TYPE* tbs = ASN1_TYPE_new();
  ASN1_STRING* tbs_bytes = ASN1_STRING_type_new(V_ASN1_SEQUENCE);
  bool ok = false;
  if (alg && sig && tbs && tbs_bytes &&
      ASN1_BIT_STRING_set(sig, const_cast<unsigned char*>(c.signature_value.bytes.data()),
                          static_cast<int>(c.signature_value.bytes.size())) == 1 &&
      ASN1_STRING_set(tbs_bytes, c.tbs.data(), static_cast<int>(c.tbs.size())) == 1) {
    sig->flags &= ~(ASN1_STRING_FLAG_BITS_LEFT | 0x07);
    sig->flags |= ASN1_STRING_FLAG_BITS_LEFT | c.signature_value.unused_bits;
    ASN1_TYPE_set(tbs, V_ASN1_SEQUENCE, tbs_bytes);
    tbs_bytes = nullptr;  // owned by tbs now
    ok = ASN1_item_verify(ASN1_ITEM_rptr(ASN1_ANY), alg, sig, tbs, key) == 1;
  }
  ERR_clear_error();
  ASN1_STRING_free(tbs_bytes);
  ASN1_TYPE_free(tbs);
  ASN1_BIT_STRING_free(sig);
  X509_ALGOR_free(alg);
  EVP_PKEY_free(key);
  return ok;
}

}  // namespace

bool Certificate::IsSelfSigned() const {
  if (self_signed_cache >= 0) return self_signed_cache == 1;
  bool result = false;
  if (IsSelfIssued()) {
    if (tbs_only) {
      result = true;
    } else {
      result = VerifiesWithOwnKey(*this);
    }
  }
  self_signed_cache = result ? 1 : 0;
  return result;
}

namespace {

// der::Walk's visit, specialised to what EncodingAudit counts: the same
// elements in the same order (der::ReadHeader's rules, a malformed or
// overrunning header ending its level, depth 64), without building an
// Element per TLV. Every certificate pays it (the DER lints are in the
// catalogue). One loop with the ends of the enclosing levels on a stack,
// not a call per constructed element: a level that ends (or stops at a
// malformed header) resumes its parent at its own end, which is where the
// parent's next sibling begins.
void AuditElements(const Certificate& c, EncodingAudit* a) {
  struct Open {
    const uint8_t* end;
    int depth;
  };
  Open open[64];
  Open* top = open;  // levels still open above the current one, but for
                     // those that end where their last child does
  int depth = 0;
  const Input raw = c.raw;
  const Extension* next_value = c.extensions.data();
  const Extension* const last_value = next_value + c.extensions.size();
  // The issuer's and subject's contents when ParseName saw nothing inside
  // them that the audit counts (Name::short_form_only): the walk of the
  // same bytes would count nothing, so it is not made.
  const Input none(nullptr, 0);
  const Input plain_issuer = c.issuer.short_form_only ? c.issuer.value : none;
  const Input plain_subject = c.subject.short_form_only ? c.subject.value : none;
  // And the extensions SEQUENCE's, likewise (Certificate::plain_extensions;
  // empty otherwise, and an empty value holds nothing to count anyway).
  const Input plain_extensions = c.plain_extensions;
  auto KnownEmpty = [&](const uint8_t* value, size_t length) {
    return (value == plain_issuer.data() && length == plain_issuer.size()) ||
           (value == plain_subject.data() && length == plain_subject.size()) ||
           (value == plain_extensions.data() && length == plain_extensions.size());
  };
  const uint8_t* p = raw.data();
  const uint8_t* end = p + raw.size();
  size_t booleans = 0;
  for (;;) {
    const size_t avail = static_cast<size_t>(end - p);
    if (avail < 2) {  // the level's end, or one octet no header fits in
      if (top != open) {
        --top;
        p = end;
        end = top->end;
        depth = top->depth;
        continue;
      }
      if (next_value == last_value) break;
      p = next_value->value.data();  // then each extension value, at depth 0
      end = p + next_value->value.size();
      ++next_value;
      depth = 0;
      continue;
    }
    const uint8_t first = p[0];
    const uint8_t len0 = p[1];
    const uint8_t* value;
    size_t length;
    if ((first & 0x1f) != 0x1f && len0 < 0x80) {
      // One-octet tag and length: most elements, and nothing to count but a
      // BOOLEAN's value.
      length = len0;
      if (length > avail - 2) {
        p = end;
        continue;
      }
      value = p + 2;
      if (first == 0x01 && length == 1 && value[0] != 0x00 && value[0] != 0xff) ++booleans;
    } else {
      const std::optional<der::Header> h = der::ReadHeader(Input(p, avail));
      if (!h || h->length > avail - h->header_size) {
        p = end;
        continue;
      }
      length = h->length;
      value = p + h->header_size;
      if ((h->flags & der::kLengthNotMinimal) && a->non_minimal_lengths++ == 0) {
        const Input full(p, h->header_size + length);
        a->first_non_minimal_length = raw.Contains(full) ? raw.OffsetOf(full) : 0;
      }
      if (h->flags & der::kTagNotMinimal) ++a->non_minimal_tags;
      if (h->tag == der::kBoolean && length == 1 && value[0] != 0x00 && value[0] != 0xff) ++booleans;
    }
    p = value + length;
    if ((first & 0x20) && depth < 64 && !KnownEmpty(value, length)) {
      // Enter it. A last child ends where its parent does: the parent then
      // has nothing left, and is not kept open.
      if (p != end) {
        *top++ = Open{end, depth};
        end = p;
      }
      p = value;
      ++depth;
    }
  }
  a->non_canonical_booleans += booleans;
}

}  // namespace

const EncodingAudit& Certificate::Encoding() const {
  if (encoding_cache) return *encoding_cache;
  EncodingAudit a;
  AuditElements(*this, &a);
  encoding_cache = a;
  return *encoding_cache;
}

bool Certificate::IsServerAuth() const {
  if (!ext_key_usage.present || ext_key_usage.purposes.empty()) return true;
  if (ext_key_usage.Has(oid::kAnyExtendedKeyUsage) || ext_key_usage.Has(oid::kEkuServerAuth)) return true;
  return policies.Has(oid::kBrDomainValidated) || policies.Has(oid::kBrOrganizationValidated) ||
         policies.Has(oid::kBrIndividualValidated) || policies.Has(oid::kBrExtendedValidation);
}

bool Certificate::IsEmailProtection() const {
  bool email_san = false;
  for (const auto& g : san.names.names) {
    if (g.type == GeneralNameType::kRfc822Name ||
        (g.type == GeneralNameType::kOtherName && g.other_type_id == oid::kSmtpUtf8Mailbox)) {
      email_san = true;
      break;
    }
  }
  if (email_san) {
    if (!ext_key_usage.present || ext_key_usage.purposes.empty()) return true;
    if (ext_key_usage.Has(oid::kAnyExtendedKeyUsage) || ext_key_usage.Has(oid::kEkuEmailProtection))
      return true;
  }
  static const Input kSmime[] = {
      oid::kSmimeMailboxLegacy, oid::kSmimeMailboxMultipurpose, oid::kSmimeMailboxStrict,
      oid::kSmimeOrganizationLegacy, oid::kSmimeOrganizationMultipurpose, oid::kSmimeOrganizationStrict,
      oid::kSmimeSponsorLegacy, oid::kSmimeSponsorMultipurpose, oid::kSmimeSponsorStrict,
      oid::kSmimeIndividualLegacy, oid::kSmimeIndividualMultipurpose, oid::kSmimeIndividualStrict};
  for (Input o : kSmime)
    if (policies.Has(o)) return true;
  return false;
}

bool Certificate::IsCodeSigning() const {
  return policies.Has(oid::kCabfCodeSigningEv) || policies.Has(oid::kCabfCodeSigningOv);
}

}  // namespace cair::x509
