// Unit tests of etsi_qcstatements.h: the qcStatements reader and the ETSI
// statement decoders, on hand-built DER, including the malformed shapes the
// zlint suite does not cover.
#include "der/test_builder.h"
#include "lints/util/etsi/qc_statements.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>

namespace cair::lints::util {
namespace {

using der::testing::Tlv;

std::string Seq(const std::string& body) { return Tlv(0x30, body); }
std::string Oid(der::Input oid) { return Tlv(0x06, oid.AsString()); }
std::string Int(uint8_t v) { return Tlv(0x02, std::string(1, static_cast<char>(v))); }
std::string Ia5(const std::string& s) { return Tlv(0x16, s); }
std::string Printable(const std::string& s) { return Tlv(0x13, s); }
std::string Utf8(const std::string& s) { return Tlv(0x0c, s); }
der::Input In(const std::string& s) { return der::Input(std::string_view(s)); }

etsi::QcStatementLookup Find(const std::string& ext, der::Input oid, etsi::QcStatements* keep) {
  // The parse holds views into the bytes: keep them alive for the test
  // (a deque never moves its elements).
  static std::deque<std::string> storage;
  storage.push_back(ext);
  *keep = etsi::ParseQcStatements(In(storage.back()));
  return etsi::LookupQcStatement(*keep, oid);
}

TEST(EtsiQcStatements, ReadsStatementsInOrder) {
  const std::string ext = Seq(Seq(Oid(etsi::kQcCompliance)) + Seq(Oid(etsi::kQcSscd)) +
                              Seq(Oid(etsi::kQcType) + Seq(Oid(etsi::kQctWeb))));
  const etsi::QcStatements q = etsi::ParseQcStatements(In(ext));
  EXPECT_EQ(q.outer, etsi::QcOuterError::kNone);
  EXPECT_FALSE(q.malformed_statement);
  ASSERT_EQ(q.statements.size(), 3u);
  EXPECT_FALSE(q.statements[0].has_info);
  EXPECT_TRUE(q.statements[2].has_info);
  EXPECT_EQ(q.AllIds().size(), 3u);
  EXPECT_EQ(etsi::QcOidText(q.statements[2].id), "0.4.0.1862.1.6");
}

TEST(EtsiQcStatements, OuterErrorsCountAsPresentWithError) {
  etsi::QcStatements q;
  // Not a SEQUENCE at all.
  auto r = Find(Tlv(0x31, Seq(Oid(etsi::kQcCompliance))), etsi::kQcCompliance, &q);
  EXPECT_TRUE(r.present);
  EXPECT_FALSE(r.error.empty());
  // An element that is not a SEQUENCE.
  r = Find(Seq(Oid(etsi::kQcCompliance)), etsi::kQcSscd, &q);
  EXPECT_TRUE(r.present);
  EXPECT_FALSE(r.error.empty());
  // Trailing bytes after the outer SEQUENCE.
  r = Find(Seq(Seq(Oid(etsi::kQcCompliance))) + std::string("\x05\x00", 2), etsi::kQcCompliance, &q);
  EXPECT_EQ(q.outer, etsi::QcOuterError::kTrailingData);
  EXPECT_TRUE(r.present);
  EXPECT_FALSE(r.error.empty());
  // Non-minimal length (Go rejects it).
  r = Find(std::string("\x30\x81\x08", 3) + Seq(Oid(etsi::kQcCompliance)), etsi::kQcCompliance, &q);
  EXPECT_EQ(q.outer, etsi::QcOuterError::kNotSequenceOfSequence);
}

TEST(EtsiQcStatements, MalformedStatementStopsTheScan) {
  etsi::QcStatements q;
  // The sought statement comes first: found before the bad one.
  const std::string bad = Seq(Int(1));
  auto r = Find(Seq(Seq(Oid(etsi::kQcCompliance)) + bad), etsi::kQcCompliance, &q);
  EXPECT_TRUE(r.present);
  EXPECT_TRUE(r.error.empty());
  EXPECT_TRUE(q.AllIds().empty());
  // The bad one comes first: absent, with an error.
  r = Find(Seq(bad + Seq(Oid(etsi::kQcCompliance))), etsi::kQcCompliance, &q);
  EXPECT_FALSE(r.present);
  EXPECT_FALSE(r.error.empty());
}

TEST(EtsiQcStatements, BareStatementsMustHaveNoInfo) {
  etsi::QcStatements q;
  EXPECT_TRUE(Find(Seq(Seq(Oid(etsi::kQcSscd))), etsi::kQcSscd, &q).error.empty());
  EXPECT_FALSE(Find(Seq(Seq(Oid(etsi::kQcSscd) + Tlv(0x05, ""))), etsi::kQcSscd, &q).error.empty());
  EXPECT_FALSE(
      Find(Seq(Seq(Oid(etsi::kQcCompliance) + Tlv(0x01, "\xff"))), etsi::kQcCompliance, &q).error.empty());
  // Unreadable bytes after the identifier: no statementInfo, but still not bare.
  auto r = Find(Seq(Seq(Oid(etsi::kQcCompliance) + std::string("\x04\x05", 2))), etsi::kQcCompliance, &q);
  EXPECT_TRUE(r.present);
  EXPECT_FALSE(q.statements[0].has_info);
  EXPECT_FALSE(r.error.empty());
}

TEST(EtsiQcStatements, QcType) {
  etsi::QcStatements q;
  auto r = Find(Seq(Seq(Oid(etsi::kQcType) + Seq(Oid(etsi::kQctEsign) + Oid(etsi::kQctEseal)))),
                etsi::kQcType, &q);
  ASSERT_TRUE(r.error.empty());
  ASSERT_EQ(r.qc_types.size(), 2u);
  EXPECT_EQ(r.qc_types[1], etsi::kQctEseal);
  r = Find(Seq(Seq(Oid(etsi::kQcType) + Seq(""))), etsi::kQcType, &q);
  EXPECT_TRUE(r.error.empty());
  EXPECT_TRUE(r.qc_types.empty());
  // A SEQUENCE with something other than OIDs, or no statementInfo at all.
  EXPECT_FALSE(Find(Seq(Seq(Oid(etsi::kQcType) + Seq(Int(3)))), etsi::kQcType, &q).error.empty());
  EXPECT_FALSE(Find(Seq(Seq(Oid(etsi::kQcType))), etsi::kQcType, &q).error.empty());
}

TEST(EtsiQcStatements, Pds) {
  etsi::QcStatements q;
  const std::string good = Seq(Seq(Ia5("https://pds.example/en") + Printable("en")) +
                               Seq(Ia5("https://pds.example/de") + Printable("DE")));
  auto r = Find(Seq(Seq(Oid(etsi::kQcPds) + good)), etsi::kQcPds, &q);
  ASSERT_TRUE(r.error.empty()) << r.error;
  ASSERT_EQ(r.pds.size(), 2u);
  EXPECT_EQ(r.pds[0].url, "https://pds.example/en");
  EXPECT_EQ(r.pds[1].language, "DE");
  // Wrong string types are read but fail the re-encoding check.
  EXPECT_FALSE(Find(Seq(Seq(Oid(etsi::kQcPds) + Seq(Seq(Ia5("https://x") + Utf8("en"))))),
                    etsi::kQcPds, &q).error.empty());
  EXPECT_FALSE(Find(Seq(Seq(Oid(etsi::kQcPds) + Seq(Seq(Utf8("https://x") + Printable("en"))))),
                    etsi::kQcPds, &q).error.empty());
  // A third field, or a missing language.
  EXPECT_FALSE(Find(Seq(Seq(Oid(etsi::kQcPds) +
                            Seq(Seq(Ia5("https://x") + Printable("en") + Printable("x"))))),
                    etsi::kQcPds, &q).error.empty());
  EXPECT_FALSE(
      Find(Seq(Seq(Oid(etsi::kQcPds) + Seq(Seq(Ia5("https://x"))))), etsi::kQcPds, &q).error.empty());
  // '&' is read in a PrintableString but cannot be written back.
  EXPECT_FALSE(Find(Seq(Seq(Oid(etsi::kQcPds) + Seq(Seq(Ia5("https://x") + Printable("e&"))))),
                    etsi::kQcPds, &q).error.empty());
  // An empty list decodes (the lint reports it).
  r = Find(Seq(Seq(Oid(etsi::kQcPds) + Seq(""))), etsi::kQcPds, &q);
  EXPECT_TRUE(r.error.empty());
  EXPECT_TRUE(r.pds.empty());
}

TEST(EtsiQcStatements, LimitValueAndRetention) {
  etsi::QcStatements q;
  auto r = Find(Seq(Seq(Oid(etsi::kQcLimitValue) + Seq(Printable("EUR") + Int(100) + Int(3)))),
                etsi::kQcLimitValue, &q);
  ASSERT_TRUE(r.error.empty()) << r.error;
  EXPECT_FALSE(r.limit.numeric);
  EXPECT_EQ(r.limit.currency_alpha, "EUR");
  EXPECT_EQ(r.limit.amount, 100);
  r = Find(Seq(Seq(Oid(etsi::kQcLimitValue) + Seq(Int(0x7f) + Int(1) + Int(2)))), etsi::kQcLimitValue, &q);
  ASSERT_TRUE(r.error.empty());
  EXPECT_TRUE(r.limit.numeric);
  EXPECT_EQ(r.limit.currency_num, 0x7f);
  // Alphabetic currency in a UTF8String: read, then rejected on re-encoding.
  EXPECT_FALSE(Find(Seq(Seq(Oid(etsi::kQcLimitValue) + Seq(Utf8("EUR") + Int(1) + Int(2)))),
                    etsi::kQcLimitValue, &q).error.empty());
  // Missing exponent.
  EXPECT_FALSE(Find(Seq(Seq(Oid(etsi::kQcLimitValue) + Seq(Printable("EUR") + Int(1)))),
                    etsi::kQcLimitValue, &q).error.empty());
  // Negative amount decodes; the lint judges it.
  r = Find(Seq(Seq(Oid(etsi::kQcLimitValue) + Seq(Printable("EUR") + Int(0xff) + Int(0)))),
           etsi::kQcLimitValue, &q);
  EXPECT_EQ(r.limit.amount, -1);

  r = Find(Seq(Seq(Oid(etsi::kQcRetentionPeriod) + Int(15))), etsi::kQcRetentionPeriod, &q);
  EXPECT_TRUE(r.error.empty());
  EXPECT_EQ(r.retention_years, 15);
  // Non-minimal INTEGER, and no statementInfo.
  EXPECT_FALSE(Find(Seq(Seq(Oid(etsi::kQcRetentionPeriod) + Tlv(0x02, std::string("\x00\x0f", 2)))),
                    etsi::kQcRetentionPeriod, &q).error.empty());
  EXPECT_FALSE(
      Find(Seq(Seq(Oid(etsi::kQcRetentionPeriod))), etsi::kQcRetentionPeriod, &q).error.empty());
}

TEST(EtsiQcStatements, KeyUsageText) {
  EXPECT_EQ(etsi::KeyUsageList(0), "[]");
  EXPECT_EQ(etsi::KeyUsageList(1u << 3), "[DataEncipherment]");
  EXPECT_EQ(etsi::KeyUsageList((1u << 0) | (1u << 5) | (1u << 6)), "[CRLSign CertSign DigitalSignature]");
  EXPECT_EQ(etsi::KeyUsageBinary(3), "00000011");
  EXPECT_EQ(etsi::KeyUsageBinary(1u << 8), "100000000");
}

TEST(EtsiQcStatements, TextHelpers) {
  EXPECT_TRUE(etsi::OnlyLetters("EUR"));
  EXPECT_FALSE(etsi::OnlyLetters("EU1"));
  EXPECT_TRUE(etsi::OnlyLowerCaseLetters("en"));
  EXPECT_FALSE(etsi::OnlyLowerCaseLetters("En"));
}

}  // namespace
}  // namespace cair::lints::util
