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
        check(what + " is one document per arch", isinstance(doc, list)
              and len(doc) == 2 and {d["arch"] for d in doc} ==
              {"i386", "amd64"})
        check(what + " has every number", all(
            [s["number"] for s in a["syscalls"]] ==
            list(range(len(a["syscalls"]))) for a in doc))
    d = run([syscallc, "diff", specs[0], specs[1], "-f", "json"])
    err = valid(d, dif)
    check("diff", err == "", err)

    # the schemas reject what they must
    base = docs[0][1]
    check("one arch alone is one document", valid(base[0], cov) == "")
    bad = copy.deepcopy(base)
    bad[0]["syscalls"][0]["status"] = "sort-of"
    check("a wrong status is rejected", valid(bad, cov) != "")
    bad = copy.deepcopy(base)
    bad[0]["syscalls"][0]["spec_status"] = "implemented-ish"
    check("a wrong spec status is rejected", valid(bad, cov) != "")
    bad = copy.deepcopy(base)
    del bad[0]["syscalls"][0]["handler"]
    check("a spec document without a handler is rejected",
          valid(bad, cov) != "")
    bad = copy.deepcopy(base)
    bad[0]["totals"]["extra"] = 1
    check("an unknown total is rejected", valid(bad, cov) != "")
    bad = copy.deepcopy(d)
    bad["arches"][0]["counts"]["added"] = -1
    check("a negative diff count is rejected", valid(bad, dif) != "")
    # what lxrun --coverage writes (docs/coverage-schema.md's example)
    lx = {"schema": "syscallc-coverage/1", "source": "lxrun",
          "release": "linux-2.6.16", "arch": "amd64",
          "program": ["python3", "-c", "print(1)"],
          "syscalls": [
              {"number": 202, "name": "futex", "status": "emulated",
               "count": 1234},
              {"number": 0, "name": "read", "status": "native", "count": 56},
              {"number": 999, "name": None, "status": "unimplemented",
               "count": 1}],
          "totals": {"calls": 1291, "distinct": 3, "emulated": 1234,
                     "stub": 0, "native": 56, "unimplemented": 1}}
    check("an lxrun document is valid", valid(lx, cov) == "", valid(lx, cov))
    bad = copy.deepcopy(lx)
    del bad["syscalls"][0]["count"]
    check("an lxrun document without counts is rejected",
          valid(bad, cov) != "")
    print("json: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
