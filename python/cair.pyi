"""Type hints for the `cair` extension module (python/cair_module.cc)."""

from typing import List, Optional, TypedDict

__version__: str

class Result(TypedDict, total=False):
    result: str   # "pass", "NA", "NE", "info", "warn", "error" or "fatal"
    details: str  # present only when the lint said something

class Finding(TypedDict):
    lint: str     # the lint's stable name, e.g. "e_subject_placeholder_value"
    result: str   # "info", "warn", "error" or "fatal"
    details: str  # may be empty

class LintInfo(TypedDict):
    name: str
    description: str
    citation: str
    source: str                      # zlint's LintSource, e.g. "CABF_BR"
    effective_date: Optional[str]    # RFC 3339; None: in force since always
    ineffective_date: Optional[str]  # RFC 3339; None: still in force
    object_type: str                 # "certificate", "crl" or "ocsp"

def lint(der: bytes) -> dict[str, Result]:
    """cair lint's JSON for one DER object; ValueError when nothing parses."""

def findings(der: bytes) -> List[Finding]:
    """The info, warn, error and fatal results, by lint name; ValueError when nothing parses."""

def lints() -> List[LintInfo]:
    """Every lint's metadata, by name."""

def sha256(der: bytes) -> str:
    """Lower-case hex SHA-256 of the bytes."""

def der_objects(data: bytes, errors: Optional[List[str]] = None) -> List[bytes]:
    """Every object in PEM, DER or base64 data, as DER. A bad block raises ValueError, or is
    described in `errors` when a list is given (the good objects are still returned)."""
