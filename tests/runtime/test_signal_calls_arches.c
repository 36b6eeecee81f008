/*
 * test_signal_calls_arches.c — the signal system calls of the runtime
 * built for each architecture, through the in-process host: the
 * sigcalls_check helper, a 32-bit program for i386 (where the pre-rt
 * calls live: sigaction, signal, sigprocmask, sgetmask/ssetmask,
 * sigpending, sigsuspend, sigreturn with its sigframe).
 */
#include "helper_run.h"

TestSuite(signal_calls_arches, .timeout = 60);

static void
check_calls(const char *helper, unsigned min_checks)
{
	struct helper_run r = run_helper(helper, "");
	unsigned n;

	if (r.status != 0)
		log_failures(&r);
	n = count_after(r.out, "%u checks, %u failed");
	free(r.out);
	cr_assert_eq(r.status, 0, "%s: a check failed", helper);
	cr_assert_geq(n, min_checks, "%s ran %u checks", helper, n);
}

Test(signal_calls_arches, amd64_rt_calls)
{

	check_calls("sigcalls_check_amd64", 7);
}

Test(signal_calls_arches, i386_rt_and_pre_rt_calls)
{

#ifdef __SANITIZE_THREAD__
	cr_skip_test("no i386 helpers under ThreadSanitizer");
#endif
	check_calls("sigcalls_check_i386", 23);
}

/* Senders, waiters and sleepers at once (run under the sanitizers too). */
static void
check_stress(const char *helper)
{
	struct helper_run r = run_helper(helper, "");
	bool ok;

	if (r.status != 0)
		log_failures(&r);
	ok = strstr(r.out, "PASS real-time: 6000 sent, 6000 taken") != NULL;
	free(r.out);
	cr_assert_eq(r.status, 0, "%s failed", helper);
	cr_assert(ok, "%s: a queued real-time signal was lost", helper);
}

Test(signal_calls_arches, amd64_concurrent_senders_and_waiters)
{

	check_stress("sigstress_amd64");
}

Test(signal_calls_arches, i386_concurrent_senders_and_waiters)
{

#ifdef __SANITIZE_THREAD__
	cr_skip_test("no i386 helpers under ThreadSanitizer");
#endif
	check_stress("sigstress_i386");
}
