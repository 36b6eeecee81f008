# tools/release/rules.mk — bringing a new Linux release into spec/ with
# `syscallc import` (docs/import-coverage.md).
#
#   make import IMPORT_FROM=linux-6.12 IMPORT_TO=linux-6.13
#
# reads spec/$(IMPORT_TO)/<arch>/syscall_{32,64}.tbl (copied there from
# linux-source, or made with tools/release/tsv2tbl.awk) and, if present,
# spec/$(IMPORT_TO)/syscall-declarations.h (kernel sys_*() declarations),
# and writes spec/$(IMPORT_TO)/<arch>/syscalls.master, syscalls.conf and
# spec/$(IMPORT_TO)/dummy.list.  The older master is spec/$(IMPORT_TO)'s
# own once it exists (so hand edits survive a refresh), else
# spec/$(IMPORT_FROM)'s.  Running it again changes nothing.

IMPORT_FROM ?= linux-2.6.16
IMPORT_TO ?= linux-6.12
IMPORT_SYSCALLC := $(BUILD)/tools/syscallc/syscallc
IMPORT_TABLE_i386 := syscall_32.tbl
IMPORT_TABLE_amd64 := syscall_64.tbl

.PHONY: import
import: $(IMPORT_SYSCALLC)
	$(Q)set -e; to=spec/$(IMPORT_TO); from=spec/$(IMPORT_FROM); \
	for a in i386 amd64; do \
		t=$(IMPORT_TABLE_i386); [ $$a = amd64 ] && t=$(IMPORT_TABLE_amd64); \
		test -f $$to/$$a/$$t || { echo "import: no $$to/$$a/$$t" \
		    "(docs/import-coverage.md says where it comes from)" >&2; exit 2; }; \
		old=$$to/$$a/syscalls.master; conf=; \
		test -f $$old || old=$$from/$$a/syscalls.master; \
		test -f $$to/$$a/syscalls.conf || conf="--conf-from $$from/$$a/syscalls.conf"; \
		decl=; test -f $$to/syscall-declarations.h && \
		    decl="--prototypes $$to/syscall-declarations.h"; \
		$(IMPORT_SYSCALLC) import $$old $$to/$$a/$$t -o $$to/$$a/syscalls.master \
		    --dummy-list $$to/dummy.list --dummy-from $$from/dummy.list \
		    $$conf $$decl; \
	done
