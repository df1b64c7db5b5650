// Agreement with zlint: every row of zlint's own test suite, and zlint's
// verdicts on the real corpus. A row or (object, lint) pair that disagrees
// fails the test unless it is documented, with the rule text that decides,
// in tests/data/.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "conformance/zlint_suite.h"

namespace cair {
namespace {

const std::string kShared = CAIR_SHARED_DIR;

TEST(ZlintSuite, EveryImplementedRowAgreesOrIsDocumented) {
  const std::string dir = kShared + "/conformance/zlint";
  if (!std::filesystem::exists(dir + "/expectations.tsv"))
    GTEST_SKIP() << "zlint suite not found at " << dir << " (set -DCAIR_SHARED_DIR)";
  std::string err;
  auto known = conformance::LoadKnown(std::string(CAIR_SOURCE_DIR) + "/tests/data/zlint_known_disagreements.tsv", &err);
  ASSERT_TRUE(err.empty()) << err;
  auto rep = conformance::RunZlintSuite(dir, known);
  ASSERT_TRUE(rep.error.empty()) << rep.error;
  for (const auto& o : rep.outcomes) {
    if (o.kind != conformance::RowOutcome::kFailed) continue;
    ADD_FAILURE() << o.row->lint << " on " << o.row->file << ": expected " << o.row->expected << ", got "
                  << o.got << (o.got_details.empty() ? "" : " (" + o.got_details + ")")
                  << (o.why.empty() ? "" : " [" + o.why + "]");
  }
  // Documented disagreements must still disagree (else remove them).
  for (const auto& o : rep.outcomes) {
    if (o.kind == conformance::RowOutcome::kKnown && o.got == o.row->expected)
      ADD_FAILURE() << "documented disagreement now agrees: " << o.row->lint << " " << o.row->file;
  }
  std::cout << "zlint suite: " << rep.passed << " of " << rep.rows.size() << " rows agree; "
            << rep.known << " documented disagreements; " << rep.not_implemented
            << " rows belong to lints not implemented yet\n";
}

// tests/data/corpus_known_disagreements.tsv: lint <TAB> max disagreements <TAB> reason.
TEST(RealCorpus, AgreementWithZlintPerLint) {
  const std::string dir = kShared + "/corpus/real";
  if (!std::filesystem::exists(dir + "/leaf.pem"))
    GTEST_SKIP() << "real corpus not found at " << dir << " (set -DCAIR_SHARED_DIR)";
  std::map<std::string, std::pair<size_t, std::string>> allowed;
  {
    std::ifstream in(std::string(CAIR_SOURCE_DIR) + "/tests/data/corpus_known_disagreements.tsv");
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::stringstream ss(line);
      std::string lint, count, reason;
      std::getline(ss, lint, '\t');
      std::getline(ss, count, '\t');
      std::getline(ss, reason);
      ASSERT_FALSE(reason.empty()) << "no reason given for " << lint;
      allowed[lint] = {std::stoul(count), reason};
    }
  }
  auto rep = conformance::RunCorpusComparison(dir);
  EXPECT_GT(rep.objects, 0u);
  EXPECT_EQ(rep.unparsable, 0u) << (rep.errors.empty() ? "" : rep.errors.front());
  for (const auto& [lint, st] : rep.per_lint) {
    size_t disagree = st.objects - st.agree;
    size_t limit = allowed.count(lint) ? allowed[lint].first : 0;
    EXPECT_LE(disagree, limit) << lint << ": " << disagree << " of " << st.objects
                               << " objects disagree with zlint; e.g. "
                               << (st.examples.empty() ? "" : st.examples.front());
  }
  double pct = rep.pairs ? 100.0 * static_cast<double>(rep.pairs_agree) / static_cast<double>(rep.pairs) : 0;
  std::cout << "real corpus: " << rep.objects << " objects, " << rep.per_lint.size()
            << " lints compared; (object, lint) agreement with zlint " << pct << " %\n";
}

}  // namespace
}  // namespace cair
