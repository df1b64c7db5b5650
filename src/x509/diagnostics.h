// File: x509/diagnostics.h
// Parse findings. The X.509 layer never fails silently and never throws: a
// defect it can read past becomes a `Diagnostic` and parsing goes on, so a
// broken certificate can still be linted. `id` is a stable string that may
// leave the process (JSON, store); `field` names the ASN.1 path.
#ifndef CAIR_X509_DIAGNOSTICS_H_
#define CAIR_X509_DIAGNOSTICS_H_

#include <cstddef>
#include <string>
#include <vector>

namespace cair::x509 {

enum class Severity { kWarning, kError, kFatal };

struct Diagnostic {
  Severity severity;
  const char* id;       // stable: "x509.extension.malformed"
  const char* field;    // "tbsCertificate.extensions.keyUsage"
  size_t offset;        // byte offset of the element in the input
  const char* reason;   // der::ParseErrorName or a short static reason
};

class Diagnostics {
 public:
  void Add(Severity s, const char* id, const char* field, size_t offset, const char* reason) {
    items_.push_back({s, id, field, offset, reason});
  }
  const std::vector<Diagnostic>& items() const { return items_; }
  bool HasFatal() const {
    for (const auto& d : items_)
      if (d.severity == Severity::kFatal) return true;
    return false;
  }
  bool empty() const { return items_.empty(); }
  void clear() { items_.clear(); }
  // "field at offset N: reason (id)" for the first fatal item, else the first.
  std::string Summary() const;

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace cair::x509

#endif  // CAIR_X509_DIAGNOSTICS_H_
