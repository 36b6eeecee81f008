# bench/ioctl/rules.mk — `make bench`: ns per ioctl dispatch, generated
# dispatcher vs the thesis's linear search of the sets (bench_ioctl.c), on
# the real 2.6.16 table and on synthetic tables of 1,000 commands in 20 sets
# and 10,000 in 200 (tools/tspec/gen_synthetic_ioctl_sets.lua). Runs pinned
# to CPU 0 with taskset when it exists. Results: docs/translation-specs.md.

BI_DIR := $(BUILD)/bench/ioctl
BI_SYSCALLC := $(BUILD)/tools/syscallc/syscallc
BI_CFLAGS = $(ALL_CFLAGS) -m64

# $(call bi_synth,name,nsets,per_set)
define bi_synth
$$(BI_DIR)/$(1)/spec/ioctl.sets: tools/tspec/gen_synthetic_ioctl_sets.lua
	@mkdir -p $$(@D)
	$$(Q)lua5.4 $$< $(2) $(3) $$(@D)
$$(BI_DIR)/$(1)/out/linux_ioctl_table.c: $$(BI_DIR)/$(1)/spec/ioctl.sets $$(BI_SYSCALLC) \
		$$(wildcard templates/translate/*.lua templates/translate/lib/*.lua)
	$$(Q)$$(BI_SYSCALLC) translate -H spec/host -T templates/translate -o $$(BI_DIR)/$(1)/out $$(BI_DIR)/$(1)/spec
	@touch $$@
$$(BI_DIR)/$(1)/table.o: $$(BI_DIR)/$(1)/out/linux_ioctl_table.c
	$$(Q)$$(CC) $$(BI_CFLAGS) -I$$(BI_DIR)/$(1)/out \
		-Dlinux_ioctl_lookup=$(1)_ioctl_lookup -Dlinux_ioctl_set_lookup=$(1)_ioctl_set_lookup \
		-Dlinux_ioctl_sets=$(1)_ioctl_sets -Dlinux_ioctl_cmds=$(1)_ioctl_cmds -c -o $$@ $$<
$$(BI_DIR)/$(1)/counts.o: $$(BI_DIR)/$(1)/out/linux_ioctl_table.c
	$$(Q)printf '#include "linux_ioctl_table.h"\nextern const int $(1)_nsets, $(1)_ncmds;\nconst int $(1)_nsets = LINUX_IOCTL_NSETS, $(1)_ncmds = LINUX_IOCTL_NCMDS;\n' >$$(@D)/counts.c
	$$(Q)$$(CC) $$(BI_CFLAGS) -I$$(BI_DIR)/$(1)/out -c -o $$@ $$(@D)/counts.c
BI_OBJS += $$(BI_DIR)/$(1)/table.o $$(BI_DIR)/$(1)/counts.o
endef
BI_OBJS :=
$(eval $(call bi_synth,synth1k,20,50))
$(eval $(call bi_synth,synth10k,200,50))

$(BI_DIR)/real_table.o: out/linux-2.6.16/linux_ioctl_table.c
	@mkdir -p $(@D)
	$(Q)$(CC) $(BI_CFLAGS) -Iout/linux-2.6.16 -c -o $@ $<

$(BI_DIR)/bench_ioctl: bench/ioctl/bench_ioctl.c $(BI_DIR)/real_table.o $(BI_OBJS)
	$(Q)$(CC) $(BI_CFLAGS) -Iout/linux-2.6.16 -o $@ $^ $(ALL_LDFLAGS)

.PHONY: bench-ioctl
bench-ioctl: $(BI_DIR)/bench_ioctl
	@date -u '+%Y-%m-%d %H:%M UTC'
	$(Q)if command -v taskset >/dev/null; then taskset -c 0 $<; else $<; fi
BENCH_TARGETS += bench-ioctl
