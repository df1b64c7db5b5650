// pkimetal's API on `cair serve` (issue 14 item 4): the real binary is
// started on a loopback port over a throw-away store, and every endpoint is
// called as pkimetal's clients call it — form fields, DER bodies with the
// options in the query string, each response format, severity filters,
// profiles, and the inputs pkimetal answers with a fatal finding — on the
// repository's certificates and CRL and on an OCSP response `openssl ocsp`
// signs in the test.
#include <gtest/gtest.h>
#include <httplib.h>
#include <openssl/evp.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "cli_util.h"
#include "der/input.h"
#include "der/parser.h"
#include "lint/registry.h"
#include "server/pkimetal_api.h"
#include "x509/input.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

using cair::clitest::Slurp;

fs::path Source(const std::string& rel) { return fs::path(CAIR_SOURCE_DIR) / rel; }

// The DER of a file's first PEM block.
std::string Der(const std::string& pem) {
  auto d = cair::x509::DecodeObjects(pem, cair::x509::InputFormat::kPem);
  return d.objects.empty() ? std::string() : d.objects.front().der;
}

std::string Base64(const std::string& der) {
  std::string out(4 * ((der.size() + 2) / 3) + 1, '\0');  // OpenSSL's encoder, NUL-terminated
  out.resize(static_cast<size_t>(EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                                 reinterpret_cast<const unsigned char*>(der.data()), static_cast<int>(der.size()))));
  return out;
}

// The first element inside a DER SEQUENCE (a signed object's TBS part).
std::string FirstInner(const std::string& der) {
  auto outer = cair::der::ReadElement(cair::der::Input(std::string_view(der)));
  if (!outer) return "";
  auto inner = cair::der::ReadElement(outer->value);
  return inner ? inner->full.AsString() : "";
}

int Shell(const std::string& cmd) { return std::system((cmd + " >/dev/null 2>&1").c_str()); }

class PkimetalApi : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::temp_directory_path() / ("cair_pkimetal_" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    int out[2];
    ASSERT_EQ(pipe(out), 0);
    pid_ = fork();
    ASSERT_GE(pid_, 0);
    if (pid_ == 0) {
      dup2(out[1], 1);
      close(out[0]);
      close(out[1]);
      const std::string db = (dir_ / "cair.db").string(), err = (dir_ / "serve.log").string();
      std::freopen(err.c_str(), "w", stderr);
      execl(CAIR_BINARY, CAIR_BINARY, "serve", "--listen", "127.0.0.1:0", "--db", db.c_str(), "--max-body", "65536",
            "--threads", "4", static_cast<char*>(nullptr));
      _exit(127);
    }
    close(out[1]);
    // "cair serve: listening on http://127.0.0.1:PORT"
    FILE* f = fdopen(out[0], "r");
    char line[256] = {0};
    ASSERT_NE(std::fgets(line, sizeof line, f), nullptr) << "cair serve did not start: " << Slurp(dir_ / "serve.log");
    std::fclose(f);
    std::string s(line);
    port_ = std::stoi(s.substr(s.rfind(':') + 1));
    ASSERT_GT(port_, 0) << s;
  }
  static void TearDownTestSuite() {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      int status = 0;
      waitpid(pid_, &status, 0);
      // Stopped by SIGTERM after the requests in flight: exit 0, never a crash.
      EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << Slurp(dir_ / "serve.log");
    }
    fs::remove_all(dir_);
  }

  httplib::Client Client() {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(30, 0);
    return c;
  }
  // A form-encoded POST (httplib percent-encodes the values).
  httplib::Result Form(const std::string& path, const httplib::Params& fields, const httplib::Headers& headers = {}) {
    return Client().Post(path.c_str(), headers, fields);
  }
  httplib::Result Raw(const std::string& path, const std::string& body, const std::string& type) {
    return Client().Post(path.c_str(), body, type.c_str());
  }
  static json Rows(const httplib::Result& r) {
    EXPECT_TRUE(r);
    if (!r) return json::array();
    EXPECT_EQ(r->status, 200) << r->body;
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/json; charset=UTF-8");
    EXPECT_EQ(r->get_header_value("Access-Control-Allow-Origin"), "*");
    json j = json::parse(r->body, nullptr, false);
    EXPECT_TRUE(j.is_array()) << r->body;
    return j.is_array() ? j : json::array();
  }
  // A refusal as pkimetal gives it: 200 and one fatal row with `text` in it.
  static void ExpectRefusal(const httplib::Result& r, const std::string& text) {
    json rows = Rows(r);
    ASSERT_EQ(rows.size(), 1u) << rows.dump();
    EXPECT_EQ(rows[0]["Linter"], "cair");
    EXPECT_EQ(rows[0]["Severity"], "fatal");
    EXPECT_NE(rows[0]["Finding"].get<std::string>().find(text), std::string::npos) << rows.dump();
  }
  static std::set<std::string> Codes(const json& rows) {
    std::set<std::string> out;
    for (const auto& r : rows)
      if (r.contains("Code")) out.insert(r["Code"].get<std::string>());
    return out;
  }
  static std::string Meta(const json& rows) {
    return rows.empty() || rows[0]["Severity"] != "meta" ? "" : rows[0]["Finding"].get<std::string>();
  }

  // An OCSP response signed by `openssl ocsp` for a certificate it issued;
  // "" when openssl cannot run.
  static std::string OcspResponse() {
    const fs::path d = dir_ / "ocsp";
    fs::create_directories(d);
    const std::string p = d.string() + "/";
    std::ofstream(p + "index.txt") << "";
    std::ofstream(p + "ext.cnf") << "[v3]\nbasicConstraints=critical,CA:FALSE\nextendedKeyUsage=serverAuth\n"
                                    "subjectAltName=DNS:ocsp-test.example.com\n";
    if (Shell("openssl req -x509 -newkey rsa:2048 -nodes -keyout " + p + "ca.key -out " + p +
            "ca.pem -days 30 -subj '/C=US/O=Test/CN=Test CA' -addext basicConstraints=critical,CA:TRUE") != 0 ||
        Shell("openssl req -newkey rsa:2048 -nodes -keyout " + p + "leaf.key -out " + p +
            "leaf.csr -subj '/CN=ocsp-test.example.com'") != 0 ||
        Shell("openssl x509 -req -in " + p + "leaf.csr -CA " + p + "ca.pem -CAkey " + p + "ca.key -set_serial 4660 -days 20 -out " +
            p + "leaf.pem -extfile " + p + "ext.cnf -extensions v3") != 0)
      return "";
    // index.txt: the leaf as valid (V, expiry, no revocation, serial 1234 hex, file, subject).
    std::ofstream(p + "index.txt") << "V\t300101000000Z\t\t1234\tunknown\t/CN=ocsp-test.example.com\n";
    if (Shell("openssl ocsp -issuer " + p + "ca.pem -cert " + p + "leaf.pem -no_nonce -reqout " + p + "req.der") != 0 ||
        Shell("openssl ocsp -index " + p + "index.txt -rsigner " + p + "ca.pem -rkey " + p + "ca.key -CA " + p +
            "ca.pem -reqin " + p + "req.der -respout " + p + "resp.der -ndays 1") != 0)
      return "";
    return Slurp(p + "resp.der");
  }

  static inline fs::path dir_;
  static inline pid_t pid_ = -1;
  static inline int port_ = 0;
};

const std::string kOvCert = "testdata/lints/e_subject_placeholder_value/fail_openssl_some_state.pem";

TEST_F(PkimetalApi, LintersAndProfilesListCairAndEveryPkimetalProfile) {
  auto r = Client().Get("/linters");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  json linters = json::parse(r->body);
  ASSERT_EQ(linters.size(), 1u);
  EXPECT_EQ(linters[0]["Name"], "cair");
  EXPECT_EQ(linters[0]["Instances"], 1);
  EXPECT_FALSE(linters[0]["Version"].get<std::string>().empty());
  EXPECT_GT(linters[0]["Lints"].get<int>(), 400);

  r = Client().Get("/profiles");
  ASSERT_TRUE(r);
  json profiles = json::parse(r->body);
  ASSERT_EQ(profiles.size(), 105u);  // pkimetal's list
  EXPECT_EQ(profiles[0]["Name"], "autodetect");
  EXPECT_TRUE(profiles[0]["LintSources"].empty());  // every lint
  std::set<std::string> names;
  for (const auto& p : profiles) {
    names.insert(p["Name"].get<std::string>());
    EXPECT_EQ(p["Linters"], json::array({"cair"}));
    EXPECT_FALSE(p["Description"].get<std::string>().empty()) << p.dump();
  }
  EXPECT_EQ(names.size(), profiles.size());
  for (const char* n : {"rfc5280_leaf", "rfc5280_crl", "rfc6960_ocspresponse", "tbr_leaf_tlsserver_dv_precertificate",
                        "tevg_leaf_tlsserver_ev", "sbr_leaf_smime_sv_strict", "csbr_leaf_timestamping",
                        "etsi_leaf_tlsserver_qevcpwpsd2eidasnonbrowser_precertificate", "bimigroup_leaf_verifiedmark"})
    EXPECT_TRUE(names.count(n)) << n;
}

TEST_F(PkimetalApi, LintCertFormEncodedPemBase64AndAlias) {
  const std::string pem = Slurp(Source(kOvCert));
  json rows = Rows(Form("/lintcert", {{"b64input", pem}}));
  ASSERT_GE(rows.size(), 2u);
  // The meta row: the profile autodetect chose (OV policy OID) and the version.
  EXPECT_EQ(Meta(rows).rfind("Profile: tbr_leaf_tlsserver_ov; Version: cair ", 0), 0u) << rows.dump();
  EXPECT_FALSE(rows[0].contains("Code"));
  EXPECT_TRUE(Codes(rows).count("e_subject_placeholder_value")) << rows.dump();
  for (const auto& row : rows) {
    EXPECT_EQ(row["Linter"], "cair");
    if (row["Severity"] == "meta") continue;
    EXPECT_TRUE(row["Code"].is_string());
    const auto* reg = cair::lint::Registry::Global().Find(row["Code"].get<std::string>());
    if (!reg) {  // a parser diagnostic: its id and the ASN.1 path
      EXPECT_TRUE(row.contains("Field")) << row.dump();
      continue;
    }
    std::string description(reg->metadata->description);
    if (description.back() == '.') description.pop_back();  // before ": details"
    EXPECT_EQ(row["Finding"].get<std::string>().rfind(description, 0), 0u) << row.dump();
  }
  // Sorted after the meta row: most severe first.
  const std::vector<std::string> order = {"meta", "debug", "info", "notice", "warning", "error", "bug", "fatal"};
  for (size_t i = 2; i < rows.size(); ++i) {
    auto rank = [&](const json& r) { return std::find(order.begin(), order.end(), r["Severity"]) - order.begin(); };
    EXPECT_GE(rank(rows[i - 1]), rank(rows[i])) << rows.dump();
  }
  // The same certificate as bare base64, under the endpoint's own field name.
  const std::string b64 = Base64(Der(pem));
  EXPECT_EQ(Rows(Form("/lintcert", {{"b64cert", b64}})), rows);
  // A form client that left '+' unencoded (it arrives as a space).
  std::string sloppy = "b64input=" + b64;
  EXPECT_EQ(Rows(Raw("/lintcert", sloppy, "application/x-www-form-urlencoded")), rows);
}

TEST_F(PkimetalApi, DerBodyWithQueryOptionsAndSeverityFilter) {
  const std::string der = Der(Slurp(Source(kOvCert)));
  json all = Rows(Raw("/lintcert", der, "application/pkix-cert"));
  json errors = Rows(Raw("/lintcert?severity=error", der, "application/pkix-cert"));
  ASSERT_FALSE(errors.empty());
  EXPECT_LT(errors.size(), all.size());
  size_t expected = 0;
  for (const auto& r : all) expected += r["Severity"] == "error" || r["Severity"] == "bug" || r["Severity"] == "fatal";
  EXPECT_EQ(errors.size(), expected);
  for (const auto& r : errors) EXPECT_TRUE(r["Severity"] == "error" || r["Severity"] == "fatal") << r.dump();
  // warning keeps warnings and worse, drops notices and the meta row.
  json warnings = Rows(Raw("/lintcert?severity=warning", der, "application/pkix-cert"));
  for (const auto& r : warnings) EXPECT_NE(r["Severity"], "meta");
  EXPECT_GE(warnings.size(), errors.size());
  // fatal: nothing on this certificate, as an empty array.
  auto none = Raw("/lintcert?severity=fatal", der, "application/pkix-cert");
  ASSERT_TRUE(none);
  EXPECT_EQ(none->body, "[]\n");
  // Form fields win over the query string, as in pkimetal.
  json form = Rows(Form("/lintcert?severity=fatal", {{"b64input", Base64(der)}, {"severity", "error"}}));
  EXPECT_EQ(form, errors);
}

TEST_F(PkimetalApi, TextAndHtmlFormatsAndAcceptHeader) {
  const std::string der = Der(Slurp(Source(kOvCert)));
  auto text = Raw("/lintcert?format=text", der, "application/pkix-cert");
  ASSERT_TRUE(text);
  EXPECT_EQ(text->status, 200);
  EXPECT_EQ(text->get_header_value("Content-Type"), "text/plain; charset=UTF-8");
  json rows = Rows(Raw("/lintcert", der, "application/pkix-cert"));
  std::istringstream lines(text->body);
  std::string line;
  size_t n = 0;
  while (std::getline(lines, line)) {
    ASSERT_LT(n, rows.size());
    std::string severity = rows[n]["Severity"];
    for (char& c : severity) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    std::string finding = rows[n]["Finding"];
    if (rows[n].contains("Field")) finding += " [" + rows[n]["Field"].get<std::string>() + "]";
    EXPECT_EQ(line, "cair\t" + severity + "\t" + finding) << line;
    ++n;
  }
  EXPECT_EQ(n, rows.size());
  // Accept: text/plain without a format gives the same.
  auto accept = Client().Post("/lintcert", {{"Accept", "text/plain"}}, der, "application/pkix-cert");
  ASSERT_TRUE(accept);
  EXPECT_EQ(accept->body, text->body);

  auto html = Form("/lintcert", {{"b64input", Base64(der)}, {"format", "HTML"}});
  ASSERT_TRUE(html);
  EXPECT_EQ(html->status, 200);
  EXPECT_EQ(html->get_header_value("Content-Type"), "text/html; charset=UTF-8");
  EXPECT_NE(html->body.find("<td>e_subject_placeholder_value</td>"), std::string::npos) << html->body;
  EXPECT_NE(html->body.find("<tr class=\"error\">"), std::string::npos);
  // An unknown format: 400, as pkimetal.
  auto bad = Raw("/lintcert?format=xml", der, "application/pkix-cert");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_NE(bad->body.find("json, text or html"), std::string::npos);
}

TEST_F(PkimetalApi, ProfilesSelectTheRequirementBodies) {
  const std::string b64 = Base64(Der(Slurp(Source(kOvCert))));
  json autodetect = Rows(Form("/lintcert", {{"b64input", b64}}));
  json rfc = Rows(Form("/lintcert", {{"b64input", b64}, {"profile", "rfc5280_leaf"}}));
  json tbr = Rows(Form("/lintcert", {{"b64input", b64}, {"profile", "tbr_leaf_tlsserver_ov"}}));
  EXPECT_EQ(Meta(rfc).rfind("Profile: rfc5280_leaf;", 0), 0u) << Meta(rfc);
  EXPECT_EQ(Meta(tbr).rfind("Profile: tbr_leaf_tlsserver_ov;", 0), 0u);
  const auto all = Codes(autodetect), rfc_codes = Codes(rfc), tbr_codes = Codes(tbr);
  // The RFC profile drops the BR's lints, keeps the RFC's and cair's own.
  bool br_dropped = false;
  for (const auto& code : all) {
    const auto* reg = cair::lint::Registry::Global().Find(code);
    if (!reg) continue;  // a parser diagnostic
    const cair::lint::Metadata* m = reg->metadata;
    const bool rfc_body = m->source == cair::lint::Source::kRfc5280 || m->source == cair::lint::Source::kCair ||
                          m->source == cair::lint::Source::kCommunity;
    if (rfc_body) {
      EXPECT_TRUE(rfc_codes.count(code)) << code;
    }
    if (m->source == cair::lint::Source::kCabfBr) {
      EXPECT_FALSE(rfc_codes.count(code)) << code;
      EXPECT_TRUE(tbr_codes.count(code)) << code;
      br_dropped = true;
    }
  }
  EXPECT_TRUE(br_dropped) << "the sample certificate should break a BR lint: " << autodetect.dump();
  EXPECT_TRUE(rfc_codes.count("e_subject_placeholder_value"));
  for (const auto& code : rfc_codes) EXPECT_TRUE(all.count(code)) << code;
}

// The tbr_cross_* profiles declare the cross-certificate type (BRs 7.1.2.2),
// which no certificate shows: the cross lints report only under them, and the
// subordinate CA lints they replace only without them.
TEST_F(PkimetalApi, CrossProfilesDeclareTheCertificateType) {
  const std::string pem = Slurp(Source("testdata/lints/e_br_cross_ca_external_any_eku/fail_any_eku.pem"));
  json autodetect = Rows(Form("/lintcert", {{"b64input", pem}}));
  json subordinate = Rows(Form("/lintcert", {{"b64input", pem}, {"profile", "tbr_subordinate_tlsserver"}}));
  json external = Rows(Form("/lintcert", {{"b64input", pem}, {"profile", "tbr_cross_external"}}));
  json internal = Rows(Form("/lintcert", {{"b64input", pem}, {"profile", "tbr_cross_internal"}}));
  json issuing = Rows(Form("/lintcert", {{"b64input", pem}, {"profile", "tbr_cross_external_subscriberissuing"}}));
  EXPECT_EQ(Meta(external).rfind("Profile: tbr_cross_external;", 0), 0u) << Meta(external);
  for (const json* rows : {&autodetect, &subordinate}) {
    EXPECT_FALSE(Codes(*rows).count("e_br_cross_ca_external_any_eku")) << rows->dump();
    EXPECT_TRUE(Codes(*rows).count("e_br_tls_ca_eku_prohibited")) << rows->dump();
  }
  for (const json* rows : {&external, &issuing}) {
    EXPECT_TRUE(Codes(*rows).count("e_br_cross_ca_external_any_eku")) << rows->dump();
    EXPECT_FALSE(Codes(*rows).count("e_br_tls_ca_eku_prohibited")) << rows->dump();
  }
  bool explained = false;
  for (const auto& row : external)
    if (row.value("Code", "") == "e_br_cross_ca_external_any_eku")
      explained = row["Severity"] == "error" &&
                  row["Finding"].get<std::string>().find("pkilint cabf.serverauth.cross_ca.external_anyeku_present") !=
                      std::string::npos;
  EXPECT_TRUE(explained) << external.dump();
  // Internal: anyExtendedKeyUsage alone is allowed (unrestricted).
  EXPECT_FALSE(Codes(internal).count("e_br_cross_ca_external_any_eku")) << internal.dump();
  EXPECT_FALSE(Codes(internal).count("e_br_tls_ca_eku_prohibited")) << internal.dump();
  // Declaring is per request: the next autodetect request is as before.
  EXPECT_EQ(Codes(Rows(Form("/lintcert", {{"b64input", pem}}))), Codes(autodetect));
}

TEST_F(PkimetalApi, AutodetectNamesTheProfile) {
  EXPECT_EQ(Meta(Rows(Form("/lintcert", {{"b64input", Slurp(Source("samples/root-ca.pem"))}}))).rfind("Profile: rfc5280_root;", 0),
            0u);
  // A CA with the DV policy OID; a precertificate with it.
  EXPECT_EQ(Meta(Rows(Form("/lintcert", {{"b64input", Slurp(Source("samples/issuing-ca.pem"))}})))
                .rfind("Profile: tbr_subordinate_tlsserver;", 0),
            0u);
  const std::string meta = Meta(Rows(Form("/lintcert", {{"b64input", Slurp(Source("samples/precert.pem"))}})));
  EXPECT_EQ(meta.rfind("Profile: tbr_leaf_tlsserver_dv_precertificate;", 0), 0u) << meta;
}

TEST_F(PkimetalApi, LintTbsCert) {
  const std::string tbs = Slurp(Source("samples/good.tbs.der"));
  json raw = Rows(Raw("/linttbscert", tbs, "application/octet-stream"));
  ASSERT_FALSE(raw.empty());
  EXPECT_EQ(Meta(raw).find("Profile: "), 0u);
  EXPECT_EQ(Rows(Form("/linttbscert", {{"b64tbscert", Base64(tbs)}})), raw);
  // The TBS of a signed certificate lints like it, bar the signature lints.
  const std::string der = Der(Slurp(Source(kOvCert)));
  json tbs_rows = Rows(Form("/linttbscert", {{"b64input", Base64(FirstInner(der))}}));
  EXPECT_TRUE(Codes(tbs_rows).count("e_subject_placeholder_value")) << tbs_rows.dump();
  // A signed certificate is not a TBSCertificate, nor the TBS a certificate.
  ExpectRefusal(Raw("/lintcert", FirstInner(der), "application/pkix-cert"), "Unrecognised input: not a certificate");
}

TEST_F(PkimetalApi, LintCrlAndTbsCrl) {
  const std::string pem = Slurp(Source("samples/issuing-ca.crl.pem"));
  const std::string der = Der(pem);
  json form = Rows(Form("/lintcrl", {{"b64crl", pem}}));
  EXPECT_EQ(Meta(form).rfind("Profile: rfc5280_crl;", 0), 0u) << form.dump();
  EXPECT_EQ(Rows(Raw("/lintcrl", der, "application/pkix-crl")), form);
  EXPECT_EQ(Rows(Form("/lintcrl", {{"b64input", Base64(der)}, {"profile", "tbr_crl"}}))[0]["Finding"].get<std::string>().rfind(
                "Profile: tbr_crl;", 0),
            0u);
  // The unsigned TBSCertList, wrapped with an empty signature as pkimetal does.
  json tbs = Rows(Raw("/linttbscrl", FirstInner(der), "application/octet-stream"));
  EXPECT_EQ(Meta(tbs).rfind("Profile: rfc5280_crl;", 0), 0u) << tbs.dump();
  // A certificate is not a CRL; a CRL's Content-Type belongs to /lintcrl.
  ExpectRefusal(Form("/lintcrl", {{"b64input", Slurp(Source(kOvCert))}}), "not a CRL");
  ExpectRefusal(Raw("/lintcert", der, "application/pkix-crl"), "Content-Type");
}

TEST_F(PkimetalApi, LintOcspAndTbsOcsp) {
  const std::string resp = OcspResponse();
  if (resp.empty()) GTEST_SKIP() << "openssl could not make an OCSP response";
  json raw = Rows(Raw("/lintocsp", resp, "application/ocsp-response"));
  EXPECT_EQ(Meta(raw).rfind("Profile: rfc6960_ocspresponse;", 0), 0u) << raw.dump();
  EXPECT_EQ(Rows(Form("/lintocsp", {{"b64ocsp", Base64(resp)}})), raw);
  // ResponseData: OCSPResponse > [0] responseBytes > SEQUENCE > OCTET STRING > BasicOCSPResponse > first element.
  using cair::der::Input;
  auto outer = cair::der::ReadElement(Input(std::string_view(resp)));
  ASSERT_TRUE(outer);
  cair::der::Parser p(outer->value);
  ASSERT_TRUE(p.Expect(cair::der::kEnumerated));
  auto tagged = p.Expect(cair::der::ContextConstructed(0));
  ASSERT_TRUE(tagged);
  auto bytes = cair::der::ReadElement(tagged->value);
  ASSERT_TRUE(bytes);
  cair::der::Parser rb(bytes->value);
  ASSERT_TRUE(rb.Expect(cair::der::kOid));
  auto octets = rb.Expect(cair::der::kOctetString);
  ASSERT_TRUE(octets);
  const std::string basic = octets->value.AsString();
  json tbs = Rows(Form("/linttbsocsp", {{"b64tbsocsp", Base64(FirstInner(basic))}}));
  EXPECT_EQ(Meta(tbs).rfind("Profile: rfc6960_ocspresponse;", 0), 0u) << tbs.dump();
  ExpectRefusal(Raw("/lintocsp", Der(Slurp(Source(kOvCert))), "application/ocsp-response"), "not an OCSP response");
}

TEST_F(PkimetalApi, BadRequestsGetPkimetalsFatalFindingAndTheServerKeepsServing) {
  const std::string b64 = Base64(Der(Slurp(Source(kOvCert))));
  ExpectRefusal(Form("/lintcert", {{"b64input", b64}, {"profile", "tbr_leaf_tlsserver_xx"}}), "Unrecognised profile");
  ExpectRefusal(Form("/lintcert", {{"b64input", b64}, {"severity", "loud"}}), "Unrecognised severity \"loud\"");
  ExpectRefusal(Form("/lintcert", {{"b64input", b64}, {"severity", "ERROR"}}), "Unrecognised severity");  // exact names
  ExpectRefusal(Raw("/lintcert", "", "application/pkix-cert"), "Empty request body");
  ExpectRefusal(Form("/lintcert", {{"b64input", "%%% not base64 %%%"}}), "Unrecognised input");
  ExpectRefusal(Form("/lintcert", {{"certificate", b64}}), "no b64input");
  ExpectRefusal(Form("/lintcert", {{"b64input", b64.substr(0, b64.size() / 2)}}), "not a certificate");
  ExpectRefusal(Raw("/lintcert", "{\"b64input\": \"" + b64 + "\"}", "application/json"), "Content-Type");
  ExpectRefusal(Raw("/lintcert", std::string(300, '\x30'), "application/pkix-cert"), "Unrecognised input");
  // Input is checked before the profile, as pkimetal does.
  ExpectRefusal(Form("/lintcert", {{"b64input", "AAAA"}, {"profile", "nope"}}), "Unrecognised input");
  // Larger than --max-body: the transport's 413.
  auto big = Form("/lintcert", {{"b64input", std::string(70 * 1024, 'A')}});
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413);
  // Unknown paths stay 404; the gate's API and the health check are unchanged.
  auto missing = Raw("/lintcsr", b64, "text/plain");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  auto gate_lint = Raw("/v1/lint", Der(Slurp(Source(kOvCert))), "application/pkix-cert");
  ASSERT_TRUE(gate_lint);
  EXPECT_EQ(gate_lint->status, 200);
  EXPECT_TRUE(json::parse(gate_lint->body).contains("summary"));
  auto health = Client().Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

TEST_F(PkimetalApi, GetOnALintEndpointIsAFormPostingToIt) {
  auto r = Client().Get("/lintcrl");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_NE(r->body.find("<form method=\"post\" action=\"/lintcrl\">"), std::string::npos);
  EXPECT_NE(r->body.find("<option value=\"tbr_crl\">"), std::string::npos);
  // The metrics label it by its route, not "(other)".
  auto m = Client().Get("/metrics");
  ASSERT_TRUE(m);
  EXPECT_NE(m->body.find("route=\"/lintcrl\""), std::string::npos);
}

// The row for one lint result, without a server.
TEST(PkimetalRows, SeveritiesPeersAndDetails) {
  cair::lint::Metadata m{};
  m.name = "e_example";
  m.description = "Example rule.";
  m.peers = "pkilint:example.code;x509lint:E: example";
  auto f = cair::server::FindingOf(m, {cair::lint::Status::kError, "the field holds X"});
  ASSERT_TRUE(f);
  EXPECT_EQ(f->finding, "Example rule: the field holds X [same rule: pkilint example.code; x509lint E: example]");
  EXPECT_EQ(f->code, "e_example");
  EXPECT_EQ(f->linter, "cair");
  EXPECT_EQ(f->severity, cair::server::PkimetalSeverity::kError);
  m.peers = {};
  EXPECT_EQ(cair::server::FindingOf(m, {cair::lint::Status::kInfo, ""})->finding, "Example rule.");
  EXPECT_EQ(cair::server::FindingOf(m, {cair::lint::Status::kInfo, ""})->severity, cair::server::PkimetalSeverity::kNotice);
  EXPECT_EQ(cair::server::FindingOf(m, {cair::lint::Status::kWarn, ""})->severity, cair::server::PkimetalSeverity::kWarning);
  EXPECT_EQ(cair::server::FindingOf(m, {cair::lint::Status::kFatal, ""})->severity, cair::server::PkimetalSeverity::kFatal);
  for (auto s : {cair::lint::Status::kPass, cair::lint::Status::kNA, cair::lint::Status::kNE})
    EXPECT_FALSE(cair::server::FindingOf(m, {s, ""}));
  // JSON: Field and Code left out when empty, as pkimetal's omitempty.
  EXPECT_EQ(cair::server::PkimetalJson({{"cair", "a <b>", "", "", cair::server::PkimetalSeverity::kMeta}}),
            "[{\"Linter\":\"cair\",\"Finding\":\"a <b>\",\"Severity\":\"meta\"}]\n");
  EXPECT_EQ(cair::server::PkimetalJson({}), "[]\n");
  EXPECT_EQ(cair::server::PkimetalText({{"cair", "x\ty", "tbs.subject", "c", cair::server::PkimetalSeverity::kWarning}}),
            "cair\tWARNING\tx y [tbs.subject]\n");
  EXPECT_NE(cair::server::PkimetalHtml({{"cair", "<script>", "", "", cair::server::PkimetalSeverity::kBug}}).find("&lt;script&gt;"),
            std::string::npos);
}

}  // namespace
