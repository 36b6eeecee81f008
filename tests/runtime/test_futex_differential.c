/*
 * test_futex_differential.c — the futex emulation against this machine's
 * real futex(2): each test runs one script of helpers/futex_diff_scripts.h
 * through helpers/futex_diff, natively (amd64) and as a 32-bit process
 * (i386), which executes it on the real kernel and on the emulation and
 * requires identical transcripts (return values, who was woken, futex
 * words after every step).
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

TestSuite(futex_differential, .timeout = 120.0);

static void
run_script(const char *script, const char *arch)
{
	const char *dir = getenv("RUNTIME_HELPERS_DIR");
	char cmd[1024], *out = NULL;
	size_t len = 0, cap = 0, n;
	char buf[4096];
	FILE *p;
	int status;

	cr_assert_not_null(dir, "RUNTIME_HELPERS_DIR is not set");
	snprintf(cmd, sizeof(cmd), "%s/futex_diff_%s %s 2>&1", dir, arch,
	    script);
	p = popen(cmd, "r");
	cr_assert_not_null(p, "cannot run %s", cmd);
	while ((n = fread(buf, 1, sizeof(buf), p)) > 0) {
		if (len + n + 1 > cap) {
			cap = (len + n + 1) * 2;
			out = realloc(out, cap);
			cr_assert_not_null(out);
		}
		memcpy(out + len, buf, n);
		len += n;
	}
	status = pclose(p);
	cr_assert_not_null(out, "%s printed nothing", cmd);
	out[len] = '\0';
	cr_assert(strstr(out, "=== real kernel\n") != NULL &&
	    strstr(out, "=== emulation\n") != NULL, "%s: no transcripts:\n%s",
	    cmd, out);
	/* A transcript with no call in it would compare equal trivially. */
	cr_assert(strstr(out, ": T0 op ") != NULL ||
	    strstr(out, " blocks\n") != NULL, "%s: empty script:\n%s", cmd,
	    out);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "%s: exit status %#x\n%s", cmd, status, out);
	free(out);
}

#define	DIFFERENTIAL(script)						\
Test(futex_differential, script##_amd64) { run_script(#script, "amd64"); } \
Test(futex_differential, script##_i386) { run_script(#script, "i386"); }

DIFFERENTIAL(errors)
DIFFERENTIAL(timeouts)
DIFFERENTIAL(wake_order)
DIFFERENTIAL(keys)
DIFFERENTIAL(bitset)
DIFFERENTIAL(requeue)
DIFFERENTIAL(requeue_moves)
DIFFERENTIAL(wakeop_ops)
DIFFERENTIAL(wakeop_wakes)
DIFFERENTIAL(interrupts)
DIFFERENTIAL(pi_basic)
DIFFERENTIAL(pi_mixed)
DIFFERENTIAL(pi_errors)
DIFFERENTIAL(pi_timeout)
DIFFERENTIAL(pi_deadlock)
DIFFERENTIAL(pi_owner_exit)
DIFFERENTIAL(robust)
