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
$$(LX_DIR)/$(1)/host/%.o: runtime/host/tracer/%.c
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

.PHONY: lxrun
lxrun: $(LX_LIBS)
ALL_TARGETS += lxrun
