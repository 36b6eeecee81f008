#!/usr/bin/env python3
"""check_since.py SYSCALLC SPEC... — every syscall Linux implements in a
release's table has its first Linux release in the coverage report.

The column comes from spec/syscall-since.tsv; a syscall added to Linux after
the table was last extended would show an empty "since" and this test names
it (extend the table, with the release that added the call)."""
import json
import subprocess
import sys


def main():
    syscallc, specs = sys.argv[1], sys.argv[2:]
    missing, checked = [], 0
    for spec in specs:
        out = subprocess.run([syscallc, "coverage", spec, "-f", "json"],
                             check=True, capture_output=True, text=True).stdout
        for arch in json.loads(out):
            for row in arch["syscalls"]:
                if not row.get("in_linux"):
                    continue
                checked += 1
                if not row.get("since"):
                    missing.append(f'{spec} {arch["arch"]} {row["number"]} {row["name"]}')
    if checked == 0:
        print("check_since: no syscall Linux implements was reported", file=sys.stderr)
        return 1
    for m in missing:
        print(f"check_since: no first release for {m}", file=sys.stderr)
    print(f"first release: {checked - len(missing)} of {checked} syscalls Linux implements")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
