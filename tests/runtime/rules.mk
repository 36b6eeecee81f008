# tests/runtime/rules.mk — tests of the runtime cores on the in-process host.
#
# Conventions (add files, not rules):
#  - tests/runtime/test_<unit>.c: a Criterion suite, built natively (amd64)
#    once per release with generated tables and linked with that release's
#    libkern.a and the in-process host: $(BUILD)/tests/runtime/<release>/test_<unit>.
#  - tests/runtime/helpers/<name>.c: a standalone program (its own main)
#    built for both arches — $(BUILD)/tests/runtime/helpers/<name>_amd64 and
#    <name>_i386 (-m32), linked with that arch's libkern.a of the first
#    release and libinproc.a — that differential tests run (for instance to
#    capture what the real kernel does in a 32-bit process). A helper that
#    must not link the runtime names itself raw_<name>.c.
#  - tests/runtime/selfcheck_<name>.c: a standalone test program (its own
#    main, exit status 0 = pass), built like a suite. Criterion's runner
#    cannot start under ThreadSanitizer (it maps its arena where TSan keeps
#    its shadow memory), so with TSAN=1 check-runtime builds and runs the
#    selfchecks only; in the other flavours it runs both.
# Tests find their helpers through the environment variable
# RUNTIME_HELPERS_DIR, set when make check runs them.
#  - RT_TEST_LDFLAGS_<unit>: extra link flags for test_<unit> only.

RT_TEST_SRCS := $(wildcard tests/runtime/test_*.c)
RT_SELFCHECK_SRCS := $(wildcard tests/runtime/selfcheck_*.c)
RT_HELPER_SRCS := $(wildcard tests/runtime/helpers/*.c)
RT_TEST_DIR := $(BUILD)/tests/runtime
RT_HELPERS_DIR := $(RT_TEST_DIR)/helpers
RT_FIRST_RELEASE := $(firstword $(RUNTIME_RELEASES))
CRITERION_LIBS := -lcriterion
# libkern.a is linked whole: its handlers override weak fallbacks, and an
# archive member holding only a strong override would otherwise never be
# pulled in once the weak definition resolved the symbol.
rt_link_kern = -Wl,--whole-archive $(1) -Wl,--no-whole-archive

# test_linux_ioctl replaces every ioctl set handler by a recording one,
# the runtime's real linux_ioctl_termio included (the generated weak ones
# give way by themselves). Its object comes first on the link line, so with
# --allow-multiple-definition its definitions are the ones used; the real
# handler is tested by test_linux_ioctl_termio.
RT_TEST_LDFLAGS_linux_ioctl := -Wl,--allow-multiple-definition

# $(call rt_test_release,release)
define rt_test_release
RT_TESTS_$(1) := $$(patsubst tests/runtime/%.c,$$(RT_TEST_DIR)/$(1)/%,$$(RT_TEST_SRCS))
$$(RT_TEST_DIR)/$(1)/test_%: tests/runtime/test_%.c $$(BUILD)/runtime/$(1)/amd64/libkern.a $$(BUILD)/runtime/amd64/libinproc.a
	@mkdir -p $$(@D)
	$$(Q)$$(CC) $$(ALL_CFLAGS) $$(RT_CFLAGS_$(1)_amd64) -Iruntime/host/inproc -Itests/runtime -MMD -MP -o $$@ $$< \
		$$(call rt_link_kern,$$(BUILD)/runtime/$(1)/amd64/libkern.a) $$(BUILD)/runtime/amd64/libinproc.a \
		$$(ALL_LDFLAGS) $$(RT_TEST_LDFLAGS_$$*) $$(CRITERION_LIBS) -lpthread
$$(RT_TEST_DIR)/$(1)/selfcheck_%: tests/runtime/selfcheck_%.c $$(BUILD)/runtime/$(1)/amd64/libkern.a $$(BUILD)/runtime/amd64/libinproc.a
	@mkdir -p $$(@D)
	$$(Q)$$(CC) $$(ALL_CFLAGS) $$(RT_CFLAGS_$(1)_amd64) -Iruntime/host/inproc -Itests/runtime -MMD -MP -o $$@ $$< \
		$$(call rt_link_kern,$$(BUILD)/runtime/$(1)/amd64/libkern.a) $$(BUILD)/runtime/amd64/libinproc.a \
		$$(ALL_LDFLAGS) -lpthread
RT_TESTS += $$(RT_TESTS_$(1))
RT_SELFCHECKS_$(1) := $$(patsubst tests/runtime/%.c,$$(RT_TEST_DIR)/$(1)/%,$$(RT_SELFCHECK_SRCS))
RT_SELFCHECKS += $$(RT_SELFCHECKS_$(1))
endef

# $(call rt_helper_arch,arch)
define rt_helper_arch
RT_HELPERS_$(1) := $$(patsubst tests/runtime/helpers/%.c,$$(RT_HELPERS_DIR)/%_$(1),$$(RT_HELPER_SRCS))
$$(RT_HELPERS_DIR)/raw_%_$(1): tests/runtime/helpers/raw_%.c
	@mkdir -p $$(@D)
	$$(Q)$$(CC) $$(ALL_CFLAGS) $$(ARCH_CFLAGS_$(1)) -Itests/runtime -MMD -MP -o $$@ $$< $$(ALL_LDFLAGS) -lpthread
$$(RT_HELPERS_DIR)/%_$(1): tests/runtime/helpers/%.c $$(BUILD)/runtime/$$(RT_FIRST_RELEASE)/$(1)/libkern.a $$(BUILD)/runtime/$(1)/libinproc.a
	@mkdir -p $$(@D)
	$$(Q)$$(CC) $$(ALL_CFLAGS) $$(RT_CFLAGS_$$(RT_FIRST_RELEASE)_$(1)) -Iruntime/host/inproc -Itests/runtime -MMD -MP -o $$@ $$< \
		$$(call rt_link_kern,$$(BUILD)/runtime/$$(RT_FIRST_RELEASE)/$(1)/libkern.a) $$(BUILD)/runtime/$(1)/libinproc.a \
		$$(ALL_LDFLAGS) -lpthread
RT_HELPERS += $$(RT_HELPERS_$(1))
endef

# ThreadSanitizer has no 32-bit runtime: with TSAN=1 the i386 helpers are
# not built, and the tests that run them skip (they test __SANITIZE_THREAD__).
RT_HELPER_ARCHES := $(if $(filter 1,$(TSAN)),amd64,$(RUNTIME_ARCHES))

RT_TESTS :=
RT_SELFCHECKS :=
RT_HELPERS :=
ifneq ($(RT_FIRST_RELEASE),)
$(foreach r,$(RUNTIME_RELEASES),$(eval $(call rt_test_release,$(r))))
$(foreach a,$(RT_HELPER_ARCHES),$(eval $(call rt_helper_arch,$(a))))
endif
-include $(RT_TESTS:=.d) $(RT_SELFCHECKS:=.d) $(RT_HELPERS:=.d)

# ThreadSanitizer has no i386 runtime either: no helpers under TSAN=1.
ifeq ($(TSAN),1)
RT_RUN_SUITES :=
RT_RUN_HELPERS :=
else
RT_RUN_SUITES := $(RT_TESTS)
RT_RUN_HELPERS := $(RT_HELPERS)
endif

.PHONY: check-runtime
check-runtime: $(RT_RUN_SUITES) $(RT_SELFCHECKS) $(RT_RUN_HELPERS)
	$(Q)set -e; for t in $(RT_RUN_SUITES); do \
		echo "== $$t"; RUNTIME_HELPERS_DIR=$(abspath $(RT_HELPERS_DIR)) $$t --jobs 1; \
	done; for t in $(RT_SELFCHECKS); do \
		echo "== $$t"; RUNTIME_HELPERS_DIR=$(abspath $(RT_HELPERS_DIR)) timeout 300 $$t; \
	done
CHECK_TARGETS += check-runtime
