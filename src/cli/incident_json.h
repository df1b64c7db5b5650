// File: cli/incident_json.h
// The JSON form of an incident (`cair incident export` / `import`), streamed
// both ways so that memory stays flat in the number of certificates (issue
// 18): the writer reads each problem's certificates from the store one at a
// time; the reader (nlohmann's SAX interface) inserts each certificate as
// soon as its object is parsed, all in one transaction.
#ifndef CAIR_CLI_INCIDENT_JSON_H_
#define CAIR_CLI_INCIDENT_JSON_H_

#include <cstdint>
#include <istream>
#include <ostream>

#include "incident/store.h"

namespace cair::cli {

// The export format's version (the "cair_incident_export" member).
inline constexpr int kExportFormat = 1;

// Writes incident `id` as export JSON (two-space indentation, members in a
// fixed order; no final newline).
base::StatusOr<bool> WriteIncidentJson(incident::Store& store, int64_t id, std::ostream& out);

// Imports export JSON from `in` under a new id. "cair_incident_export" and
// "incident" must come before "problems" (as the export writes them).
// Errors name the JSON path ("problems[0].certificates[12].not_before: ...")
// or the byte where the JSON is malformed; nothing is saved then.
base::StatusOr<int64_t> ImportIncidentJson(incident::Store& store, std::istream& in);

}  // namespace cair::cli

#endif  // CAIR_CLI_INCIDENT_JSON_H_
