// File: incident/recurrence.h
// Recurrence of a closed incident (CCADB IRG 4.3 item 3, req §4.3: "after an
// incident bug is marked resolved, the incident reoccurs" is a new, separate
// report). A certificate recurs a watched problem (Store::RecurrenceWatch)
// when the problem's lint fires on it (info, warn, error or fatal: the lint
// found its defect), its issuer is in the problem's scope (the issuers of
// the problem's certificates; any issuer when it had none), and it was
// issued after the incident closed. The pre-issuance gate, `cair resume`
// and `cair scan --recurrence` decide with the same function.
#ifndef CAIR_INCIDENT_RECURRENCE_H_
#define CAIR_INCIDENT_RECURRENCE_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "incident/store.h"
#include "lint/lint.h"

namespace cair::incident {

// True when a lint's result says it found its defect.
inline bool LintFires(lint::Status s) { return s >= lint::Status::kInfo; }

// The watched problems `(issuer, issued_at)` recurs, given `fires(lint)`
// (true when that lint fires on the certificate). `issued_at` empty: being
// issued now (the gate), after every closure.
std::vector<const WatchedProblem*> MatchRecurrences(const std::vector<WatchedProblem>& watch, const std::string& issuer,
                                                    std::optional<int64_t> issued_at,
                                                    const std::function<bool(const std::string& lint)>& fires);

// "matches problem "NAME" (LINT) of incident N, closed YYYY-MM-DD: a
// recurrence is a new, separate incident (CCADB IRG 4.3)".
std::string RecurrenceMessage(const WatchedProblem& w);

// The lints of the watched problems that can be checked automatically.
std::vector<std::string> WatchedLints(const std::vector<WatchedProblem>& watch);

}  // namespace cair::incident

#endif  // CAIR_INCIDENT_RECURRENCE_H_
