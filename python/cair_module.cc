// The Python module `cair` (pybind11): cair's lint engine for one DER object
// per call. Linting runs with the GIL released, so threads scale over cores;
// results become Python objects after the GIL is taken back.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <string>
#include <string_view>
#include <vector>

#include "base/sha256.h"
#include "der/values.h"
#include "embed/linter.h"
#include "x509/input.h"

namespace py = pybind11;

namespace {

using cair::embed::Linter;
using cair::embed::Outcome;

const Linter& Engine() {
  static const Linter* linter = new Linter();  // every lint, default configuration
  return *linter;
}

std::string_view View(const py::bytes& b) {
  char* data = nullptr;
  Py_ssize_t size = 0;
  if (PyBytes_AsStringAndSize(b.ptr(), &data, &size) != 0) throw py::error_already_set();
  return std::string_view(data, static_cast<size_t>(size));
}

// Lints `der` without the GIL (the bytes object is immutable and the caller
// holds a reference to it). Raises ValueError when nothing parses.
Outcome Run(const py::bytes& der) {
  std::string_view v = View(der);
  Outcome o;
  {
    py::gil_scoped_release release;
    o = Engine().Lint(cair::der::Input(v));
  }
  if (o.kind == cair::embed::Kind::kUnparsable)
    throw py::value_error("not a certificate, CRL or OCSP response: " + cair::embed::ValidUtf8(o.error));
  return o;
}

py::dict LintDict(const py::bytes& der) {
  Outcome o = Run(der);
  py::dict out;
  for (const auto& e : o.results) {
    py::dict r;
    r["result"] = cair::lint::StatusName(e.result.status);
    if (!e.result.details.empty()) r["details"] = cair::embed::ValidUtf8(e.result.details);
    out[py::str(e.lint->name.data(), e.lint->name.size())] = std::move(r);
  }
  return out;
}

py::list FindingList(const py::bytes& der) {
  Outcome o = Run(der);
  py::list out;
  for (const auto& f : cair::embed::Findings(o)) {
    py::dict d;
    d["lint"] = py::str(f.lint.data(), f.lint.size());
    d["result"] = cair::lint::StatusName(f.status);
    d["details"] = f.details;
    out.append(std::move(d));
  }
  return out;
}

py::object DateOrNone(int64_t t, int64_t unbounded) {
  if (t == unbounded) return py::none();
  return py::str(cair::der::FormatRfc3339(t));
}

py::list LintList() {
  py::list out;
  for (const auto* m : Engine().lints()) {
    py::dict d;
    d["name"] = py::str(m->name.data(), m->name.size());
    d["description"] = py::str(m->description.data(), m->description.size());
    d["citation"] = py::str(m->citation.data(), m->citation.size());
    d["source"] = cair::lint::SourceName(m->source);
    d["effective_date"] = DateOrNone(m->effective, cair::lint::kAlways);
    d["ineffective_date"] = DateOrNone(m->ineffective, cair::lint::kNever);
    d["object_type"] = cair::lint::ObjectTypeName(m->type);
    out.append(std::move(d));
  }
  return out;
}

py::list DerObjects(const py::bytes& data, py::object errors) {
  std::string_view v = View(data);
  cair::x509::DecodeResult decoded;
  {
    py::gil_scoped_release release;
    decoded = cair::x509::DecodeObjects(v, cair::x509::InputFormat::kDetect);
  }
  if (!decoded.errors.empty()) {
    if (errors.is_none()) throw py::value_error(decoded.errors.front());
    for (const auto& e : decoded.errors) errors.attr("append")(e);
  }
  py::list out;
  for (const auto& o : decoded.objects) out.append(py::bytes(o.der));
  return out;
}

}  // namespace

PYBIND11_MODULE(cair, m) {
  m.doc() =
      "cair's certificate, CRL and OCSP linter (zlint's catalogue and more), one DER object per call.\n\n"
      "    import cair\n"
      "    for der in cair.der_objects(open('bundle.pem', 'rb').read()):\n"
      "        for f in cair.findings(der):\n"
      "            print(cair.sha256(der), f['lint'], f['result'], f['details'])\n\n"
      "Linting releases the GIL: threads lint in parallel.";
  m.attr("__version__") = CAIR_VERSION;
  Engine();  // register and configure every lint once, at import
  m.def("lint", &LintDict, py::arg("der"),
        "cair lint's JSON for one DER object as a dict: every lint name to {'result': ..., 'details'?: ...}.\n"
        "Raises ValueError when the bytes are not a certificate, CRL or OCSP response.");
  m.def("findings", &FindingList, py::arg("der"),
        "The info, warn, error and fatal results for one DER object, by lint name:\n"
        "[{'lint': ..., 'result': ..., 'details': ...}]. Raises ValueError when nothing parses.");
  m.def("lints", &LintList,
        "Every lint's metadata: name, description, citation, source, effective_date and\n"
        "ineffective_date (RFC 3339, or None when unbounded), object_type.");
  m.def(
      "sha256", [](const py::bytes& der) { return cair::base::Sha256Hex(View(der)); }, py::arg("der"),
      "Lower-case hex SHA-256 of the bytes (the identity cair scan de-duplicates by).");
  m.def("der_objects", &DerObjects, py::arg("data"), py::arg("errors") = py::none(),
        "Every object in PEM (any number of blocks), DER or base64 data, as DER bytes.\n"
        "A bad block (named by its line) raises ValueError, or, when `errors` is a list, is\n"
        "appended to it and the good objects are still returned.");
}
