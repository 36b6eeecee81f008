# bench/signals/rules.mk — `make bench`: the cost of a signal round trip
# through the runtime against the real kernel's, in the same run, pinned to
# CPU 0 (bench/signals/bench_signals.c says what is timed).

BENCH_SIGNALS_BIN := $(BUILD)/bench/signals/bench_signals
# This file is read before runtime/rules.mk: find the first release the
# same way it does.
BENCH_SIGNALS_RELEASE := $(firstword $(sort $(patsubst out/%/amd64/linux_sysent.c,%,\
	$(wildcard out/linux-*/amd64/linux_sysent.c))))

ifneq ($(BENCH_SIGNALS_RELEASE),)
$(BENCH_SIGNALS_BIN): bench/signals/bench_signals.c \
    $(BUILD)/runtime/$(BENCH_SIGNALS_RELEASE)/amd64/libkern.a \
    $(BUILD)/runtime/amd64/libinproc.a
	@mkdir -p $(@D)
	$(Q)$(CC) $(ALL_CFLAGS) $(RT_CFLAGS_$(BENCH_SIGNALS_RELEASE)_amd64) \
		-Iruntime/host/inproc -MMD -MP -o $@ $< \
		-Wl,--whole-archive $(BUILD)/runtime/$(BENCH_SIGNALS_RELEASE)/amd64/libkern.a \
		-Wl,--no-whole-archive $(BUILD)/runtime/amd64/libinproc.a \
		$(ALL_LDFLAGS) -lpthread
-include $(BENCH_SIGNALS_BIN).d

.PHONY: bench-signals
bench-signals: $(BENCH_SIGNALS_BIN)
	$(Q)taskset -c 0 $(BENCH_SIGNALS_BIN) $(BENCH_SIGNALS_ARGS)
BENCH_TARGETS += bench-signals
endif
