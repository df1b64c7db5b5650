// Unit tests of etsi_qcstatements.h: the qcStatements reader and the ETSI
// statement decoders, on hand-built DER, including the malformed shapes the
// zlint suite does not cover.
#include "lints/util/etsi_qcstatements.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>

namespace cair::lints::util {
namespace {

std::string Tlv(uint8_t tag, const std::string& body) {
  std::string out(1, static_cast<char>(tag));
  const size_t n = body.size();
  if (n < 0x80) {
    out.push_back(static_cast<char>(n));
  } else {
    out.push_back(static_cast<char>(0x81));
    out.push_back(static_cast<char>(n));
  }
  return out + body;
}
std::string Seq(const std::string& body) { return Tlv(0x30, body); }
std::string Oid(der::Input oid) { return Tlv(0x06, oid.AsString()); }
std::string Int(uint8_t v) { return Tlv(0x02, std::string(1, static_cast<char>(v))); }
std::string Ia5(const std::string& s) { return Tlv(0x16, s); }
std::string Printable(const std::string& s) { return Tlv(0x13, s); }
std::string Utf8(const std::string& s) { return Tlv(0x0c, s); }
der::Input In(const std::string& s) { return der::Input(std::string_view(s)); }

QcStatementLookup Find(const std::string& ext, der::Input oid, QcStatements* keep) {
  // The parse holds views into the bytes: keep them alive for the test
  // (a deque never moves its elements).
  static std::deque<std::string> storage;
  storage.push_back(ext);
  *keep = ParseQcStatements(In(storage.back()));
  return LookupQcStatement(*keep, oid);
}

TEST(EtsiQcStatements, ReadsStatementsInOrder) {
  const std::string ext = Seq(Seq(Oid(kEtsiQcCompliance)) + Seq(Oid(kEtsiQcSscd)) +
                              Seq(Oid(kEtsiQcType) + Seq(Oid(kEtsiQctWeb))));
  const QcStatements q = ParseQcStatements(In(ext));
  EXPECT_EQ(q.outer, QcOuterError::kNone);
  EXPECT_FALSE(q.malformed_statement);
  ASSERT_EQ(q.statements.size(), 3u);
  EXPECT_FALSE(q.statements[0].has_info);
  EXPECT_TRUE(q.statements[2].has_info);
  EXPECT_EQ(q.AllIds().size(), 3u);
  EXPECT_EQ(QcOidText(q.statements[2].id), "0.4.0.1862.1.6");
}

TEST(EtsiQcStatements, OuterErrorsCountAsPresentWithError) {
  QcStatements q;
  // Not a SEQUENCE at all.
  auto r = Find(Tlv(0x31, Seq(Oid(kEtsiQcCompliance))), kEtsiQcCompliance, &q);
  EXPECT_TRUE(r.present);
  EXPECT_FALSE(r.error.empty());
  // An element that is not a SEQUENCE.
  r = Find(Seq(Oid(kEtsiQcCompliance)), kEtsiQcSscd, &q);
  EXPECT_TRUE(r.present);
  EXPECT_FALSE(r.error.empty());
  // Trailing bytes after the outer SEQUENCE.
  r = Find(Seq(Seq(Oid(kEtsiQcCompliance))) + std::string("\x05\x00", 2), kEtsiQcCompliance, &q);
  EXPECT_EQ(q.outer, QcOuterError::kTrailingData);
  EXPECT_TRUE(r.present);
  EXPECT_FALSE(r.error.empty());
  // Non-minimal length (Go rejects it).
  r = Find(std::string("\x30\x81\x08", 3) + Seq(Oid(kEtsiQcCompliance)), kEtsiQcCompliance, &q);
  EXPECT_EQ(q.outer, QcOuterError::kNotSequenceOfSequence);
}

TEST(EtsiQcStatements, MalformedStatementStopsTheScan) {
  QcStatements q;
  // The sought statement comes first: found before the bad one.
  const std::string bad = Seq(Int(1));
  auto r = Find(Seq(Seq(Oid(kEtsiQcCompliance)) + bad), kEtsiQcCompliance, &q);
  EXPECT_TRUE(r.present);
  EXPECT_TRUE(r.error.empty());
  EXPECT_TRUE(q.AllIds().empty());
  // The bad one comes first: absent, with an error.
  r = Find(Seq(bad + Seq(Oid(kEtsiQcCompliance))), kEtsiQcCompliance, &q);
  EXPECT_FALSE(r.present);
  EXPECT_FALSE(r.error.empty());
}

TEST(EtsiQcStatements, BareStatementsMustHaveNoInfo) {
  QcStatements q;
  EXPECT_TRUE(Find(Seq(Seq(Oid(kEtsiQcSscd))), kEtsiQcSscd, &q).error.empty());
  EXPECT_FALSE(Find(Seq(Seq(Oid(kEtsiQcSscd) + Tlv(0x05, ""))), kEtsiQcSscd, &q).error.empty());
  EXPECT_FALSE(
      Find(Seq(Seq(Oid(kEtsiQcCompliance) + Tlv(0x01, "\xff"))), kEtsiQcCompliance, &q).error.empty());
  // Unreadable bytes after the identifier: no statementInfo, but still not bare.
  auto r = Find(Seq(Seq(Oid(kEtsiQcCompliance) + std::string("\x04\x05", 2))), kEtsiQcCompliance, &q);
  EXPECT_TRUE(r.present);
  EXPECT_FALSE(q.statements[0].has_info);
  EXPECT_FALSE(r.error.empty());
}

TEST(EtsiQcStatements, QcType) {
  QcStatements q;
  auto r = Find(Seq(Seq(Oid(kEtsiQcType) + Seq(Oid(kEtsiQctEsign) + Oid(kEtsiQctEseal)))),
                kEtsiQcType, &q);
  ASSERT_TRUE(r.error.empty());
  ASSERT_EQ(r.qc_types.size(), 2u);
  EXPECT_EQ(r.qc_types[1], kEtsiQctEseal);
  r = Find(Seq(Seq(Oid(kEtsiQcType) + Seq(""))), kEtsiQcType, &q);
  EXPECT_TRUE(r.error.empty());
  EXPECT_TRUE(r.qc_types.empty());
  // A SEQUENCE with something other than OIDs, or no statementInfo at all.
  EXPECT_FALSE(Find(Seq(Seq(Oid(kEtsiQcType) + Seq(Int(3)))), kEtsiQcType, &q).error.empty());
  EXPECT_FALSE(Find(Seq(Seq(Oid(kEtsiQcType))), kEtsiQcType, &q).error.empty());
}

TEST(EtsiQcStatements, Pds) {
  QcStatements q;
  const std::string good = Seq(Seq(Ia5("https://pds.example/en") + Printable("en")) +
                               Seq(Ia5("https://pds.example/de") + Printable("DE")));
  auto r = Find(Seq(Seq(Oid(kEtsiQcPds) + good)), kEtsiQcPds, &q);
  ASSERT_TRUE(r.error.empty()) << r.error;
  ASSERT_EQ(r.pds.size(), 2u);
  EXPECT_EQ(r.pds[0].url, "https://pds.example/en");
  EXPECT_EQ(r.pds[1].language, "DE");
  // Wrong string types are read but fail the re-encoding check.
  EXPECT_FALSE(Find(Seq(Seq(Oid(kEtsiQcPds) + Seq(Seq(Ia5("https://x") + Utf8("en"))))),
                    kEtsiQcPds, &q).error.empty());
  EXPECT_FALSE(Find(Seq(Seq(Oid(kEtsiQcPds) + Seq(Seq(Utf8("https://x") + Printable("en"))))),
                    kEtsiQcPds, &q).error.empty());
  // A third field, or a missing language.
  EXPECT_FALSE(Find(Seq(Seq(Oid(kEtsiQcPds) +
                            Seq(Seq(Ia5("https://x") + Printable("en") + Printable("x"))))),
                    kEtsiQcPds, &q).error.empty());
  EXPECT_FALSE(
      Find(Seq(Seq(Oid(kEtsiQcPds) + Seq(Seq(Ia5("https://x"))))), kEtsiQcPds, &q).error.empty());
  // '&' is read in a PrintableString but cannot be written back.
  EXPECT_FALSE(Find(Seq(Seq(Oid(kEtsiQcPds) + Seq(Seq(Ia5("https://x") + Printable("e&"))))),
                    kEtsiQcPds, &q).error.empty());
  // An empty list decodes (the lint reports it).
  r = Find(Seq(Seq(Oid(kEtsiQcPds) + Seq(""))), kEtsiQcPds, &q);
  EXPECT_TRUE(r.error.empty());
  EXPECT_TRUE(r.pds.empty());
}

TEST(EtsiQcStatements, LimitValueAndRetention) {
  QcStatements q;
  auto r = Find(Seq(Seq(Oid(kEtsiQcLimitValue) + Seq(Printable("EUR") + Int(100) + Int(3)))),
                kEtsiQcLimitValue, &q);
  ASSERT_TRUE(r.error.empty()) << r.error;
  EXPECT_FALSE(r.limit.numeric);
  EXPECT_EQ(r.limit.currency_alpha, "EUR");
  EXPECT_EQ(r.limit.amount, 100);
  r = Find(Seq(Seq(Oid(kEtsiQcLimitValue) + Seq(Int(0x7f) + Int(1) + Int(2)))), kEtsiQcLimitValue, &q);
  ASSERT_TRUE(r.error.empty());
  EXPECT_TRUE(r.limit.numeric);
  EXPECT_EQ(r.limit.currency_num, 0x7f);
  // Alphabetic currency in a UTF8String: read, then rejected on re-encoding.
  EXPECT_FALSE(Find(Seq(Seq(Oid(kEtsiQcLimitValue) + Seq(Utf8("EUR") + Int(1) + Int(2)))),
                    kEtsiQcLimitValue, &q).error.empty());
  // Missing exponent.
  EXPECT_FALSE(Find(Seq(Seq(Oid(kEtsiQcLimitValue) + Seq(Printable("EUR") + Int(1)))),
                    kEtsiQcLimitValue, &q).error.empty());
  // Negative amount decodes; the lint judges it.
  r = Find(Seq(Seq(Oid(kEtsiQcLimitValue) + Seq(Printable("EUR") + Int(0xff) + Int(0)))),
           kEtsiQcLimitValue, &q);
  EXPECT_EQ(r.limit.amount, -1);

  r = Find(Seq(Seq(Oid(kEtsiQcRetentionPeriod) + Int(15))), kEtsiQcRetentionPeriod, &q);
  EXPECT_TRUE(r.error.empty());
  EXPECT_EQ(r.retention_years, 15);
  // Non-minimal INTEGER, and no statementInfo.
  EXPECT_FALSE(Find(Seq(Seq(Oid(kEtsiQcRetentionPeriod) + Tlv(0x02, std::string("\x00\x0f", 2)))),
                    kEtsiQcRetentionPeriod, &q).error.empty());
  EXPECT_FALSE(
      Find(Seq(Seq(Oid(kEtsiQcRetentionPeriod))), kEtsiQcRetentionPeriod, &q).error.empty());
}

TEST(EtsiQcStatements, KeyUsageText) {
  EXPECT_EQ(EtsiKeyUsageNames(0), "[]");
  EXPECT_EQ(EtsiKeyUsageNames(1u << 3), "[DataEncipherment]");
  EXPECT_EQ(EtsiKeyUsageNames((1u << 0) | (1u << 5) | (1u << 6)), "[CRLSign CertSign DigitalSignature]");
  EXPECT_EQ(EtsiKeyUsageBinary(3), "00000011");
  EXPECT_EQ(EtsiKeyUsageBinary(1u << 8), "100000000");
}

TEST(EtsiQcStatements, TextHelpers) {
  EXPECT_TRUE(OnlyLetters("EUR"));
  EXPECT_FALSE(OnlyLetters("EU1"));
  EXPECT_TRUE(OnlyLowerCaseLetters("en"));
  EXPECT_FALSE(OnlyLowerCaseLetters("En"));
}

}  // namespace
}  // namespace cair::lints::util
