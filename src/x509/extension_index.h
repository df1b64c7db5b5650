// File: x509/extension_index.h
// The extensions lints look up by OID, each with a slot, and the per-
// certificate index of where they occur (first, last, how many), so that
// Certificate::FindExtension, CountExtension and LastExtension answer for
// them without scanning the extension list. The catalogue asks ~100 such
// questions per certificate; an OID without a slot is still answered by a
// scan. The slots also give the lint runner its "has extension X" facts
// (lint/facts.h) as one bitmap.
#ifndef CAIR_X509_EXTENSION_INDEX_H_
#define CAIR_X509_EXTENSION_INDEX_H_

#include <array>
#include <cstdint>

#include "der/input.h"
#include "x509/oids.h"

namespace cair::x509 {

enum class KnownExtension : uint8_t {
  // id-ce (2.5.29.x), RFC 5280 4.2.1
  kSubjectDirectoryAttributes, kSubjectKeyIdentifier, kKeyUsage, kPrivateKeyUsagePeriod,
  kSubjectAltName, kIssuerAltName, kBasicConstraints, kNameConstraints, kCrlDistributionPoints,
  kCertificatePolicies, kPolicyMappings, kAuthorityKeyIdentifier, kPolicyConstraints,
  kExtKeyUsage, kFreshestCrl, kInhibitAnyPolicy,
  // id-pe (1.3.6.1.5.5.7.1.x)
  kAuthorityInfoAccess, kSubjectInfoAccess, kQcStatements, kLogoType, kTlsFeature,
  // others
  kCtPoison, kCtSctList, kOcspNoCheck, kCabfOrganizationIdentifier, kTorServiceDescriptor,
  kAdobeTimestamp, kAdobeArchiveRevInfo,
};
inline constexpr int kKnownExtensionCount = 28;

// The OID of each slot, in enum order.
inline constexpr std::array<der::Input, kKnownExtensionCount> kKnownExtensionOids{
    oid::kSubjectDirectoryAttributes, oid::kSubjectKeyIdentifier, oid::kKeyUsage,
    oid::kPrivateKeyUsagePeriod, oid::kSubjectAltName, oid::kIssuerAltName, oid::kBasicConstraints,
    oid::kNameConstraints, oid::kCrlDistributionPoints, oid::kCertificatePolicies, oid::kPolicyMappings,
    oid::kAuthorityKeyIdentifier, oid::kPolicyConstraints, oid::kExtKeyUsage, oid::kFreshestCrl,
    oid::kInhibitAnyPolicy, oid::kAuthorityInfoAccess, oid::kSubjectInfoAccess, oid::kQcStatements,
    oid::kLogoType, oid::kTlsFeature, oid::kCtPoison, oid::kCtSctList, oid::kOcspNoCheck,
    oid::kCabfOrganizationIdentifier, oid::kTorServiceDescriptor, oid::kAdobeTimestamp,
    oid::kAdobeArchiveRevInfo};
static_assert(static_cast<int>(KnownExtension::kAdobeArchiveRevInfo) + 1 == kKnownExtensionCount);

namespace internal {

// id-ce OIDs are 55 1D xx: the slot by xx (< 0x40), -1 for none.
constexpr std::array<int8_t, 64> IdCeSlots() {
  std::array<int8_t, 64> t{};
  for (auto& s : t) s = -1;
  for (int i = 0; i < kKnownExtensionCount; ++i) {
    const der::Input o = kKnownExtensionOids[i];
    if (o.size() == 3 && o[0] == 0x55 && o[1] == 0x1d && o[2] < 64) t[o[2]] = static_cast<int8_t>(i);
  }
  return t;
}
inline constexpr std::array<int8_t, 64> kIdCeSlots = IdCeSlots();

constexpr bool SameBytes(der::Input a, der::Input b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;
}

// The slots of the OIDs of each length from 4 to 10 octets (id-ce's
// 3-octet OIDs are indexed by their last octet instead); -1 pads.
struct SlotsOfLength {
  std::array<int8_t, 8> slots;
};
constexpr std::array<SlotsOfLength, 11> SlotsByLength() {
  std::array<SlotsOfLength, 11> t{};
  for (auto& l : t)
    for (auto& s : l.slots) s = -1;
  for (int i = 0; i < kKnownExtensionCount; ++i) {
    const size_t n = kKnownExtensionOids[i].size();
    if (n < 4 || n > 10) continue;
    for (auto& s : t[n].slots)
      if (s < 0) {
        s = static_cast<int8_t>(i);
        break;
      }
  }
  return t;
}
inline constexpr std::array<SlotsOfLength, 11> kSlotsByLength = SlotsByLength();

}  // namespace internal

// The slot of `oid`, or -1 when it has none. Exact: an OID has slot i only
// when its bytes equal kKnownExtensionOids[i].
constexpr int KnownExtensionSlot(der::Input o) {
  const size_t n = o.size();
  if (n == 3) return o[0] == 0x55 && o[1] == 0x1d && o[2] < 64 ? internal::kIdCeSlots[o[2]] : -1;
  if (n < 4 || n > 10) return -1;
  // By length, then last octet (where they differ), then every octet.
  const uint8_t last = o[n - 1];
  for (int8_t i : internal::kSlotsByLength[n].slots) {
    if (i < 0) break;
    const der::Input k = kKnownExtensionOids[i];
    if (k[n - 1] == last && internal::SameBytes(k, o)) return i;
  }
  return -1;
}
// Every slot is found by its own OID (no length bucket overflowed, no two
// slots share an OID), and an OID without a slot is not.
constexpr bool EverySlotFindsItsOid() {
  for (int i = 0; i < kKnownExtensionCount; ++i)
    if (KnownExtensionSlot(kKnownExtensionOids[i]) != i) return false;
  return true;
}
static_assert(EverySlotFindsItsOid());
static_assert(KnownExtensionSlot(oid::kCrlNumber) == -1 && KnownExtensionSlot(der::Input()) == -1);

constexpr uint32_t ExtensionBit(KnownExtension e) { return uint32_t{1} << static_cast<int>(e); }

// Where each known extension occurs in a certificate's extension list.
struct ExtensionIndex {
  static constexpr uint16_t kNone = 0xffff;
  std::array<uint16_t, kKnownExtensionCount> first, last, count;
  uint32_t present = 0;  // ExtensionBit of every slot that occurs
  // extensions.size() when built; SIZE_MAX: not built (or too many
  // extensions for 16-bit positions: then every look-up scans).
  size_t built_for = SIZE_MAX;
  bool usable = false;
};

}  // namespace cair::x509

#endif  // CAIR_X509_EXTENSION_INDEX_H_
