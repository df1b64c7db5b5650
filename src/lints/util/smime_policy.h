// File: lints/util/smime_policy.h
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

namespace cair::lints::util {

enum class SmimeValidation : uint8_t { kMailbox = 1, kOrganization = 2, kSponsor = 3, kIndividual = 4 };
enum class SmimeGeneration : uint8_t { kLegacy = 1, kMultipurpose = 2, kStrict = 3 };

// Classifies one policy OID; false when it is not one of the twelve
// reserved S/MIME policy identifiers.
bool SmimeClassifyPolicy(der::Input oid, SmimeValidation* validation, SmimeGeneration* generation);

struct SmimeProfile {
  uint8_t validations = 0;  // bit (1 << SmimeValidation)
  uint8_t generations = 0;  // bit (1 << SmimeGeneration)
  size_t count = 0;         // reserved S/MIME OIDs asserted, repeats included

  bool Has(SmimeValidation v) const { return validations & (1u << static_cast<unsigned>(v)); }
  bool Has(SmimeGeneration g) const { return generations & (1u << static_cast<unsigned>(g)); }
  bool mailbox() const { return Has(SmimeValidation::kMailbox); }
  bool organization() const { return Has(SmimeValidation::kOrganization); }
  bool sponsor() const { return Has(SmimeValidation::kSponsor); }
  bool individual() const { return Has(SmimeValidation::kIndividual); }
  bool legacy() const { return Has(SmimeGeneration::kLegacy); }
  bool multipurpose() const { return Has(SmimeGeneration::kMultipurpose); }
  bool strict() const { return Has(SmimeGeneration::kStrict); }
  // zlint's util.IsSMIMEBRCertificate: some reserved S/MIME policy OID.
  bool any() const { return generations != 0; }
};

// The profile of `c` (computed once per certificate, cached on it).
const SmimeProfile& SmimeProfileOf(const x509::Certificate& c);

// zlint's util.IsSubscriberCert (not a CA, not self-signed), the usual first
// condition of an S/MIME lint.
bool SmimeIsSubscriber(const x509::Certificate& c);

// zcrypto's KeyUsage bitmap (bit i = named bit i of RFC 5280 4.2.1.3).
uint16_t SmimeKeyUsage(const x509::Certificate& c);
inline constexpr uint16_t kSmimeKuAll = 0x1ff;
inline constexpr uint16_t SmimeKu(int bit) { return static_cast<uint16_t>(1u << bit); }

// The rfc822Name values of the subjectAltName zcrypto reads (the last SAN
// extension): its EmailAddresses.
std::vector<std::string> SmimeSanEmails(const x509::Certificate& c);

// The SmtpUTF8Mailbox otherName values of that SAN, decoded the way zlint
// does it (the [0] EXPLICIT contents must be exactly one DER UTF8String
// holding valid UTF-8). nullopt when one of them does not decode.
std::optional<std::vector<std::string>> SmimeSanSmtpUtf8Mailboxes(const x509::Certificate& c);

// The directoryName values of that SAN, as names.
std::vector<x509::Name> SmimeSanDirectoryNames(const x509::Certificate& c);

}  // namespace cair::lints::util

#endif  // CAIR_LINTS_UTIL_SMIME_POLICY_H_
