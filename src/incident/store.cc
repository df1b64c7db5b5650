#include "incident/store.h"

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <thread>

#include "incident/migrations.h"
#include "incident/rules.h"
#include "incident/sqlite_util.h"
#include "incident/write_priority.h"

namespace cair::incident {
namespace {

using namespace internal;

// The two indexes of `certificate` (migration 7, whose file ends with this
// text): its key, and the CRL import's look-up by serial. A bulk import
// drops and rebuilds them.
constexpr const char* kCertificateIndexes =
    "CREATE UNIQUE INDEX certificate_key ON certificate(problem_id, sha256);\n"
    "CREATE INDEX certificate_serial ON certificate(serial);\n";
constexpr const char* kDropCertificateIndexes = "DROP INDEX certificate_key; DROP INDEX certificate_serial;";

}  // namespace

// Urgent writes before bulk work (issue 17; req §9 item 2: a halt is the
// first thing the response asks for). See write_priority.h.
struct Store::WriteState {
  explicit WriteState(const std::string& path) : priority(path), wal_path(path + "-wal") {}
  internal::WritePriority priority;
  std::string wal_path;
  bool bulk = false;              // this connection runs a bulk final step
  bool yielded = false;           // ... and gave way to an urgent writer
  bool ignore_urgent = false;     // an announcement outlived its writer's wait
  int wal_fd = -1;                // synced during a bulk step, so its COMMIT is short
  std::chrono::steady_clock::time_point busy_since, last_sync;
};

namespace {

// An urgent write waits for another urgent write (they are short) or for a
// bulk step to give way (milliseconds) — or, once a bulk step has given way
// kMaxYields times, for it to finish.
constexpr auto kUrgentWait = std::chrono::seconds(120);
// A bulk step restarts from its beginning each time it gives way: under a
// stream of urgent writes more frequent than the step it would never finish.
// After this many, it keeps the lock to the end.
constexpr int kMaxYields = 3;
// A bulk step waits for another process's bulk step, however long.
constexpr auto kBulkWait = std::chrono::minutes(30);

int OnBusy(void* arg, int count) {
  auto* w = static_cast<Store::WriteState*>(arg);
  const auto now = std::chrono::steady_clock::now();
  if (count == 0) w->busy_since = now;
  const auto waited = now - w->busy_since;
  if (w->bulk) {
    if (waited > kBulkWait) return 0;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    return 1;
  }
  w->priority.Announce();
  if (waited > kUrgentWait) {
    w->priority.Withdraw();
    return 0;
  }
  // Poll fast: the lock comes free the moment a bulk step rolls back.
  std::this_thread::sleep_for(waited < std::chrono::seconds(2) ? std::chrono::microseconds(500) : std::chrono::milliseconds(10));
  return 1;
}

int OnCommit(void* arg) {
  static_cast<Store::WriteState*>(arg)->priority.Withdraw();
  return 0;
}

void OnRollback(void* arg) { static_cast<Store::WriteState*>(arg)->priority.Withdraw(); }

// Called every few thousand VM steps of a bulk step: give way to an urgent
// writer; keep the WAL synced so that the final COMMIT has little to flush.
int OnProgress(void* arg) {
  auto* w = static_cast<Store::WriteState*>(arg);
  if (!w->ignore_urgent && w->priority.UrgentWaiting()) {
    w->yielded = true;
    return 1;
  }
  const auto now = std::chrono::steady_clock::now();
  if (w->wal_fd >= 0 && now - w->last_sync > std::chrono::milliseconds(200)) {
    ::fdatasync(w->wal_fd);
    w->last_sync = now;
  }
  return 0;
}

}  // namespace

Store::Store(sqlite3* db, const std::string& path) : db_(db), ws_(std::make_unique<WriteState>(path)) {
  sqlite3_busy_handler(db_, OnBusy, ws_.get());
  sqlite3_commit_hook(db_, OnCommit, ws_.get());
  sqlite3_rollback_hook(db_, OnRollback, ws_.get());
}

Store::~Store() {
  sqlite3_close(db_);
  if (ws_->wal_fd >= 0) ::close(ws_->wal_fd);
}

bool Store::BulkTransaction(const std::function<bool(std::string* error)>& body,
                            const std::function<void(const std::string&)>& phase, std::string* error) {
  WriteState& w = *ws_;
  w.bulk = true;
  w.ignore_urgent = false;
  w.wal_fd = ::open(w.wal_path.c_str(), O_RDONLY | O_CLOEXEC);
  w.last_sync = std::chrono::steady_clock::now();
  struct Done {
    Store::WriteState& w;
    sqlite3* db;
    ~Done() {
      sqlite3_progress_handler(db, 0, nullptr, nullptr);
      w.bulk = false;
      if (w.wal_fd >= 0) ::close(w.wal_fd);
      w.wal_fd = -1;
    }
  } done{w, db_};
  for (int attempt = 0;; ++attempt) {
    if (attempt > 0) {
      if (phase) phase("gave way to an urgent write; starting the final step again");
      w.priority.WaitUntilQuiet(std::chrono::seconds(10));
      // Still announced after 10 s: a connection that announced and then
      // stopped writing (a read that met a locked store). Stop yielding.
      if (w.priority.UrgentWaiting()) w.ignore_urgent = true;
      if (attempt >= kMaxYields && !w.ignore_urgent) {
        w.ignore_urgent = true;
        if (phase) phase("gave way " + std::to_string(attempt) + " times; finishing the final step before further writes");
      }
    }
    w.yielded = false;
    if (!Exec("BEGIN IMMEDIATE", error)) return false;
    sqlite3_progress_handler(db_, 4000, OnProgress, &w);
    bool ok = body(error);
    sqlite3_progress_handler(db_, 0, nullptr, nullptr);
    if (w.yielded) {
      sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);  // (may already be rolled back)
      continue;
    }
    if (ok && Exec("COMMIT", error)) return true;
    std::string ignored;
    Exec("ROLLBACK", &ignored);
    return false;
  }
}

bool Store::Exec(const std::string& sql, std::string* error) {
  char* msg = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &msg) == SQLITE_OK) return true;
  *error = msg ? msg : "sqlite error";
  sqlite3_free(msg);
  return false;
}

int Store::SchemaVersion() const {
  Stmt s(db_, "PRAGMA user_version");
  return s.Step() == SQLITE_ROW ? static_cast<int>(s.Int(0)) : -1;
}

bool Store::Migrate(int want, std::string* error) {
  const int have = SchemaVersion();
  const auto migrations = Migrations();  // src/incident/migrations/*.sql
  const int latest = static_cast<int>(migrations.size());
  if (want < 0 || want > latest) want = latest;
  if (have > latest) {
    *error = "written by a newer cair (store schema version " + std::to_string(have) + "; this cair knows versions up to " +
             std::to_string(latest) + "): use that cair or a later one; nothing was changed";
    return false;
  }
  for (int v = have; v < want; ++v) {
    if (!Exec("BEGIN IMMEDIATE", error)) return false;
    if (!Exec(std::string(migrations[v].sql), error) || !Exec("PRAGMA user_version = " + std::to_string(v + 1), error) ||
        !Exec("COMMIT", error)) {
      std::string ignored;
      Exec("ROLLBACK", &ignored);
      *error = "migration " + std::to_string(v + 1) + ": " + *error;
      return false;
    }
  }
  return true;
}

StatusOr<std::unique_ptr<Store>> Store::Open(const std::string& path, int schema_version) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                      nullptr) != SQLITE_OK) {
    std::string e = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return base::UnavailableError(path + ": " + e);
  }
  std::unique_ptr<Store> s(new Store(db, path));
  std::string error;
  // WAL + synchronous=FULL: a committed transaction survives a crash or
  // kill -9 at any moment; an uncommitted one leaves no trace.
  // A 64 MiB page cache keeps bulk imports of millions of rows in memory-speed
  // territory; memory stays bounded by it whatever the incident size.
  // 16 KiB pages (new stores only; SQLite ignores it for an existing one):
  // rows carry DNs and dNSNames, and a multi-million-row import writes a
  // quarter of the page headers and WAL frames it would with 4 KiB.
  if (!s->Exec("PRAGMA page_size = 16384; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; "
               "PRAGMA cache_size = -65536; PRAGMA temp.cache_size = -16384;", &error) ||
      !s->Migrate(schema_version, &error))
    return base::UnavailableError(path + ": " + error);
  return s;
}

StatusOr<int64_t> Store::OpenIncident(const Incident& in, int64_t now) {
  return InTransaction<int64_t>(db_, [&]() -> StatusOr<int64_t> {
    Stmt s(db_, "INSERT INTO incident (title, ca_owner, ccadb_id, source, reporter, aware_at, problem_report_at, kind, "
                "bug, status, parent_id, whiteboard_next_update, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    s.Bind(1, in.title).Bind(2, in.ca_owner).Bind(3, in.ccadb_id).Bind(4, in.source).Bind(5, in.reporter)
        .Bind(6, in.aware_at).Bind(7, in.problem_report_at).Bind(8, in.kind).Bind(9, in.bug).Bind(10, in.status)
        .Bind(11, in.parent_id).Bind(12, in.whiteboard_next_update).Bind(13, now);
    if (s.Step() != SQLITE_DONE) return DbError(db_, "open incident");
    int64_t id = sqlite3_last_insert_rowid(db_);
    if (!AddTimelineRow(db_, id, in.aware_at, "CA became aware (incident opened in cair)", "cair"))
      return DbError(db_, "timeline");
    if (in.problem_report_at &&
        !AddTimelineRow(db_, id, *in.problem_report_at, "Certificate Problem Report received", "cair"))
      return DbError(db_, "timeline");
    return id;
  });
}

StatusOr<Incident> Store::GetIncident(int64_t id) {
  Stmt s(db_, "SELECT id, title, ca_owner, ccadb_id, source, reporter, aware_at, problem_report_at, kind, bug, status, "
              "parent_id, whiteboard_next_update, created_at FROM incident WHERE id = ?");
  s.Bind(1, id);
  CAIR_RETURN_IF_ERROR(RowOrNotFound(db_, s.Step(), "no incident " + std::to_string(id)));
  Incident in;
  in.id = s.Int(0);
  in.title = s.Text(1);
  in.ca_owner = s.Text(2);
  in.ccadb_id = s.Text(3);
  in.source = s.Text(4);
  in.reporter = s.Text(5);
  in.aware_at = s.Int(6);
  in.problem_report_at = s.OptInt(7);
  in.kind = s.Text(8);
  in.bug = s.OptInt(9);
  in.status = s.Text(10);
  in.parent_id = s.OptInt(11);
  in.whiteboard_next_update = s.OptInt(12);
  in.created_at = s.Int(13);
  return in;
}

StatusOr<std::vector<Incident>> Store::ListIncidents(bool open_only) {
  Stmt s(db_, open_only ? "SELECT id FROM incident WHERE status != 'closed' ORDER BY id"
                        : "SELECT id FROM incident ORDER BY id");
  std::vector<Incident> out;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    auto in = GetIncident(s.Int(0));
    CAIR_RETURN_IF_ERROR(in);
    out.push_back(*in);
  }
  // A failing query is a database failure, not an empty list.
  if (rc != SQLITE_DONE) return DbError(db_, "list incidents");
  return out;
}

StatusOr<int64_t> Store::AddTimeline(int64_t incident, int64_t at, const std::string& text, const std::string& source) {
  CAIR_RETURN_IF_ERROR(GetIncident(incident));
  return InTransaction<int64_t>(db_, [&]() -> StatusOr<int64_t> {
    if (!AddTimelineRow(db_, incident, at, text, source)) return DbError(db_, "timeline");
    return sqlite3_last_insert_rowid(db_);
  });
}

StatusOr<std::vector<TimelineEntry>> Store::Timeline(int64_t incident) {
  return ReadRows<TimelineEntry>(
      db_, "SELECT id, incident_id, at, text, source FROM timeline WHERE incident_id = ? ORDER BY at, id",
      incident, [](Stmt& r) { return TimelineEntry{r.Int(0), r.Int(1), r.Int(2), r.Text(3), r.Text(4)}; });
}

StatusOr<int64_t> Store::AddProblem(const Problem& p, const std::vector<AffectedCertificate>& certs, int64_t now) {
  return AddProblemStreaming(
      p,
      [&certs](const AddFn& add, std::string*) {
        for (const auto& c : certs)
          if (!add(c)) return false;
        return true;
      },
      now);
}

StatusOr<int64_t> Store::AddProblemStreaming(const Problem& p,
                                           const std::function<bool(const AddFn& add, std::string* abort_reason)>& produce,
                                           int64_t now, const std::function<void(const std::string&)>& phase) {
  CAIR_RETURN_IF_ERROR(GetIncident(p.incident_id));
  if (!IsValidBrReason(p.br_reason))
    return base::InvalidArgumentError("--reason must be a BR 4.9.1.1 reason number, 1-16 (got " + std::to_string(p.br_reason) + ")");
  // 1. Staging, outside the store's write lock: the rows go to a table of
  // this connection's temporary database (its own file; writing it locks
  // nothing of the store), and a unique index on it finds a certificate
  // listed twice. Meanwhile halts and every other write go ahead.
  std::string failure;
  auto exec = [&](const std::string& sql, const char* what) {
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK) return true;
    failure = Err(db_, what);
    return false;
  };
  struct DropStaging {
    sqlite3* db;
    ~DropStaging() { sqlite3_exec(db, "DROP TABLE IF EXISTS temp.staged_certificate", nullptr, nullptr, nullptr); }
  } drop_staging{db_};
  static constexpr char kColumns[] = "sha256, serial, issuer, not_before, not_after, precertificate, tbs_key, subject, dns_names";
  if (!exec("DROP TABLE IF EXISTS temp.staged_certificate; CREATE TEMP TABLE staged_certificate (sha256 TEXT, serial TEXT, "
            "issuer TEXT, not_before INTEGER, not_after INTEGER, precertificate INTEGER, tbs_key INTEGER, subject TEXT, "
            "dns_names TEXT); BEGIN",
            "staging"))
    return base::UnavailableError(failure + "; nothing was saved");
  uint64_t count = 0;
  bool smime = p.smime;  // the S/MIME mark (migration 13): the Appendix then withholds personal data
  {
    Stmt stage(db_, (std::string("INSERT INTO staged_certificate (") + kColumns + ") VALUES (?,?,?,?,?,?,?,?,?)").c_str());
    AddFn add = [&](const AffectedCertificate& c) {
      smime |= c.smime;
      stage.Reset();
      stage.Bind(1, c.sha256_hex).Bind(2, c.serial_hex).Bind(3, c.issuer).Bind(4, c.not_before)
          .Bind(5, c.not_after).Bind(6, int64_t{c.precertificate}).Bind(7, static_cast<int64_t>(c.tbs_key))
          .Bind(8, c.subject).Bind(9, c.dns_names);
      if (stage.Step() != SQLITE_DONE) {
        failure = Err(db_, "add certificate");
        return false;
      }
      ++count;
      return true;
    };
    std::string abort_reason;
    if (!produce(add, &abort_reason)) {
      sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
      return !failure.empty() ? base::UnavailableError(failure + "; nothing was saved")
                              : base::InvalidArgumentError(abort_reason + "; nothing was saved");
    }
  }
  if (phase) phase("sorting " + std::to_string(count) + " certificates");
  if (int rc = sqlite3_exec(db_, "CREATE UNIQUE INDEX temp.staged_sha256 ON staged_certificate(sha256)", nullptr, nullptr, nullptr);
      rc != SQLITE_OK) {
    if (rc != SQLITE_CONSTRAINT) {
      failure = Err(db_, "sort certificates");
      sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
      return base::UnavailableError(failure + "; nothing was saved");
    }
    Stmt dup(db_, "SELECT sha256 FROM staged_certificate GROUP BY sha256 HAVING count(*) > 1 LIMIT 1");
    std::string sha = dup.Step() == SQLITE_ROW ? dup.Text(0) : "?";
    dup.Reset();
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    return base::InvalidArgumentError("certificate " + sha + " is listed twice; nothing was saved");
  }
  if (!exec("COMMIT", "staging")) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    return base::UnavailableError(failure + "; nothing was saved");
  }
  // 2. The final step, one transaction that gives way to urgent writers. A
  // small addition goes into `certificate` sorted by SHA-256, so the key
  // index fills in order. A bulk one (more than a quarter of the
  // certificates already stored, and at least 65,536) drops the two indexes,
  // appends every row, and rebuilds the indexes by sorting: one pass instead
  // of millions of random B-tree inserts. A crash at any point leaves the
  // store as it was, indexes included; the staging table dies with the
  // connection.
  int64_t id = 0;
  std::string error;
  bool ok = BulkTransaction(
      [&](std::string* err) {
        auto fail = [&](const char* what) {
          *err = Err(db_, what);
          return false;
        };
        Stmt s(db_, "INSERT INTO problem (incident_id, name, lint, criterion, br_reason, ca) VALUES (?,?,?,?,?,?)");
        s.Bind(1, p.incident_id).Bind(2, p.name).Bind(3, p.lint).Bind(4, p.criterion).Bind(5, int64_t{p.br_reason})
            .Bind(6, int64_t{p.ca});
        if (s.Step() != SQLITE_DONE) return fail("add problem");
        id = sqlite3_last_insert_rowid(db_);
        int64_t stored;
        {
          Stmt n(db_, "SELECT count(*) FROM certificate");
          if (n.Step() != SQLITE_ROW) return fail("count certificates");
          stored = n.Int(0);
        }  // (finalized: DROP INDEX needs no statement open on the table)
        const bool bulk = count >= 65536 && static_cast<uint64_t>(stored) <= 4 * count;
        const std::string cols = kColumns;
        const std::string move = "INSERT INTO certificate (problem_id, " + cols + ") SELECT " + std::to_string(id) + ", " + cols +
                                 " FROM staged_certificate";
        if (bulk) {
          if (phase) phase("indexing " + std::to_string(count) + " certificates");
          if (sqlite3_exec(db_, kDropCertificateIndexes, nullptr, nullptr, nullptr) != SQLITE_OK ||
              sqlite3_exec(db_, move.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK ||
              sqlite3_exec(db_, kCertificateIndexes, nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail("add certificates");
        } else if (sqlite3_exec(db_, (move + " ORDER BY sha256").c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
          return fail("add certificates");
        }
        if (smime) {
          Stmt mark(db_, "UPDATE problem SET smime = 1 WHERE id = ?");
          if (mark.Bind(1, id).Step() != SQLITE_DONE) return fail("mark S/MIME problem");
        }
        std::string what = "Problem added: " + p.name + " (BR 4.9.1.1 reason " + std::to_string(p.br_reason) + "), " +
                           std::to_string(count) + " certificate(s)";
        if (!AddTimelineRow(db_, p.incident_id, now, what, "cair")) return fail("timeline");
        if (phase) phase("committing");
        return true;
      },
      phase, &error);
  if (!ok) return base::UnavailableError(error + "; nothing was saved");
  return id;
}

StatusOr<std::vector<Problem>> Store::Problems(int64_t incident) {
  return ReadRows<Problem>(
      db_, "SELECT id, incident_id, name, lint, criterion, br_reason, ca, smime FROM problem WHERE incident_id = ? ORDER BY id",
      incident, [](Stmt& r) {
        return Problem{r.Int(0), r.Int(1), r.Text(2), r.Text(3), r.Text(4), static_cast<int>(r.Int(5)), r.Int(6) != 0, r.Int(7) != 0};
      });
}

StatusOr<int64_t> Store::CountCertificates(int64_t problem) {
  Stmt s(db_, "SELECT count(*) FROM certificate WHERE problem_id = ?");
  s.Bind(1, problem);
  if (s.Step() != SQLITE_ROW) return DbError(db_, "count");
  return s.Int(0);
}

StatusOr<CrlImportStats> Store::ImportRevocations(int64_t incident, const std::string& issuer, int64_t published_at,
                                                const std::vector<Revocation>& entries, const std::string& source) {
  auto r = ImportRevocationLists(incident, {{issuer, published_at, source}}, [&entries](const RevocationFn& add) {
    for (const Revocation& e : entries)
      if (!add(0, e)) return false;
    return true;
  });
  CAIR_RETURN_IF_ERROR(r);
  return r->front();
}

StatusOr<std::vector<CrlImportStats>> Store::ImportRevocationLists(int64_t incident, const std::vector<RevocationList>& lists,
                                                                  const std::function<bool(const RevocationFn& add)>& produce) {
  CAIR_RETURN_IF_ERROR(GetIncident(incident));
  // Set-based, so that millions of entries cost a few sequential passes
  // rather than a random look-up and a random row update each:
  //  1. the entries are appended to a temp table — outside the store's
  //     write lock (the temporary database is this connection's own), so
  //     halts and other writes go ahead while CRLs are read;
  //  2. their candidates (every certificate with an entry's serial) come
  //     from the serial index, probed in serial order, and are sorted by
  //     row;
  //  3. the candidates that name the incident's unrevoked certificates of
  //     the list's issuer are kept, reading the rows in order;
  //  4. per certificate, its first entry revokes it: rows appended to
  //     `revocation` in certificate order.
  // 2-4 are one transaction that gives way to urgent writers.
  // The cost is linear in the candidates: one per entry when serials are
  // unique per issuer, as BR 7.1 requires.
  auto exec = [&](const std::string& sql) { return sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK; };
  struct DropStaging {
    sqlite3* db;
    ~DropStaging() {
      sqlite3_exec(db, "DROP TABLE IF EXISTS temp.crl_list; DROP TABLE IF EXISTS temp.crl_entry; "
                       "DROP TABLE IF EXISTS temp.crl_candidate; DROP TABLE IF EXISTS temp.crl_hit;",
                   nullptr, nullptr, nullptr);
    }
  } drop_staging{db_};
  if (!exec("DROP TABLE IF EXISTS temp.crl_list; DROP TABLE IF EXISTS temp.crl_entry; "
            "CREATE TEMP TABLE crl_list (id INTEGER PRIMARY KEY, issuer TEXT, published_at INTEGER, source TEXT); "
            "CREATE TEMP TABLE crl_entry (seq INTEGER PRIMARY KEY, serial TEXT, list INTEGER, revoked_at INTEGER, code INTEGER); "
            "BEGIN"))
    return base::UnavailableError(Err(db_, "staging") + "; nothing was saved");
  std::vector<CrlImportStats> staged(lists.size());
  uint64_t entries = 0;  // the next entry's seq
  {
    Stmt l(db_, "INSERT INTO crl_list (id, issuer, published_at, source) VALUES (?, ?, ?, ?)");
    for (size_t i = 0; i < lists.size(); ++i) {
      l.Reset();
      l.Bind(1, static_cast<int64_t>(i)).Bind(2, lists[i].issuer).Bind(3, lists[i].published_at).Bind(4, lists[i].source);
      if (l.Step() != SQLITE_DONE) {
        std::string e = Err(db_, "stage CRL");
        exec("ROLLBACK");
        return base::UnavailableError(e + "; nothing was saved");
      }
    }
    Stmt ins(db_, "INSERT INTO crl_entry (seq, serial, list, revoked_at, code) VALUES (?, ?, ?, ?, ?)");
    std::string failure;
    bool ok = produce([&](size_t list, const Revocation& r) {
      if (list >= lists.size()) {
        failure = "revocation list " + std::to_string(list) + " out of range";
        return false;
      }
      ins.Reset();
      std::optional<int64_t> code;
      if (r.reason_code >= 0) code = r.reason_code;
      ins.Bind(1, static_cast<int64_t>(entries++)).Bind(2, r.serial_hex).Bind(3, static_cast<int64_t>(list))
          .Bind(4, r.revocation_date).Bind(5, code);
      if (ins.Step() != SQLITE_DONE) {
        failure = Err(db_, "stage CRL entry");
        return false;
      }
      ++staged[list].entries;
      return true;
    });
    if (!ok) {
      exec("ROLLBACK");
      return failure.empty() ? base::InvalidArgumentError("import aborted; nothing was saved")
                             : base::InvalidArgumentError(failure + "; nothing was saved");
    }
  }
  if (!exec("COMMIT")) {
    std::string e = Err(db_, "staging");
    exec("ROLLBACK");
    return base::UnavailableError(e + "; nothing was saved");
  }
  std::vector<CrlImportStats> st;
  std::string error;
  bool ok = BulkTransaction(
      [&](std::string* err) {
        auto fail = [&](const char* what) {
          *err = Err(db_, what);
          return false;
        };
        st = staged;  // (a step that gave way starts again from here)
        // 2 and 3. (CROSS JOIN fixes the join order: entries, then certificates.)
        if (!exec("DROP TABLE IF EXISTS temp.crl_candidate; DROP TABLE IF EXISTS temp.crl_hit; "
                  "CREATE TEMP TABLE crl_by_serial AS SELECT * FROM crl_entry ORDER BY serial, seq; "
                  "CREATE TEMP TABLE crl_candidate AS SELECT c.id AS cert, e.seq, e.list, e.revoked_at, e.code FROM crl_by_serial e "
                  "  CROSS JOIN certificate c INDEXED BY certificate_serial ON c.serial = e.serial ORDER BY c.id, e.seq; "
                  "DROP TABLE temp.crl_by_serial;"))
          return fail("match CRL entries");
        // (A later entry for a certificate that an earlier one revokes is a hit
        // too: the rows are read before anything changes.)
        {
          Stmt hit(db_, "CREATE TEMP TABLE crl_hit AS SELECT m.cert, m.seq, m.list, max(l.published_at, m.revoked_at) AS revoked_at, "
                        "  m.code, p.br_reason, p.ca "
                        "FROM crl_candidate m CROSS JOIN certificate c ON c.id = m.cert JOIN crl_list l ON l.id = m.list "
                        "  JOIN problem p ON p.id = c.problem_id LEFT JOIN revocation v ON v.cert = c.id "
                        "WHERE p.incident_id = ?1 AND (l.issuer = '' OR c.issuer = l.issuer) AND v.cert IS NULL "
                        "ORDER BY m.rowid");
          hit.Bind(1, incident);
          if (hit.Step() != SQLITE_DONE) return fail("match CRL entries");
        }
        // 4. The first list that shows a revocation dates its publication; a
        // later import never moves it (req §1.4: "revoked" means published).
        // crl_hit is in (certificate, entry) order: a certificate's first row is
        // its first entry. One pass appends the revocations in certificate order
        // and counts per list.
        std::vector<int64_t> source_id(lists.size());
        {
          if (!exec("INSERT OR IGNORE INTO revocation_source (text) SELECT source FROM crl_list")) return fail("revocation sources");
          Stmt ids(db_, "SELECT l.id, s.id FROM crl_list l JOIN revocation_source s ON s.text = l.source");
          while (ids.Step() == SQLITE_ROW) source_id[static_cast<size_t>(ids.Int(0))] = ids.Int(1);
        }
        std::vector<int64_t> latest(lists.size());
        {
          Stmt each(db_, "SELECT cert, seq, list, revoked_at, code, br_reason, ca FROM crl_hit ORDER BY rowid");
          Stmt add(db_, "INSERT INTO revocation (cert, revoked_at, crl_reason, source_id, reason_ok) VALUES (?, ?, ?, ?, ?)");
          std::vector<bool> hit(static_cast<size_t>(entries));  // by entry: names one of the incident's certificates
          for (auto& x : st) x.unrelated = x.entries;
          int64_t last_cert = -1;
          int rc;
          while ((rc = each.Step()) == SQLITE_ROW) {
            const int64_t cert = each.Int(0);
            const auto seq = static_cast<size_t>(each.Int(1));
            const auto list = static_cast<size_t>(each.Int(2));
            if (!hit[seq]) {
              hit[seq] = true;
              --st[list].unrelated;
            }
            if (cert == last_cert) continue;  // revoked by its first entry
            last_cert = cert;
            const int64_t revoked_at = each.Int(3);
            const std::optional<int64_t> code = each.OptInt(4);
            const bool reason_ok = CrlEntryReasonOk(static_cast<int>(each.Int(5)), each.Int(6) != 0, code ? static_cast<int>(*code) : -1);
            add.Reset();
            add.Bind(1, cert).Bind(2, revoked_at).Bind(3, code).Bind(4, source_id[list]).Bind(5, int64_t{reason_ok});
            if (add.Step() != SQLITE_DONE) return fail("mark revoked");
            ++st[list].newly_revoked;
            if (!reason_ok) ++st[list].wrong_reason;
            latest[list] = std::max(latest[list], revoked_at);
          }
          if (rc != SQLITE_DONE) return fail("mark revoked");
        }
        for (size_t i = 0; i < lists.size(); ++i) {
          const auto& l = lists[i];
          if (st[i].newly_revoked &&
              !AddTimelineRow(db_, incident, l.published_at ? l.published_at : latest[i],
                              std::to_string(st[i].newly_revoked) + " affected certificate(s) revoked, " +
                                  (l.published_at ? "published in " : "recorded in ") + l.source +
                                  (st[i].wrong_reason ? " (" + std::to_string(st[i].wrong_reason) + " with a wrong or missing reasonCode)"
                                                      : ""),
                              "cair"))
            return fail("timeline");
        }
        return true;
      },
      {}, &error);
  if (!ok) return base::UnavailableError(error + "; nothing was saved");
  return st;
}

StatusOr<RevocationProgress> Store::Progress(int64_t problem) {
  Stmt s(db_, "SELECT count(*), count(r.cert), coalesce(sum(r.reason_ok = 0), 0) "
              "FROM certificate c INDEXED BY certificate_problem LEFT JOIN revocation r ON r.cert = c.id WHERE c.problem_id = ?");
  s.Bind(1, problem);
  if (s.Step() != SQLITE_ROW) return DbError(db_, "progress");
  return RevocationProgress{s.Int(0), s.Int(1), s.Int(2)};
}

StatusOr<std::vector<Clock>> Store::Due(int64_t now) {
  auto incidents = ListIncidents(true);
  CAIR_RETURN_IF_ERROR(incidents);
  std::vector<Clock> out;
  auto add = [&](int64_t incident, const char* clock, int64_t started, int64_t due, std::string detail) {
    out.push_back({incident, clock, started, due, ClockStateName(StateAt(now, started, due)), std::move(detail)});
  };
  for (const Incident& in : *incidents) {
    auto updates = Updates(in.id);
    CAIR_RETURN_IF_ERROR(updates);
    auto posted = [&](const char* kind) {
      for (const auto& u : *updates)
        if (u.kind == kind) return true;
      return false;
    };
    const bool delay = in.kind == "revocation-delay";
    if (in.problem_report_at && !posted("problem-report-response"))
      add(in.id, "problem_report_response", *in.problem_report_at, ProblemReportResponseDue(*in.problem_report_at),
          "preliminary report to Subscriber and reporter (BR 4.9.5)");
    // Req §4.4: the first post (preliminary or full report) within 72 h, the
    // full report within 14 days; each clock stops once the report is posted.
    if (!posted("preliminary") && !posted("full") && !posted("delayed-revocation"))
      add(in.id, "first_disclosure", in.aware_at, FirstDisclosureDue(in.aware_at),
          delay ? "delayed-revocation report in Bugzilla (CCADB IRG 4.3, 4.4, 72 h)"
                : "preliminary or full report in Bugzilla (CCADB IRG 4.4, 72 h)");
    if (!posted("full") && !delay)
      add(in.id, "full_report", in.aware_at, FullReportDue(in.aware_at), "full incident report (CCADB IRG 4.4, 14 days)");
    // Req §4.4: each question answered within 7 days.
    auto questions = Questions(in.id);
    for (const Question& q : *questions)
      if (!q.answered_at)
        add(in.id, "question_response", q.asked_at, QuestionResponseDue(q.asked_at),
            "answer question " + std::to_string(q.id) + " (CCADB IRG 4.4, 7 days)");
    // Req §4.4 routine updates, once something has been posted.
    // (The answer to a problem reporter is not a post in the bug.)
    std::optional<int64_t> last_post;
    for (const auto& u : *updates)
      if (u.kind != "problem-report-response") last_post = std::max(last_post.value_or(u.posted_at), u.posted_at);
    if (last_post && !posted("closure")) {
      const int64_t last = *last_post;
      std::optional<int64_t> last_change;
      auto items = ActionItems(in.id);
      for (const ActionItem& a : *items)
        last_change = std::max(last_change.value_or(a.changed_at), a.changed_at);
      NextUpdate n = ComputeNextUpdate(in.whiteboard_next_update, last, last_change, delay);
      std::string detail = "update in Bugzilla: " + n.basis;
      if (delay) {
        detail += " (MUST within 7 days, with the four counts)";
        if (auto c = CountDelay(in.id, now); c.ok())
          detail += "; now: " + std::to_string(c->revoked) + " revoked, " + std::to_string(c->unrevoked) +
                    " not yet revoked, " + std::to_string(c->expired_planned) + " expired";
      }
      add(in.id, "next_update", last, n.due, detail);
    }
    // Revocation: one clock per problem, counting certificates not yet
    // revoked, not exempt and not expired before the deadline.
    auto problems = Problems(in.id);
    const int64_t start = RevocationClockStart(in);
    for (const Problem& p : *problems) {
      auto d = ComputeRevocationDeadline({p.br_reason}, p.ca, start, 0, INT64_MAX);
      Stmt s(db_, "SELECT count(*), "
                  "  coalesce(sum(c.not_after < ?2), 0), "
                  "  coalesce(sum(?3 = 0 AND ((c.not_before >= ?4 AND c.not_after - c.not_before + 1 <= 604800) OR "
                  "      (c.not_before >= ?5 AND c.not_before < ?4 AND c.not_after - c.not_before + 1 <= 864000))), 0) "
                  "FROM certificate c INDEXED BY certificate_problem LEFT JOIN revocation r ON r.cert = c.id "
                  "WHERE c.problem_id = ?1 AND r.cert IS NULL");
      static const int64_t k2026 = ParseRfc3339("2026-03-15T00:00:00Z").value_or(0);
      static const int64_t k2024 = ParseRfc3339("2024-03-15T00:00:00Z").value_or(0);
      s.Bind(1, p.id).Bind(2, d.hard).Bind(3, int64_t{p.ca}).Bind(4, k2026).Bind(5, k2024);
      if (s.Step() != SQLITE_ROW) return DbError(db_, "due");
      int64_t unrevoked = s.Int(0), expiring = s.Int(1), exempt = s.Int(2);
      int64_t pending = unrevoked - exempt;
      if (pending <= 0) continue;
      std::string detail = p.name + ": " + std::to_string(pending) + " certificate(s) unrevoked (" + d.rule + ")";
      if (expiring) detail += ", " + std::to_string(expiring) + " expire before the deadline";
      if (exempt) detail += ", " + std::to_string(exempt) + " short-lived exempt";
      add(in.id, "revocation", start, d.hard, detail);
    }
  }
  if (auto r = ProblemReportClocks(now, &out); !r.ok()) return r.status();
  std::sort(out.begin(), out.end(), [](const Clock& a, const Clock& b) {
    return a.due != b.due ? a.due < b.due : a.incident < b.incident;
  });
  return out;
}

}  // namespace cair::incident
