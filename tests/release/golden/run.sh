#!/bin/bash
# run.sh — golden tests of `syscallc import`, `coverage` and `diff`.
#
#   run.sh [--update] SYSCALLC CASE_DIR...
#
# Every case is a directory:
#   cmd              ONE line, as a user would type it, run in a scratch copy
#                    of tests/release/golden/common/ plus the case's own files;
#                    each word `syscallc` is replaced by SYSCALLC.
#   before/          optional: out/ before the run (a failing run must leave
#                    it exactly as it was)
#   expected/        what out/ must hold afterwards (absent: out/ must not
#                    exist, or equal before/)
#   expected.stdout, expected.stderr, expected.status
# --update rewrites the expected files from what the command does now
# (`make golden`); read the diff before committing.
set -u

update=0
if [ "${1:-}" = "--update" ]; then
	update=1
	shift
fi
if [ $# -lt 2 ]; then
	echo "usage: $0 [--update] SYSCALLC CASE_DIR..." >&2
	exit 2
fi
bin=$1
shift
common=$(dirname "$0")/common
scratch=$(mktemp -d "${TMPDIR:-/tmp}/release-golden.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
failed=0
passed=0

for dir in "$@"; do
	[ -f "$dir/cmd" ] || continue
	dir=${dir%/}
	name=$(basename "$dir")
	work=$scratch/$name
	mkdir -p "$work"
	cp -r "$common"/. "$work/"
	for f in "$dir"/*; do
		case $(basename "$f") in
		cmd|before|expected|expected.stdout|expected.stderr|expected.status) ;;
		*) cp -r "$f" "$work/" ;;
		esac
	done
	[ -d "$dir/before" ] && cp -r "$dir/before" "$work/out"
	cmd=$(head -n 1 "$dir/cmd")
	cmd=$(printf '%s' "$cmd" | sed "s#\(^\|[ &|;(]\)syscallc #\1$bin #g")
	(cd "$work" && SYSCALLC_TEMPLATES=${SYSCALLC_TEMPLATES:-} eval "$cmd") \
	    >"$scratch/$name.stdout" 2>"$scratch/$name.stderr" </dev/null
	status=$?

	if [ $update = 1 ]; then
		echo "$status" >"$dir/expected.status"
		cp "$scratch/$name.stdout" "$dir/expected.stdout"
		cp "$scratch/$name.stderr" "$dir/expected.stderr"
		rm -rf "$dir/expected"
		if [ -d "$work/out" ] && ! { [ "$status" != 0 ] && [ -d "$dir/before" ]; }; then
			cp -r "$work/out" "$dir/expected"
		fi
		echo "updated $name"
		continue
	fi

	problems=""
	want=$(cat "$dir/expected.status" 2>/dev/null || echo missing)
	[ "$status" = "$want" ] || problems+="  exit status $status, expected $want"$'\n'
	for s in stdout stderr; do
		if ! diff -u "$dir/expected.$s" "$scratch/$name.$s" >"$scratch/$name.$s.diff" 2>&1; then
			problems+="  $s differs:"$'\n'"$(head -n 60 "$scratch/$name.$s.diff")"$'\n'
		fi
	done
	if [ -d "$dir/expected" ]; then
		if ! diff -ru "$dir/expected" "$work/out" >"$scratch/$name.out.diff" 2>&1; then
			problems+="  out/ differs:"$'\n'"$(head -n 80 "$scratch/$name.out.diff")"$'\n'
		fi
	elif [ -d "$dir/before" ]; then
		if ! diff -ru "$dir/before" "$work/out" >"$scratch/$name.out.diff" 2>&1; then
			problems+="  a failed run changed out/:"$'\n'"$(cat "$scratch/$name.out.diff")"$'\n'
		fi
	elif [ -e "$work/out" ]; then
		problems+="  out/ was written but no expected/ exists"$'\n'
	fi
	if [ -n "$problems" ]; then
		echo "FAIL $name ($cmd)"
		printf '%s' "$problems"
		failed=$((failed + 1))
	else
		passed=$((passed + 1))
	fi
done

[ $update = 1 ] && exit 0
echo "golden (release tools): $passed passed, $failed failed"
[ $failed = 0 ]
