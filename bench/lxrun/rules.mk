# bench/lxrun/rules.mk — `make bench`: lxrun against native and strace -f
# (bench/lxrun/run-bench prints the table; docs/lxrun.md keeps a dated copy).
.PHONY: bench-lxrun
bench-lxrun: $(LX_PRODUCTS) $(LXT_PROGS)
	$(Q)bench/lxrun/run-bench $(BUILD)
BENCH_TARGETS += bench-lxrun
