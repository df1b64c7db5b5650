#include "corpus/scanner.h"

#include <openssl/sha.h>

#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <cstring>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>
#include <unordered_set>

#include "corpus/key_checks.h"
#include "corpus/queue.h"
#include "lint/runner.h"
#include "x509/input.h"
#include "x509/object.h"
#include "x509/oids.h"

namespace cair::corpus {
namespace {

using Clock = std::chrono::steady_clock;

using Problem = ScanResult::Problem;

struct Batch {
  std::vector<RawObject> objects;
  std::vector<Problem> problems;  // unreadable inputs, reported by the reader
};

struct ResultBatch {
  std::vector<ObjectReport> reports;
  std::vector<Problem> problems;
  uint64_t unparsable = 0, filtered_out = 0;
};

constexpr size_t kBatch = 128;

class QueueSink : public ObjectSink {
 public:
  QueueSink(BoundedQueue<Batch>* q, const std::atomic<bool>* stop) : q_(q), stop_(stop) {}
  void Object(RawObject&& o) override {
    batch_.objects.push_back(std::move(o));
    if (batch_.objects.size() >= kBatch) Flush();
  }
  void Unreadable(const std::string& origin, const std::string& reason) override {
    batch_.problems.push_back({origin, reason});
  }
  bool Stopped() const override { return stop_ && stop_->load(); }
  void Flush() {
    if (batch_.objects.empty() && batch_.problems.empty()) return;
    q_->Push(std::move(batch_));
    batch_ = Batch{};
  }

 private:
  BoundedQueue<Batch>* q_;
  const std::atomic<bool>* stop_;
  Batch batch_;
};

uint64_t Fnv(uint64_t h, der::Input in) {
  for (uint8_t b : in) h = (h ^ b) * 0x100000001b3ULL;
  return h;
}

}  // namespace

// RFC 6962 3.1: the precertificate's TBS is the final certificate's without
// the SCT list, plus the poison.
uint64_t TbsKey(const x509::Certificate& c) {
  uint64_t h = 0xcbf29ce484222325ULL;
  auto tbs = der::ReadElement(c.tbs);
  if (!tbs) return h;
  der::Parser p(tbs->value);
  while (auto el = p.Next()) {
    if (el->tag == der::ContextConstructed(3)) break;
    h = Fnv(h, el->full);
  }
  for (const auto& e : c.extensions)
    if (e.oid != oid::kCtPoison && e.oid != oid::kCtSctList) h = Fnv(h, e.full);
  return h;
}

size_t Sha256Hash::operator()(const Sha256& h) const {
  size_t v;
  std::memcpy(&v, h.data(), sizeof v);
  return v;
}

std::string DnsNames(const x509::Certificate& c) {
  std::string out;
  for (const auto& g : c.san.names.names) {
    if (g.type != x509::GeneralNameType::kDnsName) continue;
    if (!out.empty()) out += ' ';
    out += g.Text();
  }
  return out;
}

std::string SerialHex(der::Input serial) {
  while (serial.size() > 1 && serial[0] == 0) serial = serial.sub(1);
  return der::HexUpper(serial);
}

namespace {

class Worker {
 public:
  Worker(const lint::Runner& runner, const ScanOptions& opt) : runner_(runner), opt_(opt) {}

  void Process(Batch& in, ResultBatch* out) {
    out->problems = std::move(in.problems);
    out->unparsable += out->problems.size();
    for (auto& raw : in.objects) {
      if (raw.base64) {
        auto der = x509::DecodeBase64(raw.der);
        if (!der) {
          ++out->unparsable;
          out->problems.push_back({raw.origin, "bad base64 in " + raw.label + " block"});
          continue;
        }
        raw.der = std::move(*der);
      }
      ObjectReport r;
      SHA256(reinterpret_cast<const unsigned char*>(raw.der.data()), raw.der.size(), r.sha256.data());
      auto parsed = x509::ParseObject(der::Input(std::string_view(raw.der)), raw.label);
      r.origin = std::move(raw.origin);
      switch (parsed.kind) {
        case x509::ParsedKind::kNone:
          ++out->unparsable;
          out->problems.push_back({r.origin, parsed.error});
          continue;
        case x509::ParsedKind::kCertificate:
          if (!Wanted(parsed.cert)) {
            ++out->filtered_out;
            continue;
          }
          Describe(parsed.cert, &r);
          runner_.Run(parsed.cert, &results_);
          Collect(runner_.certificate_lints(), &r);
          break;
        case x509::ParsedKind::kCrl:
          r.kind = ObjectReport::kCrl;
          r.issuer = parsed.crl.issuer.ToString();
          r.not_before = parsed.crl.this_update.unix;
          r.not_after = parsed.crl.has_next_update ? parsed.crl.next_update.unix : 0;
          runner_.Run(parsed.crl, &results_);
          Collect(runner_.crl_lints(), &r);
          break;
        case x509::ParsedKind::kOcspResponse:
          r.kind = ObjectReport::kOcsp;
          r.not_before = parsed.ocsp.produced_at.unix;
          runner_.Run(parsed.ocsp, &results_);
          Collect(runner_.ocsp_lints(), &r);
          break;
      }
      out->reports.push_back(std::move(r));
    }
  }

 private:
  bool Wanted(const x509::Certificate& c) const {
    int64_t nb = c.not_before.unix;
    if (opt_.not_before_from && nb < *opt_.not_before_from) return false;
    if (opt_.not_before_to && nb >= *opt_.not_before_to) return false;
    if (opt_.unexpired_at && (c.not_after.unix < *opt_.unexpired_at || nb > *opt_.unexpired_at)) return false;
    if (!opt_.issuer.empty()) {
      bool match = c.aki.has_key_id && der::HexUpper(c.aki.key_id) == opt_.issuer;
      if (!match) match = c.issuer.ToString().find(opt_.issuer) != std::string::npos;
      if (!match) return false;
    }
    return true;
  }

  void Describe(const x509::Certificate& c, ObjectReport* r) const {
    r->kind = c.tbs_only ? ObjectReport::kTbs : c.ct_poison ? ObjectReport::kPrecertificate : ObjectReport::kCertificate;
    r->serial_hex = SerialHex(c.serial);
    r->issuer = c.issuer.ToString();
    if (const auto* cn = c.subject.First(oid::kCommonName)) r->subject_cn = cn->Utf8();
    r->sans = DnsNames(c);
    r->not_before = c.not_before.unix;
    r->not_after = c.not_after.unix;
    r->tbs_key = TbsKey(c);
    if (opt_.collect_keys && c.spki.ok) {
      r->has_key = true;
      SHA256(c.spki.full.data(), c.spki.full.size(), r->spki_sha256.data());
      if (c.spki.rsa_ok) {
        der::Input m = c.spki.rsa_modulus;
        while (!m.empty() && m[0] == 0) m = m.sub(1);
        r->rsa_modulus = m.AsString();
      }
      r->subscribers = SubscriberIdentities(c);
    }
  }

  void Collect(const std::vector<const lint::Metadata*>& metas, ObjectReport* r) {
    // Lint indexes are global: certificate lints, then CRL, then OCSP.
    size_t base = 0;
    if (&metas == &runner_.crl_lints()) base = runner_.certificate_lints().size();
    if (&metas == &runner_.ocsp_lints()) base = runner_.certificate_lints().size() + runner_.crl_lints().size();
    for (size_t i = 0; i < results_.size(); ++i)
      if (results_[i].status >= lint::Status::kInfo)
        r->findings.push_back({static_cast<uint16_t>(base + i), results_[i].status, std::move(results_[i].details)});
  }

  const lint::Runner& runner_;
  const ScanOptions& opt_;
  std::vector<lint::Result> results_;
};

}  // namespace

size_t IssuerSerialStats::DominantLength() const {
  size_t best = 0;
  uint64_t n = 0;
  for (const auto& [len, b] : by_length)
    if (b.count > n) {
      n = b.count;
      best = len;
    }
  return best;
}

int IssuerSerialStats::EntropyBound() const {
  auto it = by_length.find(DominantLength());
  if (it == by_length.end()) return 0;
  const Bucket& b = it->second;
  int bits = static_cast<int>(8 * (it->first - b.common_prefix));
  // (A shared first octet already counts its top bit.)
  if (b.count >= 32 && b.top_bit_set == 0 && b.common_prefix == 0) bits -= 1;
  return bits;
}

bool IssuerSerialStats::Suspicious() const {
  auto it = by_length.find(DominantLength());
  return it != by_length.end() && it->second.count >= 32 && EntropyBound() < 64;
}

namespace {
// BR 7.1 as amended by Ballot 164: 64 bits of CSPRNG output in serials of
// certificates issued from 2016-09-30.
constexpr int64_t kBallot164 = 1475193600;  // 2016-09-30T00:00:00Z

void AddSerial(IssuerSerialStats& s, const std::string& serial_hex) { s.Add(serial_hex); }
}  // namespace

void IssuerSerialStats::Add(const std::string& serial_hex) {
  ++certificates;
  auto& b = by_length[serial_hex.size() / 2];
  if (b.count++ == 0) {
    b.first_hex = serial_hex;
    b.common_prefix = serial_hex.size() / 2;
  }
  if (!serial_hex.empty() && serial_hex[0] >= '8') ++b.top_bit_set;
  size_t k = 0;
  while (k < b.common_prefix && serial_hex.compare(2 * k, 2, b.first_hex, 2 * k, 2) == 0) ++k;
  b.common_prefix = k;
}

std::string HexUpper(const Sha256& h) { return der::HexUpper(der::Input(h.data(), h.size())); }

ScanResult Scan(const std::vector<std::string>& sources, const ScanOptions& opt, const lint::Config& config,
                const ObjectCallback& on_object, const std::atomic<bool>* stop) {
  auto start = Clock::now();
  lint::Runner runner(lint::Registry::Global(), opt.filter, config);
  ScanResult res;
  for (auto* v : {&runner.certificate_lints(), &runner.crl_lints(), &runner.ocsp_lints()})
    res.lints.insert(res.lints.end(), v->begin(), v->end());

  const int jobs = std::max(1, opt.jobs);
  BoundedQueue<Batch> work(static_cast<size_t>(jobs) * 4);
  BoundedQueue<ResultBatch> done(static_cast<size_t>(jobs) * 4);

  // Worker and aggregator threads block SIGINT/SIGTERM so that the signal
  // reaches the reading thread and interrupts a read blocked on a pipe.
  sigset_t block, old_mask;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  sigaddset(&block, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &block, &old_mask);
  std::vector<std::thread> workers;
  for (int i = 0; i < jobs; ++i) {
    workers.emplace_back([&] {
      Worker w(runner, opt);
      Batch b;
      while (work.Pop(&b)) {
        ResultBatch r;
        w.Process(b, &r);
        done.Push(std::move(r));
      }
    });
  }

  QueueSink sink(&work, stop);
  // Aggregation runs on its own thread so that readers and workers never wait for it.
  std::thread aggregator([&] {
    std::unordered_set<Sha256, Sha256Hash> seen;
    std::vector<std::vector<uint64_t>> cert_keys(res.lints.size()), precert_keys(res.lints.size());
    std::vector<uint64_t> all_cert_keys, all_precert_keys;
    auto last_progress = Clock::now();
    ResultBatch b;
    while (done.Pop(&b)) {
      res.unparsable += b.unparsable;
      res.filtered_out += b.filtered_out;
      for (auto& p : b.problems)
        if (res.problems.size() < 10000) res.problems.push_back(std::move(p));
      for (const auto& r : b.reports) {
        if (!seen.insert(r.sha256).second) {
          ++res.duplicates;
          continue;
        }
        ++res.objects;
        switch (r.kind) {
          case ObjectReport::kCertificate:
            ++res.certificates;
            all_cert_keys.push_back(r.tbs_key);
            if (r.not_before >= kBallot164) AddSerial(res.serials[r.issuer], r.serial_hex);
            break;
          case ObjectReport::kPrecertificate:
            ++res.precertificates;
            all_precert_keys.push_back(r.tbs_key);
            // A precertificate repeats its final certificate's serial, which
            // leaves the prefix and top-bit statistics unchanged.
            if (r.not_before >= kBallot164) AddSerial(res.serials[r.issuer], r.serial_hex);
            break;
          case ObjectReport::kTbs: ++res.tbs; break;
          case ObjectReport::kCrl: ++res.crls; break;
          case ObjectReport::kOcsp: ++res.ocsp; break;
        }
        for (const auto& f : r.findings) {
          LintSummary& s = res.findings[std::string(res.lints[f.lint]->name)];
          s.result = std::max(s.result, f.status);
          if (s.count == 0 || r.not_before < s.first_not_before) s.first_not_before = r.not_before;
          if (s.count == 0 || r.not_before > s.last_not_before) s.last_not_before = r.not_before;
          ++s.count;
          ++s.issuers[r.issuer];
          if (r.kind == ObjectReport::kCertificate) {
            ++s.certificates;
            cert_keys[f.lint].push_back(r.tbs_key);
          } else if (r.kind == ObjectReport::kPrecertificate) {
            ++s.precertificates;
            precert_keys[f.lint].push_back(r.tbs_key);
          } else if (r.kind == ObjectReport::kCrl) {
            ++s.crls;
          }
        }
        if (on_object) on_object(r, res);
      }
      if (opt.progress && Clock::now() - last_progress > std::chrono::milliseconds(500)) {
        last_progress = Clock::now();
        double secs = std::chrono::duration<double>(last_progress - start).count();
        double rate = secs > 0 ? static_cast<double>(res.objects + res.duplicates) / secs : 0;
        std::fprintf(stderr, "\r  %llu objects  %.0f/s  %.0fs elapsed",
                     static_cast<unsigned long long>(res.objects), rate, secs);
        uint64_t read = sink.bytes_read.load();
        if (opt.total_bytes && read > 0 && read <= opt.total_bytes) {
          double eta = secs * static_cast<double>(opt.total_bytes - read) / static_cast<double>(read);
          std::fprintf(stderr, "  ETA %.0fs", eta);
        }
        std::fprintf(stderr, "   ");
        std::fflush(stderr);
      }
    }
    // Issuances: a precertificate and its final certificate count once.
    auto pairs = [](std::vector<uint64_t>& c, std::vector<uint64_t>& p) {
      std::sort(c.begin(), c.end());
      std::sort(p.begin(), p.end());
      std::vector<uint64_t> both;
      std::set_intersection(c.begin(), c.end(), p.begin(), p.end(), std::back_inserter(both));
      return both.size();
    };
    for (size_t i = 0; i < res.lints.size(); ++i) {
      auto it = res.findings.find(std::string(res.lints[i]->name));
      if (it == res.findings.end()) continue;
      it->second.issuances = it->second.certificates + it->second.precertificates - pairs(cert_keys[i], precert_keys[i]);
    }
    res.issuances = res.certificates + res.precertificates - pairs(all_cert_keys, all_precert_keys);
    if (opt.progress) std::fprintf(stderr, "\r%80s\r", "");
  });

  pthread_sigmask(SIG_SETMASK, &old_mask, nullptr);
  for (const auto& s : sources) {
    if (stop && stop->load()) break;
    ReadSource(s, opt.source, sink);
  }
  sink.Flush();
  work.Close();
  for (auto& t : workers) t.join();
  done.Close();
  aggregator.join();
  res.interrupted = stop && stop->load();
  res.elapsed_s = std::chrono::duration<double>(Clock::now() - start).count();
  return res;
}

}  // namespace cair::corpus
