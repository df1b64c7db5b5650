// `cair incident export|import|close|note|whiteboard|set`: the rest of an
// incident's life cycle, and its JSON form (backup, hand-over, and the input
// of report generators outside cair).
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "base/files.h"
#include "cli/commands.h"
#include "cli/incident_json.h"
#include "cli/output_file.h"
#include "cli/store_common.h"
#include "incident/rules.h"
#include "incident/store.h"

namespace cair::cli {
namespace {

void Fail(const char* cmd, const std::string& message, int code, int* exit_code) {
  std::cerr << "cair incident " << cmd << ": " << message << "\n";
  *exit_code = code;
}

}  // namespace

void AddIncidentLifecycleCommands(CLI::App& app, int* exit_code) {
  CLI::App* inc = app.get_subcommand("incident");
  struct Opts {
    StoreOptions c;
    int64_t id = 0;
    std::string file, text, at, source = "CA", field, date;
  };

  auto ex = std::make_shared<Opts>();
  CLI::App* exp = inc->add_subcommand("export", "Write an incident as JSON (stdout or --out): every field, problem, certificate,\n"
                                                "halt, action item, question, update and plan.\n\nExample:\n  cair incident export 1 --out incident-1.json");
  AddStoreOptions(exp, &ex->c);
  exp->add_option("id", ex->id, "Incident id")->required();
  exp->add_option("--out", ex->file, "Output file (default: stdout)");
  exp->callback([ex, exit_code] {
    int64_t now;
    auto store = OpenStore(ex->c, &now, exit_code);
    if (!store) return;
    // Streamed (issue 18): certificates go out as they are read, into a
    // file that replaces --out only when complete (issue 17).
    OutputFile file;
    std::string error;
    if (!ex->file.empty() && !file.Open(ex->file, &error)) return Fail("export", error, kExitBadInput, exit_code);
    std::ostream& out = ex->file.empty() ? std::cout : file.stream();
    auto w = WriteIncidentJson(*store, ex->id, out);
    if (!w.ok()) {
      const std::string why = file.WriteError();  // a full disk says so, not only "cannot write"
      return Fail("export", (why.empty() ? w.status().message() : why) + "; nothing was written", kExitBadInput, exit_code);
    }
    out << "\n";
    if (ex->file.empty() ? !out.flush() : !file.Commit(&error))
      Fail("export", (ex->file.empty() ? "stdout: write failed" : error) + "; nothing was written", kExitBadInput, exit_code);
  });

  auto im = std::make_shared<Opts>();
  CLI::App* imp = inc->add_subcommand("import", "Restore an incident from `cair incident export` JSON under a new id (printed).\n\n"
                                                "Example:\n  cair incident import incident-1.json --db other.db");
  AddStoreOptions(imp, &im->c);
  imp->add_option("file", im->file, "Export JSON")->required();
  imp->callback([im, exit_code] {
    std::ifstream in(im->file, std::ios::binary);
    if (!in) return Fail("import", im->file + ": cannot open", kExitBadInput, exit_code);
    int64_t now;
    auto store = OpenStore(im->c, &now, exit_code);
    if (!store) return;
    // Streamed (issue 18): each certificate is inserted as it is parsed,
    // all in one transaction.
    auto id = ImportIncidentJson(*store, in);
    if (!id.ok()) return Fail("import", im->file + ": " + id.status().message() + "; nothing was saved", kExitBadInput, exit_code);
    std::cout << *id << "\n";
  });

  auto cl = std::make_shared<Opts>();
  CLI::App* close = inc->add_subcommand("close", "Close an incident (its clocks stop).\n\nExample:\n  cair incident close 1");
  AddStoreOptions(close, &cl->c);
  close->add_option("id", cl->id, "Incident id")->required();
  close->callback([cl, exit_code] {
    int64_t now;
    auto store = OpenStore(cl->c, &now, exit_code);
    if (!store) return;
    auto ok = store->SetStatus(cl->id, "closed", now);
    if (!ok.ok()) Fail("close", ok.status().message(), kExitBadInput, exit_code);
  });

  auto no = std::make_shared<Opts>();
  CLI::App* note = inc->add_subcommand("note", "Add a manual timeline entry (UTC, minute precision).\n\nExample:\n"
                                               "  cair incident note 1 --at 2026-01-05T09:12:00Z --text 'Reporter email received' --source 'J. Doe'");
  AddStoreOptions(note, &no->c);
  note->add_option("id", no->id, "Incident id")->required();
  note->add_option("--at", no->at, "When (RFC 3339)")->required();
  note->add_option("--text", no->text, "What happened")->required();
  note->add_option("--source", no->source, "Who recorded it (default: CA)");
  note->callback([no, exit_code] {
    int64_t now;
    auto store = OpenStore(no->c, &now, exit_code);
    if (!store) return;
    auto at = Time("--at", no->at, exit_code);
    if (!at) return;
    auto id = store->AddTimeline(no->id, *at, no->text, no->source);
    if (!id.ok()) Fail("note", id.status().message(), kExitBadInput, exit_code);
  });

  auto wb = std::make_shared<Opts>();
  CLI::App* white = inc->add_subcommand("whiteboard", "Record the bug Whiteboard's \"Next update\" date (read, not set, by the CA).\n\n"
                                                      "Example:\n  cair incident whiteboard 1 --next-update 2026-02-01");
  AddStoreOptions(white, &wb->c);
  white->add_option("id", wb->id, "Incident id")->required();
  white->add_option("--next-update", wb->date, "YYYY-MM-DD, or \"none\"")->required();
  white->callback([wb, exit_code] {
    int64_t now;
    auto store = OpenStore(wb->c, &now, exit_code);
    if (!store) return;
    std::optional<int64_t> date;
    if (wb->date != "none") {
      date = Time("--next-update", wb->date.size() == 10 ? wb->date + "T00:00:00Z" : wb->date, exit_code);
      if (!date) return;
    }
    auto ok = store->SetWhiteboardNextUpdate(wb->id, date, now);
    if (!ok.ok()) Fail("whiteboard", ok.status().message(), kExitBadInput, exit_code);
  });

  auto st = std::make_shared<Opts>();
  CLI::App* set = inc->add_subcommand(
      "set", "Set a report text field: description, root-cause-analysis, lessons-went-well, lessons-went-wrong,\n"
             "lessons-lucky, lessons-improve, impact-analysis, policies, non-compliance-start, non-compliance-end,\n"
             "related-incidents (lines \"BUG | YYYY-MM-DD | how it relates\"), affected-types, heuristic, issuance-stopped,\n"
             "additional-considerations, remediation, commitments, root-programs (the other root programs the CA\n"
             "participates in, comma-separated: `cair delayed open` notifies them) (text from --text or --file). The report (`cair report`)\n"
             "reads root-cause-analysis as \"Factor: title\" blocks with Description:, Timeline:, Detection:, Interaction:\n"
             "and Methodology: lines.\n\n"
             "Example:\n  cair incident set 1 --field root-cause-analysis --file rca.md");
  AddStoreOptions(set, &st->c);
  set->add_option("id", st->id, "Incident id")->required();
  set->add_option("--field", st->field, "Field name")->required()->check(CLI::IsMember(
      {"description", "root-cause-analysis", "lessons-went-well", "lessons-went-wrong", "lessons-lucky", "lessons-improve",
       "impact-analysis", "policies", "non-compliance-start", "non-compliance-end", "related-incidents", "affected-types",
       "heuristic", "issuance-stopped", "additional-considerations", "remediation", "commitments", "root-programs"}));
  set->add_option("--text", st->text, "The text");
  set->add_option("--file", st->file, "Read the text from this file");
  set->callback([st, exit_code] {
    std::string text = st->text;
    if (!st->file.empty()) {
      std::string error;
      auto read = base::ReadWholeFile(st->file, &error);
      if (!read) return Fail("set", error, kExitBadInput, exit_code);
      text = std::move(*read);
    }
    if (text.empty()) return Fail("set", "give --text or --file", kExitUsage, exit_code);
    int64_t now;
    auto store = OpenStore(st->c, &now, exit_code);
    if (!store) return;
    auto ok = store->SetNarrative(st->id, st->field, text);
    if (!ok.ok()) Fail("set", ok.status().message(), kExitBadInput, exit_code);
  });
}

}  // namespace cair::cli
