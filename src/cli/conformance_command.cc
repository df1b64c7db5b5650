// `cair conformance`: agreement with zlint's test suite and with zlint's
// verdicts on a real corpus.
#include <iostream>
#include <regex>

#include "cli/commands.h"
#include "conformance/zlint_suite.h"

namespace cair::cli {

void AddConformanceCommand(CLI::App& app, int* exit_code) {
  CLI::App* cmd = app.add_subcommand(
      "conformance",
      "Compare cair's lints with zlint.\n\n"
      "Examples:\n"
      "  cair conformance zlint ../shared/conformance/zlint\n"
      "  cair conformance corpus ../shared/corpus/real");
  cmd->require_subcommand(1);

  struct ZlintOpts {
    std::string dir, known, only;
    bool verbose = false, strict = false;
  };
  auto z = std::make_shared<ZlintOpts>();
  CLI::App* zc = cmd->add_subcommand(
      "zlint",
      "Run every row of DIR/expectations.tsv (zlint's asserted lint/file/status cases, configs\n"
      "included) and print each disagreement; the last line is \"N passed, M failed\".\n"
      "Exit 1 with --strict when a row fails that is neither a documented known disagreement\n"
      "(--known FILE) nor a lint not yet implemented.");
  zc->add_option("dir", z->dir, "zlint conformance directory (expectations.tsv, testdata/)")->required();
  zc->add_option("--known", z->known, "TSV of documented disagreements: lint, file, reason");
  zc->add_flag("--verbose,-v", z->verbose, "Also list known disagreements and unimplemented rows");
  zc->add_option("--only", z->only, "Only rows whose lint name matches this regular expression");
  zc->add_flag("--strict", z->strict, "Exit 1 on any undocumented failure");
  zc->callback([z, exit_code] {
    std::vector<conformance::KnownDisagreement> known;
    if (!z->known.empty()) {
      std::string err;
      known = conformance::LoadKnown(z->known, &err);
      if (!err.empty()) {
        std::cerr << "cair conformance: " << err << "\n";
        *exit_code = kExitUsage;
        return;
      }
    }
    std::string only = z->only;
    try {
      std::regex check(only);
    } catch (const std::regex_error& e) {
      std::cerr << "cair conformance: --only: " << e.what() << "\n";
      *exit_code = kExitUsage;
      return;
    }
    auto rep = conformance::RunZlintSuite(z->dir, known, only);
    conformance::PrintSuiteReport(rep, std::cout, z->verbose);
    if (!rep.error.empty()) *exit_code = kExitBadInput;
    else if (z->strict && rep.failed > 0) *exit_code = kExitFindings;
  });

  struct CorpusOpts {
    std::string dir;
    bool verbose = false;
    double min_agreement = 0;
  };
  auto c = std::make_shared<CorpusOpts>();
  CLI::App* cc = cmd->add_subcommand(
      "corpus",
      "Lint every object of DIR/<kind>.pem and compare, per (object, lint), with zlint's\n"
      "verdicts in DIR/zlint-<kind>.tsv. Prints agreement per lint that disagrees anywhere.");
  cc->add_option("dir", c->dir, "corpus directory")->required();
  cc->add_flag("--verbose,-v", c->verbose, "Print every lint's agreement");
  cc->add_option("--min-agreement", c->min_agreement, "Exit 1 when overall agreement (%) is below this");
  cc->callback([c, exit_code] {
    auto rep = conformance::RunCorpusComparison(c->dir);
    conformance::PrintCorpusReport(rep, std::cout, c->verbose);
    if (rep.objects == 0) *exit_code = kExitBadInput;
    double pct = rep.pairs ? 100.0 * static_cast<double>(rep.pairs_agree) / static_cast<double>(rep.pairs) : 0;
    if (pct < c->min_agreement) *exit_code = kExitFindings;
  });
}

}  // namespace cair::cli
