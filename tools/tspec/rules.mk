# tools/tspec/rules.mk — the translation specs: compile spec/<release>/'s
# errno.map, signal.map, clone.flags, trap.map, dummy.list and ioctl.sets
# with `syscallc translate`, regenerate out/<release>/, golden tests.
#
#   $(TSPEC_BIN)   syscallc-translate (the `translate` subcommand, stand-alone)

TSPEC_BIN := $(SC_OUT)/syscallc-translate
# Every release with at least one translation spec (a release may have only
# some: spec/linux-6.12 has just clone.flags so far).
TSPEC_FILES := errno.map signal.map clone.flags trap.map dummy.list ioctl.sets
TSPEC_RELEASES := $(sort $(foreach f,$(TSPEC_FILES),$(patsubst spec/%/$(f),%,$(wildcard spec/linux-*/$(f)))))

$(SC_OUT)/translate_main.o: tools/tspec/translate_main.c | $(SC_GEN_H)
	@mkdir -p $(@D)
	$(Q)$(CC) $(SC_CFLAGS) -MMD -MP -c -o $@ $<
$(TSPEC_BIN): $(SC_OUT)/translate_main.o $(SC_LIB)
	$(Q)$(CC) -o $@ $^ $(ALL_LDFLAGS) $(SC_LUA_LIBS) -lm -ldl
-include $(SC_OUT)/translate_main.d
ALL_TARGETS += $(TSPEC_BIN)

# regen: every release with translation specs -> out/<release>/
.PHONY: regen-translate
regen-translate: $(TSPEC_BIN)
	$(Q)set -e; for r in $(TSPEC_RELEASES); do \
		$(TSPEC_BIN) -H spec/host -T templates/translate -o out/$$r \
			-j out/$$r/translation-coverage.json spec/$$r; \
	done
REGEN_TARGETS += regen-translate
