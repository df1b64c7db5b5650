#include "report/report.h"

#include <algorithm>
#include <fstream>
#include <functional>
#include <memory>
#include <sstream>
#include <unordered_map>

#include "base/files.h"
#include "base/strings.h"
#include "incident/rules.h"
#include "report/chart.h"
#include "report/format.h"
#include "report/mustache.h"
#include "report/report_context.h"
#include "report/report_data.h"

#ifndef CAIR_TEMPLATES_DIR
#define CAIR_TEMPLATES_DIR "templates"
#endif

namespace cair::report {
namespace {

using nlohmann::json;

// Streams the Appendix rows of `p` to `fn` in the store's (notBefore,
// SHA-256) order. A precertificate and its certificate share their TBS, so
// their notBefore: the store hands each (notBefore, TBS key) group over
// together, and pairing within the group gives the rows a whole-problem
// pairing would, with memory bounded by the group (two objects).
base::StatusOr<bool> StreamRows(incident::Store& store, const ProblemData& p, const std::map<std::string, incident::DelayPlan>& plans,
                                  const ReportOptions& o, int64_t clock_start, const std::function<void(const AppendixRow&)>& fn) {
  std::vector<AppendixRow> rows;  // the current group
  std::unordered_map<uint64_t, size_t> by_tbs;
  std::optional<std::pair<int64_t, uint64_t>> group;
  auto flush = [&] {
    for (const auto& r : rows) fn(r);
    rows.clear();
    by_tbs.clear();
  };
  const auto deadline = incident::ComputeRevocationDeadline({p.problem.br_reason}, p.problem.ca, clock_start, 0, INT64_MAX).hard;
  auto each = store.ForEachScopeCertificate(p.scope, [&](const incident::CertificateState& c) {
    const std::pair<int64_t, uint64_t> key{c.cert.not_before, c.cert.tbs_key};
    if (c.cert.tbs_key == 0 || group != key) flush();
    group = key;
    size_t idx;
    auto it = c.cert.tbs_key ? by_tbs.find(c.cert.tbs_key) : by_tbs.end();
    bool fresh = it == by_tbs.end() ||
                 (c.cert.precertificate ? !rows[it->second].precert_sha256.empty() : !rows[it->second].cert_sha256.empty());
    if (fresh) {
      idx = rows.size();
      rows.push_back({});
      if (c.cert.tbs_key) by_tbs[c.cert.tbs_key] = idx;
    } else {
      idx = it->second;
    }
    AppendixRow& r = rows[idx];
    (c.cert.precertificate ? r.precert_sha256 : r.cert_sha256) = c.cert.sha256_hex;
    // A final certificate's data wins over its precertificate's.
    if (!fresh && c.cert.precertificate) return true;
    r.issuer = c.cert.issuer;
    r.not_before = c.cert.not_before;
    r.not_after = c.cert.not_after;
    r.serial_hex = c.cert.serial_hex;
    r.subject = c.cert.subject;  // as stored by `cair problem add`; --certs may refine it
    r.dns_names = c.cert.dns_names;
    if (auto d = o.details.find(c.cert.sha256_hex); d != o.details.end()) {
      r.subject = d->second.subject;
      r.dns_names.clear();
      for (const auto& n : d->second.dns_names) r.dns_names += (r.dns_names.empty() ? "" : " ") + n;  // req §7: one separator, a space
    }
    // Req §4.7 column 9-11: Yes / Planned / Delayed / N/A (expired).
    if (c.revoked_at && *c.revoked_at <= o.now) {
      r.is_revoked = "Yes";
      r.revocation_date = Iso(*c.revoked_at);
      r.revocation_reason = c.crl_reason ? incident::CrlReasonName(static_cast<incident::CrlReason>(*c.crl_reason)) : "unspecified";
    } else if (c.cert.not_after < o.now) {
      r.is_revoked = r.revocation_date = r.revocation_reason = kNA;
    } else if (!p.problem.ca && incident::IsShortLived(c.cert.not_before, c.cert.not_after)) {
      r.is_revoked = r.revocation_date = r.revocation_reason = kNA;  // req §1.1: exempt, expires on its own
    } else {
      const char* reason = incident::CrlReasonName(incident::RequiredCrlReason(p.problem.br_reason));
      r.revocation_reason = std::string(reason) == "unspecified" ? "unspecified" : reason;
      if (auto pl = plans.find(c.cert.sha256_hex); pl != plans.end()) {
        r.is_revoked = "Delayed";
        r.revocation_date = Iso(pl->second.planned_at);
      } else if (deadline < o.now) {
        r.is_revoked = "Delayed";
        r.revocation_date = kNA;
      } else {
        r.is_revoked = "Planned";
        r.revocation_date = Iso(deadline);
      }
    }
    return true;
  }, true);
  if (!each.ok()) return each;
  flush();
  return true;
}

// One CSV row (RFC 4180 quoting) with `eol` line end.
void CsvRow(std::ostream& out, const AppendixRow& r, const char* eol) {
  const std::string f[] = {r.precert_sha256, r.cert_sha256, r.subject, r.issuer, Iso(r.not_before), Iso(r.not_after),
                           r.serial_hex, r.dns_names, r.is_revoked, r.revocation_date, r.revocation_reason};
  for (size_t i = 0; i < 11; ++i) out << (i ? "," : "") << base::CsvField(f[i]);
  out << eol;
}

void CsvHeader(std::ostream& out, const char* eol) {
  for (size_t i = 0; i < AppendixColumns().size(); ++i) out << (i ? "," : "") << base::CsvField(AppendixColumns()[i]);
  out << eol;
}

void CrtShRow(std::ostream& out, const AppendixRow& r) {
  if (!r.precert_sha256.empty()) out << "https://crt.sh/?sha256=" << r.precert_sha256 << "\n";
  if (!r.cert_sha256.empty()) out << "https://crt.sh/?sha256=" << r.cert_sha256 << "\n";
}

}  // namespace

std::optional<ReportKind> ParseReportKind(const std::string& name) {
  if (name == "preliminary") return ReportKind::kPreliminary;
  if (name == "full") return ReportKind::kFull;
  if (name == "closure") return ReportKind::kClosure;
  if (name == "delayed-revocation") return ReportKind::kDelayedRevocation;
  if (name == "mozilla7") return ReportKind::kMozilla7;
  return std::nullopt;
}

const char* ReportKindName(ReportKind k) {
  switch (k) {
    case ReportKind::kPreliminary: return "preliminary";
    case ReportKind::kFull: return "full";
    case ReportKind::kClosure: return "closure";
    case ReportKind::kDelayedRevocation: return "delayed-revocation";
    case ReportKind::kMozilla7: return "mozilla7";
  }
  return "full";
}

const std::vector<std::string>& AppendixColumns() {
  // Req §4.7 Appendix, columns 1-11 in the IRG order.
  static const std::vector<std::string> k = {"Precertificate SHA-256 hash", "Certificate SHA-256 hash", "Subject", "Issuer",
                                             "Not before", "Not after", "Serial #", "dNSNames", "Is revoked?",
                                             "Revocation date", "Revocation reason"};
  return k;
}

std::string AppendixCsv(const std::vector<AppendixRow>& rows) {
  // RFC 4180: CRLF line ends, quoted fields where needed (req §7).
  std::ostringstream out;
  CsvHeader(out, "\r\n");
  for (const auto& r : rows) CsvRow(out, r, "\r\n");
  return out.str();
}

const std::vector<std::string>& SmimeAppendixColumns() {
  static const std::vector<std::string> k = {"Serial #", "Precertificate SHA-256 hash", "Certificate SHA-256 hash"};
  return k;
}

static void SmimeCsvHeader(std::ostream& out, const char* eol) {
  for (size_t i = 0; i < SmimeAppendixColumns().size(); ++i) out << (i ? "," : "") << base::CsvField(SmimeAppendixColumns()[i]);
  out << eol;
}

static void SmimeCsvRow(std::ostream& out, const AppendixRow& r, const char* eol) {
  out << base::CsvField(r.serial_hex) << "," << r.precert_sha256 << "," << r.cert_sha256 << eol;
}

std::string SmimeAppendixCsv(const std::vector<AppendixRow>& rows) {
  std::ostringstream out;
  SmimeCsvHeader(out, "\r\n");
  for (const auto& r : rows) SmimeCsvRow(out, r, "\r\n");
  return out.str();
}

std::string CrtShList(const std::vector<AppendixRow>& rows) {
  std::ostringstream out;
  for (const auto& r : rows) CrtShRow(out, r);
  return out.str();
}

std::string DefaultTemplatesDir() { return CAIR_TEMPLATES_DIR; }

std::string BugzillaCommentJson(const std::string& markdown) {
  return nlohmann::ordered_json{{"comment", markdown}, {"is_markdown", true}}.dump();
}

namespace {

// An ostream that only counts: the length of an inline list before it is written.
class CountingBuf : public std::streambuf {
 public:
  uint64_t n = 0;
 protected:
  int_type overflow(int_type c) override {
    if (c != traits_type::eof()) ++n;
    return c;
  }
  std::streamsize xsputn(const char*, std::streamsize k) override {
    n += static_cast<uint64_t>(k);
    return k;
  }
};

// One problem's list: a CSV (CRLF in a file, LF inline) or the crt.sh lines;
// HTML-escaped inline in the HTML report.
base::StatusOr<bool> WriteList(incident::Store& store, const Loaded& l, const ProblemData& p,
                                 const std::map<std::string, incident::DelayPlan>& plans, const ReportOptions& o, bool inline_text,
                                 std::ostream& out) {
  const bool crtsh = CrtSh(p);
  const char* eol = inline_text ? "\n" : "\r\n";
  const bool escape = inline_text && o.html;
  std::ostringstream line;
  std::ostream& target = escape ? static_cast<std::ostream&>(line) : out;
  auto emit = [&] {
    if (!escape) return;
    out << HtmlEscape(line.str());
    line.str("");
  };
  const bool smime = p.problem.smime;
  if (!crtsh) {
    if (smime) SmimeCsvHeader(target, eol);
    else CsvHeader(target, eol);
    emit();
  }
  return StreamRows(store, p, plans, o, l.clock_start, [&](const AppendixRow& r) {
    if (crtsh) CrtShRow(target, r);
    else if (smime) SmimeCsvRow(target, r, eol);
    else CsvRow(target, r, eol);
    emit();
  });
}

// Pass 1 over each problem's rows: how many, and how long its inline list is.
base::StatusOr<bool> MeasureLists(incident::Store& store, Loaded& l, const std::map<std::string, incident::DelayPlan>& plans,
                                    const ReportOptions& o) {
  for (auto& p : l.problems) {
    if (p.objects() == 0) continue;
    size_t rows = 0;
    auto n = StreamRows(store, p, plans, o, l.clock_start, [&](const AppendixRow&) { ++rows; });
    if (!n.ok()) return n;
    p.rows = rows;
    if (o.html) continue;  // the Bugzilla limit is the Markdown comment's
    if (CrtSh(p)) {  // one line of 88 characters per object: over the limit whatever the rest
      p.inline_bytes = static_cast<uint64_t>(p.objects()) * (sizeof "https://crt.sh/?sha256=" - 1 + 64 + 1);
      continue;
    }
    CountingBuf counter;
    std::ostream count(&counter);
    auto w = WriteList(store, l, p, plans, o, true, count);
    if (!w.ok()) return w;
    p.inline_bytes = counter.n;
  }
  return true;
}

std::map<std::string, incident::DelayPlan> PlansBySha(const Loaded& l) {
  std::map<std::string, incident::DelayPlan> by_sha;
  for (const auto& p : l.plans) by_sha[p.sha256_hex] = p;
  return by_sha;
}

std::string TemplatePath(const ReportOptions& o, std::string* dir, std::string* ext) {
  *dir = o.templates_dir.empty() ? DefaultTemplatesDir() : o.templates_dir;
  *ext = o.html ? ".html.mustache" : ".md.mustache";
  return *dir + "/" + (o.html ? "report" : ReportKindName(o.kind)) + *ext;
}

base::StatusOr<std::string> Render(const json& ctx, const ReportOptions& o) {
  std::string dir, ext;
  const std::string path = TemplatePath(o, &dir, &ext);
  auto tmpl = base::ReadFile(path);
  if (!tmpl.ok()) return base::InvalidArgumentError(path + ": cannot read the template");
  MustacheOptions mo;
  mo.html_escape = o.html;
  mo.partial = [&](const std::string& p) -> std::optional<std::string> {
    auto text = base::ReadFile(dir + "/" + p + ext);
    if (!text.ok()) return std::nullopt;
    return *std::move(text);
  };
  auto r = RenderMustache(*tmpl, ctx, mo);
  if (!r.ok()) return base::InvalidArgumentError(path + ": " + r.error);
  return std::move(r.text);
}

std::string DefaultAppendixBase(const ReportOptions& o, int64_t id) {
  return o.oversize_appendix_base.empty() ? "incident-" + std::to_string(id) + "-appendix" : o.oversize_appendix_base;
}

// The report: rendered with a marker where each inline list goes, then
// written piece by piece with the lists streamed in; files through `open`.
using OpenFn = std::function<std::ostream*(const std::string& path)>;

base::StatusOr<std::vector<std::string>> Write(incident::Store& store, int64_t incident_id, const ReportOptions& o,
                                                 std::ostream& out, const OpenFn& open) {
  auto loaded = Load(store, incident_id, o);
  CAIR_RETURN_IF_ERROR(loaded);
  Loaded& l = *loaded;
  const auto plans = PlansBySha(l);
  auto measured = MeasureLists(store, l, plans, o);
  CAIR_RETURN_IF_ERROR(measured);
  Placement placement{!o.appendix_path.empty(), o.appendix_path, false};
  json ctx = Context(l, o, placement);
  if (o.html) ctx["chart_svg"] = [&] {
    std::vector<ChartSeries> s;
    for (const auto& p : l.problems) {
      ChartSeries cs{p.problem.name, {}};
      // The chart is an illustration: a store failure leaves its series empty.
      store.ForEachScopeCertificate(p.scope, [&](const incident::CertificateState& x) {
        cs.not_before.push_back(x.cert.not_before);
        return true;
      }).IgnoreError();
      s.push_back(std::move(cs));
    }
    return IssuanceChartSvg(s);
  }();
  auto text = Render(ctx, o);
  CAIR_RETURN_IF_ERROR(text);
  if (!o.html && !placement.files) {
    // Req §4.2: a report goes to Bugzilla as one comment, of at most
    // 65,535 characters. Lists that would not fit go to files instead.
    uint64_t total = text->size();
    bool any = false;
    for (size_t i = 0; i < l.problems.size(); ++i)
      if (l.problems[i].objects() > 0 && text->find(Marker(i + 1)) != std::string::npos) {
        total += l.problems[i].inline_bytes - Marker(i + 1).size();
        any = true;
      }
    if (any && total > kBugzillaCommentLimit) {
      placement = {true, DefaultAppendixBase(o, l.bundle.incident.id), true};
      ctx = Context(l, o, placement);
      text = Render(ctx, o);
      CAIR_RETURN_IF_ERROR(text);
    }
  }
  std::vector<std::string> files;
  size_t pos = 0;
  const std::string& t = *text;
  for (size_t i = 0; i < l.problems.size(); ++i) {
    const ProblemData& p = l.problems[i];
    if (p.objects() == 0) continue;
    if (placement.files) continue;
    const std::string m = Marker(i + 1);
    size_t at = t.find(m, pos);
    if (at == std::string::npos) continue;  // a template that leaves the list out
    out.write(t.data() + pos, static_cast<std::streamsize>(at - pos));
    auto w = WriteList(store, l, p, plans, o, true, out);
    CAIR_RETURN_IF_ERROR(w);
    pos = at + m.size();
  }
  out.write(t.data() + pos, static_cast<std::streamsize>(t.size() - pos));
  if (placement.files)
    for (const auto& a : ctx["appendix"]) {
      const std::string path = a["file"].get<std::string>();
      std::ostream* f = open(path);
      if (!f) return base::InvalidArgumentError(path + ": cannot write the appendix");
      auto w = WriteList(store, l, l.problems[a["index"].get<size_t>() - 1], plans, o, false, *f);
      CAIR_RETURN_IF_ERROR(w);
      f->flush();
      if (!*f) return base::InvalidArgumentError(path + ": cannot write the appendix");
      files.push_back(path);
    }
  if (!out) return base::InvalidArgumentError("cannot write the report");
  return std::move(files);
}

}  // namespace

base::StatusOr<nlohmann::json> BuildContext(incident::Store& store, int64_t incident_id, const ReportOptions& o) {
  auto loaded = Load(store, incident_id, o);
  CAIR_RETURN_IF_ERROR(loaded);
  auto measured = MeasureLists(store, *loaded, PlansBySha(*loaded), o);
  CAIR_RETURN_IF_ERROR(measured);
  json ctx = Context(*loaded, o, {!o.appendix_path.empty(), o.appendix_path, false});
  for (auto& a : ctx["appendix"]) a["text"] = "";  // the lists are streamed by WriteReport
  return ctx;
}

base::StatusOr<std::vector<std::string>> WriteReport(incident::Store& store, int64_t incident_id, const ReportOptions& o,
                                                       std::ostream& out) {
  std::vector<std::unique_ptr<std::ofstream>> files;
  return Write(store, incident_id, o, out, [&](const std::string& path) -> std::ostream* {
    files.push_back(std::make_unique<std::ofstream>(path, std::ios::binary));
    return *files.back() ? files.back().get() : nullptr;
  });
}

base::StatusOr<Report> GenerateReport(incident::Store& store, int64_t incident_id, const ReportOptions& o) {
  std::ostringstream out;
  std::vector<std::unique_ptr<std::ostringstream>> texts;
  auto files = Write(store, incident_id, o, out, [&](const std::string&) -> std::ostream* {
    texts.push_back(std::make_unique<std::ostringstream>());
    return texts.back().get();
  });
  CAIR_RETURN_IF_ERROR(files);
  Report rep;
  rep.text = out.str();
  for (size_t i = 0; i < files->size(); ++i) rep.appendix_files.push_back({(*files)[i], texts[i]->str()});
  return std::move(rep);
}

}  // namespace cair::report
