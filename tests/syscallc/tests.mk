# tests/syscallc/tests.mk — syscallc's unit tests (Criterion) and golden
# tests; included by tools/syscallc/rules.mk, which defines SC_*.
#
#   tests/syscallc/test_<unit>.c   one Criterion suite per module
#   tests/golden/<case>/           one golden case (see tests/golden/README)

SC_TEST_SRCS := $(wildcard tests/syscallc/test_*.c)
SC_TESTS := $(patsubst tests/syscallc/%.c,$(BUILD)/tests/syscallc/%,$(SC_TEST_SRCS))

$(BUILD)/tests/syscallc/%: tests/syscallc/%.c tests/syscallc/helpers.h $(SC_LIB)
	@mkdir -p $(@D)
	$(Q)$(CC) $(SC_CFLAGS) -Itests/syscallc -MMD -MP -o $@ $< $(SC_LIB) \
		$(ALL_LDFLAGS) -lcriterion $(SC_LUA_LIBS) -lm -ldl

-include $(SC_TESTS:=.d)

# Criterion cannot start in a ThreadSanitizer process on this machine
# ("Could not initialize inheritable arena": its arena is mapped where TSan
# keeps its shadow memory), and syscallc runs no threads: under TSAN=1 the
# suites are skipped; the golden and CLI checks still run the TSan build.
.PHONY: check-syscallc-unit
ifeq ($(TSAN),1)
check-syscallc-unit:
	@echo "check-syscallc-unit: skipped under TSAN=1 (Criterion does not start under ThreadSanitizer)"
else
check-syscallc-unit: $(SC_TESTS)
	$(Q)set -e; for t in $(SC_TESTS); do \
		SYSCALLC_TEMPLATES=$(abspath templates) $$t --jobs 2 >$$t.log 2>&1 || { cat $$t.log; echo "FAIL: $$t"; exit 1; }; \
		tail -1 $$t.log; \
	done
endif
CHECK_TARGETS += check-syscallc-unit

# The command line and the man page (tests/syscallc/cli-check): --help and
# usage errors of every command in commands.c, nothing written on a usage
# error, syscallc.1 clean and complete.
.PHONY: check-syscallc-cli
check-syscallc-cli: $(SC_BIN)
	$(Q)SYSCALLC_TEMPLATES=$(abspath templates) tests/syscallc/cli-check $(SC_BIN)
CHECK_TARGETS += check-syscallc-cli

# Golden cases: tests/golden/<case>/ (see tests/golden/run).
.PHONY: check-syscallc-golden golden-syscallc
check-syscallc-golden: $(SC_BIN)
	$(Q)SYSCALLC_TEMPLATES=$(abspath templates) tests/golden/run $(SC_BIN)
CHECK_TARGETS += check-syscallc-golden

golden-syscallc: $(SC_BIN)
	$(Q)SYSCALLC_TEMPLATES=$(abspath templates) tests/golden/run --update $(SC_BIN)
GOLDEN_TARGETS += golden-syscallc

# FreeBSD's own inputs are not part of the project (and `make check` must
# not read ../shared): this compares with FreeBSD's generator on demand.
#   make compat-check [COMPAT_CASES="dir ..."]
COMPAT_CASES ?= $(wildcard ../shared/reference/freebsd/cases/*/ /work/shared/reference/freebsd/cases/*/)
.PHONY: compat-check
compat-check: $(SC_DIR)/syscallc
	$(Q)SYSCALLC=$(abspath $(SC_DIR)/syscallc) \
		$(firstword $(wildcard ../shared/tools/freebsd-compat-check /work/shared/tools/freebsd-compat-check)) \
		$(COMPAT_CASES)
