#!/usr/bin/env python3
"""Generates testdata/lints/<lint>/<case>.pem for the BR 7.1.2 certificate
profile lints (src/lints/cabf_br/*_br_*.cc): for each lint one certificate
that breaks the rule and one that keeps it.

Certificates are made by the openssl command line, issued by the test CA of
tools/make_lint_cases.py (imported as a module for its helpers; its own
cases are not touched). Rerun to rebuild:

    python3 tools/make_lint_cases_br_profiles.py [OUTDIR] [--only LINT ...]

(--only rewrites only the named lints' cases, leaving the others' files as
they are.)

Each file starts with the `# key: value` lines that tests/lint_cases_test.cc
and the docs generator read. The verdicts were checked against pkilint
(../shared/peers/bin/pkilint lint_cabf_serverauth_cert lint -d FILE), which
reports the lint's peer code on the failing case and not on the passing one.
"""
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_lint_cases as base  # noqa: E402

_ARGS = sys.argv[1:]
ONLY = set(_ARGS[_ARGS.index("--only") + 1:]) if "--only" in _ARGS else None
_ARGS = _ARGS[:_ARGS.index("--only")] if "--only" in _ARGS else _ARGS
OUT = _ARGS[0] if _ARGS else "testdata/lints"
base.OUT = OUT

# A subscriber certificate that keeps every rule these lints check.
LEAF = {
    "basicConstraints": "critical,CA:FALSE",
    "keyUsage": "critical,digitalSignature",
    "extendedKeyUsage": "serverAuth",
    "subjectAltName": "DNS:www.example.com",
    "authorityKeyIdentifier": "keyid",
    "subjectKeyIdentifier": "none",
    "authorityInfoAccess": "caIssuers;URI:http://ca.example.com/ca.crt",
    "certificatePolicies": "2.23.140.1.2.1",
}
# A subordinate TLS CA certificate, likewise.
SUBCA = {
    "basicConstraints": "critical,CA:TRUE,pathlen:0",
    "keyUsage": "critical,keyCertSign,cRLSign,digitalSignature",
    "extendedKeyUsage": "serverAuth",
    "authorityKeyIdentifier": "keyid",
    "subjectKeyIdentifier": "hash",
    "authorityInfoAccess": "caIssuers;URI:http://ca.example.com/ca.crt",
    "certificatePolicies": "2.23.140.1.2.1",
    "crlDistributionPoints": "URI:http://crl.example.com/ca.crl",
}
# A root CA certificate, likewise.
ROOT = {
    "basicConstraints": "critical,CA:TRUE",
    "keyUsage": "critical,keyCertSign,cRLSign",
    "subjectKeyIdentifier": "hash",
    "authorityKeyIdentifier": "keyid:always",
}
# A delegated OCSP responder certificate (BRs 7.1.2.8), likewise.
OCSP = {
    "basicConstraints": "critical,CA:FALSE",
    "keyUsage": "critical,digitalSignature",
    "extendedKeyUsage": "OCSPSigning",
    "authorityKeyIdentifier": "keyid",
    "subjectKeyIdentifier": "hash",
    "noCheck": "ignored",
}
TEST_POLICY = "1.3.6.1.4.1.57264.99.1"  # an arc of no one's policy, for the tests


def _config(exts, sections):
    lines = ["[req]", "distinguished_name=dn", "[dn]", "[v3]"]
    lines += ["%s=%s" % (k, v) for k, v in exts.items() if v is not None]
    for name, body in sections.items():
        lines += ["[%s]" % name] + body
    return "\n".join(lines) + "\n"


def make(exts, subject="/CN=www.example.com", key="ec", root=False, sections=None, digest="sha256",
         multivalue=False, days=None, rsa_bits=2048):
    """A certificate with exactly the extensions `exts` (None drops one):
    issued by the test CA, or self-signed when `root`; signed with `digest`;
    `multivalue` lets the subject join attributes with "+" into one RDN;
    valid for `days` (default 3650 for a root, 90 otherwise); an RSA key has
    `rsa_bits` bits. Returns DER."""
    if key == "rsa":
        base.run("openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:%d" % rsa_bits, "-out", "c.key")
    else:
        base.run("openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "c.key")
    with open(os.path.join(base.WORK, "c.cnf"), "w") as f:
        f.write(_config(exts, sections or {}))
    if root:
        base.run("openssl", "req", "-x509", "-new", "-utf8", "-key", "c.key", "-config", "c.cnf", "-extensions", "v3",
                 "-subj", subject, "-days", str(days or 3650), "-set_serial", "0x41a08f36e9d27c415c7e2b9d",
                 "-outform", "der", "-out", "c.der")
    else:
        base.run("openssl", "req", "-new", "-utf8", "-key", "c.key", "-subj", subject, "-config", "c.cnf",
                 *(["-multivalue-rdn"] if multivalue else []), "-out", "c.csr")
        base.run("openssl", "x509", "-req", "-in", "c.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-set_serial",
                 "0x5c7e2b9d41a08f36e9d27c41", "-days", str(days or 90), "-" + digest, "-extfile", "c.cnf", "-extensions", "v3",
                 "-outform", "der", "-out", "c.der")
    with open(os.path.join(base.WORK, "c.der"), "rb") as f:
        return f.read()


def subca(subject="/C=US/O=Example/CN=Example TLS CA", **exts):
    """A subordinate TLS CA certificate: SUBCA with `exts` replaced."""
    return make({**SUBCA, **exts}, subject=subject)


def write(lint, case, expect, why, der, cert_type=None):
    """`cert_type`: the certificate type the case is linted as (cair's
    --cert-type, pkilint's --type), for the profiles a certificate alone
    cannot be told by; None for detection."""
    if ONLY is not None and lint not in ONLY:
        return
    d = os.path.join(OUT, lint)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, case + ".pem"), "w") as f:
        f.write("# lint: %s\n# case: %s\n# expect: %s\n# why: %s\n" % (lint, case, expect, why))
        if cert_type:
            f.write("# cert-type: %s\n" % cert_type)
        f.write("# made by: tools/make_lint_cases_br_profiles.py\n")
        f.write(base.pem(der))


def pair(lint, fail, passing, expect="warn", cert_type=None):
    """`fail` and `passing`: (case name, why, DER)."""
    write(lint, fail[0], expect, fail[1], fail[2], cert_type)
    write(lint, passing[0], "pass", passing[1], passing[2], cert_type)


def cases():
    pair("w_br_policy_qualifiers_present",
         ("fail_cps_qualifier", "The DV policy carries a CPS URI qualifier (NOT RECOMMENDED, BRs 7.1.2.7.9).",
          make({**LEAF, "certificatePolicies": "@pol"},
               sections={"pol": ["policyIdentifier=2.23.140.1.2.1", "CPS.1=http://example.com/cps"]})),
         ("pass_no_qualifier", "The DV policy alone, without qualifiers.", make(LEAF)))
    pair("w_br_subscriber_ski_present",
         ("fail_ski", "A subscriber certificate with subjectKeyIdentifier (NOT RECOMMENDED, BRs 7.1.2.7.6).",
          make({**LEAF, "subjectKeyIdentifier": "hash"})),
         ("pass_no_ski", "No subjectKeyIdentifier.", make(LEAF)))
    pair("w_br_subscriber_rsa_ds_and_ke_present",
         ("fail_rsa_ds_ke", "RSA key with digitalSignature and keyEncipherment.",
          make({**LEAF, "keyUsage": "critical,digitalSignature,keyEncipherment"}, key="rsa")),
         ("pass_rsa_ds", "RSA key with digitalSignature only.", make(LEAF, key="rsa")))
    pair("e_br_subscriber_reserved_policy_missing",
         ("fail_no_reserved", "Only a CA-defined policy, no CA/B Forum reserved identifier (BRs 7.1.2.7.9).",
          make({**LEAF, "certificatePolicies": TEST_POLICY})),
         ("pass_dv", "The DV reserved identifier.", make(LEAF)), expect="error")
    pair("w_br_subscriber_first_policy_not_reserved",
         ("fail_reserved_second", "The reserved identifier follows a CA-defined policy (BRs 7.1.2.7.9: SHOULD be first).",
          make({**LEAF, "certificatePolicies": TEST_POLICY + ",2.23.140.1.2.1"})),
         ("pass_reserved_first", "The reserved identifier comes first.",
          make({**LEAF, "certificatePolicies": "2.23.140.1.2.1," + TEST_POLICY})))
    pair("w_br_ca_first_policy_not_reserved",
         ("fail_reserved_second", "A TLS CA whose reserved identifier follows a CA-defined policy (BRs 7.1.2.10.5).",
          subca(certificatePolicies=TEST_POLICY + ",2.23.140.1.2.1")),
         ("pass_reserved_first", "The reserved identifier comes first.",
          subca(certificatePolicies="2.23.140.1.2.1," + TEST_POLICY)))
    pair("w_br_crldp_multiple_distribution_points",
         ("fail_two_points", "Two DistributionPoints (NOT RECOMMENDED, BRs 7.1.2.11.2).",
          make({**LEAF, "crlDistributionPoints": "dp1,dp2"},
               sections={"dp1": ["fullname=URI:http://crl.example.com/1.crl"],
                         "dp2": ["fullname=URI:http://crl2.example.com/1.crl"]})),
         ("pass_one_point", "One DistributionPoint.",
          make({**LEAF, "crlDistributionPoints": "URI:http://crl.example.com/1.crl"})))
    pair("w_br_root_aki_missing",
         ("fail_no_aki", "A root without authorityKeyIdentifier (RECOMMENDED, BRs 7.1.2.1.2).",
          make({**ROOT, "authorityKeyIdentifier": "none"}, subject="/C=US/O=Example/CN=Example Root", root=True)),
         ("pass_aki", "A root with authorityKeyIdentifier.",
          make(ROOT, subject="/C=US/O=Example/CN=Example Root", root=True)))
    pair("w_br_ca_subject_attribute_unlisted",
         ("fail_email_attribute", "A TLS CA subject with emailAddress, which BRs 7.1.2.10.2 does not list.",
          subca(subject="/C=US/O=Example/CN=Example TLS CA/emailAddress=ca@example.com")),
         ("pass_c_o_cn", "countryName, organizationName, commonName.",
          subca()))
    pair("w_br_subscriber_extension_unlisted",
         ("fail_tls_feature", "A subscriber certificate with the TLS feature extension, not in BRs 7.1.2.7.6.",
          make({**LEAF, "tlsfeature": "status_request"})),
         ("pass_profile_extensions", "Only extensions of the subscriber profile.", make(LEAF)))
    pair("w_br_ca_extension_unlisted",
         ("fail_netscape_comment", "A TLS CA with a Netscape comment extension, not in BRs 7.1.2.6.1.",
          subca(nsComment="test")),
         ("pass_profile_extensions", "Only extensions of the CA profile.",
          subca()))
    pair("w_br_root_extension_unlisted",
         ("fail_netscape_comment", "A root with a Netscape comment extension, not in BRs 7.1.2.1.2.",
          make({**ROOT, "nsComment": "test"}, subject="/C=US/O=Example/CN=Example Root", root=True)),
         ("pass_profile_extensions", "Only extensions of the root profile.",
          make(ROOT, subject="/C=US/O=Example/CN=Example Root", root=True)))
    pair("w_br_name_constraints_discouraged_type",
         ("fail_rfc822_subtree", "A constrained TLS CA with an rfc822Name subtree (NOT RECOMMENDED, BRs 7.1.2.10.8).",
          subca(nameConstraints="critical,permitted;DNS:example.com,permitted;email:.example.com")),
         ("pass_dns_subtree", "A dNSName subtree only.",
          subca(nameConstraints="critical,permitted;DNS:example.com")))
    pair("e_br_tls_ca_subject_ou_present",
         ("fail_root_ou", "A root whose subject has organizationalUnitName (MUST NOT, BRs 7.1.2.10.2).",
          make(ROOT, subject="/C=US/O=Example/OU=PKI/CN=Example Root", root=True)),
         ("pass_root_no_ou", "No organizationalUnitName.",
          make(ROOT, subject="/C=US/O=Example/CN=Example Root", root=True)), expect="error")
    pair("e_br_subscriber_key_usage_prohibited",
         ("fail_ec_non_repudiation", "An ECDSA key with nonRepudiation, which BRs 7.1.2.7.11 does not list.",
          make({**LEAF, "keyUsage": "critical,digitalSignature,nonRepudiation"})),
         ("pass_ec_ds", "An ECDSA key with digitalSignature only.", make(LEAF)), expect="error")
    pair("w_br_subscriber_key_usage_discouraged",
         ("fail_ec_key_agreement", "An ECDSA key with keyAgreement (NOT RECOMMENDED, BRs 7.1.2.7.11).",
          make({**LEAF, "keyUsage": "critical,digitalSignature,keyAgreement"})),
         ("pass_ec_ds", "An ECDSA key with digitalSignature only.", make(LEAF)))
    ov_policy = {**LEAF, "certificatePolicies": "2.23.140.1.2.2"}
    ov_subject = "/C=US/ST=California/L=Mountain View/%sO=Example Inc./CN=www.example.com"
    pair("w_br_subscriber_street_address_present",
         ("fail_ov_street", "An OV subject with streetAddress (NOT RECOMMENDED, BRs 7.1.2.7.4).",
          make(ov_policy, subject=ov_subject % "street=1 Main Street/")),
         ("pass_ov_no_street", "An OV subject without streetAddress.", make(ov_policy, subject=ov_subject % "")))
    pair("w_br_subscriber_postal_code_present",
         ("fail_ov_postal_code", "An OV subject with postalCode (NOT RECOMMENDED, BRs 7.1.2.7.4).",
          make(ov_policy, subject=ov_subject % "postalCode=94043/")),
         ("pass_ov_no_postal_code", "An OV subject without postalCode.", make(ov_policy, subject=ov_subject % "")))
    pair("e_br_subject_attribute_repeated",
         ("fail_ca_two_dc", "A TLS CA subject with two domainComponent attributes (only OV subscribers may repeat "
          "it, BRs 7.1.4.1 and 7.1.2.7.4).", subca(subject="/DC=com/DC=example/C=US/O=Example/CN=Example TLS CA")),
         ("pass_ov_two_dc", "An OV subscriber subject with two domainComponent attributes (allowed, BRs 7.1.2.7.4).",
          make(ov_policy, subject="/DC=com/DC=example/C=US/ST=California/L=Mountain View/O=Example Inc."
                                  "/CN=www.example.com")), expect="error")
    pair("e_br_subject_rdn_multiple_attributes",
         ("fail_o_plus_cn", "A TLS CA subject whose last RDN holds organizationName and commonName (BRs 7.1.4.1).",
          make(SUBCA, subject="/C=US/O=Example+CN=Example TLS CA", multivalue=True)),
         ("pass_one_per_rdn", "One attribute per RDN.", subca()), expect="error")
    pair("e_br_tls_ca_eku_missing",
         ("fail_no_eku", "A subordinate CA without extKeyUsage, so a TLS CA whose profile requires it (BRs 7.1.2.6.1).",
          subca(extendedKeyUsage=None)),
         ("pass_server_auth", "extKeyUsage serverAuth.", subca()), expect="error")
    pair("e_br_signature_algorithm_encoding_prohibited",
         ("fail_ecdsa_sha224", "Signed with ecdsa-with-SHA224, which BRs 7.1.3.2 does not list.",
          make(LEAF, digest="sha224")),
         ("pass_ecdsa_sha256", "Signed with ecdsa-with-SHA256.", make(LEAF)), expect="error")
    pair("w_br_subscriber_attribute_unlisted",
         ("fail_ov_email_address", "An OV subject with emailAddress, which BRs 7.1.2.7.4 does not list.",
          make(ov_policy, subject=ov_subject % "" + "/emailAddress=admin@example.com")),
         ("pass_ov_listed", "Only attributes of the OV table.", make(ov_policy, subject=ov_subject % "")))
    pair("e_br_subscriber_ov_personal_name_present",
         ("fail_ov_surname", "An OV subject with surname (MUST NOT, BRs 7.1.2.7.4).",
          make(ov_policy, subject=(ov_subject % "").replace("/CN=", "/SN=Doe/CN="))),
         ("pass_ov_no_personal_name", "Neither surname nor givenName.", make(ov_policy, subject=ov_subject % "")),
         expect="error")
    precert = "1.3.6.1.4.1.11129.2.4.4"
    pair("e_br_precert_signing_ca_eku_not_precert_only",
         ("fail_precert_and_server_auth", "A precertificate signing CA whose EKU adds serverAuth (MUST NOT, "
          "BRs 7.1.2.4.2).", subca(subject="/C=US/O=Example/CN=Example Precertificate Signing CA",
                                   extendedKeyUsage=precert + ",serverAuth")),
         ("pass_precert_only", "The Precertificate Signing purpose alone.",
          subca(subject="/C=US/O=Example/CN=Example Precertificate Signing CA", extendedKeyUsage=precert)),
         expect="error")
    ev_policy = {**LEAF, "certificatePolicies": "2.23.140.1.1"}
    ev_subject = ("/businessCategory=Private Organization/serialNumber=1234567/C=US/ST=California"
                  "/O=Example Inc./CN=www.example.com")
    pair("e_ev_jurisdiction_country_missing",
         ("fail_no_jurisdiction_country", "An EV subject without jurisdictionCountryName (EVGs 7.1.4.2.4).",
          make(ev_policy, subject=ev_subject)),
         ("pass_jurisdiction_country", "jurisdictionCountryName US.",
          make(ev_policy, subject="/jurisdictionC=US" + ev_subject)), expect="error")
    responder = "/C=US/O=Example/CN=Example OCSP Responder"

    def ocsp(**exts):
        return make({**OCSP, **exts}, subject=responder)
    pair("w_br_ocsp_responder_extension_unlisted",
         ("fail_netscape_comment", "An OCSP responder with a Netscape comment extension, not in BRs 7.1.2.8.2.",
          ocsp(nsComment="test")),
         ("pass_profile_extensions", "Only extensions of the OCSP responder profile.", ocsp()))
    pair("e_br_ocsp_responder_extension_missing",
         ("fail_no_aki", "An OCSP responder without authorityKeyIdentifier (MUST, BRs 7.1.2.8.2).",
          ocsp(authorityKeyIdentifier="none")),
         ("pass_aki_and_ku", "authorityKeyIdentifier and keyUsage present.", ocsp()), expect="error")
    pair("e_br_ocsp_responder_extension_prohibited",
         ("fail_san", "An OCSP responder with subjectAltName (MUST NOT, BRs 7.1.2.8.2).",
          ocsp(subjectAltName="DNS:ocsp.example.com")),
         ("pass_no_san", "Neither subjectAltName nor nameConstraints.", ocsp()), expect="error")
    pair("w_br_ocsp_responder_aia_present",
         ("fail_aia", "An OCSP responder with authorityInformationAccess (NOT RECOMMENDED, BRs 7.1.2.8.2).",
          ocsp(authorityInfoAccess="caIssuers;URI:http://ca.example.com/ca.crt")),
         ("pass_no_aia", "No authorityInformationAccess.", ocsp()))
    pair("w_br_ocsp_responder_ski_missing",
         ("fail_no_ski", "An OCSP responder without subjectKeyIdentifier (SHOULD, BRs 7.1.2.8.2).",
          ocsp(subjectKeyIdentifier="none")),
         ("pass_ski", "subjectKeyIdentifier present.", ocsp()))
    pair("e_br_ocsp_responder_eku_not_ocsp_signing_only",
         ("fail_ocsp_and_client_auth", "An OCSP responder whose EKU adds clientAuth (MUST NOT, BRs 7.1.2.8.5).",
          ocsp(extendedKeyUsage="OCSPSigning,clientAuth")),
         ("pass_ocsp_signing_only", "id-kp-OCSPSigning alone.", ocsp()), expect="error")

    profile_cases_sc062(ocsp)
    peer_code_cases()
    cross_ca_cases()


def profile_cases_sc062(ocsp):
    """The second round of BR 7.1.2 profile lints (keys, CA key usage and EKU,
    subscriber extension table, SAN types, root validity, CRL DP fields)."""
    root_subject = "/C=US/O=Example/CN=Example Root"
    pair("e_br_subscriber_key_usage_not_critical",
         ("fail_not_critical", "A subscriber certificate whose keyUsage is not critical (BRs 7.1.2.7.6: critical).",
          make({**LEAF, "keyUsage": "digitalSignature"})),
         ("pass_critical", "keyUsage marked critical.", make(LEAF)), expect="error")
    pair("w_br_subscriber_key_usage_missing",
         ("fail_no_key_usage", "A subscriber certificate without keyUsage (SHOULD be present, BRs 7.1.2.7.6).",
          make({**LEAF, "keyUsage": None})),
         ("pass_key_usage", "keyUsage present.", make(LEAF)))
    pair("e_br_subscriber_aki_missing",
         ("fail_no_aki", "A subscriber certificate without authorityKeyIdentifier (MUST, BRs 7.1.2.7.6).",
          make({**LEAF, "authorityKeyIdentifier": "none"})),
         ("pass_aki", "authorityKeyIdentifier present.", make(LEAF)), expect="error")
    pair("e_br_subscriber_san_type_prohibited",
         ("fail_rfc822_name", "A subscriber SAN with an rfc822Name beside the dNSName (BRs 7.1.2.7.12).",
          make({**LEAF, "subjectAltName": "DNS:www.example.com,email:admin@example.com"})),
         ("pass_dns_and_ip", "dNSName and iPAddress entries only.",
          make({**LEAF, "subjectAltName": "DNS:www.example.com,IP:192.0.2.1"})), expect="error")
    pair("e_br_ca_key_usage_prohibited",
         ("fail_non_repudiation", "A TLS CA whose keyUsage adds nonRepudiation (MUST NOT, BRs 7.1.2.10.7).",
          subca(keyUsage="critical,keyCertSign,cRLSign,digitalSignature,nonRepudiation")),
         ("pass_ca_bits", "keyCertSign, cRLSign and digitalSignature only.", subca()), expect="error")
    pair("e_br_tls_ca_eku_prohibited",
         ("fail_email_protection", "A TLS CA whose extKeyUsage adds emailProtection (MUST NOT, BRs 7.1.2.10.6).",
          subca(extendedKeyUsage="serverAuth,emailProtection")),
         ("pass_server_and_client", "serverAuth and clientAuth.", subca(extendedKeyUsage="serverAuth,clientAuth")),
         expect="error")
    pair("w_br_tls_ca_eku_unlisted",
         ("fail_private_purpose", "A TLS CA whose extKeyUsage adds a purpose the table does not list (NOT "
          "RECOMMENDED, BRs 7.1.2.10.6).", subca(extendedKeyUsage="serverAuth," + TEST_POLICY)),
         ("pass_server_auth", "serverAuth alone.", subca()))
    pair("e_br_non_tls_ca_eku_ocsp_signing",
         ("fail_client_and_ocsp", "A non-TLS CA (clientAuth) whose extKeyUsage adds id-kp-OCSPSigning (MUST NOT, "
          "BRs 7.1.2.3.3).", subca(subject="/C=US/O=Example/CN=Example Client CA",
                                   extendedKeyUsage="clientAuth,OCSPSigning", certificatePolicies=TEST_POLICY)),
         ("pass_client_auth", "clientAuth alone.",
          subca(subject="/C=US/O=Example/CN=Example Client CA", extendedKeyUsage="clientAuth",
                certificatePolicies=TEST_POLICY)), expect="error")
    pair("e_br_crldp_prohibited_field",
         ("fail_reasons", "A DistributionPoint with reasons (MUST NOT, BRs 7.1.2.11.2).",
          make({**LEAF, "crlDistributionPoints": "dp1"},
               sections={"dp1": ["fullname=URI:http://crl.example.com/1.crl", "reasons=keyCompromise"]})),
         ("pass_name_only", "A DistributionPoint with its name only.",
          make({**LEAF, "crlDistributionPoints": "URI:http://crl.example.com/1.crl"})), expect="error")
    pair("e_br_root_validity_too_long",
         ("fail_9200_days", "A root valid for 9200 days (at most 9132, BRs 7.1.2.1.1).",
          make(ROOT, subject=root_subject, root=True, days=9200)),
         ("pass_3650_days", "A root valid for 3650 days.", make(ROOT, subject=root_subject, root=True)),
         expect="error")
    pair("e_br_root_validity_too_short",
         ("fail_2000_days", "A root valid for 2000 days (at least 2922, BRs 7.1.2.1.1).",
          make(ROOT, subject=root_subject, root=True, days=2000)),
         ("pass_3650_days", "A root valid for 3650 days.", make(ROOT, subject=root_subject, root=True)),
         expect="error")
    pair("e_br_rsa_modulus_invalid_length",
         ("fail_2052_bits", "An RSA modulus of 2052 bits (2051 when the primes come out short), not a multiple of 8 (BRs 6.1.5).",
          make({**LEAF, "keyUsage": "critical,digitalSignature"}, key="rsa", rsa_bits=2052)),
         ("pass_2048_bits", "An RSA modulus of 2048 bits.", make(LEAF, key="rsa")), expect="error")
    pair("e_ext_authority_key_identifier_missing",
         ("fail_no_aki", "A certificate issued by another CA without authorityKeyIdentifier (RFC 5280 4.2.1.1).",
          make({**LEAF, "authorityKeyIdentifier": "none"})),
         ("pass_aki", "authorityKeyIdentifier present.", make(LEAF)), expect="error")
    pair("e_br_ca_aki_missing",
         ("fail_no_aki", "A TLS subordinate CA without authorityKeyIdentifier (MUST, BRs 7.1.2.6.1).",
          subca(authorityKeyIdentifier="none")),
         ("pass_aki", "authorityKeyIdentifier present.", subca()), expect="error")
    pair("e_br_crldp_name_not_uri",
         ("fail_dns_name", "A DistributionPoint whose fullName is a dNSName (BRs 7.1.2.11.2: URIs only).",
          make({**LEAF, "crlDistributionPoints": "dp1"}, sections={"dp1": ["fullname=DNS:crl.example.com"]})),
         ("pass_uri", "A DistributionPoint whose fullName is an http URI.",
          make({**LEAF, "crlDistributionPoints": "URI:http://crl.example.com/1.crl"})), expect="error")
    constrained = "/C=US/O=Example/CN=Example Constrained TLS CA"
    pair("e_br_tls_ca_name_constraints_incomplete",
         ("fail_dns_only", "A constrained TLS CA permitting one dNSName subtree and nothing else (BRs 7.1.2.5.2).",
          subca(subject=constrained, nameConstraints="critical,permitted;DNS:example.com")),
         ("pass_complete", "directoryName and dNSName permitted, all IPv4 and IPv6 addresses excluded.",
          make({**SUBCA, "nameConstraints": "critical,permitted;DNS:example.com,permitted;dirName:nc_dir,"
                                            "excluded;IP:0.0.0.0/0.0.0.0,excluded;IP:::/::"},
               subject=constrained, sections={"nc_dir": ["C=US", "O=Example"]})), expect="error")
    pair("e_br_subscriber_revocation_information_absent",
         ("fail_no_ocsp_no_crl", "A 90-day subscriber certificate with neither an OCSP URL nor a CRL distribution "
          "point (BRs 7.1.2.11.2).", make(LEAF)),
         ("pass_crl", "A CRL distribution point.",
          make({**LEAF, "crlDistributionPoints": "URI:http://crl.example.com/1.crl"})), expect="error")
    ca_issuers = "caIssuers;URI:http://ca.example.com/ca.crt"
    ocsp_url = "OCSP;URI:http://ocsp.example.com"
    pair("e_br_ocsp_responder_aia_method_prohibited",
         ("fail_ca_issuers", "An OCSP responder whose AIA holds id-ad-caIssuers (MUST NOT, BRs 7.1.2.8.3).",
          ocsp(authorityInfoAccess=ca_issuers)),
         ("pass_ocsp_only", "An AIA holding id-ad-ocsp only (NOT RECOMMENDED, yet listed).",
          ocsp(authorityInfoAccess=ocsp_url)), expect="error")
    pair("w_br_ocsp_responder_aia_ocsp_present",
         ("fail_ocsp", "An OCSP responder whose AIA holds id-ad-ocsp (NOT RECOMMENDED, BRs 7.1.2.8.3).",
          ocsp(authorityInfoAccess=ocsp_url)),
         ("pass_ca_issuers_only", "An AIA without id-ad-ocsp.", ocsp(authorityInfoAccess=ca_issuers)))
    pair("e_br_ocsp_responder_key_usage_no_digital_signature",
         ("fail_non_repudiation_only", "An OCSP responder whose keyUsage is nonRepudiation alone (BRs 7.1.2.8.7).",
          ocsp(keyUsage="critical,nonRepudiation")),
         ("pass_digital_signature", "keyUsage digitalSignature.", ocsp()), expect="error")
    iv_policy = {**LEAF, "certificatePolicies": "2.23.140.1.2.3"}
    iv_subject = "/C=US/ST=California/L=Mountain View/SN=%s/GN=John/CN=www.example.com"
    pair("e_br_subject_personal_name_too_long",
         ("fail_surname_65", "An IV subject whose surname is 65 characters long (at most 64, BRs 7.1.4.2).",
          make(iv_policy, subject=iv_subject % ("D" * 65))),
         ("pass_surname_64", "A surname of 64 characters.", make(iv_policy, subject=iv_subject % ("D" * 64))),
         expect="error")
    ov_policy = {**LEAF, "certificatePolicies": "2.23.140.1.2.2"}
    ov_dc_subject = "/DC=%s/DC=com/C=US/ST=California/L=Mountain View/O=Example Inc./CN=www.example.com"
    pair("e_br_subject_domain_component_too_long",
         ("fail_dc_64", "An OV subject whose domainComponent is 64 characters long (at most 63, BRs 7.1.4.2).",
          make(ov_policy, subject=ov_dc_subject % ("e" * 64))),
         ("pass_dc_63", "A domainComponent of 63 characters.", make(ov_policy, subject=ov_dc_subject % ("e" * 63))),
         expect="error")
    pair("e_br_ca_subject_rdn_order",
         ("fail_o_before_c", "A TLS CA subject with organizationName before countryName (BRs 7.1.2.10.2, 7.1.4.2).",
          subca(subject="/O=Example/C=US/CN=Example TLS CA")),
         ("pass_c_o_cn", "countryName, organizationName, commonName in the table's order.", subca()), expect="error")
    pair("e_br_ca_key_usage_required_missing",
         ("fail_no_crl_sign", "A TLS CA whose keyUsage lacks cRLSign (MUST, BRs 7.1.2.10.7).",
          subca(keyUsage="critical,keyCertSign,digitalSignature")),
         ("pass_ca_bits", "keyCertSign, cRLSign and digitalSignature.", subca()), expect="error")
    other_key_id = "DER:30:16:80:14:" + ":".join(["5a"] * 20)  # AuthorityKeyIdentifier { keyIdentifier 5a5a... }
    pair("e_br_root_aki_not_ski",
         ("fail_foreign_key_id", "A root whose authorityKeyIdentifier names another key than its "
          "subjectKeyIdentifier (BRs 7.1.2.1.3).",
          make({**ROOT, "authorityKeyIdentifier": "none", "2.5.29.35": other_key_id}, subject=root_subject,
               root=True)),
         ("pass_same_key_id", "authorityKeyIdentifier equal to subjectKeyIdentifier.",
          make(ROOT, subject=root_subject, root=True)), expect="error")
    pair("e_br_subscriber_any_policy_present",
         ("fail_any_policy", "A subscriber certificate asserting anyPolicy beside the DV policy (BRs 7.1.2.7.9).",
          make({**LEAF, "certificatePolicies": "2.23.140.1.2.1,2.5.29.32.0"})),
         ("pass_dv_only", "The DV policy alone.", make(LEAF)), expect="error")
    pair("w_br_subscriber_rsa_key_usage_no_digital_signature",
         ("fail_rsa_key_encipherment_only", "An RSA subscriber key with keyEncipherment alone (digitalSignature "
          "SHOULD, BRs 7.1.2.7.11).", make({**LEAF, "keyUsage": "critical,keyEncipherment"}, key="rsa")),
         ("pass_rsa_digital_signature", "digitalSignature.", make(LEAF, key="rsa")))
    pair("e_br_subscriber_ec_key_usage_no_digital_signature",
         ("fail_ec_key_agreement_only", "An ECDSA subscriber key with keyAgreement alone (digitalSignature MUST, "
          "BRs 7.1.2.7.11).", make({**LEAF, "keyUsage": "critical,keyAgreement"})),
         ("pass_ec_digital_signature", "digitalSignature.", make(LEAF)), expect="error")


def peer_code_cases():
    """Lints from zlint's catalogue that were given the pkilint code of the
    same rule: a case pair each, so that pkilint confirms the equivalence."""
    ov_policy = {**LEAF, "certificatePolicies": "2.23.140.1.2.2"}
    ov_subject = "/C=US/ST=California/L=%s/O=%s/CN=www.example.com"
    pair("n_ca_digital_signature_not_set",
         ("fail_no_digital_signature", "A TLS CA whose keyUsage lacks digitalSignature, so its key cannot sign OCSP "
          "responses (BRs 7.1.2.10.7).", subca(keyUsage="critical,keyCertSign,cRLSign")),
         ("pass_digital_signature", "keyCertSign, cRLSign and digitalSignature.", subca()), expect="info")
    pair("e_eku_critical",
         ("fail_critical", "A subscriber certificate whose extKeyUsage is critical (BRs 7.1.2.7.6: not critical).",
          make({**LEAF, "extendedKeyUsage": "critical,serverAuth"})),
         ("pass_not_critical", "extKeyUsage not critical.", make(LEAF)), expect="error")
    pair("w_sub_cert_aia_does_not_contain_issuing_ca_url",
         ("fail_ocsp_only", "A subscriber AIA with an OCSP URL but no caIssuers (BRs 7.1.2.7.7: SHOULD).",
          make({**LEAF, "authorityInfoAccess": "OCSP;URI:http://ocsp.example.com"})),
         ("pass_ca_issuers", "An http caIssuers URL.", make(LEAF)))
    pair("e_ca_aia_non_http_url",
         ("fail_ldap_ca_issuers", "A TLS CA whose caIssuers URL is ldap:// (BRs 7.1.2.10.3: http only).",
          subca(authorityInfoAccess="caIssuers;URI:ldap://ca.example.com/cn=Example")),
         ("pass_http", "An http caIssuers URL.", subca()), expect="error")
    pair("e_basic_constraints_not_critical",
         ("fail_not_critical", "A CA certificate whose basicConstraints is not critical (RFC 5280 4.2.1.9).",
          subca(basicConstraints="CA:TRUE,pathlen:0")),
         ("pass_critical", "basicConstraints critical.", subca()), expect="error")
    pair("w_ext_cert_policy_contains_noticeref",
         ("fail_notice_ref", "A userNotice with a noticeRef (RFC 5280 4.2.1.4: SHOULD NOT).",
          make({**LEAF, "certificatePolicies": "@pol"},
               sections={"pol": ["policyIdentifier=2.23.140.1.2.1", "userNotice.1=@notice"],
                         "notice": ["organization=Example", "noticeNumbers=1"]})),
         ("pass_no_notice", "The DV policy without qualifiers.", make(LEAF)))
    pair("e_subject_contains_noninformational_value",
         ("fail_dash_locality", "An OV subject whose localityName is '-' (BRs 7.1.4.2.2: no metadata-only values).",
          make(ov_policy, subject=ov_subject % ("-", "Example Inc."))),
         ("pass_values", "Every value carries a letter.",
          make(ov_policy, subject=ov_subject % ("Mountain View", "Example Inc."))), expect="error")
    pair("e_subj_contains_html_entities",
         ("fail_amp_entity", "An OV organizationName holding '&amp;', an HTML entity left by a web form.",
          make(ov_policy, subject=ov_subject % ("Mountain View", "Example &amp; Co"))),
         ("pass_plain_ampersand", "A plain '&'.",
          make(ov_policy, subject=ov_subject % ("Mountain View", "Example & Co"))), expect="error")
    ev_policy = {**LEAF, "certificatePolicies": "2.23.140.1.1"}
    ev_subject = ("/jurisdictionC=US/businessCategory=Private Organization/serialNumber=1234567/C=US/ST=California"
                  "/O=Example Inc./organizationIdentifier=%s/CN=www.example.com")
    pair("e_ev_invalid_orgid_reg_scheme",
         ("fail_scheme_xyz", "An EV organizationIdentifier with the registration scheme XYZ (EVGs 9.2.8: NTR, VAT, "
          "PSD).", make(ev_policy, subject=ev_subject % "XYZUS-1234567")),
         ("pass_scheme_ntr", "The NTR scheme.", make(ev_policy, subject=ev_subject % "NTRUS-1234567")),
         expect="error")
    pair("e_ecdsa_allowed_ku",
         ("fail_ec_key_encipherment", "An ECDSA key with keyEncipherment (RFC 8813 3: MUST NOT).",
          make({**LEAF, "keyUsage": "critical,digitalSignature,keyEncipherment"})),
         ("pass_ec_digital_signature", "digitalSignature only.", make(LEAF)), expect="error")


def cross_ca_cases():
    """The Cross-Certified Subordinate CA profile (BRs 7.1.2.2), linted under
    a declared type: a cross-certificate looks like any subordinate CA."""
    def cross(**exts):
        return make({**SUBCA, **exts}, subject="/C=US/O=Other Trust Services/CN=Other Root R1")
    ext, internal = "cross-external", "cross-internal"
    pair("e_br_cross_ca_extension_missing",
         ("fail_no_crl_distribution_points", "A cross-certificate without cRLDistributionPoints (MUST, BRs 7.1.2.2.3).",
          cross(crlDistributionPoints=None)),
         ("pass_profile_extensions", "Every extension the profile requires.", cross()), expect="error", cert_type=ext)
    pair("w_br_cross_ca_extension_missing",
         ("fail_internal_no_eku", "An internal cross-certificate without extKeyUsage (SHOULD, BRs 7.1.2.2.3).",
          cross(extendedKeyUsage=None)),
         ("pass_aia_and_eku", "authorityInformationAccess and extKeyUsage present.", cross()), cert_type=internal)
    pair("w_br_cross_ca_extension_unlisted",
         ("fail_netscape_comment", "A cross-certificate with a Netscape comment extension, not in BRs 7.1.2.2.3.",
          cross(nsComment="test")),
         ("pass_profile_extensions", "Only extensions the profile lists.", cross()), cert_type=ext)
    pair("e_br_cross_ca_eku_server_auth_missing",
         ("fail_client_auth_only", "A restricted cross-certificate whose extKeyUsage lacks serverAuth (MUST, BRs "
          "7.1.2.2.5).", cross(extendedKeyUsage="clientAuth")),
         ("pass_server_and_client", "serverAuth and clientAuth.", cross(extendedKeyUsage="serverAuth,clientAuth")),
         expect="error", cert_type=ext)
    pair("e_br_cross_ca_eku_prohibited",
         ("fail_time_stamping", "A restricted cross-certificate whose extKeyUsage adds timeStamping (MUST NOT, BRs "
          "7.1.2.2.5).", cross(extendedKeyUsage="serverAuth,timeStamping")),
         ("pass_server_and_client", "serverAuth and clientAuth.", cross(extendedKeyUsage="serverAuth,clientAuth")),
         expect="error", cert_type=ext)
    pair("w_br_cross_ca_eku_unlisted",
         ("fail_private_purpose", "A restricted cross-certificate whose extKeyUsage adds a purpose the table does "
          "not name (NOT RECOMMENDED, BRs 7.1.2.2.5).", cross(extendedKeyUsage="serverAuth," + TEST_POLICY)),
         ("pass_server_auth", "serverAuth alone.", cross()), cert_type=ext)
    pair("e_br_cross_ca_external_any_eku",
         ("fail_any_eku", "An external cross-certificate with anyExtendedKeyUsage (MUST NOT, BRs 7.1.2.2.5).",
          cross(extendedKeyUsage="anyExtendedKeyUsage")),
         ("pass_server_auth", "serverAuth alone.", cross()), expect="error", cert_type=ext)
    pair("e_br_cross_ca_internal_any_eku_with_other",
         ("fail_any_eku_and_server_auth", "An internal cross-certificate with anyExtendedKeyUsage beside serverAuth "
          "(BRs 7.1.2.2.4: alone when unrestricted).", cross(extendedKeyUsage="serverAuth,anyExtendedKeyUsage")),
         ("pass_any_eku_alone", "anyExtendedKeyUsage alone: unrestricted.", cross(extendedKeyUsage="anyExtendedKeyUsage")),
         expect="error", cert_type=internal)
    # Under a declared cross type, the subordinate CA table the cross profile
    # replaces does not apply: anyExtendedKeyUsage alone is an unrestricted
    # internal cross-certificate, not a TLS CA with a prohibited purpose.
    write("e_br_tls_ca_eku_prohibited", "na_declared_cross_internal_any_eku", "NA",
          "anyExtendedKeyUsage alone, declared an internal cross-certificate (BRs 7.1.2.2.4 allows it).",
          cross(extendedKeyUsage="anyExtendedKeyUsage"), internal)
    # BRs 7.1.2.2.6: exactly one reserved policy identifier only when
    # subscriber certificates chain directly to the cross-certificate.
    two_reserved = cross(certificatePolicies="2.23.140.1.2.1,2.23.140.1.2.2")
    write("e_ca_multiple_reserved_policy_oids", "na_declared_cross_external_root_key", "NA",
          "DV and OV policy identifiers in a cross-certificate of a root's key (BRs 7.1.2.2.6 allows several).",
          two_reserved, ext)
    write("e_ca_multiple_reserved_policy_oids", "fail_declared_cross_external_subscriber_issuing", "error",
          "DV and OV policy identifiers in a cross-certificate of a subscriber-issuing CA (BRs 7.1.2.2.6: exactly one).",
          two_reserved, "cross-external-subscriber-issuing")


def main():
    base.setup_ca()
    cases()
    shutil.rmtree(base.WORK)


if __name__ == "__main__":
    main()
