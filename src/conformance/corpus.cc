#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <unordered_map>

#include "base/files.h"
#include "base/sha256.h"
#include "conformance/zlint_suite.h"
#include "lint/config.h"
#include "lint/registry.h"
#include "lint/run_object.h"
#include "lint/runner.h"
#include "x509/input.h"
#include "x509/object.h"

namespace cair::conformance {

namespace {

bool IsFinding(lint::Status s) {
  return s == lint::Status::kInfo || s == lint::Status::kWarn || s == lint::Status::kError ||
         s == lint::Status::kFatal;
}

}  // namespace

CorpusReport RunCorpusComparison(const std::string& dir) {
  namespace fs = std::filesystem;
  CorpusReport rep;
  std::error_code ec;
  std::vector<fs::path> tsvs;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    std::string name = entry.path().filename().string();
    if (name.rfind("zlint-", 0) == 0 && entry.path().extension() == ".tsv") tsvs.push_back(entry.path());
  }
  if (ec) {
    rep.errors.push_back(dir + ": " + ec.message());
    return rep;
  }
  std::sort(tsvs.begin(), tsvs.end());
  lint::Config config;
  lint::Runner runner(lint::Registry::Global(), lint::Filter{}, config);
  std::set<std::string> implemented;
  for (const auto& r : lint::Registry::Global().All()) implemented.insert(std::string(r.metadata->name));

  for (const auto& tsv : tsvs) {
    std::string kind = tsv.stem().string().substr(6);
    fs::path pem = fs::path(dir) / (kind + ".pem");
    // zlint's verdicts by SHA-256.
    std::unordered_map<std::string, std::unordered_map<std::string, std::string>> verdicts;
    {
      std::ifstream in(tsv);
      std::string line;
      std::getline(in, line);
      while (std::getline(in, line)) {
        size_t tab = line.find('\t');
        std::string sha = line.substr(0, tab);
        auto& m = verdicts[sha];
        if (tab == std::string::npos) continue;
        std::stringstream ss(line.substr(tab + 1));
        std::string item;
        while (std::getline(ss, item, ',')) {
          size_t eq = item.find('=');
          if (eq != std::string::npos) m[item.substr(0, eq)] = item.substr(eq + 1);
        }
      }
    }
    std::string error;
    const auto text = base::ReadWholeFile(pem.string(), &error);
    if (!text) {
      rep.errors.push_back(error);
      continue;
    }
    auto decoded = x509::DecodeObjects(*text, x509::InputFormat::kPem);
    for (const auto& e : decoded.errors) rep.errors.push_back(pem.string() + ": " + e);
    std::vector<lint::Result> results;
    for (const auto& obj : decoded.objects) {
      ++rep.objects;
      std::string sha = base::Sha256Hex(obj.der);
      auto v = verdicts.find(sha);
      if (v == verdicts.end()) continue;  // zlint did not report on it (e.g. it could not parse)
      auto parsed = x509::ParseObject(der::Input(std::string_view(obj.der)), obj.label);
      const std::vector<const lint::Metadata*>* metas = lint::RunObject(runner, parsed, &results);
      if (!metas) {
        ++rep.unparsable;
        rep.errors.push_back(pem.string() + " line " + std::to_string(obj.line) + ": " + parsed.error);
        continue;
      }
      for (const auto& [name, status] : v->second)
        if (!implemented.count(name)) ++rep.zlint_lints_not_implemented[name];
      for (size_t i = 0; i < metas->size(); ++i) {
        if ((*metas)[i]->source == lint::Source::kCair) continue;  // zlint has no verdict to compare
        const std::string name((*metas)[i]->name);
        auto& st = rep.per_lint[name];
        ++st.objects;
        ++rep.pairs;
        auto z = v->second.find(name);
        bool ours = IsFinding(results[i].status);
        std::string ours_s = ours ? lint::StatusName(results[i].status) : "-";
        std::string theirs_s = z == v->second.end() ? "-" : z->second;
        if (ours_s == theirs_s) {
          ++st.agree;
          ++rep.pairs_agree;
          continue;
        }
        if (!ours) ++st.zlint_only;
        else if (z == v->second.end()) ++st.we_only;
        else ++st.status_differs;
        if (st.examples.size() < 5)
          st.examples.push_back(sha + " ours=" + ours_s + " zlint=" + theirs_s +
                                (results[i].details.empty() ? "" : " (" + results[i].details + ")"));
      }
    }
  }
  return rep;
}

void PrintCorpusReport(const CorpusReport& r, std::ostream& out, bool verbose) {
  for (const auto& e : r.errors) out << "error: " << e << "\n";
  size_t lints_full = 0;
  for (const auto& [name, st] : r.per_lint) {
    bool perfect = st.agree == st.objects;
    lints_full += perfect;
    if (!perfect || verbose) {
      out << name << "\t" << st.agree << "/" << st.objects << " agree";
      if (!perfect)
        out << "\t(we only: " << st.we_only << ", zlint only: " << st.zlint_only
            << ", status differs: " << st.status_differs << ")";
      out << "\n";
      for (const auto& ex : st.examples) out << "    " << ex << "\n";
    }
  }
  if (!r.zlint_lints_not_implemented.empty()) {
    size_t findings = 0;
    for (const auto& [name, n] : r.zlint_lints_not_implemented) findings += n;
    out << "zlint reports " << findings << " findings from " << r.zlint_lints_not_implemented.size()
        << " lints not implemented here" << (verbose ? ":" : " (-v lists them)");
    if (verbose)
      for (const auto& [name, n] : r.zlint_lints_not_implemented) out << " " << name << "=" << n;
    out << "\n";
  }
  double pct = r.pairs ? 100.0 * static_cast<double>(r.pairs_agree) / static_cast<double>(r.pairs) : 0;
  out << "objects: " << r.objects << " (unparsable: " << r.unparsable << "); lints compared: "
      << r.per_lint.size() << ", in full agreement: " << lints_full << "\n";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.3f", pct);
  out << "(object, lint) pairs agreeing with zlint: " << r.pairs_agree << " of " << r.pairs << " ("
      << buf << " %)\n";
}

}  // namespace cair::conformance
