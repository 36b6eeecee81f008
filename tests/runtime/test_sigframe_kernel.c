/*
 * test_sigframe_kernel.c — the runtime's signal frames against the real
 * kernel of this machine, for amd64 and i386, through the helpers
 * sigframe_capture_<arch> (the kernel's frame and the runtime's, byte for
 * byte) and sigreturn_oracle_<arch> (mutated frames through both
 * sigreturns, verdict for verdict). The i386 helpers are 32-bit programs
 * (gcc -m32) with the i386 runtime linked in.
 */
#include "helper_run.h"

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
