# tools/tspec/rules.mk — the translation specs: compile spec/<release>/'s
# errno.map, signal.map, clone.flags, trap.map, dummy.list and ioctl.sets
# with `syscallc translate` (tools/syscallc/tspec_main.c) into
# out/<release>/ on `make regen`. Tests: tests/tspec/rules.mk.

# Every release with at least one translation spec (a release may have only
# some: spec/linux-6.12 has just clone.flags so far).
TSPEC_FILES := errno.map signal.map clone.flags trap.map dummy.list ioctl.sets
TSPEC_RELEASES := $(sort $(foreach f,$(TSPEC_FILES),$(patsubst spec/%/$(f),%,$(wildcard spec/linux-*/$(f)))))

# regen: every release with translation specs -> out/<release>/
.PHONY: regen-translate
regen-translate: $(SC_BIN)
	$(Q)set -e; for r in $(TSPEC_RELEASES); do \
		$(SC_BIN) translate -H spec/host -T templates/translate -o out/$$r \
			-j out/$$r/translation-coverage.json spec/$$r; \
	done
REGEN_TARGETS += regen-translate
