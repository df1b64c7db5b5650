// The store's certificate import at scale: the bulk path (indexes dropped,
// rows appended, indexes rebuilt by sorting) must leave exactly what the
// incremental path leaves, and a failure in either must leave nothing.
#include "incident/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <set>
#include <thread>

namespace cair::incident {
namespace {

std::string Hex(uint64_t v, int width) {
  char buf[80];
  std::snprintf(buf, sizeof buf, "%0*llX", width, static_cast<unsigned long long>(v));
  return buf;
}

AffectedCertificate Cert(uint64_t i) {
  AffectedCertificate c;
  // Not in insertion order, as SHA-256 values are not.
  c.sha256_hex = Hex(i * 0x9E3779B97F4A7C15ULL, 64);
  c.serial_hex = Hex(i + 0x1000, 16);
  c.issuer = "C=XX, O=Example, CN=Issuing CA " + std::to_string(i % 3);
  c.subject = "CN=host" + std::to_string(i) + ".example.com";
  c.dns_names = "host" + std::to_string(i) + ".example.com";
  c.not_before = 1767225600 + static_cast<int64_t>(i);
  c.not_after = c.not_before + 90 * 86400;
  c.tbs_key = i;
  return c;
}

std::vector<AffectedCertificate> Certs(uint64_t from, uint64_t to) {
  std::vector<AffectedCertificate> v;
  for (uint64_t i = from; i < to; ++i) v.push_back(Cert(i));
  return v;
}

class StoreImport : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("cair-store-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "cair.db").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  int64_t OpenIncident(Store& s) {
    Incident in;
    in.title = "Example CA: test";
    in.aware_at = 1767225600;
    auto id = s.OpenIncident(in, in.aware_at);
    EXPECT_TRUE(id.ok()) << id.status().message();
    return *id;
  }
  Problem ProblemOf(int64_t incident, const std::string& name) {
    Problem p;
    p.incident_id = incident;
    p.name = name;
    p.criterion = "test";
    p.br_reason = 12;
    return p;
  }
  // Through a second connection, as another process sees the file.
  int64_t Query(const std::string& sql) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open_v2(path_.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr), SQLITE_OK) << sql;
    int64_t v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
  }
  void Exec(const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open_v2(path_.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sql << ": " << sqlite3_errmsg(db);
    sqlite3_close(db);
  }
  // Creates the store with one incident, closed again (a process of its own).
  int64_t OpenIncidentInNewStore() {
    auto s = Store::Open(path_);
    EXPECT_TRUE(s.ok()) << s.status().message();
    return s.ok() ? OpenIncident(**s) : -1;
  }
  // Another process that opens the store and imports `rows` certificates as
  // a new problem of `incident`. Through `fd` it tells 'S' (started), 'F'
  // (its final step began; it then pauses `pause_ms` there) and 'Y' (it
  // gave way to an urgent write). Exits 0 when the import succeeded.
  pid_t ForkImporter(int64_t incident, uint64_t rows, int fd, int pause_ms = 0) {
    pid_t child = fork();
    if (child != 0) return child;
    auto s = Store::Open(path_);
    if (!s.ok()) _exit(3);
    auto tell = [&](char c) { (void)!write(fd, &c, 1); };
    tell('S');
    auto r = (*s)->AddProblemStreaming(
        ProblemOf(incident, "mass"),
        [rows](const Store::AddFn& add, std::string*) {
          for (uint64_t i = 0; i < rows; ++i)
            if (!add(Cert(i))) return false;
          return true;
        },
        1767225600, [&](const std::string& phase) {
          if (phase.rfind("indexing", 0) == 0) {
            tell('F');
            std::this_thread::sleep_for(std::chrono::milliseconds(pause_ms));
          }
          if (phase.rfind("gave way", 0) == 0) tell('Y');
        });
    _exit(r.ok() ? 0 : 1);
  }
  int64_t Indexes() {
    return Query("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'certificate' AND "
                 "name IN ('certificate_key', 'certificate_serial')");
  }

  std::filesystem::path dir_;
  std::string path_;
};

constexpr uint64_t kBulk = 70000;  // past the first bulk check (65,536 rows)

TEST_F(StoreImport, BulkImportKeepsEveryRowAndRebuildsBothIndexes) {
  auto s = Store::Open(path_);
  ASSERT_TRUE(s.ok()) << s.status().message();
  Store& store = **s;
  int64_t incident = OpenIncident(store);
  auto p = store.AddProblem(ProblemOf(incident, "bulk"), Certs(0, kBulk), 1767225600);
  ASSERT_TRUE(p.ok()) << p.status().message();
  EXPECT_EQ(*store.CountCertificates(*p), static_cast<int64_t>(kBulk));
  EXPECT_EQ(Indexes(), 2);
  EXPECT_EQ(Query("SELECT count(DISTINCT sha256) FROM certificate"), static_cast<int64_t>(kBulk));
  EXPECT_EQ(Query("SELECT count(*) FROM certificate WHERE dns_names = 'host69999.example.com' AND "
                  "subject = 'CN=host69999.example.com' AND tbs_key = 69999"), 1);
  // The serial index serves the CRL import.
  auto st = store.ImportRevocations(incident, "", 1767312000, {{Cert(12345).serial_hex, 1767312000, 4}}, "test.crl");
  ASSERT_TRUE(st.ok()) << st.status().message();
  EXPECT_EQ(st->newly_revoked, 1u);
  // A small import into the now large store takes the incremental path and
  // still refuses a certificate listed twice in one problem.
  auto small = store.AddProblem(ProblemOf(incident, "small"), {Cert(1), Cert(2), Cert(1)}, 1767225600);
  ASSERT_FALSE(small.ok());
  EXPECT_NE(small.status().message().find("certificate " + Cert(1).sha256_hex + " is listed twice"), std::string::npos)
      << small.status().message();
  auto again = store.AddProblem(ProblemOf(incident, "small"), {Cert(1), Cert(2)}, 1767225600);
  ASSERT_TRUE(again.ok()) << again.status().message();  // the same certificate may be in two problems
  EXPECT_EQ(Query("SELECT count(*) FROM certificate"), static_cast<int64_t>(kBulk) + 2);
}

TEST_F(StoreImport, DuplicateInBulkImportChangesNothing) {
  auto s = Store::Open(path_);
  ASSERT_TRUE(s.ok()) << s.status().message();
  Store& store = **s;
  int64_t incident = OpenIncident(store);
  ASSERT_TRUE(store.AddProblem(ProblemOf(incident, "first"), Certs(0, 3), 1767225600).ok());
  auto certs = Certs(100, 100 + kBulk);
  certs.push_back(Cert(100 + kBulk / 2));
  auto p = store.AddProblem(ProblemOf(incident, "bulk"), certs, 1767225600);
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.status().message().find("certificate " + Cert(100 + kBulk / 2).sha256_hex + " is listed twice; nothing was saved"),
            std::string::npos)
      << p.status().message();
  EXPECT_EQ(Query("SELECT count(*) FROM certificate"), 3);
  EXPECT_EQ(Query("SELECT count(*) FROM problem"), 1);
  EXPECT_EQ(Indexes(), 2);  // the dropped indexes came back with the rollback
  // An import aborted by its producer (a bad object at row 70,000) likewise.
  auto aborted = store.AddProblemStreaming(
      ProblemOf(incident, "aborted"),
      [](const Store::AddFn& add, std::string* reason) {
        for (uint64_t i = 0; i < kBulk; ++i)
          if (!add(Cert(1000000 + i))) return false;
        *reason = "bad.pem#70001: not a certificate";
        return false;
      },
      1767225600);
  ASSERT_FALSE(aborted.ok());
  EXPECT_EQ(aborted.status().message(), "bad.pem#70001: not a certificate; nothing was saved");
  EXPECT_EQ(Query("SELECT count(*) FROM certificate"), 3);
  EXPECT_EQ(Indexes(), 2);
}

// Both join orders of the CRL import (a CRL larger than the incident: scan
// the certificates; a small one: probe by serial) give the same answers.
TEST_F(StoreImport, CrlImportMatchesBySerialAndIssuerWhicheverSideIsLarger) {
  auto s = Store::Open(path_);
  ASSERT_TRUE(s.ok()) << s.status().message();
  Store& store = **s;
  int64_t incident = OpenIncident(store);
  auto p = store.AddProblem(ProblemOf(incident, "p"), Certs(0, 300), 1767225600);
  ASSERT_TRUE(p.ok()) << p.status().message();
  const std::string issuer0 = Cert(0).issuer;  // every third certificate
  // Large: 300 serials (100 of issuer 0), 50 unrelated, certificate 3's twice
  // (its first entry counts), certificate 6 with the wrong reasonCode.
  std::vector<Revocation> large;
  for (uint64_t i = 0; i < 300; ++i) large.push_back({Cert(i).serial_hex, 1767312000 + static_cast<int64_t>(i), i == 6 ? 1 : 4});
  for (uint64_t i = 0; i < 50; ++i) large.push_back({Cert(5000 + i).serial_hex, 1767312000, 4});
  large.push_back({Cert(3).serial_hex, 1767399999, 4});
  auto st = store.ImportRevocations(incident, issuer0, 1767300000, large, "large.crl");
  ASSERT_TRUE(st.ok()) << st.status().message();
  EXPECT_EQ(st->entries, 351u);
  EXPECT_EQ(st->newly_revoked, 100u);
  EXPECT_EQ(st->wrong_reason, 1u);
  EXPECT_EQ(st->unrelated, 351u - 101u);  // certificate 3's two entries both matched
  EXPECT_EQ(Query("SELECT r.revoked_at FROM certificate c JOIN revocation r ON r.cert = c.id WHERE c.serial = '" +
                  Cert(3).serial_hex + "'"),
            1767312003);
  EXPECT_EQ(Query("SELECT r.reason_ok FROM certificate c JOIN revocation r ON r.cert = c.id WHERE c.serial = '" +
                  Cert(6).serial_hex + "'"),
            0);
  EXPECT_EQ(Query("SELECT count(*) FROM revocation r JOIN revocation_source s ON s.id = r.source_id WHERE s.text = 'large.crl'"),
            100);
  // thisUpdate bounds when a revocation became visible.
  EXPECT_EQ(Query("SELECT min(revoked_at) FROM revocation"), 1767312000);
  // Small (probe by serial), no issuer (a CA database export): two more.
  auto small = store.ImportRevocations(incident, "", 0, {{Cert(1).serial_hex, 1767400000, 4}, {Cert(2).serial_hex, 1767400000, -1}},
                                       "database export.csv");
  ASSERT_TRUE(small.ok()) << small.status().message();
  EXPECT_EQ(small->newly_revoked, 2u);
  EXPECT_EQ(small->wrong_reason, 1u);  // reason 12 (superseded) needs reasonCode 4
  // Again: nothing new, every entry now unrelated.
  auto again = store.ImportRevocations(incident, issuer0, 1767300000, large, "large.crl");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->newly_revoked, 0u);
  EXPECT_EQ(again->unrelated, 351u);
  EXPECT_EQ(store.Progress(*p)->revoked, 102);
}

TEST_F(StoreImport, MigrationsSevenToNineKeepEveryCertificateAndItsRevocation) {
  int64_t incident;
  {
    auto s = Store::Open(path_, 6);
    ASSERT_TRUE(s.ok()) << s.status().message();
    Store& store = **s;
    ASSERT_EQ(store.SchemaVersion(), 6);
    incident = OpenIncident(store);
    ASSERT_TRUE(store.AddProblem(ProblemOf(incident, "old"), Certs(0, 50), 1767225600).ok());
  }
  // A revocation recorded by the version-6 cair.
  Exec("UPDATE certificate SET revoked_at = 1767312000, crl_reason = 4, revoked_source = 'old.crl', reason_ok = 1 "
       "WHERE serial = '" + Cert(7).serial_hex + "'");
  EXPECT_EQ(Query("SELECT count(*) FROM sqlite_master WHERE name = 'certificate' AND sql LIKE '%WITHOUT ROWID%'"), 1);
  auto s = Store::Open(path_);
  ASSERT_TRUE(s.ok()) << s.status().message();
  Store& store = **s;
  EXPECT_GE(store.SchemaVersion(), 7);
  EXPECT_EQ(Query("SELECT count(*) FROM sqlite_master WHERE name = 'certificate' AND sql LIKE '%WITHOUT ROWID%'"), 0);
  EXPECT_EQ(Query("SELECT count(*) FROM certificate"), 50);
  // Migration 9 moved it to `revocation`, its source to `revocation_source`.
  EXPECT_EQ(Query("SELECT count(*) FROM certificate c JOIN revocation r ON r.cert = c.id JOIN revocation_source s "
                  "ON s.id = r.source_id WHERE r.revoked_at = 1767312000 AND r.crl_reason = 4 AND r.reason_ok = 1 AND "
                  "s.text = 'old.crl' AND c.serial = '" + Cert(7).serial_hex + "'"), 1);
  EXPECT_EQ(Query("SELECT count(*) FROM pragma_table_info('certificate') WHERE name IN ('revoked_at', 'crl_reason', "
                  "'revoked_source', 'reason_ok')"), 0);
  EXPECT_EQ(Query("SELECT count(*) FROM certificate WHERE subject = 'CN=host49.example.com'"), 1);
  EXPECT_EQ(Indexes(), 2);
  auto problems = store.Problems(incident);
  ASSERT_TRUE(problems.ok() && problems->size() == 1);
  auto progress = store.Progress(problems->front().id);
  ASSERT_TRUE(progress.ok());
  EXPECT_EQ(progress->revoked, 1);
}

// Issue 17: urgent writes never wait for bulk work. Another process imports
// a problem large enough to take seconds; halts issued while it stages its
// rows and while it runs its final step each commit within a second and are
// at once what a fresh connection (the gate's) reads; the import gives way,
// starts its final step again and still saves every row, all or nothing.
TEST_F(StoreImport, HaltDuringLargeImportCommitsWithinASecond) {
  constexpr uint64_t kRows = 300000;
  const int64_t incident = OpenIncidentInNewStore();
  int pipe_fd[2];
  ASSERT_EQ(pipe(pipe_fd), 0);
  pid_t child = ForkImporter(incident, kRows, pipe_fd[1]);
  ASSERT_GE(child, 0);
  close(pipe_fd[1]);
  fcntl(pipe_fd[0], F_SETFL, O_NONBLOCK);
  std::string phases;
  auto read_phases = [&] {
    char buf[64];
    ssize_t n;
    while ((n = read(pipe_fd[0], buf, sizeof buf)) > 0) phases.append(buf, static_cast<size_t>(n));
  };
  auto s = Store::Open(path_);
  ASSERT_TRUE(s.ok()) << s.status().message();
  Store& store = **s;
  auto halt = [&](const std::string& why) {
    Halt h;
    h.incident_id = incident;
    h.issuer_subject = "C=XX, O=Example, CN=Issuing CA 1";
    h.reason = why;
    const auto t0 = std::chrono::steady_clock::now();
    auto id = store.AddHalt(h, 1767225600);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_TRUE(id.ok()) << why << ": " << id.status().message();
    EXPECT_LT(ms, 1000) << why;
    std::printf("halt %s: %.1f ms\n", why.c_str(), ms);
    // What the gate reads, through a connection of its own: the halt is active.
    auto gate = Store::Open(path_);
    ASSERT_TRUE(gate.ok());
    auto active = (*gate)->Halts(std::nullopt, true);
    ASSERT_TRUE(active.ok());
    bool found = false;
    for (const Halt& a : *active) found |= id.ok() && a.id == *id;
    EXPECT_TRUE(found) << why;
    if (id.ok()) {
      EXPECT_TRUE(store.Resume(*id, 1767225601, "test").ok());
    }
  };
  // While it stages (the rows are still being produced).
  for (int i = 0; i < 100 && phases.find('S') == std::string::npos; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    read_phases();
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  halt("while staging");
  // In its final step (indexes dropped, rows moving, indexes rebuilt).
  for (int i = 0; i < 3000 && phases.find('F') == std::string::npos; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    read_phases();
  }
  ASSERT_NE(phases.find('F'), std::string::npos) << "the import never reached its final step";
  std::this_thread::sleep_for(std::chrono::milliseconds(400));
  bool during_final = false;
  {
    int status = 0;
    during_final = waitpid(child, &status, WNOHANG) == 0;  // (still importing)
    if (!during_final) {
      ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
      child = -1;
    }
  }
  halt("during the final step");
  if (child > 0) {
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status)) << "importer killed";
    EXPECT_EQ(WEXITSTATUS(status), 0);
  }
  read_phases();
  close(pipe_fd[0]);
  std::printf("importer: %s (S staging, F final step, Y gave way)\n", phases.c_str());
  if (during_final) {
    EXPECT_NE(phases.find('Y'), std::string::npos) << "the import did not give way: " << phases;
  }
  EXPECT_EQ(Query("SELECT count(*) FROM certificate"), static_cast<int64_t>(kRows));
  EXPECT_EQ(Query("SELECT count(*) FROM problem"), 1);
  EXPECT_EQ(Query("SELECT count(*) FROM halt WHERE resumed_at IS NULL"), 0);
  EXPECT_EQ(Indexes(), 2);
}

// Issue 17, faults: an importer killed (SIGKILL) in its final step leaves
// nothing — no problem, no row, both indexes — and the next run imports.
TEST_F(StoreImport, ImporterKilledInItsFinalStepLeavesNothingAndTheNextRunImports) {
  constexpr uint64_t kRows = 200000;
  const int64_t incident = OpenIncidentInNewStore();
  int pipe_fd[2];
  ASSERT_EQ(pipe(pipe_fd), 0);
  pid_t child = ForkImporter(incident, kRows, pipe_fd[1], 300);  // (the kill lands in the final step)
  ASSERT_GE(child, 0);
  close(pipe_fd[1]);
  char c = 0;
  while (c != 'F') ASSERT_EQ(read(pipe_fd[0], &c, 1), 1) << "the importer ended before its final step";
  close(pipe_fd[0]);
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status));
  auto s = Store::Open(path_);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(Query("SELECT count(*) FROM certificate"), 0);
  EXPECT_EQ(Query("SELECT count(*) FROM problem"), 0);
  EXPECT_EQ(Indexes(), 2);
  auto again = (*s)->AddProblem(ProblemOf(incident, "again"), Certs(0, kBulk), 1767225600);
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_EQ(Query("SELECT count(*) FROM certificate"), static_cast<int64_t>(kBulk));
}

// A full disk (here: a file-size limit, so writes fail as they would with
// ENOSPC) fails the import with the store's error, commits nothing, and the
// store works again once there is room.
TEST_F(StoreImport, FullDiskFailsTheImportCleanlyAndTheStoreRecovers) {
  const int64_t incident = OpenIncidentInNewStore();
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    signal(SIGXFSZ, SIG_IGN);
    rlimit r{4 << 20, 4 << 20};  // 4 MiB per file: the import needs far more
    setrlimit(RLIMIT_FSIZE, &r);
    auto s = Store::Open(path_);
    if (!s.ok()) _exit(3);
    auto p = (*s)->AddProblem(ProblemOf(incident, "too big"), Certs(0, kBulk), 1767225600);
    if (p.ok()) _exit(1);
    std::fprintf(stderr, "import on a full disk: %s\n", p.status().message().c_str());
    _exit(p.status().message().find("nothing was saved") != std::string::npos ? 0 : 2);
  }
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << "1: the import succeeded; 2: its error did not say nothing was saved";
  auto s = Store::Open(path_);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(Query("SELECT count(*) FROM certificate"), 0);
  EXPECT_EQ(Query("SELECT count(*) FROM problem"), 0);
  auto p = (*s)->AddProblem(ProblemOf(incident, "fits"), Certs(0, 100), 1767225600);
  ASSERT_TRUE(p.ok()) << p.status().message();
  EXPECT_EQ(Query("SELECT count(*) FROM certificate"), 100);
}

// A store written by a newer cair (a migration this one does not know) is
// refused with a message that says so, and left untouched.
TEST_F(StoreImport, StoreFromANewerCairIsRefusedClearly) {
  {
    auto s = Store::Open(path_);
    ASSERT_TRUE(s.ok()) << s.status().message();
  }
  Exec("PRAGMA user_version = 999");
  auto s = Store::Open(path_);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("newer cair"), std::string::npos) << s.status().message();
  EXPECT_EQ(Query("PRAGMA user_version"), 999);
}

// The same for a CRL import: halts issued while another process imports a
// 200,000-entry revocation list commit within a second, and every entry
// still revokes its certificate. Halts every 0.7 s — faster than the import's
// final step — do not stop it forever: after giving way three times it
// finishes, and later writes wait for it.
TEST_F(StoreImport, HaltDuringLargeCrlImportCommitsWithinASecond) {
  constexpr uint64_t kRows = 200000;
  int64_t incident;
  {
    auto s = Store::Open(path_);
    ASSERT_TRUE(s.ok()) << s.status().message();
    incident = OpenIncident(**s);
    ASSERT_TRUE((*s)->AddProblem(ProblemOf(incident, "mass"), Certs(0, kRows), 1767225600).ok());
  }
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    auto s = Store::Open(path_);
    if (!s.ok()) _exit(3);
    auto r = (*s)->ImportRevocationLists(incident, {{"", 1767312000, "mass.crl"}}, [](const Store::RevocationFn& add) {
      for (uint64_t i = 0; i < kRows; ++i)
        if (!add(0, {Cert(i).serial_hex, 1767312000, 4})) return false;
      return true;
    });
    _exit(r.ok() && r->front().newly_revoked == kRows ? 0 : 1);
  }
  auto s = Store::Open(path_);
  ASSERT_TRUE(s.ok()) << s.status().message();
  int halts = 0, status = 0;
  double worst = 0;  // of the first three
  while (waitpid(child, &status, WNOHANG) == 0) {
    Halt h;
    h.incident_id = incident;
    h.issuer_ski = "AB";
    h.reason = "during the CRL import";
    const auto t0 = std::chrono::steady_clock::now();
    auto id = (*s)->AddHalt(h, 1767225600);
    if (halts < 3) worst = std::max(worst, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    ASSERT_TRUE(id.ok()) << id.status().message();
    ++halts;
    std::this_thread::sleep_for(std::chrono::milliseconds(700));
  }
  std::printf("%d halts during the CRL import, the slowest of the first three %.1f ms\n", halts, worst);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << "the CRL import failed or missed entries";
  EXPECT_GT(halts, 0);
  EXPECT_LT(worst, 1000);
  EXPECT_EQ(Query("SELECT count(*) FROM revocation"), static_cast<int64_t>(kRows));
}

}  // namespace
}  // namespace cair::incident
