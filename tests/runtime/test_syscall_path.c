/*
 * test_syscall_path.c — runtime/kern's system call path on both
 * architectures: runs helpers/syscall_path (amd64 and i386), whose checks
 * say what each register must hold (see that file).
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

TestSuite(syscall_path, .timeout = 30.0);

static void
run(const char *arch)
{
	const char *dir = getenv("RUNTIME_HELPERS_DIR");
	char cmd[1024], out[16384];
	int status, nchecks = -1, nfailed = -1;
	size_t len;
	char *last;
	FILE *p;

	cr_assert_not_null(dir, "RUNTIME_HELPERS_DIR is not set");
	snprintf(cmd, sizeof(cmd), "%s/syscall_path_%s 2>/dev/null", dir,
	    arch);
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
	cr_assert_geq(nchecks, 20, "%s: too few checks ran:\n%s", arch, out);
	cr_assert_eq(nfailed, 0, "%s:\n%s", arch, out);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "%s: status %#x\n%s", arch, status, out);
}

Test(syscall_path, amd64_registers_errors_restart_and_bounds)
{

	run("amd64");
}

Test(syscall_path, i386_registers_errors_restart_and_bounds)
{

	run("i386");
}
