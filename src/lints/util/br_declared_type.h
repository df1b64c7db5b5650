// File: lints/util/br_declared_type.h
// The certificate type a run DECLARES, for the profiles of BRs 7.1.2 that a
// certificate alone cannot be told by: a Cross-Certified Subordinate CA
// certificate (7.1.2.2) looks like any other subordinate CA certificate, so
// pkilint checks that profile only when told (its `--type`), and so does cair.
//
// The declaration is the lint configuration's
//   [cair] certificate_type = "cross-external"
// set by `cair lint --cert-type`, `cair scan --cert-type`, and the pkimetal
// endpoints' `tbr_cross_*` profiles. "auto" (the default, also when the key
// is absent) keeps detection as br_profile.h does it.
//
// The four cross types are pkilint's: "internal" when the cross-certified CA
// is operated by the issuer's organization or an affiliate (the extKeyUsage
// MAY then be unrestricted, 7.1.2.2.4), "external" otherwise (restricted,
// 7.1.2.2.5); "-subscriber-issuing" when the certified key is a
// subscriber-issuing CA's rather than a root's. Under a declared cross type
// the cross profile's lints (e_br_cross_ca_*, w_br_cross_ca_*) apply to every
// CA certificate of the run, and the subordinate CA lints whose table 7.1.2.2
// replaces do not: e_br_tls_ca_eku_missing, e_br_tls_ca_eku_prohibited,
// w_br_tls_ca_eku_unlisted, w_br_ca_extension_unlisted, e_br_ca_aki_missing,
// e_br_tls_ca_name_constraints_incomplete (and, for a root's key,
// e_ca_multiple_reserved_policy_oids).
#ifndef CAIR_LINTS_UTIL_BR_DECLARED_TYPE_H_
#define CAIR_LINTS_UTIL_BR_DECLARED_TYPE_H_

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "lint/config.h"
#include "lint/lint.h"
#include "x509/certificate.h"

namespace cair::lints::br_profile {

enum class DeclaredType {
  kAuto,
  kCrossInternal,
  kCrossExternal,
  kCrossInternalSubscriberIssuing,
  kCrossExternalSubscriberIssuing,
};

// Where the declaration lives in the lint configuration.
inline constexpr std::string_view kDeclaredTypeSection = "cair";
inline constexpr std::string_view kDeclaredTypeKey = "certificate_type";

struct DeclaredTypeInfo {
  DeclaredType type;
  const char* name;     // the stable value: "auto", "cross-external", ...
  const char* pkilint;  // pkilint's --type value ("" for auto)
  const char* help;     // one line, for --help
};
// Every accepted value, "auto" first.
std::span<const DeclaredTypeInfo> DeclaredTypes();
std::optional<DeclaredType> ParseDeclaredType(std::string_view name);
const char* DeclaredTypeName(DeclaredType t);
// "auto, cross-internal, ...": the accepted values, for messages.
std::string DeclaredTypeList();

// Reads the declaration from `config` into *out: "" or a message naming the
// key and the accepted values (a lint's Configure returns it; the lint is
// then fatal).
std::string ReadDeclaredType(const lint::Config& config, DeclaredType* out);

inline bool IsCross(DeclaredType t) { return t != DeclaredType::kAuto; }
inline bool IsExternalCross(DeclaredType t) {
  return t == DeclaredType::kCrossExternal || t == DeclaredType::kCrossExternalSubscriberIssuing;
}
inline bool IsInternalCross(DeclaredType t) {
  return t == DeclaredType::kCrossInternal || t == DeclaredType::kCrossInternalSubscriberIssuing;
}
// A cross-certificate of a root's key, to which no subscriber certificate
// chains directly: BRs 7.1.2.2.6 then lets it carry more than one reserved
// policy identifier (e_ca_multiple_reserved_policy_oids is NA).
inline bool IsRootKeyCross(DeclaredType t) {
  return t == DeclaredType::kCrossInternal || t == DeclaredType::kCrossExternal;
}

// BRs 7.1.2.2.3, Cross-Certified Subordinate CA Extensions: the extensions a
// cross-certificate of declared type `t` lacks among those the table makes
// MUST (authorityKeyIdentifier, basicConstraints, certificatePolicies,
// cRLDistributionPoints, keyUsage, subjectKeyIdentifier; extKeyUsage when
// external, 7.1.2.2.5) or, with `should`, SHOULD (authorityInformationAccess;
// extKeyUsage when internal, 7.1.2.2.4), as "keyUsage, subjectKeyIdentifier";
// "" when none is missing. The extensions the profile lists at all are the
// TLS subordinate CA's (br_profile::ProfileListsExtension(Type::kTlsCa, oid)).
std::string MissingCrossExtensions(const x509::Certificate& c, DeclaredType t, bool should);

// Whether the extKeyUsage content tables of 7.1.2.2.5 (restricted) judge
// `c`: it has extKeyUsage and no anyExtendedKeyUsage (which 7.1.2.2.4 and
// the anyExtendedKeyUsage lints judge instead, as pkilint does).
bool CrossEkuIsRestricted(const x509::Certificate& c);

// Base of the certificate lints whose profile depends on the declaration: it
// is read once, in Configure, never per certificate.
class DeclaredTypeLint : public lint::CertificateLint {
 public:
  std::string Configure(const lint::Config& config) override { return ReadDeclaredType(config, &declared_); }

 protected:
  DeclaredType declared() const { return declared_; }
  bool cross() const { return IsCross(declared_); }

 private:
  DeclaredType declared_ = DeclaredType::kAuto;
};

}  // namespace cair::lints::br_profile

#endif  // CAIR_LINTS_UTIL_BR_DECLARED_TYPE_H_
