// S/MIME privacy in incident reports (requirements §4.7 "S/MIME": where
// disclosing personal data may be unlawful, give the serial number and the
// SHA-256 hash). An S/MIME incident on certificates made here by openssl
// (a person's name and email address in the subject and subjectAltName):
// its reports and Appendix files carry neither, and say why; a TLS problem
// in the same incident keeps the IRG's 11 columns.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "cli_util.h"
#include "store_fixture.h"

namespace {

using namespace cair::clitest;
namespace fs = std::filesystem;

class SmimeReport : public StoreTest {
 protected:
  SmimeReport() : StoreTest("cair_smime_") {}
  bool Sh(const std::string& cmd) { return std::system(("cd " + dir_.string() + " && (" + cmd + ") >/dev/null 2>&1").c_str()) == 0; }
  // A CA and two S/MIME certificates (mailbox-validated, emailProtection)
  // of two people; false when openssl cannot make them.
  bool MakeCertificates() {
    std::ofstream(dir_ / "ext.cnf") << "subjectAltName=email:alice.liddell@example.com\n"
                                       "extendedKeyUsage=emailProtection\nkeyUsage=critical,digitalSignature\n";
    std::ofstream(dir_ / "ext2.cnf") << "subjectAltName=email:bob.builder@example.net\n"
                                        "extendedKeyUsage=emailProtection\nkeyUsage=critical,digitalSignature\n";
    return Sh("openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key -out ca.pem -days 3650 "
              "-subj '/O=Example CA/CN=Example SMIME CA' -addext basicConstraints=critical,CA:TRUE "
              "-addext keyUsage=critical,keyCertSign,cRLSign") &&
           Sh("openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout a.key -out a.csr "
              "-subj '/CN=Alice Liddell/emailAddress=alice.liddell@example.com'") &&
           Sh("openssl x509 -req -in a.csr -CA ca.pem -CAkey ca.key -set_serial 0x1234ABCD -days 365 -extfile ext.cnf -out a.pem") &&
           Sh("openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout b.key -out b.csr "
              "-subj '/CN=Bob Builder/emailAddress=bob.builder@example.net'") &&
           Sh("openssl x509 -req -in b.csr -CA ca.pem -CAkey ca.key -set_serial 0x5678EF01 -days 365 -extfile ext2.cnf -out b.pem") &&
           Sh("cat a.pem b.pem > smime.pem");
  }
  static void ExpectNoPersonalData(const std::string& text, const std::string& what) {
    std::string lower = text;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    for (const char* p : {"alice", "liddell", "bob", "builder", "@example.com", "@example.net", "emailaddress"})
      EXPECT_EQ(lower.find(p), std::string::npos) << what << " discloses \"" << p << "\":\n" << text;
  }
};

TEST_F(SmimeReport, ReportNamesNoMailboxAndNoPerson) {
  if (!MakeCertificates()) GTEST_SKIP() << "openssl could not make the S/MIME test certificates";
  const std::string smime = (dir_ / "smime.pem").string();
  const std::string id = Ok("incident open --title 'Example CA: S/MIME certificates without the required policy' "
                            "--aware-at 2026-12-01T10:00:00Z --ccadb-id A000123");
  Ok("problem add " + id + " --name 'Missing S/MIME policy OID' --reason 12 --criterion 'S/MIME BR 7.1.6.4' --certs " + smime);
  Ok("problem add " + id + " --name 'Some-State in ST' --reason 12 --lint e_subject_placeholder_value --certs samples/subscribers.pem");
  // The store keeps the mark (export carries it).
  CliRun exp = Cair("incident export " + id + " --out " + (dir_ / "x.json").string() + db_);
  ASSERT_EQ(exp.code, 0) << exp.err;
  auto bundle = nlohmann::json::parse(Slurp(dir_ / "x.json"));
  EXPECT_EQ(bundle["problems"][0]["smime"], true);
  EXPECT_FALSE(bundle["problems"][1].contains("smime"));

  const std::string now = " --now 2026-12-06T10:00:00Z";
  for (const std::string kind : {"full", "preliminary", "mozilla7"}) {
    const std::string md = Ok("report " + id + " --kind " + kind + now + " --certs " + smime);
    ExpectNoPersonalData(md, kind + " report");
    if (kind == "preliminary") continue;
    EXPECT_NE(md.find("disclosing personal data may be unlawful"), std::string::npos) << md;
    // Serial numbers and SHA-256 hashes only.
    EXPECT_NE(md.find("Serial #,Precertificate SHA-256 hash,Certificate SHA-256 hash"), std::string::npos) << md;
    EXPECT_NE(md.find("1234ABCD,,"), std::string::npos) << md;
    EXPECT_NE(md.find("5678EF01,,"), std::string::npos) << md;
  }
  // The TLS problem of the same report keeps its 11 columns, subject and dNSNames.
  const std::string full = Ok("report " + id + " --kind full" + now);
  EXPECT_NE(full.find("Precertificate SHA-256 hash,Certificate SHA-256 hash,Subject,Issuer"), std::string::npos) << full;
  EXPECT_NE(full.find("Some-State"), std::string::npos) << full;
  ExpectNoPersonalData(full, "report without --certs");
  ExpectNoPersonalData(Ok("report " + id + " --kind full --format html" + now), "HTML report");

  // Appendix files.
  const std::string base = (dir_ / "appendix.csv").string();
  const std::string with_files = Ok("report " + id + " --kind full --appendix " + base + now);
  ExpectNoPersonalData(with_files, "report with --appendix");
  EXPECT_NE(with_files.find("CSV with the serial number and SHA-256 hashes"), std::string::npos) << with_files;
  int files = 0;
  for (const auto& e : fs::directory_iterator(dir_)) {
    if (e.path().filename().string().rfind("appendix", 0) != 0) continue;
    ++files;
    const std::string text = Slurp(e.path());
    if (text.rfind("Serial #", 0) == 0) {
      ExpectNoPersonalData(text, e.path().string());
      EXPECT_EQ(Lines(text).size(), 3u) << text;  // header + two certificates
    }
  }
  EXPECT_EQ(files, 2);

  // Imported into another store, the incident still withholds them.
  const std::string other = " --db " + (dir_ / "other.db").string();
  CliRun imp = Cair("incident import " + (dir_ / "x.json").string() + other);
  ASSERT_EQ(imp.code, 0) << imp.err;
  std::string new_id = imp.out.substr(0, imp.out.find('\n'));
  CliRun again = Cair("report " + new_id + " --kind full" + now + other);
  ASSERT_EQ(again.code, 0) << again.err;
  ExpectNoPersonalData(again.out, "report of the imported incident");
  // The generated report passes `cair report check` as far as the Appendix goes.
  std::ofstream(dir_ / "full.md") << full;
  CliRun check = Cair("report check --json " + (dir_ / "full.md").string() + now);
  EXPECT_EQ(check.out.find("Appendix"), std::string::npos) << check.out;
}

}  // namespace
