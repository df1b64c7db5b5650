// `cair conformance`: agreement with zlint's test suite and with zlint's
// verdicts on a real corpus.
#include <iostream>
#include <regex>

#include "cli/commands.h"
#include "conformance/zlint_suite.h"

namespace cair::cli {
namespace {

constexpr const char* kConformanceHelp =
    "Compare cair's lints with zlint.\n\n"
    "Examples:\n"
    "  cair conformance zlint ../shared/conformance/zlint\n"
    "  cair conformance corpus ../shared/corpus/real";

// ---- cair conformance zlint

struct ZlintOptions {
  std::string dir, known, only;
  bool verbose = false, strict = false;
};

constexpr const char* kZlintHelp =
    "Run every row of DIR/expectations.tsv (zlint's asserted lint/file/status cases, configs\n"
    "included) and print each disagreement; the last line is \"N passed, M failed\".\n"
    "Exit 1 with --strict when a row fails that is neither a documented known disagreement\n"
    "(--known FILE) nor a lint not yet implemented.";

void RunZlint(const ZlintOptions& z, int* exit_code) {
  std::vector<conformance::KnownDisagreement> known;
  if (!z.known.empty()) {
    std::string err;
    known = conformance::LoadKnown(z.known, &err);
    if (!err.empty()) {
      std::cerr << "cair conformance: " << err << "\n";
      *exit_code = kExitUsage;
      return;
    }
  }
  try {
    std::regex check(z.only);
  } catch (const std::regex_error& e) {
    std::cerr << "cair conformance: --only: " << e.what() << "\n";
    *exit_code = kExitUsage;
    return;
  }
  auto rep = conformance::RunZlintSuite(z.dir, known, z.only);
  conformance::PrintSuiteReport(rep, std::cout, z.verbose);
  if (!rep.error.empty()) *exit_code = kExitBadInput;
  else if (z.strict && rep.failed > 0) *exit_code = kExitFindings;
}

void AddZlintCommand(CLI::App* conformance, int* exit_code) {
  auto z = std::make_shared<ZlintOptions>();
  CLI::App* cmd = conformance->add_subcommand("zlint", kZlintHelp);
  cmd->add_option("dir", z->dir, "zlint conformance directory (expectations.tsv, testdata/)")->required();
  cmd->add_option("--known", z->known, "TSV of documented disagreements: lint, file, reason");
  cmd->add_flag("--verbose,-v", z->verbose, "Also list known disagreements and unimplemented rows");
  cmd->add_option("--only", z->only, "Only rows whose lint name matches this regular expression");
  cmd->add_flag("--strict", z->strict, "Exit 1 on any undocumented failure");
  cmd->callback([z, exit_code] { RunZlint(*z, exit_code); });
}

// ---- cair conformance corpus

struct CorpusOptions {
  std::string dir;
  bool verbose = false;
  double min_agreement = 0;
};

constexpr const char* kCorpusHelp =
    "Lint every object of DIR/<kind>.pem and compare, per (object, lint), with zlint's\n"
    "verdicts in DIR/zlint-<kind>.tsv. Prints agreement per lint that disagrees anywhere.";

void RunCorpus(const CorpusOptions& c, int* exit_code) {
  auto rep = conformance::RunCorpusComparison(c.dir);
  conformance::PrintCorpusReport(rep, std::cout, c.verbose);
  if (rep.objects == 0) *exit_code = kExitBadInput;
  double pct = rep.pairs ? 100.0 * static_cast<double>(rep.pairs_agree) / static_cast<double>(rep.pairs) : 0;
  if (pct < c.min_agreement) *exit_code = kExitFindings;
}

void AddCorpusCommand(CLI::App* conformance, int* exit_code) {
  auto c = std::make_shared<CorpusOptions>();
  CLI::App* cmd = conformance->add_subcommand("corpus", kCorpusHelp);
  cmd->add_option("dir", c->dir, "corpus directory")->required();
  cmd->add_flag("--verbose,-v", c->verbose, "Print every lint's agreement");
  cmd->add_option("--min-agreement", c->min_agreement, "Exit 1 when overall agreement (%) is below this");
  cmd->callback([c, exit_code] { RunCorpus(*c, exit_code); });
}

}  // namespace

void AddConformanceCommand(CLI::App& app, int* exit_code) {
  CLI::App* conformance = AddCommandGroup(&app, "conformance", kConformanceHelp);
  AddZlintCommand(conformance, exit_code);
  AddCorpusCommand(conformance, exit_code);
}

}  // namespace cair::cli
