// `cair revocations import`: revocation records from the CA's own database,
// matched to the incident's affected certificates.

#include <fstream>
#include <iostream>
#include <map>

#include "base/strings.h"
#include "cli/commands.h"
#include "cli/store_common.h"
#include "cli/workflow_commands.h"
#include "incident/rules.h"
#include "incident/store.h"

namespace cair::cli {
namespace {

using incident::Store;

struct ImportOptions {
  StoreOptions c;
  int64_t id = 0;
  std::string csv;
};

std::string NormalizeSerial(std::string s) {
  std::string out;
  for (char ch : s)
    if (std::isxdigit(static_cast<unsigned char>(ch))) out += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  while (out.size() > 2 && out.compare(0, 2, "00") == 0) out.erase(0, 2);
  if (out.size() % 2) out.insert(0, "0");
  return out;
}

// One data row (serial, revoked_at, reason[, issuer]); the error names `where` and the field.
std::optional<incident::Revocation> ParseRevocation(const std::vector<std::string>& f, const std::string& where, int* exit_code) {
  const char* cmd = "revocations import";
  incident::Revocation r;
  r.serial_hex = NormalizeSerial(f[0]);
  if (r.serial_hex.empty()) {
    Fail(cmd, where + ": serial \"" + f[0] + "\" is not hex", kExitBadInput, exit_code);
    return std::nullopt;
  }
  auto t = incident::ParseRfc3339(f[1]);
  if (!t) {
    Fail(cmd, where + ": revoked_at \"" + f[1] + "\" is not RFC 3339", kExitBadInput, exit_code);
    return std::nullopt;
  }
  r.revocation_date = *t;
  if (!f[2].empty()) {
    char* end = nullptr;
    long code = std::strtol(f[2].c_str(), &end, 10);
    if (*end || !incident::ParseCrlReason(static_cast<int>(code))) {
      Fail(cmd, where + ": reason \"" + f[2] + "\" is not a CRL reasonCode", kExitBadInput, exit_code);
      return std::nullopt;
    }
    r.reason_code = static_cast<int>(code);
  }
  return r;
}

using ByIssuer = std::map<std::string, std::vector<incident::Revocation>>;  // "" = any issuer

// The CSV's rows by their issuer column; nullopt (reported) on the first bad row.
std::optional<ByIssuer> ReadRevocations(const std::string& csv, int* exit_code) {
  std::ifstream in(csv);
  if (!in) {
    Fail("revocations import", csv + ": cannot open", kExitBadInput, exit_code);
    return std::nullopt;
  }
  std::string line;
  std::vector<std::string> header;
  ByIssuer by_issuer;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line == "\r") continue;
    auto f = base::SplitCsvLine(line);
    if (header.empty()) {
      header = f;
      if (header.size() < 3 || header[0] != "serial" || header[1] != "revoked_at" || header[2] != "reason") {
        Fail("revocations import", csv + ":1: the header must be serial,revoked_at,reason[,issuer]", kExitBadInput, exit_code);
        return std::nullopt;
      }
      continue;
    }
    const std::string where = csv + ":" + std::to_string(n);
    if (f.size() != header.size()) {
      Fail("revocations import", where + ": expected " + std::to_string(header.size()) + " fields", kExitBadInput, exit_code);
      return std::nullopt;
    }
    auto r = ParseRevocation(f, where, exit_code);
    if (!r) return std::nullopt;
    by_issuer[f.size() > 3 ? f[3] : ""].push_back(*r);
  }
  return by_issuer;
}

constexpr const char* kRevocationsImportHelp =
    "Import a CSV with the header serial,revoked_at,reason[,issuer] (reason: the CRL reasonCode\n"
    "number, empty for none). Matches the incident's affected certificates by serial (and issuer when\n"
    "given). Recorded with source \"database\": CRL evidence (`cair crl import`) shows publication.\n\n"
    "Example:\n  cair revocations import 1 revoked.csv";

void RunImport(const ImportOptions& ro, Store& store, int64_t, int* exit_code) {
  auto by_issuer = ReadRevocations(ro.csv, exit_code);
  if (!by_issuer) return;
  uint64_t revoked = 0, wrong = 0, unrelated = 0;
  for (const auto& [issuer, entries] : *by_issuer) {
    auto st = store.ImportRevocations(ro.id, issuer, 0, entries, "database " + ro.csv);
    if (!st.ok()) return Fail("revocations import", st.status().message(), kExitBadInput, exit_code);
    revoked += st->newly_revoked;
    wrong += st->wrong_reason;
    unrelated += st->unrelated;
  }
  std::cout << ro.csv << ": " << revoked << " affected certificate(s) newly revoked";
  if (wrong) std::cout << ", " << wrong << " with a wrong or missing reasonCode";
  if (unrelated) std::cout << ", " << unrelated << " row(s) match no affected certificate";
  std::cout << "\n";
}

}  // namespace

void AddRevocationsCommands(CLI::App& app, int* exit_code) {
  CLI::App* rev = AddCommandGroup(&app, "revocations", "Revocation records from the CA's own database.");
  auto ro = std::make_shared<ImportOptions>();
  CLI::App* import = AddStoreCommand(rev, "import", kRevocationsImportHelp, ro, exit_code, RunImport);
  import->add_option("incident", ro->id, "Incident id")->required();
  import->add_option("csv", ro->csv, "CSV file")->required();
}

}  // namespace cair::cli
