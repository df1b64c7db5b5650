#include "x509/certificate.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "x509/crl.h"
#include "x509/input.h"
#include "x509/object.h"
#include "x509/oids.h"

namespace cair::x509 {
namespace {

std::string ReadSample(const std::string& name) {
  std::ifstream in(std::string(CAIR_SOURCE_DIR) + "/samples/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<DerObject> Objects(const std::string& name) {
  auto r = DecodeObjects(ReadSample(name), InputFormat::kDetect);
  EXPECT_TRUE(r.errors.empty()) << name;
  return r.objects;
}

der::Input In(const std::string& s) { return der::Input(std::string_view(s)); }

TEST(Certificate, RootCa) {
  auto objs = Objects("root-ca.pem");
  ASSERT_EQ(objs.size(), 1u);
  Certificate c = ParseCertificate(In(objs[0].der));
  ASSERT_TRUE(c.ok()) << c.diagnostics.Summary();
  EXPECT_TRUE(c.diagnostics.empty()) << c.diagnostics.Summary();
  EXPECT_EQ(c.version, 2);
  EXPECT_TRUE(c.basic_constraints.present && c.basic_constraints.ok && c.basic_constraints.ca);
  EXPECT_TRUE(c.basic_constraints.critical);
  EXPECT_TRUE(c.key_usage.Has(kKeyCertSign) && c.key_usage.Has(kCrlSign));
  EXPECT_FALSE(c.key_usage.Has(kDigitalSignature));
  EXPECT_TRUE(c.ski.ok);
  EXPECT_TRUE(c.IsCa());
  EXPECT_TRUE(c.IsSelfIssued());
  EXPECT_EQ(der::HexUpper(c.serial), "5A17C0FFEE01");
  EXPECT_EQ(der::FormatRfc3339(c.not_before.unix), "2025-01-01T00:00:00Z");
  EXPECT_TRUE(c.not_after.IsUtc());  // RFC 5280 4.1.2.5: UTCTime through 2049
  EXPECT_TRUE(c.spki.rsa_ok);
  EXPECT_EQ(c.subject.First(oid::kCommonName)->Utf8(), "Example Root CA R1");
  EXPECT_EQ(c.subject.rdn_count, 3u);
}

TEST(Certificate, Subscribers) {
  auto objs = Objects("subscribers.pem");
  ASSERT_EQ(objs.size(), 4u);
  Certificate c = ParseCertificate(In(objs[0].der));
  ASSERT_TRUE(c.ok());
  EXPECT_FALSE(c.IsCa());
  ASSERT_TRUE(c.san.ok);
  ASSERT_EQ(c.san.names.names.size(), 2u);
  EXPECT_EQ(c.san.names.names[0].type, GeneralNameType::kDnsName);
  EXPECT_EQ(c.san.names.names[0].Text(), "www.example.com");
  EXPECT_TRUE(c.ext_key_usage.Has(oid::kEkuServerAuth));
  EXPECT_TRUE(c.policies.Has(oid::kBrDomainValidated));
  EXPECT_TRUE(c.IsServerAuth());
  EXPECT_FALSE(c.IsEmailProtection());
  EXPECT_TRUE(c.aki.has_key_id);
  ASSERT_EQ(c.aia.descriptions.size(), 1u);
  EXPECT_EQ(c.aia.descriptions[0].method, oid::kAdCaIssuers);
  ASSERT_EQ(c.crl_dp.points.size(), 1u);
  EXPECT_TRUE(c.crl_dp.points[0].name_is_full);
  EXPECT_EQ(c.kind(), ObjectKind::kCertificate);

  Certificate placeholder = ParseCertificate(In(objs[1].der));
  ASSERT_TRUE(placeholder.ok());
  EXPECT_EQ(placeholder.subject.First(oid::kStateOrProvinceName)->Utf8(), "Some-State");
  Certificate short_serial = ParseCertificate(In(objs[3].der));
  EXPECT_EQ(der::HexUpper(short_serial.serial), "1001");
}

TEST(Certificate, PrecertificateAndTbs) {
  auto objs = Objects("precert.pem");
  ASSERT_EQ(objs.size(), 1u);
  Certificate pre = ParseCertificate(In(objs[0].der));
  ASSERT_TRUE(pre.ok());
  EXPECT_TRUE(pre.ct_poison);
  EXPECT_EQ(pre.kind(), ObjectKind::kPrecertificate);

  std::string tbs = ReadSample("good.tbs.der");
  ParsedObject o = ParseObject(In(tbs));
  ASSERT_EQ(o.kind, ParsedKind::kCertificate);
  EXPECT_TRUE(o.cert.tbs_only);
  EXPECT_EQ(o.cert.kind(), ObjectKind::kTbsCertificate);
  auto subs = Objects("subscribers.pem");
  Certificate signed_cert = ParseCertificate(In(subs[0].der));
  EXPECT_EQ(o.cert.tbs, signed_cert.tbs);
}

TEST(Crl, Sample) {
  auto objs = Objects("issuing-ca.crl.pem");
  ASSERT_EQ(objs.size(), 1u);
  EXPECT_EQ(objs[0].label, "X509 CRL");
  ParsedObject o = ParseObject(In(objs[0].der), objs[0].label);
  ASSERT_EQ(o.kind, ParsedKind::kCrl);
  const Crl& crl = o.crl;
  EXPECT_TRUE(crl.has_next_update);
  ASSERT_EQ(crl.revoked.size(), 1u);
  EXPECT_EQ(der::HexUpper(crl.revoked[0].serial), "5D0C8E3B9F2A71C4E68B0D15");
  EXPECT_EQ(crl.revoked[0].reason_code, 4);  // superseded
  EXPECT_TRUE(crl.FindExtension(oid::kCrlNumber));
  EXPECT_TRUE(crl.FindExtension(oid::kAuthorityKeyIdentifier));
}

TEST(Certificate, TruncatedInputGivesDiagnosticNotCrash) {
  auto objs = Objects("subscribers.pem");
  const std::string& der = objs[0].der;
  for (size_t n = 0; n < der.size(); ++n) {
    std::string prefix = der.substr(0, n);
    Certificate c = ParseCertificate(In(prefix));
    EXPECT_FALSE(c.ok()) << "prefix " << n;
    EXPECT_TRUE(c.diagnostics.HasFatal()) << "prefix " << n;
    EXPECT_FALSE(c.diagnostics.Summary().empty());
  }
}

TEST(Certificate, EveryByteFlipParsesOrDiagnoses) {
  auto objs = Objects("root-ca.pem");
  std::string der = objs[0].der;
  for (size_t i = 0; i < der.size(); ++i) {
    std::string mutated = der;
    mutated[i] = static_cast<char>(mutated[i] ^ 0xff);
    Certificate c = ParseCertificate(In(mutated));
    EXPECT_EQ(c.ok(), !c.diagnostics.HasFatal()) << "byte " << i;
  }
}

TEST(Certificate, DiagnosticNamesFieldAndOffset) {
  auto objs = Objects("root-ca.pem");
  std::string der = objs[0].der;
  // Replace the serialNumber's INTEGER tag (after 30 82 xx xx 30 82 xx xx A0 03 02 01 02).
  ASSERT_EQ(static_cast<uint8_t>(der[13]), 0x02);
  der[13] = 0x04;
  Certificate c = ParseCertificate(In(der));
  EXPECT_FALSE(c.ok());
  ASSERT_FALSE(c.diagnostics.items().empty());
  EXPECT_STREQ(c.diagnostics.items()[0].field, "tbsCertificate.serialNumber");
  EXPECT_EQ(c.diagnostics.items()[0].offset, 13u);
}

TEST(Input, PemWithLeadingTextAndSeveralBlocks) {
  std::string pem = "Certificate:\n    Data: text output\n" + ReadSample("root-ca.pem") +
                    "junk between\n" + ReadSample("issuing-ca.pem");
  auto r = DecodeObjects(pem, InputFormat::kDetect);
  EXPECT_TRUE(r.errors.empty());
  ASSERT_EQ(r.objects.size(), 2u);
  EXPECT_EQ(r.objects[0].line, 3u);
}

TEST(Input, BadBase64NamesTheLine) {
  std::string pem = "\n\n-----BEGIN CERTIFICATE-----\nMII*notbase64\n-----END CERTIFICATE-----\n";
  auto r = DecodeObjects(pem, InputFormat::kDetect);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0], "line 3: bad base64 in CERTIFICATE block");
}

TEST(Input, Base64AndDerDetection) {
  auto objs = Objects("root-ca.pem");
  auto der = DecodeObjects(objs[0].der, InputFormat::kDetect);
  ASSERT_EQ(der.objects.size(), 1u);
  EXPECT_EQ(der.objects[0].der, objs[0].der);
  EXPECT_EQ(DecodeBase64("TWFu"), "Man");
  EXPECT_EQ(DecodeBase64("TWE="), "Ma");
  EXPECT_FALSE(DecodeBase64("TW=E"));
  EXPECT_FALSE(DecodeBase64("T"));
}

// The decoder's 16-character fast path against the definition: random
// bytes of every length up to 300, encoded with and without PEM line
// breaks, decode to themselves; a bad character anywhere is refused.
TEST(Input, Base64FastPathAgreesWithDefinition) {
  const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  auto encode = [&](const std::string& in, size_t line) {
    std::string out, text;
    for (size_t i = 0; i < in.size(); i += 3) {
      uint32_t v = static_cast<uint8_t>(in[i]) << 16;
      if (i + 1 < in.size()) v |= static_cast<uint8_t>(in[i + 1]) << 8;
      if (i + 2 < in.size()) v |= static_cast<uint8_t>(in[i + 2]);
      text += alphabet[(v >> 18) & 63];
      text += alphabet[(v >> 12) & 63];
      text += i + 1 < in.size() ? alphabet[(v >> 6) & 63] : '=';
      text += i + 2 < in.size() ? alphabet[v & 63] : '=';
    }
    for (size_t i = 0; i < text.size(); i += line) out += text.substr(i, line) + (line < 1000 ? "\n" : "");
    return out;
  };
  uint32_t seed = 12345;
  auto next = [&] { return seed = seed * 1103515245u + 12345u; };
  for (size_t len = 0; len <= 300; ++len) {
    std::string data;
    for (size_t i = 0; i < len; ++i) data += static_cast<char>(next() >> 16);
    for (size_t line : {size_t{64}, size_t{76}, size_t{5}, size_t{1000}}) {
      std::string text = encode(data, line);
      ASSERT_EQ(DecodeBase64(text), data) << "length " << len << ", lines of " << line;
      if (text.empty()) continue;
      std::string bad = text;
      bad[(next() >> 8) % bad.size()] = '*';
      EXPECT_FALSE(DecodeBase64(bad)) << "length " << len << ", lines of " << line;
    }
  }
}

}  // namespace
}  // namespace cair::x509
