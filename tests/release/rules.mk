# tests/release/rules.mk — tests of the release tools: `syscallc import`,
# `coverage` and `diff` (docs/import-coverage.md, "Tests").
#
#   check-release-golden    tests/release/golden/<case>/: exact outputs,
#                           diagnostics and exit status on small fixtures
#                           (import, its idempotence, bad tables, coverage
#                           in every format, traces, diff)
#   check-release-current   spec/linux-6.12 is a fixed point of import
#   check-release-numbers   out/linux-6.12/*/linux_syscall.h against the
#                           reference tables and the kernel headers
#   check-release-json      the JSON reports validate against docs/*.json
#   check-release-html      the HTML page in headless Chromium
#   check-release-strace    --trace on a real program traced by strace
#   check-release-marks     ;@implemented agrees with runtime/kern
#   check-release-futex     spec/*/futex.ops declares runtime/kern's table
#   check-release-since     every syscall Linux implements has its first release
#
# The browser and strace tests say "skipped" when their tool is missing.

REL_SYSCALLC := $(BUILD)/tools/syscallc/syscallc
REL_WORK := $(BUILD)/tests/release
REL_GOLDEN_CASES := $(patsubst %/cmd,%,$(wildcard tests/release/golden/*/cmd))
REL_RELEASES := linux-2.6.16 linux-6.12

.PHONY: check-release check-release-golden check-release-current \
	check-release-numbers check-release-json check-release-html \
	check-release-strace check-release-marks check-release-futex \
	check-release-since golden-release
check-release: check-release-golden check-release-current \
	check-release-numbers check-release-json check-release-html \
	check-release-strace check-release-marks check-release-futex \
	check-release-since

check-release-golden: $(REL_SYSCALLC)
	$(Q)tests/release/golden/run.sh $(abspath $(REL_SYSCALLC)) $(REL_GOLDEN_CASES)
golden-release: $(REL_SYSCALLC)
	$(Q)tests/release/golden/run.sh --update $(abspath $(REL_SYSCALLC)) $(REL_GOLDEN_CASES)

check-release-current: $(REL_SYSCALLC)
	$(Q)tests/release/check_import_current.sh $(REL_SYSCALLC) $(REL_WORK)/current spec/linux-6.12

check-release-numbers:
	$(Q)python3 tests/release/check_numbers.py out/linux-6.12 tests/fixtures/linux-6.12

check-release-json: $(REL_SYSCALLC)
	$(Q)python3 tests/release/check_json.py docs $(REL_SYSCALLC) $(addprefix spec/,$(REL_RELEASES))

check-release-html: $(REL_SYSCALLC)
	$(Q)tests/release/check_html.sh $(abspath $(REL_SYSCALLC)) $(abspath $(REL_WORK))/html spec/linux-6.12 spec/linux-2.6.16

check-release-strace: $(REL_SYSCALLC)
	$(Q)python3 tests/release/check_strace.py $(REL_SYSCALLC) spec/linux-6.12 $(REL_WORK)/strace

check-release-marks: $(REL_SYSCALLC)
	$(Q)tests/release/check_runtime_marks.sh $(REL_SYSCALLC) runtime/kern $(addprefix spec/,$(REL_RELEASES))

check-release-futex:
	$(Q)python3 tests/release/check_futex_ops.py runtime/kern/linux_futex_syscall.c \
		tests/fixtures/linux/futex-ops.tsv $(addprefix spec/,$(REL_RELEASES))

check-release-since: $(REL_SYSCALLC)
	$(Q)python3 tests/release/check_since.py $(REL_SYSCALLC) $(addprefix spec/,$(REL_RELEASES))

CHECK_TARGETS += check-release
GOLDEN_TARGETS += golden-release
