// Issue 12 in the store: the recurrence watch and its matching rule, split
// (all or nothing, what moves and what stays), audit findings (all or none,
// no duplicates) and the delayed-revocation obligations.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "incident/recurrence.h"
#include "incident/rules.h"
#include "incident/store.h"

namespace cair::incident {
namespace {

constexpr int64_t kT0 = 1767225600;  // 2026-01-01T00:00:00Z

AffectedCertificate Cert(int i, const std::string& issuer) {
  AffectedCertificate c;
  char hex[65];
  std::snprintf(hex, sizeof hex, "%064X", i * 7919 + 17);
  c.sha256_hex = hex;
  std::snprintf(hex, sizeof hex, "%016X", i + 0x100);
  c.serial_hex = hex;
  c.issuer = issuer;
  c.not_before = kT0 - 86400 * 30 + i;
  c.not_after = c.not_before + 90 * 86400;
  c.tbs_key = static_cast<uint64_t>(i);
  return c;
}

class Lifecycle : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("cair-lifecycle-test-" + std::to_string(getpid()) + "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    auto s = Store::Open((dir_ / "cair.db").string());
    ASSERT_TRUE(s.ok()) << s.status().message();
    store_ = std::move(*s);
    Incident in;
    in.title = "Example CA: Two defects";
    in.ca_owner = "Example CA";
    in.aware_at = kT0;
    in.problem_report_at = kT0 - 3600;
    id_ = *store_->OpenIncident(in, kT0);
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }
  int64_t AddProblem(const std::string& name, const std::string& lint, const std::vector<AffectedCertificate>& certs) {
    Problem p;
    p.incident_id = id_;
    p.name = name;
    p.lint = lint;
    p.br_reason = 12;
    auto id = store_->AddProblem(p, certs, kT0);
    EXPECT_TRUE(id.ok()) << id.status().message();
    return *id;
  }

  std::filesystem::path dir_;
  std::unique_ptr<Store> store_;
  int64_t id_ = 0;
};

TEST_F(Lifecycle, WatchHoldsClosedIncidentsOnlyWithIssuerScope) {
  AddProblem("Some-State", "e_subject_placeholder_value", {Cert(1, "CN=CA A"), Cert(2, "CN=CA B"), Cert(3, "CN=CA A")});
  EXPECT_TRUE(store_->RecurrenceWatch()->empty()) << "an open incident is not watched";
  const std::string v0 = *store_->RecurrenceWatchVersion();
  ASSERT_TRUE(store_->AddTimeline(id_, kT0 + 5, "a note", "test").ok());
  EXPECT_EQ(*store_->RecurrenceWatchVersion(), v0) << "a note changes nothing the watch holds";
  ASSERT_TRUE(store_->SetStatus(id_, "closed", kT0 + 86400 * 20).ok());
  const std::string v1 = *store_->RecurrenceWatchVersion();
  EXPECT_NE(v1, v0);
  AddProblem("Later", "w_serial_number_low_entropy", {Cert(9, "CN=CA C")});
  EXPECT_NE(*store_->RecurrenceWatchVersion(), v1) << "a problem of a closed incident";
  auto w = *store_->RecurrenceWatch();
  ASSERT_EQ(w.size(), 2u);
  w.pop_back();
  EXPECT_EQ(w[0].incident_id, id_);
  EXPECT_EQ(w[0].lint, "e_subject_placeholder_value");
  EXPECT_EQ(w[0].issuers, (std::vector<std::string>{"CN=CA A", "CN=CA B"}));
  EXPECT_EQ(w[0].closed_at, kT0 + 86400 * 20);

  auto fires = [](const std::string& lint) { return lint == "e_subject_placeholder_value"; };
  auto never = [](const std::string&) { return false; };
  const int64_t closed = kT0 + 86400 * 20;
  EXPECT_EQ(MatchRecurrences(w, "CN=CA A", closed + 1, fires).size(), 1u);
  EXPECT_EQ(MatchRecurrences(w, "CN=CA A", std::nullopt, fires).size(), 1u) << "the gate: issued now";
  EXPECT_TRUE(MatchRecurrences(w, "CN=CA A", closed, fires).empty()) << "issued before the closure is the old incident";
  EXPECT_TRUE(MatchRecurrences(w, "CN=CA C", closed + 1, fires).empty()) << "outside the issuer scope";
  EXPECT_TRUE(MatchRecurrences(w, "CN=CA A", closed + 1, never).empty());
  EXPECT_NE(RecurrenceMessage(w[0]).find("of incident " + std::to_string(id_)), std::string::npos);
  // Reopened: no longer watched; closed again: the later closure counts.
  ASSERT_TRUE(store_->SetStatus(id_, "open", closed + 10).ok());
  EXPECT_TRUE(store_->RecurrenceWatch()->empty());
  ASSERT_TRUE(store_->SetStatus(id_, "closed", closed + 20).ok());
  EXPECT_EQ(store_->RecurrenceWatch()->at(0).closed_at, closed + 20);
  EXPECT_NE(*store_->RecurrenceWatchVersion(), v1);
}

TEST_F(Lifecycle, RecurrenceOpensALinkedIncidentWithItsOwnClocks) {
  AddProblem("Some-State", "e_subject_placeholder_value", {Cert(1, "CN=CA A")});
  EXPECT_FALSE(store_->OpenRecurrence(id_, kT0 + 100, "", kT0 + 100).ok()) << "still open";
  ASSERT_TRUE(store_->SetStatus(id_, "closed", kT0 + 86400).ok());
  const int64_t aware = kT0 + 86400 * 40;
  auto r = store_->OpenRecurrence(id_, aware, "", aware + 60);
  ASSERT_TRUE(r.ok()) << r.status().message();
  auto in = *store_->GetIncident(*r);
  EXPECT_EQ(in.title, "Example CA: Recurrence of Two defects");
  EXPECT_EQ(in.aware_at, aware);
  EXPECT_EQ(in.status, "open");
  auto links = *store_->Links(*r);
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].related_id, id_);
  EXPECT_EQ(links[0].kind, "recurrence");
  EXPECT_TRUE(links[0].outgoing);
  EXPECT_FALSE(store_->Links(id_)->at(0).outgoing);
  // Its first-disclosure clock runs from its own awareness (IRG 4.4).
  bool found = false;
  const auto due = *store_->Due(aware + 3600);
  for (const Clock& c : due)
    if (c.incident == *r && c.clock == "first_disclosure") {
      found = true;
      EXPECT_EQ(c.due, FirstDisclosureDue(aware));
    }
  EXPECT_TRUE(found);
}

TEST_F(Lifecycle, SplitMovesProblemsCertificatesRevocationsAndTheirHalts) {
  const int64_t a = AddProblem("Some-State", "e_subject_placeholder_value", {Cert(1, "CN=CA A"), Cert(2, "CN=CA A")});
  const int64_t b = AddProblem("Short serial", "w_serial_number_low_entropy", {Cert(3, "CN=CA B"), Cert(4, "CN=CA B")});
  Halt h;
  h.incident_id = id_;
  h.issuer_subject = "CN=CA B";
  h.reason = "serials";
  const int64_t halt_b = *store_->AddHalt(h, kT0 + 10);
  h.issuer_subject = "CN=CA A";
  const int64_t halt_a = *store_->AddHalt(h, kT0 + 10);
  Revocation rev{Cert(3, "").serial_hex, kT0 + 3600, 4};
  ASSERT_TRUE(store_->ImportRevocations(id_, "CN=CA B", kT0 + 3600, {rev}, "test.crl").ok());

  EXPECT_FALSE(store_->SplitIncident(id_, {a, b}, "", std::nullopt, kT0 + 7200).ok()) << "nothing would be left";
  EXPECT_FALSE(store_->SplitIncident(id_, {b + 100}, "", std::nullopt, kT0 + 7200).ok());
  const size_t incidents_before = store_->ListIncidents(false)->size();
  EXPECT_EQ(store_->ListIncidents(false)->size(), incidents_before) << "a refused split leaves nothing";

  auto r = store_->SplitIncident(id_, {b}, "", std::nullopt, kT0 + 7200);
  ASSERT_TRUE(r.ok()) << r.status().message();
  const int64_t n = r->incident;
  EXPECT_EQ(r->certificates, 2);
  EXPECT_EQ(r->halts_moved, std::vector<int64_t>{halt_b});
  auto moved = *store_->Problems(n);
  ASSERT_EQ(moved.size(), 1u);
  EXPECT_EQ(moved[0].id, b);
  EXPECT_EQ(store_->Problems(id_)->size(), 1u);
  EXPECT_EQ(store_->Progress(b)->revoked, 1) << "revocation state follows the certificates";
  EXPECT_EQ(store_->GetHalt(halt_b)->incident_id, n);
  EXPECT_EQ(store_->GetHalt(halt_a)->incident_id, id_);
  auto in = *store_->GetIncident(n);
  EXPECT_EQ(in.title, "Example CA: Short serial");
  EXPECT_EQ(in.aware_at, kT0) << "the revocation clocks do not restart";
  EXPECT_EQ(in.problem_report_at, std::optional<int64_t>(kT0 - 3600));
  auto has = [&](int64_t incident, const std::string& text) {
    const auto timeline = *store_->Timeline(incident);
    for (const auto& t : timeline)
      if (t.text.find(text) != std::string::npos) return true;
    return false;
  };
  EXPECT_TRUE(has(id_, "moved to incident " + std::to_string(n)));
  EXPECT_TRUE(has(n, "Split from incident " + std::to_string(id_)));
  EXPECT_EQ(store_->Links(n)->at(0).kind, "split");
}

TEST_F(Lifecycle, AuditFindingsAllOrNone) {
  std::vector<AuditFinding> f = {
      {"CRLs not refreshed within 7 days", "BR 4.9.7", "Audit LLP", "2025-04-01/2026-03-31", "qualification", kT0},
      {"Two subscriber certificates with ST=Some-State", "BR 7.1.4.2", "Audit LLP", "2025-04-01/2026-03-31", "adverse", kT0},
  };
  auto ids = store_->ImportAuditFindings(f, "Example CA", "A000123", std::nullopt, kT0 + 60);
  ASSERT_TRUE(ids.ok()) << ids.status().message();
  ASSERT_EQ(ids->size(), 2u);
  auto in = *store_->GetIncident(ids->at(0));
  EXPECT_EQ(in.kind, "audit-finding");
  EXPECT_EQ(in.source, "audit");
  EXPECT_EQ(in.aware_at, kT0);
  EXPECT_EQ(store_->GetAuditFinding(ids->at(1))->value().type, "adverse");
  EXPECT_EQ(store_->Links(ids->at(0))->at(0).kind, "audit-statement");
  // Importing the statement again is refused, and so is a bad row: nothing new.
  const size_t before = store_->ListIncidents(false)->size();
  EXPECT_FALSE(store_->ImportAuditFindings(f, "Example CA", "", std::nullopt, kT0 + 120).ok());
  auto bad = f;
  bad[0].finding = "A new finding";
  bad[1].type = "minor";
  auto r = store_->ImportAuditFindings(bad, "Example CA", "", std::nullopt, kT0 + 120);
  EXPECT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("finding 2"), std::string::npos) << r.status().message();
  EXPECT_EQ(store_->ListIncidents(false)->size(), before);
}

TEST_F(Lifecycle, DelayObligationsAreActionItems) {
  EXPECT_FALSE(store_->AddDelayObligations(id_, {}, kT0).ok()) << "only for a delayed-revocation incident";
  Incident d;
  d.title = "Example CA: Delayed revocation";
  d.kind = "revocation-delay";
  d.aware_at = kT0;
  const int64_t delay = *store_->OpenIncident(d, kT0);
  auto ids = store_->AddDelayObligations(delay, {{"Chrome", "Apple"}, kT0 + 86400 * 400}, kT0);
  ASSERT_TRUE(ids.ok()) << ids.status().message();
  auto items = *store_->ActionItems(delay);
  ASSERT_EQ(items.size(), 4u);
  EXPECT_NE(items[0].action.find("Chrome"), std::string::npos);
  EXPECT_NE(items[1].action.find("Apple"), std::string::npos);
  EXPECT_EQ(items[0].due_at, FirstDisclosureDue(kT0));
  EXPECT_NE(items[2].action.find("audit statement"), std::string::npos);
  EXPECT_EQ(items[2].due_at, kT0 + 86400 * 400);
  EXPECT_NE(items[3].action.find("per-subscriber rationale"), std::string::npos);
  for (const auto& a : items) EXPECT_EQ(a.status, "Ongoing");
}

}  // namespace
}  // namespace cair::incident
