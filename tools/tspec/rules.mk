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

# demo: the translation tables of the default release (the one spec-demo
# compiles), with their sizes, and the coverage they feed.
TSPEC_DEMO_RELEASE := linux-2.6.16
.PHONY: translate-demo
translate-demo: $(SC_BIN)
	$(Q)$(SC_BIN) translate -H spec/host -T templates/translate \
		-o out/$(TSPEC_DEMO_RELEASE) \
		-j out/$(TSPEC_DEMO_RELEASE)/translation-coverage.json \
		spec/$(TSPEC_DEMO_RELEASE)
	$(Q)echo "== out/$(TSPEC_DEMO_RELEASE) (from spec/$(TSPEC_DEMO_RELEASE)/*.map, clone.flags, dummy.list, ioctl.sets, ...)"
	$(Q)for f in $$(find out/$(TSPEC_DEMO_RELEASE) -maxdepth 1 -type f | sort) \
		$$(find out/$(TSPEC_DEMO_RELEASE) -mindepth 2 -name 'linux_dummy.c' | sort); do \
		printf '  %-28s %8d bytes\n' "$${f#out/$(TSPEC_DEMO_RELEASE)/}" "$$(wc -c < $$f)"; \
	done
	$(Q)$(SC_BIN) coverage spec/$(TSPEC_DEMO_RELEASE) | grep -E '^(==|totals)' | grep -v '^== Totals'
DEMO_TARGETS += translate-demo
