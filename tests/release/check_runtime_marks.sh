#!/bin/bash
# check_runtime_marks.sh — `;@implemented` in the masters agrees with the
# runtime: every handler that runtime/kern defines (a line `linux_NAME(`
# after its return type, style(9)) and that a master names must carry the
# mark in that master, or coverage would call an implemented syscall
# unimplemented; and every mark must name a handler runtime/kern defines,
# or coverage would call an unimplemented syscall implemented.
#
#   check_runtime_marks.sh SYSCALLC RUNTIME_DIR SPEC...
set -u
syscallc=$1
runtime=$2
shift 2
defined=$(grep -ho '^linux_[a-z0-9_]*(' "$runtime"/*.c | tr -d '(' | sort -u)
passed=0
failed=0
for spec in "$@"; do
	report=$("$syscallc" coverage "$spec" -f json) || { echo "FAIL coverage $spec"; exit 1; }
	while read -r arch handler status; do
		if printf '%s\n' "$defined" | grep -qx "$handler"; then
			if [ "$status" = implemented ]; then
				passed=$((passed + 1))
			else
				failed=$((failed + 1))
				echo "FAIL $spec/$arch: runtime/kern defines $handler but the master says $status (add ;@implemented)"
			fi
		elif [ "$status" = implemented ]; then
			failed=$((failed + 1))
			echo "FAIL $spec/$arch: the master marks $handler implemented but $runtime does not define it"
		fi
	done < <(printf '%s' "$report" | python3 -c '
import json, sys
docs = json.load(sys.stdin)
for a in (docs if isinstance(docs, list) else [docs]):
    for s in a["syscalls"]:
        print(a["arch"], s["handler"], s["spec_status"])')
done
[ $((passed + failed)) -gt 0 ] || { echo "FAIL: no runtime handler is named by any master"; failed=1; }
echo "runtime marks: $passed passed, $failed failed"
[ $failed = 0 ]
