// File: cli/workflow_commands.h
// The incident workflow after opening, one file per group of commands;
// AddWorkflowCommands (cli/commands.h) adds them in this order. Every command
// takes --db and --now like the other store commands (cli/store_common.h).
#ifndef CAIR_CLI_WORKFLOW_COMMANDS_H_
#define CAIR_CLI_WORKFLOW_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace cair::cli {

void AddHaltCommands(CLI::App& app, int* exit_code);         // halt, halts, resume (halt_commands.cc)
void AddActionCommands(CLI::App& app, int* exit_code);       // action add, set, list (action_commands.cc)
void AddQuestionCommands(CLI::App& app, int* exit_code);     // question add, answer (question_commands.cc)
void AddUpdateCommands(CLI::App& app, int* exit_code);       // update post (update_commands.cc)
void AddDelayedCommands(CLI::App& app, int* exit_code);      // delayed check, open, plan, status (delayed_commands.cc)
void AddRevocationsCommands(CLI::App& app, int* exit_code);  // revocations import (revocations_commands.cc)

}  // namespace cair::cli

#endif  // CAIR_CLI_WORKFLOW_COMMANDS_H_
