// `cair lint`: zlint-compatible linting of certificates, precertificates,
// unsigned TBSCertificates, CRLs and OCSP responses.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <iostream>
#include <regex>
#include <sstream>

#include <nlohmann/json.hpp>

#include "base/sha256.h"
#include "base/strings.h"
#include "cli/commands.h"
#include "cli/cert_type_option.h"
#include "cli/key_options.h"
#include "cli/lint_stream.h"
#include "embed/linter.h"
#include "lint/config.h"
#include "lint/registry.h"
#include "lint/runner.h"
#include "x509/input.h"
#include "x509/object.h"
#include "x509/oids.h"

namespace cair::cli {
namespace {

struct LintOptions {
  std::vector<std::string> files;
  bool pretty = false;
  std::string format = "detect";
  std::vector<std::string> include_names, exclude_names, include_sources, exclude_sources;
  std::string name_filter;
  std::string config_path;
  std::string weak_key_blocklist;  // issue 14: e_rsa_debian_weak_key's list
  std::string cert_type;           // issue 14: the declared certificate type (BRs 7.1.2.2)
  bool list_json = false, list_sources = false, summary = false, long_summary = false,
       example_config = false, profile = false, stream = false;
  std::string fail_on;
};

std::string Describe(const x509::ParsedObject& o) {
  switch (o.kind) {
    case x509::ParsedKind::kCertificate: {
      std::string kind = o.cert.tbs_only ? "tbsCertificate" : o.cert.ct_poison ? "precertificate" : "certificate";
      const auto* cn = o.cert.subject.First(oid::kCommonName);
      return kind + (cn ? " CN=" + cn->Utf8() : "");
    }
    case x509::ParsedKind::kCrl: return "crl (" + std::to_string(o.crl.revoked.size()) + " entries)";
    case x509::ParsedKind::kOcspResponse: return "ocsp response";
    case x509::ParsedKind::kNone: return "unparsable";
  }
  return "";
}

// `s` as a JSON string, as nlohmann's dump(-1, ' ', false, replace) writes it
// (invalid UTF-8 becomes U+FFFD); plain printable ASCII is copied directly.
void AppendJsonString(std::string* out, std::string_view s) {
  const bool plain = std::all_of(s.begin(), s.end(), [](char c) { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'; });
  if (!plain) {
    *out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  *out += '"';
  *out += s;
  *out += '"';
}

// One object's results in zlint's JSON shape, {"lint":{"result":...,
// "details":...},...}, written directly: building and serialising a json
// tree was a third of the instructions of linting one certificate (issue 19).
std::string CompactResultsJson(const std::vector<lint::Result>& results,
                               const std::vector<const lint::Metadata*>& metas) {
  std::string out;
  out.reserve(results.size() * 40);
  out += '{';
  for (size_t i = 0; i < results.size(); ++i) {
    if (i) out += ',';
    AppendJsonString(&out, metas[i]->name);
    out += ":{\"result\":";
    AppendJsonString(&out, lint::StatusName(results[i].status));
    if (!results[i].details.empty()) {
      out += ",\"details\":";
      AppendJsonString(&out, results[i].details);
    }
    out += '}';
  }
  out += '}';
  return out;
}

int RunLint(const LintOptions& opt) {
  auto& registry = lint::Registry::Global();
  if (opt.list_json) {
    for (const auto& r : registry.All()) {
      const auto& m = *r.metadata;
      nlohmann::ordered_json j;
      j["name"] = m.name;
      j["description"] = m.description;
      j["citation"] = m.citation;
      j["source"] = lint::SourceName(m.source);
      j["effective_date"] = m.effective == lint::kAlways ? "" : der::FormatRfc3339(m.effective);
      j["ineffective_date"] = m.ineffective == lint::kNever ? "" : der::FormatRfc3339(m.ineffective);
      j["object_type"] = lint::ObjectTypeName(m.type);
      auto peers = nlohmann::ordered_json::array();
      for (const auto& p : lint::PeerCodes(m)) peers.push_back({{"linter", p.linter}, {"code", p.code}});
      j["peers"] = peers;
      std::cout << j.dump() << "\n";
    }
    return kExitOk;
  }
  if (opt.list_sources) {
    std::map<std::string, size_t> counts;
    for (const auto& r : registry.All()) ++counts[lint::SourceName(r.metadata->source)];
    for (const auto& [s, n] : counts) std::cout << s << "\t" << n << "\n";
    return kExitOk;
  }
  if (opt.example_config) {
    std::cout << "# cair lint --config FILE.toml (zlint-compatible sections)\n"
                 "[CABFBaselineRequirementsConfig]\nCrossSignedCa = false\n\n"
                 "[e_ca_multiple_reserved_policy_oids]\nCrossCert = false\n\n"
                 "[e_crl_next_update_invalid]\nSubscriberCRL = true\n\n"
                 "[e_rsa_fermat_factorization]\nRounds = 100\n\n"
                 "[e_subj_contains_html_entities]\nSkip = false\n\n"
                 "[e_subj_orgunit_in_ca_cert]\nCrossCert = false\n\n"
                 "# what the certificates are declared to be (--cert-type): auto, cross-internal, ...\n"
                 "[cair]\ncertificate_type = \"auto\"\n";
    return kExitOk;
  }
  auto format = x509::ParseInputFormat(opt.format);
  if (!format) {
    std::cerr << "cair lint: --format must be pem, der or base64 (got \"" << opt.format << "\")\n";
    return kExitUsage;
  }
  lint::Filter filter;
  // A name is a lint name or a peer linter's code (pkilint:CODE or CODE),
  // which selects every lint recording that equivalent.
  for (auto [in, out] : {std::pair{&opt.include_names, &filter.include_names},
                         std::pair{&opt.exclude_names, &filter.exclude_names}}) {
    for (const auto& n : base::SplitCommaLists(*in)) {
      auto names = registry.Resolve(n);
      if (names.empty()) {
        std::cerr << "cair lint: unknown lint name or peer code \"" << n << "\" (see --list-lints-json)\n";
        return kExitUsage;
      }
      for (auto name : names) out->emplace_back(name);
    }
  }
  for (auto [in, out] : {std::pair{&opt.include_sources, &filter.include_sources},
                         std::pair{&opt.exclude_sources, &filter.exclude_sources}}) {
    for (const auto& s : base::SplitCommaLists(*in)) {
      auto src = lint::ParseSource(s);
      if (!src) {
        std::cerr << "cair lint: unknown lint source \"" << s << "\" (see --list-lints-source)\n";
        return kExitUsage;
      }
      out->push_back(*src);
    }
  }
  if (!opt.name_filter.empty()) {
    std::regex re;
    try {
      re = std::regex(opt.name_filter);
    } catch (const std::regex_error& e) {
      std::cerr << "cair lint: --name-filter: " << e.what() << "\n";
      return kExitUsage;
    }
    std::vector<std::string> names;
    for (const auto& r : registry.All())
      if (std::regex_search(std::string(r.metadata->name), re)) names.emplace_back(r.metadata->name);
    if (names.empty()) {
      std::cerr << "cair lint: --name-filter matches no lint\n";
      return kExitUsage;
    }
    if (filter.include_names.empty()) filter.include_names = names;
    else {
      std::vector<std::string> both;
      for (const auto& n : filter.include_names)
        if (std::find(names.begin(), names.end(), n) != names.end()) both.push_back(n);
      filter.include_names = both;
    }
  }
  lint::Config config;
  if (!opt.config_path.empty()) {
    std::string err;
    auto c = lint::Config::Load(opt.config_path, &err);
    if (!c) {
      std::cerr << "cair lint: --config " << err << "\n";
      return kExitUsage;
    }
    config = std::move(*c);
  }
  if (!ApplyWeakKeyBlocklist(opt.weak_key_blocklist, "cair lint", &config)) return kExitUsage;
  if (!ApplyCertType(opt.cert_type, "cair lint", &config)) return kExitUsage;
  std::optional<lint::Status> fail_on;
  if (!opt.fail_on.empty()) {
    fail_on = lint::ParseStatus(opt.fail_on);
    if (!fail_on || *fail_on < lint::Status::kInfo) {
      std::cerr << "cair lint: --fail-on must be info, warn, error or fatal\n";
      return kExitUsage;
    }
  }
  std::vector<std::string> files = opt.files;
  if (files.empty()) files.push_back("-");
  if (opt.stream) {
    if (opt.summary || opt.long_summary || opt.pretty || opt.profile || opt.format != "detect") {
      std::cerr << "cair lint: --stream writes one JSON line per input line; it takes no --summary, "
                   "--long-summary, --pretty, --profile-lints or --format\n";
      return kExitUsage;
    }
    return RunLintStream(files, filter, config, fail_on);
  }
  lint::Runner runner(registry, filter, config);
  runner.EnableProfile(opt.profile);

  int rc = kExitOk;
  bool threshold_hit = false;
  std::vector<lint::Result> results;
  std::map<std::string, size_t> totals;
  size_t objects = 0;
  for (const auto& file : files) {
    std::string data;
    if (file == "-") {
      std::stringstream ss;
      ss << std::cin.rdbuf();
      data = ss.str();
    } else {
      std::ifstream in(file, std::ios::binary);
      if (!in) {
        std::cerr << "cair lint: " << file << ": cannot open: " << std::strerror(errno) << "\n";
        rc = kExitBadInput;
        continue;
      }
      std::stringstream ss;
      ss << in.rdbuf();
      data = ss.str();
    }
    auto decoded = x509::DecodeObjects(data, *format);
    for (const auto& e : decoded.errors) {
      std::cerr << "cair lint: " << file << ": " << e << "\n";
      rc = kExitBadInput;
    }
    size_t index = 0;
    for (const auto& obj : decoded.objects) {
      ++index;
      std::string where = file + (decoded.objects.size() > 1 ? "#" + std::to_string(index) : "") +
                          (obj.line ? " (line " + std::to_string(obj.line) + ")" : "");
      auto parsed = x509::ParseObject(der::Input(std::string_view(obj.der)), obj.label);
      const std::vector<const lint::Metadata*>* metas = nullptr;
      switch (parsed.kind) {
        case x509::ParsedKind::kCertificate:
          runner.Run(parsed.cert, &results);
          metas = &runner.certificate_lints();
          break;
        case x509::ParsedKind::kCrl:
          runner.Run(parsed.crl, &results);
          metas = &runner.crl_lints();
          break;
        case x509::ParsedKind::kOcspResponse:
          runner.Run(parsed.ocsp, &results);
          metas = &runner.ocsp_lints();
          break;
        case x509::ParsedKind::kNone:
          std::cerr << "cair lint: " << where << ": cannot parse: " << parsed.error << "\n";
          rc = kExitBadInput;
          continue;
      }
      ++objects;
      for (const auto& r : results) {
        ++totals[lint::StatusName(r.status)];
        if (fail_on && r.status >= *fail_on) threshold_hit = true;
      }
      if (opt.summary || opt.long_summary) {
        std::cout << where << ": " << Describe(parsed) << "\n    sha256 " << base::Sha256Hex(obj.der) << "\n";
        std::map<std::string, size_t> counts;
        for (size_t i = 0; i < results.size(); ++i) {
          ++counts[lint::StatusName(results[i].status)];
          bool finding = results[i].status >= lint::Status::kInfo;
          if (finding || opt.long_summary) {
            std::cout << "    " << lint::StatusName(results[i].status) << "\t" << (*metas)[i]->name;
            if (!results[i].details.empty()) std::cout << "\t" << results[i].details;
            std::cout << "\n";
          }
        }
        std::cout << "    " << results.size() << " lints:";
        for (const char* s : {"fatal", "error", "warn", "info", "pass", "NA", "NE"})
          if (counts.count(s)) std::cout << " " << counts[s] << " " << s;
        std::cout << "\n";
        continue;
      }
      std::string json = CompactResultsJson(results, *metas);
      if (opt.pretty) json = nlohmann::ordered_json::parse(json).dump(2);
      std::cout << json << "\n";
    }
  }
  if (opt.summary || opt.long_summary) {
    std::cout << "total: " << objects << " objects;";
    for (const char* s : {"fatal", "error", "warn", "info", "pass", "NA", "NE"})
      if (totals.count(s)) std::cout << " " << totals[s] << " " << s;
    std::cout << "\n";
  }
  if (opt.profile) {
    auto costs = runner.Profile();
    std::sort(costs.begin(), costs.end(), [](const auto& a, const auto& b) { return a.total > b.total; });
    std::cerr << "lint profile (slowest first): name, calls, total us, ns/call\n";
    for (const auto& c : costs) {
      if (!c.calls) continue;
      auto ns = c.total.count();
      std::cerr << "  " << c.metadata->name << "\t" << c.calls << "\t" << ns / 1000 << "\t"
                << ns / static_cast<int64_t>(c.calls) << "\n";
    }
  }
  if (rc == kExitOk && threshold_hit) rc = kExitFindings;
  return rc;
}

}  // namespace

void AddLintCommand(CLI::App& app, int* exit_code) {
  auto opt = std::make_shared<LintOptions>();
  CLI::App* cmd = app.add_subcommand(
      "lint",
      "Lint certificates, precertificates, unsigned TBSCertificates, CRLs and OCSP responses.\n"
      "Prints one JSON object per input object mapping every lint name to {\"result\", \"details\"},\n"
      "exactly as zlint does. zlint's flag spellings (-includeNames, -pretty, ...) are accepted.\n\n"
      "Examples:\n"
      "  cair lint cert.pem                      # JSON, one line per object\n"
      "  cair lint --summary bundle.pem          # human-readable findings\n"
      "  cair lint --include-sources RFC5280,Community --pretty cert.der\n"
      "  openssl x509 -outform der < c.pem | cair lint --format der -\n"
      "  cair lint --summary --weak-key-blocklist /usr/share/openssl-blacklist/blacklist.RSA-2048 cert.pem\n"
      "  cair lint --summary --cert-type cross-external cross.pem   # a cross-certificate (BRs 7.1.2.2)\n"
      "  cut -f2 certs.tsv | cair lint --stream    # base64 DER per line -> one JSON line each\n"
      "  echo '{\"id\":7,\"der\":\"MIIF...\"}' | cair lint --stream --include-sources CABF_BR\n\n"
      "--stream (Hadoop streaming, Spark RDD.pipe()): each input line is base64 DER or a JSON\n"
      "object with a base64 \"der\" (and an optional \"id\", echoed); each yields one JSON line, in\n"
      "order, flushed: {\"line\",\"id\"?,\"sha256\",\"kind\",\"results\"} or {\"line\",\"id\"?,\"error\"}.\n"
      "Bad lines are reported in-band and do not change the exit code.\n\n"
      "Exit codes: 0 ok; 1 --fail-on threshold reached; 2 usage/config error;\n"
      "3 an input could not be read or parsed (the other inputs are still linted).");
  cmd->add_option("files", opt->files, "Input files (PEM with any number of blocks, DER, or base64); - for stdin");
  cmd->add_flag("--pretty", opt->pretty, "Indent the JSON output");
  cmd->add_option("--format", opt->format, "Input format: pem, der, base64 (default: detect)");
  cmd->add_option("--include-names", opt->include_names, "Only these lints (comma-separated); a peer linter's code selects the lints recording it, "
                  "e.g. pkilint:cabf.serverauth.subscriber.non_critical_basic_constraints_extension")
      ->allow_extra_args(false)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_option("--exclude-names", opt->exclude_names, "Skip these lints (comma-separated; names or peer codes)")
      ->allow_extra_args(false)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_option("--include-sources", opt->include_sources,
                  "Only lints from these sources (RFC5280, CABF_BR, Community, ...)");
  cmd->add_option("--exclude-sources", opt->exclude_sources, "Skip lints from these sources")
      ->allow_extra_args(false)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_option("--name-filter", opt->name_filter, "Only lints whose name matches this regular expression");
  AddWeakKeyBlocklistOption(cmd, &opt->weak_key_blocklist);
  AddCertTypeOption(cmd, &opt->cert_type);
  cmd->add_option("--config", opt->config_path, "TOML configuration for configurable lints (see --example-config)");
  cmd->add_flag("--list-lints-json", opt->list_json, "Print every lint's metadata, one JSON object per line");
  cmd->add_flag("--list-lints-source", opt->list_sources, "Print the lint sources and how many lints each has");
  cmd->add_flag("--example-config", opt->example_config, "Print an example configuration with every option");
  cmd->add_flag("--summary", opt->summary, "Human-readable output: findings (info and worse) per object");
  cmd->add_flag("--long-summary", opt->long_summary, "Human-readable output listing every lint's result");
  cmd->add_option("--fail-on", opt->fail_on, "Exit 1 when any result is at least this bad (info, warn, error, fatal)");
  cmd->add_flag("--stream", opt->stream,
                "One object per input line (base64 DER or {\"der\": ...}), one JSON line out per line, flushed");
  cmd->add_flag("--profile-lints", opt->profile, "Print time spent per lint to stderr, slowest first");
  cmd->callback([opt, exit_code] { *exit_code = RunLint(*opt); });
}

}  // namespace cair::cli
