/*
 * test_uname.c — runtime/kern's uname (linux_uname.c, linux_uname_i386.c)
 * on the in-process host: helpers/uname_check on both arches (every field
 * against the real kernel's, the release the emulation's, EFAULT), and,
 * built once per release, newuname reporting that release.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <sys/wait.h>

#include "inproc.h"
#include "linux_release.h"
#include "linux_syscall.h"

TestSuite(uname, .timeout = 30.0);

static void
run(const char *arch, int min_checks)
{
	const char *dir = getenv("RUNTIME_HELPERS_DIR");
	char cmd[1024], out[16384];
	int status, nchecks = -1, nfailed = -1;
	size_t len;
	char *last;
	FILE *p;

	cr_assert_not_null(dir, "RUNTIME_HELPERS_DIR is not set");
	snprintf(cmd, sizeof(cmd), "%s/uname_check_%s 2>&1", dir, arch);
	p = popen(cmd, "r");
	cr_assert_not_null(p);
	len = fread(out, 1, sizeof(out) - 1, p);
	out[len] = '\0';
	status = pclose(p);
	last = strstr(out, " checks, ");
	if (last != NULL) {
		while (last > out && last[-1] != '\n')
			last--;
		sscanf(last, "%d checks, %d failed", &nchecks, &nfailed);
	}
	cr_assert_geq(nchecks, min_checks, "%s: too few checks ran:\n%s",
	    arch, out);
	cr_assert_eq(nfailed, 0, "%s:\n%s", arch, out);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "%s: status %#x\n%s", arch, status, out);
}

Test(uname, amd64_fields_are_the_hosts_release_the_emulations)
{

	run("amd64", 19);
}

Test(uname, i386_three_generations_against_the_kernel)
{
	run("i386", 54);
}

/* This build's release, in the struct a program gets. */
Test(uname, newuname_reports_the_release_this_runtime_was_built_for)
{
	struct utsname native;
	char buf[6 * 65], want[32];
	long r;

	inproc_thread_attach(inproc_proc_create());
	cr_assert_eq(uname(&native), 0);
	r = inproc_syscall(LINUX_SYS_linux_newuname, (long)buf, 0, 0, 0, 0,
	    0);
	cr_assert_eq(r, 0);
	snprintf(want, sizeof(want), "%d.%d.%d", LINUX_RELEASE_KERNVER >> 16,
	    (LINUX_RELEASE_KERNVER >> 8) & 0xff, LINUX_RELEASE_KERNVER & 0xff);
	cr_expect_str_eq(buf + 2 * 65, want);
	cr_expect_str_eq(buf, "Linux");
	cr_expect_str_eq(buf + 65, native.nodename);
	cr_expect_str_eq(buf + 4 * 65, native.machine);
	inproc_thread_detach();
}
