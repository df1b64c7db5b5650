#include "x509/name.h"

#include "der/strings.h"
#include "der/values.h"
#include "x509/diagnostics.h"
#include "x509/element_count.h"
#include "x509/general_paths.h"
#include "x509/oids.h"

namespace cair::x509 {

std::string Diagnostics::Summary() const {
  const Diagnostic* pick = nullptr;
  for (const auto& d : items_)
    if (d.severity == Severity::kFatal) { pick = &d; break; }
  if (!pick && !items_.empty()) pick = &items_.front();
  if (!pick) return "";
  return std::string(pick->field) + " at byte " + std::to_string(pick->offset) + ": " +
         pick->reason + " (" + pick->id + ")";
}

std::string Attribute::Utf8() const {
  std::string out;
  der::DecodeString(value_tag, value, &out);
  return out;
}

std::vector<const Attribute*> Name::Find(der::Input oid) const {
  std::vector<const Attribute*> out;
  for (const auto& a : attributes)
    if (a.oid == oid) out.push_back(&a);
  return out;
}

const Attribute* Name::First(der::Input oid) const {
  for (const auto& a : attributes)
    if (a.oid == oid) return &a;
  return nullptr;
}

size_t Name::RdnSize(size_t i) const {
  size_t n = 0;
  for (const auto& a : attributes) n += a.rdn == i;
  return n;
}

namespace {
const char* ShortName(der::Input o) {
  struct E { der::Input oid; const char* name; };
  static const E kShort[] = {
      {oid::kCountryName, "C"}, {oid::kStateOrProvinceName, "ST"}, {oid::kLocalityName, "L"},
      {oid::kOrganizationName, "O"}, {oid::kOrganizationalUnitName, "OU"}, {oid::kCommonName, "CN"},
      {oid::kStreetAddress, "street"}, {oid::kPostalCode, "postalCode"}, {oid::kSerialNumber, "serialNumber"},
      {oid::kEmailAddress, "emailAddress"}, {oid::kDomainComponent, "DC"}, {oid::kGivenName, "GN"},
      {oid::kSurname, "SN"}, {oid::kOrganizationIdentifier, "organizationIdentifier"},
      {oid::kBusinessCategory, "businessCategory"}, {oid::kUserId, "UID"}, {oid::kTitle, "title"},
      {oid::kJurisdictionCountry, "jurisdictionC"}, {oid::kJurisdictionStateOrProvince, "jurisdictionST"},
      {oid::kJurisdictionLocality, "jurisdictionL"},
  };
  for (const auto& e : kShort)
    if (e.oid == o) return e.name;
  return nullptr;
}
}  // namespace

std::string Name::ToString() const {
  std::string out;
  for (size_t i = 0; i < attributes.size(); ++i) {
    const Attribute& a = attributes[i];
    if (i > 0) out += a.rdn == attributes[i - 1].rdn ? " + " : ", ";
    const char* shortname = ShortName(a.oid);
    out += shortname ? shortname : der::OidToString(a.oid);
    out += '=';
    std::string v = a.Utf8();
    for (char ch : v) {
      if (ch == ',' || ch == '+' || ch == '"' || ch == '\\' || ch == '<' || ch == '>' || ch == ';') out += '\\';
      out += ch;
    }
  }
  return out;
}

namespace {

// An RDN that holds exactly one AttributeTypeAndValue, every header in the
// short form (a one-octet tag below 31, a one-octet length below 128):
//   31 L1 | 30 L2 | 06 L3 <type> | T L4 <value>,  L1 = L2 + 2, L2 = L3 + L4 + 4.
// Nearly every RDN of every certificate is so; this reads it from its
// octets, without a Parser per level. It stands for what ParseName's
// general loop concludes on such bytes (a SET, one SEQUENCE filling it, an
// OID and one more element filling that), and returns 0 on any other bytes,
// which the general loop then reads. Returns the RDN's size otherwise.
size_t ReadShortFormRdn(const uint8_t* q, size_t left, size_t rdn, Attribute* out) {
  if (left < 2 || q[0] != 0x31 || q[1] >= 0x80 || q[1] > left - 2 || q[1] < 2) return 0;
  const size_t set_len = q[1];
  if (q[2] != 0x30 || q[3] >= 0x80 || size_t{q[3]} + 2 != set_len || q[3] < 4) return 0;
  const size_t atv_len = q[3];
  if (q[4] != 0x06 || q[5] >= 0x80 || size_t{q[5]} > atv_len - 4) return 0;
  const size_t type_len = q[5];
  const uint8_t* v = q + 6 + type_len;
  if ((v[0] & 0x1f) == 0x1f || v[1] >= 0x80 || size_t{v[1]} + type_len + 4 != atv_len) return 0;
  const der::Tag tag{static_cast<der::TagClass>(v[0] >> 6), (v[0] & 0x20) != 0, v[0] & 0x1fu};
  *out = Attribute{der::Input(q + 6, type_len), tag, der::Input(v + 2, v[1]), der::Input(v, size_t{v[1]} + 2), rdn};
  return set_len + 2;
}

// Reads the RDN at `q` with a Parser per level into `n` (its attributes
// and counts); returns its size, or 0 when no element can be read there.
size_t ReadRdn(const uint8_t* q, size_t left, Name* n, bool* ok) {
  der::Parser rdns(der::Input(q, left));
  auto set = rdns.Next();
  if (!set) return 0;
  if (set->tag != der::kSet) {
    *ok = false;
    return set->full.size();
  }
  der::Parser atvs(set->value);
  size_t count = 0;
  while (atvs.HasMore()) {
    auto atv = atvs.Next();
    if (!atv) { *ok = false; break; }
    if (atv->tag != der::kSequence) { *ok = false; continue; }
    der::Parser p(atv->value);
    auto type = p.Expect(der::kOid);
    auto value = p.Next();
    if (!type || !value || p.HasMore()) { *ok = false; continue; }
    n->attributes.push_back(Attribute{type->value, value->tag, value->value, value->full, n->rdn_count});
    ++count;
  }
  if (count == 0) n->has_empty_rdn = true;
  ++n->rdn_count;
  return set->full.size();
}

template <bool kShortForms>
Name ParseNameAs(const der::Element& el) {
  Name n;
  n.full = el.full;
  n.value = el.value;
  if (el.tag != der::kSequence) return n;
  n.attributes.reserve(CountElements(el.value));  // one attribute per RDN, as a rule
  bool ok = true;
  bool short_form_only = kShortForms;
  const uint8_t* q = el.value.data();
  size_t left = el.value.size();
  while (left > 0) {
    size_t size = 0;
    if (kShortForms) {
      Attribute& a = n.attributes.emplace_back();
      size = ReadShortFormRdn(q, left, n.rdn_count, &a);
      if (size) {
        ++n.rdn_count;
        const uint8_t id = a.value_full[0];  // constructed, or a BOOLEAN: the audit must look inside
        if ((id & 0x20) || id == 0x01) short_form_only = false;
      } else {
        n.attributes.pop_back();
        short_form_only = false;
      }
    }
    if (!size) size = ReadRdn(q, left, &n, &ok);
    if (!size) {
      ok = false;
      break;
    }
    q += size;
    left -= size;
  }
  n.ok = ok;
  n.short_form_only = short_form_only;
  return n;
}

}  // namespace

Name ParseName(const der::Element& el) { return ParseNameAs<true>(el); }
Name ParseNameGeneral(const der::Element& el) { return ParseNameAs<false>(el); }

}  // namespace cair::x509
