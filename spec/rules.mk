# spec/rules.mk — the Linux release specs: regenerating out/ from them with
# syscallc, showing what they produce, and testing the result.
#
#   make regen   runs syscallc on every spec/linux-*/<arch>/ directory; each
#                syscalls.conf names its outputs under out/<release>/<arch>/
#   make demo    builds syscallc, regenerates the default spec
#                (SPEC_DEMO_RELEASE, both arches) and summarises what it wrote
#   make check   check-spec: tests/spec against tests/fixtures/<release>/;
#                spec-regen-check: out/ is what spec/ generates
#
# Conventions (add directories, not rules): a release is
# spec/<release>/<arch>/{syscalls.master,syscalls.conf}; its tests run when
# tests/fixtures/<release>/ has <arch>-syscalls.tsv and <arch>-nargs.tsv for
# both arches.

SPEC_DIRS := $(sort $(patsubst %/syscalls.master,%,$(wildcard spec/linux-*/*/syscalls.master)))
SPEC_DEMO_RELEASE := linux-2.6.16
SPEC_DEMO_DIRS := $(filter spec/$(SPEC_DEMO_RELEASE)/%,$(SPEC_DIRS))
# The compiler: tools/syscallc/rules.mk builds it (read after this file, so
# its variables are not available here).
SPEC_SYSCALLC := $(BUILD)/tools/syscallc/syscallc
SPEC_TEMPLATES := $(abspath templates)

# $(call spec_regen_cmds,dirs): run syscallc in each spec directory.
# out/<release>/<arch>/ is created first: the generator writes into it.
define spec_regen_cmds
	$(Q)set -e; for d in $(1); do \
		echo "  REGEN   $$d"; \
		mkdir -p out/$${d#spec/}; \
		( cd $$d && SYSCALLC_TEMPLATES=$(SPEC_TEMPLATES) \
		    $(abspath $(SPEC_SYSCALLC)) syscalls.master syscalls.conf ); \
	done
endef

.PHONY: spec-regen spec-demo spec-regen-check
ifneq ($(wildcard tools/syscallc/main.c),)
spec-regen: $(SPEC_SYSCALLC)
	$(call spec_regen_cmds,$(SPEC_DIRS))
spec-demo: $(SPEC_SYSCALLC)
	$(call spec_regen_cmds,$(SPEC_DEMO_DIRS))
	$(Q)spec/summarize $(patsubst spec/%,out/%,$(SPEC_DEMO_DIRS))
# Regenerate into a scratch copy of the tree and compare every file
# syscallc writes there with the committed one in out/ (other generators'
# files in out/ are not its business): what CI checks, runnable on its own.
spec-regen-check: $(SPEC_SYSCALLC)
	$(Q)rm -rf $(BUILD)/spec-regen-check && mkdir -p $(BUILD)/spec-regen-check
	$(Q)cp -r spec templates $(BUILD)/spec-regen-check/
	$(Q)set -e; cd $(BUILD)/spec-regen-check && for d in $(SPEC_DIRS); do \
		mkdir -p out/$${d#spec/}; \
		( cd $$d && SYSCALLC_TEMPLATES=$$(cd ../../../templates && pwd) \
		    $(abspath $(SPEC_SYSCALLC)) syscalls.master syscalls.conf ); \
	done
	$(Q)cd $(BUILD)/spec-regen-check && status=0 && n=0 && \
	for f in $$(find out -type f | sort); do \
		n=$$((n + 1)); \
		cmp -s $$f $(CURDIR)/$$f || { echo "differs: $$f"; \
		    diff -u $(CURDIR)/$$f $$f | head -40; status=1; }; \
	done; \
	echo "spec-regen-check: $$n files regenerated from spec/, $$([ $$status = 0 ] && echo all || echo NOT all) identical to out/"; \
	exit $$status
else
spec-regen spec-demo spec-regen-check:
	@echo "$@: syscallc does not exist yet (no tools/syscallc/main.c):" \
	    "cannot regenerate out/ from spec/" >&2
	@exit 1
endif
REGEN_TARGETS += spec-regen
DEMO_TARGETS += spec-demo
# CI runs `make check` only: without this the masters' outputs in out/
# could go stale unnoticed (check-tspec-current covers the translation
# specs' outputs, not these).
CHECK_TARGETS += spec-regen-check

# --- tests ---------------------------------------------------------------

SPEC_TEST_RELEASES := $(sort $(foreach r,$(patsubst spec/%/,%,$(dir $(SPEC_DIRS))), \
	$(if $(and $(wildcard tests/fixtures/$(r)/i386-nargs.tsv),$(wildcard tests/fixtures/$(r)/amd64-nargs.tsv),$(wildcard out/$(r)/amd64/linux_fallback.c),$(wildcard out/$(r)/i386/linux_fallback.c)),$(r))))
SPEC_TEST_DIR := $(BUILD)/tests/spec
# Nothing here runs threads, i386 has no ThreadSanitizer, and Criterion
# cannot map its arena in a ThreadSanitizer process (libcriterion crashes
# at start-up, for every suite): under TSAN=1 these tests are built without
# it; SANITIZE=1 (ASan+UBSan) applies in full.
SPEC_PROBE_SAN := $(if $(filter 1,$(TSAN)),,$(SAN_FLAGS))
SPEC_TEST_CFLAGS = $(BASE_CFLAGS) $(SPEC_PROBE_SAN) $(CFLAGS)
# Like a kernel, the probe reads args structures out of an array of slots.
# KERN_INCLUDES comes from runtime/rules.mk (read before this file): the
# probe sees the tables exactly as the runtime does.
SPEC_PROBE_CFLAGS = $(BASE_CFLAGS) $(SPEC_PROBE_SAN) $(CFLAGS) -fno-strict-aliasing \
	$(KERN_INCLUDES)
SPEC_ARCH_CFLAGS_amd64 := -m64
SPEC_ARCH_CFLAGS_i386 := -m32

# $(call spec_probe,release,arch)
define spec_probe
SPEC_PROBE_SRCS_$(1)_$(2) := out/$(1)/$(2)/linux_syscalls.c out/$(1)/$(2)/linux_fallback.c
$$(SPEC_TEST_DIR)/$(1)/probe_tables_$(2): tests/spec/probe_tables.c $$(SPEC_PROBE_SRCS_$(1)_$(2)) \
		out/$(1)/$(2)/linux_sysent.c out/$(1)/$(2)/linux_systrace_args.c
	@mkdir -p $$(@D)
	$$(Q)$$(CC) $$(SPEC_PROBE_CFLAGS) $$(SPEC_ARCH_CFLAGS_$(2)) -Iout/$(1)/$(2) \
		-MMD -MP -o $$@ $$< $$(SPEC_PROBE_SRCS_$(1)_$(2)) $$(SPEC_PROBE_SAN) $$(LDFLAGS)
SPEC_PROBES += $$(SPEC_TEST_DIR)/$(1)/probe_tables_$(2)
endef

# $(call spec_test,release)
define spec_test
$$(SPEC_TEST_DIR)/$(1)/test_spec_tables: tests/spec/test_spec_tables.c
	@mkdir -p $$(@D)
	$$(Q)$$(CC) $$(SPEC_TEST_CFLAGS) -DSPEC_RELEASE='"$(1)"' \
		-DSPEC_PROBE_DIR='"$$(SPEC_TEST_DIR)/$(1)"' -MMD -MP -o $$@ $$< \
		$$(SPEC_PROBE_SAN) $$(LDFLAGS) -lcriterion
SPEC_TESTS += $$(SPEC_TEST_DIR)/$(1)/test_spec_tables
endef

SPEC_PROBES :=
SPEC_TESTS :=
$(foreach r,$(SPEC_TEST_RELEASES),$(foreach a,amd64 i386,$(eval $(call spec_probe,$(r),$(a)))))
$(foreach r,$(SPEC_TEST_RELEASES),$(eval $(call spec_test,$(r))))
-include $(SPEC_PROBES:=.d) $(SPEC_TESTS:=.d)

.PHONY: check-spec
check-spec: $(SPEC_PROBES) $(SPEC_TESTS)
	$(Q)test -n "$(SPEC_TESTS)" || { echo "check-spec: no release has fixtures and out/" >&2; exit 1; }
	$(Q)set -e; for t in $(SPEC_TESTS); do \
		echo "== $$t"; $$t --jobs 2; \
	done
CHECK_TARGETS += check-spec
