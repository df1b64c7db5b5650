// `cair problem-report`: Certificate Problem Report intake (BR 4.9.3, 4.9.5;
// req §2.2-§2.3). add records a report with its receipt time (the 24-hour
// clock to the preliminary report to Subscriber and reporter starts there);
// respond stops the clock; list shows every report with its clock; a report
// answered late, or still unanswered after 24 hours, is a reportable failure
// (req §2.3, Bugzilla 1994454) and open-incident opens its incident.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <sys/stat.h>

#include <nlohmann/json.hpp>

#include "base/files.h"
#include "cli/commands.h"
#include "cli/store_common.h"
#include "corpus/certificates.h"
#include "corpus/scanner.h"
#include "incident/rules.h"
#include "incident/store.h"
#include "server/problem_reports_api.h"

namespace cair::cli {
namespace {

// A reporter names certificates by SHA-256 (any case, colons or spaces
// allowed), by crt.sh link (?sha256= or ?id=), or sends them (a file of
// certificates, PEM or DER). Normalised to upper-case SHA-256 or "crt.sh:ID".
// nullopt with *error set when a value is none of these.
std::optional<std::vector<std::string>> CertificateRefs(const std::vector<std::string>& values, std::string* error) {
  std::vector<std::string> out;
  for (const auto& v : values) {
    struct stat st;
    if (stat(v.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
      corpus::CertificateReadOptions ro;
      std::string bad;
      corpus::ReadCertificates({v}, ro, [&](std::vector<corpus::CertificateIdentity>& batch) {
        for (const auto& c : batch) {
          if (!c.error.empty()) {
            bad = c.error;
            return false;
          }
          out.push_back(corpus::HexUpper(c.sha256));
        }
        return true;
      });
      if (!bad.empty()) {
        *error = "--certs " + bad;
        return std::nullopt;
      }
      continue;
    }
    std::string s = v;
    if (auto p = s.find("crt.sh/?id="); p != std::string::npos) {
      std::string id = s.substr(p + 11);
      if (id.empty() || id.find_first_not_of("0123456789") != std::string::npos) {
        *error = "--certs \"" + v + "\": a crt.sh link needs a numeric id";
        return std::nullopt;
      }
      out.push_back("crt.sh:" + id);
      continue;
    }
    if (auto p = s.find("sha256="); p != std::string::npos) s = s.substr(p + 7);
    std::string hex;
    for (char c : s)
      if (c != ':' && c != ' ') hex += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    corpus::Sha256 h;
    if (!corpus::ParseSha256Hex(hex, &h)) {
      *error = "--certs \"" + v + "\" is not a certificate file, a SHA-256 (64 hex digits) or a crt.sh link";
      return std::nullopt;
    }
    out.push_back(hex);
  }
  return out;
}

std::optional<std::string> TextOf(const std::string& text, const std::string& file, const char* cmd, int* exit_code) {
  if (file.empty()) return text;
  std::string error;
  auto read = base::ReadWholeFile(file, &error);
  if (!read) {
    std::cerr << cmd << ": --text-file " << error << "\n";
    *exit_code = kExitBadInput;
  }
  return read;
}

std::string Minute(int64_t t) { return incident::FormatRfc3339(t).substr(0, 16) + "Z"; }

}  // namespace

void AddProblemReportCommands(CLI::App& app, int* exit_code) {
  CLI::App* pr = AddCommandGroup(&app,
      "problem-report",
      "Certificate Problem Reports (BR 4.9.5): the 24-hour clock from receipt to the preliminary report to the\n"
      "Subscriber and the reporter. A report answered late is a reportable failure of its own.\n\nExamples:\n"
      "  id=$(cair problem-report add --received-at 2026-01-05T09:30:00Z --reporter 'researcher@example.org' \\\n"
      "         --certs https://crt.sh/?sha256=3F1A... --text 'ST=Some-State in four OV certificates')\n"
      "  cair problem-report respond $id --at 2026-01-06T08:00:00Z --text 'Confirmed; revoking by 2026-01-10'\n"
      "  cair problem-report list --open\n"
      "  cair problem-report open-incident $id --title 'Example CA: Late reply to a Certificate Problem Report'");

  struct AddOpts {
    StoreOptions c;
    std::string received_at, reporter, text, text_file;
    std::vector<std::string> certs;
  };
  auto a = std::make_shared<AddOpts>();
  CLI::App* add = pr->add_subcommand("add", "Record a Certificate Problem Report; prints its id alone on stdout.\n\nExample:\n"
                                            "  cair problem-report add --received-at 2026-01-05T09:30:00Z --reporter 'J. Doe <jd@example.org>' \\\n"
                                            "     --certs cert.pem 9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08 --text-file mail.txt");
  AddStoreOptions(add, &a->c);
  add->add_option("--received-at", a->received_at, "When the CA received it (UTC, RFC 3339): the 24-hour clock starts here")->required();
  add->add_option("--reporter", a->reporter, "Who reported it (the preliminary report goes to them)")->required();
  add->add_option("--certs", a->certs, "Certificates concerned: files (PEM/DER), SHA-256 hashes or crt.sh links");
  add->add_option("--text", a->text, "The report as received");
  add->add_option("--text-file", a->text_file, "Read the report from this file");
  add->callback([a, exit_code] {
    const char* cmd = "cair problem-report add";
    if (a->text.empty() == a->text_file.empty()) {
      std::cerr << cmd << ": give exactly one of --text or --text-file\n";
      *exit_code = kExitUsage;
      return;
    }
    auto received = Time("--received-at", a->received_at, exit_code);
    if (!received) return;
    auto text = TextOf(a->text, a->text_file, cmd, exit_code);
    if (!text) return;
    std::string error;
    auto certs = CertificateRefs(a->certs, &error);
    if (!certs) {
      std::cerr << cmd << ": " << error << "; nothing was saved\n";
      *exit_code = kExitBadInput;
      return;
    }
    int64_t now;
    auto store = OpenStore(a->c, &now, exit_code);
    if (!store) return;
    incident::ProblemReport r;
    r.received_at = *received;
    r.reporter = a->reporter;
    r.text = *text;
    r.certs = std::move(*certs);
    auto id = store->AddProblemReport(r, now);
    if (!id.ok()) {
      std::cerr << cmd << ": " << id.status().message() << "\n";
      *exit_code = kExitBadInput;
      return;
    }
    std::cout << *id << "\n";
  });

  struct RespondOpts {
    StoreOptions c;
    int64_t id = 0;
    std::string at, text;
  };
  auto r = std::make_shared<RespondOpts>();
  CLI::App* respond = pr->add_subcommand(
      "respond", "Record the preliminary report sent to the Subscriber and the reporter; stops the 24-hour clock.\n"
                 "Prints \"answered\" or \"answered-late\" (exit 1: late, a reportable failure).\n\nExample:\n"
                 "  cair problem-report respond 3 --at 2026-01-06T08:00:00Z --text 'Confirmed; revocation by 2026-01-10'");
  AddStoreOptions(respond, &r->c);
  respond->add_option("id", r->id, "Problem report id")->required();
  respond->add_option("--at", r->at, "When the preliminary report was sent (UTC, RFC 3339)")->required();
  respond->add_option("--text", r->text, "What it said, in short");
  respond->callback([r, exit_code] {
    auto at = Time("--at", r->at, exit_code);
    if (!at) return;
    int64_t now;
    auto store = OpenStore(r->c, &now, exit_code);
    if (!store) return;
    auto ok = store->RespondProblemReport(r->id, *at, r->text);
    if (!ok.ok()) {
      std::cerr << "cair problem-report respond: " << ok.status().message() << "\n";
      *exit_code = kExitBadInput;
      return;
    }
    auto got = store->GetProblemReport(r->id);
    if (!got.ok()) return;
    const bool late = incident::ProblemReportLate(got->received_at, *at, *at);
    std::cout << (late ? "answered-late" : "answered") << "\n";
    if (late) {
      std::cerr << "cair problem-report respond: answered after the 24 hours of BR 4.9.5 (due "
                << Minute(incident::ProblemReportResponseDue(got->received_at))
                << "): a reportable failure; see cair problem-report open-incident " << r->id << "\n";
      *exit_code = kExitFindings;
    }
  });

  struct ListOpts {
    StoreOptions c;
    bool open = false, json = false;
  };
  auto l = std::make_shared<ListOpts>();
  CLI::App* list = pr->add_subcommand(
      "list", "Every problem report with its 24-hour clock (state: ok, due-soon, overdue, answered, answered-late).\n"
              "Late ones are flagged FAILURE with the incident they opened.\n\nExamples:\n"
              "  cair problem-report list\n  cair problem-report list --open --json --now 2026-01-06T09:30:00Z");
  AddStoreOptions(list, &l->c);
  list->add_flag("--open", l->open, "Only reports not yet answered");
  list->add_flag("--json", l->json, "JSON array (the GET /v1/problem-reports shape)");
  list->callback([l, exit_code] {
    int64_t now;
    auto store = OpenStore(l->c, &now, exit_code);
    if (!store) return;
    auto reports = store->ProblemReports(l->open);
    if (!reports.ok()) {
      std::cerr << "cair problem-report list: " << reports.status().message() << "\n";
      *exit_code = kExitBadInput;
      return;
    }
    if (l->json) {
      nlohmann::ordered_json j = nlohmann::ordered_json::array();
      for (const auto& x : *reports) j.push_back(server::ProblemReportJson(x, now));
      std::cout << j.dump(2) << "\n";
      return;
    }
    for (const auto& x : *reports) {
      const bool late = incident::ProblemReportLate(x.received_at, x.responded_at, now);
      std::printf("%-5lld %-13s received %s  due %s  %s%s  %s\n", static_cast<long long>(x.id),
                  incident::ProblemReportState(x.received_at, x.responded_at, now), Minute(x.received_at).c_str(),
                  Minute(incident::ProblemReportResponseDue(x.received_at)).c_str(),
                  x.responded_at ? ("answered " + Minute(*x.responded_at)).c_str() : "unanswered",
                  late ? (x.incident_id ? ("  FAILURE, incident #" + std::to_string(*x.incident_id)).c_str()
                                        : "  FAILURE, no incident yet")
                       : "",
                  x.reporter.c_str());
    }
  });

  struct OpenOpts {
    StoreOptions c;
    int64_t id = 0;
    std::string title, aware_at, source = "self", ca_owner, ccadb_id;
  };
  auto o = std::make_shared<OpenOpts>();
  CLI::App* open = pr->add_subcommand(
      "open-incident",
      "Open the incident of a late problem report (BR 4.9.5 missed: req §2.3, e.g. Bugzilla 1994454), with the report's\n"
      "receipt, the passing of its 24 hours and any late answer in its timeline. Prints the incident id. Refused for a\n"
      "report answered in time, or one that already opened its incident.\n\nExample:\n"
      "  cair problem-report open-incident 3 --title 'Example CA: Failure to reply to a Certificate Problem Report within 24 hours'");
  AddStoreOptions(open, &o->c);
  open->add_option("id", o->id, "Problem report id")->required();
  open->add_option("--title", o->title, "CA owner + short title, as Bugzilla wants it")->required();
  open->add_option("--aware-at", o->aware_at, "When the CA became aware of the failure (default: when the 24 hours passed)");
  open->add_option("--source", o->source, "Disclosure source: self, third-party or audit")
      ->check(CLI::IsMember({"self", "third-party", "audit"}));
  open->add_option("--ca-owner", o->ca_owner, "CA owner name");
  open->add_option("--ccadb-id", o->ccadb_id, "CCADB record id (A000000)");
  open->callback([o, exit_code] {
    int64_t now;
    auto store = OpenStore(o->c, &now, exit_code);
    if (!store) return;
    auto got = store->GetProblemReport(o->id);
    if (!got.ok()) {
      std::cerr << "cair problem-report open-incident: " << got.status().message() << "\n";
      *exit_code = kExitBadInput;
      return;
    }
    incident::Incident in;
    in.title = o->title;
    in.source = o->source;
    in.ca_owner = o->ca_owner;
    in.ccadb_id = o->ccadb_id;
    in.kind = "problem-report-failure";
    in.aware_at = incident::ProblemReportResponseDue(got->received_at);
    if (!o->aware_at.empty()) {
      auto t = Time("--aware-at", o->aware_at, exit_code);
      if (!t) return;
      in.aware_at = *t;
    }
    auto id = store->OpenProblemReportIncident(o->id, in, now);
    if (!id.ok()) {
      std::cerr << "cair problem-report open-incident: " << id.status().message() << "\n";
      *exit_code = kExitBadInput;
      return;
    }
    std::cout << *id << "\n";
  });
}

}  // namespace cair::cli
