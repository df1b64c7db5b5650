#include "corpus/certificates.h"

#include <openssl/sha.h>

#include <map>
#include <semaphore>
#include <thread>

#include "corpus/queue.h"
#include "x509/input.h"

namespace cair::corpus {
namespace {

constexpr size_t kBatch = 256;

struct Item {
  RawObject raw;
  std::string error;  // unreadable: reported by the reader
};

struct WorkBatch {
  uint64_t seq = 0;
  std::vector<Item> items;
};

struct DoneBatch {
  uint64_t seq = 0;
  std::vector<CertificateIdentity> certs;
  uint64_t skipped = 0;
};

// Batches per pipeline in flight (read, not yet consumed): bounds memory
// even when one worker's batch is slow and the others run ahead.
constexpr std::ptrdiff_t kInFlight = 64;

class BatchingSink : public ObjectSink {
 public:
  BatchingSink(BoundedQueue<WorkBatch>* q, std::counting_semaphore<kInFlight>* slots, const std::atomic<bool>* stop)
      : q_(q), slots_(slots), stop_(stop) {}
  void Object(RawObject&& o) override {
    batch_.items.push_back({std::move(o), {}});
    if (batch_.items.size() >= kBatch) Flush();
  }
  void Unreadable(const std::string& origin, const std::string& reason) override {
    batch_.items.push_back({RawObject{{}, false, origin, {}}, origin + ": " + reason});
    if (batch_.items.size() >= kBatch) Flush();
  }
  bool Stopped() const override { return stop_->load(); }
  void Flush() {
    if (batch_.items.empty()) return;
    slots_->acquire();
    batch_.seq = next_seq_++;
    q_->Push(std::move(batch_));
    batch_ = WorkBatch{};
  }

 private:
  BoundedQueue<WorkBatch>* q_;
  std::counting_semaphore<kInFlight>* slots_;
  const std::atomic<bool>* stop_;
  WorkBatch batch_;
  uint64_t next_seq_ = 0;
};

void Identify(Item& item, const Sha256Set* only, DoneBatch* out) {
  CertificateIdentity id;
  id.origin = std::move(item.raw.origin);
  if (!item.error.empty()) {
    id.error = std::move(item.error);
    out->certs.push_back(std::move(id));
    return;
  }
  std::string& der = item.raw.der;
  if (item.raw.base64) {
    auto decoded = x509::DecodeBase64(der);
    if (!decoded) {
      id.error = id.origin + ": bad base64";
      out->certs.push_back(std::move(id));
      return;
    }
    der = std::move(*decoded);
  }
  SHA256(reinterpret_cast<const unsigned char*>(der.data()), der.size(), id.sha256.data());
  if (only && !only->count(id.sha256)) {
    ++out->skipped;
    return;
  }
  auto c = x509::ParseCertificate(der::Input(std::string_view(der)));
  if (!c.ok()) {
    id.error = id.origin + ": not a certificate: " + c.diagnostics.Summary();
    out->certs.push_back(std::move(id));
    return;
  }
  id.serial_hex = SerialHex(c.serial);
  id.issuer = c.issuer.ToString();
  id.subject = c.subject.ToString();
  id.dns_names = DnsNames(c);
  id.not_before = c.not_before.unix;
  id.not_after = c.not_after.unix;
  id.precertificate = c.ct_poison;
  id.smime = c.IsEmailProtection();
  id.tbs_key = TbsKey(c);
  out->certs.push_back(std::move(id));
}

}  // namespace

bool ParseSha256Hex(std::string_view hex, Sha256* out) {
  if (hex.size() != 64) return false;
  auto nibble = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  for (size_t i = 0; i < 32; ++i) {
    int hi = nibble(hex[2 * i]), lo = nibble(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return false;
    (*out)[i] = static_cast<uint8_t>(hi << 4 | lo);
  }
  return true;
}

CertificateReadStats ReadCertificates(const std::vector<std::string>& sources, const CertificateReadOptions& options,
                                      const std::function<bool(std::vector<CertificateIdentity>& batch)>& consume) {
  const int jobs = std::max(1, options.jobs);
  BoundedQueue<WorkBatch> work(static_cast<size_t>(jobs) * 4);
  BoundedQueue<DoneBatch> done(kInFlight);
  std::counting_semaphore<kInFlight> slots(kInFlight);
  std::atomic<bool> stop{false};
  CertificateReadStats stats;

  std::vector<std::thread> workers;
  for (int i = 0; i < jobs; ++i)
    workers.emplace_back([&] {
      WorkBatch b;
      while (work.Pop(&b)) {
        DoneBatch d;
        d.seq = b.seq;
        d.certs.reserve(b.items.size());
        if (!stop.load())
          for (auto& item : b.items) Identify(item, options.only, &d);
        done.Push(std::move(d));
      }
    });
  // The reader thread also closes the pipeline behind itself.
  std::thread reader([&] {
    BatchingSink sink(&work, &slots, &stop);
    for (const auto& s : sources) {
      if (stop.load()) break;
      ReadSource(s, options.source, sink);
    }
    sink.Flush();
    work.Close();
    for (auto& t : workers) t.join();
    done.Close();
  });

  // Consume in input order.
  std::map<uint64_t, DoneBatch> pending;
  uint64_t next = 0;
  DoneBatch d;
  while (done.Pop(&d)) {
    pending.emplace(d.seq, std::move(d));
    for (auto it = pending.find(next); it != pending.end(); it = pending.find(next)) {
      DoneBatch& b = it->second;
      if (!stop.load()) {
        stats.skipped += b.skipped;
        stats.objects += b.certs.size();
        if (!consume(b.certs)) {
          stats.stopped = true;
          stop.store(true);
        }
      }
      pending.erase(it);
      ++next;
      slots.release();
    }
  }
  reader.join();
  return stats;
}

}  // namespace cair::corpus
