// `cair action add`, `set`, `list`: an incident's action items (IRG:
// Prevent / Mitigate / Detect; Ongoing / Complete / Delayed / Canceled).

#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/store_common.h"
#include "cli/workflow_commands.h"
#include "incident/rules.h"
#include "incident/store.h"

namespace cair::cli {
namespace {

using incident::Store;

struct ActionOptions {
  StoreOptions c;
  int64_t id = 0;
  std::string action, kind, root_cause, criteria, due, status = "Ongoing";
  bool json = false;
};

const std::vector<std::string> kStatuses = {"Ongoing", "Complete", "Delayed", "Canceled"};

constexpr const char* kActionAddHelp =
    "Add an action item; prints its id.\n\nExample:\n  cair action add 1 --action 'Reject placeholder ST values in "
    "the CSR path' --kind Prevent --root-cause 'Profile allowed free text in ST' --criteria 'Gate denies "
    "e_subject_placeholder_value' --due 2026-02-01";

void RunActionAdd(const ActionOptions& a, Store& store, int64_t now, int* exit_code) {
  auto due = DateOrTime("--due", a.due, exit_code);
  if (!due) return;
  incident::ActionItem it;
  it.incident_id = a.id;
  it.action = a.action;
  it.kind = a.kind;
  it.root_cause = a.root_cause;
  it.criteria = a.criteria;
  it.due_at = *due;
  it.status = a.status;
  auto id = store.AddActionItem(it, now);
  if (!id.ok()) return Fail("action add", id.status().message(), kExitBadInput, exit_code);
  std::cout << *id << "\n";
}

void AddActionAddCommand(CLI::App* action, int* exit_code) {
  auto a = std::make_shared<ActionOptions>();
  CLI::App* add = AddStoreCommand(action, "add", kActionAddHelp, a, exit_code, RunActionAdd);
  add->add_option("incident", a->id, "Incident id")->required();
  add->add_option("--action", a->action, "What will be done")->required();
  add->add_option("--kind", a->kind, "Prevent, Mitigate or Detect")->required()->check(CLI::IsMember({"Prevent", "Mitigate", "Detect"}));
  add->add_option("--root-cause", a->root_cause, "The root cause it addresses")->required();
  add->add_option("--criteria", a->criteria, "How its effectiveness will be evaluated")->required();
  add->add_option("--due", a->due, "Due date (YYYY-MM-DD or RFC 3339)")->required();
  add->add_option("--status", a->status, "Ongoing, Complete, Delayed or Canceled")->check(CLI::IsMember(kStatuses));
}

constexpr const char* kSetHelp =
    "Change an action item's status (starts the 3-day update clock).\n\n"
    "Example:\n  cair action set 4 --status Complete";

void RunSet(const ActionOptions& s, Store& store, int64_t now, int* exit_code) {
  auto ok = store.SetActionItemStatus(s.id, s.status, now);
  if (!ok.ok()) return Fail("action set", ok.status().message(), kExitBadInput, exit_code);
}

void AddSetCommand(CLI::App* action, int* exit_code) {
  auto s = std::make_shared<ActionOptions>();
  CLI::App* set = AddStoreCommand(action, "set", kSetHelp, s, exit_code, RunSet);
  set->add_option("id", s->id, "Action item id")->required();
  set->add_option("--status", s->status, "Ongoing, Complete, Delayed or Canceled")->required()->check(CLI::IsMember(kStatuses));
}

void RunList(const ActionOptions& l, Store& store, int64_t, int* exit_code) {
  if (!store.GetIncident(l.id).ok()) return Fail("action list", "no incident " + std::to_string(l.id), kExitBadInput, exit_code);
  auto items = store.ActionItems(l.id);
  if (!items.ok()) return Fail("action list", items.status().message(), kExitBadInput, exit_code);
  nlohmann::ordered_json j = nlohmann::ordered_json::array();
  for (const auto& it : *items) {
    if (l.json) {
      j.push_back({{"id", it.id}, {"action", it.action}, {"kind", it.kind}, {"root_cause", it.root_cause},
                   {"criteria", it.criteria}, {"due", incident::FormatRfc3339(it.due_at)}, {"status", it.status}});
    } else {
      std::cout << it.id << "  " << it.kind << "  " << it.status << "  due " << incident::FormatRfc3339(it.due_at).substr(0, 10)
                << "  " << it.action << "\n";
    }
  }
  if (l.json) std::cout << j.dump(2) << "\n";
}

void AddListCommand(CLI::App* action, int* exit_code) {
  auto l = std::make_shared<ActionOptions>();
  CLI::App* list = AddStoreCommand(action, "list", "List an incident's action items.\n\nExample:\n  cair action list 1 --json", l,
                                   exit_code, RunList);
  list->add_option("incident", l->id, "Incident id")->required();
  list->add_flag("--json", l->json, "JSON list");
}

}  // namespace

void AddActionCommands(CLI::App& app, int* exit_code) {
  CLI::App* action =
      AddCommandGroup(&app, "action", "Action items (IRG: Prevent / Mitigate / Detect; Ongoing / Complete / Delayed / Canceled).");
  AddActionAddCommand(action, exit_code);
  AddSetCommand(action, exit_code);
  AddListCommand(action, exit_code);
}

}  // namespace cair::cli
