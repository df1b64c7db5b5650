#include "corpus/source.h"

#include <archive.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <libpq-fe.h>
#include <archive_entry.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <sstream>
#include <vector>

#include <nlohmann/json.hpp>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "base/strings.h"
#include "x509/input.h"

namespace cair::corpus {
namespace {

namespace fs = std::filesystem;

// Decodes a buffer holding PEM / DER / base64 and passes each object on.
void EmitBuffer(const std::string& data, const std::string& origin, ObjectSink& sink) {
  auto r = x509::DecodeObjects(data, x509::InputFormat::kDetect);
  for (const auto& e : r.errors) sink.Unreadable(origin, e);
  const bool many = r.objects.size() > 1;
  size_t i = 0;
  for (auto& o : r.objects) {
    ++i;
    std::string where = origin;
    if (many) where += "#" + std::to_string(i);
    if (o.line) where += " (line " + std::to_string(o.line) + ")";
    sink.Object({std::move(o.der), false, std::move(where), std::move(o.label)});
  }
}

// read(2) that returns what is available (a pipe need not fill the buffer),
// retries on EINTR unless the scan was stopped, and returns 0 at the end.
size_t ReadSome(int fd, char* buf, size_t n, ObjectSink& sink) {
  while (true) {
    ssize_t r = ::read(fd, buf, n);
    if (r >= 0) return static_cast<size_t>(r);
    if (errno != EINTR || sink.Stopped()) return 0;
  }
}

// Line breaks in buf[from, to): 16 bytes a step, counted in 8-bit lanes
// and summed every 255 steps (SSE2, which every x86-64 has).
size_t Newlines(std::string_view buf, size_t from, size_t to) {
  const char* p = buf.data() + from;
  size_t total = 0, n = to - from;
#ifdef __SSE2__
  const __m128i nl = _mm_set1_epi8('\n');
  while (n >= 16) {
    const size_t steps = std::min<size_t>(n / 16, 255);
    __m128i lanes = _mm_setzero_si128();
    for (size_t i = 0; i < steps; ++i, p += 16)
      lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), nl));
    const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
    total += static_cast<size_t>(_mm_cvtsi128_si32(sums)) + static_cast<size_t>(_mm_extract_epi16(sums, 4));
    n -= steps * 16;
  }
#endif
  for (; n; --n) total += *p++ == '\n';
  return total;
}

// The PEM reader's window on its input: bytes [0, size) of a buffer that
// reads land in directly (no staging copy, no zero-fill) and that only grows.
class Window {
 public:
  explicit Window(const std::string& initial) { Append(initial.data(), initial.size()); }
  std::string_view view() const { return {data_.get(), size_}; }
  // Reads up to `n` more bytes; returns how many came.
  template <typename Read>
  size_t Fill(const Read& read, size_t n) {
    Reserve(size_ + n);
    const size_t got = read(data_.get() + size_, n);
    size_ += got;
    return got;
  }
  // Drops the first `n` bytes.
  void Drop(size_t n) {
    if (n == 0) return;
    std::memmove(data_.get(), data_.get() + n, size_ - n);
    size_ -= n;
  }

 private:
  void Append(const char* p, size_t n) {
    Reserve(size_ + n);
    std::memcpy(data_.get() + size_, p, n);
    size_ += n;
  }
  void Reserve(size_t n) {
    if (n <= capacity_) return;
    capacity_ = std::max(n, capacity_ * 2);
    std::unique_ptr<char[]> bigger(new char[capacity_]);  // default-initialised: not zeroed
    if (size_) std::memcpy(bigger.get(), data_.get(), size_);
    data_ = std::move(bigger);
  }

  std::unique_ptr<char[]> data_;
  size_t size_ = 0, capacity_ = 0;
};

// A byte source: a file descriptor or an archive member. Returns what is
// available, 0 at the end (or on an error, which it reports itself).
using ReadFn = std::function<size_t(char* buf, size_t n)>;

std::string Mib(uint64_t bytes) { return std::to_string(bytes >> 20) + " MiB"; }

// PEM files can be many gigabytes: read them in large chunks and hand each
// block's base64 body, as a view into the chunk, to the sink's PemBlock
// (the scan decodes it there, straight into its batch).
// A block longer than `limit` bytes of DER would need (base64: 4/3) is
// reported with its line and skipped up to its END line, without being held.
void ReadPemStream(const ReadFn& read, std::string prefix, const std::string& origin, ObjectSink& sink,
                   uint64_t limit) {
  // 1 MiB reads: few system calls (~400 certificates a read), and what a
  // read brings is still in the core's cache when it is scanned and decoded.
  constexpr size_t kChunk = 1 << 20;
  constexpr size_t npos = std::string_view::npos;
  const uint64_t limit_text = limit / 3 * 4 + limit / 48 + 1024;  // base64 with line breaks
  size_t line = 1;  // line number at buf[0]
  size_t count = 0;
  Window window(prefix);
  std::string().swap(prefix);
  std::string kept;  // a block's body without its RFC 1421 header lines (reused)
  bool eof = false;
  bool first = true;  // process what the caller already read before reading more
  bool skipping = false;  // inside an oversize block: looking for its END line
  while (!sink.Stopped() || first) {
    if (!eof && !first) {
      size_t n = window.Fill(read, kChunk);
      if (n == 0) eof = true;
      sink.bytes_read += n;
    }
    first = false;
    std::string_view buf = window.view();
    size_t pos = 0, consumed = 0;
    if (skipping) {
      size_t end = buf.find("-----END ");
      size_t end_line = end == npos ? npos : buf.find('\n', end);
      if (end_line == npos && !(eof && end != npos)) {
        consumed = eof ? buf.size() : buf.size() > 16 ? buf.size() - 16 : 0;
        line += Newlines(buf, 0, consumed);
        window.Drop(consumed);
        if (eof) break;
        continue;
      }
      pos = end_line == npos ? buf.size() : end_line;
      line += Newlines(buf, 0, pos);
      window.Drop(pos);
      buf = window.view();
      pos = 0;
      skipping = false;
    }
    while (true) {
      size_t begin = buf.find("-----BEGIN ", pos);
      if (begin == npos) {
        // Keep a tail that might hold a partial marker.
        consumed = buf.size() > 16 ? buf.size() - 16 : 0;
        break;
      }
      size_t label_end = buf.find("-----", begin + 11);
      size_t body = label_end == npos ? npos : buf.find('\n', label_end);
      size_t end = body == npos ? npos : buf.find("-----END ", body);
      size_t end_line = end == npos ? npos : buf.find('\n', end);
      if (end_line == npos && !(eof && end != npos)) {
        consumed = begin;  // incomplete block: wait for more input
        if (!eof && buf.size() - begin > limit_text) {
          line += Newlines(buf, pos, begin);
          ++count;
          std::string where;
          AppendPemOrigin(origin, count, line, &where);
          sink.Unreadable(where, "PEM block larger than the " + Mib(limit) + " limit for one object: skipped");
          skipping = true;
          pos = begin;
          consumed = end != npos ? end : buf.size() > 16 ? buf.size() - 16 : begin;  // keep a (partial) END marker
          break;
        }
        if (eof) {
          line += Newlines(buf, 0, begin);
          sink.Unreadable(origin + " (line " + std::to_string(line) + ")", "PEM block has no END line");
          consumed = buf.size();
        }
        break;
      }
      if (end_line == npos) end_line = buf.size();
      line += Newlines(buf, pos, begin);
      ++count;
      const std::string_view label = buf.substr(begin + 11, label_end - begin - 11);
      if (end - body > limit_text) {  // complete, but above the limit: not handed on
        std::string where;
        AppendPemOrigin(origin, count, line, &where);
        sink.Unreadable(where, "PEM block larger than the " + Mib(limit) + " limit for one object: skipped");
        line += Newlines(buf, begin, end_line);
        pos = end_line;
        continue;
      }
      std::string_view text = buf.substr(body + 1, end - body - 1);
      if (text.find(':') != npos) {  // RFC 1421 headers: drop those lines
        kept.clear();
        size_t s = 0;
        while (s < text.size()) {
          size_t e = text.find('\n', s);
          if (e == npos) e = text.size();
          if (text.find(':', s) >= e) kept.append(text, s, e - s);
          s = e + 1;
        }
        text = kept;
      }
      sink.PemBlock(text, label, origin, count, line);
      line += Newlines(buf, begin, end_line);
      pos = end_line;
    }
    if (consumed < pos) consumed = pos;
    line += Newlines(buf, pos, consumed);
    window.Drop(consumed);
    if (eof) break;
  }
}

// Reads one input without seeking: PEM (possibly after leading text) is
// streamed block by block; DER and base64, one object, are read whole up to
// `limit` bytes, and one that is larger is reported and skipped (read
// through, not held: a decompression bomb costs time, not memory).
void ReadStream(const ReadFn& read, const std::string& origin, ObjectSink& sink, uint64_t limit) {
  std::string prefix(1 << 16, '\0');
  size_t got = 0;
  while (got < prefix.size()) {  // a pipe or decompressor may return less than asked
    size_t n = read(prefix.data() + got, prefix.size() - got);
    if (n == 0) break;
    got += n;
  }
  prefix.resize(got);
  sink.bytes_read += prefix.size();
  const bool der = !prefix.empty() && static_cast<uint8_t>(prefix[0]) == 0x30;
  if (!der && prefix.find("-----BEGIN ") != std::string::npos) {
    ReadPemStream(read, std::move(prefix), origin, sink, limit);
    return;
  }
  std::string all = std::move(prefix);
  std::vector<char> chunk(1 << 20);
  bool oversize = false;
  uint64_t total = all.size();
  while (size_t n = read(chunk.data(), chunk.size())) {
    sink.bytes_read += n;
    total += n;
    if (oversize) continue;
    if (total > limit) {
      oversize = true;
      std::string().swap(all);
      continue;
    }
    all.append(chunk.data(), n);
  }
  if (sink.Stopped()) return;
  if (oversize) {
    sink.Unreadable(origin, "larger than the " + Mib(limit) + " limit for one object (" + std::to_string(total) +
                                " bytes, not PEM): skipped");
    return;
  }
  EmitBuffer(all, origin, sink);
}

bool ReadArchive(const std::string& path, ObjectSink& sink, uint64_t limit) {
  struct archive* a = archive_read_new();
  archive_read_support_filter_all(a);
  archive_read_support_format_all(a);
  if (archive_read_open_filename(a, path.c_str(), 1 << 16) != ARCHIVE_OK) {
    sink.Unreadable(path, std::string("cannot open archive: ") + archive_error_string(a));
    archive_read_free(a);
    return false;
  }
  struct archive_entry* entry;
  int rc;
  while (!sink.Stopped() && (rc = archive_read_next_header(a, &entry)) == ARCHIVE_OK) {
    if (archive_entry_filetype(entry) != AE_IFREG) continue;
    std::string member = path + ":" + archive_entry_pathname(entry);
    // Streamed through the files' reader: no member is held whole.
    bool failed = false;
    ReadStream([&](char* buf, size_t n) -> size_t {
      if (failed || sink.Stopped()) return 0;
      la_ssize_t r = archive_read_data(a, buf, n);
      if (r >= 0) return static_cast<size_t>(r);
      failed = true;
      sink.Unreadable(member, std::string("archive read error: ") + archive_error_string(a));
      return 0;
    }, member, sink, limit);
  }
  if (!sink.Stopped() && rc != ARCHIVE_EOF && rc != ARCHIVE_OK)
    sink.Unreadable(path, std::string("archive: ") + archive_error_string(a));
  archive_read_free(a);
  return true;
}

uint64_t Be(const std::string& s, size_t pos, size_t n) {
  uint64_t v = 0;
  for (size_t i = 0; i < n; ++i) v = (v << 8) | static_cast<uint8_t>(s[pos + i]);
  return v;
}

// RFC 6962 4.6 get-entries: {"entries": [{"leaf_input": b64, "extra_data": b64}, ...]}.
// leaf_input is a MerkleTreeLeaf; an x509_entry carries the certificate, a
// precert_entry only the TBS, so the precertificate itself is taken from
// extra_data (PrecertChainEntry.pre_certificate).
void ReadCtJson(std::istream& in, const std::string& origin, uint64_t start_index, ObjectSink& sink) {
  nlohmann::json j;
  try {
    in >> j;
  } catch (const std::exception& e) {
    sink.Unreadable(origin, std::string("not JSON: ") + e.what());
    return;
  }
  if (!j.contains("entries") || !j["entries"].is_array()) {
    sink.Unreadable(origin, "no \"entries\" array (expected RFC 6962 get-entries output)");
    return;
  }
  uint64_t index = start_index;
  for (const auto& e : j["entries"]) {
    if (sink.Stopped()) return;
    std::string where = origin + " entry " + std::to_string(index++);
    if (!e.contains("leaf_input") || !e["leaf_input"].is_string()) {
      sink.Unreadable(where, "no leaf_input");
      continue;
    }
    auto leaf = x509::DecodeBase64(e["leaf_input"].get<std::string>());
    if (!leaf || leaf->size() < 15) {
      sink.Unreadable(where, "leaf_input is not a MerkleTreeLeaf");
      continue;
    }
    // version(1) leaf_type(1) timestamp(8) entry_type(2)
    uint64_t entry_type = Be(*leaf, 10, 2);
    if (entry_type == 0) {
      uint64_t n = Be(*leaf, 12, 3);
      if (15 + n > leaf->size()) {
        sink.Unreadable(where, "x509_entry length runs past leaf_input");
        continue;
      }
      sink.Object({leaf->substr(15, n), false, where, "CERTIFICATE"});
    } else if (entry_type == 1) {
      auto extra = e.contains("extra_data") && e["extra_data"].is_string()
                       ? x509::DecodeBase64(e["extra_data"].get<std::string>())
                       : std::nullopt;
      if (!extra || extra->size() < 3 || 3 + Be(*extra, 0, 3) > extra->size()) {
        sink.Unreadable(where, "precert_entry without a PrecertChainEntry in extra_data");
        continue;
      }
      sink.Object({extra->substr(3, Be(*extra, 0, 3)), false, where, "CERTIFICATE"});
    } else {
      sink.Unreadable(where, "unknown LogEntryType " + std::to_string(entry_type));
    }
  }
}

}  // namespace

namespace {

std::optional<std::string> DecodeHex(std::string_view s) {
  if (s.rfind("\\x", 0) == 0) s.remove_prefix(2);  // PostgreSQL bytea text form
  if (s.size() % 2) return std::nullopt;
  std::string out;
  out.reserve(s.size() / 2);
  auto nib = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  for (size_t i = 0; i < s.size(); i += 2) {
    int hi = nib(s[i]), lo = nib(s[i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out.push_back(static_cast<char>(hi * 16 + lo));
  }
  return out;
}

// A CSV with a header row and one DER per row (hex, \x-hex or base64).
void ReadCsv(std::istream& in, const std::string& origin, const SourceOptions& opt, ObjectSink& sink) {
  std::string line;
  if (!std::getline(in, line)) {
    sink.Unreadable(origin, "empty CSV");
    return;
  }
  auto header = base::SplitCsvLine(line);
  int col = -1;
  for (size_t i = 0; i < header.size(); ++i)
    if (base::Lower(header[i]) == base::Lower(opt.csv_column)) col = static_cast<int>(i);
  if (col < 0 && !opt.csv_column.empty() && std::all_of(opt.csv_column.begin(), opt.csv_column.end(), ::isdigit))
    col = std::stoi(opt.csv_column) - 1;
  if (col < 0) {
    sink.Unreadable(origin, "no column \"" + opt.csv_column + "\" in the header (use --csv-column NAME|N)");
    return;
  }
  size_t row = 1;
  while (!sink.Stopped() && std::getline(in, line)) {
    ++row;
    sink.bytes_read += line.size() + 1;
    if (line.empty()) continue;
    auto f = base::SplitCsvLine(line);
    std::string where = origin + " row " + std::to_string(row);
    if (static_cast<size_t>(col) >= f.size() || f[col].empty()) {
      sink.Unreadable(where, "column " + std::to_string(col + 1) + " is empty");
      continue;
    }
    auto der = DecodeHex(f[col]);
    if (!der) der = x509::DecodeBase64(f[col]);
    if (!der || der->empty()) {
      sink.Unreadable(where, "column " + std::to_string(col + 1) + " is neither hex nor base64 DER");
      continue;
    }
    sink.Object({std::move(*der), false, where, ""});
  }
}

// Streams a PostgreSQL query's rows (single-row mode, binary results) so a
// table of millions of certificates never sits in memory at once.
bool ReadPostgres(const std::string& conninfo, const SourceOptions& opt, ObjectSink& sink) {
  const std::string origin = "postgresql";
  PGconn* conn = PQconnectdb(conninfo.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    sink.Unreadable(origin, std::string("cannot connect: ") + PQerrorMessage(conn));
    PQfinish(conn);
    return false;
  }
  if (!PQsendQueryParams(conn, opt.pg_query.c_str(), 0, nullptr, nullptr, nullptr, nullptr, 1) ||
      !PQsetSingleRowMode(conn)) {
    sink.Unreadable(origin, std::string("query failed: ") + PQerrorMessage(conn));
    PQfinish(conn);
    return false;
  }
  uint64_t row = 0;
  bool ok = true;
  while (PGresult* r = PQgetResult(conn)) {
    ExecStatusType st = PQresultStatus(r);
    if (st == PGRES_SINGLE_TUPLE) {
      ++row;
      std::string where = origin + " row " + std::to_string(row);
      if (PQnfields(r) > 1 && !PQgetisnull(r, 0, 1)) {
        // Binary format: show integer ids as numbers, text as text.
        const char* v = PQgetvalue(r, 0, 1);
        int len = PQgetlength(r, 0, 1);
        Oid type = PQftype(r, 1);
        if (type == 20 && len == 8) where += " (id " + std::to_string(static_cast<int64_t>(Be(std::string(v, 8), 0, 8))) + ")";
        else if (type == 23 && len == 4) where += " (id " + std::to_string(static_cast<int32_t>(Be(std::string(v, 4), 0, 4))) + ")";
        else if (type == 25 || type == 1043) where += " (" + std::string(v, static_cast<size_t>(len)) + ")";
      }
      if (PQgetisnull(r, 0, 0)) {
        sink.Unreadable(where, "DER column is NULL");
      } else {
        std::string der(PQgetvalue(r, 0, 0), static_cast<size_t>(PQgetlength(r, 0, 0)));
        sink.bytes_read += der.size();
        sink.Object({std::move(der), false, std::move(where), ""});
      }
    } else if (st != PGRES_TUPLES_OK) {
      sink.Unreadable(origin, std::string("query failed: ") + PQresultErrorMessage(r));
      ok = false;
    }
    PQclear(r);
    if (sink.Stopped()) {
      PQrequestCancel(conn);
      while (PGresult* rest = PQgetResult(conn)) PQclear(rest);
      break;
    }
  }
  PQfinish(conn);
  return ok;
}

std::string KindOf(const std::string& path, const SourceOptions& opt) {
  if (opt.kind != "auto") return opt.kind;
  std::string p = base::Lower(path);
  for (const char* ext : {".tar", ".tar.gz", ".tgz", ".tar.xz", ".tar.bz2", ".tar.zst", ".zip"})
    if (std::string_view(p).ends_with(ext)) return "archive";
  if (std::string_view(p).ends_with(".json")) return "ct-json";
  if (std::string_view(p).ends_with(".csv")) return "csv";
  return "file";
}

ReadFn FdReader(int fd, ObjectSink& sink) {
  return [fd, &sink](char* buf, size_t n) { return ReadSome(fd, buf, n, sink); };
}

bool ReadFile(const std::string& path, const SourceOptions& opt, ObjectSink& sink) {
  std::string kind = KindOf(path, opt);
  if (kind == "archive" || kind == "tar" || kind == "zip") return ReadArchive(path, sink, opt.max_object_bytes);
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    sink.Unreadable(path, "cannot open");
    return false;
  }
  if (kind == "ct-json") {
    ReadCtJson(in, path, 0, sink);
    return true;
  }
  if (kind == "csv") {
    ReadCsv(in, path, opt, sink);
    return true;
  }
  in.close();
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    sink.Unreadable(path, std::string("cannot open: ") + std::strerror(errno));
    return false;
  }
  ReadStream(FdReader(fd, sink), path, sink, opt.max_object_bytes);
  ::close(fd);
  return true;
}

}  // namespace

void AppendPemOrigin(const std::string& file, size_t index, size_t line, std::string* out) {
  char digits[24];
  out->append(file);
  out->push_back('#');
  out->append(digits, static_cast<size_t>(std::to_chars(digits, digits + sizeof digits, index).ptr - digits));
  out->append(" (line ");
  out->append(digits, static_cast<size_t>(std::to_chars(digits, digits + sizeof digits, line).ptr - digits));
  out->push_back(')');
}

void ObjectSink::PemBlock(std::string_view body, std::string_view label, const std::string& file, size_t index,
                          size_t line) {
  std::string where;
  AppendPemOrigin(file, index, line, &where);
  Object({std::string(body), true, std::move(where), std::string(label)});
}

bool ReadSource(const std::string& spec, const SourceOptions& opt, ObjectSink& sink) {
  if (spec.rfind("pg:", 0) == 0) return ReadPostgres(spec.substr(3), opt, sink);
  if (spec == "-") {
    std::string kind = opt.kind == "auto" ? "file" : opt.kind;
    if (kind == "ct-json") ReadCtJson(std::cin, "stdin", 0, sink);
    else if (kind == "csv") ReadCsv(std::cin, "stdin", opt, sink);
    else ReadStream(FdReader(STDIN_FILENO, sink), "stdin", sink, opt.max_object_bytes);
    return true;
  }
  std::error_code ec;
  if (fs::is_directory(spec, ec)) {
    std::vector<fs::path> files;
    for (auto it = fs::recursive_directory_iterator(spec, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
      if (it->is_regular_file()) files.push_back(it->path());
    if (ec) sink.Unreadable(spec, "cannot list directory: " + ec.message());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      if (sink.Stopped()) break;
      ReadFile(f.string(), opt, sink);
    }
    return true;
  }
  if (!fs::exists(spec, ec)) {
    sink.Unreadable(spec, "no such file or directory");
    return false;
  }
  return ReadFile(spec, opt, sink);
}

uint64_t SourceSize(const std::string& spec) {
  std::error_code ec;
  if (spec == "-" || spec.rfind("pg:", 0) == 0) return 0;
  if (fs::is_directory(spec, ec)) {
    uint64_t total = 0;
    for (auto it = fs::recursive_directory_iterator(spec, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
      if (it->is_regular_file(ec)) total += it->file_size(ec);
    return total;
  }
  auto n = fs::file_size(spec, ec);
  return ec ? 0 : n;
}

}  // namespace cair::corpus
