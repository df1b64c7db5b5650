// `cair report`: incident reports for Bugzilla (CCADB IRG v3.2 preliminary,
// full, closure; the delayed-revocation report; Mozilla's seven topics),
// `cair report check` (a linter for anyone's report), and `cair bugzilla
// post|pull` (REST: add a comment; read comments and the Whiteboard).

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "base/files.h"
#include "base/sha256.h"
#include "cli/commands.h"
#include "cli/output_file.h"
#include "cli/store_common.h"
#include "corpus/source.h"
#include "incident/rules.h"
#include "incident/store.h"
#include "report/bugzilla.h"
#include "report/check.h"
#include "report/report.h"
#include "x509/certificate.h"
#include "x509/input.h"

namespace cair::cli {
namespace {

std::optional<std::string> Slurp(const std::string& path) {
  if (path == "-") {
    std::stringstream ss;
    ss << std::cin.rdbuf();
    return ss.str();
  }
  std::string error;
  return base::ReadWholeFile(path, &error);
}

// Subject and dNSNames of the certificates in `files`, by SHA-256.
class DetailsFeed : public corpus::ObjectSink {
 public:
  std::map<std::string, report::CertificateDetails> details;
  std::string error;
  void Object(corpus::RawObject&& o) override {
    if (o.base64) {
      auto der = x509::DecodeBase64(o.der);
      if (!der) return Unreadable(o.origin, "bad base64");
      o.der = std::move(*der);
    }
    auto c = x509::ParseCertificate(der::Input(std::string_view(o.der)));
    if (!c.ok()) return Unreadable(o.origin, "not a certificate");
    report::CertificateDetails d;
    d.subject = c.subject.ToString();
    d.smime = c.IsEmailProtection();
    for (const auto& n : c.san.names.names)
      if (n.type == x509::GeneralNameType::kDnsName) d.dns_names.emplace_back(n.Text());
    details[base::Sha256HexUpper(o.der)] = std::move(d);
  }
  void Unreadable(const std::string& origin, const std::string& reason) override {
    if (error.empty()) error = origin + ": " + reason;
  }
  bool Stopped() const override { return !error.empty(); }
};

}  // namespace

void AddReportCommands(CLI::App& app, int* exit_code) {
  struct Opts {
    StoreOptions c;
    int64_t id = 0;
    std::string kind, out, appendix, format = "markdown", templates;
    std::vector<std::string> certs;
    bool bugzilla_json = false;
  };
  auto o = std::make_shared<Opts>();
  CLI::App* rep = app.add_subcommand(
      "report",
      "Write an incident report for Bugzilla, in the exact headings and labels of the CCADB Incident Reporting\n"
      "Guidelines v3.2 (preliminary, full, closure; a delayed-revocation report; Mozilla's seven topics),\n"
      "from the incident store. Fields with nothing to say read N/A. Templates are Mustache files\n"
      "(built-in: " + report::DefaultTemplatesDir() + "; --templates DIR for your own copies).\n"
      "Text fields come from `cair incident set` (description, policies, root-cause-analysis, lessons-*, ...).\n\n"
      "Examples:\n"
      "  cair report 1 --kind preliminary --now 2026-01-06T09:00:00Z\n"
      "  cair report 1 --kind full --out full.md --appendix affected.csv --certs affected.pem\n"
      "  cair report 1 --kind full --format html --out report.html\n"
      "  cair report 1 --kind closure --bugzilla-json > comment.json\n"
      "  cair report check full.md");
  rep->require_subcommand(0, 1);
  AddStoreOptions(rep, &o->c);
  rep->add_option("id", o->id, "Incident id (for delayed-revocation: the delay incident or its parent)");
  rep->add_option("--kind", o->kind, "preliminary, full, closure, delayed-revocation or mozilla7")
      ->check(CLI::IsMember({"preliminary", "full", "closure", "delayed-revocation", "mozilla7"}));
  rep->add_option("--out", o->out, "Write the report here (default: stdout)");
  rep->add_option("--appendix", o->appendix,
                  "Write the Appendix lists to this file (one per problem: FILE-1.csv, FILE-2.csv, ... when several).\n"
                  "Without it, lists that would make a Markdown report longer than the 65,535 characters of a\n"
                  "Bugzilla comment go to OUT-appendix.csv/.txt (beside --out) or incident-ID-appendix.csv/.txt,\n"
                  "and the report names them");
  rep->add_option("--format", o->format, "markdown (default) or html (with an SVG chart)")->check(CLI::IsMember({"markdown", "html"}));
  rep->add_option("--templates", o->templates, "Directory of your own templates (same file names as the built-in ones)");
  rep->add_option("--certs", o->certs, "The affected certificates (PEM/DER/archives), to fill Subject and dNSNames in the Appendix");
  rep->add_flag("--bugzilla-json", o->bugzilla_json, "Print the JSON body of Bugzilla's REST \"add comment\" call instead");
  rep->callback([o, rep, exit_code] {
    if (!rep->get_subcommands().empty()) return;  // `report check`
    if (o->id <= 0 || o->kind.empty())
      return Fail("report", "give the incident id and --kind (or `cair report check FILE`)", kExitUsage, exit_code);
    if (o->bugzilla_json && o->format == "html") return Fail("report", "--bugzilla-json takes the Markdown form, not --format html", kExitUsage, exit_code);
    int64_t now;
    auto store = OpenStore(o->c, &now, exit_code);
    if (!store) return;
    report::ReportOptions ro;
    ro.kind = *report::ParseReportKind(o->kind);
    ro.html = o->format == "html";
    ro.now = now;
    ro.templates_dir = o->templates;
    ro.appendix_path = o->appendix;
    if (!o->certs.empty()) {
      DetailsFeed feed;
      corpus::SourceOptions so;
      for (const auto& f : o->certs) {
        if (!corpus::ReadSource(f, so, feed) && feed.error.empty()) feed.error = f + ": cannot open";
        if (!feed.error.empty()) return Fail("report", "--certs " + feed.error, kExitBadInput, exit_code);
      }
      ro.details = std::move(feed.details);
    }
    // Lists too long for a Bugzilla comment go beside the report (issue 18).
    if (!o->out.empty()) {
      auto dot = o->out.find_last_of('.');
      ro.oversize_appendix_base = (dot != std::string::npos && o->out.find('/', dot) == std::string::npos ? o->out.substr(0, dot) : o->out) +
                                  "-appendix";
    }
    // Streamed: the report and its lists are written as they are read from
    // the store, into a file that replaces --out only when complete (issue
    // 17). The Bugzilla JSON wraps the whole comment, which the comment
    // limit keeps small.
    std::ostringstream comment;
    OutputFile file;
    std::string error;
    if (!o->out.empty() && !o->bugzilla_json && !file.Open(o->out, &error))
      return Fail("report", error + " (cannot write the report)", kExitBadInput, exit_code);
    std::ostream& sink = o->bugzilla_json ? static_cast<std::ostream&>(comment) : o->out.empty() ? std::cout : file.stream();
    auto r = report::WriteReport(*store, o->id, ro, sink);
    if (!r.ok()) {
      const std::string why = file.WriteError();
      return Fail("report", why.empty() ? r.status().message() : why + " (cannot write the report)", kExitBadInput, exit_code);
    }
    if (!o->bugzilla_json) {
      if (o->out.empty() ? !sink.flush() : !file.Commit(&error))
        Fail("report", (o->out.empty() ? "stdout: write failed" : error) + " (cannot write the report)", kExitBadInput, exit_code);
      return;
    }
    std::string text = report::BugzillaCommentJson(comment.str()) + "\n";
    if (o->out.empty()) {
      std::cout << text;
    } else if (!WriteOutputFile(o->out, text, &error)) {
      Fail("report", error + " (cannot write the report)", kExitBadInput, exit_code);
    }
  });

  struct CheckOpts {
    std::vector<std::string> files;
    std::string now;
    bool json = false;
  };
  auto ch = std::make_shared<CheckOpts>();
  CLI::App* check = rep->add_subcommand(
      "check",
      "Lint incident reports in Markdown (whoever wrote them): missing or misspelled headings and labels, empty\n"
      "fields not marked N/A, timeline entries without a UTC date-time, root causes that only name human error,\n"
      "action items without kind / criteria / due date / valid status, \"not a security risk\" delay rationale,\n"
      "superseded template versions. One line per finding, FILE:LINE: rule: message. Exit 0 when clean, 1 with\n"
      "findings, 3 when a file cannot be read.\n\n"
      "Examples:\n  cair report check full.md\n  cair report check --now 2026-05-01T00:00:00Z --json a.md b.md");
  check->add_option("files", ch->files, "Report files (- for stdin)")->required();
  check->add_option("--now", ch->now, "When the report is posted (template supersession; default: now)");
  check->add_flag("--json", ch->json, "One JSON object per finding");
  check->callback([ch, exit_code] {
    report::CheckOptions co;
    co.now = static_cast<int64_t>(std::time(nullptr));
    if (!ch->now.empty()) {
      auto t = Time("--now", ch->now, exit_code);
      if (!t) return;
      co.now = *t;
    }
    bool any = false;
    for (const auto& f : ch->files) {
      auto text = Slurp(f);
      if (!text) {
        Fail("report check", f + ": cannot open", kExitBadInput, exit_code);
        continue;
      }
      for (const auto& x : report::CheckReport(*text, co)) {
        any = true;
        if (ch->json)
          std::cout << nlohmann::ordered_json{{"file", f}, {"line", x.line}, {"rule", x.rule}, {"message", x.message}}.dump() << "\n";
        else
          std::cout << f << ":" << x.line << ": " << x.rule << ": " << x.message << "\n";
      }
    }
    if (any && *exit_code == kExitOk) *exit_code = kExitFindings;
  });

  // cair bugzilla post / pull
  CLI::App* bz = AddCommandGroup(&app, "bugzilla", "Bugzilla REST: post a report as a comment; pull questions and the Whiteboard's Next update.");
  struct BzOpts {
    StoreOptions c;
    int64_t bug = 0, incident = 0;
    std::string base_url, file, kind, ca_account;
    std::vector<std::string> attach;
  };
  auto po = std::make_shared<BzOpts>();
  CLI::App* post = bz->add_subcommand(
      "post", "Post a Markdown report (or a --bugzilla-json body) as a comment on BUG; prints the comment id.\n"
              "The API key comes from $BUGZILLA_API_KEY. With --incident and --kind the post is recorded in the store\n"
              "(as `cair update post` does), which stops or restarts the reporting clocks.\n\n"
              "Example:\n  cair report 1 --kind full --out full.md && cair report check full.md &&\n"
              "  cair bugzilla post 1900001 --base-url https://bugzilla.mozilla.org --file full.md --incident 1 --kind full\n"
              "  cair bugzilla post 1900001 --base-url https://bugzilla.mozilla.org --file full.md --attach full-appendix.txt");
  AddStoreOptions(post, &po->c);
  post->add_option("bug", po->bug, "Bug number")->required();
  post->add_option("--base-url", po->base_url, "Bugzilla base URL, e.g. https://bugzilla.mozilla.org")->required();
  post->add_option("--file", po->file, "The report (Markdown, or JSON from --bugzilla-json); - for stdin")->required();
  post->add_option("--attach", po->attach,
                   "Attach these files first (the Appendix lists `cair report` wrote to files: too long for a comment);\n"
                   "each is sent as it is read. Prints \"attachment ID FILE\" per file, then the comment id");
  post->add_option("--incident", po->incident, "Record the post on this incident");
  post->add_option("--kind", po->kind, "What was posted: update, preliminary, full, closure, delayed-revocation, mozilla7")
      ->check(CLI::IsMember({"update", "preliminary", "full", "closure", "delayed-revocation", "problem-report-response", "mozilla7"}));
  post->callback([po, exit_code] {
    const char* key = std::getenv("BUGZILLA_API_KEY");
    if (!key || !*key) return Fail("bugzilla post", "set $BUGZILLA_API_KEY to your Bugzilla API key", kExitUsage, exit_code);
    if ((po->incident > 0) != !po->kind.empty()) return Fail("bugzilla post", "give --incident and --kind together", kExitUsage, exit_code);
    auto text = Slurp(po->file);
    if (!text) return Fail("bugzilla post", po->file + ": cannot open", kExitBadInput, exit_code);
    std::string markdown = *text;
    auto j = nlohmann::json::parse(markdown, nullptr, false);
    if (!j.is_discarded() && j.is_object() && j.contains("comment") && j["comment"].is_string()) markdown = j["comment"].get<std::string>();
    std::unique_ptr<incident::Store> store;
    int64_t now = 0;
    if (po->incident > 0) {
      store = OpenStore(po->c, &now, exit_code);
      if (!store) return;
      if (!store->GetIncident(po->incident).ok())
        return Fail("bugzilla post", "no incident " + std::to_string(po->incident), kExitBadInput, exit_code);
    }
    report::BugzillaClient client(po->base_url, key);
    for (const auto& f : po->attach) {
      const bool csv = f.size() >= 4 && f.compare(f.size() - 4, 4, ".csv") == 0;
      auto a = client.AddAttachment(po->bug, f, "Appendix: " + std::filesystem::path(f).filename().string(), csv ? "text/csv" : "text/plain");
      if (!a.ok()) return Fail("bugzilla post", a.status().message() + " (no comment was posted)", kExitBadInput, exit_code);
      std::cout << "attachment " << *a << " " << f << "\n";
    }
    auto id = client.AddComment(po->bug, markdown);
    if (!id.ok()) return Fail("bugzilla post", id.status().message(), kExitBadInput, exit_code);
    std::cout << *id << "\n";
    if (store) {
      auto rec = store->PostUpdate({0, po->incident, now, po->kind, po->base_url + "/show_bug.cgi?id=" + std::to_string(po->bug) +
                                                                        " (comment id " + std::to_string(*id) + ")"});
      if (!rec.ok()) Fail("bugzilla post", "posted, but not recorded: " + rec.status().message(), kExitBadInput, exit_code);
    }
  });

  auto pl = std::make_shared<BzOpts>();
  CLI::App* pull = bz->add_subcommand(
      "pull", "Read BUG's comments and Whiteboard: record each new comment with a question mark (not by --ca-account)\n"
              "as a question (7-day answer clock), mark open questions answered by a later --ca-account comment, and\n"
              "record the Whiteboard's \"Next update YYYY-MM-DD\". Repeatable: known comments are skipped.\n\n"
              "Example:\n  cair bugzilla pull 1900001 --incident 1 --base-url https://bugzilla.mozilla.org --ca-account ca@example.com");
  AddStoreOptions(pull, &pl->c);
  pull->add_option("bug", pl->bug, "Bug number")->required();
  pull->add_option("--incident", pl->incident, "Incident id")->required();
  pull->add_option("--base-url", pl->base_url, "Bugzilla base URL")->required();
  pull->add_option("--ca-account", pl->ca_account, "The CA's Bugzilla account: its comments answer earlier questions");
  pull->callback([pl, exit_code] {
    int64_t now;
    auto store = OpenStore(pl->c, &now, exit_code);
    if (!store) return;
    auto in = store->GetIncident(pl->incident);
    if (!in.ok()) return Fail("bugzilla pull", in.status().message(), kExitBadInput, exit_code);
    const char* key = std::getenv("BUGZILLA_API_KEY");
    report::BugzillaClient client(pl->base_url, key ? key : "");
    auto wb = client.Whiteboard(pl->bug);
    if (!wb.ok()) return Fail("bugzilla pull", wb.status().message(), kExitBadInput, exit_code);
    auto comments = client.Comments(pl->bug);
    if (!comments.ok()) return Fail("bugzilla pull", comments.status().message(), kExitBadInput, exit_code);
    auto known = store->Questions(pl->incident);
    if (!known.ok()) return Fail("bugzilla pull", known.status().message(), kExitBadInput, exit_code);
    int added = 0, answered = 0;
    for (const auto& c : *comments) {
      if (c.count == 0) continue;  // the bug's description
      const std::string tag = "Bugzilla comment #" + std::to_string(c.count) + " ";
      if (!pl->ca_account.empty() && c.creator == pl->ca_account) {
        auto open = store->Questions(pl->incident);
        for (const auto& q : *open)
          if (!q.answered_at && q.asked_at <= c.created_at && store->AnswerQuestion(q.id, c.created_at).ok()) ++answered;
        continue;
      }
      if (!report::LooksLikeQuestion(c.text)) continue;
      bool seen = false;
      for (const auto& q : *known) seen |= q.text.rfind(tag, 0) == 0;
      if (seen) continue;
      std::string text = c.text.size() > 500 ? c.text.substr(0, 500) + "..." : c.text;
      auto id = store->AddQuestion({0, pl->incident, tag + "by " + c.creator + ": " + text, c.created_at, std::nullopt});
      if (!id.ok()) return Fail("bugzilla pull", id.status().message(), kExitBadInput, exit_code);
      ++added;
    }
    auto next = report::ParseWhiteboardNextUpdate(*wb);
    if (next != in->whiteboard_next_update) {
      auto ok = store->SetWhiteboardNextUpdate(pl->incident, next, now);
      if (!ok.ok()) return Fail("bugzilla pull", ok.status().message(), kExitBadInput, exit_code);
    }
    std::cout << added << " new question(s), " << answered << " answered; Whiteboard next update: "
              << (next ? incident::FormatRfc3339(*next).substr(0, 10) : std::string("none")) << "\n";
  });
}

}  // namespace cair::cli
