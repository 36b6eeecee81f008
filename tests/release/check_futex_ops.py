#!/usr/bin/env python3
"""check_futex_ops.py — spec/<release>/futex.ops declares exactly what the
runtime does: the operations runtime/kern/linux_futex_syscall.c's
futex_cmds[] accepts for that release (since <= release < until), with
the same dates and the same emulated/not-emulated answer, and the
operation flags its known_flags lines accept, with their dates.  The
values are checked against the reference facts copied into
tests/fixtures/linux/futex-ops.tsv.

usage: check_futex_ops.py RUNTIME_C FIXTURE_TSV SPEC_DIR...
"""
import os
import re
import sys

passed = failed = 0


def check(ok, msg):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL " + msg)


def ver(s):
    parts = [int(x) for x in s.split(".")] + [0, 0]
    return tuple(parts[:3])


KV = r"LINUX_KERNVER\(\s*(\d+),\s*(\d+),\s*(\d+)\)"


def runtime_table(path):
    src = open(path).read()
    ops = {}
    for m in re.finditer(r"\[LINUX_(FUTEX_\w+)\]\s*=\s*\{\s*\"(\w+)\",\s*"
                         + KV + r",\s*(0|" + KV + r"),\s*(true|false),\s*"
                         r"(true|false)\s*\}", src):
        g = m.groups()
        until = None if g[5] == "0" else (int(g[6]), int(g[7]), int(g[8]))
        ops[g[0]] = {"since": (int(g[2]), int(g[3]), int(g[4])),
                     "until": until, "implemented": g[10] == "true"}
    flags = {}
    for m in re.finditer(r"kernver\s*>=\s*" + KV + r"\)\s*known_flags\s*\|="
                         r"\s*LINUX_(FUTEX_\w+)", src):
        g = m.groups()
        flags[g[3]] = (int(g[0]), int(g[1]), int(g[2]))
    return ops, flags


def main():
    runtime_c, tsv, specs = sys.argv[1], sys.argv[2], sys.argv[3:]
    ops, flags = runtime_table(runtime_c)
    check(len(ops) >= 10 and len(flags) >= 2, "read only %d operations and "
          "%d flags from %s: did its table change shape?" %
          (len(ops), len(flags), runtime_c))
    values = {}
    for line in open(tsv).read().splitlines()[1:]:
        f = line.split("\t")
        if f[2] in ("op", "op flag"):
            values[f[0]] = int(f[1], 0)
    for spec in specs:
        release = ver(os.path.basename(spec.rstrip("/"))[len("linux-"):])
        declared = {}
        for n, line in enumerate(open(os.path.join(spec, "futex.ops")), 1):
            w = line.split(";")[0].split()
            if not w:
                continue
            d = {"kind": w[0], "value": int(w[2], 0), "since": ver(w[4]),
                 "until": ver(w[6]) if len(w) > 6 and w[5] == "until"
                 else None, "implemented": w[-1] == "implemented",
                 "line": n}
            declared[w[1]] = d
        want_ops = {k: v for k, v in ops.items() if v["since"] <= release
                    and (v["until"] is None or release < v["until"])}
        want_flags = {k: v for k, v in flags.items() if v <= release}
        got_ops = {k for k, v in declared.items() if v["kind"] == "op"}
        got_flags = {k for k, v in declared.items() if v["kind"] == "flag"}
        check(got_ops == set(want_ops), "%s: futex.ops lists %s, the "
              "runtime has %s" % (spec, sorted(got_ops), sorted(want_ops)))
        check(got_flags == set(want_flags), "%s: futex.ops flags %s, the "
              "runtime %s" % (spec, sorted(got_flags), sorted(want_flags)))
        for name, d in declared.items():
            check(values.get(name) == d["value"], "%s:%d: %s is %s in the "
                  "reference, %d here" % (spec, d["line"], name,
                                          values.get(name), d["value"]))
            if d["kind"] == "op" and name in ops:
                r = ops[name]
                check(r["since"] == d["since"] and r["until"] == d["until"]
                      and r["implemented"] == d["implemented"],
                      "%s:%d: %s differs from the runtime's %s" %
                      (spec, d["line"], name, r))
            if d["kind"] == "flag" and name in flags:
                check(flags[name] == d["since"] and d["implemented"],
                      "%s:%d: %s differs from the runtime's since %s" %
                      (spec, d["line"], name, flags[name]))
    print("futex.ops: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
