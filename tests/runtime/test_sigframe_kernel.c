/*
 * test_sigframe_kernel.c — the runtime's signal frames against the real
 * kernel of this machine, for amd64 and i386, through the helpers
 * sigframe_capture_<arch> (the kernel's frame and the runtime's, byte for
 * byte) and sigreturn_oracle_<arch> (mutated frames through both
 * sigreturns, verdict for verdict). The i386 helpers are 32-bit programs
 * (gcc -m32) with the i386 runtime linked in.
 */
#include <criterion/criterion.h>
#include <criterion/logging.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

struct helper_run {
	int	status;		/* exit status, -1 if it did not exit */
	char	*out;		/* everything it printed */
};

static struct helper_run
run_helper(const char *name, const char *args)
{
	struct helper_run r = { -1, NULL };
	const char *dir;
	char cmd[1024], line[512];
	size_t len, cap;
	FILE *f;
	int st;

	dir = getenv("RUNTIME_HELPERS_DIR");
	cr_assert_not_null(dir, "RUNTIME_HELPERS_DIR is not set");
	snprintf(cmd, sizeof(cmd), "%s/%s %s 2>&1", dir, name, args);
	f = popen(cmd, "r");
	cr_assert_not_null(f, "cannot run %s", cmd);
	cap = 4096;
	len = 0;
	r.out = malloc(cap);
	r.out[0] = '\0';
	while (fgets(line, sizeof(line), f) != NULL) {
		size_t n = strlen(line);

		if (len + n + 1 > cap) {
			cap = (len + n + 1) * 2;
			r.out = realloc(r.out, cap);
		}
		memcpy(r.out + len, line, n + 1);
		len += n;
	}
	st = pclose(f);
	if (st != -1 && WIFEXITED(st))
		r.status = WEXITSTATUS(st);
	return (r);
}

/* The failing lines, for the test's message. */
static void
log_failures(const struct helper_run *r)
{
	const char *p, *nl;

	for (p = r->out; *p != '\0'; p = nl + 1) {
		nl = strchr(p, '\n');
		if (nl == NULL)
			nl = p + strlen(p);
		if (strncmp(p, "PASS", 4) != 0)
			cr_log_error("%.*s", (int)(nl - p), p);
		if (*nl == '\0')
			break;
	}
}

/* The count of the summary line "<n> ..., <failed> failed", if failed is 0. */
static unsigned
count_after(const char *out, const char *fmt)
{
	const char *p;
	unsigned n, failed;

	for (p = out; p != NULL; p = strchr(p, '\n')) {
		if (*p == '\n')
			p++;
		if (sscanf(p, fmt, &n, &failed) == 2)
			return (failed == 0 ? n : 0);
	}
	return (0);
}

static void
check_capture(const char *helper, unsigned min_scenarios)
{
	struct helper_run r = run_helper(helper, "run");
	unsigned n;

	if (r.status != 0)
		log_failures(&r);
	n = count_after(r.out, "%u scenarios, %u failed");
	free(r.out);
	cr_assert_eq(r.status, 0, "%s: frames differ from the kernel's", helper);
	cr_assert_geq(n, min_scenarios, "%s compared %u scenarios", helper, n);
}

static void
check_oracle(const char *helper)
{
	struct helper_run r = run_helper(helper, "run");
	unsigned frames;
	bool own_ok;

	if (r.status != 0)
		log_failures(&r);
	frames = count_after(r.out, "%u frames, %u failed");
	/* The unmutated frame must go through the real kernel's sigreturn. */
	own_ok = strstr(r.out,
	    "PASS 0 unchanged kernel=ok(stop 5 code 128) runtime=ok") != NULL;
	free(r.out);
	cr_assert_eq(r.status, 0,
	    "%s: a verdict or restored state differs from the kernel's", helper);
	cr_assert_geq(frames, 100, "%s: only %u mutated frames", helper,
	    frames);
	cr_assert(own_ok,
	    "%s: the runtime's own frame was not accepted by the kernel",
	    helper);
}

TestSuite(sigframe_kernel, .timeout = 300);

/* ThreadSanitizer has no 32-bit runtime: TSAN=1 builds no i386 helpers. */
static void
skip_i386_under_tsan(void)
{

#ifdef __SANITIZE_THREAD__
	cr_skip_test("no i386 helpers under ThreadSanitizer");
#endif
}

Test(sigframe_kernel, amd64_frames_are_the_kernels_byte_for_byte)
{

	check_capture("sigframe_capture_amd64", 9);
}

Test(sigframe_kernel, i386_frames_are_the_kernels_byte_for_byte)
{

	skip_i386_under_tsan();
	check_capture("sigframe_capture_i386", 12);
}

Test(sigframe_kernel, amd64_mutated_frames_get_the_kernels_verdicts)
{

	check_oracle("sigreturn_oracle_amd64");
}

Test(sigframe_kernel, i386_mutated_frames_get_the_kernels_verdicts)
{

	skip_i386_under_tsan();
	check_oracle("sigreturn_oracle_i386");
}
