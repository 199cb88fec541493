#!/usr/bin/env python3
"""Validate a Between Sessions FHIR export against the FHIR R4 (4.0.1) models of fhir.resources.

Usage: validate_fhir.py BUNDLE.json        -> exit 0 and "OK ..." when valid, 1 with reasons if not
       validate_fhir.py --self-test BUNDLE.json
           -> also checks that the validator rejects damaged copies of the bundle (so a pass means
              something).

Beyond the structural R4 validation, it checks the rules of shared/domain/instruments.md: a
"collection" Bundle, urn:uuid fullUrls that are unique, every reference resolving inside the
bundle, QuestionnaireResponses with the LOINC canonical, "/"+LOINC linkIds, LOINC-coded answers,
totals as valueDecimal, and `authored` with a UTC offset.
"""
import copy
import json
import re
import sys

import fhir.resources
from fhir.resources.bundle import Bundle

LOINC = "http://loinc.org"
TOTALS = {"http://loinc.org/q/44249-1": "/44261-6", "http://loinc.org/q/69737-5": "/70274-6"}
UUID = re.compile(r"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
OFFSET = re.compile(r"T\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")


def problems(data):
    """All problems found in a bundle (empty list when valid)."""
    out = []
    if fhir.resources.__fhir_version__ != "4.0.1":
        return [f"fhir.resources models FHIR {fhir.resources.__fhir_version__}, not R4 4.0.1"]
    try:
        Bundle.parse_obj(data)
    except Exception as e:  # pydantic.ValidationError and friends
        return [f"not valid FHIR R4: {e}"]
    if data.get("type") != "collection":
        out.append("Bundle.type is not 'collection'")
    entries = data.get("entry", [])
    urls = [e.get("fullUrl", "") for e in entries]
    if len(set(urls)) != len(urls):
        out.append("duplicate fullUrl")
    for u in urls:
        if not UUID.match(u):
            out.append(f"fullUrl {u!r} is not urn:uuid")
    kinds = [e["resource"]["resourceType"] for e in entries]
    if kinds.count("Patient") != 1:
        out.append("expected exactly one Patient")
    for e in entries:
        r = e["resource"]
        for key in ("subject", "source"):
            ref = r.get(key, {}).get("reference")
            if ref is not None and ref not in urls:
                out.append(f"{r['resourceType']}.{key} {ref!r} does not resolve in the bundle")
        if r["resourceType"] == "Patient":
            extra = set(r) - {"resourceType", "id", "name"}
            if extra:
                out.append(f"Patient carries more than a pseudonym: {sorted(extra)}")
        if r["resourceType"] == "Flag" and r.get("status") not in ("active", "inactive", "entered-in-error"):
            out.append(f"Flag {r.get('id')}: status {r.get('status')!r}")
        if r["resourceType"] != "QuestionnaireResponse":
            continue
        q = r.get("questionnaire", "")
        if r.get("status") not in ("completed", "in-progress"):
            out.append(f"{r['id']}: status {r.get('status')!r}")
        if not OFFSET.search(r.get("authored", "")):
            out.append(f"{r['id']}: authored {r.get('authored')!r} has no time with offset")
        items = r.get("item", [])
        if not items:
            out.append(f"{r['id']}: no items")
        if q in TOTALS:
            total = [i for i in items if i["linkId"] == TOTALS[q]]
            if len(total) != 1 or "valueDecimal" not in total[0]["answer"][0]:
                out.append(f"{r['id']}: total missing under {TOTALS[q]}")
            for i in items:
                if not re.match(r"^/\d+-\d$", i["linkId"]):
                    out.append(f"{r['id']}: linkId {i['linkId']!r} is not '/'+LOINC")
                coding = i["answer"][0].get("valueCoding")
                if coding is not None and (coding.get("system") != LOINC or not coding.get("code", "").startswith("LA")):
                    out.append(f"{r['id']}: answer to {i['linkId']} is not a LOINC answer code")
        elif q.startswith("http://loinc.org/"):
            out.append(f"{r['id']}: unexpected LOINC questionnaire {q}")
        else:
            if LOINC in json.dumps(items):
                out.append(f"{r['id']}: {q} answers must not claim LOINC codes")
    return out


def damaged_copies(data):
    """Copies of the bundle that a validator must reject."""
    def qr(d):
        return next(e["resource"] for e in d["entry"] if e["resource"]["resourceType"] == "QuestionnaireResponse")

    cases = []
    d = copy.deepcopy(data); d["type"] = "batch-ish"; cases.append(("bad Bundle.type", d))
    d = copy.deepcopy(data); qr(d)["status"] = "finished"; cases.append(("bad status code", d))
    d = copy.deepcopy(data); qr(d)["authored"] = "last Tuesday"; cases.append(("bad dateTime", d))
    d = copy.deepcopy(data); qr(d)["item"][0]["answer"][0]["valueCoding"]["system"] = 7; cases.append(("bad system type", d))
    d = copy.deepcopy(data); qr(d)["item"][0]["answer"][0]["valueNonsense"] = 1; cases.append(("unknown element", d))
    d = copy.deepcopy(data); qr(d)["subject"] = {"reference": "urn:uuid:00000000-0000-4000-8000-000000000000"}; cases.append(("dangling reference", d))
    return cases


def main(argv):
    self_test = "--self-test" in argv
    paths = [a for a in argv[1:] if a != "--self-test"]
    if len(paths) != 1:
        print(__doc__)
        return 2
    with open(paths[0], encoding="utf-8") as f:
        data = json.load(f)
    found = problems(data)
    if found:
        print("INVALID:\n  " + "\n  ".join(found))
        return 1
    if self_test:
        for name, d in damaged_copies(data):
            if not problems(d):
                print(f"SELF-TEST FAILED: a bundle with {name} was accepted")
                return 1
    n = len(data.get("entry", []))
    print(f"OK: FHIR R4 {fhir.resources.__fhir_version__} Bundle with {n} resources is valid"
          + (" (and 6 damaged copies were rejected)" if self_test else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
