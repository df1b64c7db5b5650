// The PostgreSQL extension `cair` in a throw-away PostgreSQL server: the SQL
// functions against `cair lint`, malformed rows, cancellation, memory across
// rows, and the parity of a parallel in-database scan of a corpus generated
// from the real certificates with `cair scan`'s per-lint counts.
//
// The server is the one scripts/test.sh starts (CAIR_TEST_PG), else one this
// test starts with scripts/pg_test_db.sh; the test skips only when neither
// works. The extension is installed with `cmake --install BUILD --component
// postgresql` when pg_config's directories are writable (root, as in CI),
// else its SQL script is run against the built cair.so by absolute path.
// CAIR_PG_TEST_COUNT sets the corpus size (default 100,000).
#include <libpq-fe.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_util.h"
#include "x509/input.h"

namespace {

namespace fs = std::filesystem;
using cair::clitest::Cair;
using cair::clitest::Lines;
using cair::clitest::Slurp;

using Rows = std::vector<std::vector<std::string>>;

std::string Shell(const std::string& cmd, int* rc = nullptr) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int status = pclose(p);
  if (rc) *rc = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return out;
}

std::string Trimmed(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

// Every DER object of a PEM file.
std::vector<std::string> PemObjects(const fs::path& p) {
  std::vector<std::string> out;
  for (auto& o : cair::x509::DecodeObjects(Slurp(p), cair::x509::InputFormat::kPem).objects)
    out.push_back(std::move(o.der));
  return out;
}

// The server, the database and how the extension got in: shared by the suite.
struct Env {
  std::string server_conninfo, stop_command, skip_reason;
  PGconn* conn = nullptr;
  std::string install_note;
};
Env* g_env = nullptr;

class Postgres : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    g_env = new Env();
    Env& e = *g_env;
    const char* given = std::getenv("CAIR_TEST_PG");
    if (given && *given) {
      e.server_conninfo = given;
    } else {
      int rc = 0;
      std::string out = Shell("bash " CAIR_SOURCE_DIR "/scripts/pg_test_db.sh 2>&1", &rc);
      std::smatch m;
      if (rc != 0 || !std::regex_search(out, m, std::regex("CAIR_TEST_PG='([^']*)'"))) {
        e.skip_reason = "PostgreSQL could not be started by scripts/pg_test_db.sh: " + out;
        return;
      }
      e.server_conninfo = m[1];
      if (std::regex_search(out, m, std::regex("CAIR_TEST_PG_STOP='([^']*)'"))) e.stop_command = m[1];
    }
    PGconn* admin = PQconnectdb(e.server_conninfo.c_str());
    if (PQstatus(admin) != CONNECTION_OK) {
      e.skip_reason = "cannot connect to PostgreSQL (" + e.server_conninfo + "): " + PQerrorMessage(admin);
      PQfinish(admin);
      return;
    }
    PQclear(PQexec(admin, "DROP DATABASE IF EXISTS cair_extension_test"));
    PGresult* r = PQexec(admin, "CREATE DATABASE cair_extension_test");
    std::string created = PQresultStatus(r) == PGRES_COMMAND_OK ? "" : PQerrorMessage(admin);
    PQclear(r);
    PQfinish(admin);
    if (!created.empty()) {
      e.skip_reason = "cannot create a test database: " + created;
      return;
    }
    e.conn = PQconnectdb((e.server_conninfo + " dbname=cair_extension_test").c_str());
    ASSERT_EQ(PQstatus(e.conn), CONNECTION_OK) << PQerrorMessage(e.conn);
    Install(e);
  }

  static void Install(Env& e) {
    std::string pkglibdir = Trimmed(Shell("pg_config --pkglibdir"));
    std::string sharedir = Trimmed(Shell("pg_config --sharedir"));
    bool writable = !pkglibdir.empty() && access(pkglibdir.c_str(), W_OK) == 0 &&
                    access((sharedir + "/extension").c_str(), W_OK) == 0;
    if (writable) {
      int rc = 0;
      std::string out = Shell(std::string("\"") + CAIR_CMAKE + "\" --install \"" + CAIR_BUILD_DIR +
                                  "\" --component postgresql 2>&1",
                              &rc);
      ASSERT_EQ(rc, 0) << out;
      e.install_note = "cmake --install --component postgresql into " + pkglibdir + ", CREATE EXTENSION cair";
      Exec("CREATE EXTENSION cair");
      return;
    }
    // Not allowed to write pg_config's directories: the same SQL script,
    // pointing at the built module by absolute path.
    std::string sql = Slurp(fs::path(CAIR_SOURCE_DIR) / "postgresql" / "cair--0.1.sql");
    sql = std::regex_replace(sql, std::regex("^\\\\echo[^\n]*\n", std::regex::multiline), "");
    sql = std::regex_replace(sql, std::regex("MODULE_PATHNAME"), CAIR_PG_MODULE);
    e.install_note = std::string("pg_config's directories are not writable: cair--0.1.sql run against ") +
                     CAIR_PG_MODULE;
    Exec(sql);
  }

  static void TearDownTestSuite() {
    if (!g_env) return;
    if (g_env->conn) PQfinish(g_env->conn);
    if (!g_env->skip_reason.empty() || g_env->server_conninfo.empty()) {
    } else {
      PGconn* admin = PQconnectdb(g_env->server_conninfo.c_str());
      PQclear(PQexec(admin, "DROP DATABASE IF EXISTS cair_extension_test"));
      PQfinish(admin);
    }
    if (!g_env->stop_command.empty()) Shell(g_env->stop_command + " >/dev/null 2>&1");
    delete g_env;
    g_env = nullptr;
  }

  void SetUp() override {
    if (!g_env->skip_reason.empty()) GTEST_SKIP() << g_env->skip_reason;
    ASSERT_NE(g_env->conn, nullptr);
    std::printf("extension installed by: %s\n", g_env->install_note.c_str());
  }

  static PGconn* Conn() { return g_env->conn; }

  // Runs `sql`, which must succeed; returns its rows as text.
  static Rows Exec(const std::string& sql, const std::vector<std::string>& binary_params = {}) {
    std::vector<const char*> values;
    std::vector<int> lengths, formats;
    for (const auto& p : binary_params) {
      values.push_back(p.data());
      lengths.push_back(static_cast<int>(p.size()));
      formats.push_back(1);
    }
    PGresult* r = binary_params.empty()
                      ? PQexec(Conn(), sql.c_str())
                      : PQexecParams(Conn(), sql.c_str(), static_cast<int>(values.size()), nullptr, values.data(),
                                     lengths.data(), formats.data(), 0);
    Rows rows;
    auto st = PQresultStatus(r);
    EXPECT_TRUE(st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) << sql.substr(0, 300) << ": "
                                                                  << PQerrorMessage(Conn());
    for (int i = 0; i < PQntuples(r); ++i) {
      rows.emplace_back();
      for (int c = 0; c < PQnfields(r); ++c)
        rows.back().push_back(PQgetisnull(r, i, c) ? "<NULL>" : PQgetvalue(r, i, c));
    }
    PQclear(r);
    return rows;
  }

  // Fills `table` (id bigint, der bytea) by binary COPY; a null optional is NULL.
  static void Load(const std::string& table, const std::vector<std::optional<std::string>>& ders) {
    Exec("DROP TABLE IF EXISTS " + table);
    Exec("CREATE TABLE " + table + " (id bigint PRIMARY KEY, der bytea)");
    PGresult* r = PQexec(Conn(), ("COPY " + table + " (id, der) FROM STDIN (FORMAT binary)").c_str());
    ASSERT_EQ(PQresultStatus(r), PGRES_COPY_IN) << PQerrorMessage(Conn());
    PQclear(r);
    std::string buf("PGCOPY\n\xff\r\n\0", 11);
    buf.append(8, '\0');  // flags, header extension length
    auto be = [&](uint64_t v, int bytes) {
      for (int i = bytes - 1; i >= 0; --i) buf.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
    };
    for (size_t i = 0; i < ders.size(); ++i) {
      be(2, 2);
      be(8, 4);
      be(i + 1, 8);
      if (!ders[i]) {
        be(0xffffffffu, 4);
      } else {
        be(ders[i]->size(), 4);
        buf += *ders[i];
      }
      if (buf.size() > (1u << 20)) {
        ASSERT_EQ(PQputCopyData(Conn(), buf.data(), static_cast<int>(buf.size())), 1);
        buf.clear();
      }
    }
    be(0xffff, 2);
    ASSERT_EQ(PQputCopyData(Conn(), buf.data(), static_cast<int>(buf.size())), 1);
    ASSERT_EQ(PQputCopyEnd(Conn(), nullptr), 1);
    r = PQgetResult(Conn());
    ASSERT_EQ(PQresultStatus(r), PGRES_COMMAND_OK) << PQerrorMessage(Conn());
    PQclear(r);
    Exec("ANALYZE " + table);
  }

  static std::vector<std::string> Samples() {
    return PemObjects(fs::path(CAIR_SOURCE_DIR) / "samples" / "subscribers.pem");
  }
};

TEST_F(Postgres, VersionAndCatalogueMatchTheCommandLine) {
  auto v = Exec("SELECT cair_version()");
  EXPECT_EQ(v.at(0).at(0), CAIR_VERSION);
  auto cli = Cair("lint --list-lints-json");
  ASSERT_EQ(cli.code, 0);
  auto lines = Lines(cli.out);
  auto rows = Exec("SELECT name, source, citation, effective_date, ineffective_date, object_type, description "
                   "FROM cair_lints() ORDER BY name COLLATE \"C\"");
  ASSERT_EQ(rows.size(), lines.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    auto j = nlohmann::json::parse(lines[i]);
    EXPECT_EQ(rows[i][0], j["name"]);
    EXPECT_EQ(rows[i][1], j["source"]);
    EXPECT_EQ(rows[i][2], j["citation"]);
    std::string eff = j["effective_date"], ineff = j["ineffective_date"];
    EXPECT_EQ(rows[i][3], eff.empty() ? "<NULL>" : eff.substr(0, 10)) << rows[i][0];
    EXPECT_EQ(rows[i][4], ineff.empty() ? "<NULL>" : ineff.substr(0, 10)) << rows[i][0];
    EXPECT_EQ(rows[i][5], j["object_type"]);
    EXPECT_EQ(rows[i][6], j["description"]);
  }
  auto volatility = Exec("SELECT proname, provolatile, proisstrict, proparallel FROM pg_proc "
                         "WHERE proname LIKE 'cair\\_%' ORDER BY proname");
  ASSERT_EQ(volatility.size(), 5u);
  for (const auto& r : volatility) EXPECT_EQ(r[1] + r[2] + r[3], "its") << r[0];
}

TEST_F(Postgres, LintFindingsAndEmbeddedAgreeWithCairLint) {
  const fs::path pem = fs::path(CAIR_SOURCE_DIR) / "samples" / "subscribers.pem";
  auto cli = Cair("lint " + pem.string());
  ASSERT_EQ(cli.code, 0) << cli.err;
  auto expected = Lines(cli.out);
  auto ders = Samples();
  ASSERT_EQ(ders.size(), expected.size());
  std::map<std::string, std::string> description;
  for (const auto& r : Exec("SELECT name, description FROM cair_lints()")) description[r[0]] = r[1];
  for (size_t i = 0; i < ders.size(); ++i) {
    // jsonb equality: the same lints, results and details as `cair lint`.
    auto same = Exec("SELECT cair_lint($1::bytea) = $2::text::jsonb", {ders[i], expected[i]});
    EXPECT_EQ(same.at(0).at(0), "t") << "object " << i;
    auto j = nlohmann::json::parse(expected[i]);
    std::set<std::string> want, got;
    for (auto& [name, v] : j.items()) {
      std::string res = v["result"];
      if (res == "info" || res == "warn" || res == "error" || res == "fatal")
        want.insert(name + "|" + res + "|" + (v.contains("details") ? v["details"].get<std::string>() : "<NULL>"));
    }
    for (const auto& r : Exec("SELECT lint, result, details FROM cair_findings($1::bytea)", {ders[i]}))
      got.insert(r[0] + "|" + r[1] + "|" + r[2]);
    EXPECT_EQ(got, want) << "object " << i;
    // crt.sh's line format: a letter per result, the lint's description,
    // fatal first, then error, warn, notice.
    std::multiset<std::string> lines_want;
    for (auto& [name, v] : j.items()) {
      std::string res = v["result"];
      std::string letter = res == "fatal" ? "F" : res == "error" ? "E" : res == "warn" ? "W" : res == "info" ? "N" : "";
      if (!letter.empty()) lines_want.insert(letter + ": " + description[name]);
    }
    auto lines = Exec("SELECT l FROM cair_embedded($1::bytea) l", {ders[i]});
    std::multiset<std::string> lines_got;
    std::string order;
    for (const auto& r : lines) {
      lines_got.insert(r[0]);
      order += r[0].substr(0, 1);
    }
    EXPECT_EQ(lines_got, lines_want) << "object " << i;
    EXPECT_TRUE(std::regex_match(order, std::regex("F*E*W*N*"))) << order;
  }
  // STRICT: NULL in, NULL (or no rows) out.
  EXPECT_EQ(Exec("SELECT cair_lint(NULL)").at(0).at(0), "<NULL>");
  EXPECT_TRUE(Exec("SELECT * FROM cair_findings(NULL)").empty());
}

TEST_F(Postgres, MalformedRowsYieldFatalFindingsAndTheQueryCompletes) {
  auto ders = Samples();
  std::vector<std::optional<std::string>> rows(ders.begin(), ders.end());
  const size_t good = rows.size();
  rows.push_back(std::string());                                // 0 bytes
  rows.push_back(std::string("\x30\x03\x02\x01\x01", 5));       // DER, but nothing we lint
  rows.push_back(ders[0].substr(0, ders[0].size() / 2));        // truncated certificate
  rows.push_back(std::string("\xff\xfe\x00\x01 not DER", 12));  // garbage
  std::string big(4 << 20, '\0');                               // 4 MiB of noise
  for (size_t i = 0; i < big.size(); ++i) big[i] = static_cast<char>((i * 2654435761u) >> 13);
  big[0] = '\x30';
  rows.push_back(big);
  rows.push_back(std::nullopt);                                 // NULL
  Load("malformed", rows);
  // In parallel workers too: force_parallel_mode runs the scan in a worker.
  for (const char* mode : {"off", "on"}) {
    Exec(std::string("SET force_parallel_mode = ") + mode);
    auto bad = Exec("SELECT m.id, f.lint, f.result, f.details FROM malformed m, cair_findings(m.der) f "
                    "WHERE m.id > " + std::to_string(good) + " ORDER BY m.id");
    ASSERT_EQ(bad.size(), 5u) << "each malformed row: exactly one finding (the NULL row none)";
    for (const auto& r : bad) {
      EXPECT_EQ(r[1], "cair_parse") << r[0];
      EXPECT_EQ(r[2], "fatal") << r[0];
      EXPECT_NE(r[3], "<NULL>") << "a reason is given for row " << r[0];
    }
    auto all = Exec("SELECT count(DISTINCT m.id) FROM malformed m, cair_findings(m.der) f");
    EXPECT_GE(std::stoul(all.at(0).at(0)), 5u);
    auto json = Exec("SELECT cair_lint(der)->'cair_parse'->>'result', (SELECT count(*) FROM cair_embedded(der) e "
                     "WHERE e LIKE 'F: %') FROM malformed WHERE id > " + std::to_string(good) + " ORDER BY id");
    ASSERT_EQ(json.size(), 6u);
    for (size_t i = 0; i + 1 < json.size(); ++i) {
      EXPECT_EQ(json[i][0], "fatal");
      EXPECT_EQ(json[i][1], "1");
    }
    EXPECT_EQ(json.back()[0], "<NULL>");
  }
  Exec("RESET force_parallel_mode");
}

TEST_F(Postgres, CancellationStopsTheQueryAndTheBackendSurvives) {
  auto ders = Samples();
  Exec("SET statement_timeout = '300ms'");
  auto start = std::chrono::steady_clock::now();
  PGresult* r = PQexecParams(Conn(), "SELECT count(*) FROM generate_series(1, 2000000) g, cair_findings(CASE WHEN g > 0 THEN $1::bytea END)", 1,
                             nullptr, std::vector<const char*>{ders[0].data()}.data(),
                             std::vector<int>{static_cast<int>(ders[0].size())}.data(), std::vector<int>{1}.data(), 0);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(PQresultStatus(r), PGRES_FATAL_ERROR);
  std::string state = PQresultErrorField(r, PG_DIAG_SQLSTATE) ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : "";
  EXPECT_EQ(state, "57014") << PQerrorMessage(Conn());  // query_canceled
  PQclear(r);
  EXPECT_LT(secs, 30.0);
  Exec("RESET statement_timeout");
  EXPECT_EQ(PQstatus(Conn()), CONNECTION_OK);
  EXPECT_EQ(Exec("SELECT cair_version()").at(0).at(0), CAIR_VERSION);
}

long BackendRssKiB(int pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return -1;
}

TEST_F(Postgres, MemoryDoesNotGrowAcrossRows) {
  auto ders = Samples();
  std::vector<std::optional<std::string>> rows;
  for (size_t i = 0; i < 1000; ++i) rows.push_back(ders[i % ders.size()]);
  Load("memory_rows", rows);
  Exec("SET max_parallel_workers_per_gather = 0");
  int pid = std::stoi(Exec("SELECT pg_backend_pid()").at(0).at(0));
  const std::string q = "SELECT (SELECT count(*) FROM memory_rows, cair_findings(der)), "
                        "(SELECT sum(length(cair_lint(der)::text)) FROM memory_rows), "
                        "(SELECT count(*) FROM memory_rows m, cair_embedded(m.der))";
  Exec(q);
  long before = BackendRssKiB(pid);
  if (before < 0) GTEST_SKIP() << "cannot read /proc/" << pid << "/status (another user's backend)";
  for (int i = 0; i < 3; ++i) Exec(q);
  long after = BackendRssKiB(pid);
  EXPECT_LT(after - before, 8 * 1024) << "backend RSS grew from " << before << " KiB to " << after << " KiB";
  Exec("RESET max_parallel_workers_per_gather");
}

// The acceptance query over a corpus generated from the real
// certificates, against `cair scan` on the same certificates.
TEST_F(Postgres, ParallelScanInTheDatabaseEqualsCairScan) {
  const fs::path real = fs::path(CAIR_SHARED_DIR) / "corpus" / "real";
  if (!fs::exists(real / "leaf.pem")) GTEST_SKIP() << real << " not found: the real corpus is needed";
  const char* count_env = std::getenv("CAIR_PG_TEST_COUNT");
  const long count = count_env && *count_env ? std::atol(count_env) : 100000;
  const fs::path dir = fs::temp_directory_path() / ("cair_pg_test_" + std::to_string(getpid()));
  fs::create_directories(dir);
  const fs::path corpus = dir / "corpus.pem";
  int rc = 0;
  std::string made = Shell(std::string(CAIR_MAKE_CORPUS) + " " + std::to_string(count) + " " + corpus.string() + " " +
                               (real / "leaf.pem").string() + " " + (real / "precert.pem").string() + " " +
                               (real / "intermediate.pem").string() + " 2>&1",
                           &rc);
  ASSERT_EQ(rc, 0) << made;

  auto t0 = std::chrono::steady_clock::now();
  auto scan = Cair("scan -q -j 2 --json " + (dir / "scan.json").string() + " --csv " + (dir / "scan.csv").string() +
                   " " + corpus.string());
  ASSERT_TRUE(scan.code == 0 || scan.code == 1) << scan.err;
  auto t1 = std::chrono::steady_clock::now();
  auto summary = nlohmann::json::parse(Slurp(dir / "scan.json"));
  ASSERT_EQ(summary["objects"], count);
  ASSERT_EQ(summary["unparsable"], 0);
  ASSERT_EQ(summary["duplicates"], 0);
  // Per lint: objects with any finding (the JSON) and objects with an error
  // or fatal result (the CSV, one row per object and finding).
  std::map<std::string, long> scan_all, scan_error;
  for (auto& [lint, f] : summary["findings"].items()) scan_all[lint] = f["count"];
  {
    std::ifstream csv(dir / "scan.csv");
    std::string line;
    std::getline(csv, line);  // header
    while (std::getline(csv, line)) {
      size_t c2 = line.rfind(','), c1 = line.rfind(',', c2 - 1);
      std::string lint = line.substr(c1 + 1, c2 - c1 - 1), result = line.substr(c2 + 1);
      if (result == "error" || result == "fatal") ++scan_error[lint];
    }
  }

  std::vector<std::optional<std::string>> rows;
  for (auto& d : PemObjects(corpus)) rows.push_back(std::move(d));
  ASSERT_EQ(static_cast<long>(rows.size()), count);
  Load("certs", rows);
  rows.clear();
  rows.shrink_to_fit();
  auto t2 = std::chrono::steady_clock::now();

  const std::string query =
      "SELECT lint, count(*) FROM certs, cair_findings(der) WHERE result IN ('error','fatal') GROUP BY lint";
  std::string plan;
  for (const auto& r : Exec("EXPLAIN " + query)) plan += r[0] + "\n";
  EXPECT_NE(plan.find("Gather"), std::string::npos) << plan;
  EXPECT_NE(plan.find("Parallel Seq Scan on certs"), std::string::npos) << plan;
  std::map<std::string, long> db_error;
  for (const auto& r : Exec(query)) db_error[r[0]] = std::stol(r[1]);
  auto t3 = std::chrono::steady_clock::now();
  EXPECT_EQ(db_error, scan_error);
  EXPECT_FALSE(db_error.empty());

  std::map<std::string, long> db_all;
  for (const auto& r : Exec("SELECT lint, count(*) FROM certs, cair_findings(der) GROUP BY lint"))
    db_all[r[0]] = std::stol(r[1]);
  EXPECT_EQ(db_all, scan_all);
  auto secs = [](auto a, auto b) { return std::chrono::duration<double>(b - a).count(); };
  std::printf("%ld certificates: cair scan -j 2 %.1f s; load %.1f s; in-database lint (parallel) %.1f s\n", count,
              secs(t0, t1), secs(t1, t2), secs(t2, t3));
  Exec("DROP TABLE certs");
  fs::remove_all(dir);
}

}  // namespace
