#!/bin/bash
# check_import_current.sh — the committed spec of an imported release is a
# fixed point of `syscallc import`: importing it again from its own tables
# (spec/<release>/<arch>/syscall_{32,64}.tbl, syscall-declarations.h)
# changes neither its masters nor its dummy.list.  This is the
# idempotence of import on the real spec, and it catches a table updated
# without re-running `make import`.
#
#   check_import_current.sh SYSCALLC SCRATCH_DIR RELEASE_DIR...
set -u
syscallc=$1
work=$2
shift 2
passed=0
failed=0
for rel in "$@"; do
	r=$(basename "$rel")
	rm -rf "$work/$r" && mkdir -p "$work/$r"
	cp "$rel/dummy.list" "$work/$r/dummy.list"
	decl=
	[ -f "$rel/syscall-declarations.h" ] && decl="--prototypes $rel/syscall-declarations.h"
	for a in i386 amd64; do
		t=$rel/$a/syscall_32.tbl
		[ $a = amd64 ] && t=$rel/$a/syscall_64.tbl
		[ -f "$t" ] || continue
		mkdir -p "$work/$r/$a"
		if ! "$syscallc" import -q -w "$rel/$a/syscalls.master" "$t" \
		    -o "$work/$r/$a/syscalls.master" --release "$r" --arch $a \
		    --dummy-list "$work/$r/dummy.list" $decl; then
			failed=$((failed + 1))
			echo "FAIL import of $rel/$a"
			continue
		fi
		if cmp -s "$rel/$a/syscalls.master" "$work/$r/$a/syscalls.master"; then
			passed=$((passed + 1))
		else
			failed=$((failed + 1))
			echo "FAIL $rel/$a/syscalls.master changes when imported again:"
			diff -u "$rel/$a/syscalls.master" "$work/$r/$a/syscalls.master" | head -20
		fi
	done
	if cmp -s "$rel/dummy.list" "$work/$r/dummy.list"; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "FAIL $rel/dummy.list changes when imported again:"
		diff -u "$rel/dummy.list" "$work/$r/dummy.list" | head -20
	fi
done
echo "import is current: $passed passed, $failed failed"
[ $failed = 0 ]
