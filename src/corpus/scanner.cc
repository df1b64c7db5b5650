#include "corpus/scanner.h"

#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <cstring>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "corpus/digest.h"
#include "corpus/key_checks.h"
#include "corpus/queue.h"
#include "lint/runner.h"
#include "x509/base64.h"
#include "x509/object.h"
#include "x509/oids.h"

namespace cair::corpus {
namespace {

using Clock = std::chrono::steady_clock;

using Problem = ScanResult::Problem;

// Batches go round: reader -> workers -> (spares) -> reader, and workers ->
// aggregator -> (spares) -> workers. A batch's objects and reports are
// overwritten in place when it comes round again, so their strings and
// vectors keep their storage and a scan's steady state allocates nothing per
// object (glibc trimmed and re-grew the heap for every batch otherwise: page
// faults were a tenth of `--parse-only`).
struct Batch {
  std::vector<RawObject> objects;  // the first `size` are this batch's; the rest are spare storage
  size_t size = 0;
  std::vector<Problem> problems;  // unreadable inputs, reported by the reader
};

struct ResultBatch {
  std::vector<ObjectReport> reports;  // likewise, the first `size`
  size_t size = 0;
  std::vector<Problem> problems;
  uint64_t unparsable = 0, filtered_out = 0;

  // The next report, emptied; counted by Commit() (an object filtered out
  // or unparsable leaves it for the next one).
  ObjectReport& Next() {
    if (size == reports.size()) reports.emplace_back();
    ObjectReport& r = reports[size];
    r.kind = ObjectReport::kCertificate;
    r.serial_hex.clear();
    r.issuer.clear();
    r.subject_cn.clear();
    r.sans.clear();
    r.not_before = r.not_after = 0;
    r.pair_key = 0;
    r.has_key = false;
    r.spki_sha256 = {};
    r.rsa_modulus.clear();
    r.subscribers.clear();
    r.findings.clear();
    return r;
  }
  void Commit() { ++size; }
};

constexpr size_t kBatch = 128;
// Per recycled buffer, the most kept for the next object (a certificate
// needs a few KiB; the largest CRLs tens of MiB).
constexpr size_t kKeepBytes = size_t{256} << 10;

// Takes a spare batch from `spares`, emptied, or a new one.
template <typename B>
B Reuse(BoundedQueue<B>* spares) {
  B b;
  if (spares->TryPop(&b)) {
    b.size = 0;
    b.problems.clear();
  }
  return b;
}

class QueueSink : public ObjectSink {
 public:
  QueueSink(BoundedQueue<Batch>* q, BoundedQueue<Batch>* spares, const std::atomic<bool>* stop)
      : q_(q), spares_(spares), stop_(stop) {}
  void Object(RawObject&& o) override {
    RawObject& slot = Slot();
    slot = std::move(o);
    slot.hashed = !slot.base64;
    if (slot.hashed) sha256_.Digest(slot.der.data(), slot.der.size(), slot.sha256.data());
    if (batch_.size >= kBatch) Flush();
  }
  void PemBlock(std::string_view body, std::string_view label, const std::string& file, size_t index,
                size_t line) override {
    RawObject& o = Slot();
    // Decoded here, while the block is still in this core's cache from the
    // read: the batch then carries DER (a quarter smaller than its base64)
    // and the text is never copied. A bad block goes on as text, for its
    // worker to report in its place among the others.
    o.base64 = !x509::DecodeBase64To(body, &o.der);
    if (o.base64) o.der.assign(body);
    // Hashed here too, for the same reason: the worker reads the DER
    // once, to parse it, instead of twice.
    o.hashed = !o.base64;
    if (o.hashed) sha256_.Digest(o.der.data(), o.der.size(), o.sha256.data());
    o.origin.clear();
    AppendPemOrigin(file, index, line, &o.origin);
    o.label.assign(label);
    if (batch_.size >= kBatch) Flush();
  }
  void Unreadable(const std::string& origin, const std::string& reason) override {
    batch_.problems.push_back({origin, reason});
  }
  bool Stopped() const override { return stop_ && stop_->load(); }
  void Flush() {
    if (batch_.size == 0 && batch_.problems.empty()) return;
    q_->Push(std::move(batch_));
    batch_ = Reuse(spares_);
  }

 private:
  RawObject& Slot() {
    if (batch_.size == batch_.objects.size()) batch_.objects.emplace_back();
    return batch_.objects[batch_.size++];
  }

  BoundedQueue<Batch>* q_;
  BoundedQueue<Batch>* spares_;
  const std::atomic<bool>* stop_;
  Batch batch_;
  Sha256Hasher sha256_;
};

uint64_t Fnv(uint64_t h, der::Input in) {
  for (uint8_t b : in) h = (h ^ b) * 0x100000001b3ULL;
  return h;
}

// RFC 6962 3.1: the precertificate's TBS is the final certificate's without
// the SCT list, plus the poison. Folds `add` over what the two share: the
// TBS fields before the extensions, then every extension but those two.
template <typename Add>
uint64_t FoldSharedTbs(const x509::Certificate& c, uint64_t h, Add add) {
  auto tbs = der::ReadElement(c.tbs);
  if (!tbs) return h;
  der::Parser p(tbs->value);
  while (auto el = p.Next()) {
    if (el->tag == der::ContextConstructed(3)) break;
    h = add(h, el->full);
  }
  for (const auto& e : c.extensions)
    if (e.oid != oid::kCtPoison && e.oid != oid::kCtSctList) h = add(h, e.full);
  return h;
}

}  // namespace

uint64_t TbsKey(const x509::Certificate& c) { return FoldSharedTbs(c, 0xcbf29ce484222325ULL, Fnv); }

namespace {

// 64x64 -> 128-bit multiply folded to 64 bits (as in wyhash): mixes two words.
uint64_t Fold(uint64_t a, uint64_t b) {
  const unsigned __int128 p = static_cast<unsigned __int128>(a) * b;
  return static_cast<uint64_t>(p) ^ static_cast<uint64_t>(p >> 64);
}

// Adds `in` to the running hash `h`, 16 bytes a step. Each block's mix is
// off the dependency chain, which is one xor and one multiply by an odd
// constant (a bijection of the state: a block never discards what came
// before): ~0.3 cycles a byte, against FNV-1a's 4.
uint64_t HashInto(uint64_t h, der::Input in) {
  constexpr uint64_t k0 = 0xa0761d6478bd642fULL, k1 = 0xe7037ed1a0b428dbULL, k2 = 0x9e3779b97f4a7c15ULL;
  const uint8_t* p = in.data();
  size_t n = in.size();
  h = (h ^ n) * k2;
  for (; n >= 16; p += 16, n -= 16) {
    uint64_t w0, w1;
    std::memcpy(&w0, p, 8);
    std::memcpy(&w1, p + 8, 8);
    h = (h ^ Fold(w0 ^ k0, w1 ^ k1)) * k2;
  }
  if (n) {
    uint8_t tail[16] = {};
    std::memcpy(tail, p, n);
    uint64_t w0, w1;
    std::memcpy(&w0, tail, 8);
    std::memcpy(&w1, tail + 8, 8);
    h = (h ^ Fold(w0 ^ k0, w1 ^ k1)) * k2;
  }
  return h;
}

// TbsKey's view of the certificate, hashed fast.
uint64_t PairKey(const x509::Certificate& c) { return Fold(FoldSharedTbs(c, 0, HashInto), 0x8ebc6af09c88c6e3ULL); }

}  // namespace

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

namespace {

// SerialHex into `*out`, reusing its storage (a scan's reports are reused).
void SerialHexTo(der::Input serial, std::string* out) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  while (serial.size() > 1 && serial[0] == 0) serial = serial.sub(1);
  out->resize(serial.size() * 2);
  char* w = out->data();
  for (uint8_t b : serial) {
    *w++ = kHex[b >> 4];
    *w++ = kHex[b & 15];
  }
}

}  // namespace

std::string SerialHex(der::Input serial) {
  std::string out;
  SerialHexTo(serial, &out);
  return out;
}

namespace {

// Issuer DNs as text, by their DER: a corpus has few issuers and many
// certificates each, so Name::ToString runs once per issuer, not per object.
class IssuerNames {
 public:
  const std::string& Text(const x509::Name& name) {
    std::string_view der(reinterpret_cast<const char*>(name.full.data()), name.full.size());
    // A corpus mostly comes issuer by issuer: the last answer, by a compare
    // of the DER, spares hashing it.
    if (last_ != nullptr && last_->first == der) return last_->second;
    auto it = text_.find(der);
    if (it == text_.end()) {
      if (text_.size() >= kMax) text_.clear();  // a corpus of mostly distinct issuers: stay bounded
      it = text_.emplace(std::string(der), name.ToString()).first;
    }
    last_ = &*it;  // a node's address holds until the map is cleared
    return it->second;
  }

 private:
  static constexpr size_t kMax = 1 << 14;
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> text_;
  const std::pair<const std::string, std::string>* last_ = nullptr;
};

class Worker {
 public:
  Worker(const lint::Runner& runner, const ScanOptions& opt)
      : runner_(runner), opt_(opt), findings_(runner), any_certificate_lint_(!runner.certificate_lints().empty()) {}

  void Process(Batch& in, ResultBatch* out) {
    out->problems = std::move(in.problems);
    out->unparsable += out->problems.size();
    for (size_t k = 0; k < in.size; ++k) {
      RawObject& raw = in.objects[k];
      if (k + 1 < in.size) Prefetch(in.objects[k + 1].der);
      std::string_view bytes = raw.der;
      if (raw.base64) {
        if (!x509::DecodeBase64To(raw.der, &der_)) {
          ++out->unparsable;
          out->problems.push_back({raw.origin, "bad base64 in " + raw.label + " block"});
          continue;
        }
        bytes = der_;
      }
      ObjectReport& r = out->Next();
      if (raw.hashed) r.sha256 = raw.sha256;
      else sha256_.Digest(bytes.data(), bytes.size(), r.sha256.data());
      auto parsed = x509::ParseObject(der::Input(bytes), raw.label);
      r.origin.swap(raw.origin);  // both keep their storage for the next round
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
          if (any_certificate_lint_) findings_.Run(parsed.cert, &found_);  // none: --parse-only
          for (lint::IndexedResult& f : found_)
            r.findings.push_back({static_cast<uint16_t>(f.index), f.result.status, std::move(f.result.details)});
          if (opt_.describe_subjects && !r.findings.empty()) DescribeSubject(parsed.cert, &r);  // only the CSV rows of findings show it
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
      out->Commit();
    }
    // Storage kept for reuse stays at certificate size: a large CRL's buffers
    // go back to the allocator instead of staying in the batch pool.
    for (size_t k = 0; k < in.size; ++k)
      if (in.objects[k].der.capacity() > kKeepBytes) std::string().swap(in.objects[k].der);
    if (der_.capacity() > kKeepBytes) std::string().swap(der_);
  }

 private:
  // The reading thread decoded and hashed the next object on another core;
  // asking for its bytes now, while this one is linted, spares its parse
  // the wait for each cache line.
  static void Prefetch(const std::string& bytes) {
    const char* p = bytes.data();
    const size_t n = std::min<size_t>(bytes.size(), 8192);
    for (size_t i = 0; i < n; i += 64) __builtin_prefetch(p + i);
  }

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

  void Describe(const x509::Certificate& c, ObjectReport* r) {
    r->kind = c.tbs_only ? ObjectReport::kTbs : c.ct_poison ? ObjectReport::kPrecertificate : ObjectReport::kCertificate;
    SerialHexTo(c.serial, &r->serial_hex);
    r->issuer = issuers_.Text(c.issuer);
    r->not_before = c.not_before.unix;
    r->not_after = c.not_after.unix;
    r->pair_key = PairKey(c);
    if (opt_.collect_keys && c.spki.ok) {
      r->has_key = true;
      sha256_.Digest(c.spki.full.data(), c.spki.full.size(), r->spki_sha256.data());
      if (c.spki.rsa_ok) {
        der::Input m = c.spki.rsa_modulus;
        while (!m.empty() && m[0] == 0) m = m.sub(1);
        r->rsa_modulus.assign(reinterpret_cast<const char*>(m.data()), m.size());
      }
      r->subscribers = SubscriberIdentities(c);
    }
  }

  static void DescribeSubject(const x509::Certificate& c, ObjectReport* r) {
    if (const auto* cn = c.subject.First(oid::kCommonName)) r->subject_cn = cn->Utf8();
    r->sans = DnsNames(c);
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
  std::vector<lint::Result> results_;         // CRLs and OCSP responses: every lint's result
  lint::FindingsRunner findings_;              // certificates: findings only
  const bool any_certificate_lint_;
  std::vector<lint::IndexedResult> found_;
  std::string der_;  // the object decoded from base64 (reused)
  Sha256Hasher sha256_;
  IssuerNames issuers_;
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

namespace {

// Folds the workers' reports into a ScanResult on one thread. Per object it
// does one digest-set insertion and, for objects with findings or serial
// statistics, one issuer look-up; per finding, counters indexed by lint
// number and issuer number. The ScanResult's maps by name are filled once,
// in Finish().
class Aggregator {
 public:
  // `total_bytes`, the corpus size when known, pre-sizes the digest set
  // (a PEM certificate takes about 2 KiB).
  Aggregator(ScanResult* res, uint64_t total_bytes)
      : res_(*res), seen_(static_cast<size_t>(std::min<uint64_t>(total_bytes / 2048, uint64_t{1} << 22))),
        lints_(res->lints.size()) {}

  // Counts `r`; false when it is a duplicate (counted as such only).
  bool Add(const ObjectReport& r) {
    if (!seen_.Insert(r.sha256)) {
      ++res_.duplicates;
      return false;
    }
    ++res_.objects;
    const bool dated_serial = (r.kind == ObjectReport::kCertificate || r.kind == ObjectReport::kPrecertificate) &&
                              r.not_before >= kBallot164;
    const uint32_t issuer = dated_serial || !r.findings.empty() ? IssuerId(r.issuer) : 0;
    switch (r.kind) {
      case ObjectReport::kCertificate:
        ++res_.certificates;
        all_cert_keys_.push_back(r.pair_key);
        break;
      case ObjectReport::kPrecertificate:
        ++res_.precertificates;
        all_precert_keys_.push_back(r.pair_key);
        break;
      case ObjectReport::kTbs: ++res_.tbs; break;
      case ObjectReport::kCrl: ++res_.crls; break;
      case ObjectReport::kOcsp: ++res_.ocsp; break;
    }
    // A precertificate repeats its final certificate's serial, which leaves
    // the prefix and top-bit statistics unchanged.
    if (dated_serial) serials_[issuer].Add(r.serial_hex);
    for (const auto& f : r.findings) {
      PerLint& l = lints_[f.lint];
      LintSummary& s = l.summary;
      s.result = std::max(s.result, f.status);
      if (s.count == 0 || r.not_before < s.first_not_before) s.first_not_before = r.not_before;
      if (s.count == 0 || r.not_before > s.last_not_before) s.last_not_before = r.not_before;
      ++s.count;
      ++l.issuers[issuer];
      if (r.kind == ObjectReport::kCertificate) {
        ++s.certificates;
        l.cert_keys.push_back(r.pair_key);
      } else if (r.kind == ObjectReport::kPrecertificate) {
        ++s.precertificates;
        l.precert_keys.push_back(r.pair_key);
      } else if (r.kind == ObjectReport::kCrl) {
        ++s.crls;
      }
    }
    return true;
  }

  // Issuances (a precertificate and its final certificate count once) and
  // the ScanResult's per-name maps.
  void Finish() {
    for (size_t i = 0; i < lints_.size(); ++i) {
      PerLint& l = lints_[i];
      if (l.summary.count == 0) continue;
      l.summary.issuances = l.summary.certificates + l.summary.precertificates - Pairs(l.cert_keys, l.precert_keys);
      for (const auto& [id, n] : l.issuers) l.summary.issuers[*issuer_names_[id]] = n;
      res_.findings[std::string(res_.lints[i]->name)] = std::move(l.summary);
    }
    res_.issuances = res_.certificates + res_.precertificates - Pairs(all_cert_keys_, all_precert_keys_);
    for (auto& [id, stats] : serials_) res_.serials[*issuer_names_[id]] = std::move(stats);
  }

 private:
  struct PerLint {
    LintSummary summary;  // issuers left empty until Finish()
    std::unordered_map<uint32_t, uint64_t> issuers;
    std::vector<uint64_t> cert_keys, precert_keys;
  };

  uint32_t IssuerId(const std::string& issuer) {
    // Objects mostly come issuer by issuer: the last answer spares a hash.
    if (!issuer_names_.empty() && *issuer_names_[last_issuer_] == issuer) return last_issuer_;
    auto [it, added] = issuer_ids_.try_emplace(issuer, static_cast<uint32_t>(issuer_names_.size()));
    if (added) issuer_names_.push_back(&it->first);
    return last_issuer_ = it->second;
  }

  static uint64_t Pairs(std::vector<uint64_t>& c, std::vector<uint64_t>& p) {
    std::sort(c.begin(), c.end());
    std::sort(p.begin(), p.end());
    std::vector<uint64_t> both;
    std::set_intersection(c.begin(), c.end(), p.begin(), p.end(), std::back_inserter(both));
    return both.size();
  }

  ScanResult& res_;
  DigestSet seen_;
  std::vector<PerLint> lints_;
  std::unordered_map<std::string, uint32_t> issuer_ids_;
  std::vector<const std::string*> issuer_names_;  // by id (unordered_map keys do not move)
  uint32_t last_issuer_ = 0;                      // IssuerId's last answer
  std::unordered_map<uint32_t, IssuerSerialStats> serials_;
  std::vector<uint64_t> all_cert_keys_, all_precert_keys_;
};

}  // namespace

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
  // Spare batches: more than can be in flight at once, so a returned batch
  // is only dropped (freed) when the pipeline is shrinking.
  BoundedQueue<Batch> spare_work(static_cast<size_t>(jobs) * 6 + 2);
  BoundedQueue<ResultBatch> spare_done(static_cast<size_t>(jobs) * 6 + 2);
  std::vector<std::thread> workers;
  for (int i = 0; i < jobs; ++i) {
    workers.emplace_back([&] {
      Worker w(runner, opt);
      Batch b;
      while (work.Pop(&b)) {
        ResultBatch r = Reuse(&spare_done);
        r.unparsable = r.filtered_out = 0;
        w.Process(b, &r);
        spare_work.TryPush(b);
        done.Push(std::move(r));
      }
    });
  }

  QueueSink sink(&work, &spare_work, stop);
  // Aggregation runs on its own thread so that readers and workers never wait for it.
  std::thread aggregator([&] {
    Aggregator agg(&res, opt.total_bytes);
    auto last_progress = Clock::now();
    ResultBatch b;
    while (done.Pop(&b)) {
      res.unparsable += b.unparsable;
      res.filtered_out += b.filtered_out;
      for (auto& p : b.problems)
        if (res.problems.size() < 10000) res.problems.push_back(std::move(p));
      for (size_t k = 0; k < b.size; ++k) {
        const ObjectReport& r = b.reports[k];
        if (!agg.Add(r)) continue;  // a duplicate
        if (on_object) on_object(r, res);
      }
      spare_done.TryPush(b);
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
    agg.Finish();
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
