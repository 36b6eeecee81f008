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
#                        tables) and the runtime's linux_ioctl
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
TT_TRANSLATE := $(BUILD)/tools/syscallc/syscallc-translate
TT_SCLIB := $(BUILD)/tools/syscallc/libsyscallc.a
TT_TEMPLATES := $(abspath templates/translate)

# ---- golden -------------------------------------------------------------
.PHONY: check-tspec-golden golden-tspec
check-tspec-golden: $(TT_TRANSLATE)
	$(Q)tests/tspec/golden/run.sh $(abspath $(TT_TRANSLATE)) $(TT_TEMPLATES) $(TT_GOLDEN_CASES)
golden-tspec: $(TT_TRANSLATE)
	$(Q)tests/tspec/golden/run.sh --update $(abspath $(TT_TRANSLATE)) $(TT_TEMPLATES) $(TT_GOLDEN_CASES)
CHECK_TARGETS += check-tspec-golden
GOLDEN_TARGETS += golden-tspec

# ---- out/ is current ----------------------------------------------------
# Regenerates every release into a scratch tree and compares: a template or
# spec changed without `make regen` fails here, not only in CI's diff.
.PHONY: check-tspec-current
check-tspec-current: $(TT_TRANSLATE)
	$(Q)set -e; rm -rf $(TT_DIR)/current; mkdir -p $(TT_DIR)/current; \
	for r in $(TSPEC_RELEASES); do \
		$(TT_TRANSLATE) -H spec/host -T templates/translate \
			-o $(TT_DIR)/current/$$r \
			-j $(TT_DIR)/current/$$r/translation-coverage.json spec/$$r; \
		for f in $$(cd $(TT_DIR)/current && find $$r host -type f); do \
			cmp -s $(TT_DIR)/current/$$f out/$$f || { \
				echo "out/$$f is not what spec/ generates: run make regen"; \
				diff -u out/$$f $(TT_DIR)/current/$$f | head -20; exit 1; }; \
		done; \
	done; echo "out/ is current for: $(TSPEC_RELEASES)"
CHECK_TARGETS += check-tspec-current
