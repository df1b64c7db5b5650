// `cair update post`: the posts made in the bug (reports and routine
// updates), which stop and restart the incident's clocks.

#include <iostream>

#include "cli/commands.h"
#include "cli/store_common.h"
#include "cli/workflow_commands.h"
#include "incident/store.h"

namespace cair::cli {
namespace {

using incident::Store;

struct UpdateOptions {
  StoreOptions c;
  int64_t id = 0;
  std::string kind = "update", at, text;
};

void RunPost(const UpdateOptions& u, Store& store, int64_t now, int* exit_code) {
  auto at = TimeOrNow("--at", u.at, now, exit_code);
  if (!at) return;
  auto id = store.PostUpdate({0, u.id, *at, u.kind, u.text});
  if (!id.ok()) return Fail("update post", id.status().message(), kExitBadInput, exit_code);
  std::cout << *id << "\n";
}

}  // namespace

void AddUpdateCommands(CLI::App& app, int* exit_code) {
  CLI::App* update =
      AddCommandGroup(&app, "update", "Posts made in the bug (reports and routine updates), which stop and restart clocks.");
  auto u = std::make_shared<UpdateOptions>();
  CLI::App* post = AddStoreCommand(update, "post",
                                   "Record a post.\n\nExample:\n  cair update post 1 --kind preliminary --at 2026-01-06T08:00:00Z",
                                   u, exit_code, RunPost);
  post->add_option("incident", u->id, "Incident id")->required();
  post->add_option("--kind", u->kind, "update, preliminary, full, closure, delayed-revocation, problem-report-response, mozilla7")
      ->check(CLI::IsMember({"update", "preliminary", "full", "closure", "delayed-revocation", "problem-report-response", "mozilla7"}));
  post->add_option("--at", u->at, "When it was posted (default: now)");
  post->add_option("--text", u->text, "The text or a link to the comment");
}

}  // namespace cair::cli
