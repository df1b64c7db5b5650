#include "lints/util/smime_br_profile.h"

#include <array>
#include <cctype>

#include "der/values.h"
#include "x509/oids.h"

namespace cair::lints::smime_br {
namespace {

struct ReservedOid {
  der::Input oid;
  Profile profile;
};

// In pkilint's search order: validation type first, then generation.
const std::array<ReservedOid, 12> kReserved = {{
    {oid::kSmimeMailboxLegacy, {Validation::kMailbox, Generation::kLegacy}},
    {oid::kSmimeMailboxMultipurpose, {Validation::kMailbox, Generation::kMultipurpose}},
    {oid::kSmimeMailboxStrict, {Validation::kMailbox, Generation::kStrict}},
    {oid::kSmimeOrganizationLegacy, {Validation::kOrganization, Generation::kLegacy}},
    {oid::kSmimeOrganizationMultipurpose, {Validation::kOrganization, Generation::kMultipurpose}},
    {oid::kSmimeOrganizationStrict, {Validation::kOrganization, Generation::kStrict}},
    {oid::kSmimeSponsorLegacy, {Validation::kSponsor, Generation::kLegacy}},
    {oid::kSmimeSponsorMultipurpose, {Validation::kSponsor, Generation::kMultipurpose}},
    {oid::kSmimeSponsorStrict, {Validation::kSponsor, Generation::kStrict}},
    {oid::kSmimeIndividualLegacy, {Validation::kIndividual, Generation::kLegacy}},
    {oid::kSmimeIndividualMultipurpose, {Validation::kIndividual, Generation::kMultipurpose}},
    {oid::kSmimeIndividualStrict, {Validation::kIndividual, Generation::kStrict}},
}};

std::optional<Profile> ComputeProfile(const x509::Certificate& c) {
  if (c.IsCa()) return std::nullopt;
  for (const ReservedOid& r : kReserved)
    if (c.policies.Has(r.oid)) return r.profile;
  return std::nullopt;
}

// One row of the subject attribute tables (S/MIME BRs 7.1.4.2.3 mailbox,
// 7.1.4.2.4 organization, 7.1.4.2.5 sponsor, 7.1.4.2.6 individual). Each
// rule string holds one letter per generation (legacy, multipurpose,
// strict): M = MAY, S = SHALL, N = SHALL NOT.
struct AttributeRow {
  der::Input oid;
  std::string_view name;
  std::string_view mailbox, organization, sponsor, individual;
};

const std::array<AttributeRow, 15> kAttributes = {{
    {oid::kCommonName, "commonName", "MMM", "MMM", "MMM", "MMM"},
    {oid::kOrganizationName, "organizationName", "NNN", "SSS", "SSS", "NNN"},
    {oid::kOrganizationalUnitName, "organizationalUnitName", "NNN", "MMM", "MMM", "NNN"},
    {oid::kOrganizationIdentifier, "organizationIdentifier", "NNN", "SSS", "SSS", "NNN"},
    {oid::kGivenName, "givenName", "NNN", "NNN", "MMM", "MMM"},
    {oid::kSurname, "surname", "NNN", "NNN", "MMM", "MMM"},
    {oid::kPseudonym, "pseudonym", "NNN", "NNN", "MMM", "MMM"},
    {oid::kSerialNumber, "serialNumber", "MMM", "MMM", "MMM", "MMM"},
    {oid::kEmailAddress, "emailAddress", "MMM", "MMM", "MMM", "MMM"},
    {oid::kTitle, "title", "NNN", "NNN", "MMM", "MMM"},
    {oid::kStreetAddress, "streetAddress", "NNN", "MMN", "MMN", "MMN"},
    {oid::kLocalityName, "localityName", "NNN", "MMM", "MMM", "MMM"},
    {oid::kStateOrProvinceName, "stateOrProvinceName", "NNN", "MMM", "MMM", "MMM"},
    {oid::kPostalCode, "postalCode", "NNN", "MMN", "MMN", "MMN"},
    {oid::kCountryName, "countryName", "NNN", "MMM", "MMM", "MMM"},
}};

}  // namespace

std::string ProfileName(const Profile& p) {
  static constexpr std::string_view kV[] = {"", "mailbox-validated", "organization-validated",
                                            "sponsor-validated", "individual-validated"};
  static constexpr std::string_view kG[] = {"", "legacy", "multipurpose", "strict"};
  return std::string(kV[static_cast<int>(p.validation)]) + " " +
         std::string(kG[static_cast<int>(p.generation)]);
}

const std::optional<Profile>& SubscriberProfile(const x509::Certificate& c) {
  return c.Derived(&ComputeProfile);
}

AttributeRule SubjectAttributeRule(const Profile& p, der::Input attribute_oid) {
  for (const AttributeRow& row : kAttributes) {
    if (!(row.oid == attribute_oid)) continue;
    std::string_view rules = p.validation == Validation::kMailbox        ? row.mailbox
                             : p.validation == Validation::kOrganization ? row.organization
                             : p.validation == Validation::kSponsor      ? row.sponsor
                                                                         : row.individual;
    switch (rules[static_cast<int>(p.generation) - 1]) {
      case 'S': return AttributeRule::kShall;
      case 'N': return AttributeRule::kShallNot;
      default: return AttributeRule::kMay;
    }
  }
  return AttributeRule::kUnlisted;
}

const x509::Attribute* FirstSubjectAttribute(const x509::Certificate& c, const Profile& p, AttributeRule rule) {
  for (const x509::Attribute& a : c.subject.attributes)
    if (SubjectAttributeRule(p, a.oid) == rule) return &a;
  return nullptr;
}

bool UnlistedAttributesAllowed(const Profile& p) {
  return p.validation != Validation::kMailbox && p.generation == Generation::kLegacy;
}

std::string AttributeName(der::Input attribute_oid) {
  for (const AttributeRow& row : kAttributes)
    if (row.oid == attribute_oid) return std::string(row.name);
  return der::OidToString(attribute_oid);
}

int64_t ValidityPeriodSeconds(const x509::Certificate& c) {
  return c.not_after.unix - c.not_before.unix + 1;
}

int64_t MaxValidityDays(const Profile& p) { return p.legacy() ? 1185 : 825; }

std::string UriScheme(std::string_view uri) {
  size_t colon = uri.find(':');
  if (colon == std::string_view::npos || colon == 0) return {};
  std::string scheme;
  for (char ch : uri.substr(0, colon)) {
    if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '+' && ch != '-' && ch != '.') return {};
    scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  return scheme;
}

std::vector<std::string> SanMailboxes(const x509::Certificate& c) {
  std::vector<std::string> out;
  for (const x509::GeneralName& g : c.san.names.names) {
    if (g.type == x509::GeneralNameType::kRfc822Name) out.emplace_back(g.Text());
    else if (g.type == x509::GeneralNameType::kOtherName && g.other_ok && g.other_type_id == oid::kSmtpUtf8Mailbox &&
             g.other_value.tag == der::kUtf8String)
      out.emplace_back(g.other_value.value.AsStringView());
  }
  return out;
}

std::string_view GeneralNameTypeName(x509::GeneralNameType t) {
  switch (t) {
    case x509::GeneralNameType::kOtherName: return "otherName";
    case x509::GeneralNameType::kRfc822Name: return "rfc822Name";
    case x509::GeneralNameType::kDnsName: return "dNSName";
    case x509::GeneralNameType::kX400Address: return "x400Address";
    case x509::GeneralNameType::kDirectoryName: return "directoryName";
    case x509::GeneralNameType::kEdiPartyName: return "ediPartyName";
    case x509::GeneralNameType::kUri: return "uniformResourceIdentifier";
    case x509::GeneralNameType::kIpAddress: return "iPAddress";
    case x509::GeneralNameType::kRegisteredId: return "registeredID";
    default: return "unknown";
  }
}

}  // namespace cair::lints::smime_br
