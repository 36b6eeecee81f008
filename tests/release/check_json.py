#!/usr/bin/env python3
"""check_json.py — the JSON reports validate against their schemas.

usage: check_json.py SCHEMA_DIR SYSCALLC SPEC...

Writes `syscallc coverage SPEC -f json` (alone and with a trace of the
tests' fixtures) and `syscallc diff` of the first two specs, validates each
against docs/coverage-schema.json / docs/diff-schema.json, and checks that
the schemas are not vacuous: a report with a wrong status, a missing
required field or an unknown field must fail.
"""
import copy
import json
import os
import subprocess
import sys

import jsonschema

passed = failed = 0


def check(what, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL %s %s" % (what, detail))


def run(args):
    r = subprocess.run(args, capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit("%s: exit %d\n%s" % (" ".join(args), r.returncode,
                                               r.stderr))
    return json.loads(r.stdout)


def valid(doc, schema):
    try:
        jsonschema.validate(doc, schema, cls=jsonschema.Draft7Validator)
        return ""
    except jsonschema.ValidationError as e:
        return e.message


def main():
    schema_dir, syscallc, specs = sys.argv[1], sys.argv[2], sys.argv[3:]
    cov = json.load(open(os.path.join(schema_dir, "coverage-schema.json")))
    dif = json.load(open(os.path.join(schema_dir, "diff-schema.json")))
    for s in (cov, dif):
        jsonschema.Draft7Validator.check_schema(s)
    here = os.path.dirname(os.path.abspath(__file__))
    trace = os.path.join(here, "golden", "common", "traces", "prog.strace")
    docs = []
    for spec in specs:
        docs.append(("coverage " + spec,
                     run([syscallc, "coverage", spec, "-f", "json"])))
        docs.append(("coverage --trace " + spec,
                     run([syscallc, "coverage", spec, "-f", "json",
                          "--trace", trace])))
    for what, doc in docs:
        err = valid(doc, cov)
        check(what, err == "", err)
        check(what + " has every number", all(
            [s["number"] for s in a["syscalls"]] ==
            list(range(len(a["syscalls"]))) for a in doc["arches"]))
    d = run([syscallc, "diff", specs[0], specs[1], "-f", "json"])
    err = valid(d, dif)
    check("diff", err == "", err)

    # the schemas reject what they must
    base = docs[0][1]
    bad = copy.deepcopy(base)
    bad["arches"][0]["syscalls"][0]["status"] = "sort-of"
    check("a wrong status is rejected", valid(bad, cov) != "")
    bad = copy.deepcopy(base)
    del bad["arches"][0]["syscalls"][0]["handler"]
    check("a missing handler is rejected", valid(bad, cov) != "")
    bad = copy.deepcopy(base)
    bad["arches"][0]["totals"]["extra"] = 1
    check("an unknown total is rejected", valid(bad, cov) != "")
    bad = copy.deepcopy(d)
    bad["arches"][0]["counts"]["added"] = -1
    check("a negative diff count is rejected", valid(bad, dif) != "")
    # what lxrun --coverage writes: a trace without arches
    lx = {"schema": "syscallc-coverage/1", "generator": "lxrun",
          "release": "linux-6.12",
          "trace": {"arch": "amd64", "format": "lxrun", "total_calls": 3,
                    "syscalls": [{"name": "futex", "number": 202,
                                  "count": 3, "status": "implemented",
                                  "outcome": "ok"}]}}
    check("an lxrun trace document is valid", valid(lx, cov) == "",
          valid(lx, cov))
    print("json: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
