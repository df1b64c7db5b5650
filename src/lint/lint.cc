#include "lint/lint.h"

namespace cair::lint {

const char* StatusName(Status s) {
  switch (s) {
    case Status::kNA: return "NA";
    case Status::kNE: return "NE";
    case Status::kPass: return "pass";
    case Status::kInfo: return "info";
    case Status::kWarn: return "warn";
    case Status::kError: return "error";
    case Status::kFatal: return "fatal";
  }
  return "fatal";
}

std::optional<Status> ParseStatus(std::string_view s) {
  for (Status st : {Status::kNA, Status::kNE, Status::kPass, Status::kInfo, Status::kWarn,
                    Status::kError, Status::kFatal})
    if (s == StatusName(st)) return st;
  return std::nullopt;
}

namespace {
constexpr std::pair<Source, const char*> kSources[] = {
    {Source::kRfc5280, "RFC5280"},   {Source::kRfc5480, "RFC5480"},
    {Source::kRfc5891, "RFC5891"},   {Source::kRfc3279, "RFC3279"},
    {Source::kRfc6960, "RFC6960"},   {Source::kRfc6962, "RFC6962"},
    {Source::kRfc8813, "RFC8813"},   {Source::kCommunity, "Community"},
    {Source::kCabfBr, "CABF_BR"},    {Source::kCabfEv, "CABF_EV"},
    {Source::kCabfSmimeBr, "CABF_SMIME_BR"}, {Source::kCabfCsBr, "CABF_CS_BR"},
    {Source::kEtsiEsi, "ETSI_ESI"},  {Source::kMozilla, "Mozilla"},
    {Source::kApple, "Apple"},       {Source::kChrome, "Chrome"},
    {Source::kCair, "cair"},
};
}  // namespace

const char* SourceName(Source s) {
  for (const auto& [src, name] : kSources)
    if (src == s) return name;
  return "unknown";
}

std::optional<Source> ParseSource(std::string_view s) {
  for (const auto& [src, name] : kSources)
    if (s == name) return src;
  return std::nullopt;
}

const char* ObjectTypeName(ObjectType t) {
  switch (t) {
    case ObjectType::kCertificate: return "certificate";
    case ObjectType::kCrl: return "crl";
    case ObjectType::kOcspResponse: return "ocsp_response";
  }
  return "certificate";
}

std::vector<PeerCode> PeerCodes(const Metadata& m) {
  std::vector<PeerCode> out;
  auto trim = [](std::string_view v) {
    while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
    while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
    return v;
  };
  std::string_view rest = m.peers;
  while (!rest.empty()) {
    size_t semi = rest.find(';');
    std::string_view entry = trim(rest.substr(0, semi));
    rest = semi == std::string_view::npos ? std::string_view{} : rest.substr(semi + 1);
    if (entry.empty()) continue;
    PeerCode pc{{}, entry};
    size_t colon = entry.find(':');
    if (colon != std::string_view::npos) {
      for (std::string_view l : kPeerLinters)
        if (entry.substr(0, colon) == l) pc = {l, trim(entry.substr(colon + 1))};
    }
    out.push_back(pc);
  }
  return out;
}

}  // namespace cair::lint
