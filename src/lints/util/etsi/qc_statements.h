// File: lints/util/etsi/qc_statements.h
// The qcStatements extension (RFC 3739 3.2.6, id-pe-qcStatements
// 1.3.6.1.5.5.7.1.3) and the ETSI statements inside it (ETSI EN 319 412-5
// clauses 4.2-4.3 and Annex B), read the way zlint's ETSI lints read them, so
// that their verdicts agree:
//
//   QCStatements ::= SEQUENCE OF QCStatement
//   QCStatement  ::= SEQUENCE { statementId OBJECT IDENTIFIER,
//                               statementInfo ANY DEFINED BY statementId OPTIONAL }
//
// zlint decodes with Go's encoding/asn1 (minimal lengths and tags, minimal
// INTEGERs, OID arcs within 31 bits), and looks one statement up at a time:
//   - the outer value must be exactly one SEQUENCE whose elements are all
//     SEQUENCEs; otherwise every look-up reports an error and "present";
//   - statements are scanned in order; a statement that does not start with
//     an OBJECT IDENTIFIER stops the scan with an error and "absent";
//   - a statementInfo whose header cannot be read counts as no statementInfo;
//   - the statementInfo of each ETSI statement is then decoded by type, and
//     QcCompliance / QcSSCD / QcPDS / the alphabetic QcLimitValue must also
//     re-encode to exactly the bytes found (DER, and the string types the
//     ASN.1 module names).
// Everything is a view into the extension's bytes; errors are values.
#ifndef CAIR_LINTS_UTIL_ETSI_QC_STATEMENTS_H_
#define CAIR_LINTS_UTIL_ETSI_QC_STATEMENTS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "der/input.h"
#include "x509/certificate.h"

namespace cair::lints::util::etsi {

namespace internal {
inline constexpr uint8_t kQcCompliance[] = {0x04, 0x00, 0x8e, 0x46, 0x01, 0x01};
inline constexpr uint8_t kQcLimitValue[] = {0x04, 0x00, 0x8e, 0x46, 0x01, 0x02};
inline constexpr uint8_t kQcRetentionPeriod[] = {0x04, 0x00, 0x8e, 0x46, 0x01, 0x03};
inline constexpr uint8_t kQcSscd[] = {0x04, 0x00, 0x8e, 0x46, 0x01, 0x04};
inline constexpr uint8_t kQcPds[] = {0x04, 0x00, 0x8e, 0x46, 0x01, 0x05};
inline constexpr uint8_t kQcType[] = {0x04, 0x00, 0x8e, 0x46, 0x01, 0x06};
inline constexpr uint8_t kQcCcLegislation[] = {0x04, 0x00, 0x8e, 0x46, 0x01, 0x07};
inline constexpr uint8_t kQcIdentMethod[] = {0x04, 0x00, 0x8e, 0x46, 0x01, 0x08};
inline constexpr uint8_t kQcQscdLegislation[] = {0x04, 0x00, 0x8e, 0x46, 0x01, 0x09};
inline constexpr uint8_t kQctEsign[] = {0x04, 0x00, 0x8e, 0x46, 0x01, 0x06, 0x01};
inline constexpr uint8_t kQctEseal[] = {0x04, 0x00, 0x8e, 0x46, 0x01, 0x06, 0x02};
inline constexpr uint8_t kQctWeb[] = {0x04, 0x00, 0x8e, 0x46, 0x01, 0x06, 0x03};
inline constexpr uint8_t kPsd2[] = {0x04, 0x00, 0x81, 0x98, 0x27, 0x02};
inline constexpr uint8_t kPkixQcSyntaxV2[] = {0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x0b, 0x02};
inline constexpr uint8_t kQcpN[] = {0x04, 0x00, 0x8b, 0xec, 0x40, 0x01, 0x00};
inline constexpr uint8_t kQcpL[] = {0x04, 0x00, 0x8b, 0xec, 0x40, 0x01, 0x01};
inline constexpr uint8_t kQcpNQscd[] = {0x04, 0x00, 0x8b, 0xec, 0x40, 0x01, 0x02};
inline constexpr uint8_t kQcpLQscd[] = {0x04, 0x00, 0x8b, 0xec, 0x40, 0x01, 0x03};
inline constexpr uint8_t kQevcpW[] = {0x04, 0x00, 0x8b, 0xec, 0x40, 0x01, 0x04};
inline constexpr uint8_t kQncpW[] = {0x04, 0x00, 0x8b, 0xec, 0x40, 0x01, 0x05};
inline constexpr uint8_t kQncpWGen[] = {0x04, 0x00, 0x8b, 0xec, 0x40, 0x01, 0x06};
}  // namespace internal

#define CAIR_ETSI_OID(name) \
  inline constexpr der::Input k##name(internal::k##name, sizeof(internal::k##name))
// Statement identifiers, id-etsi-qcs 0.4.0.1862.1.x (EN 319 412-5 Annex B).
CAIR_ETSI_OID(QcCompliance);        // .1
CAIR_ETSI_OID(QcLimitValue);        // .2
CAIR_ETSI_OID(QcRetentionPeriod);   // .3
CAIR_ETSI_OID(QcSscd);              // .4
CAIR_ETSI_OID(QcPds);               // .5
CAIR_ETSI_OID(QcType);              // .6
CAIR_ETSI_OID(QcCcLegislation);     // .7
CAIR_ETSI_OID(QcIdentMethod);       // .8
CAIR_ETSI_OID(QcQscdLegislation);   // .9
// QcType values, id-etsi-qct 0.4.0.1862.1.6.x.
CAIR_ETSI_OID(QctEsign);
CAIR_ETSI_OID(QctEseal);
CAIR_ETSI_OID(QctWeb);
// ETSI TS 119 495 PSD2 statement 0.4.0.19495.2; RFC 3739 id-qcs-pkixQCSyntax-v2.
CAIR_ETSI_OID(Psd2);
CAIR_ETSI_OID(PkixQcSyntaxV2);
// EN 319 411-2 policy identifiers 0.4.0.194112.1.x.
CAIR_ETSI_OID(QcpN);
CAIR_ETSI_OID(QcpL);
CAIR_ETSI_OID(QcpNQscd);
CAIR_ETSI_OID(QcpLQscd);
CAIR_ETSI_OID(QevcpW);
CAIR_ETSI_OID(QncpW);
CAIR_ETSI_OID(QncpWGen);
#undef CAIR_ETSI_OID

// ---- The extension, statement by statement ----------------------------------

struct QcStatementEntry {
  der::Input full;        // the whole QCStatement element
  der::Input id;          // statementId, OID contents octets
  bool has_info = false;
  der::Input info;        // statementInfo, the whole element (tag and length included)
};

enum class QcOuterError : uint8_t {
  kNone,
  kNotSequenceOfSequence,  // not a SEQUENCE of SEQUENCE elements (Go rules)
  kTrailingData,           // bytes after the outer SEQUENCE
};

struct QcStatements {
  QcOuterError outer = QcOuterError::kNone;
  // The statements that begin with a well-formed OBJECT IDENTIFIER, in
  // order, up to (not including) the first one that does not.
  std::vector<QcStatementEntry> statements;
  // A statement that does not begin with an OBJECT IDENTIFIER was met
  // (after `statements`).
  bool malformed_statement = false;
  // Every statementId of the extension (the list zcrypto reports), empty
  // when the outer structure or a statement is malformed.
  std::vector<der::Input> AllIds() const;
};
QcStatements ParseQcStatements(der::Input ext_value);

// The qcStatements extension zlint looks at (the last one), or nullptr.
const x509::Extension* QcStatementsExtension(const x509::Certificate& c);
// ParseQcStatements of that extension, computed once per certificate.
// Only meaningful when QcStatementsExtension(c) is not null.
const QcStatements& CertQcStatements(const x509::Certificate& c);

// ---- One statement, decoded -------------------------------------------------

// PdsLocation ::= SEQUENCE { url IA5String, language PrintableString (SIZE(2)) }
struct QcPdsLocation {
  std::string url;       // decoded text
  std::string language;  // decoded text
};

// MonetaryValue ::= SEQUENCE { currency Iso4217CurrencyCode, amount INTEGER,
//                              exponent INTEGER }
// Iso4217CurrencyCode ::= CHOICE { alphabetic PrintableString (SIZE (3)),
//                                  numeric INTEGER (1..999) }
struct QcLimitValue {
  bool numeric = false;
  std::string currency_alpha;
  int64_t currency_num = 0;
  int64_t amount = 0;
  int64_t exponent = 0;
};

// The result of looking one statement up (zlint's ParseQcStatem).
struct QcStatementLookup {
  bool present = false;
  // Non-empty when the extension or the statement is malformed; zlint's
  // lints turn it into an error verdict.
  std::string error;
  const QcStatementEntry* entry = nullptr;  // the statement found, if any

  // Filled for the statement types that carry data (when error is empty):
  std::vector<der::Input> qc_types;         // QcType: OID contents octets
  std::vector<QcPdsLocation> pds;           // QcPDS
  QcLimitValue limit;                       // QcLimitValue
  int64_t retention_years = 0;              // QcRetentionPeriod
};
// Looks `sought` up in `qcs` (the first statement with that identifier).
QcStatementLookup LookupQcStatement(const QcStatements& qcs, der::Input sought);
// The same on the certificate's qcStatements extension; an absent extension
// gives "not present".
QcStatementLookup LookupQcStatement(const x509::Certificate& c, der::Input sought);

// True when any of the ETSI statements QcCompliance, QcLimitValue,
// QcRetentionPeriod, QcSSCD, QcPDS, QcType or the PSD2 statement is present
// (zlint's IsAnyEtsiQcStatementPresent; a malformed outer structure counts
// as present).
bool AnyQcStatementPresent(const x509::Certificate& c);

// Dotted-decimal text of an OID given as contents octets.
std::string QcOidText(der::Input oid);

// Text checks on decoded values (which the checks above leave ASCII-only):
// A-Z / a-z only; a-z only. (ASCII lower-casing: dns_names.h AsciiLower.)
bool OnlyLetters(std::string_view s);
bool OnlyLowerCaseLetters(std::string_view s);

// ---- Certificate classification -----------------------------------------------

// A certificate issued to a natural person under EN 319 411-2: a QCP-n or
// QCP-n-qscd policy, or a website policy (QEVCP-w, QNCP-w, QNCP-w-gen) with
// natural-person subject attributes (givenName, surname or pseudonym); never
// with a QCP-l / QCP-l-qscd policy.
bool IsNaturalPerson(const x509::Certificate& c);

// A zcrypto KeyUsage bitmap (bit i = named bit i) as zlint's ETSI key-usage
// lints print it: the set bits' names sorted as Go sorts strings, in
// brackets ("[DigitalSignature KeyEncipherment]"), and the bitmap in binary,
// at least 8 digits ("00000101").
std::string KeyUsageList(uint32_t ku);
std::string KeyUsageBinary(uint32_t ku);

// zlint's IsSMIMEBRCertificate: a CA/B Forum S/MIME BR policy identifier
// (legacy, multipurpose or strict, any validation type).
bool HasSmimeBrPolicy(const x509::Certificate& c);

}  // namespace cair::lints::util::etsi

#endif  // CAIR_LINTS_UTIL_ETSI_QC_STATEMENTS_H_
