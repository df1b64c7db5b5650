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

}  // namespace cair::lint
