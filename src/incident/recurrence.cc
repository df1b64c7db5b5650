#include "incident/recurrence.h"

#include <algorithm>

#include "incident/rules.h"

namespace cair::incident {

std::vector<const WatchedProblem*> MatchRecurrences(const std::vector<WatchedProblem>& watch, const std::string& issuer,
                                                    std::optional<int64_t> issued_at,
                                                    const std::function<bool(const std::string& lint)>& fires) {
  std::vector<const WatchedProblem*> out;
  for (const WatchedProblem& w : watch) {
    if (w.lint.empty()) continue;  // a manual criterion: nothing to evaluate
    if (issued_at && *issued_at <= w.closed_at) continue;
    if (!w.issuers.empty() && !std::binary_search(w.issuers.begin(), w.issuers.end(), issuer)) continue;
    if (fires(w.lint)) out.push_back(&w);
  }
  return out;
}

std::string RecurrenceMessage(const WatchedProblem& w) {
  std::string closed = w.closed_at ? ", closed " + FormatRfc3339(w.closed_at).substr(0, 10) : "";
  std::string bug = w.bug ? " (bug " + std::to_string(*w.bug) + ")" : "";
  return "matches problem \"" + w.name + "\" (" + w.lint + ") of incident " + std::to_string(w.incident_id) + bug + closed +
         ": a recurrence after closure is a new, separate incident (CCADB IRG 4.3)";
}

std::vector<std::string> WatchedLints(const std::vector<WatchedProblem>& watch) {
  std::vector<std::string> out;
  for (const WatchedProblem& w : watch)
    if (!w.lint.empty()) out.push_back(w.lint);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace cair::incident
