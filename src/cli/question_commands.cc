// `cair question add`, `answer`: questions asked in the bug, each to be
// answered within 7 days.

#include <iostream>

#include "cli/commands.h"
#include "cli/store_common.h"
#include "cli/workflow_commands.h"
#include "incident/store.h"

namespace cair::cli {
namespace {

using incident::Store;

struct QuestionOptions {
  StoreOptions c;
  int64_t id = 0;
  std::string text, at;
};

constexpr const char* kQuestionAddHelp =
    "Record a question; prints its id.\n\nExample:\n"
    "  cair question add 1 --text 'Why was ST not validated?' --asked-at 2026-01-07T15:02:00Z";

void RunQuestionAdd(const QuestionOptions& q, Store& store, int64_t now, int* exit_code) {
  auto at = TimeOrNow("--asked-at", q.at, now, exit_code);
  if (!at) return;
  auto id = store.AddQuestion({0, q.id, q.text, *at, std::nullopt});
  if (!id.ok()) return Fail("question add", id.status().message(), kExitBadInput, exit_code);
  std::cout << *id << "\n";
}

void AddQuestionAddCommand(CLI::App* question, int* exit_code) {
  auto q = std::make_shared<QuestionOptions>();
  CLI::App* add = AddStoreCommand(question, "add", kQuestionAddHelp, q, exit_code, RunQuestionAdd);
  add->add_option("incident", q->id, "Incident id")->required();
  add->add_option("--text", q->text, "The question")->required();
  add->add_option("--asked-at", q->at, "When it was asked (default: now)");
}

void RunAnswer(const QuestionOptions& a, Store& store, int64_t now, int* exit_code) {
  auto at = TimeOrNow("--at", a.at, now, exit_code);
  if (!at) return;
  auto ok = store.AnswerQuestion(a.id, *at);
  if (!ok.ok()) return Fail("question answer", ok.status().message(), kExitBadInput, exit_code);
}

void AddAnswerCommand(CLI::App* question, int* exit_code) {
  auto a = std::make_shared<QuestionOptions>();
  CLI::App* answer = AddStoreCommand(question, "answer",
                                     "Mark a question answered.\n\nExample:\n  cair question answer 2 --at 2026-01-08T09:00:00Z", a,
                                     exit_code, RunAnswer);
  answer->add_option("id", a->id, "Question id")->required();
  answer->add_option("--at", a->at, "When it was answered (default: now)");
}

}  // namespace

void AddQuestionCommands(CLI::App& app, int* exit_code) {
  CLI::App* question = AddCommandGroup(&app, "question", "Questions asked in the bug (each needs an answer within 7 days).");
  AddQuestionAddCommand(question, exit_code);
  AddAnswerCommand(question, exit_code);
}

}  // namespace cair::cli
