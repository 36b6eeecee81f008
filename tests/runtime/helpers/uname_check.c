/*
 * uname_check.c — runtime/kern's unames on the in-process host, built for
 * amd64 and i386, against the real kernel's answer to this same process:
 * newuname (both arches), and on i386 uname (109) and olduname (59). Every
 * field must be the kernel's except the release, which is the emulated
 * release's (linux_kernver(): the compiled one, then one set with
 * linux_set_kernver()); NULL and unmapped buffers are EFAULT. Prints "ok
 * <check>" or "FAIL <check>: ..." per check and exits 0 only if all
 * passed; tests/runtime/test_uname.c runs it.
 */
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <linux_types.h>

#include "inproc.h"
#include "kern_api.h"
#include "linux_errno.h"
#include "linux_release.h"
#include "linux_syscall.h"
#include "linux_uname.h"

static int failures, checks;

#define	CHECK(name, cond, ...) do {					\
	checks++;							\
	if (cond)							\
		printf("ok %s\n", name);				\
	else {								\
		failures++;						\
		printf("FAIL %s: ", name);				\
		printf(__VA_ARGS__);					\
		printf("\n");						\
	}								\
} while (0)

static const char *const field_names[6] = {
	"sysname", "nodename", "release", "version", "machine", "domainname"
};

/* `n` fields of `size` bytes: the emulation's against the kernel's. */
static void
compare(const char *what, const char *emu, const char *real, int n,
    int size, const char *release)
{
	char name[96];
	int i;

	for (i = 0; i < n; i++) {
		const char *e = emu + i * size, *r = real + i * size;

		snprintf(name, sizeof(name), "%s %s", what, field_names[i]);
		if (i == 2) {
			char want[LINUX_UTS_LEN] = { 0 };

			snprintf(want, (size_t)size, "%s", release);
			CHECK(name, memcmp(e, want, (size_t)size) == 0,
			    "'%.*s', want '%s'", size, e, want);
		} else
			CHECK(name, memcmp(e, r, (size_t)size) == 0,
			    "'%.*s', the kernel says '%.*s'", size, e, size, r);
	}
}

static void
release_of(int kv, char *buf, size_t len)
{

	snprintf(buf, len, "%d.%d.%d", kv >> 16, (kv >> 8) & 0xff, kv & 0xff);
}

static void
check_all(const char *release)
{
	char emu[6 * LINUX_UTS_LEN], real[6 * LINUX_UTS_LEN];
	long r;

	memset(emu, 'x', sizeof(emu));
	memset(real, 0, sizeof(real));
#if defined(LINUX_ARCH_AMD64)
	CHECK("the kernel's newuname", syscall(63, real) == 0, "failed");
#else
	CHECK("the kernel's newuname", syscall(122, real) == 0, "failed");
#endif
	r = inproc_syscall(LINUX_SYS_linux_newuname, (long)emu, 0, 0, 0, 0,
	    0);
	CHECK("newuname succeeds", r == 0, "%ld", r);
	compare("newuname", emu, real, 6, LINUX_UTS_LEN, release);
#if defined(LINUX_ARCH_I386)
	memset(emu, 'x', sizeof(emu));
	memset(real, 'x', sizeof(real));
	CHECK("the kernel's uname", syscall(109, real) == 0, "failed");
	r = inproc_syscall(LINUX_SYS_linux_uname, (long)emu, 0, 0, 0, 0, 0);
	CHECK("uname succeeds", r == 0, "%ld", r);
	compare("uname", emu, real, 5, LINUX_UTS_LEN, release);
	CHECK("uname writes five fields", emu[5 * LINUX_UTS_LEN] == 'x',
	    "wrote past them");
	memset(emu, 'x', sizeof(emu));
	memset(real, 'x', sizeof(real));
	CHECK("the kernel's olduname", syscall(59, real) == 0, "failed");
	r = inproc_syscall(LINUX_SYS_linux_olduname, (long)emu, 0, 0, 0, 0,
	    0);
	CHECK("olduname succeeds", r == 0, "%ld", r);
	compare("olduname", emu, real, 5, LINUX_OLDOLD_UTS_LEN, release);
	CHECK("olduname writes 45 bytes", emu[5 * LINUX_OLDOLD_UTS_LEN] == 'x',
	    "wrote past them");
#endif
}

int
main(void)
{
	char release[32];
	struct kutsname ku;
	long r;

	inproc_thread_attach(inproc_proc_create());
	kern_host_utsname(inproc_curthread(), &ku);
	CHECK("the host has a machine name", ku.ku_machine[0] != '\0',
	    "empty");

	release_of(LINUX_RELEASE_KERNVER, release, sizeof(release));
	check_all(release);
	linux_set_kernver(LINUX_KERNVER(4, 19, 255));
	check_all("4.19.255");
	linux_set_kernver(0);

	r = inproc_syscall(LINUX_SYS_linux_newuname, 0, 0, 0, 0, 0, 0);
	CHECK("newuname(NULL) is EFAULT", r == -LINUX_EFAULT, "%ld", r);
	r = inproc_syscall(LINUX_SYS_linux_newuname, 4096, 0, 0, 0, 0, 0);
	CHECK("newuname(unmapped) is EFAULT", r == -LINUX_EFAULT, "%ld", r);
#if defined(LINUX_ARCH_I386)
	r = inproc_syscall(LINUX_SYS_linux_uname, 0, 0, 0, 0, 0, 0);
	CHECK("uname(NULL) is EFAULT", r == -LINUX_EFAULT, "%ld", r);
	r = inproc_syscall(LINUX_SYS_linux_olduname, 0, 0, 0, 0, 0, 0);
	CHECK("olduname(NULL) is EFAULT", r == -LINUX_EFAULT, "%ld", r);
	r = inproc_syscall(LINUX_SYS_linux_olduname, 4096, 0, 0, 0, 0, 0);
	CHECK("olduname(unmapped) is EFAULT", r == -LINUX_EFAULT, "%ld", r);
#endif
	printf("%d checks, %d failed\n", checks, failures);
	return (failures == 0 ? 0 : 1);
}
