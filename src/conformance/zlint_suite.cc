#include "conformance/zlint_suite.h"

#include <fstream>
#include <memory>
#include <regex>
#include <sstream>
#include <unordered_map>

#include "base/files.h"
#include "lint/config.h"
#include "lint/registry.h"
#include "lint/runner.h"
#include "x509/input.h"
#include "x509/object.h"

namespace cair::conformance {

namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  size_t s = 0;
  while (true) {
    size_t e = line.find('\t', s);
    out.push_back(line.substr(s, e == std::string::npos ? std::string::npos : e - s));
    if (e == std::string::npos) break;
    s = e + 1;
  }
  return out;
}

std::string Unescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == 'n') {
      out.push_back('\n');
      ++i;
    } else if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == 't') {
      out.push_back('\t');
      ++i;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

// A test file, decoded and parsed once; objects alias `der`.
struct LoadedFile {
  std::string der;
  std::string label;
  x509::ParsedObject parsed;
  std::string error;
};

std::unique_ptr<LoadedFile> Load(const std::string& path) {
  auto f = std::make_unique<LoadedFile>();
  auto data = base::ReadFile(path);
  if (!data.ok()) {
    f->error = "cannot read " + path;
    return f;
  }
  auto decoded = x509::DecodeObjects(*data, x509::InputFormat::kDetect);
  if (decoded.objects.empty()) {
    f->error = decoded.errors.empty() ? "no object" : decoded.errors.front();
    return f;
  }
  // Only the first PEM block counts (as in zlint's test helper).
  f->der = std::move(decoded.objects.front().der);
  f->label = decoded.objects.front().label;
  f->parsed = x509::ParseObject(der::Input(std::string_view(f->der)), f->label);
  if (f->parsed.kind == x509::ParsedKind::kNone) f->error = f->parsed.error;
  return f;
}

bool DetailsMatch(const std::string& mode, const std::string& want, const std::string& got) {
  if (mode.empty()) return true;
  if (mode == "exact") return got == want;
  if (mode == "contains") return got.find(want) != std::string::npos;
  if (mode == "hasprefix") return got.rfind(want, 0) == 0;
  if (mode == "hassuffix")
    return got.size() >= want.size() && got.compare(got.size() - want.size(), want.size(), want) == 0;
  return false;
}

}  // namespace

std::vector<KnownDisagreement> LoadKnown(const std::string& path, std::string* error) {
  std::vector<KnownDisagreement> out;
  std::ifstream in(path);
  if (!in) {
    *error = path + ": cannot open";
    return out;
  }
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    auto f = SplitTabs(line);
    if (f.size() < 3 || f[2].empty()) {
      *error = path + ":" + std::to_string(n) + ": expected lint<TAB>file<TAB>reason";
      return {};
    }
    out.push_back({f[0], f[1], f[2]});
  }
  return out;
}

SuiteReport RunZlintSuite(const std::string& dir, const std::vector<KnownDisagreement>& known,
                          const std::string& only) {
  std::regex only_re;
  if (!only.empty()) only_re = std::regex(only);
  SuiteReport rep;
  std::ifstream in(dir + "/expectations.tsv");
  if (!in) {
    rep.error = dir + "/expectations.tsv: cannot open";
    return rep;
  }
  std::string line;
  std::getline(in, line);  // header
  std::vector<std::string> header = SplitTabs(line);
  auto col = [&](const char* name) -> int {
    for (size_t i = 0; i < header.size(); ++i)
      if (header[i] == name) return static_cast<int>(i);
    return -1;
  };
  const int c_lint = col("lint_name"), c_file = col("testdata_file"), c_exp = col("expected_status"),
            c_cfg = col("config"), c_dm = col("details_match"), c_det = col("expected_details");
  if (c_lint < 0 || c_file < 0 || c_exp < 0) {
    rep.error = dir + "/expectations.tsv: missing lint_name/testdata_file/expected_status columns";
    return rep;
  }
  size_t n = 1;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty()) continue;
    auto f = SplitTabs(line);
    auto get = [&](int c) { return c >= 0 && static_cast<size_t>(c) < f.size() ? f[c] : std::string(); };
    if (!only.empty() && !std::regex_search(get(c_lint), only_re)) continue;
    rep.rows.push_back({get(c_lint), get(c_file), get(c_exp), Unescape(get(c_cfg)), get(c_dm),
                        Unescape(get(c_det)), n});
  }

  std::unordered_map<std::string, std::unique_ptr<LoadedFile>> files;
  const auto& registry = lint::Registry::Global();
  lint::Config empty_config;
  for (const SuiteRow& row : rep.rows) {
    RowOutcome o{&row, RowOutcome::kFailed, "", "", ""};
    const lint::Registration* reg = registry.Find(row.lint);
    if (!reg) {
      o.kind = RowOutcome::kNotImplemented;
      o.why = "lint not implemented";
      ++rep.not_implemented;
      rep.outcomes.push_back(o);
      continue;
    }
    auto& file = files[row.file];
    if (!file) file = Load(dir + "/testdata/" + row.file);
    std::optional<lint::Config> cfg;
    std::string cfg_error;
    if (!row.config.empty()) cfg = lint::Config::Parse(row.config, &cfg_error);
    if (!file->error.empty()) {
      o.got = "unparsable";
      o.why = file->error;
    } else if (!row.config.empty() && !cfg) {
      o.got = "config-error";
      o.why = cfg_error;
    } else {
      lint::Filter filter;
      filter.include_names = {row.lint};
      lint::Runner runner(registry, filter, cfg ? *cfg : empty_config);
      std::vector<lint::Result> results;
      switch (file->parsed.kind) {
        case x509::ParsedKind::kCertificate: runner.Run(file->parsed.cert, &results); break;
        case x509::ParsedKind::kCrl: runner.Run(file->parsed.crl, &results); break;
        case x509::ParsedKind::kOcspResponse: runner.Run(file->parsed.ocsp, &results); break;
        case x509::ParsedKind::kNone: break;
      }
      if (results.size() != 1) {
        o.got = "not-run";
        o.why = std::string("lint is for ") + lint::ObjectTypeName(reg->metadata->type) +
                " objects; file parsed as another type";
      } else {
        o.got = lint::StatusName(results[0].status);
        o.got_details = results[0].details;
        bool ok = o.got == row.expected &&
                  DetailsMatch(row.details_match, row.expected_details, o.got_details);
        if (ok) o.kind = RowOutcome::kPassed;
        else if (o.got == row.expected) o.why = "details differ";
      }
    }
    if (o.kind == RowOutcome::kFailed) {
      for (const auto& k : known) {
        if (k.lint == row.lint && k.file == row.file) {
          o.kind = RowOutcome::kKnown;
          o.why = k.reason;
        }
      }
    }
    switch (o.kind) {
      case RowOutcome::kPassed: ++rep.passed; break;
      case RowOutcome::kFailed: ++rep.failed; break;
      case RowOutcome::kNotImplemented: ++rep.not_implemented; break;
      case RowOutcome::kKnown: ++rep.known; break;
    }
    rep.outcomes.push_back(std::move(o));
  }
  return rep;
}

void PrintSuiteReport(const SuiteReport& r, std::ostream& out, bool verbose) {
  if (!r.error.empty()) {
    out << "error: " << r.error << "\n";
    return;
  }
  for (const auto& o : r.outcomes) {
    if (o.kind == RowOutcome::kFailed ||
        (verbose && (o.kind == RowOutcome::kKnown || o.kind == RowOutcome::kNotImplemented))) {
      out << (o.kind == RowOutcome::kKnown ? "KNOWN " : o.kind == RowOutcome::kNotImplemented ? "MISSING " : "FAIL ")
          << o.row->lint << "\t" << o.row->file << "\texpected=" << o.row->expected
          << "\tgot=" << (o.got.empty() ? "-" : o.got);
      if (!o.row->details_match.empty())
        out << "\texpected_details(" << o.row->details_match << ")=\"" << o.row->expected_details << "\"";
      if (!o.got_details.empty()) out << "\tdetails=\"" << o.got_details << "\"";
      if (!o.why.empty()) out << "\t(" << o.why << ")";
      out << "\n";
    }
  }
  out << "rows: " << r.rows.size() << "; known disagreements (documented): " << r.known
      << "; rows of lints not yet implemented: " << r.not_implemented << "\n";
  out << r.passed << " passed, " << (r.failed + r.known + r.not_implemented) << " failed\n";
}

}  // namespace cair::conformance
