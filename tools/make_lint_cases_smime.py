#!/usr/bin/env python3
"""Generates testdata/lints/<lint>/<case>.pem for cair's S/MIME BR profile
lints (src/lints/cabf_smime_br/*smime_*, the checks of pkilint's
lint_cabf_smime_cert that zlint lacks): for every lint one certificate that
violates it and one that does not.

The certificates are S/MIME subscriber certificates issued by the test CA of
tools/make_lint_cases.py (imported as a module for its CA, its DER editor and
its re-signing helper); each starts from one clean profile certificate and
changes only what the case is about. Rerun to rebuild:

    python3 tools/make_lint_cases_smime.py [OUTDIR] [--only LINT]   (--only: rewrite one lint's cases)

Only the directories of the lints listed here are replaced. Each file starts
with the `# key: value` header read by tests/lint_cases_test.cc and
tests/smime_profile_oracle_test.cc.
"""
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_lint_cases as base  # noqa: E402

ONLY = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
ARGS = [a for i, a in enumerate(sys.argv[1:]) if a != "--only" and sys.argv[i] != "--only"]
OUT = ARGS[0] if ARGS else "testdata/lints"
base.OUT = OUT

# Reserved policy identifiers, 2.23.140.1.5.<validation>.<generation>.
MAILBOX_STRICT = "2.23.140.1.5.1.3"
MAILBOX_LEGACY = "2.23.140.1.5.1.1"
ORG_LEGACY = "2.23.140.1.5.2.1"
ORG_STRICT = "2.23.140.1.5.2.3"
INDIVIDUAL_MP = "2.23.140.1.5.4.2"
INDIVIDUAL_STRICT = "2.23.140.1.5.4.3"
MAILBOX_MP = "2.23.140.1.5.1.2"

MAILBOX_SUBJECT = "/CN=alice@example.com"
ORG_SUBJECT = "/C=DE/O=Example GmbH/organizationIdentifier=VATDE-123456789/CN=Example GmbH"
PERSON_SUBJECT = "/C=DE/GN=Alice/SN=Example/CN=Alice Example"

DEFAULTS = {
    "basicConstraints": "critical,CA:FALSE",
    "keyUsage": "critical,digitalSignature",
    "extendedKeyUsage": "emailProtection",
    "subjectAltName": "email:alice@example.com",
    "authorityKeyIdentifier": "keyid",
    "subjectKeyIdentifier": "hash",
    "certificatePolicies": None,  # the profile's reserved OID
    "crlDistributionPoints": "URI:http://crl.example.com/issuing.crl",
    "authorityInfoAccess": "caIssuers;URI:http://ca.example.com/issuing.crt,OCSP;URI:http://ocsp.example.com",
}


def smime(policy, subject=MAILBOX_SUBJECT, sections="", serial="0x4d1c93a7e05b2f68c1d0a9e3", **ext):
    """An S/MIME subscriber certificate of profile `policy`; extensions are
    DEFAULTS updated by `ext` (None removes one). Returns DER."""
    exts = dict(DEFAULTS, certificatePolicies=policy)
    exts.update(ext)
    base.run("openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "leaf.key")
    base.run("openssl", "req", "-new", "-utf8", "-key", "leaf.key", "-subj", subject, "-out", "leaf.csr")
    with open(os.path.join(base.WORK, "leaf.ext"), "w") as f:
        f.write("[v3]\n")
        for k, v in exts.items():
            if v is not None:
                f.write("%s=%s\n" % (k, v))
        f.write(sections)
    base.run("openssl", "x509", "-req", "-in", "leaf.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-set_serial",
             serial, "-days", "365", "-sha256", "-extfile", "leaf.ext", "-extensions", "v3", "-outform", "der",
             "-out", "leaf.der")
    with open(os.path.join(base.WORK, "leaf.der"), "rb") as f:
        return f.read()


def with_validity(der, seconds):
    """Re-signs `der` valid from 2026-01-01T00:00:00Z for `seconds` seconds,
    both ends counted (notAfter = notBefore + seconds - 1)."""
    import datetime
    start = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    end = start + datetime.timedelta(seconds=seconds - 1)

    def mutate(tbs):
        v = base.tbs_fields(tbs)["validity"]
        v.children = [base.Node(b"\x17", value=start.strftime("%y%m%d%H%M%SZ").encode()),
                      base.Node(b"\x17", value=end.strftime("%y%m%d%H%M%SZ").encode())]
    return base.resign(der, mutate)


WRITTEN = []


def write(lint, case, expect, why, der):
    if ONLY and lint != ONLY:
        return
    d = os.path.join(OUT, lint)
    if lint not in WRITTEN:
        WRITTEN.append(lint)
        if os.path.isdir(d):
            shutil.rmtree(d)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, case + ".pem"), "w") as f:
        f.write("# lint: %s\n# case: %s\n# expect: %s\n# why: %s\n# made by: tools/make_lint_cases_smime.py\n"
                % (lint, case, expect, why))
        f.write(base.pem(der))


DAY = 86400


def cases():
    good = smime(MAILBOX_STRICT)

    lint = "e_smime_any_policy_present"
    write(lint, "pass_reserved_oid_only", "pass", "certificatePolicies holds only the reserved mailbox strict OID.", good)
    write(lint, "fail_any_policy", "error", "certificatePolicies adds anyPolicy to the reserved OID.",
          smime(MAILBOX_STRICT, certificatePolicies=MAILBOX_STRICT + ",2.5.29.32.0"))

    cps = "\n[pol]\npolicyIdentifier=%s\nCPS.1=%s\n"
    lint = "e_smime_cps_uri_not_http"
    write(lint, "pass_https_cps", "pass", "The CPS qualifier is an https URL.",
          smime(MAILBOX_STRICT, certificatePolicies="@pol", sections=cps % (MAILBOX_STRICT, "https://ca.example.com/cps")))
    write(lint, "fail_ftp_cps", "error", "The CPS qualifier is an ftp URL.",
          smime(MAILBOX_STRICT, certificatePolicies="@pol", sections=cps % (MAILBOX_STRICT, "ftp://ca.example.com/cps")))

    notice = "\n[pol]\npolicyIdentifier=%s\nuserNotice.1=@notice\n[notice]\nexplicitText=\"UTF8:See the CPS\"\n%s"
    lint = "e_smime_user_notice_has_notice_ref"
    write(lint, "pass_explicit_text_only", "pass", "The userNotice holds explicitText only.",
          smime(MAILBOX_STRICT, certificatePolicies="ia5org,@pol", sections=notice % (MAILBOX_STRICT, "")))
    write(lint, "fail_notice_ref", "error", "The userNotice holds a noticeRef beside its explicitText.",
          smime(MAILBOX_STRICT, certificatePolicies="ia5org,@pol",
                sections=notice % (MAILBOX_STRICT, "organization=\"Example CA\"\nnoticeNumbers=1\n")))

    # Extension presence and criticality: the clean certificate passes, one change fails.
    for lint, pass_case, pass_why, fail_case, fail_why, change in [
        ("w_smime_certificate_policies_critical", "pass_not_critical", "certificatePolicies is not critical.",
         "fail_critical", "certificatePolicies is marked critical.",
         {"certificatePolicies": "critical," + MAILBOX_STRICT}),
        ("w_smime_crl_distribution_points_critical", "pass_not_critical", "cRLDistributionPoints is not critical.",
         "fail_critical", "cRLDistributionPoints is marked critical.",
         {"crlDistributionPoints": "critical,URI:http://crl.example.com/issuing.crl"}),
        ("w_smime_aia_missing", "pass_aia_present", "authorityInformationAccess gives caIssuers and OCSP.",
         "fail_no_aia", "No authorityInformationAccess extension.", {"authorityInfoAccess": None}),
        ("w_smime_aia_ca_issuers_missing", "pass_ca_issuers", "authorityInformationAccess gives a caIssuers URL.",
         "fail_ocsp_only", "authorityInformationAccess gives only an OCSP URL.",
         {"authorityInfoAccess": "OCSP;URI:http://ocsp.example.com"}),
    ]:
        write(lint, pass_case, "pass", pass_why, good)
        write(lint, fail_case, "warn", fail_why, smime(MAILBOX_STRICT, **change))

    lint = "e_smime_crl_distribution_point_not_uri"
    write(lint, "pass_http_uri", "pass", "The distribution point's fullName is one http URI.", good)
    write(lint, "fail_rfc822_name", "error", "The distribution point's fullName adds an rfc822Name.",
          smime(MAILBOX_STRICT, crlDistributionPoints="URI:http://crl.example.com/issuing.crl,email:crl@example.com"))

    lint = "e_smime_subject_pseudonym_with_personal_name"
    write(lint, "pass_pseudonym_only", "pass", "Individual-validated strict subject naming the person by pseudonym alone.",
          smime(INDIVIDUAL_STRICT, "/C=DE/pseudonym=Ali/CN=Ali"))
    write(lint, "fail_pseudonym_and_given_name", "error",
          "Individual-validated strict subject with pseudonym and givenName together.",
          smime(INDIVIDUAL_STRICT, "/C=DE/GN=Alice/pseudonym=Ali/CN=Ali"))

    lint = "e_smime_common_name_value_unknown_source"
    write(lint, "pass_org_cn_is_organization_name", "pass",
          "Organization-validated strict subject whose commonName repeats organizationName.", smime(ORG_STRICT, ORG_SUBJECT))
    write(lint, "pass_individual_cn_is_pseudonym", "pass",
          "Individual-validated strict subject whose commonName repeats the pseudonym.",
          smime(INDIVIDUAL_STRICT, "/C=DE/pseudonym=Ali/CN=Ali"))
    write(lint, "fail_org_cn_other_company", "error",
          "Organization-validated strict subject whose commonName is neither organizationName nor a SAN mailbox.",
          smime(ORG_STRICT, "/C=DE/O=Example GmbH/organizationIdentifier=VATDE-123456789/CN=Other Company Ltd"))
    write(lint, "fail_mailbox_cn_not_in_san", "error",
          "Mailbox-validated strict commonName bob@example.com, an address the SAN (alice@example.com) does not hold.",
          smime(MAILBOX_STRICT, "/CN=bob@example.com"))

    lint = "e_smime_organization_identifier_scheme_elements"
    def org(value):  # openssl's -subj reads an unescaped '+' as a multi-valued RDN
        return "/C=DE/O=Example GmbH/organizationIdentifier=%s/CN=Example GmbH" % value.replace("+", "\\+")
    write(lint, "pass_ntr_with_state_and_reference", "pass",
          "NTR with country, state and registration reference: NTRDE+BY-HRB12345.",
          smime(ORG_STRICT, org("NTRDE+BY-HRB12345")))
    write(lint, "pass_lei_global", "pass", "LEI under the global country code: LEIXG-5493001KJTIIGC8Y1R12.",
          smime(ORG_STRICT, org("LEIXG-5493001KJTIIGC8Y1R12")))
    for case, value, why in [
        ("fail_lei_country_de", "LEIDE-5493001KJTIIGC8Y1R12", "LEI under DE: the LEI scheme uses the global code XG."),
        ("fail_vat_with_state", "VATDE+BY-123456789", "VAT with a state or province, which only NTR and GOV may carry."),
        ("fail_ntr_without_reference", "NTRDE", "NTR without the registration reference the scheme requires."),
        ("fail_gov_with_reference", "GOVDE-123", "GOV with a registration reference, which the scheme forbids."),
    ]:
        write(lint, case, "error", "organizationIdentifier %s: %s" % (value, why), smime(ORG_STRICT, org(value)))

    lint = "w_smime_organization_identifier_de_ntr_not_euid"
    write(lint, "pass_euid_reference", "pass", "German NTR whose reference is the EUID: NTRDE-DEK1101R.HRB12345.",
          smime(ORG_STRICT, org("NTRDE-DEK1101R.HRB12345")))
    write(lint, "fail_register_number_only", "warn",
          "German NTR whose reference is the register number alone (NTRDE-HRB12345), not the EUID.",
          smime(ORG_STRICT, org("NTRDE-HRB12345")))
    write(lint, "fail_state_before_euid", "warn",
          "German NTR naming a state (NTRDE+BY-DEK1101R.HRB12345), where the EUID alone is expected.",
          smime(ORG_STRICT, org("NTRDE+BY-DEK1101R.HRB12345")))

    lint = "e_smime_lei_extension_value_invalid"
    for case, expect, lei, why in [
        ("pass_valid_lei", "pass", "5493001KJTIIGC8Y1R12", "the check digits 12 are right (ISO 17442, MOD 97-10)."),
        ("fail_wrong_check_digits", "error", "5493001KJTIIGC8Y1R13", "the check digits should be 12."),
        ("fail_lower_case", "error", "5493001kjtiigc8y1r12", "an LEI is digits and capital letters."),
    ]:
        write(lint, case, expect, "Organization-validated strict certificate whose LEI extension holds %s: %s" % (lei, why),
              smime(ORG_STRICT, ORG_SUBJECT, **{"1.3.6.1.4.1.52266.1": "ASN1:PRINTABLESTRING:" + lei}))

    lint = "e_smime_subject_organization_attributes_missing"
    write(lint, "pass_organization_and_identifier", "pass",
          "Organization-validated strict subject with organizationName and organizationIdentifier.",
          smime(ORG_STRICT, ORG_SUBJECT))
    write(lint, "fail_no_organization_identifier", "error",
          "Organization-validated strict subject without organizationIdentifier.",
          smime(ORG_STRICT, "/C=DE/O=Example GmbH/CN=Example GmbH"))

    lint = "e_smime_organization_identifier_format"
    write(lint, "pass_vat_with_reference", "pass", "organizationIdentifier VATDE-123456789: scheme, country, '-', reference.",
          smime(ORG_STRICT, ORG_SUBJECT))
    write(lint, "fail_no_hyphen", "error", "organizationIdentifier VATDE123456789 lacks the '-' before the reference.",
          smime(ORG_STRICT, ORG_SUBJECT.replace("VATDE-", "VATDE")))

    lint = "e_smime_subject_personal_name_missing"
    write(lint, "pass_given_and_surname", "pass", "Individual-validated multipurpose subject with givenName and surname.",
          smime(INDIVIDUAL_MP, PERSON_SUBJECT, certificatePolicies=INDIVIDUAL_MP))
    write(lint, "fail_common_name_only", "error",
          "Individual-validated multipurpose subject naming the person only in commonName.",
          smime(INDIVIDUAL_MP, "/C=DE/CN=Alice Example"))

    lint = "e_smime_subject_attribute_prohibited"
    write(lint, "pass_organization_subject", "pass", "Organization-validated strict subject of allowed attributes.",
          smime(ORG_STRICT, ORG_SUBJECT))
    write(lint, "fail_title_in_organization", "error",
          "Organization-validated strict subject with a title, which 7.1.4.2.4 prohibits.",
          smime(ORG_STRICT, ORG_SUBJECT + "/title=Manager"))

    lint = "e_smime_subject_attribute_unlisted"
    write(lint, "pass_strict_listed_only", "pass", "Organization-validated strict subject of listed attributes.",
          smime(ORG_STRICT, ORG_SUBJECT))
    write(lint, "na_legacy_may_add", "NA",
          "Organization-validated legacy subject with businessCategory: the legacy generation MAY add attributes.",
          smime(ORG_LEGACY, ORG_SUBJECT + "/businessCategory=Private Organization"))
    write(lint, "fail_strict_business_category", "error",
          "Organization-validated strict subject with businessCategory, an attribute its table does not list.",
          smime(ORG_STRICT, ORG_SUBJECT + "/businessCategory=Private Organization"))

    lint = "e_smime_san_general_name_type_prohibited"
    write(lint, "pass_rfc822_only", "pass", "subjectAltName holds one rfc822Name.", good)
    write(lint, "fail_dns_name", "error", "subjectAltName adds a dNSName.",
          smime(MAILBOX_STRICT, subjectAltName="email:alice@example.com,DNS:example.com"))

    upn = "email:alice@example.com,otherName:1.3.6.1.4.1.311.20.2.3;UTF8:alice@example.com"
    lint = "e_smime_strict_other_name_prohibited"
    write(lint, "pass_strict_smtp_utf8_mailbox", "pass", "Mailbox-validated strict with an SmtpUTF8Mailbox otherName.",
          smime(MAILBOX_STRICT, subjectAltName="email:alice@example.com,"
                                               "otherName:1.3.6.1.5.5.7.8.9;UTF8:\u00e1lice@example.com"))
    write(lint, "na_multipurpose_upn", "NA",
          "Mailbox-validated multipurpose with a Microsoft UPN otherName, which that generation MAY carry.",
          smime(MAILBOX_MP, subjectAltName=upn))
    write(lint, "fail_strict_upn", "error", "Mailbox-validated strict with a Microsoft UPN otherName.",
          smime(MAILBOX_STRICT, subjectAltName=upn))

    lint = "e_smime_san_no_mailbox_address"
    write(lint, "pass_smtp_utf8_mailbox", "pass", "subjectAltName holds an SmtpUTF8Mailbox otherName.",
          smime(MAILBOX_STRICT, "/CN=\u00e1lice@example.com",
                subjectAltName="otherName:1.3.6.1.5.5.7.8.9;UTF8:\u00e1lice@example.com"))
    write(lint, "fail_directory_name_only", "error", "subjectAltName holds only a directoryName.",
          smime(MAILBOX_STRICT, "/CN=Alice", subjectAltName="dirName:sandir",
                sections="\n[sandir]\nCN=Alice\n"))

    lint = "e_smime_validity_period_too_long"
    write(lint, "pass_824_days", "pass", "Mailbox-validated strict valid for 824 days.", with_validity(good, 824 * DAY))
    write(lint, "fail_strict_826_days", "error", "Mailbox-validated strict valid for 826 days (maximum 825).",
          with_validity(good, 826 * DAY))
    write(lint, "fail_legacy_1186_days", "error", "Mailbox-validated legacy valid for 1186 days (maximum 1185).",
          with_validity(smime(MAILBOX_LEGACY), 1186 * DAY))

    lint = "w_smime_validity_period_at_maximum"
    write(lint, "pass_824_days", "pass", "Mailbox-validated strict valid for 824 days.", with_validity(good, 824 * DAY))
    write(lint, "fail_exactly_825_days", "warn", "Mailbox-validated strict valid for exactly 825 days, the maximum.",
          with_validity(good, 825 * DAY))



def main():
    base.setup_ca()
    cases()
    shutil.rmtree(base.WORK)


if __name__ == "__main__":
    main()
