#!/usr/bin/env python3
"""check_strace.py — "will it run?" on a real program: the test runs a
small threaded Python program under `strace -f`, then checks what
`syscallc coverage SPEC --trace LOG` says about it against the log itself,
read here independently:

  - every syscall the log shows, with the number of times it was called
    (a call split into `<unfinished ...>` / `<... resumed>` counts once);
  - each one's outcome agrees with its status in the spec's own coverage
    report, and the verdict with the outcomes;
  - the futex operations the log decodes are reported per operation.

usage: check_strace.py SYSCALLC SPEC WORK_DIR
Without strace the test says "skipped".
"""
import collections
import json
import os
import re
import shutil
import subprocess
import sys

passed = failed = 0


def check(ok, msg):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL " + msg)


PROGRAM = """
import threading
lock = threading.Lock()
done = []
def work(i):
    with lock:
        done.append(i)
threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(len(done))
"""

CALL = re.compile(r"^(?:\[pid\s+\d+\]\s+|\d+\s+)?([a-z_][a-z0-9_]*)\(")


def main():
    syscallc, spec, work = sys.argv[1:4]
    strace = shutil.which("strace")
    if strace is None:
        print("strace: SKIPPED (no strace: apt-get install strace)")
        print("strace: 0 passed, 0 failed, 1 skipped")
        return 0
    os.makedirs(work, exist_ok=True)
    log = os.path.join(work, "python-threads.strace")
    r = subprocess.run([strace, "-f", "-o", log, sys.executable, "-c",
                        PROGRAM], capture_output=True, text=True)
    check(r.returncode == 0 and r.stdout.strip() == "4",
          "the traced program failed: %s" % r.stderr[-500:])
    counts = collections.Counter()
    futex_ops = set()
    for line in open(log):
        m = CALL.match(line)
        if m:
            counts[m.group(1)] += 1
            if m.group(1) == "futex":
                op = line.split(",")[1].strip().split("|")[0]
                futex_ops.add(op.replace("_PRIVATE", ""))
    check(counts["clone3"] + counts["clone"] > 0 and counts["futex"] > 0,
          "the log shows no thread creation or futex: %s" % dict(counts))

    r = subprocess.run([syscallc, "coverage", spec, "--trace", log, "-f",
                        "json"], capture_output=True, text=True)
    check(r.returncode == 0, "coverage --trace: exit %d: %s" %
          (r.returncode, r.stderr))
    docs = json.loads(r.stdout)
    docs = docs if isinstance(docs, list) else [docs]
    traced = [d for d in docs if "trace" in d]
    check(len(traced) == 1, "%d documents carry the trace" % len(traced))
    tr = traced[0]["trace"]
    got = {c["name"]: c["count"] for c in tr["syscalls"]}
    check(got == dict(counts), "per-syscall counts differ:\n  log  %s\n  "
          "tool %s" % (sorted(counts.items()), sorted(got.items())))
    check(tr["total_calls"] == sum(counts.values()), "total %d, log %d" %
          (tr["total_calls"], sum(counts.values())))

    check(traced[0]["arch"] == tr["arch"], "the trace sits in the %s "
          "document but was checked against %s" % (traced[0]["arch"],
                                                   tr["arch"]))
    by_name = {}
    for s in traced[0]["syscalls"]:
        by_name.setdefault(s["name"], s)
    outcome = {"implemented": "ok", "passthrough": "ok", "stub": "stub"}
    for c in tr["syscalls"]:
        s = by_name.get(c["name"])
        if s is None:
            want = "unknown"
        elif s["spec_status"] in outcome:
            want = outcome[s["spec_status"]]
        else:
            want = "missing" if s["in_linux"] else "linux-lacks"
        check(c["outcome"] == want, "%s: outcome %s, its status says %s" %
              (c["name"], c["outcome"], want))
    kinds = {c["outcome"] for c in tr["syscalls"]}
    want = ("no" if kinds & {"missing", "unknown"} else
            "maybe" if "stub" in kinds else "yes")
    check(tr["verdict"] == want, "verdict %s, outcomes say %s" %
          (tr["verdict"], want))
    missing = sorted(c["name"] for c in tr["syscalls"]
                     if c["outcome"] in ("missing", "unknown"))
    check(sorted(tr["not_implemented"]) == missing,
          "not_implemented %s, outcomes say %s" %
          (tr["not_implemented"], missing))
    reported = {d["item"] for d in tr["details"] if d["syscall"] == "futex"}
    check(futex_ops <= reported, "futex operations %s, reported %s" %
          (futex_ops, reported))

    r = subprocess.run([syscallc, "coverage", spec, "--trace", log],
                       capture_output=True, text=True)
    check(r.returncode == 0 and "verdict: " + tr["verdict"] in r.stdout,
          "the text report does not give the verdict")
    print("strace: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
