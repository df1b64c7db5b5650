// File: lints/util/smime/policy.h
// The S/MIME Baseline Requirements profile of a certificate, read from its
// reserved policy identifiers (S/MIME BRs 7.1.6.1): 2.23.140.1.5.<v>.<g>,
// where <v> is the validation type (1 mailbox, 2 organization, 3 sponsor,
// 4 individual) and <g> the generation (1 legacy, 2 multipurpose, 3 strict).
// zlint reads them from zcrypto's PolicyIdentifiers, i.e. from the LAST
// certificatePolicies extension only; every S/MIME lint classifies a
// certificate through this one view.
//
// Also here: the few other views of a certificate that several S/MIME lints
// share (keyUsage bits, subject strings, SAN mailboxes) as zlint sees them.
#ifndef CAIR_LINTS_UTIL_SMIME_POLICY_H_
#define CAIR_LINTS_UTIL_SMIME_POLICY_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "der/input.h"
#include "x509/certificate.h"

namespace cair::lints::util::smime {

enum class Validation : uint8_t { kMailbox = 1, kOrganization = 2, kSponsor = 3, kIndividual = 4 };
enum class Generation : uint8_t { kLegacy = 1, kMultipurpose = 2, kStrict = 3 };

// Classifies one policy OID; false when it is not one of the twelve
// reserved S/MIME policy identifiers.
bool ClassifyPolicy(der::Input oid, Validation* validation, Generation* generation);

struct Profile {
  uint8_t validations = 0;  // bit (1 << SmimeValidation)
  uint8_t generations = 0;  // bit (1 << SmimeGeneration)
  size_t count = 0;         // reserved S/MIME OIDs asserted, repeats included

  bool Has(Validation v) const { return validations & (1u << static_cast<unsigned>(v)); }
  bool Has(Generation g) const { return generations & (1u << static_cast<unsigned>(g)); }
  bool mailbox() const { return Has(Validation::kMailbox); }
  bool organization() const { return Has(Validation::kOrganization); }
  bool sponsor() const { return Has(Validation::kSponsor); }
  bool individual() const { return Has(Validation::kIndividual); }
  bool legacy() const { return Has(Generation::kLegacy); }
  bool multipurpose() const { return Has(Generation::kMultipurpose); }
  bool strict() const { return Has(Generation::kStrict); }
  // zlint's util.IsSMIMEBRCertificate: some reserved S/MIME policy OID.
  bool any() const { return generations != 0; }
};

// The profile of `c` (computed once per certificate, cached on it).
const Profile& ProfileOf(const x509::Certificate& c);


inline constexpr uint16_t kKuAll = 0x1ff;
inline constexpr uint16_t Ku(int bit) { return static_cast<uint16_t>(1u << bit); }

// The rfc822Name values of the subjectAltName zcrypto reads (the last SAN
// extension): its EmailAddresses.
std::vector<std::string> SanEmails(const x509::Certificate& c);

// The SmtpUTF8Mailbox otherName values of that SAN, decoded the way zlint
// does it (the [0] EXPLICIT contents must be exactly one DER UTF8String
// holding valid UTF-8). nullopt when one of them does not decode.
std::optional<std::vector<std::string>> SanSmtpUtf8Mailboxes(const x509::Certificate& c);

// The directoryName values of that SAN, as names.
std::vector<x509::Name> SanDirectoryNames(const x509::Certificate& c);

}  // namespace cair::lints::util::smime

#endif  // CAIR_LINTS_UTIL_SMIME_POLICY_H_
