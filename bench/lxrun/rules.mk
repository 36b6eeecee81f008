# bench/lxrun/rules.mk — `make bench`: lxrun against native and strace -f
# (bench/lxrun/run-bench prints the table; docs/lxrun.md keeps a dated
# copy), and bench/lxrun/trapcost, the cost of one trapped call by
# mechanism (ptrace, seccomp user notification).
LXB_TRAPCOST := $(BUILD)/bench/lxrun/trapcost
$(LXB_TRAPCOST): bench/lxrun/trapcost.c
	@mkdir -p $(@D)
	$(Q)$(CC) $(BASE_CFLAGS) $(CFLAGS) -O2 -MMD -MP -o $@ $< $(LDFLAGS)
-include $(LXB_TRAPCOST).d

# Programs of the key-cache rows: a shared-futex ping-pong between two
# processes, and a malloc/free loop of blocks that are mmap'ed and
# munmap'ed. Like the tests' programs, they stand for real programs: no
# sanitizers.
LXB_PROGS := $(BUILD)/bench/lxrun/shpingpong $(BUILD)/bench/lxrun/munmaploop
$(BUILD)/bench/lxrun/%: bench/lxrun/%.c
	@mkdir -p $(@D)
	$(Q)$(CC) $(BASE_CFLAGS) $(CFLAGS) -O2 -MMD -MP -o $@ $< $(LDFLAGS)
-include $(LXB_PROGS:=.d)

.PHONY: bench-lxrun
bench-lxrun: $(LX_PRODUCTS) $(LXT_PROGS) $(LXB_TRAPCOST) $(LXB_PROGS)
	$(Q)bench/lxrun/run-bench $(BUILD)
BENCH_TARGETS += bench-lxrun
