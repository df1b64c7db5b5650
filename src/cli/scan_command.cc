// `cair scan`: find every affected object in a corpus, fast, with
// per-problem statistics and SHA-256 lists.
#include <csignal>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <thread>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "base/strings.h"
#include "cli/commands.h"
#include "cli/cert_type_option.h"
#include "cli/key_options.h"
#include "corpus/key_checks.h"
#include "corpus/scanner.h"
#include "der/values.h"
#include "cli/store_common.h"
#include "incident/recurrence.h"

namespace cair::cli {
namespace {

std::atomic<bool> g_scan_stop{false};
void OnScanSignal(int) { g_scan_stop = true; }

struct ScanCliOptions {
  std::vector<std::string> sources;
  int jobs = 0;
  std::vector<std::string> only, exclude_names, include_sources, exclude_sources;
  std::string issuer, nb_from, nb_to, unexpired_at, json_path, fingerprints_dir, csv_path, config_path;
  std::string csv_column = "der", kind = "auto", fail_on, pg_query = "SELECT der FROM certificate";
  uint64_t max_object_mib = corpus::kDefaultMaxObjectBytes >> 20;
  bool quiet = false, parse_only = false;
  bool recurrence = false;  // issue 12: closed incidents' problems found again
  std::string db;
  std::string weak_key_blocklist, key_checks = kDefaultKeyChecks;  // issue 14: keys
  std::string cert_type;  // issue 14: the declared certificate type (BRs 7.1.2.2)
};

std::optional<int64_t> ParseTime(const std::string& s) {
  // RFC 3339 UTC: 2026-01-05T10:00:00Z, or a date 2026-01-05.
  int y, mo, d, h = 0, mi = 0, se = 0;
  char z = 'Z';
  if (std::sscanf(s.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &y, &mo, &d, &h, &mi, &se, &z) == 7 && z == 'Z') {
  } else if (s.size() == 10 && std::sscanf(s.c_str(), "%4d-%2d-%2d", &y, &mo, &d) == 3) {
  } else {
    return std::nullopt;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 60) return std::nullopt;
  return der::DaysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 + h * 3600 + mi * 60 + se;
}

std::string RfcTime(int64_t t) { return t ? der::FormatRfc3339(t) : ""; }

int RunScan(const ScanCliOptions& o) {
  corpus::ScanOptions opt;
  opt.jobs = o.jobs > 0 ? o.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  opt.filter.include_names = base::SplitCommaLists(o.only);
  if (o.parse_only) opt.filter.include_names = {"-"};  // matches no lint
  // --recurrence (req §4.3 item 3): only the lints of closed incidents'
  // problems; each certificate issued after a closure that one finds, from
  // an issuer in that problem's scope, recurs it.
  std::vector<incident::WatchedProblem> watch;
  if (o.recurrence) {
    if (!opt.filter.include_names.empty() || o.parse_only) {
      std::cerr << "cair scan: --recurrence chooses the lints itself (those of closed incidents' problems): drop --only/--parse-only\n";
      return kExitUsage;
    }
    int code = kExitOk;
    int64_t now;
    auto store = OpenStore({o.db, ""}, &now, &code);
    if (!store) return code;
    auto w = store->RecurrenceWatch();
    if (!w.ok()) {
      std::cerr << "cair scan: store: " << w.status().message() << "\n";
      return kExitBadInput;
    }
    watch = std::move(*w);
    opt.filter.include_names = incident::WatchedLints(watch);
    if (opt.filter.include_names.empty()) {
      std::cout << "no closed incident has a problem found by a lint: nothing to watch\n";
      return kExitOk;
    }
  }
  struct Recurrence {
    uint64_t count = 0;
    int64_t first = 0, last = 0;
    std::vector<std::string> sha256;
  };
  std::map<const incident::WatchedProblem*, Recurrence> recurrences;
  opt.filter.exclude_names = base::SplitCommaLists(o.exclude_names);
  auto& registry = lint::Registry::Global();
  for (const auto& names : {o.parse_only ? std::vector<std::string>{} : opt.filter.include_names, opt.filter.exclude_names})
    for (const auto& n : names)
      if (!registry.Find(n)) {
        std::cerr << "cair scan: unknown lint name \"" << n << "\" (see cair lint --list-lints-json)\n";
        return kExitUsage;
      }
  for (auto [in, out] : {std::pair{&o.include_sources, &opt.filter.include_sources},
                         std::pair{&o.exclude_sources, &opt.filter.exclude_sources}})
    for (const auto& s : base::SplitCommaLists(*in)) {
      auto src = lint::ParseSource(s);
      if (!src) {
        std::cerr << "cair scan: unknown lint source \"" << s << "\"\n";
        return kExitUsage;
      }
      out->push_back(*src);
    }
  for (auto [text, field, name] : {std::tuple{&o.nb_from, &opt.not_before_from, "--not-before-from"},
                                   std::tuple{&o.nb_to, &opt.not_before_to, "--not-before-to"},
                                   std::tuple{&o.unexpired_at, &opt.unexpired_at, "--unexpired-at"}}) {
    if (text->empty()) continue;
    auto t = ParseTime(*text);
    if (!t) {
      std::cerr << "cair scan: " << name << ": \"" << *text << "\" is not an RFC 3339 UTC time (2026-01-05T10:00:00Z) or a date\n";
      return kExitUsage;
    }
    *field = *t;
  }
  opt.issuer = o.issuer;
  opt.source.csv_column = o.csv_column;
  opt.source.kind = o.kind;
  opt.source.pg_query = o.pg_query;
  if (o.max_object_mib == 0) {
    std::cerr << "cair scan: --max-object-mib must be at least 1\n";
    return kExitUsage;
  }
  opt.source.max_object_bytes = o.max_object_mib << 20;
  if (o.kind != "auto" && o.kind != "pem" && o.kind != "der" && o.kind != "tar" && o.kind != "zip" &&
      o.kind != "ct-json" && o.kind != "csv") {
    std::cerr << "cair scan: --kind must be auto, pem, der, tar, zip, ct-json or csv\n";
    return kExitUsage;
  }
  std::optional<lint::Status> fail_on;
  if (!o.fail_on.empty()) {
    fail_on = lint::ParseStatus(o.fail_on);
    if (!fail_on || *fail_on < lint::Status::kInfo) {
      std::cerr << "cair scan: --fail-on must be info, warn, error or fatal\n";
      return kExitUsage;
    }
  }
  lint::Config config;
  if (!o.config_path.empty()) {
    std::string err;
    auto c = lint::Config::Load(o.config_path, &err);
    if (!c) {
      std::cerr << "cair scan: --config " << err << "\n";
      return kExitUsage;
    }
    config = std::move(*c);
  }
  if (!ApplyWeakKeyBlocklist(o.weak_key_blocklist, "cair scan", &config)) return kExitUsage;
  if (!ApplyCertType(o.cert_type, "cair scan", &config)) return kExitUsage;
  KeyCheckSelection key_sel;
  if (!ParseKeyChecks(o.key_checks, &key_sel)) {
    std::cerr << "cair scan: --key-checks must be all, none, or a comma-separated list of shared-factors and "
                 "reused-keys (got \"" << o.key_checks << "\")\n";
    return kExitUsage;
  }
  opt.collect_keys = key_sel.shared_factors || key_sel.reused_keys;
  opt.describe_subjects = !o.csv_path.empty();  // only the CSV rows show them
  corpus::KeyChecks key_checks(key_sel.shared_factors, key_sel.reused_keys);
  std::vector<std::string> sources = o.sources.empty() ? std::vector<std::string>{"-"} : o.sources;
  for (const auto& s : sources) opt.total_bytes += corpus::SourceSize(s);
  opt.progress = !o.quiet && isatty(STDERR_FILENO);

  // Output files may name directories that do not exist yet.
  for (const auto* path : {&o.csv_path, &o.json_path}) {
    if (path->empty()) continue;
    auto parent = std::filesystem::path(*path).parent_path();
    std::error_code ec;
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  }
  std::unique_ptr<std::ofstream> csv;
  if (!o.csv_path.empty()) {
    csv = std::make_unique<std::ofstream>(o.csv_path);
    if (!*csv) {
      std::cerr << "cair scan: --csv " << o.csv_path << ": cannot create\n";
      return kExitUsage;
    }
    *csv << "sha256,serial,issuer,not_before,not_after,subject_cn,sans,lint,result\n";
  }
  std::map<uint16_t, std::unique_ptr<std::ofstream>> fp_files;
  if (!o.fingerprints_dir.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(o.fingerprints_dir, ec);
    if (ec) {
      std::cerr << "cair scan: --fingerprints " << o.fingerprints_dir << ": " << ec.message() << "\n";
      return kExitUsage;
    }
  }
  auto on_object = [&](const corpus::ObjectReport& r, const corpus::ScanResult& res) {
    if (opt.collect_keys) key_checks.Add(r);
    if (r.findings.empty()) return;
    std::string sha = corpus::HexUpper(r.sha256);
    if (o.recurrence && r.kind != corpus::ObjectReport::kCrl && r.kind != corpus::ObjectReport::kOcsp) {
      auto fires = [&](const std::string& lint) {
        for (const auto& f : r.findings)
          if (res.lints[f.lint]->name == lint && incident::LintFires(f.status)) return true;
        return false;
      };
      for (const auto* w : incident::MatchRecurrences(watch, r.issuer, r.not_before, fires)) {
        Recurrence& x = recurrences[w];
        x.first = x.count ? std::min(x.first, r.not_before) : r.not_before;
        x.last = x.count ? std::max(x.last, r.not_before) : r.not_before;
        ++x.count;
        x.sha256.push_back(sha);
      }
    }
    for (const auto& f : r.findings) {
      const std::string name(res.lints[f.lint]->name);
      if (csv)
        *csv << sha << ',' << r.serial_hex << ',' << base::CsvField(r.issuer) << ',' << RfcTime(r.not_before) << ','
             << RfcTime(r.not_after) << ',' << base::CsvField(r.subject_cn) << ',' << base::CsvField(r.sans) << ',' << base::CsvField(name) << ','
             << lint::StatusName(f.status) << '\n';
      if (!o.fingerprints_dir.empty()) {
        auto& out = fp_files[f.lint];
        if (!out) {
          std::string file = name;
          for (char& ch : file)
            if (ch == ' ') ch = '_';
          out = std::make_unique<std::ofstream>(std::filesystem::path(o.fingerprints_dir) / (file + ".txt"));
        }
        *out << sha << '\n';
      }
    }
  };

  g_scan_stop = false;
  // No SA_RESTART: a read blocked on a pipe returns EINTR so the scan stops.
  struct sigaction sa {}, old_int {}, old_term {};
  sa.sa_handler = OnScanSignal;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, &old_int);
  sigaction(SIGTERM, &sa, &old_term);
  auto res = corpus::Scan(sources, opt, config, on_object, &g_scan_stop);
  sigaction(SIGINT, &old_int, nullptr);
  sigaction(SIGTERM, &old_term, nullptr);
  // An interrupted scan skips the key checks (batch GCD can take minutes).
  const corpus::KeyCheckResult keys = res.interrupted ? corpus::KeyCheckResult{} : key_checks.Finish([&](const std::string& step) {
    if (opt.progress) std::fprintf(stderr, "\r  key checks: batch GCD, %-40s", step.c_str());
  });
  if (opt.progress && keys.shared_factors_checked) std::fprintf(stderr, "\r%80s\r", "");

  if (!o.json_path.empty()) {
    nlohmann::ordered_json j;
    j["objects"] = res.objects;
    j["certificates"] = res.certificates;
    j["precertificates"] = res.precertificates;
    j["issuances"] = res.issuances;
    j["tbs_certificates"] = res.tbs;
    j["crls"] = res.crls;
    j["ocsp_responses"] = res.ocsp;
    j["unparsable"] = res.unparsable;
    j["duplicates"] = res.duplicates;
    j["filtered_out"] = res.filtered_out;
    j["findings"] = nlohmann::ordered_json::object();
    for (const auto& [name, s] : res.findings) {
      nlohmann::ordered_json f;
      f["result"] = lint::StatusName(s.result);
      f["count"] = s.count;
      f["certificates"] = s.certificates;
      f["precertificates"] = s.precertificates;
      f["issuances"] = s.issuances;
      f["crls"] = s.crls;
      f["first_not_before"] = RfcTime(s.first_not_before);
      f["last_not_before"] = RfcTime(s.last_not_before);
      f["issuers"] = s.issuers;
      j["findings"][name] = f;
    }
    nlohmann::ordered_json serials = nlohmann::ordered_json::object();
    for (const auto& [issuer, st] : res.serials) {
      if (st.certificates < 32) continue;
      const auto& b = st.by_length.at(st.DominantLength());
      serials[issuer] = {{"certificates", st.certificates}, {"serial_octets", st.DominantLength()},
                         {"with_that_length", b.count}, {"top_bit_set", b.top_bit_set},
                         {"common_prefix_octets", b.common_prefix}, {"entropy_bound_bits", st.EntropyBound()},
                         {"suspicious", st.Suspicious()}};
    }
    j["issuer_serials"] = serials;
    nlohmann::ordered_json problems = nlohmann::ordered_json::array();
    for (const auto& p : res.problems) problems.push_back({{"origin", p.origin}, {"reason", p.reason}});
    j["problems"] = problems;
    if (o.recurrence) {
      nlohmann::ordered_json rec = nlohmann::ordered_json::array();
      for (const auto& [w, x] : recurrences)
        rec.push_back({{"incident", w->incident_id}, {"problem", w->problem_id}, {"name", w->name}, {"lint", w->lint},
                       {"closed_at", RfcTime(w->closed_at)}, {"count", x.count}, {"first_not_before", RfcTime(x.first)},
                       {"last_not_before", RfcTime(x.last)}, {"sha256", x.sha256}});
      j["recurrences"] = rec;
    }
    j["key_findings"] = keys.findings();
    j["key_checks"] = corpus::KeyCheckJson(keys);
    j["elapsed_s"] = res.elapsed_s;
    j["interrupted"] = res.interrupted;
    std::ofstream out(o.json_path);
    if (!out) {
      std::cerr << "cair scan: --json " << o.json_path << ": cannot create\n";
      return kExitBadInput;
    }
    out << j.dump(2) << "\n";
  }

  // Human summary.
  for (const auto& p : res.problems) std::cerr << "cair scan: " << p.origin << ": " << p.reason << "\n";
  if (res.unparsable > res.problems.size())
    std::cerr << "cair scan: ... and " << (res.unparsable - res.problems.size()) << " more unreadable objects\n";
  std::printf("%s%llu objects (%llu certificates, %llu precertificates, %llu TBS, %llu CRLs, %llu OCSP), "
              "%llu unreadable, %llu duplicates, %llu filtered out, in %.2fs (%.0f objects/s)\n",
              res.interrupted ? "INTERRUPTED - partial results: " : "",
              static_cast<unsigned long long>(res.objects), static_cast<unsigned long long>(res.certificates),
              static_cast<unsigned long long>(res.precertificates), static_cast<unsigned long long>(res.tbs),
              static_cast<unsigned long long>(res.crls), static_cast<unsigned long long>(res.ocsp),
              static_cast<unsigned long long>(res.unparsable), static_cast<unsigned long long>(res.duplicates),
              static_cast<unsigned long long>(res.filtered_out), res.elapsed_s,
              res.elapsed_s > 0 ? static_cast<double>(res.objects) / res.elapsed_s : 0.0);
  if (!res.findings.empty()) {
    std::printf("\n%-58s %-6s %9s %9s %9s %9s  %-10s %-10s\n", "lint", "result", "objects", "certs", "precerts",
                "issuances", "first", "last");
    for (const auto& [name, s] : res.findings)
      std::printf("%-58s %-6s %9llu %9llu %9llu %9llu  %-10s %-10s\n", name.c_str(), lint::StatusName(s.result),
                  static_cast<unsigned long long>(s.count), static_cast<unsigned long long>(s.certificates),
                  static_cast<unsigned long long>(s.precertificates), static_cast<unsigned long long>(s.issuances),
                  RfcTime(s.first_not_before).substr(0, 10).c_str(), RfcTime(s.last_not_before).substr(0, 10).c_str());
  }
  std::fputs(corpus::KeyCheckText(keys).c_str(), stdout);
  bool header = false;
  for (const auto& [issuer, st] : res.serials) {
    if (!st.Suspicious()) continue;
    if (!header) {
      std::printf("\nIssuers whose serial numbers cannot hold 64 random bits (BR 7.1, Ballot 164; from their\n"
                  "certificates with notBefore on or after 2016-09-30 in this scan):\n");
      header = true;
    }
    const auto& b = st.by_length.at(st.DominantLength());
    std::printf("  %s: %llu of %llu serials have %zu octets; top bit set in %llu; %zu leading octet(s) shared: "
                "at most %d random bits\n",
                issuer.c_str(), static_cast<unsigned long long>(b.count), static_cast<unsigned long long>(st.certificates),
                st.DominantLength(), static_cast<unsigned long long>(b.top_bit_set), b.common_prefix, st.EntropyBound());
  }
  if (o.recurrence) {
    if (recurrences.empty()) std::printf("\nNo recurrence: no certificate issued after a closure matches a closed incident's problem.\n");
    else
      std::printf("\nRecurrences of closed incidents (CCADB IRG 4.3: each is a new, separate incident; cair recurrence open ID):\n");
    for (const auto& [w, x] : recurrences) {
      std::printf("  incident %lld problem %lld \"%s\" (%s), closed %s: %llu certificate(s) issued after closure, %s .. %s\n",
                  static_cast<long long>(w->incident_id), static_cast<long long>(w->problem_id), w->name.c_str(),
                  w->lint.c_str(), RfcTime(w->closed_at).c_str(), static_cast<unsigned long long>(x.count),
                  RfcTime(x.first).c_str(), RfcTime(x.last).c_str());
      for (size_t i = 0; i < x.sha256.size() && i < 20; ++i) std::printf("    %s\n", x.sha256[i].c_str());
      if (x.sha256.size() > 20) std::printf("    ... (%zu more)\n", x.sha256.size() - 20);
      if (!o.fingerprints_dir.empty()) {
        std::ofstream out(std::filesystem::path(o.fingerprints_dir) /
                          ("recurrence_" + std::to_string(w->incident_id) + "_" + std::to_string(w->problem_id) + ".txt"));
        for (const auto& h : x.sha256) out << h << '\n';
      }
    }
  }
  if (res.interrupted) return kExitInterrupted;
  if (!recurrences.empty() || keys.findings() > 0) return kExitFindings;
  if (fail_on)
    for (const auto& [name, s] : res.findings)
      if (s.result >= *fail_on) return kExitFindings;
  return kExitOk;
}

}  // namespace

void AddScanCommand(CLI::App& app, int* exit_code) {
  auto o = std::make_shared<ScanCliOptions>();
  CLI::App* cmd = app.add_subcommand(
      "scan",
      "Scan a corpus for every object with a problem: lint each certificate, precertificate and CRL\n"
      "on all cores and report, per lint, the count (as objects and as issuances: a precertificate\n"
      "and its final certificate count once), first and last notBefore, issuers, and SHA-256 lists.\n"
      "Sources: files (PEM bundles of any size, DER, base64), directories (recursive), tar/tar.gz/zip\n"
      "archives, RFC 6962 get-entries JSON (*.json), CSV exports with a DER column (*.csv),\n"
      "pg:CONNINFO (a PostgreSQL query streaming bytea DER, see --pg-query), - (stdin).\n"
      "Unreadable objects are reported with their origin and never stop the scan; Ctrl-C prints\n"
      "what was found so far.\n\n"
      "Examples:\n"
      "  cair scan corpus/                              # summary table\n"
      "  cair scan --only e_subject_placeholder_value --fingerprints out/ --json scan.json certs.tar.gz\n"
      "  cair scan --unexpired-at 2026-01-05T10:00:00Z --issuer 'CN=Example CA' --csv hits.csv ct.json\n"
      "  cair scan --csv-column cert_der export.csv\n"
      "  cair scan --recurrence --db incidents.db --fingerprints recur/ corpus/   # closed incidents found again\n"
      "  cair scan --weak-key-blocklist /usr/share/openssl-blacklist/blacklist.RSA-2048 corpus/\n"
      "  cair scan --key-checks all corpus/             # + shared RSA primes (batch GCD) and reused keys\n"
      "  cair scan --cert-type cross-external --only e_br_cross_ca_external_any_eku cross-certs/\n"
      "  cair scan --pg-query 'SELECT der, id FROM certs WHERE not_after > now()' 'pg:dbname=ca host=/run/postgresql'\n\n"
      "Exit codes: 0 done; 1 --fail-on reached, --recurrence found one, or a key check found shared\n"
      "factors or reused keys; 2 usage; 4 interrupted (partial results printed).");
  cmd->add_option("sources", o->sources, "Files, directories, archives, CT JSON, CSV, or - for stdin");
  cmd->add_option("--jobs,-j", o->jobs, "Worker threads (default: all cores)");
  cmd->add_option("--only", o->only, "Only these lints (comma-separated)")
      ->allow_extra_args(false)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_option("--exclude-names", o->exclude_names, "Skip these lints")
      ->allow_extra_args(false)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_option("--include-sources", o->include_sources, "Only lints from these sources (CABF_BR, RFC5280, ...)")
      ->allow_extra_args(false)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_option("--exclude-sources", o->exclude_sources, "Skip lints from these sources")
      ->allow_extra_args(false)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_option("--issuer", o->issuer, "Only certificates whose issuer DN contains this text, or whose AKI keyIdentifier is this hex");
  cmd->add_option("--not-before-from", o->nb_from, "Only certificates with notBefore at or after this time");
  cmd->add_option("--not-before-to", o->nb_to, "Only certificates with notBefore before this time");
  cmd->add_option("--unexpired-at", o->unexpired_at, "Only certificates valid at this time");
  cmd->add_option("--json", o->json_path, "Write the aggregate result as JSON");
  cmd->add_option("--fingerprints", o->fingerprints_dir, "Write DIR/<lint>.txt: upper-case SHA-256 of each affected object");
  cmd->add_option("--csv", o->csv_path, "Write one row per (object, finding)");
  cmd->add_option("--csv-column", o->csv_column, "CSV sources: the DER column, by name or 1-based number (default: der)");
  cmd->add_option("--pg-query", o->pg_query,
                  "pg:CONNINFO sources: the query; column 1 is the DER (bytea), column 2 an id for reports");
  cmd->add_option("--max-object-mib", o->max_object_mib,
                  "Largest single certificate or CRL read, in MiB (default 64): a larger one, in a file or an archive\n"
                  "member, is reported as unreadable with its origin and the scan goes on");
  cmd->add_option("--kind", o->kind, "Force the source kind: pem, der, tar, zip, ct-json, csv (default: by name)");
  cmd->add_option("--config", o->config_path, "TOML configuration for configurable lints");
  cmd->add_option("--fail-on", o->fail_on, "Exit 1 when any finding is at least this bad");
  AddWeakKeyBlocklistOption(cmd, &o->weak_key_blocklist);
  AddCertTypeOption(cmd, &o->cert_type);
  AddKeyChecksOption(cmd, &o->key_checks);
  cmd->add_flag("--quiet,-q", o->quiet, "No progress line");
  cmd->add_flag("--parse-only", o->parse_only, "Read and parse only, run no lint (the benchmark floor)");
  cmd->add_flag("--recurrence", o->recurrence,
                "Find recurrences of closed incidents (the store's, see --db): certificates issued after an incident\n"
                "closed that one of its problems' lints finds, from an issuer in that problem's scope (exit 1 if any;\n"
                "with --fingerprints, DIR/recurrence_<incident>_<problem>.txt)");
  cmd->add_option("--db", o->db, "With --recurrence: the incident store (default: $CAIR_DB, else ./cair.db)");
  cmd->callback([o, exit_code] { *exit_code = RunScan(*o); });
}

}  // namespace cair::cli
