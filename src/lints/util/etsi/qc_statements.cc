// File: lints/util/etsi/qc_statements.cc
#include "lints/util/etsi/qc_statements.h"
#include "lints/util/zcrypto/reader.h"

#include <algorithm>
#include <optional>

#include "der/parser.h"
#include "der/strings.h"
#include "der/values.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints::util::etsi {
namespace {

using der::Element;
using der::Input;

constexpr char kOuterSeqError[] = "qcStatements: the extension value is not a SEQUENCE of QCStatement";
constexpr char kOuterRestError[] = "qcStatements: bytes follow the outer SEQUENCE";
constexpr char kStatementError[] =
    "qcStatements: a QCStatement does not begin with a well-formed statementId";
constexpr char kInfoParseError[] = "qcStatements: the statementInfo could not be decoded";
constexpr char kReencodeError[] =
    "qcStatements: the statementInfo is not in the expected DER form (wrong ASN.1 string type?)";

// Reads the next element of `*rest` with Go's strictness and advances.
std::optional<Element> Next(Input* rest) { return zcrypto::ReadStrict(*rest, rest); }

bool IsUniversal(const Element& e, der::Tag t) { return e.tag == t; }

// Go's encoding/asn1 reading a value into a Go `string`: the universal
// PrintableString, IA5String, T61String, UTF8String, NumericString,
// BMPString and GeneralString tags are accepted, each with its own
// character check.
std::optional<std::string> GoString(const Element& e) {
  const der::Tag t = e.tag;
  if (t.cls != der::TagClass::kUniversal || t.constructed) return std::nullopt;
  const Input v = e.value;
  std::string out;
  switch (t.number) {
    case 19:  // PrintableString; Go's reader also lets '*' and '&' through
      for (uint8_t b : v)
        if (!der::IsPrintableChar(b) && b != '*' && b != '&') return std::nullopt;
      return v.AsString();
    case 22:  // IA5String
      if (!der::IsIa5String(v)) return std::nullopt;
      return v.AsString();
    case 18:  // NumericString
      if (!der::IsNumericString(v)) return std::nullopt;
      return v.AsString();
    case 12:  // UTF8String
      if (!der::IsValidUtf8(v)) return std::nullopt;
      return v.AsString();
    case 20:  // T61String: Go keeps the bytes as they are
    case 27:  // GeneralString
      return v.AsString();
    case 30:  // BMPString
      if (v.size() % 2 != 0) return std::nullopt;
      der::DecodeString(t, v, &out);
      return out;
    default:
      return std::nullopt;
  }
}

// True when Go's Marshal with the "printable" parameter accepts `s` (it
// tolerates '*' but not '&').
bool GoMarshalsPrintable(std::string_view s) {
  for (char ch : s)
    if (!der::IsPrintableChar(static_cast<uint8_t>(ch)) && ch != '*') return false;
  return true;
}

void Append(std::string* out, std::string_view msg) {
  if (msg.empty()) return;
  if (!out->empty()) out->append("; ");
  out->append(msg);
}

// QcCompliance and QcSSCD are a bare statementId: SEQUENCE { OID } and
// nothing else.
void CheckBareStatement(const QcStatementEntry& e, QcStatementLookup* r, std::string_view what) {
  Input rest = e.full;
  auto seq = Next(&rest);
  Input body = seq ? seq->value : Input();
  auto id = Next(&body);
  if (!id || !body.empty()) Append(&r->error, std::string("the ") + std::string(what) +
                                                  " statement carries a statementInfo");
}

// QcType: SEQUENCE OF OBJECT IDENTIFIER.
void DecodeQcType(const QcStatementEntry& e, QcStatementLookup* r) {
  Input rest = e.info;
  auto seq = e.has_info ? Next(&rest) : std::nullopt;
  if (!seq || !IsUniversal(*seq, der::kSequence)) {
    r->error = "the QcType statementInfo is not a SEQUENCE OF OBJECT IDENTIFIER";
    return;
  }
  Input items = seq->value;
  while (!items.empty()) {
    auto el = Next(&items);
    if (!el || !IsUniversal(*el, der::kOid) || !zcrypto::OidOk(el->value)) {
      r->qc_types.clear();
      r->error = "the QcType statementInfo is not a SEQUENCE OF OBJECT IDENTIFIER";
      return;
    }
    r->qc_types.push_back(el->value);
  }
}

// QcEuPDS ::= SEQUENCE SIZE (1..MAX) OF PdsLocation
void DecodePds(const QcStatementEntry& e, QcStatementLookup* r) {
  Input rest = e.info;
  auto seq = e.has_info ? Next(&rest) : std::nullopt;
  if (!seq || !IsUniversal(*seq, der::kSequence)) {
    r->error = kInfoParseError;
    return;
  }
  bool canonical = true;
  Input items = seq->value;
  while (!items.empty()) {
    auto loc = Next(&items);
    if (!loc || !IsUniversal(*loc, der::kSequence)) {
      r->pds.clear();
      r->error = kInfoParseError;
      return;
    }
    Input fields = loc->value;
    auto url = Next(&fields);
    std::optional<std::string> url_text = url ? GoString(*url) : std::nullopt;
    auto lang = url_text ? Next(&fields) : std::nullopt;
    std::optional<std::string> lang_text = lang ? GoString(*lang) : std::nullopt;
    if (!lang_text) {
      r->pds.clear();
      r->error = kInfoParseError;
      return;
    }
    // Re-encoded as { IA5String, PrintableString } with nothing after them.
    if (!fields.empty() || url->tag != der::kIa5String || lang->tag != der::kPrintableString ||
        !GoMarshalsPrintable(*lang_text))
      canonical = false;
    r->pds.push_back({std::move(*url_text), std::move(*lang_text)});
  }
  if (!canonical) r->error = kReencodeError;
}

// MonetaryValue, tried first with a numeric then with an alphabetic currency.
void DecodeLimitValue(const QcStatementEntry& e, QcStatementLookup* r) {
  Input rest = e.info;
  auto seq = e.has_info ? Next(&rest) : std::nullopt;
  if (!seq || !IsUniversal(*seq, der::kSequence)) {
    r->error = kInfoParseError;
    return;
  }
  Input fields = seq->value;
  auto first = Next(&fields);
  if (!first) {
    r->error = kInfoParseError;
    return;
  }
  auto read_int = [&](Input* in) -> std::optional<int64_t> {
    auto el = Next(in);
    if (!el || !IsUniversal(*el, der::kInteger)) return std::nullopt;
    return zcrypto::Int64(el->value);
  };
  if (IsUniversal(*first, der::kInteger)) {
    auto cur = zcrypto::Int64(first->value);
    auto amount = cur ? read_int(&fields) : std::nullopt;
    auto exponent = amount ? read_int(&fields) : std::nullopt;
    if (exponent) {  // Go ignores anything after the three fields here
      r->limit.numeric = true;
      r->limit.currency_num = *cur;
      r->limit.amount = *amount;
      r->limit.exponent = *exponent;
      return;
    }
    r->error = kInfoParseError;
    return;
  }
  auto cur = GoString(*first);
  auto amount = cur ? read_int(&fields) : std::nullopt;
  auto exponent = amount ? read_int(&fields) : std::nullopt;
  if (!exponent) {
    r->error = kInfoParseError;
    return;
  }
  r->limit.numeric = false;
  r->limit.currency_alpha = *cur;
  r->limit.amount = *amount;
  r->limit.exponent = *exponent;
  if (first->tag != der::kPrintableString || !GoMarshalsPrintable(*cur) || !fields.empty())
    r->error = kReencodeError;
}

// QcEuRetentionPeriod ::= INTEGER
void DecodeRetention(const QcStatementEntry& e, QcStatementLookup* r) {
  Input rest = e.info;
  auto el = e.has_info ? Next(&rest) : std::nullopt;
  std::optional<int64_t> v;
  if (el && IsUniversal(*el, der::kInteger)) v = zcrypto::Int64(el->value);
  if (!v) {
    r->error = kInfoParseError;
    return;
  }
  r->retention_years = *v;
}

QcStatements ComputeCertQcStatements(const x509::Certificate& c) {
  const x509::Extension* e = QcStatementsExtension(c);
  return e ? ParseQcStatements(e->value) : QcStatements{};
}

}  // namespace

std::vector<der::Input> QcStatements::AllIds() const {
  std::vector<der::Input> ids;
  if (outer == QcOuterError::kNotSequenceOfSequence || malformed_statement) return ids;
  for (const auto& s : statements) ids.push_back(s.id);
  return ids;
}

QcStatements ParseQcStatements(der::Input ext_value) {
  QcStatements out;
  Input rest;
  auto outer = zcrypto::ReadStrict(ext_value, &rest);
  if (!outer || !IsUniversal(*outer, der::kSequence)) {
    out.outer = QcOuterError::kNotSequenceOfSequence;
    return out;
  }
  // Every element must be a SEQUENCE before any statement is looked at.
  std::vector<Element> elements;
  Input items = outer->value;
  while (!items.empty()) {
    auto el = Next(&items);
    if (!el || !IsUniversal(*el, der::kSequence)) {
      out.outer = QcOuterError::kNotSequenceOfSequence;
      return out;
    }
    elements.push_back(*el);
  }
  if (!rest.empty()) out.outer = QcOuterError::kTrailingData;
  for (const Element& el : elements) {
    Input body = el.value;
    auto id = Next(&body);
    if (!id || !IsUniversal(*id, der::kOid) || !zcrypto::OidOk(id->value)) {
      out.malformed_statement = true;
      break;
    }
    QcStatementEntry entry;
    entry.full = el.full;
    entry.id = id->value;
    if (!body.empty()) {
      Input after;
      if (auto info = zcrypto::ReadStrict(body, &after)) {
        entry.has_info = true;
        entry.info = info->full;
      }
    }
    out.statements.push_back(entry);
  }
  return out;
}

const x509::Extension* QcStatementsExtension(const x509::Certificate& c) {
  return zcrypto::LastExtension(c, oid::kQcStatements);
}

const QcStatements& CertQcStatements(const x509::Certificate& c) {
  return c.Derived(&ComputeCertQcStatements);
}

QcStatementLookup LookupQcStatement(const QcStatements& qcs, der::Input sought) {
  QcStatementLookup r;
  if (qcs.outer != QcOuterError::kNone) {
    r.present = true;
    r.error = qcs.outer == QcOuterError::kTrailingData ? kOuterRestError : kOuterSeqError;
    return r;
  }
  for (const QcStatementEntry& e : qcs.statements) {
    if (e.id != sought) continue;
    r.present = true;
    r.entry = &e;
    if (sought == kQcCompliance) {
      CheckBareStatement(e, &r, "QcCompliance");
    } else if (sought == kQcSscd) {
      CheckBareStatement(e, &r, "QcSSCD");
    } else if (sought == kQcType) {
      DecodeQcType(e, &r);
    } else if (sought == kQcPds) {
      DecodePds(e, &r);
    } else if (sought == kQcLimitValue) {
      DecodeLimitValue(e, &r);
    } else if (sought == kQcRetentionPeriod) {
      DecodeRetention(e, &r);
    }
    // Other statements (PSD2, RFC 3739 semantics, ...) are reported as
    // present only; no lint here reads their contents.
    return r;
  }
  if (qcs.malformed_statement) r.error = kStatementError;
  return r;
}

QcStatementLookup LookupQcStatement(const x509::Certificate& c, der::Input sought) {
  if (!QcStatementsExtension(c)) return {};
  return LookupQcStatement(CertQcStatements(c), sought);
}

bool AnyQcStatementPresent(const x509::Certificate& c) {
  if (!QcStatementsExtension(c)) return false;
  const QcStatements& qcs = CertQcStatements(c);
  if (qcs.outer != QcOuterError::kNone) return true;
  static const der::Input kEtsiIds[] = {kQcCompliance, kQcLimitValue,
                                        kQcRetentionPeriod, kQcSscd,
                                        kQcPds, kQcType, kPsd2};
  for (const QcStatementEntry& e : qcs.statements)
    for (der::Input id : kEtsiIds)
      if (e.id == id) return true;
  return false;
}

std::string QcOidText(der::Input oid) { return der::OidToString(oid); }

bool OnlyLetters(std::string_view s) {
  for (char ch : s)
    if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))) return false;
  return true;
}

bool OnlyLowerCaseLetters(std::string_view s) {
  for (char ch : s)
    if (!(ch >= 'a' && ch <= 'z')) return false;
  return true;
}


bool IsNaturalPerson(const x509::Certificate& c) {
  const zcrypto::PoliciesView& p = zcrypto::PoliciesOf(c);
  if (p.HasPolicy(kQcpL) || p.HasPolicy(kQcpLQscd)) return false;
  if (p.HasPolicy(kQcpN) || p.HasPolicy(kQcpNQscd)) return true;
  if (p.HasPolicy(kQevcpW) || p.HasPolicy(kQncpW) || p.HasPolicy(kQncpWGen))
    return zcrypto::HasStringAttribute(c.subject, oid::kGivenName) ||
           zcrypto::HasStringAttribute(c.subject, oid::kSurname) ||
           zcrypto::HasStringAttribute(c.subject, oid::kPseudonym);
  return false;
}

std::string KeyUsageList(uint32_t ku) {
  // Bit order 0..8, names as zcrypto spells them; sorted below.
  static const char* const kNames[] = {"DigitalSignature", "ContentCommitment", "KeyEncipherment",
                                       "DataEncipherment", "KeyAgreement",      "CertSign",
                                       "CRLSign",          "EncipherOnly",      "DecipherOnly"};
  std::vector<std::string> names;
  for (int i = 0; i < 9; ++i)
    if ((ku >> i) & 1) names.emplace_back(kNames[i]);
  std::sort(names.begin(), names.end());
  std::string out = "[";
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) out += ' ';
    out += names[i];
  }
  return out + "]";
}

std::string KeyUsageBinary(uint32_t ku) {
  std::string out;
  for (; ku; ku >>= 1) out.insert(out.begin(), (ku & 1) ? '1' : '0');
  if (out.size() < 8) out.insert(0, 8 - out.size(), '0');
  return out;
}

bool HasSmimeBrPolicy(const x509::Certificate& c) {
  static const der::Input kSmime[] = {
      oid::kSmimeMailboxLegacy,      oid::kSmimeMailboxMultipurpose,
      oid::kSmimeMailboxStrict,      oid::kSmimeOrganizationLegacy,
      oid::kSmimeOrganizationMultipurpose, oid::kSmimeOrganizationStrict,
      oid::kSmimeSponsorLegacy,      oid::kSmimeSponsorMultipurpose,
      oid::kSmimeSponsorStrict,      oid::kSmimeIndividualLegacy,
      oid::kSmimeIndividualMultipurpose, oid::kSmimeIndividualStrict};
  const zcrypto::PoliciesView& p = zcrypto::PoliciesOf(c);
  for (der::Input o : kSmime)
    if (p.HasPolicy(o)) return true;
  return false;
}

}  // namespace cair::lints::util::etsi
