#include "embed/linter.h"

#include <algorithm>

#include "der/strings.h"
#include "lint/run_object.h"

namespace cair::embed {

const char* KindName(Kind k) {
  switch (k) {
    case Kind::kUnparsable: return "unparsable";
    case Kind::kCertificate: return "certificate";
    case Kind::kPrecertificate: return "precertificate";
    case Kind::kTbsCertificate: return "tbsCertificate";
    case Kind::kCrl: return "crl";
    case Kind::kOcspResponse: return "ocsp";
  }
  return "unparsable";
}

Linter::Linter(const lint::Filter& filter, const lint::Config& config, size_t lints_per_step) {
  const auto& registry = lint::Registry::Global();
  for (const auto& r : registry.All())
    if (filter.Matches(*r.metadata)) lints_.push_back(r.metadata);
  if (lints_per_step == 0 || lints_per_step >= lints_.size()) {
    steps_.push_back(std::make_unique<lint::Runner>(registry, filter, config));
    return;
  }
  // Each step a contiguous run of names, so concatenated results stay sorted.
  for (size_t first = 0; first < lints_.size(); first += lints_per_step) {
    lint::Filter part;
    size_t last = std::min(lints_.size(), first + lints_per_step);
    for (size_t i = first; i < last; ++i) part.include_names.emplace_back(lints_[i]->name);
    steps_.push_back(std::make_unique<lint::Runner>(registry, part, config));
  }
}

Linter::~Linter() = default;

bool Linter::Start(der::Input der, Job* job) const {
  job->parsed_ = x509::ParseObject(der);
  job->step_ = 0;
  Outcome& o = job->outcome_;
  o.results.clear();
  o.error.clear();
  switch (job->parsed_.kind) {
    case x509::ParsedKind::kNone:
      o.kind = Kind::kUnparsable;
      o.error = job->parsed_.error.empty() ? "not a certificate, CRL or OCSP response" : job->parsed_.error;
      job->step_ = steps_.size();
      return false;
    case x509::ParsedKind::kCertificate: {
      const auto& c = job->parsed_.cert;
      o.kind = c.tbs_only ? Kind::kTbsCertificate : c.ct_poison ? Kind::kPrecertificate : Kind::kCertificate;
      break;
    }
    case x509::ParsedKind::kCrl: o.kind = Kind::kCrl; break;
    case x509::ParsedKind::kOcspResponse: o.kind = Kind::kOcspResponse; break;
  }
  return true;
}

bool Linter::Step(Job* job) const {
  if (job->step_ >= steps_.size()) return false;
  const lint::Runner& runner = *steps_[job->step_++];
  const std::vector<const lint::Metadata*>* metas = lint::RunObject(runner, job->parsed_, &job->scratch_);
  if (!metas) return false;
  for (size_t i = 0; i < job->scratch_.size(); ++i)
    job->outcome_.results.push_back({(*metas)[i], std::move(job->scratch_[i])});
  return job->step_ < steps_.size();
}

Outcome Linter::Lint(der::Input der) const {
  Job job;
  if (Start(der, &job))
    while (Step(&job)) {
    }
  return std::move(job.outcome());
}

std::string ValidUtf8(std::string_view s) {
  der::Input in(s);
  if (s.find('\0') == std::string_view::npos && der::IsValidUtf8(in)) return std::string(s);
  std::string out;
  out.reserve(s.size() + 8);
  size_t i = 0;
  while (i < s.size()) {
    const uint8_t b = static_cast<uint8_t>(s[i]);
    size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (b != 0 && len && i + len <= s.size() && der::IsValidUtf8(in.sub(i, len))) {
      out.append(s.substr(i, len));
      i += len;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  return out;
}

nlohmann::ordered_json ResultMap(const Outcome& o) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  if (o.kind == Kind::kUnparsable) {
    j[std::string(kParseLint)] = {{"result", "fatal"}, {"details", ValidUtf8(o.error)}};
    return j;
  }
  for (const auto& e : o.results) {
    nlohmann::ordered_json r;
    r["result"] = lint::StatusName(e.result.status);
    if (!e.result.details.empty()) r["details"] = ValidUtf8(e.result.details);
    j[std::string(e.lint->name)] = std::move(r);
  }
  return j;
}

std::vector<Finding> Findings(const Outcome& o) {
  std::vector<Finding> out;
  if (o.kind == Kind::kUnparsable) {
    out.push_back({kParseLint, lint::Status::kFatal, ValidUtf8(o.error), nullptr});
    return out;
  }
  for (const auto& e : o.results)
    if (e.result.status >= lint::Status::kInfo)
      out.push_back({e.lint->name, e.result.status, ValidUtf8(e.result.details), e.lint});
  return out;
}

std::vector<std::string> EmbeddedLines(const Outcome& o) {
  std::vector<std::pair<int, std::string>> lines;  // (rank, line); fatal ranks first
  auto add = [&](lint::Status s, std::string_view text) {
    const char* letter = s == lint::Status::kFatal ? "F: " : s == lint::Status::kError ? "E: "
                         : s == lint::Status::kWarn ? "W: " : "N: ";
    lines.emplace_back(static_cast<int>(lint::Status::kFatal) - static_cast<int>(s),
                       letter + ValidUtf8(text));
  };
  if (o.kind == Kind::kUnparsable) add(lint::Status::kFatal, o.error);
  for (const auto& e : o.results)
    if (e.result.status >= lint::Status::kInfo) add(e.result.status, e.lint->description);
  std::sort(lines.begin(), lines.end());
  std::vector<std::string> out;
  out.reserve(lines.size());
  for (auto& l : lines) out.push_back(std::move(l.second));
  return out;
}

}  // namespace cair::embed
