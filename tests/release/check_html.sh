#!/bin/bash
# check_html.sh — the coverage page renders in a real browser: headless
# Chromium loads `syscallc coverage -f html` pages, and every syscall cell
# must be in the DOM it ends with, the page's script must have run
# (data-ready), counted every cell (data-cells) and met no error
# (data-jserror), and the browser must log no console message at all.
# A page with a deliberate script error must be caught the same way, so a
# broken detector cannot pass.
#
#   check_html.sh SYSCALLC SCRATCH_DIR SPEC_A SPEC_B
#
# Without Chromium (Debian's chromium package) the test says "skipped".
set -u
syscallc=$1
work=$2
a=$3
b=$4
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
	echo "html: SKIPPED (no chromium: apt-get install chromium)"
	echo "html: 0 passed, 0 failed, 1 skipped"
	exit 0
fi
rm -rf "$work" && mkdir -p "$work"
passed=0
failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL $*"; }

# render PAGE: the DOM on stdout -> PAGE.dom, the browser's log -> PAGE.log
render() {
	local profile
	profile=$(mktemp -d "$work/profile.XXXXXX")
	timeout 120 "$browser" --headless --no-sandbox --disable-gpu \
	    --no-first-run --disable-background-networking \
	    --disable-component-update --disable-sync \
	    --user-data-dir="$profile" --enable-logging=stderr --v=0 \
	    --dump-dom "file://$(realpath "$1")" >"$1.dom" 2>"$1.log" </dev/null
	local rc=$?
	rm -rf "$profile"
	return $rc
}

# check PAGE EXPECTED_CELLS ID...: every id present, counts, no errors
check_page() {
	local page=$1 cells=$2 missing=0 id
	shift 2
	render "$page" || { bad "$page: chromium exited with an error"; return; }
	local body
	body=$(grep -o '<body[^>]*>' "$page.dom")
	case $body in *'data-ready="1"'*) ok ;; *) bad "$page: the script did not run to its end" ;; esac
	case $body in *"data-cells=\"$cells\""*) ok ;; *) bad "$page: expected data-cells=\"$cells\" in $body" ;; esac
	case $body in *data-jserror*) bad "$page: script error in $body" ;; *) ok ;; esac
	grep -q ':CONSOLE' "$page.log" && bad "$page: console messages: $(grep ':CONSOLE' "$page.log" | head -3)" || ok
	for id in "$@"; do
		grep -q "id=\"$id\"" "$page.dom" || missing=$((missing + 1))
	done
	[ $missing = 0 ] && ok || bad "$page: $missing of $# syscall cells are not in the DOM"
}

# The ids of every cell of SPEC's arches, prefixed by TAG (a or b).
cell_ids() {
	"$syscallc" coverage "$2" -f json | python3 -c '
import json, sys
docs = json.load(sys.stdin)
for a in (docs if isinstance(docs, list) else [docs]):
    for s in a["syscalls"]:
        print("%s-%s-%d" % (sys.argv[1], a["arch"], s["number"]))' "$1"
}

"$syscallc" coverage "$a" -f html -o "$work/one.html" || bad "coverage -f html $a"
"$syscallc" coverage "$a" --compare "$b" -f html -o "$work/two.html" ||
    bad "coverage -f html --compare"
ids_a=$(cell_ids a "$a")
ids_b=$(cell_ids b "$b")
n_a=$(printf '%s\n' "$ids_a" | wc -l)
n_b=$(printf '%s\n' "$ids_b" | wc -l)
[ "$n_a" -gt 0 ] && ok || bad "no syscall in $a"
check_page "$work/one.html" "$n_a" $ids_a
check_page "$work/two.html" $((n_a + n_b)) $ids_a $ids_b

# the detector itself: a broken page must fail every way it can
sed 's#</body>#<script>no_such_function();</script></body>#' "$work/one.html" >"$work/broken.html"
render "$work/broken.html"
grep -o '<body[^>]*>' "$work/broken.html.dom" | grep -q 'data-jserror' && ok || bad "a script error went unseen in the DOM"
grep -q ':CONSOLE' "$work/broken.html.log" && ok || bad "a script error went unseen in the browser log"

echo "html: $passed passed, $failed failed"
[ $failed = 0 ]
