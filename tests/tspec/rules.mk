# tests/tspec/rules.mk — tests of the translation specs and what they
# generate (docs/translation-specs.md, "Tests"):
#
#   check-tspec-golden   tests/tspec/golden/<case>/: exact outputs, exact
#                        diagnostics, exit status (make golden rewrites them)
#   check-tspec-current  out/ is what `syscallc translate` makes of spec/ now
#   check-tspec-tables   Criterion: the generated 2.6.16 tables against the
#                        facts in tests/fixtures/ (both arches for dummies)
#   check-tspec-clone    Criterion: the generated clone validators against
#                        this machine's kernel, every flag combination
#   check-tspec-ioctl    Criterion: the generated ioctl dispatcher against a
#                        reference search over the spec (real and synthetic
#                        tables); the runtime's linux_ioctl is tested on the
#                        in-process host in tests/runtime/test_linux_ioctl.c
#
# The generated tables are compiled here natively from out/, with the
# runtime's include paths (runtime/rules.mk's KERN_INCLUDES); a second copy
# of a table (another release, a synthetic spec) is renamed with -D so both
# link into one test.

TT_DIR := $(BUILD)/tests/tspec
TT_FIXTURES := $(abspath tests/fixtures)
TT_CFLAGS = $(ALL_CFLAGS) -m64 $(KERN_INCLUDES) -Itests/tspec \
	-DFIXTURES_DIR='"$(TT_FIXTURES)"'
TT_GOLDEN_CASES := $(patsubst %/cmd,%,$(wildcard tests/tspec/golden/*/cmd))
# tools/*/rules.mk are read after this file: name their products directly.
TT_SYSCALLC := $(BUILD)/tools/syscallc/syscallc
TT_SCLIB := $(BUILD)/tools/syscallc/libsyscallc.a
TT_TEMPLATES := $(abspath templates/translate)

# Under TSAN=1 only the golden and out/-current checks run (with the TSan
# build of syscallc): the Criterion suites below run no threads, i386 has
# no ThreadSanitizer, and libcriterion crashes at start-up in a TSan
# process on this machine (as docs/spec.md records for check-spec).
# SANITIZE=1 (ASan+UBSan) applies to everything, -m32 included.
TT_CRITERION_CHECKS :=

# ---- golden -------------------------------------------------------------
.PHONY: check-tspec-golden golden-tspec
check-tspec-golden: $(TT_SYSCALLC)
	$(Q)tests/tspec/golden/run.sh "$(abspath $(TT_SYSCALLC)) translate" $(TT_TEMPLATES) $(TT_GOLDEN_CASES)
golden-tspec: $(TT_SYSCALLC)
	$(Q)tests/tspec/golden/run.sh --update "$(abspath $(TT_SYSCALLC)) translate" $(TT_TEMPLATES) $(TT_GOLDEN_CASES)
CHECK_TARGETS += check-tspec-golden
GOLDEN_TARGETS += golden-tspec

# ---- out/ is current ----------------------------------------------------
# Regenerates every release into a scratch tree and compares: a template or
# spec changed without `make regen` fails here, not only in CI's diff.
.PHONY: check-tspec-current
check-tspec-current: $(TT_SYSCALLC)
	$(Q)set -e; rm -rf $(TT_DIR)/current; mkdir -p $(TT_DIR)/current; \
	for r in $(TSPEC_RELEASES); do \
		$(TT_SYSCALLC) translate -H spec/host -T templates/translate \
			-o $(TT_DIR)/current/$$r \
			-j $(TT_DIR)/current/$$r/translation-coverage.json spec/$$r; \
		for f in $$(cd $(TT_DIR)/current && find $$r host -type f); do \
			cmp -s $(TT_DIR)/current/$$f out/$$f || { \
				echo "out/$$f is not what spec/ generates: run make regen"; \
				diff -u out/$$f $(TT_DIR)/current/$$f | head -20; exit 1; }; \
		done; \
	done; echo "out/ is current for: $(TSPEC_RELEASES)"
CHECK_TARGETS += check-tspec-current

# ---- objects: generated tables and test support, per arch ---------------
TT_REL := linux-2.6.16
TT_GEN_NAMES := linux_errno linux_signal linux_clone_flags linux_trap linux_ioctl_table
TT_SUPPORT := fixture fake_kern dummy_check host_values
TT_ARCH_CFLAGS_amd64 := -m64
TT_ARCH_CFLAGS_i386 := -m32
# linux_clone_flags.c of Linux 6.12 under other names (clone_releases.h).
TT_612_RENAME := $(foreach n,clone_check clone_to_rfork clone_flag_table \
	clone_nflags clone_rule_table clone_nrules clone_rfork_names \
	clone_nrfork_names,-Dlinux_$(n)=linux612_$(n))

# $(call tt_arch,arch)
define tt_arch
TT_OBJ_$(1) := $$(TT_DIR)/obj/$(1)
TT_GEN_OBJS_$(1) := $$(patsubst %,$$(TT_OBJ_$(1))/%.o,$$(TT_GEN_NAMES) linux_dummy)
TT_SUPPORT_OBJS_$(1) := $$(patsubst %,$$(TT_OBJ_$(1))/%.o,$$(TT_SUPPORT))
TT_INC_$(1) := $$(KERN_INCLUDES) -Iout/$$(TT_REL)/$(1) -Iout/$$(TT_REL) -Itests/tspec

$$(TT_OBJ_$(1))/%.o: out/$$(TT_REL)/%.c
	@mkdir -p $$(@D)
	$$(Q)$$(CC) $$(ALL_CFLAGS) $$(TT_ARCH_CFLAGS_$(1)) $$(TT_INC_$(1)) -MMD -MP -c -o $$@ $$<
$$(TT_OBJ_$(1))/linux_dummy.o: out/$$(TT_REL)/$(1)/linux_dummy.c
	@mkdir -p $$(@D)
	$$(Q)$$(CC) $$(ALL_CFLAGS) $$(TT_ARCH_CFLAGS_$(1)) $$(TT_INC_$(1)) -MMD -MP -c -o $$@ $$<
$$(TT_OBJ_$(1))/%.o: tests/tspec/%.c
	@mkdir -p $$(@D)
	$$(Q)$$(CC) $$(ALL_CFLAGS) $$(TT_ARCH_CFLAGS_$(1)) $$(TT_INC_$(1)) \
		-DFIXTURES_DIR='"$$(TT_FIXTURES)"' -MMD -MP -c -o $$@ $$<
-include $$(TT_GEN_OBJS_$(1):.o=.d) $$(TT_SUPPORT_OBJS_$(1):.o=.d)
endef
$(foreach a,amd64 i386,$(eval $(call tt_arch,$(a))))

$(TT_OBJ_amd64)/linux612_clone_flags.o: out/linux-6.12/linux_clone_flags.c
	@mkdir -p $(@D)
	$(Q)$(CC) $(ALL_CFLAGS) -m64 $(KERN_INCLUDES) -Iout/linux-6.12 $(TT_612_RENAME) -MMD -MP -c -o $@ $<
-include $(TT_OBJ_amd64)/linux612_clone_flags.d

# The i386 stubs run in a -m32 helper (no Criterion there).
TT_HELPERS := $(TT_DIR)/helpers
$(TT_HELPERS)/dummy_stubs_i386: $(TT_OBJ_i386)/dummy_stubs_main.o \
		$(TT_SUPPORT_OBJS_i386) $(TT_OBJ_i386)/linux_dummy.o $(TT_OBJ_i386)/linux_errno.o
	@mkdir -p $(@D)
	$(Q)$(CC) -m32 -o $@ $^ $(ALL_LDFLAGS)

# ---- Criterion suites ---------------------------------------------------
TT_TEST_LIBS := $(ALL_LDFLAGS) -lcriterion

$(TT_DIR)/test_tables_facts: tests/tspec/test_tables_facts.c \
		$(TT_GEN_OBJS_amd64) $(TT_SUPPORT_OBJS_amd64) $(TT_OBJ_amd64)/linux612_clone_flags.o
	$(Q)$(CC) $(ALL_CFLAGS) -m64 $(TT_INC_amd64) -DFIXTURES_DIR='"$(TT_FIXTURES)"' \
		-DHELPERS_DIR='"$(abspath $(TT_HELPERS))"' -MMD -MP -o $@ $(filter %.c %.o,$^) $(TT_TEST_LIBS)
-include $(TT_DIR)/test_tables_facts.d

.PHONY: check-tspec-tables
check-tspec-tables: $(TT_DIR)/test_tables_facts $(TT_HELPERS)/dummy_stubs_i386
	$(Q)$(TT_DIR)/test_tables_facts --jobs 2 >$(TT_DIR)/test_tables_facts.log 2>&1 || \
		{ cat $(TT_DIR)/test_tables_facts.log; exit 1; }; tail -1 $(TT_DIR)/test_tables_facts.log
TT_CRITERION_CHECKS += check-tspec-tables

$(TT_DIR)/test_clone_kernel: tests/tspec/test_clone_kernel.c \
		$(TT_OBJ_amd64)/linux_clone_flags.o $(TT_OBJ_amd64)/linux612_clone_flags.o \
		$(TT_OBJ_amd64)/linux_errno.o
	$(Q)$(CC) $(ALL_CFLAGS) -m64 $(TT_INC_amd64) -MMD -MP -o $@ $(filter %.c %.o,$^) $(TT_TEST_LIBS)
-include $(TT_DIR)/test_clone_kernel.d

.PHONY: check-tspec-clone
check-tspec-clone: $(TT_DIR)/test_clone_kernel
	$(Q)$(TT_DIR)/test_clone_kernel --jobs 1 >$(TT_DIR)/test_clone_kernel.log 2>&1 || \
		{ cat $(TT_DIR)/test_clone_kernel.log; exit 1; }; \
		grep -E "^(clone differential|  )" $(TT_DIR)/test_clone_kernel.log; tail -1 $(TT_DIR)/test_clone_kernel.log
TT_CRITERION_CHECKS += check-tspec-clone

# ---- ioctl dispatch: the real table and a synthetic one -----------------
TT_SYNTH := $(TT_DIR)/synthetic
TT_SYNTH_RENAME := -Dlinux_ioctl_lookup=synth_ioctl_lookup \
	-Dlinux_ioctl_set_lookup=synth_ioctl_set_lookup \
	-Dlinux_ioctl_sets=synth_ioctl_sets -Dlinux_ioctl_cmds=synth_ioctl_cmds

# 10,000 commands in 200 sets (the benchmark's table, bench/ioctl/).
$(TT_SYNTH)/spec/ioctl.sets: tools/tspec/gen_synthetic_ioctl_sets.lua
	@mkdir -p $(@D)
	$(Q)lua5.4 $< 200 50 $(@D)
$(TT_SYNTH)/out/linux_ioctl_table.c: $(TT_SYNTH)/spec/ioctl.sets $(TT_SYSCALLC) \
		$(wildcard templates/translate/*.lua templates/translate/lib/*.lua)
	$(Q)$(TT_SYSCALLC) translate -H spec/host -T templates/translate -o $(TT_SYNTH)/out $(TT_SYNTH)/spec
	@touch $@
$(TT_SYNTH)/synth_ioctl_table.o: $(TT_SYNTH)/out/linux_ioctl_table.c
	$(Q)$(CC) $(ALL_CFLAGS) -m64 -I$(TT_SYNTH)/out $(TT_SYNTH_RENAME) -c -o $@ $<

$(TT_DIR)/test_ioctl_dispatch: tests/tspec/test_ioctl_dispatch.c \
		$(TT_OBJ_amd64)/linux_ioctl_table.o $(TT_SYNTH)/synth_ioctl_table.o \
		$(TT_OBJ_amd64)/fixture.o $(TT_SCLIB)
	$(Q)$(CC) $(ALL_CFLAGS) -m64 $(TT_INC_amd64) -Itools/syscallc -I$(BUILD)/tools/syscallc \
		-DFIXTURES_DIR='"$(TT_FIXTURES)"' -DSPEC_DIR='"$(abspath spec)"' \
		-DSYNTH_DIR='"$(abspath $(TT_SYNTH)/spec)"' -MMD -MP -o $@ \
		$(filter %.c %.o %.a,$^) $(TT_TEST_LIBS) $(SC_LUA_LIBS) -lm -ldl
-include $(TT_DIR)/test_ioctl_dispatch.d

.PHONY: check-tspec-ioctl
check-tspec-ioctl: $(TT_DIR)/test_ioctl_dispatch
	$(Q)$< --jobs 2 >$<.log 2>&1 || { cat $<.log; exit 1; }; tail -1 $<.log
TT_CRITERION_CHECKS += check-tspec-ioctl

ifneq ($(TSAN),1)
CHECK_TARGETS += $(TT_CRITERION_CHECKS)
endif
