// File: x509/certificate.h
// The certificate model. `Certificate` is a set of views into DER bytes that
// the caller owns and must keep alive; it never copies them. `ParseCertificate`
// reads a signed certificate (RFC 5280 4.1) and `ParseTbsCertificate` an
// unsigned TBSCertificate (for pre-issuance linting). Both read past every
// defect they can, recording it in `diagnostics`; `ok()` is false only when
// the structure is too broken to find the TBS fields at all.
#ifndef CAIR_X509_CERTIFICATE_H_
#define CAIR_X509_CERTIFICATE_H_

#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "der/parser.h"
#include "der/values.h"
#include "x509/derived_values.h"
#include "x509/diagnostics.h"
#include "x509/extension_index.h"
#include "x509/extensions.h"
#include "x509/name.h"

namespace cair::x509 {

//   AlgorithmIdentifier ::= SEQUENCE { algorithm OBJECT IDENTIFIER,
//                                      parameters ANY DEFINED BY algorithm OPTIONAL }
struct AlgorithmIdentifier {
  der::Input full;
  der::Input oid;
  bool has_params = false;
  der::Element params;
  bool ok = false;
  bool ParamsAreNull() const { return has_params && params.tag == der::kNull && params.value.empty(); }
};
AlgorithmIdentifier ParseAlgorithmIdentifier(const der::Element& el);

//   Time ::= CHOICE { utcTime UTCTime, generalTime GeneralizedTime }
struct CertTime {
  der::Tag tag;
  der::Input value;
  der::TimeFormat format;
  int64_t unix = 0;
  bool ok = false;
  bool IsUtc() const { return tag == der::kUtcTime; }
  bool IsGeneralized() const { return tag == der::kGeneralizedTime; }
};
CertTime ParseTime(const der::Element& el);

//   SubjectPublicKeyInfo ::= SEQUENCE { algorithm AlgorithmIdentifier,
//                                       subjectPublicKey BIT STRING }
//   RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }
struct PublicKeyInfo {
  der::Input full;
  AlgorithmIdentifier algorithm;
  der::BitString key;
  bool ok = false;
  // RSA (when algorithm is rsaEncryption and the key parses):
  bool rsa_ok = false;
  der::Input rsa_modulus;   // INTEGER contents, sign byte included
  der::Input rsa_exponent;  // INTEGER contents
  // EC: the named curve OID from the parameters, if any.
  der::Input ec_curve;
};

enum class ObjectKind { kCertificate, kPrecertificate, kTbsCertificate };

// DER-strictness defects anywhere in the object, including inside extension
// values (X.690 10-11). Computed on first use by Certificate::Encoding().
struct EncodingAudit {
  size_t non_minimal_lengths = 0;
  size_t first_non_minimal_length = 0;  // byte offset in `raw`
  size_t non_minimal_tags = 0;
  size_t non_canonical_booleans = 0;
};

struct Certificate {
  der::Input raw;        // the whole Certificate (or TBSCertificate) element
  der::Input tbs;        // the TBSCertificate element
  bool tbs_only = false; // parsed by ParseTbsCertificate: no signature
  AlgorithmIdentifier signature_algorithm;  // outer signatureAlgorithm
  der::BitString signature_value;

  //   TBSCertificate ::= SEQUENCE {
  //        version         [0]  EXPLICIT Version DEFAULT v1,
  //        serialNumber         CertificateSerialNumber,
  //        signature            AlgorithmIdentifier,
  //        issuer               Name,
  //        validity             Validity,
  //        subject              Name,
  //        subjectPublicKeyInfo SubjectPublicKeyInfo,
  //        issuerUniqueID  [1]  IMPLICIT UniqueIdentifier OPTIONAL,
  //        subjectUniqueID [2]  IMPLICIT UniqueIdentifier OPTIONAL,
  //        extensions      [3]  EXPLICIT Extensions OPTIONAL }
  bool version_encoded = false;
  int64_t version = 0;  // 0 = v1, 2 = v3
  der::Input serial;    // INTEGER contents
  AlgorithmIdentifier tbs_signature;
  Name issuer;
  CertTime not_before, not_after;
  Name subject;
  PublicKeyInfo spki;
  bool has_issuer_unique_id = false, has_subject_unique_id = false;
  bool has_extensions_field = false;
  bool extensions_ok = true;
  std::vector<Extension> extensions;
  // The extensions SEQUENCE's contents when every Extension in it had the
  // usual shape (OID, optional BOOLEAN, OCTET STRING) in minimal headers
  // with a 00/FF BOOLEAN: nothing inside is what EncodingAudit counts, so
  // Encoding() does not walk it (the extension values it still does).
  // Empty otherwise.
  der::Input plain_extensions;

  // Parsed extensions (present == false when absent).
  BasicConstraints basic_constraints;
  KeyUsage key_usage;
  ExtKeyUsage ext_key_usage;
  AltName san, ian;
  AuthorityKeyId aki;
  SubjectKeyId ski;
  CertificatePolicies policies;
  CrlDistributionPoints crl_dp;
  InfoAccess aia, sia;
  NameConstraints name_constraints;
  PolicyConstraints policy_constraints;
  PolicyMappings policy_mappings;
  SctList sct_list;
  bool ct_poison = false;

  Diagnostics diagnostics;
  bool parsed = false;
  mutable int8_t self_signed_cache = -1;  // -1 unknown, else 0/1 (see IsSelfSigned)
  mutable std::optional<EncodingAudit> encoding_cache;  // see Encoding()

  bool ok() const { return parsed; }
  ObjectKind kind() const {
    return tbs_only ? ObjectKind::kTbsCertificate
                    : ct_poison ? ObjectKind::kPrecertificate : ObjectKind::kCertificate;
  }
  // First extension with `oid`, or nullptr; the last one; how many. O(1)
  // for the OIDs of x509/extension_index.h (through an index built on the
  // first look-up, rebuilt when the number of extensions changes), a scan
  // for any other OID.
  const Extension* FindExtension(der::Input oid) const {
    const int slot = KnownExtensionSlot(oid);
    if (slot >= 0 && Index().usable) return At(extension_index_cache.first[slot]);
    return ScanFirst(oid);
  }
  const Extension* LastExtension(der::Input oid) const {
    const int slot = KnownExtensionSlot(oid);
    if (slot >= 0 && Index().usable) return At(extension_index_cache.last[slot]);
    return ScanLast(oid);
  }
  size_t CountExtension(der::Input oid) const {
    const int slot = KnownExtensionSlot(oid);
    if (slot >= 0 && Index().usable) return extension_index_cache.count[slot];
    return ScanCount(oid);
  }
  bool HasExtension(der::Input oid) const { return FindExtension(oid) != nullptr; }
  // ExtensionBit(e) set for every known extension that occurs.
  uint32_t KnownExtensionsPresent() const { return Index().present; }

  // Classification used by lints and by zlint's source pre-filter.
  bool IsCa() const { return basic_constraints.present && basic_constraints.ca; }
  bool IsSelfIssued() const { return issuer.value == subject.value; }
  // Self-issued and the signature verifies with the certificate's own key
  // (zcrypto's SelfSigned). Verified once, on first call, then cached; a
  // TBS-only input counts as self-signed when self-issued.
  bool IsSelfSigned() const;
  // One walk over every element, cached: lints that check DER rules share it.
  const EncodingAudit& Encoding() const;

  // Data derived from the certificate, computed on first use by `compute`
  // and cached here, so that several lints needing the same expensive
  // derivation (e.g. every dNSName split at its public suffix) share one
  // computation. Keyed by `compute`'s address. Not thread-safe: a
  // Certificate belongs to one thread.
  template <typename T>
  const T& Derived(T (*compute)(const Certificate&)) const {
    const void* key = reinterpret_cast<const void*>(compute);
    if (const void* v = derived_values.Find(key)) return *static_cast<const T*>(v);
    return derived_values.Add(key, compute(*this));
  }
  mutable DerivedValues derived_values;
  // zlint util.IsServerAuthCert: no EKU, or EKU with serverAuth /
  // anyExtendedKeyUsage, or a CA/B Forum TLS policy OID.
  bool IsServerAuth() const;
  // zlint util.IsEmailProtectionCert: EKU emailProtection / anyEKU, or an
  // S/MIME BR policy OID.
  bool IsEmailProtection() const;
  // zlint util.IsCodeSigning: a CA/B Forum code signing policy OID.
  bool IsCodeSigning() const;
  // Lowercase hex SHA-256 of `raw` is computed elsewhere (corpus layer).

  mutable ExtensionIndex extension_index_cache;  // see Index()

 private:
  const ExtensionIndex& Index() const {
    if (extension_index_cache.built_for != extensions.size()) BuildExtensionIndex();
    return extension_index_cache;
  }
  void BuildExtensionIndex() const;
  const Extension* At(uint16_t i) const { return i == ExtensionIndex::kNone ? nullptr : &extensions[i]; }
  const Extension* ScanFirst(der::Input oid) const;
  const Extension* ScanLast(der::Input oid) const;
  size_t ScanCount(der::Input oid) const;
};

// Parses the Certificate whose DER is exactly `der` (trailing bytes are a
// diagnostic). The result aliases `der`.
Certificate ParseCertificate(der::Input der);
// Parses an unsigned TBSCertificate.
Certificate ParseTbsCertificate(der::Input der);

}  // namespace cair::x509

#endif  // CAIR_X509_CERTIFICATE_H_
