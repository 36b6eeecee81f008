# bench/runtime/rules.mk — benchmarks of the runtime (make bench; never
# part of make check). bench_futex.c and the thesis-design baseline
# linear_futex.c, linked like a test with the first release's libkern and
# the in-process host. The latency figures are taken pinned to CPU 0
# (taskset -c 0), the two-thread throughput unpinned; docs/runtime-futex.md
# records a run.

RT_BENCH_DIR := $(BUILD)/bench/runtime
RT_BENCH_FUTEX := $(RT_BENCH_DIR)/bench_futex
# This file is read before runtime/rules.mk (the fragments are included in
# name order), so it finds the first release itself; the recipes use the
# other fragments' variables, which are expanded later.
RT_BENCH_RELEASE := $(firstword $(sort $(patsubst out/%/amd64/linux_sysent.c,%,$(wildcard out/linux-*/amd64/linux_sysent.c))))

ifneq ($(RT_BENCH_RELEASE),)
$(RT_BENCH_FUTEX): bench/runtime/bench_futex.c bench/runtime/linear_futex.c bench/runtime/linear_futex.h \
		$(BUILD)/runtime/$(RT_BENCH_RELEASE)/amd64/libkern.a $(BUILD)/runtime/amd64/libinproc.a
	@mkdir -p $(@D)
	$(Q)$(CC) $(ALL_CFLAGS) $(RT_CFLAGS_$(RT_BENCH_RELEASE)_amd64) -Iruntime/host/inproc -Ibench/runtime -o $@ \
		bench/runtime/bench_futex.c bench/runtime/linear_futex.c \
		$(call rt_link_kern,$(BUILD)/runtime/$(RT_BENCH_RELEASE)/amd64/libkern.a) \
		$(BUILD)/runtime/amd64/libinproc.a $(ALL_LDFLAGS) -lpthread

.PHONY: bench-runtime
bench-runtime: $(RT_BENCH_FUTEX)
	$(Q)echo "== bench_futex, $$(date -u +%Y-%m-%dT%H:%MZ), $$(uname -r), $$(nproc) CPUs"
	$(Q)taskset -c 0 $(RT_BENCH_FUTEX) latency
	$(Q)$(RT_BENCH_FUTEX) throughput
BENCH_TARGETS += bench-runtime
endif
