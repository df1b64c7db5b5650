#!/usr/bin/env python3
"""Generates src/x509/oids.h from the table below (name, dotted OID).

Run: python3 tools/gen_oids.py > src/x509/oids.h
The header holds each OID's DER contents octets as a der::Input constant so
that comparisons on the hot path are a memcmp, never a string conversion.
"""
OIDS = [
    # X.520 attribute types (RFC 5280 4.1.2.4, Appendix A)
    ("kCommonName", "2.5.4.3"), ("kSurname", "2.5.4.4"), ("kSerialNumber", "2.5.4.5"),
    ("kCountryName", "2.5.4.6"), ("kLocalityName", "2.5.4.7"), ("kStateOrProvinceName", "2.5.4.8"),
    ("kStreetAddress", "2.5.4.9"), ("kOrganizationName", "2.5.4.10"),
    ("kOrganizationalUnitName", "2.5.4.11"), ("kTitle", "2.5.4.12"),
    ("kBusinessCategory", "2.5.4.15"), ("kPostalCode", "2.5.4.17"), ("kGivenName", "2.5.4.42"),
    ("kInitials", "2.5.4.43"), ("kGenerationQualifier", "2.5.4.44"), ("kDnQualifier", "2.5.4.46"),
    ("kPseudonym", "2.5.4.65"), ("kOrganizationIdentifier", "2.5.4.97"),
    ("kPostOfficeBox", "2.5.4.18"), ("kName", "2.5.4.41"),
    ("kEmailAddress", "1.2.840.113549.1.9.1"), ("kDomainComponent", "0.9.2342.19200300.100.1.25"),
    ("kUserId", "0.9.2342.19200300.100.1.1"),
    ("kJurisdictionLocality", "1.3.6.1.4.1.311.60.2.1.1"),
    ("kJurisdictionStateOrProvince", "1.3.6.1.4.1.311.60.2.1.2"),
    ("kJurisdictionCountry", "1.3.6.1.4.1.311.60.2.1.3"),
    # Certificate extensions (RFC 5280 4.2)
    ("kSubjectDirectoryAttributes", "2.5.29.9"), ("kSubjectKeyIdentifier", "2.5.29.14"),
    ("kKeyUsage", "2.5.29.15"), ("kPrivateKeyUsagePeriod", "2.5.29.16"),
    ("kSubjectAltName", "2.5.29.17"), ("kIssuerAltName", "2.5.29.18"),
    ("kBasicConstraints", "2.5.29.19"), ("kCrlNumber", "2.5.29.20"), ("kReasonCode", "2.5.29.21"),
    ("kInvalidityDate", "2.5.29.24"), ("kDeltaCrlIndicator", "2.5.29.27"),
    ("kIssuingDistributionPoint", "2.5.29.28"), ("kCertificateIssuer", "2.5.29.29"),
    ("kNameConstraints", "2.5.29.30"), ("kCrlDistributionPoints", "2.5.29.31"),
    ("kCertificatePolicies", "2.5.29.32"), ("kPolicyMappings", "2.5.29.33"),
    ("kAuthorityKeyIdentifier", "2.5.29.35"), ("kPolicyConstraints", "2.5.29.36"),
    ("kExtKeyUsage", "2.5.29.37"), ("kFreshestCrl", "2.5.29.46"), ("kInhibitAnyPolicy", "2.5.29.54"),
    ("kAuthorityInfoAccess", "1.3.6.1.5.5.7.1.1"), ("kSubjectInfoAccess", "1.3.6.1.5.5.7.1.11"),
    ("kQcStatements", "1.3.6.1.5.5.7.1.3"), ("kLogoType", "1.3.6.1.5.5.7.1.12"),
    ("kTlsFeature", "1.3.6.1.5.5.7.1.24"),
    ("kCtPoison", "1.3.6.1.4.1.11129.2.4.3"), ("kCtSctList", "1.3.6.1.4.1.11129.2.4.2"),
    ("kOcspNoCheck", "1.3.6.1.5.5.7.48.1.5"),
    ("kMsCertificateTemplate", "1.3.6.1.4.1.311.21.7"),
    ("kMsApplicationPolicies", "1.3.6.1.4.1.311.21.10"),
    ("kMsCaVersion", "1.3.6.1.4.1.311.21.1"),
    ("kNetscapeCertType", "2.16.840.1.113730.1.1"), ("kNetscapeComment", "2.16.840.1.113730.1.13"),
    ("kCabfOrganizationIdentifier", "2.23.140.3.1"),
    ("kLegalEntityIdentifier", "1.3.6.1.4.1.52266.1"), ("kLegalEntityIdentifierRole", "1.3.6.1.4.1.52266.2"),
    ("kTorServiceDescriptor", "2.23.140.1.31"),
    ("kAdobeTimestamp", "1.2.840.113583.1.1.9.1"), ("kAdobeArchiveRevInfo", "1.2.840.113583.1.1.9.2"),
    # Access methods
    ("kAdOcsp", "1.3.6.1.5.5.7.48.1"), ("kAdCaIssuers", "1.3.6.1.5.5.7.48.2"),
    ("kAdCaRepository", "1.3.6.1.5.5.7.48.5"),
    # Extended key usages
    ("kAnyExtendedKeyUsage", "2.5.29.37.0"), ("kEkuServerAuth", "1.3.6.1.5.5.7.3.1"),
    ("kEkuClientAuth", "1.3.6.1.5.5.7.3.2"), ("kEkuCodeSigning", "1.3.6.1.5.5.7.3.3"),
    ("kEkuEmailProtection", "1.3.6.1.5.5.7.3.4"), ("kEkuTimeStamping", "1.3.6.1.5.5.7.3.8"),
    ("kEkuOcspSigning", "1.3.6.1.5.5.7.3.9"),
    ("kEkuMsServerGatedCrypto", "1.3.6.1.4.1.311.10.3.3"),
    ("kEkuNsServerGatedCrypto", "2.16.840.1.113730.4.1"),
    ("kEkuPrecertSigning", "1.3.6.1.4.1.11129.2.4.4"),
    ("kEkuMsDocumentSigning", "1.3.6.1.4.1.311.10.3.12"),
    # Policies
    ("kAnyPolicy", "2.5.29.32.0"), ("kQtCps", "1.3.6.1.5.5.7.2.1"), ("kQtUnotice", "1.3.6.1.5.5.7.2.2"),
    ("kBrDomainValidated", "2.23.140.1.2.1"), ("kBrOrganizationValidated", "2.23.140.1.2.2"),
    ("kBrIndividualValidated", "2.23.140.1.2.3"), ("kBrExtendedValidation", "2.23.140.1.1"),
    ("kCabfCodeSigningOv", "2.23.140.1.4.1"), ("kCabfCodeSigningTimestamp", "2.23.140.1.4.2"),
    ("kCabfCodeSigningEv", "2.23.140.1.3"),
    ("kSmimeMailboxLegacy", "2.23.140.1.5.1.1"), ("kSmimeMailboxMultipurpose", "2.23.140.1.5.1.2"),
    ("kSmimeMailboxStrict", "2.23.140.1.5.1.3"),
    ("kSmimeOrganizationLegacy", "2.23.140.1.5.2.1"),
    ("kSmimeOrganizationMultipurpose", "2.23.140.1.5.2.2"),
    ("kSmimeOrganizationStrict", "2.23.140.1.5.2.3"),
    ("kSmimeSponsorLegacy", "2.23.140.1.5.3.1"), ("kSmimeSponsorMultipurpose", "2.23.140.1.5.3.2"),
    ("kSmimeSponsorStrict", "2.23.140.1.5.3.3"),
    ("kSmimeIndividualLegacy", "2.23.140.1.5.4.1"),
    ("kSmimeIndividualMultipurpose", "2.23.140.1.5.4.2"),
    ("kSmimeIndividualStrict", "2.23.140.1.5.4.3"),
    # Algorithms
    ("kRsaEncryption", "1.2.840.113549.1.1.1"), ("kRsaPss", "1.2.840.113549.1.1.10"),
    ("kMd2WithRsa", "1.2.840.113549.1.1.2"), ("kMd5WithRsa", "1.2.840.113549.1.1.4"),
    ("kSha1WithRsa", "1.2.840.113549.1.1.5"), ("kSha256WithRsa", "1.2.840.113549.1.1.11"),
    ("kSha384WithRsa", "1.2.840.113549.1.1.12"), ("kSha512WithRsa", "1.2.840.113549.1.1.13"),
    ("kSha224WithRsa", "1.2.840.113549.1.1.14"),
    ("kEcPublicKey", "1.2.840.10045.2.1"), ("kEcdsaWithSha1", "1.2.840.10045.4.1"),
    ("kEcdsaWithSha224", "1.2.840.10045.4.3.1"), ("kEcdsaWithSha256", "1.2.840.10045.4.3.2"),
    ("kEcdsaWithSha384", "1.2.840.10045.4.3.3"), ("kEcdsaWithSha512", "1.2.840.10045.4.3.4"),
    ("kDsa", "1.2.840.10040.4.1"), ("kDsaWithSha1", "1.2.840.10040.4.3"),
    ("kDsaWithSha224", "2.16.840.1.101.3.4.3.1"), ("kDsaWithSha256", "2.16.840.1.101.3.4.3.2"),
    ("kEd25519", "1.3.101.112"), ("kEd448", "1.3.101.113"),
    ("kX25519", "1.3.101.110"), ("kX448", "1.3.101.111"),
    ("kSecp256r1", "1.2.840.10045.3.1.7"), ("kSecp384r1", "1.3.132.0.34"),
    ("kSecp521r1", "1.3.132.0.35"), ("kSecp224r1", "1.3.132.0.33"),
    ("kSha1", "1.3.14.3.2.26"), ("kSha256", "2.16.840.1.101.3.4.2.1"),
    ("kSha384", "2.16.840.1.101.3.4.2.2"), ("kSha512", "2.16.840.1.101.3.4.2.3"),
    ("kMgf1", "1.2.840.113549.1.1.8"),
    ("kIdMlDsa44", "2.16.840.1.101.3.4.3.17"), ("kIdMlDsa65", "2.16.840.1.101.3.4.3.18"),
    ("kIdMlDsa87", "2.16.840.1.101.3.4.3.19"),
    # OCSP
    ("kOcspBasic", "1.3.6.1.5.5.7.48.1.1"), ("kOcspNonce", "1.3.6.1.5.5.7.48.1.2"),
    # Other names
    ("kSmtpUtf8Mailbox", "1.3.6.1.5.5.7.8.9"),
    ("kMsUpn", "1.3.6.1.4.1.311.20.2.3"),
]


def encode(dotted):
    parts = [int(p) for p in dotted.split(".")]
    arcs = [parts[0] * 40 + parts[1]] + parts[2:]
    out = []
    for a in arcs:
        chunk = [a & 0x7F]
        a >>= 7
        while a:
            chunk.append(0x80 | (a & 0x7F))
            a >>= 7
        out.extend(reversed(chunk))
    return out


def main():
    print("// File: x509/oids.h")
    print("// GENERATED by tools/gen_oids.py; do not edit. Named OBJECT IDENTIFIER")
    print("// contents octets, as der::Input constants, for memcmp comparisons.")
    print("#ifndef CAIR_X509_OIDS_H_\n#define CAIR_X509_OIDS_H_\n")
    print("#include <cstdint>\n#include <string_view>\n\n#include \"der/input.h\"\n")
    print("namespace cair::oid {\nnamespace internal {")
    for name, dotted in OIDS:
        b = ", ".join("0x%02x" % x for x in encode(dotted))
        print(f"inline constexpr uint8_t {name}[] = {{{b}}};  // {dotted}")
    print("}  // namespace internal\n")
    for name, dotted in OIDS:
        print(f"inline constexpr der::Input {name}(internal::{name}, sizeof(internal::{name}));")
    print("\n// Short name for a known OID (\"commonName\", \"subjectAltName\"); \"\" otherwise.")
    print("std::string_view Name(der::Input oid);")
    print("\n}  // namespace cair::oid\n\n#endif  // CAIR_X509_OIDS_H_")


if __name__ == "__main__":
    main()
