// Unit tests of the Store methods in store_response.cc: halts and their
// resumption, action items, questions, status, and the codes their failures
// carry (what the server turns into HTTP statuses).
#include <gtest/gtest.h>

#include <sqlite3.h>

#include <filesystem>
#include <memory>
#include <string>

#include "incident/store.h"

namespace cair::incident {
namespace {

using base::StatusCode;

constexpr int64_t kT0 = 1767225600;  // 2026-01-01T00:00:00Z

class StoreResponse : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("cair-store-response-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "cair.db").string();
    auto s = Store::Open(path_);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = *std::move(s);
    Incident in;
    in.title = "Example CA: test";
    in.aware_at = kT0;
    auto id = store_->OpenIncident(in, kT0);
    ASSERT_TRUE(id.ok()) << id.status().ToString();
    incident_ = *id;
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::filesystem::path dir_;
  std::string path_;
  std::unique_ptr<Store> store_;
  int64_t incident_ = 0;
};

TEST_F(StoreResponse, HaltIsActiveUntilResumedOnce) {
  Halt h;
  h.incident_id = incident_;
  h.issuer_subject = "CN=Example Issuing CA";
  h.reason = "ST not validated";
  auto id = store_->AddHalt(h, kT0 + 10);
  ASSERT_TRUE(id.ok()) << id.status().ToString();
  auto active = store_->Halts(incident_, true);
  ASSERT_TRUE(active.ok());
  ASSERT_EQ(active->size(), 1u);
  EXPECT_EQ((*active)[0].reason, "ST not validated");
  ASSERT_TRUE(store_->Resume(*id, kT0 + 20, "replayed: every affected certificate denied").ok());
  EXPECT_TRUE(store_->Halts(incident_, true)->empty());
  auto again = store_->Resume(*id, kT0 + 30, "twice");
  EXPECT_EQ(again.status().code(), StatusCode::kFailedPrecondition) << again.status().ToString();
  EXPECT_EQ(store_->GetHalt(*id)->resumed_at, kT0 + 20);
}

TEST_F(StoreResponse, BadInputIsInvalidArgumentAndMissingIsNotFound) {
  Halt h;
  h.incident_id = incident_;
  h.reason = "no target";
  EXPECT_EQ(store_->AddHalt(h, kT0).status().code(), StatusCode::kInvalidArgument);
  h.incident_id = incident_ + 100;
  h.issuer_ski = "AB";
  auto missing = store_->AddHalt(h, kT0);
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(missing.status().message(), "no incident " + std::to_string(incident_ + 100));
  EXPECT_EQ(store_->GetHalt(12345).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->SetStatus(incident_, "paused", kT0).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->SetActionItemStatus(999, "Complete", kT0).status().code(), StatusCode::kNotFound);
}

TEST_F(StoreResponse, ActionItemStatusChangeIsRecordedInTheTimeline) {
  ActionItem a;
  a.incident_id = incident_;
  a.action = "Reject placeholders";
  a.kind = "Prevent";
  a.root_cause = "template default";
  a.criteria = "gate denies e_subject_placeholder_value";
  a.due_at = kT0 + 86400;
  auto id = store_->AddActionItem(a, kT0);
  ASSERT_TRUE(id.ok()) << id.status().ToString();
  a.kind = "Pray";
  EXPECT_EQ(store_->AddActionItem(a, kT0).status().code(), StatusCode::kInvalidArgument);
  ASSERT_TRUE(store_->SetActionItemStatus(*id, "Complete", kT0 + 60).ok());
  auto items = store_->ActionItems(incident_);
  ASSERT_TRUE(items.ok());
  ASSERT_EQ(items->size(), 1u);
  EXPECT_EQ((*items)[0].status, "Complete");
  EXPECT_EQ((*items)[0].changed_at, kT0 + 60);
  auto timeline = store_->Timeline(incident_);
  ASSERT_TRUE(timeline.ok());
  bool mentioned = false;
  for (const auto& t : *timeline) mentioned |= t.text == "Action item " + std::to_string(*id) + ": Ongoing -> Complete";
  EXPECT_TRUE(mentioned);
}

TEST_F(StoreResponse, QuestionIsAnsweredOnceAndNotBeforeItWasAsked) {
  Question q;
  q.incident_id = incident_;
  q.text = "Why was ST not validated?";
  q.asked_at = kT0 + 100;
  auto id = store_->AddQuestion(q);
  ASSERT_TRUE(id.ok()) << id.status().ToString();
  EXPECT_EQ(store_->AnswerQuestion(*id, kT0).status().code(), StatusCode::kInvalidArgument);
  ASSERT_TRUE(store_->AnswerQuestion(*id, kT0 + 200).ok());
  EXPECT_EQ(store_->AnswerQuestion(*id, kT0 + 300).status().code(), StatusCode::kFailedPrecondition);
  EXPECT_EQ((*store_->Questions(incident_))[0].answered_at, kT0 + 200);
}

// A database that fails is kUnavailable, never "no incident".
TEST_F(StoreResponse, DatabaseFailureIsUnavailableNotNotFound) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "ALTER TABLE halt RENAME TO halt_elsewhere", nullptr, nullptr, nullptr), SQLITE_OK)
      << sqlite3_errmsg(db);
  sqlite3_close(db);
  auto h = store_->GetHalt(1);
  EXPECT_EQ(h.status().code(), StatusCode::kUnavailable) << h.status().ToString();
  Halt x;
  x.incident_id = incident_;
  x.issuer_ski = "AB";
  x.reason = "r";
  EXPECT_EQ(store_->AddHalt(x, kT0).status().code(), StatusCode::kUnavailable);
  // A list whose query fails is a failure, not an empty list (a report must
  // never say "no halts" because the database could not be read).
  auto halts = store_->Halts(incident_, false);
  EXPECT_EQ(halts.status().code(), StatusCode::kUnavailable) << (halts.ok() ? "an empty list" : "");
}

TEST_F(StoreResponse, FailingListQueriesAreErrorsNotEmptyLists) {
  ASSERT_TRUE(store_->Questions(incident_).ok());
  ASSERT_TRUE(store_->Updates(incident_).ok());
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "ALTER TABLE question RENAME TO q_elsewhere; ALTER TABLE posted_update RENAME TO u_elsewhere",
                         nullptr, nullptr, nullptr), SQLITE_OK)
      << sqlite3_errmsg(db);
  sqlite3_close(db);
  EXPECT_EQ(store_->Questions(incident_).status().code(), StatusCode::kUnavailable);
  EXPECT_EQ(store_->Updates(incident_).status().code(), StatusCode::kUnavailable);
}

}  // namespace
}  // namespace cair::incident
