// `cair monitor ocsp`: probe a CA's OCSP responders for its certificates,
// for the serials its CRLs revoke and for serials it never issued, and report
// what a relying party would be told wrongly (monitor/ocsp_probe.h).
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/monitor_command.h"
#include "cli/monitor_probe_flags.h"
#include "monitor/crl_history.h"
#include "monitor/ocsp_probe.h"
#include "monitor/ocsp_targets.h"
#include "x509/input.h"

namespace cair::cli {
namespace {

struct OcspFlags {
  MonitorOptions monitor;
  std::string issuer_cert, url;
  std::vector<std::string> certs, crls;
  int unissued = 0;
  std::vector<std::string> methods = {"post"}, hashes = {"sha1"};
  double timeout_s = 10;
  int in_flight = 8;
};

// `cair monitor ocsp --help`.
constexpr const char* kOcspHelp =
    "Probe OCSP responders (RFC 6960) for certificates, for serials revoked on CRLs and for never-issued serials.\n"
    "Findings: ocsp-good-for-revoked, ocsp-revocation-mismatch, ocsp-good-for-unissued, ocsp-stale,\n"
    "ocsp-validity-too-long, ocsp-validity-too-short, ocsp-signature-invalid, ocsp-responder-unauthorized,\n"
    "ocsp-http-error, ocsp-timeout, ocsp-wrong-content-type, ocsp-malformed, ocsp-error-status; each carries\n"
    "the request that produced it (method, URL, CertID hash, serial, the DER request in base64).\n\n"
    "Examples:\n"
    "  cair monitor ocsp --issuer-cert ca.pem --certs issued.pem --json\n"
    "  cair monitor ocsp --issuer-cert ca.pem --url http://ocsp.example.com --crl ca.crl --unissued 20\n"
    "  cair monitor ocsp --issuer-cert ca.pem --certs leaf.pem --method post,get --hash sha1,sha256\n"
    "  cair monitor ocsp --issuer-cert ca.pem --certs leaf.pem --incident 7   # attach the findings\n\n"
    "The responder is --url, else each certificate's AIA id-ad-ocsp URL (CRL and random serials use the\n"
    "first such URL). Findings are recorded in the store (--db). Exit: 0 no error-level finding, 1 some,\n"
    "2 usage, 3 an input could not be read (named; the rest is still probed).";

void RunOcspProbe(const OcspFlags& f, int* exit_code) {
  auto issuer = ReadIssuerCertificate("--issuer-cert", f.issuer_cert, exit_code);
  if (!issuer) return;
  monitor::OcspProbeOptions opt;
  if (!ParseProbeChoices(f.methods, f.hashes, &opt, exit_code)) return;
  opt.fetch.timeout_ms = static_cast<long>(f.timeout_s * 1000);
  opt.fetch.in_flight = static_cast<size_t>(f.in_flight);

  int64_t now = 0;
  auto store = OpenStore(f.monitor.store, &now, exit_code);
  if (!store) return;
  if (!f.monitor.store.now.empty()) opt.now = now;

  // Certificates first: their AIA URL is the responder for the CRL's and the
  // random serials when --url is absent.
  monitor::TargetBuilder targets(*issuer, f.url);
  bool bad_input = false;
  std::string error;
  for (const auto& file : f.certs) {
    auto data = ReadWholeFile(file, &error);
    if (!data)
      std::cerr << "cair monitor ocsp: --certs " << error << "\n";
    bad_input |= !data || !targets.AddCertificates(*data, file);
  }
  for (const auto& file : f.crls) {
    auto data = ReadWholeFile(file, &error);
    if (!data) std::cerr << "cair monitor ocsp: --crl " << error << "\n";
    // A CRL file may be PEM or DER.
    auto decoded = data ? x509::DecodeObjects(*data, x509::InputFormat::kDetect) : x509::DecodeResult{};
    if (data && decoded.objects.empty()) std::cerr << "cair monitor ocsp: --crl " << file << ": no CRL in it\n";
    bad_input |= !data || decoded.objects.empty();
    for (const auto& o : decoded.objects) bad_input |= !targets.AddCrl(o.der, file);
  }
  if (f.unissued > 0 && !targets.AddUnissued(f.unissued)) bad_input = true;
  for (const auto& e : targets.errors()) std::cerr << "cair monitor ocsp: " << e << "\n";
  if (targets.targets().empty()) {
    std::cerr << "cair monitor ocsp: nothing to probe (give --certs, --crl or --unissued N)\n";
    *exit_code = bad_input ? kExitBadInput : kExitUsage;
    return;
  }
  monitor::OcspProbeResult r = monitor::ProbeOcsp(*issuer, targets.targets(), opt);
  if (!r.error.empty()) {
    std::cerr << "cair monitor ocsp: --issuer-cert " << f.issuer_cert << ": " << r.error << "\n";
    *exit_code = kExitBadInput;
    return;
  }
  std::cerr << "cair monitor ocsp: " << targets.targets().size() << " serials, " << r.observations.size() << " requests, "
            << r.findings.size() << " findings\n";
  auto ids = monitor::RecordFindings(*store, r.findings, std::nullopt, now);
  if (!ids.ok()) {
    std::cerr << "cair monitor ocsp: store: " << ids.status().message() << "\n";
    *exit_code = kExitBadInput;
    return;
  }
  FinishMonitorRun(*store, f.monitor, r.findings, *ids, bad_input, now, exit_code);
}

}  // namespace

void AddMonitorOcspCommand(CLI::App& app, int* exit_code) {
  CLI::App* monitor = MonitorGroup(app);
  auto f = std::make_shared<OcspFlags>();
  CLI::App* cmd = monitor->add_subcommand("ocsp", kOcspHelp);
  cmd->add_option("--issuer-cert", f->issuer_cert, "The CA certificate that issued the serials probed (PEM or DER)")
      ->required();
  cmd->add_option("--url", f->url, "The responder to ask (default: each certificate's AIA OCSP URL)");
  cmd->add_option("--certs", f->certs, "Certificates the CA issued (PEM bundles or DER)")->expected(1, -1);
  cmd->add_option("--crl", f->crls, "CRLs of the CA: each revoked serial must be \"revoked\", same time and reason")
      ->expected(1, -1);
  cmd->add_option("--unissued", f->unissued, "Ask about N random serials the CA never issued (must not be \"good\")")
      ->check(CLI::Range(0, 100000));
  cmd->add_option("--method", f->methods, "post, get or both (comma-separated; default post)")->delimiter(',');
  cmd->add_option("--hash", f->hashes, "CertID hash: sha1, sha256 or both (comma-separated; default sha1)")->delimiter(',');
  cmd->add_option("--timeout", f->timeout_s, "Seconds per request (default 10, BR 4.10.2)")->check(CLI::Range(0.05, 600.0));
  cmd->add_option("--in-flight", f->in_flight, "Requests in flight at once (default 8)")->check(CLI::Range(1, 256));
  AddMonitorOptions(cmd, &f->monitor);
  cmd->callback([f, exit_code] { RunOcspProbe(*f, exit_code); });
}

}  // namespace cair::cli
