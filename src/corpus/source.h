// File: corpus/source.h
// Where objects come from. Each reader streams DER objects (certificates,
// precertificates, CRLs) from one input to an `ObjectSink`, naming every
// object's origin (file, archive member, CSV row, CT log index) so that a
// finding or an unreadable object can be traced back. No reader stops for a
// bad object: it reports it and goes on.
#ifndef CAIR_CORPUS_SOURCE_H_
#define CAIR_CORPUS_SOURCE_H_

#include <array>
#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cair::corpus {

struct RawObject {
  std::string der;     // DER, or base64 text when `base64` (decoded by a worker)
  bool base64 = false;
  std::string origin;  // "certs.pem#12 (line 340)", "dump.tar.gz:ca/a.der", "export.csv row 17"
  std::string label;   // PEM label when known ("CERTIFICATE", "X509 CRL")
  // The SHA-256 of `der` when `hashed` (the scan's reader computes it while
  // the bytes it just decoded are in its core's cache; else a worker does).
  bool hashed = false;
  std::array<uint8_t, 32> sha256{};
};

class ObjectSink {
 public:
  virtual ~ObjectSink() = default;
  virtual void Object(RawObject&& o) = 0;
  // An input or object that could not be read at all.
  virtual void Unreadable(const std::string& origin, const std::string& reason) = 0;
  // Readers poll this and stop early when it turns true (Ctrl-C).
  virtual bool Stopped() const = 0;
  // A PEM block read from a stream: its base64 body (RFC 1421 header lines
  // already dropped), label, and place: the `index`th block of `file`, its
  // BEGIN line at `line`. The default hands Object() a RawObject whose
  // origin reads "file#index (line N)"; a sink that keeps its objects'
  // storage may copy or decode the views into it instead (the scan's
  // batches), so that reading a PEM bundle allocates nothing per block.
  virtual void PemBlock(std::string_view body, std::string_view label, const std::string& file, size_t index,
                        size_t line);
  // Bytes consumed, for progress (readers add as they go).
  std::atomic<uint64_t> bytes_read{0};
};

// 64 MiB: above the largest CRLs the Web PKI publishes, far above any
// certificate.
inline constexpr uint64_t kDefaultMaxObjectBytes = uint64_t{64} << 20;

struct SourceOptions {
  // CSV: the column holding the DER, by header name or 1-based index, and
  // its encoding ("base64" or "hex"; crt.sh exports use hex with \x).
  std::string csv_column = "der";
  // Input kind: "auto" (by extension / content), "pem", "der", "tar", "zip",
  // "ct-json", "csv".
  std::string kind = "auto";
  // PostgreSQL sources ("pg:CONNINFO"): the query whose first column is the
  // DER (bytea); a second column, if any, names the row in reports.
  std::string pg_query = "SELECT der FROM certificate";
  // The largest single object (certificate, CRL) read from a file, an
  // archive member or stdin: a larger one is reported as unreadable with
  // its origin and skipped, and the scan goes on (issue 18: a small archive
  // must not take the scanner's memory).
  uint64_t max_object_bytes = kDefaultMaxObjectBytes;
};

// Appends "file#index (line N)", a PEM block's origin, to `*out`.
void AppendPemOrigin(const std::string& file, size_t index, size_t line, std::string* out);

// Reads `spec`: a file, a directory (recursively), an archive, a CT
// get-entries JSON file, a CSV export, "pg:CONNINFO" (a PostgreSQL query,
// streamed row by row), or "-" for standard input. Returns
// false (and reports through `sink`) if the input itself cannot be opened.
bool ReadSource(const std::string& spec, const SourceOptions& options, ObjectSink& sink);

// Total size in bytes of the regular files under `spec` (0 for stdin), for
// ETA estimates.
uint64_t SourceSize(const std::string& spec);

}  // namespace cair::corpus

#endif  // CAIR_CORPUS_SOURCE_H_
