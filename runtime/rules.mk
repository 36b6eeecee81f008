# runtime/rules.mk — builds the runtime for every (release, arch) that has
# generated tables in out/, and the hosts that implement the kernel API.
#
# Conventions (so that teams add files, not rules):
#  - runtime/kern/*.c is kernel-side code, compiled once per (release, arch)
#    because it includes that release's generated headers (linux_proto.h…).
#    A file ending in _amd64.c or _i386.c is compiled only for that arch.
#  - out/<release>/<arch>/*.c and out/<release>/*.c (generated tables) are
#    compiled into the same library.
#  - runtime/host/inproc/*.c is the in-process host (per arch, not per
#    release): $(BUILD)/runtime/<arch>/libinproc.a. runtime/host/linux/*.c
#    (what every host running on Linux shares: the real system's side of
#    kern_ioctl()) goes into the same library; the tracer host's build
#    (lxrun/rules.mk) is to take those files too.
#  - The i386 runtime is compiled with -m32, as a FreeBSD/i386 kernel runs
#    i386 Linux binaries; the amd64 one natively.
#  - Each (release, arch) build gets -DLINUX_RELEASE_NAME="linux-2.6.16" and
#    -DLINUX_RELEASE_KERNVER=LINUX_KERNVER(2,6,16), from the directory name
#    (runtime/kern/linux_release.h).
#  - Whoever links libkern.a links it whole (-Wl,--whole-archive): real
#    handlers must override the weak fallbacks of the generated tables.
#
# Products:
#   $(BUILD)/runtime/<release>/<arch>/libkern.a
#   $(BUILD)/runtime/<arch>/libinproc.a

RUNTIME_ARCHES := amd64 i386
RUNTIME_RELEASES := $(sort $(patsubst out/%/amd64/linux_sysent.c,%,$(wildcard out/linux-*/amd64/linux_sysent.c)))
ARCH_CFLAGS_amd64 := -m64
ARCH_CFLAGS_i386 := -m32
OTHER_ARCH_amd64 := i386
OTHER_ARCH_i386 := amd64

KERN_INCLUDES := -Iruntime/kern -Iruntime/kern/compat -Iruntime/host/linux -Iout/host/freebsd

# runtime_kern_srcs(arch): kernel sources for one arch
runtime_kern_srcs = $(filter-out %_$(OTHER_ARCH_$(1)).c,$(wildcard runtime/kern/*.c))
runtime_inproc_srcs = $(filter-out %_$(OTHER_ARCH_$(1)).c,$(wildcard runtime/host/inproc/*.c))
runtime_hostlinux_srcs = $(filter-out %_$(OTHER_ARCH_$(1)).c,$(wildcard runtime/host/linux/*.c))

# The release a build emulates, from its directory name (linux_release.h):
# linux-2.6.16 -> -DLINUX_RELEASE_NAME="linux-2.6.16"
#                 -DLINUX_RELEASE_KERNVER=LINUX_KERNVER(2,6,16)
release_version = $(subst ., ,$(patsubst linux-%,%,$(1)))
release_defines = -DLINUX_RELEASE_NAME='"$(1)"' \
	-DLINUX_RELEASE_KERNVER='LINUX_KERNVER($(word 1,$(call release_version,$(1))),$(or $(word 2,$(call release_version,$(1))),0),$(or $(word 3,$(call release_version,$(1))),0))'

# $(call runtime_release_arch,release,arch)
define runtime_release_arch
RT_DIR_$(1)_$(2) := $$(BUILD)/runtime/$(1)/$(2)
# linux_systrace_args.c is not a translation unit: like FreeBSD's, it is
# meant to be #included by a file that provides the headers it needs.
RT_GEN_SRCS_$(1)_$(2) := $$(filter-out %/linux_systrace_args.c,$$(wildcard out/$(1)/$(2)/*.c out/$(1)/*.c))
RT_OBJS_$(1)_$(2) := \
	$$(patsubst runtime/kern/%.c,$$(RT_DIR_$(1)_$(2))/kern/%.o,$$(call runtime_kern_srcs,$(2))) \
	$$(patsubst out/%.c,$$(RT_DIR_$(1)_$(2))/gen/%.o,$$(RT_GEN_SRCS_$(1)_$(2)))
RT_CFLAGS_$(1)_$(2) := $$(ARCH_CFLAGS_$(2)) $$(KERN_INCLUDES) -Iout/$(1)/$(2) -Iout/$(1) \
	$$(call release_defines,$(1))

$$(RT_DIR_$(1)_$(2))/kern/%.o: runtime/kern/%.c
	@mkdir -p $$(@D)
	$$(Q)$$(CC) $$(ALL_CFLAGS) $$(RT_CFLAGS_$(1)_$(2)) -MMD -MP -c -o $$@ $$<
$$(RT_DIR_$(1)_$(2))/gen/%.o: out/%.c
	@mkdir -p $$(@D)
	$$(Q)$$(CC) $$(ALL_CFLAGS) $$(RT_CFLAGS_$(1)_$(2)) -MMD -MP -c -o $$@ $$<
$$(RT_DIR_$(1)_$(2))/libkern.a: $$(RT_OBJS_$(1)_$(2))
	$$(Q)rm -f $$@ && ar rcs $$@ $$^
-include $$(RT_OBJS_$(1)_$(2):.o=.d)
RUNTIME_LIBS += $$(RT_DIR_$(1)_$(2))/libkern.a
endef

# $(call runtime_host_arch,arch)
define runtime_host_arch
RT_HOST_DIR_$(1) := $$(BUILD)/runtime/$(1)
RT_INPROC_OBJS_$(1) := $$(patsubst runtime/host/inproc/%.c,$$(RT_HOST_DIR_$(1))/inproc/%.o,$$(call runtime_inproc_srcs,$(1))) \
	$$(patsubst runtime/host/linux/%.c,$$(RT_HOST_DIR_$(1))/hostlinux/%.o,$$(call runtime_hostlinux_srcs,$(1)))
$$(RT_HOST_DIR_$(1))/inproc/%.o: runtime/host/inproc/%.c
	@mkdir -p $$(@D)
	$$(Q)$$(CC) $$(ALL_CFLAGS) $$(ARCH_CFLAGS_$(1)) $$(KERN_INCLUDES) -Iruntime/host/inproc -MMD -MP -c -o $$@ $$<
$$(RT_HOST_DIR_$(1))/hostlinux/%.o: runtime/host/linux/%.c
	@mkdir -p $$(@D)
	$$(Q)$$(CC) $$(ALL_CFLAGS) $$(ARCH_CFLAGS_$(1)) $$(KERN_INCLUDES) -MMD -MP -c -o $$@ $$<
$$(RT_HOST_DIR_$(1))/libinproc.a: $$(RT_INPROC_OBJS_$(1))
	$$(Q)rm -f $$@ && ar rcs $$@ $$^
-include $$(RT_INPROC_OBJS_$(1):.o=.d)
ifneq ($$(RT_INPROC_OBJS_$(1)),)
RUNTIME_LIBS += $$(RT_HOST_DIR_$(1))/libinproc.a
endif
endef

RUNTIME_LIBS :=
$(foreach r,$(RUNTIME_RELEASES),$(foreach a,$(RUNTIME_ARCHES),$(eval $(call runtime_release_arch,$(r),$(a)))))
$(foreach a,$(RUNTIME_ARCHES),$(eval $(call runtime_host_arch,$(a))))

.PHONY: runtime
runtime: $(RUNTIME_LIBS)
ALL_TARGETS += runtime
