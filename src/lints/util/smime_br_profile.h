// File: lints/util/smime_br_profile.h
// The S/MIME BR certificate profile of a subscriber certificate, found the
// way pkilint's `lint_cabf_smime_cert` finds it, and the profile tables the
// S/MIME BR profile lints share (S/MIME BRs 7.1.2.3, 7.1.4.2, 7.1.6.1).
//
// A profile is a validation type (mailbox, organization, sponsor,
// individual) and a generation (legacy, multipurpose, strict), read from the
// reserved policy identifier 2.23.140.1.5.<type>.<generation>. When several
// are asserted, the first in (type, generation) order is the profile, as in
// pkilint; a certificate asserting none has no profile (pkilint guesses one
// from the subject; these lints do not apply to it).
//
// Independent of lints/util/smime_policy.h (zlint's view, which reads only
// the last certificatePolicies extension and keeps every asserted profile).
#ifndef CAIR_LINTS_UTIL_SMIME_BR_PROFILE_H_
#define CAIR_LINTS_UTIL_SMIME_BR_PROFILE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "der/input.h"
#include "x509/certificate.h"

namespace cair::lints::smime_br {

enum class Validation : uint8_t { kMailbox = 1, kOrganization = 2, kSponsor = 3, kIndividual = 4 };
enum class Generation : uint8_t { kLegacy = 1, kMultipurpose = 2, kStrict = 3 };

struct Profile {
  Validation validation;
  Generation generation;
  bool legacy() const { return generation == Generation::kLegacy; }
  bool strict() const { return generation == Generation::kStrict; }
};

// "mailbox-validated legacy", for finding details.
std::string ProfileName(const Profile& p);

// The profile of a subscriber certificate (not a CA: no basicConstraints
// with cA TRUE) that asserts a reserved S/MIME policy identifier; nullopt
// otherwise. Computed once per certificate.
const std::optional<Profile>& SubscriberProfile(const x509::Certificate& c);

// How the profile tables of 7.1.4.2.3 to 7.1.4.2.6 treat a subject attribute.
enum class AttributeRule : uint8_t { kMay, kShall, kShallNot, kUnlisted };
AttributeRule SubjectAttributeRule(const Profile& p, der::Input attribute_oid);
// The first attribute of c's subject that the profile's table marks `rule`
// (kUnlisted: that the table does not list), or nullptr.
const x509::Attribute* FirstSubjectAttribute(const x509::Certificate& c, const Profile& p, AttributeRule rule);
// Whether attributes absent from the profile's table may appear (only in
// the legacy generation of the organization, sponsor and individual
// profiles).
bool UnlistedAttributesAllowed(const Profile& p);
// The attribute's short name ("givenName") or, when unknown, its dotted OID.
std::string AttributeName(der::Input attribute_oid);

// Validity period in seconds, both ends included (RFC 5280 4.1.2.5), and the
// maximum the profile's generation allows (S/MIME BRs 6.3.2): 1185 days for
// legacy, 825 for multipurpose and strict.
int64_t ValidityPeriodSeconds(const x509::Certificate& c);
int64_t MaxValidityDays(const Profile& p);

// The URI's scheme, lower-cased ("" when it has none).
std::string UriScheme(std::string_view uri);

// The mailbox addresses of the SAN: every rfc822Name and every
// SmtpUTF8Mailbox otherName whose value is a UTF8String.
std::vector<std::string> SanMailboxes(const x509::Certificate& c);

// "otherName", "dNSName", ... for a GeneralName type.
std::string_view GeneralNameTypeName(x509::GeneralNameType t);

}  // namespace cair::lints::smime_br

#endif  // CAIR_LINTS_UTIL_SMIME_BR_PROFILE_H_
