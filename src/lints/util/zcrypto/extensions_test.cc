// Unit tests of the zcrypto-view helpers (ext_zcrypto.h) and of the RFC 5280
// extension lints built on them, on hand-made extension values covering the
// encodings zlint treats specially.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/keys.h"
#include "lints/util/zcrypto/reader.h"
#include "x509/oids.h"

namespace cair::lints::util {
namespace {

der::Input In(const std::vector<uint8_t>& v) { return der::Input(v.data(), v.size()); }

// A certificate with only the given extensions (values must outlive it).
struct FakeCert {
  std::vector<std::vector<uint8_t>> values;
  x509::Certificate cert;
  FakeCert() {
    cert.version = 2;
    cert.self_signed_cache = 0;
  }
  FakeCert& Add(der::Input oid, std::vector<uint8_t> value, bool critical = false) {
    values.push_back(std::move(value));
    x509::Extension e;
    e.oid = oid;
    e.critical = critical;
    e.value = In(values.back());
    cert.extensions.push_back(e);
    return *this;
  }
  // Fills the parsed forms the lints read from the first extension of a type.
  x509::Certificate& Done() {
    // `values` must not reallocate after the views were taken.
    for (size_t i = 0; i < cert.extensions.size(); ++i) cert.extensions[i].value = In(values[i]);
    for (const auto& e : cert.extensions) {
      if (e.oid == oid::kExtKeyUsage && !cert.ext_key_usage.present) cert.ext_key_usage = x509::ParseExtKeyUsage(e);
      if (e.oid == oid::kKeyUsage && !cert.key_usage.present) cert.key_usage = x509::ParseKeyUsage(e);
      if (e.oid == oid::kBasicConstraints && !cert.basic_constraints.present)
        cert.basic_constraints = x509::ParseBasicConstraints(e);
    }
    return cert;
  }
};

lint::Result RunLint(const char* name, const x509::Certificate& c) {
  const lint::Registration* r = lint::Registry::Global().Find(name);
  if (!r) return lint::Fatal(std::string("no lint ") + name);
  std::unique_ptr<lint::LintBase> base = r->make();
  auto* l = dynamic_cast<lint::CertificateLint*>(base.get());
  if (!l->CheckApplies(c)) return lint::NA();
  return l->Execute(c);
}

// Builds that select a subset of lints (CAIR_LINTS_ONLY) may leave one out.
#define REQUIRE_LINT(name)                                              \
  if (!lint::Registry::Global().Find(name)) GTEST_SKIP() << name << " not built"

TEST(ExtGoReader, LengthsAndTags) {
  zcrypto::Tlv t;
  size_t off = 0;
  const std::vector<uint8_t> ok = {0x04, 0x01, 0xaa, 0x05, 0x00};
  ASSERT_TRUE(zcrypto::ReadTlv(In(ok), &off, &t));
  EXPECT_EQ(t.tag, 4u);
  EXPECT_EQ(off, 3u);
  ASSERT_TRUE(zcrypto::ReadTlv(In(ok), &off, &t));
  EXPECT_EQ(t.tag, 5u);
  EXPECT_EQ(off, 5u);
  EXPECT_FALSE(zcrypto::ReadTlv(In(ok), &off, &t));  // end of input

  for (const std::vector<uint8_t>& bad : {std::vector<uint8_t>{0x04, 0x81, 0x01, 0xaa},  // long form < 128
                                          std::vector<uint8_t>{0x04, 0x80, 0x00, 0x00},  // indefinite
                                          std::vector<uint8_t>{0x1f, 0x05, 0x00},        // high tag < 31
                                          std::vector<uint8_t>{0x1f, 0x80, 0x21, 0x00},  // 0x80 tag digit
                                          std::vector<uint8_t>{0x04}}) {
    off = 0;
    EXPECT_FALSE(zcrypto::ReadTlv(In(bad), &off, &t));
  }
  std::vector<uint8_t> leading_zero = {0x04, 0x82, 0x00, 0x80};
  leading_zero.resize(4 + 0x80);
  off = 0;
  EXPECT_FALSE(zcrypto::ReadTlv(In(leading_zero), &off, &t));

  const std::vector<uint8_t> truncated = {0x30, 0x05, 0x01};
  off = 0;
  ASSERT_TRUE(zcrypto::ReadTlv(In(truncated), &off, &t));
  EXPECT_TRUE(t.truncated);
  EXPECT_EQ(off, 0u);
}

// The ReadTlv walk CountTlvs replaces: the number of elements, -1 on a
// malformed or truncated one.
long CountByReadTlv(der::Input v) {
  long n = 0;
  for (size_t pos = 0; pos < v.size(); ++n) {
    zcrypto::Tlv t;
    if (!zcrypto::ReadTlv(v, &pos, &t) || t.truncated) return -1;
  }
  return n;
}

TEST(ExtGoReader, CountTlvsIsTheReadTlvWalk) {
  std::vector<uint8_t> long_value = {0x04, 0x82, 0x01, 0x00};  // 256 octets
  long_value.resize(4 + 256);
  std::vector<uint8_t> three_octet = {0x04, 0x83, 0x01, 0x00, 0x00};  // 65536 octets
  three_octet.resize(5 + 65536);
  const std::vector<std::vector<uint8_t>> cases = {
      {},
      {0x04, 0x01, 0xaa, 0x05, 0x00},
      {0x30, 0x00, 0x30, 0x00, 0x30, 0x00},
      {0x04, 0x81, 0x80},                    // truncated long form
      {0x04, 0x81, 0x01, 0xaa},              // long form < 128
      {0x04, 0x80, 0x00, 0x00},              // indefinite
      {0x1f, 0x05, 0x00},                    // high tag number < 31
      {0x1f, 0x1f, 0x00},                    // high tag number 31: allowed
      {0x1f, 0x80, 0x21, 0x00},              // 0x80 tag digit
      {0x9f, 0x81, 0x00, 0x01, 0xaa},        // [128] in two digits
      {0x05, 0x00, 0x04},                    // header cut short
      {0x30, 0x05, 0x01},                    // contents cut short
      {0x04, 0x82, 0x00, 0x80},              // non-minimal two-octet length
      long_value,
      three_octet,
  };
  for (size_t i = 0; i < cases.size(); ++i)
    EXPECT_EQ(zcrypto::CountTlvs(In(cases[i])), CountByReadTlv(In(cases[i]))) << "case " << i;
  EXPECT_EQ(zcrypto::CountTlvs(In(cases[1])), 2);
  EXPECT_EQ(zcrypto::CountTlvs(In(long_value)), 1);
  EXPECT_EQ(zcrypto::CountTlvs(In(cases[11])), -1);
}

TEST(ExtGoReader, Primitives) {
  EXPECT_EQ(zcrypto::Int64(In({0x05})), 5);
  EXPECT_EQ(zcrypto::Int64(In({0xff})), -1);
  EXPECT_EQ(zcrypto::Int64(In({0x00, 0x80})), 128);
  EXPECT_FALSE(zcrypto::Int64(In({0x00, 0x05})));  // not minimal
  EXPECT_FALSE(zcrypto::Int64(In({0xff, 0x80})));  // not minimal
  EXPECT_FALSE(zcrypto::Int64(In({})));
  EXPECT_FALSE(zcrypto::Int64(In(std::vector<uint8_t>(9, 0x01))));
  EXPECT_EQ(zcrypto::Bool(In({0xff})), true);
  EXPECT_EQ(zcrypto::Bool(In({0x00})), false);
  EXPECT_FALSE(zcrypto::Bool(In({0x01})));
  EXPECT_EQ(zcrypto::BitStringLength(In({0x05, 0xa0})), 3u);
  EXPECT_EQ(zcrypto::BitStringLength(In({0x00})), 0u);
  EXPECT_FALSE(zcrypto::BitStringLength(In({0x01})));        // unused bits with no data
  EXPECT_FALSE(zcrypto::BitStringLength(In({0x01, 0x81})));  // padding bit set
  EXPECT_FALSE(zcrypto::BitStringLength(In({0x08, 0x00})));
}

TEST(ExtZcrypto, KeyUsageFromLastDecodableExtension) {
  FakeCert f;
  f.Add(oid::kKeyUsage, {0x03, 0x02, 0x07, 0x80})        // digitalSignature
      .Add(oid::kKeyUsage, {0x03, 0x02, 0x01, 0x81})     // padding bit set: ignored
      .Add(oid::kKeyUsage, {0x03, 0x02, 0x05, 0x20});    // keyEncipherment
  const uint16_t ku = zcrypto::KeyUsage(f.Done());
  EXPECT_EQ(ku, 1u << x509::kKeyEncipherment);
  FakeCert g;
  g.Add(oid::kKeyUsage, {0x03, 0x03, 0x07, 0x00, 0x80});  // decipherOnly
  EXPECT_TRUE(zcrypto::HasKeyUsage(zcrypto::KeyUsage(g.Done()), x509::kDecipherOnly));
}

TEST(ExtZcrypto, BasicConstraintsGoRules) {
  FakeCert a;
  a.Add(oid::kBasicConstraints, {0x30, 0x03, 0x01, 0x01, 0x01});  // BOOLEAN 01: not DER
  EXPECT_FALSE(zcrypto::BasicConstraintsOf(a.Done()).valid);
  FakeCert b;
  b.Add(oid::kBasicConstraints, {0x30, 0x06, 0x01, 0x01, 0xff, 0x02, 0x01, 0x00});
  auto bc = zcrypto::BasicConstraintsOf(b.Done());
  EXPECT_TRUE(bc.valid && bc.is_ca);
  EXPECT_EQ(bc.max_path_len, 0);
  FakeCert c;  // pathLen without cA, then a later CA one that wins
  c.Add(oid::kBasicConstraints, {0x30, 0x03, 0x02, 0x01, 0x03})
      .Add(oid::kBasicConstraints, {0x30, 0x03, 0x01, 0x01, 0xff});
  bc = zcrypto::BasicConstraintsOf(c.Done());
  EXPECT_TRUE(bc.valid && bc.is_ca);
  EXPECT_EQ(bc.max_path_len, -1);
  FakeCert d;
  d.Add(oid::kBasicConstraints, {0x30, 0x04, 0x02, 0x02, 0x00, 0x03});  // non-minimal INTEGER
  EXPECT_FALSE(zcrypto::BasicConstraintsOf(d.Done()).valid);
}

TEST(ExtZcrypto, KnownEkus) {
  EXPECT_TRUE(zcrypto::IsKnownEku(oid::kEkuServerAuth));
  EXPECT_TRUE(zcrypto::IsKnownEku(oid::kAnyExtendedKeyUsage));
  const std::vector<uint8_t> ike = {0x2b, 0x06, 0x01, 0x05, 0x05, 0x08, 0x02, 0x02};
  EXPECT_TRUE(zcrypto::IsKnownEku(In(ike)));
  const std::vector<uint8_t> qwac = {0x04, 0x00, 0x91, 0x37, 0x03, 0x00};  // 0.4.0.2231.3.0
  EXPECT_FALSE(zcrypto::IsKnownEku(In(qwac)));
  // id-kp (1.3.6.1.5.5.7.3.x), answered by a bitmap of x: zcrypto knows 1-11, 13, 14.
  for (unsigned x = 0; x < 256; ++x) {
    const std::vector<uint8_t> kp = {0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, static_cast<uint8_t>(x)};
    EXPECT_EQ(zcrypto::IsKnownEku(In(kp)), (x >= 1 && x <= 11) || x == 13 || x == 14) << x;
  }
}

TEST(ExtLints, KeyUsageIncorrectLength) {
  REQUIRE_LINT("e_key_usage_incorrect_length");
  struct Case {
    std::vector<uint8_t> value;
    lint::Status want;
  };
  const Case cases[] = {
      {{0xd4}, lint::Status::kError},                          // not a BIT STRING
      {{0x03, 0x02, 0x01, 0x81}, lint::Status::kError},        // padding bit set
      {{0x03, 0x01, 0x00}, lint::Status::kPass},               // no bits at all
      {{0x03, 0x03, 0x07, 0x38, 0x00}, lint::Status::kPass},   // trailing zero octet
      {{0x03, 0x03, 0x07, 0xff, 0x80}, lint::Status::kPass},   // all nine bits
      {{0x03, 0x03, 0x06, 0xff, 0xc0}, lint::Status::kError},  // a tenth bit
      {{0x03, 0x02, 0x05, 0xa0}, lint::Status::kPass},
  };
  for (const Case& k : cases) {
    FakeCert f;
    f.Add(oid::kKeyUsage, k.value, true);
    EXPECT_EQ(RunLint("e_key_usage_incorrect_length", f.Done()).status, k.want)
        << der::HexLower(In(k.value));
  }
}

TEST(ExtLints, IncorrectKuEncodingDetails) {
  REQUIRE_LINT("e_incorrect_ku_encoding");
  FakeCert f;
  f.Add(oid::kKeyUsage, {0x03, 0x02, 0x05, 0x80}, true);
  const lint::Result r = RunLint("e_incorrect_ku_encoding", f.Done());
  EXPECT_EQ(r.status, lint::Status::kError);
  EXPECT_NE(r.details.find("declared to be 5, but it should be 7"), std::string::npos) << r.details;
  FakeCert g;
  g.Add(oid::kKeyUsage, {0x03, 0x03, 0x07, 0x80, 0x00}, true);  // 15 trailing zero bits
  EXPECT_NE(RunLint("e_incorrect_ku_encoding", g.Done()).details.find("should be 15"), std::string::npos);
}

TEST(ExtLints, KeyUsageAndExtendedKeyUsage) {
  REQUIRE_LINT("e_key_usage_and_extended_key_usage_inconsistent");
  const std::vector<uint8_t> ds_cc_ke = {0x03, 0x02, 0x05, 0xe0};
  const std::vector<uint8_t> ds_ke_de = {0x03, 0x02, 0x04, 0xb0};
  // serverAuth alone: nonRepudiation is not consistent with it.
  FakeCert a;
  a.Add(oid::kKeyUsage, ds_cc_ke).Add(oid::kExtKeyUsage, {0x30, 0x0a, 0x06, 0x08, 0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, 0x01});
  EXPECT_EQ(RunLint("e_key_usage_and_extended_key_usage_inconsistent", a.Done()).status, lint::Status::kError);
  // serverAuth with ipsecIntermediateSystemUsage, a purpose without guidance.
  FakeCert b;
  b.Add(oid::kKeyUsage, ds_cc_ke)
      .Add(oid::kExtKeyUsage, {0x30, 0x14, 0x06, 0x08, 0x2b, 0x06, 0x01, 0x05, 0x05, 0x08, 0x02, 0x02,
                               0x06, 0x08, 0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, 0x01});
  EXPECT_EQ(RunLint("e_key_usage_and_extended_key_usage_inconsistent", b.Done()).status, lint::Status::kPass);
  // serverAuth + clientAuth: dataEncipherment fits neither.
  FakeCert c;
  c.Add(oid::kKeyUsage, ds_ke_de)
      .Add(oid::kExtKeyUsage, {0x30, 0x14, 0x06, 0x08, 0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, 0x01,
                               0x06, 0x08, 0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, 0x02});
  EXPECT_EQ(RunLint("e_key_usage_and_extended_key_usage_inconsistent", c.Done()).status, lint::Status::kError);
  // serverAuth + clientAuth, digitalSignature|keyEncipherment|keyAgreement: a
  // combination of the two purposes' bits.
  FakeCert d;
  d.Add(oid::kKeyUsage, {0x03, 0x02, 0x03, 0xa8})
      .Add(oid::kExtKeyUsage, {0x30, 0x14, 0x06, 0x08, 0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, 0x01,
                               0x06, 0x08, 0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, 0x02});
  EXPECT_EQ(RunLint("e_key_usage_and_extended_key_usage_inconsistent", d.Done()).status, lint::Status::kPass);
}

TEST(ExtLints, CannotBeEmptySequence) {
  REQUIRE_LINT("e_ext_cannot_be_empty_sequence");
  FakeCert a;
  a.Add(oid::kSubjectAltName, {0x30, 0x00});
  const lint::Result r = RunLint("e_ext_cannot_be_empty_sequence", a.Done());
  EXPECT_EQ(r.status, lint::Status::kError);
  EXPECT_NE(r.details.find("subjectAltName"), std::string::npos);
  FakeCert b;  // only the last extension of a type counts
  b.Add(oid::kExtKeyUsage, {0x30, 0x00})
      .Add(oid::kExtKeyUsage, {0x30, 0x05, 0x06, 0x03, 0x55, 0x1d, 0x25});
  EXPECT_EQ(RunLint("e_ext_cannot_be_empty_sequence", b.Done()).status, lint::Status::kPass);
  FakeCert c;
  c.Add(oid::kCertificatePolicies, {0x31, 0x00});  // a SET is not a SEQUENCE OF
  EXPECT_EQ(RunLint("e_ext_cannot_be_empty_sequence", c.Done()).status, lint::Status::kFatal);
}

TEST(ExtLints, BasicConstraintsEncodings) {
  REQUIRE_LINT("e_basic_constr_invalid_der");
  REQUIRE_LINT("e_path_len_constraint_zero_or_less");
  REQUIRE_LINT("e_path_len_constraint_improperly_included");
  FakeCert a;  // cA encoded as FALSE
  a.Add(oid::kBasicConstraints, {0x30, 0x03, 0x01, 0x01, 0x00}, true);
  EXPECT_EQ(RunLint("e_basic_constr_invalid_der", a.Done()).status, lint::Status::kError);
  FakeCert b;  // negative pathLenConstraint on a CA
  b.Add(oid::kBasicConstraints, {0x30, 0x06, 0x01, 0x01, 0xff, 0x02, 0x01, 0xff}, true)
      .Add(oid::kKeyUsage, {0x03, 0x02, 0x01, 0x06}, true);
  EXPECT_EQ(RunLint("e_path_len_constraint_zero_or_less", b.Done()).status, lint::Status::kError);
  EXPECT_EQ(RunLint("e_path_len_constraint_improperly_included", b.Done()).status, lint::Status::kPass);
  FakeCert c;  // pathLenConstraint without cA
  c.Add(oid::kBasicConstraints, {0x30, 0x03, 0x02, 0x01, 0x00}, true);
  EXPECT_EQ(RunLint("e_path_len_constraint_improperly_included", c.Done()).status, lint::Status::kError);
  EXPECT_EQ(RunLint("e_basic_constr_invalid_der", c.Done()).status, lint::Status::kPass);
}

}  // namespace
}  // namespace cair::lints::util
