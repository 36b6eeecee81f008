/*
 * test_tracer_host.c — the tracer host (runtime/host/tracer) on its own,
 * with the mock runtime (tests/lxrun/mock): real pthread programs, built
 * for amd64 and i386, run under mock_engine_<arch>.
 */
#include "lxt_run.h"

static struct lxt_result
run_mock(const char *arch, const char *prog)
{
	char *argv[] = {
		lxt_path("mock_engine_%s", arch),
		lxt_path("progs/%s_%s", prog, arch),
		NULL
	};
	struct lxt_result r = lxt_run(argv);

	free(argv[0]);
	free(argv[1]);
	return (r);
}

#define	HOST_TEST(prog, arch, expect)					\
Test(tracer_host, prog##_##arch, .timeout = 60) {			\
	struct lxt_result r = run_mock(#arch, #prog);			\
									\
	cr_expect_eq(r.status, 0, "%s (%s) exited %d\nstdout: %s\n"	\
	    "stderr: %s", #prog, #arch, r.status, r.out, r.err);	\
	cr_expect(strstr(r.out, expect) != NULL,			\
	    "%s (%s): no \"%s\" in output: %s", #prog, #arch, expect,	\
	    r.out);							\
	cr_expect(strstr(r.err, "stub page") == NULL,			\
	    "the stub page was not installed: %s", r.err);		\
	lxt_free(&r);							\
}

/* Blocking waits in the host, wakeups between host threads, clone in
   place, CLONE_CHILD_CLEARTID at exit (pthread_join). */
HOST_TEST(threads, amd64, "counter=80000 rounds=4000")
HOST_TEST(threads, i386, "counter=80000 rounds=4000")
/* Injected atomics on memory another thread updates at the same time. */
HOST_TEST(atomics, amd64, "lost updates: 0")
HOST_TEST(atomics, i386, "lost updates: 0")
/* Deadlines: ETIMEDOUT, never early; relative and absolute. */
HOST_TEST(timeout, amd64, "timeouts ok")
HOST_TEST(timeout, i386, "timeouts ok")
/* A signal to a thread sleeping in the host (parked) is not lost. */
HOST_TEST(sigwait, amd64, "handled by waiter: yes")
HOST_TEST(sigwait, i386, "handled by waiter: yes")

Test(tracer_host, missing_program_exits_127, .timeout = 30) {
	char *argv[] = {
		lxt_path("mock_engine_amd64"),
		(char *)"/nonexistent/program",
		NULL
	};
	struct lxt_result r = lxt_run(argv);

	free(argv[0]);
	cr_expect_eq(r.status, 127);
	cr_expect(strstr(r.err, "/nonexistent/program") != NULL, "%s", r.err);
	lxt_free(&r);
}
