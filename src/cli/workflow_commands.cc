// `cair halt` ... `cair revocations`: the incident workflow after opening,
// added in the order `cair --help` lists them.

#include "cli/commands.h"
#include "cli/workflow_commands.h"

namespace cair::cli {

void AddWorkflowCommands(CLI::App& app, int* exit_code) {
  AddHaltCommands(app, exit_code);
  AddActionCommands(app, exit_code);
  AddQuestionCommands(app, exit_code);
  AddUpdateCommands(app, exit_code);
  AddDelayedCommands(app, exit_code);
  AddRevocationsCommands(app, exit_code);
}

}  // namespace cair::cli
