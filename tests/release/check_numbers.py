#!/usr/bin/env python3
"""check_numbers.py — the syscall numbers syscallc wrote for a release are
Linux's: out/<release>/<arch>/linux_syscall.h against the release's
reference table (tests/fixtures/<release>/<arch>-syscalls.tsv) and against
the kernel headers' __NR_* numbers (the committed copy of Debian 12's
asm/unistd_{32,64}.h, and this machine's own when it has them).

usage: check_numbers.py OUT_DIR FIXTURE_DIR

A LINUX_SYS_<name> define must sit at the number whose Linux name or
kernel entry point (without sys_, ia32_, linux_, obs_) it is, except for
the departures listed in DEVIATIONS with their reasons; a number whose
kernel entry is missing or sys_ni_syscall has no define or an obs_ one.
"""
import os
import re
import sys

ARCHES = {
    "i386": ("unistd_32.h", ("i386",)),
    "amd64": ("unistd_64.h", ("common", "64")),
}
# (arch, number): (the name syscallc writes, why)
DEVIATIONS = {
    ("amd64", 17): ("pread", "NOPROTO: the host's pread serves pread64"),
    ("amd64", 18): ("pwrite", "NOPROTO: the host's pwrite serves pwrite64"),
    ("amd64", 63): ("newuname", "x86_64's uname is sys_newuname"),
}
for arch in ARCHES:
    for name in ("wake", "wait", "requeue"):
        n = {"wake": 454, "wait": 455, "requeue": 456}[name]
        DEVIATIONS[(arch, n)] = ("futex2_" + name, "runtime/kern's futex "
                                 "core owns linux_futex_" + name)

passed = failed = 0


def check(ok, msg):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL " + msg)


def strip(name):
    for p in ("linux_", "obs_", "sys_", "compat_sys_", "ia32_"):
        if name.startswith(p):
            name = name[len(p):]
    return name


def read_defines(path):
    nums, maxsys = {}, None
    for line in open(path):
        m = re.match(r"#define\s+LINUX_SYS_(\w+)\s+(\d+)", line)
        if m:
            if m.group(1) == "MAXSYSCALL":
                maxsys = int(m.group(2))
            else:
                nums.setdefault(int(m.group(2)), []).append(m.group(1))
    return nums, maxsys


def read_tsv(path, abis):
    rows = {}
    lines = open(path).read().splitlines()
    head = lines[0].split("\t")
    for line in lines[1:]:
        r = dict(zip(head, line.split("\t")))
        if r.get("abi", abis[0]) in abis:
            rows[int(r["number"])] = r
    return rows


def read_unistd(path):
    nr = {}
    for line in open(path):
        m = re.match(r"#define\s+__NR_(\w+)\s+(\d+)\s*$", line)
        if m:
            nr[m.group(1)] = int(m.group(2))
    return nr


def implemented(r):
    return r.get("entry", "") not in ("", "sys_ni_syscall")


def main():
    out, fixtures = sys.argv[1], sys.argv[2]
    for arch, (unistd, abis) in ARCHES.items():
        defs, maxsys = read_defines(os.path.join(out, arch,
                                                 "linux_syscall.h"))
        ref = read_tsv(os.path.join(fixtures, arch + "-syscalls.tsv"), abis)
        check(maxsys == max(ref) + 1, "%s: LINUX_SYS_MAXSYSCALL %s, the "
              "table's largest number is %d" % (arch, maxsys, max(ref)))
        for num in range(maxsys or 0):
            names = defs.get(num, [])
            r = ref.get(num)
            if r is None or not implemented(r):
                check(all(n.startswith("obs_") for n in names),
                      "%s %d: Linux has no implementation but "
                      "linux_syscall.h defines %s" % (arch, num, names))
                continue
            want = {r["name"], strip(r["entry"])}
            if (arch, num) in DEVIATIONS:
                want.add(DEVIATIONS[(arch, num)][0])
            got = [strip(n) for n in names if not n.startswith("obs_")]
            check(len(got) == 1 and got[0] in want,
                  "%s %d (%s): linux_syscall.h defines %s" %
                  (arch, num, r["name"], names))
        for num, names in sorted(defs.items()):
            check(num in range(maxsys or 0), "%s: %s at %d, outside the "
                  "table" % (arch, names, num))
        headers = [os.path.join(fixtures, unistd)]
        live = "/usr/include/x86_64-linux-gnu/asm/" + unistd
        if os.path.exists(live):
            headers.append(live)
        for h in headers:
            nr = read_unistd(h)
            check(len(nr) > 300, "%s: only %d __NR_ numbers" % (h, len(nr)))
            for name, num in sorted(nr.items()):
                r = ref.get(num)
                check(r is not None and r["name"] == name,
                      "%s: __NR_%s %d, the table has %s there" %
                      (h, name, num, r and r["name"]))
                if r is None or not implemented(r):
                    check(all(n.startswith("obs_") for n in
                              defs.get(num, [])), "%s: __NR_%s %d: spec "
                          "defines %s" % (h, name, num, defs.get(num)))
                    continue
                want = {name, strip(r["entry"])}
                if (arch, num) in DEVIATIONS:
                    want.add(DEVIATIONS[(arch, num)][0])
                got = [strip(n) for n in defs.get(num, [])]
                check(len(got) == 1 and got[0] in want,
                      "%s: __NR_%s is %d, linux_syscall.h has %s there" %
                      (h, name, num, defs.get(num)))
    print("numbers: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
