#include "lints/util/br_profile.h"

#include <cstdint>
#include <initializer_list>

#include "der/parser.h"
#include "lints/util/mozilla/encodings.h"
#include "x509/oids.h"

namespace cair::lints::br_profile {

namespace {

Type DetectUncached(const x509::Certificate& c) {
  if (c.IsSelfIssued()) return Type::kRoot;
  const x509::ExtKeyUsage& eku = c.ext_key_usage;
  if (c.IsCa()) {
    if (eku.present && eku.Has(oid::kEkuPrecertSigning)) return Type::kPrecertSigningCa;
    // A CA certificate without EKU is taken to be a TLS CA.
    if (!eku.present || eku.Has(oid::kEkuServerAuth) || eku.Has(oid::kAnyExtendedKeyUsage))
      return c.name_constraints.present ? Type::kConstrainedTlsCa : Type::kTlsCa;
    return Type::kNonTlsCa;
  }
  if (eku.present && eku.Has(oid::kEkuOcspSigning)) return Type::kOcspResponder;
  const x509::CertificatePolicies& cp = c.policies;
  if (cp.Has(oid::kBrExtendedValidation)) return Type::kSubscriberEv;
  if (cp.Has(oid::kBrIndividualValidated)) return Type::kSubscriberIv;
  if (cp.Has(oid::kBrOrganizationValidated)) return Type::kSubscriberOv;
  return Type::kSubscriberDv;
}

bool In(der::Input oid, std::initializer_list<der::Input> set) {
  for (der::Input o : set)
    if (o == oid) return true;
  return false;
}

}  // namespace

Type Detect(const x509::Certificate& c) { return c.Derived(&DetectUncached); }

const char* TypeName(Type t) {
  switch (t) {
    case Type::kRoot: return "root";
    case Type::kPrecertSigningCa: return "precert_signing_ca";
    case Type::kTlsCa: return "tls_ca";
    case Type::kConstrainedTlsCa: return "constrained_tls_ca";
    case Type::kNonTlsCa: return "non_tls_ca";
    case Type::kOcspResponder: return "ocsp_responder";
    case Type::kSubscriberDv: return "subscriber_dv";
    case Type::kSubscriberIv: return "subscriber_iv";
    case Type::kSubscriberOv: return "subscriber_ov";
    case Type::kSubscriberEv: return "subscriber_ev";
  }
  return "unknown";
}

bool IsReservedPolicy(der::Input oid) {
  return In(oid, {oid::kBrDomainValidated, oid::kBrOrganizationValidated, oid::kBrIndividualValidated,
                  oid::kBrExtendedValidation});
}

const x509::Extension* FirstUnlistedExtension(const x509::Certificate& c) {
  const Type t = Detect(c);
  for (const x509::Extension& e : c.extensions)
    if (!ProfileListsExtension(t, e.oid)) return &e;
  return nullptr;
}

size_t CountReservedPolicies(const x509::CertificatePolicies& cp) {
  size_t n = 0;
  for (const x509::PolicyInformation& p : cp.policies) n += IsReservedPolicy(p.oid);
  return n;
}

bool ProfileListsExtension(Type t, der::Input oid) {
  if (t == Type::kRoot)  // 7.1.2.1.2
    return In(oid, {oid::kAuthorityKeyIdentifier, oid::kBasicConstraints, oid::kKeyUsage,
                    oid::kSubjectKeyIdentifier, oid::kExtKeyUsage, oid::kCertificatePolicies, oid::kCtSctList});
  if (t == Type::kOcspResponder)  // 7.1.2.8.2
    return In(oid, {oid::kAuthorityKeyIdentifier, oid::kExtKeyUsage, oid::kOcspNoCheck, oid::kKeyUsage,
                    oid::kBasicConstraints, oid::kNameConstraints, oid::kSubjectAltName, oid::kSubjectKeyIdentifier,
                    oid::kAuthorityInfoAccess, oid::kCertificatePolicies, oid::kCrlDistributionPoints,
                    oid::kCtSctList});
  if (IsSubscriber(t))  // 7.1.2.7.6; the poison and SCT rows of 7.1.2.9
    return In(oid, {oid::kAuthorityInfoAccess, oid::kAuthorityKeyIdentifier, oid::kCertificatePolicies,
                    oid::kExtKeyUsage, oid::kSubjectAltName, oid::kNameConstraints, oid::kKeyUsage,
                    oid::kBasicConstraints, oid::kCrlDistributionPoints, oid::kSubjectKeyIdentifier,
                    oid::kCtPoison, oid::kCtSctList});
  // 7.1.2.4.1 (precertificate signing), 7.1.2.5.1 (technically constrained TLS),
  // 7.1.2.6.1 (TLS), 7.1.2.3 (non-TLS: the same rows as the TLS CA).
  if (oid == oid::kCtSctList) return t != Type::kPrecertSigningCa;
  return In(oid, {oid::kAuthorityKeyIdentifier, oid::kBasicConstraints, oid::kCertificatePolicies,
                  oid::kCrlDistributionPoints, oid::kKeyUsage, oid::kSubjectKeyIdentifier, oid::kExtKeyUsage,
                  oid::kAuthorityInfoAccess, oid::kNameConstraints});
}

KeyUsageRow SubscriberKeyUsageRow(const x509::Certificate& c, int bit) {
  const der::Input alg = c.spki.algorithm.oid;
  if (alg == oid::kRsaEncryption) {
    if (bit == x509::kDigitalSignature || bit == x509::kKeyEncipherment) return KeyUsageRow::kAllowed;
    return bit == x509::kDataEncipherment ? KeyUsageRow::kDiscouraged : KeyUsageRow::kProhibited;
  }
  if (alg == oid::kEcPublicKey) {
    if (bit == x509::kDigitalSignature) return KeyUsageRow::kAllowed;
    return bit == x509::kKeyAgreement ? KeyUsageRow::kDiscouraged : KeyUsageRow::kProhibited;
  }
  return KeyUsageRow::kUnknown;
}

int FirstKeyUsageBitIn(const x509::Certificate& c, KeyUsageRow row) {
  for (int bit = x509::kDigitalSignature; bit <= x509::kDecipherOnly; ++bit)
    if (c.key_usage.Has(static_cast<x509::KeyUsageBit>(bit)) && SubscriberKeyUsageRow(c, bit) == row) return bit;
  return -1;
}

const char* KeyUsageBitName(int bit) {
  static constexpr const char* kNames[] = {"digitalSignature", "nonRepudiation", "keyEncipherment",
                                           "dataEncipherment", "keyAgreement",   "keyCertSign",
                                           "cRLSign",          "encipherOnly",   "decipherOnly"};
  return bit >= 0 && bit < 9 ? kNames[bit] : "unknown";
}

bool CaSubjectListsAttribute(der::Input oid) {
  return In(oid, {oid::kCountryName, oid::kStateOrProvinceName, oid::kLocalityName, oid::kPostalCode,
                  oid::kStreetAddress, oid::kOrganizationName, oid::kOrganizationalUnitName, oid::kCommonName});
}

bool SubscriberSubjectListsAttribute(Type t, der::Input oid) {
  if (t != Type::kSubscriberOv && t != Type::kSubscriberIv) return false;
  if (oid == oid::kDomainComponent) return t == Type::kSubscriberOv;
  return In(oid, {oid::kCountryName, oid::kStateOrProvinceName, oid::kLocalityName, oid::kPostalCode,
                  oid::kStreetAddress, oid::kOrganizationName, oid::kSurname, oid::kGivenName,
                  oid::kOrganizationalUnitName, oid::kCommonName});
}

bool IsAllowedSignatureAlgorithmEncoding(der::Input aid) {
  // sha256WithRSAEncryption, sha384WithRSAEncryption, sha512WithRSAEncryption
  // (1.2.840.113549.1.1.11 to .13), each with parameters NULL.
  static constexpr uint8_t kRsaPkcs1[3][15] = {
      {0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b, 0x05, 0x00},
      {0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0c, 0x05, 0x00},
      {0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0d, 0x05, 0x00}};
  for (const auto& e : kRsaPkcs1)
    if (aid == der::Input(e, sizeof e)) return true;
  // The ECDSA and RSASSA-PSS rows are the same bytes as MRSP 5.1.1 / 5.1.2's.
  namespace moz = util::mozilla;
  for (moz::EcCurve curve : {moz::EcCurve::kP256, moz::EcCurve::kP384, moz::EcCurve::kP521})
    if (aid == moz::EcdsaSignatureAlgorithm(curve)) return true;
  return moz::IsAllowedPssAlgorithm(aid);
}

size_t ValueCharacters(const x509::Attribute& a) {
  if (a.value_tag == der::kBmpString) return a.value.size() / 2;
  if (a.value_tag == der::kUniversalString) return a.value.size() / 4;
  if (a.value_tag != der::kUtf8String) return a.value.size();
  size_t n = 0;
  for (size_t i = 0; i < a.value.size(); ++i) n += (a.value[i] & 0xc0) != 0x80;
  return n;
}

}  // namespace cair::lints::br_profile
