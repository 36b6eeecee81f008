# lxrun/rules.mk — lxrun: the tracer host (runtime/host/tracer), the
# engines (one per release and arch: the runtime is compiled per release),
# the front-end that picks an engine, and their tests.
#
# Products:
#   $(BUILD)/lxrun/<arch>/libtracer.a             the tracer host
#   $(BUILD)/lxrun/libexec/lxrun/lxrun-<release>-<arch>   engines
#   $(BUILD)/lxrun/bin/lxrun                      the command
# The engine of an i386 program is itself i386 (-m32): it links the i386
# runtime, as a FreeBSD/i386 kernel runs i386 Linux binaries, and a 32-bit
# tracer reads a 32-bit tracee's registers in the i386 layout.

LX_DIR := $(BUILD)/lxrun
LX_ARCHES := amd64 i386
LX_HOST_SRCS := $(wildcard runtime/host/tracer/*.c)
# The host and the engines compile parts in when a kernel API header or a
# runtime header exists (__has_include): a header that appears must rebuild
# them, which the dependency files cannot know.
LX_API_HEADERS = $(wildcard runtime/kern/kern_api*.h runtime/kern/linux_emul.h)
LX_HOST_ASM := $(wildcard runtime/host/tracer/*.S)
LX_HOST_CFLAGS = $(KERN_INCLUDES) -Iruntime/host/tracer
# Flags per arch: there is no 32-bit ThreadSanitizer, so with TSAN=1 the
# i386 engines are built uninstrumented (the amd64 ones carry the check).
LX_SAN_amd64 = $(SAN_FLAGS)
LX_SAN_i386 = $(if $(filter 1,$(TSAN)),,$(SAN_FLAGS))
LX_CFLAGS_amd64 = $(BASE_CFLAGS) $(LX_SAN_amd64) $(CFLAGS) -m64
LX_CFLAGS_i386 = $(BASE_CFLAGS) $(LX_SAN_i386) $(CFLAGS) -m32
LX_LDFLAGS_amd64 = $(LX_SAN_amd64) $(LDFLAGS) -m64
LX_LDFLAGS_i386 = $(LX_SAN_i386) $(LDFLAGS) -m32

# $(call lx_host_arch,arch)
define lx_host_arch
LX_HOST_OBJS_$(1) := $$(patsubst runtime/host/tracer/%.c,$$(LX_DIR)/$(1)/host/%.o,$$(LX_HOST_SRCS)) \
	$$(patsubst runtime/host/tracer/%.S,$$(LX_DIR)/$(1)/host/%.o,$$(LX_HOST_ASM))
$$(LX_DIR)/$(1)/host/%.o: runtime/host/tracer/%.c $$(LX_API_HEADERS)
	@mkdir -p $$(@D)
	$$(Q)$$(CC) $$(LX_CFLAGS_$(1)) $$(LX_HOST_CFLAGS) -MMD -MP -c -o $$@ $$<
$$(LX_DIR)/$(1)/host/%.o: runtime/host/tracer/%.S
	@mkdir -p $$(@D)
	$$(Q)$$(CC) $$(ARCH_CFLAGS_$(1)) -c -o $$@ $$<
$$(LX_DIR)/$(1)/libtracer.a: $$(LX_HOST_OBJS_$(1))
	$$(Q)rm -f $$@ && ar rcs $$@ $$^
-include $$(LX_HOST_OBJS_$(1):.o=.d)
LX_LIBS += $$(LX_DIR)/$(1)/libtracer.a
endef

LX_LIBS :=
$(foreach a,$(LX_ARCHES),$(eval $(call lx_host_arch,$(a))))

# The front-end (amd64; it only picks an engine).
LX_FRONT := $(LX_DIR)/bin/lxrun
$(LX_FRONT): lxrun/lxrun.c
	@mkdir -p $(@D)
	$(Q)$(CC) $(ALL_CFLAGS) -MMD -MP -o $@ $< $(ALL_LDFLAGS)
-include $(LX_FRONT).d

# Engines: one per release and arch, once runtime/kern has its syscall
# path. The i386 ones need a 32-bit libkern, which TSAN=1 cannot link.
LX_ENGINE_SRCS := $(wildcard lxrun/engine/*.c)
LX_ENGINE_ARCHES := $(if $(filter 1,$(TSAN)),amd64,$(LX_ARCHES))
LX_ENGINE_DIR := $(LX_DIR)/libexec/lxrun

# $(call lx_engine,release,arch)
define lx_engine
LX_ENGINE_OBJS_$(1)_$(2) := $$(patsubst lxrun/engine/%.c,$$(LX_DIR)/$(1)/$(2)/%.o,$$(LX_ENGINE_SRCS))
$$(LX_DIR)/$(1)/$(2)/%.o: lxrun/engine/%.c $$(LX_API_HEADERS)
	@mkdir -p $$(@D)
	$$(Q)$$(CC) $$(LX_CFLAGS_$(2)) $$(RT_CFLAGS_$(1)_$(2)) $$(call release_defines,$(1)) -Iruntime/host/tracer -Ilxrun/engine -MMD -MP -c -o $$@ $$<
$$(LX_ENGINE_DIR)/lxrun-$(1)-$(2): $$(LX_ENGINE_OBJS_$(1)_$(2)) $$(BUILD)/runtime/$(1)/$(2)/libkern.a $$(LX_DIR)/$(2)/libtracer.a
	@mkdir -p $$(@D)
	$$(Q)$$(CC) -o $$@ $$(LX_ENGINE_OBJS_$(1)_$(2)) $$(BUILD)/runtime/$(1)/$(2)/libkern.a \
		$$(LX_DIR)/$(2)/libtracer.a $$(BUILD)/runtime/$(1)/$(2)/libkern.a $$(LX_LDFLAGS_$(2))
-include $$(LX_ENGINE_OBJS_$(1)_$(2):.o=.d)
LX_ENGINES += $$(LX_ENGINE_DIR)/lxrun-$(1)-$(2)
endef

LX_ENGINES :=
# Releases whose confs ask for lxrun's tables (lxrun_seccomp.h): a spec
# without them has no engine until its confs name the lxrun keys
# (docs/lxrun.md).
LX_RELEASES := $(sort $(patsubst out/%/amd64/lxrun_seccomp.h,%,$(wildcard out/linux-*/amd64/lxrun_seccomp.h)))
ifneq ($(wildcard runtime/kern/linux_syscall_entry.h),)
$(foreach r,$(LX_RELEASES),$(foreach a,$(LX_ENGINE_ARCHES),$(eval $(call lx_engine,$(r),$(a)))))
endif
LX_PRODUCTS := $(LX_LIBS) $(LX_FRONT) $(LX_ENGINES)

.PHONY: lxrun install-lxrun
lxrun: $(LX_PRODUCTS)
ALL_TARGETS += lxrun

install-lxrun: $(LX_FRONT) $(LX_ENGINES)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/libexec/lxrun \
		$(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(LX_FRONT) $(DESTDIR)$(PREFIX)/bin/lxrun
	$(if $(LX_ENGINES),install -m 755 $(LX_ENGINES) $(DESTDIR)$(PREFIX)/libexec/lxrun/)
	install -m 644 lxrun/lxrun.1 $(DESTDIR)$(PREFIX)/share/man/man1/lxrun.1
INSTALL_TARGETS += install-lxrun

# lxrun.1 renders without warnings, documents every option --help lists,
# and `make install` puts it where man finds it.
.PHONY: check-lxrun-man
check-lxrun-man: $(LX_FRONT) $(LX_ENGINES)
	$(Q)$(LX_FRONT) --help >$(LX_DIR)/lxrun.help
	$(Q)scripts/check-manpage lxrun/lxrun.1 $(LX_DIR)/lxrun.help && \
		echo "lxrun.1: renders cleanly, documents every option of --help"
	$(Q)rm -rf $(LX_DIR)/install-test
	$(Q)$(MAKE) --no-print-directory -s install-lxrun \
		DESTDIR=$(abspath $(LX_DIR)/install-test) PREFIX=/opt/lx >/dev/null
	$(Q)MANPATH=$(abspath $(LX_DIR)/install-test)/opt/lx/share/man man -w lxrun | \
		grep -q '/opt/lx/share/man/man1/lxrun.1$$' && \
		echo "lxrun.1: installed where man finds it"
CHECK_TARGETS += check-lxrun-man
