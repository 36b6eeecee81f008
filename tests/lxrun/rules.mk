# tests/lxrun/rules.mk — tests of lxrun and of the tracer host.
#
#  - tests/lxrun/progs/<name>.c: test programs run under the tracer, built
#    for both arches: $(BUILD)/tests/lxrun/progs/<name>_<arch>. They stand
#    for "real programs" and are built without sanitizers (LeakSanitizer
#    does not work under ptrace).
#  - tests/lxrun/raw/<name>.c: programs without a C library (raw.h), for
#    any release: $(BUILD)/tests/lxrun/raw/<name>_<arch>.
#  - tests/lxrun/mock/: the mock runtime and mock_engine_<arch>, the tracer
#    host without runtime/kern (tests of the host alone).
#  - tests/lxrun/test_<unit>.c: Criterion suites (amd64); they find the
#    programs and engines through LXRUN_TEST_DIR.

LXT_DIR := $(BUILD)/tests/lxrun
LXT_PROG_SRCS := $(wildcard tests/lxrun/progs/*.c)
LXT_MOCK_SRCS := $(wildcard tests/lxrun/mock/*.c)
LXT_TESTS := $(patsubst tests/lxrun/%.c,$(LXT_DIR)/%,$(wildcard tests/lxrun/test_*.c))

# $(call lxt_arch,arch)
define lxt_arch
LXT_PROGS += $$(patsubst tests/lxrun/progs/%.c,$$(LXT_DIR)/progs/%_$(1),$$(LXT_PROG_SRCS))
$$(LXT_DIR)/progs/%_$(1): tests/lxrun/progs/%.c
	@mkdir -p $$(@D)
	$$(Q)$$(CC) $$(BASE_CFLAGS) $$(CFLAGS) $$(ARCH_CFLAGS_$(1)) -Itests/lxrun/mock -MMD -MP -o $$@ $$< $$(LDFLAGS) -pthread
LXT_RAW += $$(patsubst tests/lxrun/raw/%.c,$$(LXT_DIR)/raw/%_$(1),$$(LXT_RAW_SRCS))
$$(LXT_DIR)/raw/%_$(1): tests/lxrun/raw/%.c tests/lxrun/raw/raw.h
	@mkdir -p $$(@D)
	$$(Q)$$(CC) $$(BASE_CFLAGS) $$(ARCH_CFLAGS_$(1)) -ffreestanding -fno-stack-protector -fno-pie -no-pie -nostdlib -static -o $$@ $$<
LXT_MOCK_OBJS_$(1) := $$(patsubst tests/lxrun/mock/%.c,$$(LXT_DIR)/mock/$(1)/%.o,$$(LXT_MOCK_SRCS))
$$(LXT_DIR)/mock/$(1)/%.o: tests/lxrun/mock/%.c
	@mkdir -p $$(@D)
	$$(Q)$$(CC) $$(LX_CFLAGS_$(1)) $$(LX_HOST_CFLAGS) -Itests/lxrun/mock -MMD -MP -c -o $$@ $$<
$$(LXT_DIR)/mock_engine_$(1): $$(LXT_MOCK_OBJS_$(1)) $$(LX_DIR)/$(1)/libtracer.a
	$$(Q)$$(CC) -o $$@ $$^ $$(LX_LDFLAGS_$(1))
LXT_ENGINES += $$(LXT_DIR)/mock_engine_$(1)
-include $$(LXT_MOCK_OBJS_$(1):.o=.d)
endef

LXT_PROGS :=
LXT_RAW :=
LXT_RAW_SRCS := $(wildcard tests/lxrun/raw/*.c)
LXT_ENGINES :=
$(foreach a,$(LX_ARCHES),$(eval $(call lxt_arch,$(a))))
-include $(LXT_PROGS:=.d)

# The Criterion drivers only start programs: under TSAN=1 they are built
# uninstrumented (Criterion does not start under ThreadSanitizer here);
# the engines they run carry the instrumentation.
LXT_DRIVER_SAN = $(if $(filter 1,$(TSAN)),,$(SAN_FLAGS))
$(LXT_DIR)/test_%: tests/lxrun/test_%.c
	@mkdir -p $(@D)
	$(Q)$(CC) $(BASE_CFLAGS) $(LXT_DRIVER_SAN) $(CFLAGS) -Itests/lxrun -MMD -MP -o $@ $< $(LXT_DRIVER_SAN) $(LDFLAGS) $(CRITERION_LIBS)
-include $(LXT_TESTS:=.d)

# The comparisons of real programs and hard cases run twice: as lxrun runs
# by default (futex waits and wakes through seccomp user notification) and
# with --ptrace-only (LXT_PTRACE_ONLY), so that both paths stay tested.
LXT_BOTH_MODES := $(filter %/test_lxrun_hardcases %/test_lxrun_programs,$(LXT_TESTS))
LXT_ENV = LXRUN_TEST_DIR=$(abspath $(LXT_DIR)) LXRUN_BIN_DIR=$(abspath $(LX_DIR)) \
	LSAN_OPTIONS=suppressions=$(abspath tests/lxrun/lsan.supp)

.PHONY: check-lxrun
check-lxrun: $(LXT_TESTS) $(LXT_PROGS) $(LXT_RAW) $(LXT_ENGINES) $(LX_PRODUCTS)
	$(Q)set -e; for t in $(LXT_TESTS); do \
		echo "== $$t"; $(LXT_ENV) $$t --jobs 2; \
	done; for t in $(LXT_BOTH_MODES); do \
		echo "== $$t (--ptrace-only)"; LXT_PTRACE_ONLY=1 $(LXT_ENV) $$t --jobs 2; \
	done
CHECK_TARGETS += check-lxrun
