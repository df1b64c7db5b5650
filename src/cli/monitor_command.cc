// `cair monitor crl` (the CRL history and its findings) and `cair monitor
// open-incident` (findings into a crl-ocsp incident); see monitor_command.h.
#include "cli/monitor_command.h"

#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "base/files.h"
#include "cli/commands.h"
#include "incident/rules.h"
#include "monitor/crl_history.h"
#include "x509/input.h"

namespace cair::cli {
namespace {

void PrintHuman(const std::vector<monitor::Finding>& findings) {
  for (const auto& f : findings) {
    std::cout << monitor::SeverityName(f.severity) << " " << f.kind;
    if (!f.issuer.empty()) std::cout << " [" << f.issuer << "]";
    std::cout << ": " << f.detail << " (" << f.rule << ")";
    if (f.expiry_unknown) std::cout << " [expiry unknown]";
    std::cout << "\n";
  }
  if (findings.empty()) std::cout << "no findings\n";
}

}  // namespace

CLI::App* MonitorGroup(CLI::App& app) {
  for (CLI::App* sub : app.get_subcommands([](CLI::App* a) { return a->get_name() == "monitor"; })) return sub;
  CLI::App* m = AddCommandGroup(&app,
      "monitor",
      "Watch a CA's revocation infrastructure (CRLs, OCSP responders): record what it publishes, find what is "
      "wrong, and take it into a crl-ocsp incident.\n\nExamples:\n"
      "  cair monitor crl published/*.crl --certs issued.pem --issuer-cert ca.pem --json\n"
      "  cair monitor open-incident --title 'Example CA: serials dropped from the CRL'");
  return m;
}

void AddMonitorOptions(CLI::App* cmd, MonitorOptions* o) {
  AddStoreOptions(cmd, &o->store);
  cmd->add_flag("--json", o->json, "Print {\"findings\": [...]} (kind, severity, issuer, serial, crl_number, "
                                   "first_seen, last_seen, detail, rule) instead of one line per finding");
  cmd->add_option("--incident", o->incident, "Attach the findings to this incident (kind crl-ocsp)");
}

void FinishMonitorRun(incident::Store& store, const MonitorOptions& o, const std::vector<monitor::Finding>& findings,
                      const std::vector<int64_t>& finding_ids, bool bad_input, int64_t now, int* exit_code) {
  if (o.incident && !finding_ids.empty()) {
    auto a = monitor::AttachFindings(store, *o.incident, finding_ids, now);
    if (!a.ok()) {
      std::cerr << "cair monitor: --incident " << *o.incident << ": " << a.status().message() << "\n";
      *exit_code = kExitBadInput;
      return;
    }
  }
  if (o.json) std::cout << monitor::FindingsJson(findings).dump(2) << "\n";
  else PrintHuman(findings);
  *exit_code = bad_input ? kExitBadInput : monitor::AnyError(findings) ? kExitFindings : kExitOk;
}

void AddMonitorCommands(CLI::App& app, int* exit_code) {
  CLI::App* group = MonitorGroup(app);

  // cair monitor crl
  struct CrlOpts {
    MonitorOptions m;
    std::vector<std::string> files, certs;
    std::string issuer_cert, url;
  };
  auto co = std::make_shared<CrlOpts>();
  CLI::App* crl = group->add_subcommand(
      "crl",
      "Record CRL versions in the store and report what is wrong with the sequence: un-revocations, changed "
      "revocation dates or reasons, cRLNumber and thisUpdate going backwards, a changed scope, an expired or late "
      "CRL, a validity over BR 4.9.7's limits, a bad signature, a file that is not a CRL.\n"
      "Versions may come in any order (and over several runs): each sequence (the issuer and --url, else the IDP) is ordered by "
      "cRLNumber, then thisUpdate. Exit codes: 0 no error-level finding, 1 some, 2 usage, 3 a file unreadable "
      "or not a CRL (named on stderr; the others are still processed).\n\nExamples:\n"
      "  cair monitor crl week1.crl week2.crl --certs issued.pem --json\n"
      "  cair monitor crl ca.crl --issuer-cert ca.pem --now 2026-01-20T00:00:00Z\n"
      "  cair monitor crl latest.crl --url http://crl.example.com/ca.crl --incident 4");
  AddMonitorOptions(crl, &co->m);
  crl->add_option("files", co->files, "CRL files (DER or PEM; a PEM file may hold several)")->required();
  crl->add_option("--certs", co->certs, "Certificates whose notAfter decides whether a removal is an un-revocation "
                                        "(the store's affected certificates are used too)");
  crl->add_option("--issuer-cert", co->issuer_cert, "Issuer certificate: check each CRL's signature and issuer name");
  crl->add_option("--url", co->url, "The URL these CRLs were published at (names the sequence when there is no IDP)");
  crl->callback([co, exit_code] {
    int64_t now;
    auto store = OpenStore(co->m.store, &now, exit_code);
    if (!store) return;
    if (co->m.incident && !store->GetIncident(*co->m.incident).ok()) {
      std::cerr << "cair monitor crl: --incident: no incident " << *co->m.incident << "\n";
      *exit_code = kExitUsage;
      return;
    }
    monitor::CertificateIndex certs;
    for (const auto& f : co->certs) {
      auto data = base::ReadFile(f);
      size_t added = 0;
      std::optional<std::string> err = data.ok() ? monitor::AddCertificates(*data, &certs, &added) : "cannot read";
      if (err) {
        std::cerr << "cair monitor crl: --certs " << f << ": " << *err << "\n";
        *exit_code = kExitBadInput;
        return;
      }
    }
    monitor::CrlCheckOptions opt;
    opt.now = now;
    opt.certs = &certs;
    if (!co->issuer_cert.empty()) {
      auto data = base::ReadFile(co->issuer_cert);
      auto d = x509::DecodeObjects(data.value_or(""), x509::InputFormat::kDetect);
      if (!data.ok() || d.objects.empty()) {
        std::cerr << "cair monitor crl: --issuer-cert " << co->issuer_cert << ": no certificate\n";
        *exit_code = kExitBadInput;
        return;
      }
      opt.issuer_cert_der = d.objects.front().der;
    }
    bool bad_input = false;
    std::vector<monitor::CrlObservation> obs;
    for (const auto& f : co->files) {
      auto data = base::ReadFile(f);
      if (!data.ok()) {
        std::cerr << "cair monitor crl: " << f << ": cannot read\n";
        bad_input = true;
        continue;
      }
      auto d = x509::DecodeObjects(*data, x509::InputFormat::kDetect);
      if (d.objects.empty()) {  // the bytes as published: a crl-unparsable finding
        obs.push_back({*data, f, co->url, now});
        continue;
      }
      for (size_t i = 0; i < d.objects.size(); ++i)
        obs.push_back({std::move(d.objects[i].der), d.objects.size() > 1 ? f + " #" + std::to_string(i + 1) : f, co->url, now});
    }
    std::vector<monitor::Finding> findings;
    auto recs = monitor::RecordCrls(*store, obs, opt, &findings);
    if (!recs.ok()) {
      std::cerr << "cair monitor crl: " << recs.status().message() << "\n";
      *exit_code = kExitBadInput;
      return;
    }
    for (size_t i = 0; i < obs.size(); ++i) {
      const auto& r = (*recs)[i];
      if (!r.parsed) {
        std::cerr << "cair monitor crl: " << obs[i].origin << ": not a CRL (recorded as a crl-unparsable finding)\n";
        bad_input = true;
      } else if (!co->m.json) {
        std::cout << obs[i].origin << ": " << r.issuer << ", " << r.entries << " entries, scope " << r.scope
                  << (r.duplicate ? " (already recorded)" : " (recorded)") << "\n";
      }
    }
    auto ids = monitor::RecordFindings(*store, findings, std::nullopt, now);
    if (!ids.ok()) {
      std::cerr << "cair monitor crl: " << ids.status().message() << "\n";
      *exit_code = kExitBadInput;
      return;
    }
    FinishMonitorRun(*store, co->m, findings, *ids, bad_input, now, exit_code);
  });

  // cair monitor open-incident
  struct OpenOpts {
    StoreOptions c;
    std::string title, aware_at, ca_owner, ccadb_id;
    std::vector<std::string> kinds;
    std::string issuer;
  };
  auto oo = std::make_shared<OpenOpts>();
  CLI::App* open = group->add_subcommand(
      "open-incident",
      "Open an incident of kind crl-ocsp and attach the monitor's findings not yet in an incident (all, or those "
      "of --kind / --issuer). The reports show them as problems with their statistics: serials or requests "
      "affected, first and last observation, outage, CRL URLs and responders. Prints the incident id.\n\n"
      "Examples:\n"
      "  id=$(cair monitor open-incident --title 'Example CA: revoked serials dropped from the CRL')\n"
      "  cair monitor open-incident --title 'OCSP outage' --kind ocsp-timeout --kind ocsp-http-error "
      "--aware-at 2026-01-05T10:00:00Z");
  AddStoreOptions(open, &oo->c);
  open->add_option("--title", oo->title, "Incident title (CA Owner: short description)")->required();
  open->add_option("--aware-at", oo->aware_at, "When the CA became aware (RFC 3339; default: --now)");
  open->add_option("--ca-owner", oo->ca_owner, "CA Owner name");
  open->add_option("--ccadb-id", oo->ccadb_id, "CCADB record id");
  open->add_option("--kind", oo->kinds, "Attach only findings of this kind (repeatable)");
  open->add_option("--issuer", oo->issuer, "Attach only findings about this issuer DN");
  open->callback([oo, exit_code] {
    int64_t now;
    auto store = OpenStore(oo->c, &now, exit_code);
    if (!store) return;
    incident::Incident in;
    in.title = oo->title;
    in.kind = "crl-ocsp";
    in.ca_owner = oo->ca_owner;
    in.ccadb_id = oo->ccadb_id;
    in.aware_at = now;
    if (!oo->aware_at.empty()) {
      auto t = Time("--aware-at", oo->aware_at, exit_code);
      if (!t) return;
      in.aware_at = *t;
    }
    auto rows = store->MonitorFindings(std::nullopt, true);
    if (!rows.ok()) {
      std::cerr << "cair monitor open-incident: " << rows.status().message() << "\n";
      *exit_code = kExitBadInput;
      return;
    }
    std::set<std::string> kinds(oo->kinds.begin(), oo->kinds.end());
    std::vector<int64_t> ids;
    for (const auto& r : *rows)
      if ((kinds.empty() || kinds.count(r.kind)) && (oo->issuer.empty() || r.issuer == oo->issuer)) ids.push_back(r.id);
    if (ids.empty()) {
      std::cerr << "cair monitor open-incident: no monitor finding outside an incident"
                << (kinds.empty() && oo->issuer.empty() ? "" : " matches --kind/--issuer")
                << "; run `cair monitor crl` (or ocsp/run) first. Nothing was opened.\n";
      *exit_code = kExitBadInput;
      return;
    }
    auto id = store->OpenIncident(in, now);
    if (!id.ok()) {
      std::cerr << "cair monitor open-incident: " << id.status().message() << "\n";
      *exit_code = kExitBadInput;
      return;
    }
    auto a = monitor::AttachFindings(*store, *id, ids, now);
    if (!a.ok()) {
      std::cerr << "cair monitor open-incident: incident " << *id << " opened, but: " << a.status().message() << "\n";
      *exit_code = kExitBadInput;
      return;
    }
    std::cerr << "incident " << *id << " (crl-ocsp): " << *a << " finding(s) attached\n";
    std::cout << *id << "\n";
  });
}

}  // namespace cair::cli
