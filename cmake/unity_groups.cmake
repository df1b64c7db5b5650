# Unity groups outside the lint catalogue (issue 15; cmake/unity.cmake has the
# catalogue's). Most of a translation unit's compile here is the fixed cost of
# the headers it includes, not its own code: a 46-line command file of src/cli
# costs ~12 s of CPU at -O3 (CLI11, nlohmann::json and the standard library,
# their inline functions and templates instantiated and optimised again in
# every file), a file of src/report or src/server ~5-20 s (cpp-httplib,
# nlohmann::json). Compiling ~6 related files as one translation unit pays
# that once per group.
#
# Groups are named here, file by file: a file in no group (a new one) is
# compiled on its own, as before. Files in one group share one translation
# unit, so their file-local names (anonymous namespaces, statics) must
# differ: a clash is a compile error naming both definitions ("redefinition
# of 'cair::cli::{anonymous}::Run'"); rename one (src/cli names them after
# their command: RunQuestionAdd, kDelayedOpenHelp), or move the file to
# another group. Files with their own compile definitions (pkimetal_api.cc)
# are compiled on their own by CMake. -DCAIR_UNITY=OFF compiles every file
# alone.
if(NOT CAIR_UNITY)
  return()
endif()

# cair_unity_group(TARGET GROUP FILE...): FILEs of TARGET form one translation unit.
function(cair_unity_group target group)
  set_source_files_properties(${ARGN} PROPERTIES UNITY_GROUP "${group}")
  set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_MODE GROUP)
endfunction()

# The commands (src/cli): `cair lint`'s files, which the front links too, and
# cair-full's in four groups of ~6 (CPU seconds each, alone, g++ 12 -O3: 8-29).
cair_unity_group(cair_lint_cli cli_lint
  src/cli/lint_command.cc src/cli/lint_stream.cc src/cli/output.cc src/cli/key_options.cc
  src/cli/cert_type_option.cc)
cair_unity_group(cair_full cli_incident
  src/cli/incident_command.cc src/cli/incident_io.cc src/cli/incident_json.cc src/cli/store_common.cc
  src/cli/workflow_commands.cc src/cli/update_commands.cc)
cair_unity_group(cair_full cli_actions
  src/cli/halt_commands.cc src/cli/action_commands.cc src/cli/question_commands.cc src/cli/delayed_commands.cc
  src/cli/revocations_commands.cc src/cli/lifecycle_command.cc)
cair_unity_group(cair_full cli_main
  src/cli/main.cc src/cli/scan_command.cc src/cli/conformance_command.cc src/cli/docs_command.cc
  src/cli/output_file.cc src/cli/serve_command.cc)
cair_unity_group(cair_full cli_report_monitor
  src/cli/report_command.cc src/cli/problem_report_command.cc ${CAIR_MONITOR_CLI_SOURCES})

# Incident reports: check.cc and check_delay_obligations.cc each have a `Line`.
cair_unity_group(cair_report report_a
  src/report/bugzilla.cc src/report/report_context.cc src/report/mustache.cc src/report/chart.cc
  src/report/check_delay_obligations.cc)
cair_unity_group(cair_report report_b
  src/report/check.cc src/report/report.cc src/report/report_data.cc src/report/format.cc)

# The server: dashboard.cc and revocation_page.cc each have an `Esc`.
# transport.cc (Boost.Beast, ~50 s alone) stays on its own: it is the
# longest compile of the build, and in a group it would be longer still.
cair_unity_group(cair_server server_a
  src/server/server.cc src/server/lint_api.cc src/server/metrics.cc src/server/http_status.cc
  src/server/tokens.cc src/server/dashboard.cc)
cair_unity_group(cair_server server_b
  src/server/revocation_page.cc src/server/problem_reports_api.cc src/server/dashboard_links.cc)

# The incident store.
cair_unity_group(cair_incident incident_a
  src/incident/migrations.cc src/incident/rules.cc src/incident/store.cc src/incident/write_priority.cc
  src/incident/store_response.cc src/incident/store_delayed_revocation.cc src/incident/store_export.cc)
cair_unity_group(cair_incident incident_b
  src/incident/certificate_stream.cc src/incident/gate.cc src/incident/tokens.cc src/incident/problem_reports.cc
  src/incident/lifecycle.cc src/incident/recurrence.cc src/incident/monitor_store.cc
  src/incident/monitor_watch_store.cc)

# `cair monitor` (the CRL half is globbed: a new file joins the group) and the
# zlint-suite/corpus conformance drivers.
cair_unity_group(cair_monitor monitor ${CAIR_MONITOR_SOURCES})
cair_unity_group(cair_monitor_ocsp monitor_ocsp
  src/monitor/http_fetch.cc src/monitor/ocsp_probe.cc src/monitor/ocsp_targets.cc)
cair_unity_group(cair_conformance conformance src/conformance/zlint_suite.cc src/conformance/corpus.cc)
