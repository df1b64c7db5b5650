#include "x509/name.h"

#include "der/strings.h"
#include "der/values.h"
#include "x509/diagnostics.h"
#include "x509/element_count.h"
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

Name ParseName(const der::Element& el) {
  Name n;
  n.full = el.full;
  n.value = el.value;
  if (el.tag != der::kSequence) return n;
  der::Parser rdns(el.value);
  n.attributes.reserve(CountElements(el.value));  // one attribute per RDN, as a rule
  bool ok = true;
  while (rdns.HasMore()) {
    auto set = rdns.Next();
    if (!set) { ok = false; break; }
    if (set->tag != der::kSet) { ok = false; continue; }
    der::Parser atvs(set->value);
    size_t count = 0;
    while (atvs.HasMore()) {
      auto atv = atvs.Next();
      if (!atv) { ok = false; break; }
      if (atv->tag != der::kSequence) { ok = false; continue; }
      der::Parser p(atv->value);
      auto type = p.Expect(der::kOid);
      auto value = p.Next();
      if (!type || !value || p.HasMore()) { ok = false; continue; }
      n.attributes.push_back(Attribute{type->value, value->tag, value->value, value->full, n.rdn_count});
      ++count;
    }
    if (count == 0) n.has_empty_rdn = true;
    ++n.rdn_count;
  }
  n.ok = ok;
  return n;
}

}  // namespace cair::x509
