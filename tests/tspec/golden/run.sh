#!/bin/bash
# run.sh — golden tests of `syscallc translate`.
#
#   run.sh [--update] TRANSLATE TEMPLATES CASE_DIR...
#
# TRANSLATE is the command that runs the subcommand ("/path/to/syscallc
# translate"); TEMPLATES the template directory. Every case is a directory:
#
#   (common/)        tests/tspec/golden/common/ is copied into every scratch
#                    directory first: inputs many cases share.
#   cmd              ONE line: the command, as a user would type it, run in a
#                    scratch copy of the case; `syscallc translate` is
#                    replaced by TRANSLATE and @TEMPLATES@ by TEMPLATES.
#   spec/, host/...  the inputs the command names (anything but the files
#                    below is copied into the scratch directory).
#   before/          optional: the content of out/ before the run (a failing
#                    run must leave it exactly as it was).
#   expected/        what out/ must hold afterwards (absent: out/ must not
#                    exist, or equal before/).
#   expected.stderr  the exact diagnostics.
#   expected.status  the exit status.
#
# --update rewrites expected/, expected.stderr and expected.status from what
# the command does now (`make golden`); read the diff before committing.
# Exit status: 0 all cases pass, 1 some case failed, 2 usage.
set -u

update=0
if [ "${1:-}" = "--update" ]; then
	update=1
	shift
fi
if [ $# -lt 3 ]; then
	echo "usage: $0 [--update] TRANSLATE TEMPLATES CASE_DIR..." >&2
	exit 2
fi
translate=$1
templates=$2
shift 2
common=$(dirname "$0")/common

scratch=$(mktemp -d "${TMPDIR:-/tmp}/tspec-golden.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
failed=0
passed=0

for dir in "$@"; do
	dir=${dir%/}
	name=$(basename "$dir")
	if [ ! -f "$dir/cmd" ]; then
		echo "FAIL $name: no cmd file"
		failed=$((failed + 1))
		continue
	fi
	work=$scratch/$name
	rm -rf "$work"
	mkdir -p "$work"
	# Inputs every case shares (host facts), then the case's own.
	if [ -d "$common" ]; then
		cp -r "$common"/. "$work/"
	fi
	for f in "$dir"/*; do
		b=$(basename "$f")
		case $b in
		cmd|before|expected|expected.stderr|expected.status) ;;
		*) cp -r "$f" "$work/" ;;
		esac
	done
	if [ -d "$dir/before" ]; then
		cp -r "$dir/before" "$work/out"
	fi
	cmd=$(head -n 1 "$dir/cmd")
	cmd=${cmd/syscallc translate/$translate}
	cmd=${cmd//@TEMPLATES@/$templates}
	(cd "$work" && eval "$cmd") >"$scratch/$name.stdout" 2>"$scratch/$name.stderr"
	status=$?

	if [ $update = 1 ]; then
		echo "$status" >"$dir/expected.status"
		cp "$scratch/$name.stderr" "$dir/expected.stderr"
		rm -rf "$dir/expected"
		# A failed run is compared with before/, not with a copy of it.
		if [ -d "$work/out" ] && ! { [ "$status" != 0 ] && [ -d "$dir/before" ]; }; then
			cp -r "$work/out" "$dir/expected"
		fi
		echo "updated $name"
		continue
	fi

	problems=""
	want_status=$(cat "$dir/expected.status" 2>/dev/null || echo missing)
	if [ "$status" != "$want_status" ]; then
		problems+="  exit status $status, expected $want_status"$'\n'
	fi
	if ! diff -u "$dir/expected.stderr" "$scratch/$name.stderr" \
	    >"$scratch/$name.stderr.diff" 2>&1; then
		problems+="  diagnostics differ:"$'\n'"$(cat "$scratch/$name.stderr.diff")"$'\n'
	fi
	if [ -d "$dir/expected" ]; then
		if [ ! -d "$work/out" ]; then
			problems+="  out/ was not written"$'\n'
		elif ! diff -ru "$dir/expected" "$work/out" \
		    >"$scratch/$name.out.diff" 2>&1; then
			problems+="  outputs differ:"$'\n'"$(head -n 200 "$scratch/$name.out.diff")"$'\n'
		fi
	elif [ -d "$dir/before" ]; then
		if ! diff -ru "$dir/before" "$work/out" \
		    >"$scratch/$name.out.diff" 2>&1; then
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

if [ $update = 1 ]; then
	exit 0
fi
echo "golden (translate): $passed passed, $failed failed"
[ $failed = 0 ]
