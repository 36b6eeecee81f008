# tools/syscallc/rules.mk — the syscallc compiler, its tests, fuzzer,
# benchmark and installation.
#
# Products:
#   $(BUILD)/tools/syscallc/syscallc      the compiler
#   $(BUILD)/tools/syscallc/libsyscallc.a everything but main(), for tests
#   tools/syscallc/syscallc               copy of the default-build binary
#                                         (what freebsd-compat-check and
#                                         out/ regeneration run)
#
# Conventions: every tools/syscallc/*.c except main.c goes into the library;
# *.l and *.y are generated into $(BUILD)/tools/syscallc/; tests are
# tests/syscallc/test_*.c (Criterion) and tests/golden/<case>/.

SC_DIR := tools/syscallc
SC_OUT := $(BUILD)/tools/syscallc
SC_BIN := $(SC_OUT)/syscallc
SC_LIB := $(SC_OUT)/libsyscallc.a
SC_LUA_CFLAGS := $(shell $(PKG_CONFIG) --cflags lua5.4 2>/dev/null || echo -I/usr/include/lua5.4)
# Lua is linked statically when the archive is there: no PLT on the
# hottest calls and no dynamic relocation at startup (docs/syscallc.md).
SC_LUA_STATIC := $(firstword $(wildcard /usr/lib/$(shell $(CC) -print-multiarch 2>/dev/null)/liblua5.4.a /usr/lib/liblua5.4.a))
SC_LUA_LIBS := $(if $(SC_LUA_STATIC),$(SC_LUA_STATIC),$(shell $(PKG_CONFIG) --libs lua5.4 2>/dev/null || echo -llua5.4))
SC_VERSION := $(shell cat $(SC_DIR)/VERSION 2>/dev/null || echo 0.0)

SC_LEXERS := $(wildcard $(SC_DIR)/*.l)
SC_PARSERS := $(wildcard $(SC_DIR)/*.y)
SC_GEN_C := $(patsubst $(SC_DIR)/%.l,$(SC_OUT)/%.lex.c,$(SC_LEXERS)) \
	$(patsubst $(SC_DIR)/%.y,$(SC_OUT)/%.tab.c,$(SC_PARSERS))
SC_GEN_H := $(patsubst $(SC_DIR)/%.l,$(SC_OUT)/%.lex.h,$(SC_LEXERS)) \
	$(patsubst $(SC_DIR)/%.y,$(SC_OUT)/%.tab.h,$(SC_PARSERS))
SC_SRCS := $(filter-out $(SC_DIR)/main.c,$(wildcard $(SC_DIR)/*.c))
SC_OBJS := $(patsubst $(SC_DIR)/%.c,$(SC_OUT)/%.o,$(SC_SRCS)) \
	$(SC_GEN_C:.c=.o) $(SC_OUT)/templates_bc.o
# The built-in templates as bytecode (templates_bc.h): every top-level
# template and lib/ module of templates/.
SC_LUA ?= lua5.4
SC_TEMPLATES := $(sort $(wildcard templates/*.lua templates/lib/*.lua))
SC_CFLAGS = $(ALL_CFLAGS) -I$(SC_DIR) -I$(SC_OUT) $(SC_LUA_CFLAGS) \
	-DSYSCALLC_VERSION='"$(SC_VERSION)"'
# flex's skeleton compares signed with unsigned and defines helpers a
# scanner may not use; only the generated files get these exceptions.
SC_GEN_CFLAGS = -Wno-sign-compare -Wno-unused-function -Wno-unused-parameter

$(SC_OUT)/%.lex.c $(SC_OUT)/%.lex.h: $(SC_DIR)/%.l
	@mkdir -p $(@D)
	$(Q)$(LEX) --header-file=$(SC_OUT)/$*.lex.h -o $(SC_OUT)/$*.lex.c $<

$(SC_OUT)/%.tab.c $(SC_OUT)/%.tab.h: $(SC_DIR)/%.y
	@mkdir -p $(@D)
	$(Q)$(YACC) -Wall -Werror --defines=$(SC_OUT)/$*.tab.h -o $(SC_OUT)/$*.tab.c $<

$(SC_OUT)/%.lex.o: $(SC_OUT)/%.lex.c $(SC_GEN_H)
	$(Q)$(CC) $(SC_CFLAGS) $(SC_GEN_CFLAGS) -MMD -MP -c -o $@ $<
$(SC_OUT)/%.tab.o: $(SC_OUT)/%.tab.c $(SC_GEN_H)
	$(Q)$(CC) $(SC_CFLAGS) $(SC_GEN_CFLAGS) -MMD -MP -c -o $@ $<
$(SC_OUT)/%.o: $(SC_DIR)/%.c | $(SC_GEN_H)
	@mkdir -p $(@D)
	$(Q)$(CC) $(SC_CFLAGS) -MMD -MP -c -o $@ $<

$(SC_OUT)/templates_bc.c: $(SC_DIR)/embed_templates.lua $(SC_TEMPLATES)
	@mkdir -p $(@D)
	$(Q)$(SC_LUA) $< $@.tmp templates $(SC_TEMPLATES:templates/%=%) && \
		mv $@.tmp $@
$(SC_OUT)/templates_bc.o: $(SC_OUT)/templates_bc.c
	$(Q)$(CC) $(SC_CFLAGS) -MMD -MP -c -o $@ $<

# The generated scanner and parser are kept (they are not intermediates).
.SECONDARY: $(SC_GEN_C) $(SC_GEN_H) $(SC_OUT)/templates_bc.c

$(SC_LIB): $(SC_OBJS)
	$(Q)rm -f $@ && ar rcs $@ $^

$(SC_BIN): $(SC_OUT)/main.o $(SC_LIB)
	$(Q)$(CC) -o $@ $^ $(ALL_LDFLAGS) $(SC_LUA_LIBS) -lm -ldl

# The copy that tools, tests and `make regen` run without knowing $(BUILD).
ifneq ($(wildcard $(SC_DIR)/main.c),)
ifeq ($(BUILD),build/default)
$(SC_DIR)/syscallc: $(SC_BIN)
	$(Q)cp $< $@
ALL_TARGETS += $(SC_DIR)/syscallc
else
ALL_TARGETS += $(SC_BIN)
endif
endif

-include $(SC_OBJS:.o=.d) $(SC_OUT)/main.d

include tests/syscallc/tests.mk

# ---------------------------------------------------------------- fuzzing
# make fuzz [FUZZ_SECONDS=600] [FUZZ_JOBS=1]: libFuzzer (clang) with ASan
# and UBSan over the front end, seeded with every golden input.  Findings
# land in build/fuzz/artifacts/; the corpus grows in build/fuzz/corpus/;
# libFuzzer's logs are build/fuzz/fuzz-<job>.log.
FUZZ_CC ?= $(shell command -v clang-14 || command -v clang)
FUZZ_SECONDS ?= 600
FUZZ_JOBS ?= 1
FUZZ_DIR := build/fuzz
FUZZ_BIN := $(FUZZ_DIR)/fuzz_master
FUZZ_SRCS := $(SC_SRCS) tests/syscallc/fuzz_master.c

$(FUZZ_BIN): $(FUZZ_SRCS) $(SC_GEN_C) $(SC_GEN_H) $(SC_OUT)/templates_bc.c \
		$(wildcard $(SC_DIR)/*.h)
	@mkdir -p $(@D)
	$(Q)$(FUZZ_CC) -std=gnu11 -g -O1 -D_GNU_SOURCE \
		-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
		-I$(SC_DIR) -I$(SC_OUT) $(SC_LUA_CFLAGS) -DSYSCALLC_VERSION='"fuzz"' \
		-o $@ $(filter %.c,$^) $(SC_LUA_LIBS) -lm -ldl

.PHONY: fuzz-syscallc
fuzz-syscallc: $(FUZZ_BIN)
	@mkdir -p $(FUZZ_DIR)/corpus $(FUZZ_DIR)/artifacts
	$(Q)for f in tests/golden/*/in/*.master tests/golden/*/in/*.conf; do \
		[ -f "$$f" ] && cp "$$f" $(FUZZ_DIR)/corpus/seed-$$(echo $$f | tr / _); \
	done; true
	$(Q)cd $(FUZZ_DIR) && ./$(notdir $(FUZZ_BIN)) \
		-max_total_time=$(FUZZ_SECONDS) -jobs=$(FUZZ_JOBS) \
		-workers=$(FUZZ_JOBS) -timeout=10 -rss_limit_mb=2048 \
		-artifact_prefix=artifacts/ corpus; \
		rc=$$?; tail -n 3 fuzz-*.log; exit $$rc
FUZZ_TARGETS += fuzz-syscallc

# ---------------------------------------------------------------- install
# make install PREFIX=/usr/local DESTDIR=: the binary, the templates it
# finds at <bindir>/../share/syscallc/templates, and the man page.
SC_TEMPLATE_FILES := $(shell find templates -type f \( -name '*.lua' -o -name '.syscallc-templates' \) | sort)

.PHONY: install-syscallc
install-syscallc: $(SC_BIN)
	$(Q)install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	$(Q)install -m 755 $(SC_BIN) $(DESTDIR)$(PREFIX)/bin/syscallc
	$(Q)set -e; for f in $(SC_TEMPLATE_FILES); do \
		install -d $(DESTDIR)$(PREFIX)/share/syscallc/$$(dirname $$f); \
		install -m 644 $$f $(DESTDIR)$(PREFIX)/share/syscallc/$$f; \
	done
	$(Q)install -m 644 $(SC_DIR)/syscallc.1 $(DESTDIR)$(PREFIX)/share/man/man1/syscallc.1
INSTALL_TARGETS += install-syscallc

# The installed binary must find its templates without help, and man its
# page.  (The page's content and lint: tests/syscallc/cli-check.)
.PHONY: check-syscallc-install
check-syscallc-install: $(SC_BIN)
	$(Q)rm -rf $(BUILD)/install-test
	$(Q)$(MAKE) --no-print-directory install-syscallc DESTDIR=$(abspath $(BUILD)/install-test) PREFIX=/opt/sc
	$(Q)set -e; w=$(BUILD)/install-test/work; mkdir -p $$w; \
		cp tests/golden/linux-basic/in/* $$w/; \
		( cd $$w && env -u SYSCALLC_TEMPLATES ../opt/sc/bin/syscallc syscalls.master syscalls.conf ); \
		cmp $$w/demo_sysent.c tests/golden/linux-basic/out/files/demo_sysent.c; \
		echo "install: the installed syscallc finds its templates"
	$(Q)MANPATH=$(abspath $(BUILD)/install-test)/opt/sc/share/man man -w syscallc | \
		grep -q '/opt/sc/share/man/man1/syscallc.1$$' && \
		echo "install: syscallc.1 is where man finds it"
CHECK_TARGETS += check-syscallc-install

# ---------------------------------------------------------------- bench
# make bench [FREEBSD_GEN=/path/to/freebsd-gen] (see tests/syscallc/bench)
.PHONY: bench-syscallc
bench-syscallc: $(SC_BIN)
	$(Q)SYSCALLC_TEMPLATES=$(abspath templates) tests/syscallc/bench $(SC_BIN)
BENCH_TARGETS += bench-syscallc
