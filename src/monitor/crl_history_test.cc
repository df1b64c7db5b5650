// The CRL history against CRLs made by a real `openssl ca -gencrl`: a
// throw-away CA per test whose index.txt is written (revoke, "unrevoke",
// change a reason) before each CRL is generated. Every finding kind is
// produced here, and a correct sequence (the control) produces none.
#include "monitor/crl_history.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "base/files.h"
#include "incident/rules.h"
#include "x509/input.h"

namespace cair::monitor {
namespace {

namespace fs = std::filesystem;


int64_t T(const char* rfc3339) { return *incident::ParseRfc3339(rfc3339); }

// YYYYMMDDHHMMSSZ, as openssl ca wants it.
std::string OpensslTime(int64_t t) {
  std::string s = incident::FormatRfc3339(t);  // 2026-01-01T00:00:00Z
  std::string out;
  for (char c : s)
    if (std::isdigit(static_cast<unsigned char>(c))) out += c;
  return out + "Z";
}

struct Revoked {
  std::string serial;  // hex
  int64_t revoked_at;
  std::string reason;  // "" or an openssl reason name (keyCompromise, superseded, ...)
  int64_t expires = 0;
};

class TestCa {
 public:
  TestCa(const fs::path& dir, const std::string& cn, bool root = true) : dir_(dir) {
    fs::create_directories(dir_);
    std::ofstream(dir_ / "ca.cnf") << "[ca]\ndefault_ca=ca\n[ca]\ndatabase=index.txt\nnew_certs_dir=.\nserial=serial\n"
                                      "default_md=sha256\npolicy=pol\nunique_subject=no\ncrlnumber=crlnumber\n"
                                      "default_crl_days=7\n[pol]\ncommonName=optional\n"
                                      "[crl_ext]\nauthorityKeyIdentifier=keyid\n"
                                      "[idp_user]\nauthorityKeyIdentifier=keyid\nissuingDistributionPoint=critical,@idp_u\n"
                                      "[idp_u]\nfullname=URI:http://crl.test/1.crl\nonlyuser=TRUE\n"
                                      "[idp_ca]\nauthorityKeyIdentifier=keyid\nissuingDistributionPoint=critical,@idp_c\n"
                                      "[idp_c]\nfullname=URI:http://crl.test/1.crl\nonlyCA=TRUE\n"
                                      "[delta]\nauthorityKeyIdentifier=keyid\n2.5.29.27=critical,DER:02:01:01\n";
    std::ofstream(dir_ / "index.txt");
    SetCrlNumber(1);
    std::string subj = "/CN=" + cn;
    Run("openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out ca.key");
    Run("openssl req -x509 -new -key ca.key -subj '" + subj + "' -days 3650 -addext "
        "'basicConstraints=critical,CA:TRUE' -addext 'keyUsage=critical,keyCertSign,cRLSign' -out ca.pem");
    (void)root;
  }
  const fs::path& dir() const { return dir_; }
  std::string CertDer() const { return x509::DecodeObjects(base::ReadFile((dir_ / "ca.pem").string()).value_or(""), x509::InputFormat::kPem).objects.at(0).der; }
  void SetCrlNumber(int n) {
    char buf[16];
    snprintf(buf, sizeof buf, "%02X\n", n);
    std::ofstream(dir_ / "crlnumber") << buf;
  }
  // index.txt as openssl writes it: R, expiry, revocation time[,reason], serial, file, subject.
  void SetRevoked(const std::vector<Revoked>& rows) {
    std::ofstream o(dir_ / "index.txt");
    for (const auto& r : rows) {
      std::string when = OpensslTime(r.revoked_at).substr(2);
      std::string exp = OpensslTime(r.expires ? r.expires : T("2027-01-01T00:00:00Z")).substr(2);
      o << "R\t" << exp << "\t" << when << (r.reason.empty() ? "" : "," + r.reason) << "\t" << r.serial
        << "\tunknown\t/CN=leaf " << r.serial << "\n";
    }
  }
  // One CRL, DER, with this thisUpdate / nextUpdate and crl extensions section.
  std::string Gencrl(int64_t this_update, int64_t next_update, const std::string& exts = "crl_ext") {
    Run("openssl ca -batch -config ca.cnf -keyfile ca.key -cert ca.pem -gencrl -crlexts " + exts +
        " -crl_lastupdate " + OpensslTime(this_update) + " -crl_nextupdate " + OpensslTime(next_update) +
        " -out crl.pem && openssl crl -in crl.pem -outform DER -out crl.der");
    return base::ReadFile((dir_ / "crl.der").string()).value_or("");
  }

 private:
  void Run(const std::string& cmd) {
    std::string full = "cd '" + dir_.string() + "' && " + cmd + " >/dev/null 2>>openssl.log";
    ASSERT_EQ(std::system(full.c_str()), 0) << cmd << "\n" << base::ReadFile((dir_ / "openssl.log").string()).value_or("");
  }
  fs::path dir_;
};

class CrlHistoryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/cair_crl_history_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
    auto s = incident::Store::Open((dir_ / "store.db").string());
    ASSERT_TRUE(s.ok()) << s.status().message();
    store_ = std::move(*s);
    ca_ = std::make_unique<TestCa>(dir_ / "ca", "Test Issuing CA");
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Records versions as separate runs (as `cair monitor run` would).
  std::vector<Finding> Record(const std::vector<std::string>& ders, int64_t now, const std::string& issuer_der = "") {
    std::vector<CrlObservation> obs;
    for (size_t i = 0; i < ders.size(); ++i) obs.push_back({ders[i], "v" + std::to_string(i + 1) + ".crl", "", now});
    CrlCheckOptions opt;
    opt.now = now;
    opt.certs = &certs_;
    opt.issuer_cert_der = issuer_der;
    std::vector<Finding> findings;
    auto r = RecordCrls(*store_, obs, opt, &findings);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return findings;
  }
  static std::vector<Finding> OfKind(const std::vector<Finding>& fs, const std::string& kind) {
    std::vector<Finding> out;
    for (const auto& f : fs)
      if (f.kind == kind) out.push_back(f);
    return out;
  }
  static std::string Dump(const std::vector<Finding>& fs) { return FindingsJson(fs).dump(1); }
  void Know(const std::string& serial, int64_t not_after, bool ca = false) {
    certs_[{"CN=Test Issuing CA", serial}] = {not_after, ca};
  }

  fs::path dir_;
  std::unique_ptr<incident::Store> store_;
  std::unique_ptr<TestCa> ca_;
  CertificateIndex certs_;
  const int64_t t0_ = T("2026-01-01T00:00:00Z");
  static constexpr int64_t kDay = 86400;
};

// The control: a week of daily CRLs (new revocations, an expired entry
// removed, a reason updated to keyCompromise is NOT here), signed by the CA,
// given in order and out of order: no finding at all.
TEST_F(CrlHistoryTest, CorrectSequenceHasNoFindings) {
  Know("1001", t0_ + 2 * kDay);   // expires on day 2: may leave the CRL after
  Know("1002", t0_ + 300 * kDay);
  ca_->SetRevoked({{"1001", t0_ - kDay, "superseded", t0_ + 2 * kDay}});
  std::string v1 = ca_->Gencrl(t0_, t0_ + 7 * kDay);
  ca_->SetRevoked({{"1001", t0_ - kDay, "superseded", t0_ + 2 * kDay}, {"1002", t0_ + kDay + 5, ""}});
  std::string v2 = ca_->Gencrl(t0_ + 1 * kDay + 60, t0_ + 8 * kDay);
  ca_->SetRevoked({{"1002", t0_ + kDay + 5, ""}});
  std::string v3 = ca_->Gencrl(t0_ + 5 * kDay, t0_ + 12 * kDay);
  auto f = Record({v3, v1}, t0_ + 5 * kDay + 3600, ca_->CertDer());
  EXPECT_TRUE(f.empty()) << Dump(f);
  f = Record({v2}, t0_ + 5 * kDay + 3600, ca_->CertDer());
  EXPECT_TRUE(f.empty()) << Dump(f);
  f = Record({v1, v2, v3}, t0_ + 5 * kDay + 3600, ca_->CertDer());  // again: recorded once, still clean
  EXPECT_TRUE(f.empty()) << Dump(f);
  EXPECT_EQ(store_->CrlVersions("CN=Test Issuing CA", "")->size(), 3u);
}

TEST_F(CrlHistoryTest, UnrevocationOfAnUnexpiredCertificate) {
  Know("2002", t0_ + 300 * kDay);
  ca_->SetRevoked({{"2001", t0_, "keyCompromise"}, {"2002", t0_, "superseded"}, {"2003", t0_, ""}});
  std::string v1 = ca_->Gencrl(t0_, t0_ + 7 * kDay);
  ca_->SetRevoked({{"2003", t0_, ""}});  // 2001 and 2002 "unrevoked"
  std::string v2 = ca_->Gencrl(t0_ + kDay, t0_ + 8 * kDay);
  // Given newest first: ordering is by cRLNumber, not arrival.
  auto f = Record({v2, v1}, t0_ + kDay + 60);
  auto u = OfKind(f, "unrevocation");
  ASSERT_EQ(u.size(), 2u) << Dump(f);
  ASSERT_EQ(f.size(), 2u) << Dump(f);
  for (const auto& x : u) {
    if (*x.serial == "2002") {
      EXPECT_EQ(x.severity, Severity::kError);
      EXPECT_FALSE(x.expiry_unknown);
      EXPECT_NE(x.detail.find("superseded"), std::string::npos) << x.detail;
    } else {
      EXPECT_EQ(*x.serial, "2001");
      EXPECT_TRUE(x.expiry_unknown);  // not in --certs nor the store
      EXPECT_EQ(x.severity, Severity::kWarning);
    }
    EXPECT_EQ(x.crl_number, "2");
    EXPECT_EQ(x.first_seen, t0_ + kDay);
    EXPECT_EQ(x.rule, "BR 4.10.1");
    EXPECT_EQ(x.issuer, "CN=Test Issuing CA");
  }
  auto j = FindingsJson(u);
  EXPECT_TRUE(j["findings"][0].contains("serial"));
  EXPECT_EQ(j["findings"][0]["first_seen"], "2026-01-02T00:00:00Z");
}

// The un-revocation is reported while the serial stays off, observed until
// the newest version lacking it, and no longer once it is listed again.
TEST_F(CrlHistoryTest, AnUnrevocationLastsUntilTheSerialReturns) {
  Know("2102", t0_ + 300 * kDay);
  ca_->SetRevoked({{"2101", t0_, ""}, {"2102", t0_, ""}});
  std::string v1 = ca_->Gencrl(t0_, t0_ + 7 * kDay);
  ca_->SetRevoked({{"2101", t0_, ""}});
  std::string v2 = ca_->Gencrl(t0_ + kDay, t0_ + 8 * kDay);
  std::string v3 = ca_->Gencrl(t0_ + 2 * kDay, t0_ + 9 * kDay);
  auto f = Record({v1, v2}, t0_ + kDay);
  ASSERT_EQ(f.size(), 1u) << Dump(f);
  ASSERT_TRUE(RecordFindings(*store_, f, std::nullopt, t0_ + kDay).ok());
  f = Record({v3}, t0_ + 2 * kDay);
  ASSERT_EQ(f.size(), 1u) << Dump(f);
  EXPECT_EQ(*f[0].serial, "2102");
  EXPECT_EQ(f[0].first_seen, t0_ + kDay);
  EXPECT_EQ(f[0].last_seen, t0_ + 2 * kDay);
  ca_->SetRevoked({{"2101", t0_, ""}, {"2102", t0_, ""}});
  std::string v4 = ca_->Gencrl(t0_ + 3 * kDay, t0_ + 10 * kDay);
  f = Record({v4}, t0_ + 3 * kDay);
  EXPECT_TRUE(f.empty()) << Dump(f);
}

TEST_F(CrlHistoryTest, UnrevocationFoundFromTheStoresCertificates) {
  incident::Incident in;
  in.title = "t";
  in.aware_at = t0_;
  auto id = store_->OpenIncident(in, t0_);
  incident::Problem p;
  p.incident_id = *id;
  p.name = "p";
  incident::AffectedCertificate c;
  c.sha256_hex = std::string(64, 'A');
  c.serial_hex = "3001";
  c.issuer = "CN=Test Issuing CA";
  c.not_after = t0_ + 100 * kDay;
  ASSERT_TRUE(store_->AddProblem(p, {c}, t0_).ok());
  ca_->SetRevoked({{"3001", t0_, ""}});
  std::string v1 = ca_->Gencrl(t0_, t0_ + 7 * kDay);
  ca_->SetRevoked({});
  std::string v2 = ca_->Gencrl(t0_ + kDay, t0_ + 8 * kDay);
  auto f = Record({v1, v2}, t0_ + kDay);
  ASSERT_EQ(f.size(), 1u) << Dump(f);
  EXPECT_EQ(f[0].severity, Severity::kError);
  EXPECT_FALSE(f[0].expiry_unknown);
}

TEST_F(CrlHistoryTest, ChangedReasonOrDate) {
  ca_->SetRevoked({{"4001", t0_, "superseded"}, {"4002", t0_, ""}, {"4003", t0_, ""}});
  std::string v1 = ca_->Gencrl(t0_, t0_ + 7 * kDay);
  // 4001: superseded -> keyCompromise, backdated (MRSP 6.1.1 allows: warning);
  // 4002: none -> cessationOfOperation (error); 4003: date moved (error).
  ca_->SetRevoked({{"4001", t0_ - 3600, "keyCompromise"}, {"4002", t0_, "cessationOfOperation"}, {"4003", t0_ + 600, ""}});
  std::string v2 = ca_->Gencrl(t0_ + kDay, t0_ + 8 * kDay);
  auto f = Record({v1, v2}, t0_ + kDay);
  ASSERT_EQ(f.size(), 3u) << Dump(f);
  for (const auto& x : f) {
    EXPECT_EQ(x.kind, "unrevocation");
    if (*x.serial == "4001") {
      EXPECT_EQ(x.severity, Severity::kWarning) << x.detail;
      EXPECT_EQ(x.rule, "MRSP 6.1.1; BR 7.2.2");
    } else {
      EXPECT_EQ(x.severity, Severity::kError) << x.detail;
    }
  }
}

TEST_F(CrlHistoryTest, NumberNotIncreasingAndThisUpdateRegressed) {
  ca_->SetRevoked({{"5001", t0_, ""}});
  std::string v1 = ca_->Gencrl(t0_, t0_ + 7 * kDay);  // #1
  ca_->SetCrlNumber(1);
  std::string v1b = ca_->Gencrl(t0_ + kDay, t0_ + 8 * kDay);  // #1 again, a different CRL
  std::string v2 = ca_->Gencrl(t0_ - kDay, t0_ + 6 * kDay);   // #2, dated before #1
  auto f = Record({v1, v1b, v2}, t0_ + kDay);
  EXPECT_EQ(OfKind(f, "crl-number-not-increasing").size(), 1u) << Dump(f);
  ASSERT_EQ(OfKind(f, "crl-thisupdate-regressed").size(), 1u) << Dump(f);
  EXPECT_EQ(OfKind(f, "crl-thisupdate-regressed")[0].crl_number, "2");
  EXPECT_EQ(f.size(), 2u) << Dump(f);
}

TEST_F(CrlHistoryTest, ScopeChanged) {
  ca_->SetRevoked({{"6001", t0_, ""}});
  std::string v1 = ca_->Gencrl(t0_, t0_ + 7 * kDay, "idp_user");
  std::string v2 = ca_->Gencrl(t0_ + kDay, t0_ + 8 * kDay, "idp_ca");
  std::string v3 = ca_->Gencrl(t0_ + 2 * kDay, t0_ + 9 * kDay, "idp_ca");
  auto f = Record({v1, v2, v3}, t0_ + 2 * kDay);
  ASSERT_EQ(OfKind(f, "crl-scope-changed").size(), 1u) << Dump(f);
  EXPECT_EQ(OfKind(f, "crl-scope-changed")[0].crl_number, "2");
  EXPECT_EQ(f.size(), 1u) << Dump(f);
}

TEST_F(CrlHistoryTest, ExpiredLateAndTooLong) {
  ca_->SetRevoked({{"7001", t0_, ""}});
  std::string v1 = ca_->Gencrl(t0_, t0_ + 7 * kDay);
  std::string v2 = ca_->Gencrl(t0_ + 9 * kDay, t0_ + 25 * kDay);  // 9 days later; valid 16 days
  auto f = Record({v1, v2}, t0_ + 9 * kDay);
  EXPECT_EQ(OfKind(f, "crl-reissue-late").size(), 1u) << Dump(f);
  EXPECT_EQ(OfKind(f, "crl-validity-too-long").size(), 1u) << Dump(f);
  EXPECT_EQ(f.size(), 2u) << Dump(f);
  // At a later --now the newest version has expired, and none came in 7 days.
  f = Record({v2}, t0_ + 26 * kDay);
  ASSERT_EQ(OfKind(f, "crl-expired").size(), 1u) << Dump(f);
  EXPECT_EQ(OfKind(f, "crl-expired")[0].first_seen, t0_ + 25 * kDay);
  EXPECT_EQ(OfKind(f, "crl-expired")[0].last_seen, t0_ + 26 * kDay);
  EXPECT_EQ(OfKind(f, "crl-reissue-late").size(), 2u) << Dump(f);  // the gap, and at --now
}

// A CRL of CA certificates (IDP onlyContainsCACerts) may run 12 months.
TEST_F(CrlHistoryTest, CaCrlTwelveMonthRule) {
  std::string v1 = ca_->Gencrl(t0_, t0_ + 300 * kDay, "idp_ca");
  std::string v2 = ca_->Gencrl(t0_ + 200 * kDay, t0_ + 500 * kDay, "idp_ca");
  auto f = Record({v1, v2}, t0_ + 201 * kDay);
  EXPECT_TRUE(f.empty()) << Dump(f);
  std::string v3 = ca_->Gencrl(t0_ + 600 * kDay, t0_ + 1000 * kDay, "idp_ca");  // 400 days later, 400 days valid
  f = Record({v3}, t0_ + 600 * kDay);
  EXPECT_EQ(OfKind(f, "crl-reissue-late").size(), 1u) << Dump(f);
  EXPECT_EQ(OfKind(f, "crl-validity-too-long").size(), 1u) << Dump(f);
}

// Delta CRLs (RFC 5280 5.2.4) list changes against a base: they form their
// own sequence and an entry leaving a delta is no un-revocation.
TEST_F(CrlHistoryTest, DeltaCrlsAreNotDiffedAgainstTheBase) {
  ca_->SetRevoked({{"A001", t0_, ""}, {"A002", t0_, ""}});
  std::string base = ca_->Gencrl(t0_, t0_ + 7 * kDay);
  ca_->SetRevoked({{"A003", t0_ + 3600, ""}});
  std::string d1 = ca_->Gencrl(t0_ + kDay, t0_ + 2 * kDay, "delta");
  ca_->SetRevoked({{"A004", t0_ + kDay + 3600, ""}});
  std::string d2 = ca_->Gencrl(t0_ + 2 * kDay, t0_ + 3 * kDay, "delta");
  auto f = Record({base, d1, d2}, t0_ + 2 * kDay);
  EXPECT_TRUE(f.empty()) << Dump(f);
  EXPECT_EQ(store_->CrlVersions("CN=Test Issuing CA", "")->size(), 1u);
  EXPECT_EQ(store_->CrlVersions("CN=Test Issuing CA", " (delta)")->size(), 2u);
}

TEST_F(CrlHistoryTest, SignatureInvalid) {
  TestCa other(dir_ / "other", "Test Issuing CA");  // same name, another key
  std::string v1 = ca_->Gencrl(t0_, t0_ + 7 * kDay);
  auto f = Record({v1}, t0_ + 60, other.CertDer());
  ASSERT_EQ(f.size(), 1u) << Dump(f);
  EXPECT_EQ(f[0].kind, "crl-signature-invalid");
  f = Record({v1}, t0_ + 60, ca_->CertDer());
  EXPECT_TRUE(f.empty()) << Dump(f);
}

TEST_F(CrlHistoryTest, UnparsableCrlsAreFindingsAndLoseNothing) {
  ca_->SetRevoked({{"8001", t0_, ""}});
  std::string v1 = ca_->Gencrl(t0_, t0_ + 7 * kDay);
  ASSERT_TRUE(Record({v1}, t0_).empty());
  std::vector<std::string> bad = {v1.substr(0, v1.size() / 2), v1.substr(0, 1), "", "<html>502 Bad Gateway</html>",
                                  std::string(4096, '\xff')};
  for (size_t cut = 0; cut < v1.size(); cut += 7) bad.push_back(v1.substr(0, cut));
  CrlCheckOptions opt;
  opt.now = t0_;
  for (const auto& b : bad) {
    auto r = RecordCrl(*store_, {b, "bad.crl", "http://crl.test/1.crl", t0_}, opt);
    ASSERT_TRUE(r.ok()) << r.status().message();
    if (!r->parsed) {
      ASSERT_EQ(r->findings.size(), 1u);
      EXPECT_EQ(r->findings[0].kind, "crl-unparsable");
      EXPECT_EQ(r->findings[0].url, "http://crl.test/1.crl");
    }
  }
  // The history is intact: the good version is still the only one of its sequence.
  EXPECT_EQ(store_->CrlVersions("CN=Test Issuing CA", "")->size(), 1u);
  auto rows = store_->MonitorFindings(std::nullopt, true);
  ASSERT_TRUE(rows.ok());
  ASSERT_FALSE(rows->empty());
  EXPECT_EQ(rows->front().kind, "crl-unparsable");
}

// Findings into an incident: de-duplicated, attached once, grouped by kind
// with the statistics the reports print.
TEST_F(CrlHistoryTest, FindingsAttachToAnIncidentAsProblems) {
  ca_->SetRevoked({{"9001", t0_, ""}, {"9002", t0_, ""}});
  std::string v1 = ca_->Gencrl(t0_, t0_ + 7 * kDay);
  ca_->SetRevoked({});
  std::string v2 = ca_->Gencrl(t0_ + kDay, t0_ + 8 * kDay);
  auto f = Record({v1, v2}, t0_ + 10 * kDay);  // also expired and late at --now
  auto ids = RecordFindings(*store_, f, std::nullopt, t0_ + 10 * kDay);
  ASSERT_TRUE(ids.ok());
  auto again = RecordFindings(*store_, f, std::nullopt, t0_ + 10 * kDay);
  EXPECT_EQ(*again, *ids);  // the same rows
  incident::Incident in;
  in.title = "CRL";
  in.kind = "crl-ocsp";
  in.aware_at = t0_ + 10 * kDay;
  auto id = store_->OpenIncident(in, in.aware_at);
  auto n = AttachFindings(*store_, *id, *ids, in.aware_at);
  ASSERT_TRUE(n.ok()) << n.status().message();
  EXPECT_EQ(*n, static_cast<int64_t>(f.size()));
  auto problems = store_->MonitorProblems(*id);
  ASSERT_TRUE(problems.ok());
  ASSERT_EQ(problems->size(), 3u);  // crl-expired, crl-reissue-late, unrevocation
  const auto& u = problems->back();
  EXPECT_EQ(u.kind, "unrevocation");
  EXPECT_EQ(u.affected, 2);
  EXPECT_EQ(u.affected_unit, "serials");
  EXPECT_EQ(u.first_seen, t0_ + kDay);
  EXPECT_EQ(u.issuers, std::vector<std::string>{"CN=Test Issuing CA"});
  EXPECT_EQ(problems->front().kind, "crl-expired");
  EXPECT_EQ(problems->front().last_seen - problems->front().first_seen, 2 * kDay);
  EXPECT_TRUE(store_->MonitorFindings(std::nullopt, true)->empty());
  // Clocks run as for any incident.
  auto due = store_->Due(in.aware_at + 3600);
  ASSERT_TRUE(due.ok());
  bool found = false;
  for (const auto& c : *due) found = found || (c.incident == *id);
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace cair::monitor
