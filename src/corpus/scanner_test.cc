#include "corpus/scanner.h"

#include <gtest/gtest.h>

#include "der/test_builder.h"
#include <libpq-fe.h>
#include <openssl/sha.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "lint/runner.h"
#include "x509/input.h"
#include "x509/object.h"
#include "x509/oids.h"

namespace cair::corpus {
namespace {

namespace fs = std::filesystem;

std::string Read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string B64(const std::string& bin) {
  static const char* t = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  size_t i = 0;
  for (; i + 2 < bin.size(); i += 3) {
    uint32_t v = (uint8_t(bin[i]) << 16) | (uint8_t(bin[i + 1]) << 8) | uint8_t(bin[i + 2]);
    for (int k = 3; k >= 0; --k) out += t[(v >> (6 * k)) & 63];
  }
  if (i + 1 == bin.size()) {
    uint32_t v = uint8_t(bin[i]) << 16;
    out += t[(v >> 18) & 63];
    out += t[(v >> 12) & 63];
    out += "==";
  } else if (i + 2 == bin.size()) {
    uint32_t v = (uint8_t(bin[i]) << 16) | (uint8_t(bin[i + 1]) << 8);
    out += t[(v >> 18) & 63];
    out += t[(v >> 12) & 63];
    out += t[(v >> 6) & 63];
    out += '=';
  }
  return out;
}

// Independent reference: lint each object on its own and count per lint.
std::map<std::string, std::set<std::string>> Reference(const std::vector<std::string>& files) {
  lint::Config config;
  lint::Runner runner(lint::Registry::Global(), lint::Filter{}, config);
  std::map<std::string, std::set<std::string>> out;
  std::vector<lint::Result> results;
  for (const auto& f : files) {
    auto decoded = x509::DecodeObjects(Read(f), x509::InputFormat::kDetect);
    for (const auto& o : decoded.objects) {
      unsigned char md[32];
      SHA256(reinterpret_cast<const unsigned char*>(o.der.data()), o.der.size(), md);
      Sha256 sha;
      std::copy(md, md + 32, sha.begin());
      auto p = x509::ParseObject(der::Input(std::string_view(o.der)), o.label);
      const std::vector<const lint::Metadata*>* metas = nullptr;
      if (p.kind == x509::ParsedKind::kCertificate) {
        runner.Run(p.cert, &results);
        metas = &runner.certificate_lints();
      } else if (p.kind == x509::ParsedKind::kCrl) {
        runner.Run(p.crl, &results);
        metas = &runner.crl_lints();
      } else {
        continue;
      }
      for (size_t i = 0; i < results.size(); ++i)
        if (results[i].status >= lint::Status::kInfo) out[std::string((*metas)[i]->name)].insert(HexUpper(sha));
    }
  }
  return out;
}

void CompareWithReference(const std::vector<std::string>& files, int jobs) {
  ScanOptions opt;
  opt.jobs = jobs;
  lint::Config config;
  std::map<std::string, std::set<std::string>> fingerprints;
  auto res = Scan(files, opt, config, [&](const ObjectReport& r, const ScanResult& s) {
    for (const auto& f : r.findings) fingerprints[std::string(s.lints[f.lint]->name)].insert(HexUpper(r.sha256));
  }, nullptr);
  auto ref = Reference(files);
  EXPECT_EQ(res.unparsable, 0u);
  std::set<std::string> names;
  for (const auto& [n, _] : ref) names.insert(n);
  for (const auto& [n, _] : res.findings) names.insert(n);
  for (const auto& n : names) {
    SCOPED_TRACE(n);
    EXPECT_EQ(res.findings[n].count, ref[n].size());
    EXPECT_EQ(fingerprints[n], ref[n]);
  }
}

TEST(Scan, CountsEqualPerObjectLintVerdictsOnSamples) {
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(fs::path(CAIR_SOURCE_DIR) / "samples"))
    if (e.path().extension() == ".pem") files.push_back(e.path().string());
  CompareWithReference(files, 2);
}

TEST(Scan, CountsEqualPerObjectLintVerdictsOnRealCorpus) {
  fs::path dir = fs::path(CAIR_SHARED_DIR) / "corpus/real";
  if (!fs::exists(dir / "leaf.pem")) GTEST_SKIP() << "no real corpus at " << dir;
  std::vector<std::string> files;
  for (const char* f : {"leaf.pem", "precert.pem", "intermediate.pem", "root.pem", "crl.pem"})
    files.push_back((dir / f).string());
  CompareWithReference(files, 2);
}

// Requirements 6.2(b): the 63-bit case is visible only across an issuer's corpus.
TEST(IssuerSerialStats, FindsFixedTopBitSharedPrefixAndShortSerials) {
  uint64_t x = 0x9e3779b97f4a7c15ULL;
  auto next = [&x] {  // xorshift: deterministic, well mixed
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return x;
  };
  auto hex = [](uint64_t v, int octets) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%0*llX", octets * 2, static_cast<unsigned long long>(v));
    return std::string(buf);
  };
  IssuerSerialStats random64, ejbca63, prefixed, too_few;
  for (int i = 0; i < 200; ++i) {
    random64.Add(hex(next() | (1ULL << 63), 8) + hex(next(), 4));  // 12 octets, top bit varies below
    ejbca63.Add(hex(next() & 0x7fffffffffffffffULL | 0x0100000000000000ULL, 8));
    prefixed.Add("0102030405" + hex(next() & 0xffffffffffULL, 5));
  }
  for (int i = 0; i < 10; ++i) too_few.Add(hex(next() & 0xffff, 2));
  EXPECT_FALSE(random64.Suspicious());
  EXPECT_TRUE(ejbca63.Suspicious());
  EXPECT_EQ(ejbca63.EntropyBound(), 63);
  EXPECT_TRUE(prefixed.Suspicious());
  EXPECT_EQ(prefixed.EntropyBound(), 40);
  EXPECT_FALSE(too_few.Suspicious());  // 10 samples say nothing
}

class ScanSources : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("cair_scan_test_" + std::to_string(getpid()));
    fs::create_directories(dir_);
    good_pem_ = Read(fs::path(CAIR_SOURCE_DIR) / "samples/subscribers.pem");
    auto objs = x509::DecodeObjects(good_pem_, x509::InputFormat::kPem).objects;
    for (auto& o : objs) good_der_.push_back(o.der);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& data) {
    fs::create_directories((dir_ / name).parent_path());
    std::ofstream(dir_ / name, std::ios::binary) << data;
    return (dir_ / name).string();
  }
  ScanResult Run(const std::vector<std::string>& sources, SourceOptions so = {}) {
    ScanOptions opt;
    opt.jobs = 2;
    opt.source = so;
    lint::Config config;
    return Scan(sources, opt, config, nullptr, nullptr);
  }
  fs::path dir_;
  std::string good_pem_;
  std::vector<std::string> good_der_;
};

TEST_F(ScanSources, MalformedObjectsAreReportedInEverySourceKind) {
  const std::string bad_pem = "-----BEGIN CERTIFICATE-----\nMAMCAQE=\n-----END CERTIFICATE-----\n";
  // PEM bundle: 4 good + 1 unparsable + 1 bad base64.
  auto pem = Write("bundle.pem", good_pem_ + bad_pem + "-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----\n");
  auto res = Run({pem});
  EXPECT_EQ(res.certificates, 4u);
  EXPECT_EQ(res.unparsable, 2u);
  ASSERT_EQ(res.problems.size(), 2u);
  EXPECT_NE(res.problems[0].origin.find("bundle.pem#"), std::string::npos);

  // DER file and garbage file in a directory.
  Write("d/one.der", good_der_[0]);
  Write("d/junk.der", std::string("\x30\x05\x02\x01", 4));
  res = Run({(dir_ / "d").string()});
  EXPECT_EQ(res.certificates, 1u);
  EXPECT_EQ(res.unparsable, 1u);

  // tar.gz with a good and a bad member.
  ASSERT_EQ(std::system(("cd " + (dir_ / "d").string() + " && tar czf ../certs.tar.gz one.der junk.der").c_str()), 0);
  res = Run({(dir_ / "certs.tar.gz").string()});
  EXPECT_EQ(res.certificates, 1u);
  EXPECT_EQ(res.unparsable, 1u);
  ASSERT_FALSE(res.problems.empty());
  EXPECT_NE(res.problems[0].origin.find("certs.tar.gz:junk.der"), std::string::npos);

  // CT get-entries JSON: one x509_entry, one truncated leaf.
  std::string leaf(15, '\0');
  leaf[11] = 0;  // entry_type x509_entry
  size_t n = good_der_[1].size();
  leaf[12] = static_cast<char>(n >> 16);
  leaf[13] = static_cast<char>(n >> 8);
  leaf[14] = static_cast<char>(n);
  leaf += good_der_[1];
  auto ct = Write("entries.json", "{\"entries\": [{\"leaf_input\": \"" + B64(leaf) +
                                      "\", \"extra_data\": \"\"}, {\"leaf_input\": \"AAE=\"}]}");
  res = Run({ct});
  EXPECT_EQ(res.certificates, 1u);
  EXPECT_EQ(res.unparsable, 1u);
  EXPECT_NE(res.problems.at(0).origin.find("entry 1"), std::string::npos);

  // CSV with hex and base64 DER, and a bad row.
  std::string hex;
  for (unsigned char c : good_der_[2]) {
    static const char* h = "0123456789abcdef";
    hex += h[c >> 4];
    hex += h[c & 15];
  }
  auto csv = Write("export.csv", "id,cert_der\n1,\\x" + hex + "\n2," + B64(good_der_[3]) + "\n3,nothex!\n");
  SourceOptions so;
  so.csv_column = "cert_der";
  res = Run({csv}, so);
  EXPECT_EQ(res.certificates, 2u);
  EXPECT_EQ(res.unparsable, 1u);
  EXPECT_NE(res.problems.at(0).origin.find("row 4"), std::string::npos);
}

TEST_F(ScanSources, DuplicatesAreCountedOnce) {
  auto a = Write("a.pem", good_pem_);
  auto b = Write("b.pem", good_pem_);
  auto res = Run({a, b});
  EXPECT_EQ(res.objects, 4u);
  EXPECT_EQ(res.duplicates, 4u);
}

// A precertificate pairs with the certificate whose TBS is its own without
// the poison and with an SCT list, wherever each of the two extensions
// stands among the others; a certificate differing in another extension
// does not pair.
TEST_F(ScanSources, PairingIgnoresWhereThePoisonAndTheSctListStand) {
  using der::testing::Tlv;
  auto ext = [](const std::string& oid, const std::string& value) {
    return Tlv(0x30, Tlv(0x06, oid) + Tlv(0x04, value));
  };
  const std::string ku = ext("\x55\x1d\x0f", Tlv(0x03, std::string("\x07\x80", 2)));
  const std::string bc = ext("\x55\x1d\x13", Tlv(0x30, ""));
  const std::string bc_ca = ext("\x55\x1d\x13", Tlv(0x30, std::string("\x01\x01\xff", 3)));
  const std::string poison = ext("\x2b\x06\x01\x04\x01\xd6\x79\x02\x04\x03", std::string("\x05\x00", 2));
  const std::string scts = ext("\x2b\x06\x01\x04\x01\xd6\x79\x02\x04\x02", Tlv(0x04, std::string(40, '\x11')));
  auto cert = [](const std::string& extensions) {
    const std::string alg = Tlv(0x30, Tlv(0x06, "\x2a\x86\x48\xce\x3d\x04\x03\x02"));
    const std::string name = Tlv(0x30, Tlv(0x31, Tlv(0x30, Tlv(0x06, "\x55\x04\x03") + Tlv(0x0c, "Pair"))));
    const std::string validity = Tlv(0x30, Tlv(0x17, "250101000000Z") + Tlv(0x17, "250301000000Z"));
    const std::string rsa_alg = Tlv(0x30, Tlv(0x06, "\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01") + std::string("\x05\x00", 2));
    const std::string spki = Tlv(0x30, rsa_alg + Tlv(0x03, std::string(1, '\0') + Tlv(0x30, Tlv(0x02, "\x00\xc5\x07") + Tlv(0x02, "\x01\x00\x01"))));
    const std::string tbs = Tlv(0x30, Tlv(0xa0, Tlv(0x02, "\x02")) + Tlv(0x02, "\x01\x23") + alg + name + validity + name +
                                          spki + Tlv(0xa3, Tlv(0x30, extensions)));
    const std::string der = Tlv(0x30, tbs + alg + Tlv(0x03, std::string("\x00\x30\x00", 3)));
    return "-----BEGIN CERTIFICATE-----\n" + B64(der) + "\n-----END CERTIFICATE-----\n";
  };
  const std::string pre = Write("pre.pem", cert(ku + poison + bc));
  const std::string final_cert = Write("final.pem", cert(ku + bc + scts));
  const std::string other = Write("other.pem", cert(ku + bc_ca + scts));
  auto res = Run({pre, final_cert});
  EXPECT_EQ(res.precertificates, 1u);
  EXPECT_EQ(res.certificates, 1u);
  EXPECT_EQ(res.issuances, 1u);
  res = Run({pre, other});
  EXPECT_EQ(res.issuances, 2u);
  res = Run({Write("pre2.pem", cert(poison + ku + bc)), final_cert});
  EXPECT_EQ(res.issuances, 1u);
}

TEST_F(ScanSources, PrecertificateAndCertificatePairAsOneIssuance) {
  fs::path samples = fs::path(CAIR_SOURCE_DIR) / "samples";
  auto res = Run({(samples / "precert.pem").string(), (samples / "precert-final.pem").string()});
  EXPECT_EQ(res.precertificates, 1u);
  EXPECT_EQ(res.certificates, 1u);
  EXPECT_EQ(res.issuances, 1u);
  res = Run({(samples / "precert.pem").string(), (samples / "subscribers.pem").string()});
  EXPECT_EQ(res.issuances, 5u);
}

// Batches and reports are reused in place (scanner.cc): every field of a
// report must be the object's own, never left over from the object that
// had the slot before. Thousands of certificates with CRLs and bad blocks
// in between, so that each kind lands in slots the others used; each
// report is checked against the object parsed on its own.
TEST_F(ScanSources, RecycledReportsCarryNothingFromTheSlotsLastObject) {
  fs::path real = fs::path(CAIR_SHARED_DIR) / "corpus/real";
  if (!fs::exists(real / "leaf.pem")) GTEST_SKIP() << "no real corpus at " << real;
  auto certs = x509::DecodeObjects(Read(real / "leaf.pem"), x509::InputFormat::kPem).objects;
  auto crls = x509::DecodeObjects(Read(real / "crl.pem"), x509::InputFormat::kPem).objects;
  ASSERT_GT(certs.size(), 1000u);
  ASSERT_FALSE(crls.empty());
  std::string bundle;
  std::map<std::string, std::string> der_by_sha;  // upper-case hex SHA-256 -> DER
  size_t bad = 0;
  auto add = [&](const x509::DerObject& o) {
    bundle += "-----BEGIN " + o.label + "-----\n" + B64(o.der) + "\n-----END " + o.label + "-----\n";
    unsigned char md[32];
    SHA256(reinterpret_cast<const unsigned char*>(o.der.data()), o.der.size(), md);
    Sha256 sha;
    std::copy(md, md + 32, sha.begin());
    der_by_sha[HexUpper(sha)] = o.der;
  };
  for (size_t i = 0; i < 2000 && i < certs.size(); ++i) {
    add(certs[i]);
    if (i % 7 == 3) add(crls[(i / 7) % crls.size()]);
    if (i % 37 == 5) {
      bundle += "-----BEGIN CERTIFICATE-----\nMII!bad\n-----END CERTIFICATE-----\n";
      ++bad;
    }
  }
  auto file = Write("mixed.pem", bundle);
  for (int jobs : {1, 2}) for (bool describe : {true, false}) {
    SCOPED_TRACE("jobs " + std::to_string(jobs) + (describe ? "" : ", subjects not described"));
    ScanOptions opt;
    opt.jobs = jobs;
    opt.collect_keys = true;
    opt.describe_subjects = describe;
    // Two lints that fire on many of these (findings bring the subject fields).
    opt.filter.include_names = {"n_subject_common_name_included", "w_br_subscriber_ski_present"};
    lint::Config config;
    size_t seen = 0;
    auto res = Scan({file}, opt, config, [&](const ObjectReport& r, const ScanResult&) {
      ++seen;
      const std::string sha = HexUpper(r.sha256);
      auto it = der_by_sha.find(sha);
      ASSERT_NE(it, der_by_sha.end()) << sha;
      auto p = x509::ParseObject(der::Input(std::string_view(it->second)));
      EXPECT_EQ(r.origin.find(file + "#"), 0u) << r.origin;
      if (p.kind == x509::ParsedKind::kCrl) {
        EXPECT_EQ(r.kind, ObjectReport::kCrl) << sha;
        EXPECT_EQ(r.serial_hex, "") << sha;
        EXPECT_EQ(r.issuer, p.crl.issuer.ToString()) << sha;
        EXPECT_EQ(r.not_before, p.crl.this_update.unix) << sha;
        EXPECT_EQ(r.not_after, p.crl.has_next_update ? p.crl.next_update.unix : 0) << sha;
        EXPECT_EQ(r.pair_key, 0u) << sha;
        EXPECT_FALSE(r.has_key) << sha;
        EXPECT_TRUE(r.rsa_modulus.empty() && r.subscribers.empty() && r.subject_cn.empty() && r.sans.empty()) << sha;
        return;
      }
      ASSERT_EQ(p.kind, x509::ParsedKind::kCertificate) << sha;
      const x509::Certificate& c = p.cert;
      EXPECT_EQ(r.kind, c.ct_poison ? ObjectReport::kPrecertificate : ObjectReport::kCertificate) << sha;
      EXPECT_EQ(r.serial_hex, SerialHex(c.serial)) << sha;
      EXPECT_EQ(r.issuer, c.issuer.ToString()) << sha;
      EXPECT_EQ(r.not_before, c.not_before.unix) << sha;
      EXPECT_EQ(r.not_after, c.not_after.unix) << sha;
      EXPECT_EQ(r.has_key, c.spki.ok) << sha;
      if (!c.spki.rsa_ok) EXPECT_EQ(r.rsa_modulus, "") << sha;
      const auto* cn = c.subject.First(oid::kCommonName);
      EXPECT_EQ(r.subject_cn, describe && !r.findings.empty() && cn ? cn->Utf8() : "") << sha;
      EXPECT_EQ(r.sans, !describe || r.findings.empty() ? "" : DnsNames(c)) << sha;
    }, nullptr);
    EXPECT_EQ(seen, der_by_sha.size());
    EXPECT_EQ(res.unparsable, bad);
    ASSERT_EQ(res.problems.size(), bad);
    for (const auto& pr : res.problems) {
      EXPECT_EQ(pr.reason, "bad base64 in CERTIFICATE block");
      EXPECT_NE(pr.origin.find(" (line "), std::string::npos) << pr.origin;
    }
  }
}

// A PostgreSQL query streaming bytea DER. Needs a server: scripts/test.sh
// starts one (scripts/pg_test_db.sh) and sets CAIR_TEST_PG.
TEST_F(ScanSources, PostgresQueryRowsAreScannedAndBadRowsReported) {
  const char* conninfo = std::getenv("CAIR_TEST_PG");
  if (!conninfo || !*conninfo) GTEST_SKIP() << "CAIR_TEST_PG not set (run scripts/pg_test_db.sh)";
  PGconn* conn = PQconnectdb(conninfo);
  ASSERT_EQ(PQstatus(conn), CONNECTION_OK) << PQerrorMessage(conn);
  auto exec = [&](const std::string& sql) {
    PGresult* r = PQexec(conn, sql.c_str());
    EXPECT_TRUE(PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK) << PQerrorMessage(conn);
    PQclear(r);
  };
  exec("DROP TABLE IF EXISTS cair_scan_test");
  exec("CREATE TABLE cair_scan_test (id bigint PRIMARY KEY, der bytea)");
  std::vector<std::string> rows = good_der_;
  rows.push_back(std::string("\x30\x03\x02\x01\x01", 5));
  for (size_t i = 0; i < rows.size(); ++i) {
    std::string id = std::to_string(i + 1);
    const char* values[] = {id.c_str(), rows[i].data()};
    int lengths[] = {0, static_cast<int>(rows[i].size())};
    int formats[] = {0, 1};
    PGresult* r = PQexecParams(conn, "INSERT INTO cair_scan_test VALUES ($1::bigint, $2::bytea)", 2, nullptr,
                               values, lengths, formats, 0);
    ASSERT_EQ(PQresultStatus(r), PGRES_COMMAND_OK) << PQerrorMessage(conn);
    PQclear(r);
  }
  exec("INSERT INTO cair_scan_test VALUES (99, NULL)");
  SourceOptions so;
  so.pg_query = "SELECT der, id FROM cair_scan_test ORDER BY id";
  auto res = Run({std::string("pg:") + conninfo}, so);
  EXPECT_EQ(res.certificates, good_der_.size());
  EXPECT_EQ(res.unparsable, 2u);
  ASSERT_EQ(res.problems.size(), 2u);
  const std::string bad_id = "(id " + std::to_string(good_der_.size() + 1) + ")";
  bool named_bad_row = false, named_null_row = false;
  for (const auto& p : res.problems) {
    named_bad_row |= p.origin.find(bad_id) != std::string::npos;
    named_null_row |= p.origin.find("(id 99)") != std::string::npos && p.reason.find("NULL") != std::string::npos;
  }
  EXPECT_TRUE(named_bad_row) << res.problems[0].origin << " / " << res.problems[1].origin;
  EXPECT_TRUE(named_null_row);
  so.pg_query = "SELECT nonsense FROM nowhere";
  res = Run({std::string("pg:") + conninfo}, so);
  ASSERT_FALSE(res.problems.empty());
  EXPECT_NE(res.problems[0].reason.find("query failed"), std::string::npos);
  exec("DROP TABLE cair_scan_test");
  PQfinish(conn);
}

}  // namespace
}  // namespace cair::corpus
