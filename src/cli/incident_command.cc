// `cair incident`, `cair problem`, `cair due`: the incident store from the
// command line. Every command takes --db (else $CAIR_DB, else ./cair.db)
// and --now (RFC 3339, for deterministic tests).
#include <openssl/x509.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <thread>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "base/files.h"
#include "cli/commands.h"
#include "cli/store_common.h"
#include "corpus/certificates.h"
#include "corpus/scanner.h"
#include "incident/rules.h"
#include "incident/store.h"
#include "x509/input.h"
#include "x509/crl.h"
#include "x509/object.h"

namespace cair::cli {
namespace {

using incident::Store;

// True if `crl_der`'s signature verifies with `issuer_der`'s public key.
bool VerifyCrlSignature(const std::string& crl_der, const std::string& issuer_der) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(crl_der.data());
  X509_CRL* crl = d2i_X509_CRL(nullptr, &p, static_cast<long>(crl_der.size()));
  const unsigned char* q = reinterpret_cast<const unsigned char*>(issuer_der.data());
  X509* issuer = d2i_X509(nullptr, &q, static_cast<long>(issuer_der.size()));
  bool ok = false;
  if (crl && issuer)
    if (EVP_PKEY* key = X509_get0_pubkey(issuer)) ok = X509_CRL_verify(crl, key) == 1;
  X509_CRL_free(crl);
  X509_free(issuer);
  return ok;
}

// A progress display for long imports on stderr: on a terminal one line
// rewritten in place (count, rate, phase); with --progress one line per
// phase with the seconds since the start, for logs and benchmarks.
class Progress {
 public:
  enum Mode { kOff, kTerminal, kLines };
  explicit Progress(Mode mode) : mode_(mode), start_(std::chrono::steady_clock::now()), last_(start_) {}
  void Count(uint64_t n, const char* what) {
    if (mode_ != kTerminal) return;
    auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    double s = Seconds();
    std::fprintf(stderr, "\r  %llu %s  %.0f/s  %.0fs   ", static_cast<unsigned long long>(n), what,
                 s > 0 ? static_cast<double>(n) / s : 0.0, s);
    std::fflush(stderr);
  }
  void Phase(const std::string& what) {
    if (mode_ == kLines) std::fprintf(stderr, "%7.1fs  %s\n", Seconds(), what.c_str());
    if (mode_ == kTerminal) std::fprintf(stderr, "\r  %s  %.0fs%30s", what.c_str(), Seconds(), "");
    std::fflush(stderr);
  }
  void Done() {
    if (mode_ == kLines) std::fprintf(stderr, "%7.1fs  done\n", Seconds());
    if (mode_ == kTerminal) std::fprintf(stderr, "\r%100s\r", "");
  }

 private:
  double Seconds() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count(); }
  Mode mode_;
  std::chrono::steady_clock::time_point start_, last_;
};

// ---- cair incident open

struct OpenOptions {
  StoreOptions c;
  std::string title, aware_at, source = "self", ca_owner, ccadb_id, reporter, kind = "misissuance", report_at;
  int64_t bug = 0;
};

constexpr const char* kOpenHelp =
    "Open an incident; prints its id alone on stdout.";

void RunOpen(const OpenOptions& o, Store& store, int64_t now, int* exit_code) {
  incident::Incident in;
  auto aware = Time("--aware-at", o.aware_at, exit_code);
  if (!aware) return;
  in.aware_at = *aware;
  if (!o.report_at.empty()) {
    auto t = Time("--problem-report-at", o.report_at, exit_code);
    if (!t) return;
    in.problem_report_at = *t;
  }
  if (!o.ccadb_id.empty() &&
      (o.ccadb_id.size() != 7 || o.ccadb_id[0] != 'A' || o.ccadb_id.find_first_not_of("0123456789", 1) != std::string::npos))
    return Fail("incident open", "--ccadb-id must look like A000123", kExitUsage, exit_code);
  in.title = o.title;
  in.source = o.source;
  in.ca_owner = o.ca_owner;
  in.ccadb_id = o.ccadb_id;
  in.reporter = o.reporter;
  in.kind = o.kind;
  if (o.bug) in.bug = o.bug;
  auto id = store.OpenIncident(in, now);
  if (!id.ok()) return Fail("incident open", id.status().message(), kExitBadInput, exit_code);
  std::cout << *id << "\n";
}

void AddOpenCommand(CLI::App* inc, int* exit_code) {
  auto o = std::make_shared<OpenOptions>();
  CLI::App* open = AddStoreCommand(inc, "open", kOpenHelp, o, exit_code, RunOpen);
  open->add_option("--title", o->title, "CA owner + short title, as Bugzilla wants it")->required();
  open->add_option("--aware-at", o->aware_at, "When the CA became aware (UTC, RFC 3339): the clocks' start")->required();
  open->add_option("--source", o->source, "Disclosure source: self, third-party or audit")
      ->check(CLI::IsMember({"self", "third-party", "audit"}));
  open->add_option("--ca-owner", o->ca_owner, "CA owner name");
  open->add_option("--ccadb-id", o->ccadb_id, "CCADB record id (A000000)");
  open->add_option("--reporter", o->reporter, "Who reported it");
  open->add_option("--problem-report-at", o->report_at, "When a Certificate Problem Report was received (BR 4.9.5 clock)");
  open->add_option("--kind", o->kind, "misissuance, revocation-delay, crl-ocsp, disclosure, audit-finding, other")
      ->check(CLI::IsMember({"misissuance", "revocation-delay", "crl-ocsp", "disclosure", "audit-finding", "other"}));
  open->add_option("--bug", o->bug, "Bugzilla bug number");
}

// ---- cair incident show

struct ShowOptions {
  StoreOptions c;
  int64_t id = 0;
};

constexpr const char* kShowHelp =
    "Print an incident: fields, problems, timeline.";

void RunShow(const ShowOptions& so, Store& store, int64_t, int* exit_code) {
  auto in = store.GetIncident(so.id);
  if (!in.ok()) return Fail("incident show", in.status().message(), kExitBadInput, exit_code);
  const auto& i = *in;
  std::cout << "#" << i.id << " " << i.title << " [" << i.status << "]\n"
            << "  aware at " << incident::FormatRfc3339(i.aware_at) << ", source " << i.source << ", kind " << i.kind << "\n";
  auto problems = store.Problems(i.id);
  for (const auto& p : *problems) {
    auto prog = store.Progress(p.id).value_or(incident::RevocationProgress{});
    std::cout << "  problem " << p.id << ": " << p.name << " (reason " << p.br_reason << (p.ca ? ", CA" : "")
              << "), " << prog.certificates << " certificate(s), " << prog.revoked << " revoked";
    if (prog.wrong_reason) std::cout << " (" << prog.wrong_reason << " with a wrong or missing reasonCode)";
    std::cout << "\n";
  }
  auto timeline = store.Timeline(i.id);
  for (const auto& t : *timeline)
    std::cout << "  " << incident::FormatRfc3339(t.at).substr(0, 16) << "Z  " << t.text << "  (" << t.source << ")\n";
}

void AddShowCommand(CLI::App* inc, int* exit_code) {
  auto so = std::make_shared<ShowOptions>();
  CLI::App* show = AddStoreCommand(inc, "show", kShowHelp, so, exit_code, RunShow);
  show->add_option("id", so->id, "Incident id")->required();
}

// ---- cair problem add

struct ProblemOptions {
  StoreOptions c;
  incident::Problem problem;  // incident, name, reason, ca, lint or criterion
  std::vector<std::string> certs;
  std::string sha256_list;
  int jobs = 0;
  bool quiet = false, progress = false;
};

constexpr const char* kSha256ListHelp =
    "Only the certificates of --certs with these SHA-256 values (one hex per line, e.g. a file of\n"
    "`cair scan --fingerprints DIR`); every listed value must be found";

// --sha256-list: one hex SHA-256 per line; nullopt (reported) when unreadable or malformed.
std::optional<corpus::Sha256Set> ReadSha256List(const std::string& path, int* exit_code) {
  std::ifstream in(path);
  if (!in) {
    Fail("problem add", "--sha256-list " + path + ": cannot open", kExitBadInput, exit_code);
    return std::nullopt;
  }
  corpus::Sha256Set only;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (line.empty()) continue;
    corpus::Sha256 h;
    if (!corpus::ParseSha256Hex(line, &h)) {
      Fail("problem add", path + ":" + std::to_string(n) + ": \"" + line + "\" is not a SHA-256", kExitBadInput, exit_code);
      return std::nullopt;
    }
    only.insert(h);
  }
  return only;
}

// The store's record of a certificate read from --certs (its strings moved out of `c`).
incident::AffectedCertificate Affected(corpus::CertificateIdentity& c) {
  return {corpus::HexUpper(c.sha256), std::move(c.serial_hex), std::move(c.issuer), c.not_before, c.not_after,
          c.precertificate, c.tbs_key, std::move(c.subject), std::move(c.dns_names), c.smime};
}

// The reason when some value of --sha256-list was not among --certs (the
// smallest missing one as the example, so the message is the same every run).
std::string MissingFromList(const std::string& list, const corpus::Sha256Set& only, const corpus::Sha256Set& found) {
  std::string example;
  for (const auto& h : only) {
    if (found.count(h)) continue;
    std::string hex = corpus::HexUpper(h);
    if (example.empty() || hex < example) example = std::move(hex);
  }
  return list + ": " + std::to_string(only.size() - found.size()) + " listed SHA-256 value(s) not found in --certs, e.g. " + example;
}

// Hands the certificates of --certs (only those of --sha256-list, when
// given) to the store's `add`. Reading, base64, SHA-256 and parsing run on
// --jobs threads; the store's inserts stay on this one, in input order.
bool AddCertificates(const ProblemOptions& po, const corpus::Sha256Set* only, Progress& progress, const incident::Store::AddFn& add,
                     std::string* reason) {
  corpus::CertificateReadOptions ro;
  ro.jobs = po.jobs > 0 ? po.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  ro.only = only;
  corpus::Sha256Set found;
  bool failed = false;
  uint64_t read = 0;
  progress.Phase("reading certificates");
  corpus::ReadCertificates(po.certs, ro, [&](std::vector<corpus::CertificateIdentity>& batch) {
    read += batch.size();
    progress.Count(read, "certificates read");
    for (auto& c : batch) {
      if (!c.error.empty()) {
        *reason = c.error;
        failed = true;
        return false;
      }
      if (only) found.insert(c.sha256);
      if (!add(Affected(c))) {  // the store has the reason
        failed = true;
        return false;
      }
    }
    return true;
  });
  if (failed) return false;
  progress.Phase("read " + std::to_string(read) + " certificates");
  if (only && found.size() < only->size()) {
    *reason = MissingFromList(po.sha256_list, *only, found);
    return false;
  }
  return true;
}

constexpr const char* kProblemAddHelp =
    "Add a problem (a lint or a named criterion) with its BR 4.9.1.1 reason and its certificates.\n\n"
    "Example:\n  cair problem add 1 --name 'Some-State in ST' --reason 12 --lint e_subject_placeholder_value "
    "--certs affected.pem";

void RunProblemAdd(const ProblemOptions& po, int* exit_code) {
  std::optional<corpus::Sha256Set> only;
  if (!po.sha256_list.empty() && !(only = ReadSha256List(po.sha256_list, exit_code))) return;
  int64_t now;
  auto store = OpenStore(po.c, &now, exit_code);
  if (!store) return;
  Progress progress(po.progress ? Progress::kLines : !po.quiet && isatty(STDERR_FILENO) ? Progress::kTerminal : Progress::kOff);
  auto id = store->AddProblemStreaming(
      po.problem,
      [&](const incident::Store::AddFn& add, std::string* reason) {
        return AddCertificates(po, only ? &*only : nullptr, progress, add, reason);
      },
      now, [&](const std::string& what) { progress.Phase(what); });
  progress.Done();
  if (!id.ok()) return Fail("problem add", id.status().message(), kExitBadInput, exit_code);
  std::cout << *id << "\n";
}

void AddProblemAddCommand(CLI::App* prob, int* exit_code) {
  auto po = std::make_shared<ProblemOptions>();
  CLI::App* add = prob->add_subcommand("add", kProblemAddHelp);
  AddStoreOptions(add, &po->c);
  add->add_option("incident", po->problem.incident_id, "Incident id")->required();
  add->add_option("--name", po->problem.name, "Short name of the defect")->required();
  add->add_option("--reason", po->problem.br_reason, "BR 4.9.1.1 reason number 1-16 (4.9.1.2 with --ca)")->required();
  add->add_flag("--ca", po->problem.ca, "The certificates are CA certificates (BR 4.9.1.2, 7 days)");
  auto* lint_opt = add->add_option("--lint", po->problem.lint, "The lint that finds it");
  auto* crit_opt = add->add_option("--criterion", po->problem.criterion, "A manual criterion, when no lint finds it");
  lint_opt->excludes(crit_opt);
  add->add_option("--certs", po->certs, "The affected certificates: PEM/DER files, directories, archives (any `cair scan` source)");
  add->add_option("--sha256-list", po->sha256_list, kSha256ListHelp);
  add->add_option("--jobs,-j", po->jobs, "Threads that decode, hash and parse --certs (default: all cores)");
  add->add_flag("--quiet,-q", po->quiet, "No progress line (shown by default when stderr is a terminal)");
  add->add_flag("--progress", po->progress, "Progress even when stderr is not a terminal: one line per phase, with seconds");
  add->callback([po, exit_code, lint_opt, crit_opt] {
    if (lint_opt->count() + crit_opt->count() != 1)
      return Fail("problem add", "give exactly one of --lint or --criterion", kExitUsage, exit_code);
    RunProblemAdd(*po, exit_code);
  });
}

// ---- cair crl import

struct CrlOptions {
  StoreOptions c;
  int64_t incident = 0;
  std::vector<std::string> files;
  std::string issuer_cert;
};

// The objects of file `f` (DER/PEM); the error text, empty on success.
std::string LoadObjects(const std::string& f, std::vector<x509::DerObject>* out) {
  std::string error;
  const auto text = base::ReadWholeFile(f, &error);
  if (!text) return error.substr(f.size() + 2);  // the caller names the file
  auto d = x509::DecodeObjects(*text, x509::InputFormat::kDetect);
  if (d.objects.empty()) return d.errors.empty() ? "empty" : d.errors.front();
  *out = std::move(d.objects);
  return {};
}

// Pass 1: reads and checks every CRL (parse, signature with --issuer-cert)
// before anything changes; `lists` and `list_file` get one entry per CRL.
bool CheckCrls(const CrlOptions& co, const std::string& issuer_der, std::vector<incident::Store::RevocationList>* lists,
               std::vector<std::string>* list_file, int* exit_code) {
  for (const auto& f : co.files) {
    std::vector<x509::DerObject> objects;
    if (std::string e = LoadObjects(f, &objects); !e.empty()) {
      Fail("crl import", f + ": " + e, kExitBadInput, exit_code);
      return false;
    }
    for (auto& o : objects) {
      auto c = x509::ParseCrl(der::Input(std::string_view(o.der)));
      if (!c.ok()) {
        Fail("crl import", f + ": not a CRL: " + c.diagnostics.Summary(), kExitBadInput, exit_code);
        return false;
      }
      if (!issuer_der.empty() && !VerifyCrlSignature(o.der, issuer_der)) {
        Fail("crl import", f + ": signature does not verify with " + co.issuer_cert, kExitBadInput, exit_code);
        return false;
      }
      lists->push_back({c.issuer.ToString(), c.this_update.unix,
                        "CRL " + f + " (thisUpdate " + incident::FormatRfc3339(c.this_update.unix) + ")"});
      list_file->push_back(f);
    }
  }
  return true;
}

// Pass 2: reads the files again, one at a time, streaming their entries to
// `add` (a set of partitioned CRLs is imported whole or not at all, and
// millions of entries never sit in memory at once). `changed`: a file that
// no longer reads as it did in pass 1.
bool StreamCrlEntries(const CrlOptions& co, const std::vector<incident::Store::RevocationList>& lists,
                      const incident::Store::RevocationFn& add, std::string* changed) {
  size_t list = 0;
  incident::Revocation r;
  for (const auto& f : co.files) {
    std::vector<x509::DerObject> objects;
    *changed = f;
    if (!LoadObjects(f, &objects).empty()) return false;
    for (auto& o : objects) {
      auto c = x509::ParseCrl(der::Input(std::string_view(o.der)));
      if (!c.ok() || list >= lists.size() || c.this_update.unix != lists[list].published_at) return false;
      for (const auto& e : c.revoked) {
        r.serial_hex = corpus::SerialHex(e.serial);
        r.revocation_date = e.revocation_date.unix;
        r.reason_code = e.reason_code;
        if (!add(list, r)) {
          changed->clear();  // the store's error, not the file's
          return false;
        }
      }
      ++list;
    }
  }
  if (list != lists.size()) return false;
  changed->clear();
  return true;
}

constexpr const char* kCrlImportHelp =
    "Mark the incident's affected certificates found in these CRLs (DER/PEM, full or partitioned) as\n"
    "revoked, dated by the CRL's thisUpdate (revoked means published), and check each entry's\n"
    "reasonCode against the problem's BR reason (MRSP 6.1.1). Every file is checked first (parse,\n"
    "signature); then all are imported in one transaction: a partitioned set lands whole or not at all.\n\n"
    "Example:\n  cair crl import 1 ca1-part*.crl --issuer-cert ca1.pem";

void RunCrlImport(const CrlOptions& co, Store& store, int64_t, int* exit_code) {
  if (!store.GetIncident(co.incident).ok())
    return Fail("crl import", "no incident " + std::to_string(co.incident), kExitBadInput, exit_code);
  std::string issuer_der;
  if (!co.issuer_cert.empty()) {
    std::vector<x509::DerObject> objects;
    if (!LoadObjects(co.issuer_cert, &objects).empty())
      return Fail("crl import", "--issuer-cert " + co.issuer_cert + ": no certificate", kExitBadInput, exit_code);
    issuer_der = objects.front().der;
  }
  std::vector<incident::Store::RevocationList> lists;
  std::vector<std::string> list_file;
  if (!CheckCrls(co, issuer_der, &lists, &list_file, exit_code)) return;
  std::string changed;
  auto st = store.ImportRevocationLists(
      co.incident, lists, [&](const incident::Store::RevocationFn& add) { return StreamCrlEntries(co, lists, add, &changed); });
  if (!st.ok())
    return Fail("crl import", changed.empty() ? st.status().message() : changed + ": changed while it was imported; nothing was saved",
                kExitBadInput, exit_code);
  for (size_t i = 0; i < lists.size(); ++i) {
    const auto& s = (*st)[i];
    std::cout << list_file[i] << ": " << s.entries << " entries, " << s.newly_revoked << " affected certificate(s) newly revoked";
    if (s.wrong_reason) std::cout << ", " << s.wrong_reason << " with a wrong or missing reasonCode";
    std::cout << "\n";
  }
}

void AddCrlImportCommand(CLI::App* crl, int* exit_code) {
  auto co = std::make_shared<CrlOptions>();
  CLI::App* imp = AddStoreCommand(crl, "import", kCrlImportHelp, co, exit_code, RunCrlImport);
  imp->add_option("incident", co->incident, "Incident id")->required();
  imp->add_option("files", co->files, "CRL files")->required();
  imp->add_option("--issuer-cert", co->issuer_cert, "Issuer certificate: verify each CRL's signature with it");
}

// ---- cair due

struct DueOptions {
  StoreOptions c;
  bool json = false;
};

constexpr const char* kDueHelp =
    "Every clock of every open incident, soonest first: problem-report answer (24 h), first disclosure\n"
    "(72 h), full report (14 days), revocation deadlines with certificates still unrevoked.\n\n"
    "Example:\n  cair due --now 2026-01-06T09:00:00Z --json";

void RunDue(const DueOptions& d, Store& store, int64_t now, int* exit_code) {
  auto clocks = store.Due(now);
  if (!clocks.ok()) return Fail("due", clocks.status().message(), kExitBadInput, exit_code);
  if (d.json) {
    nlohmann::ordered_json j = nlohmann::ordered_json::array();
    for (const auto& c : *clocks) {
      j.push_back({{"incident", c.incident}, {"clock", c.clock}, {"due_at", incident::FormatRfc3339(c.due)},
                   {"state", c.state}, {"detail", c.detail}});
      if (c.problem_report) j.back()["problem_report"] = c.problem_report;
    }
    std::cout << j.dump(2) << "\n";
    return;
  }
  for (const auto& c : *clocks) {
    // A problem report's clock before any incident: "CPR n" in the incident column.
    std::string who = c.incident || !c.problem_report ? "#" + std::to_string(c.incident) : "CPR " + std::to_string(c.problem_report);
    std::printf("%-9s %-5s %-24s due %s  %s\n", c.state.c_str(), who.c_str(), c.clock.c_str(),
                incident::FormatRfc3339(c.due).c_str(), c.detail.c_str());
  }
}

void AddDueCommand(CLI::App& app, int* exit_code) {
  auto d = std::make_shared<DueOptions>();
  CLI::App* due = AddStoreCommand(&app, "due", kDueHelp, d, exit_code, RunDue);
  due->add_flag("--json", d->json, "JSON list of {incident, clock, due_at, state, detail}");
}

}  // namespace

void AddIncidentCommands(CLI::App& app, int* exit_code) {
  CLI::App* inc = AddCommandGroup(&app, "incident",
                                  "Open and inspect incidents in the store.\n\nExamples:\n"
                                  "  id=$(cair incident open --title 'Example CA: placeholder ST values' "
                                  "--aware-at 2026-01-05T10:00:00Z)\n  cair incident show $id");
  AddOpenCommand(inc, exit_code);
  AddShowCommand(inc, exit_code);
  AddProblemAddCommand(AddCommandGroup(&app, "problem", "Attach problems and their affected certificates to an incident."), exit_code);
  AddCrlImportCommand(AddCommandGroup(&app, "crl", "Revocation evidence from published CRLs."), exit_code);
  AddDueCommand(app, exit_code);
}

}  // namespace cair::cli
