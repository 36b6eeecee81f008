/*
 * test_lxrun_programs.c — real programs under lxrun, each compared with a
 * native run of the same command (issue 10, item 2): python3 with threads
 * and with signal handlers, xz -T2, zstd -T2, sort --parallel=2
 * (byte-identical output), a 32-bit pthread program, robust mutexes,
 * perf bench futex, stress-ng.
 *
 * They run on the newest release lxrun was built for. Debian 12's glibc
 * needs Linux ≥ 3.2 behaviour (FUTEX_PRIVATE_FLAG, …): on an older spec
 * the run uses --osrelease 6.12 (the spec's table, 6.12's behaviour), and
 * a program that needs a syscall the table lacks is skipped, saying so.
 * A program that is not installed is skipped, saying so.
 */
#include <sys/stat.h>

#include "lxt_compare.h"

/* Deterministic text input, made once per test process. */
static char *
input_file(void)
{
	char *path = lxt_path("lxrun-input.txt");
	struct stat st;
	unsigned long x = 12345;
	FILE *f;
	int i, j;

	if (stat(path, &st) == 0 && st.st_size > 0)
		return (path);
	f = fopen(path, "w");
	cr_assert(f != NULL);
	for (i = 0; i < 60000; i++) {
		for (j = 0; j < 40; j++) {
			x = x * 6364136223846793005UL + 1442695040888963407UL;
			fputc('a' + (int)((x >> 33) % 26), f);
		}
		fputc('\n', f);
	}
	fclose(f);
	return (path);
}

Test(lxrun_programs, threads_amd64_counts_right, .timeout = 120) {
	char *argv[] = { lxt_path("progs/threads_amd64"), NULL };

	compare_program("amd64", argv, "threads_amd64");
	free(argv[0]);
}

/* The 32-bit pthread program (gcc -m32), under the i386 engine. */
Test(lxrun_programs, threads_i386_counts_right, .timeout = 120) {
	char *argv[] = { lxt_path("progs/threads_i386"), NULL };

	compare_program("i386", argv, "threads_i386");
	free(argv[0]);
}

Test(lxrun_programs, robust_mutex_owner_death, .timeout = 120) {
	char *argv[] = { lxt_path("progs/robust_amd64"), NULL };
	struct runspec rs = pick("amd64", "threads");
	struct lxt_result native, lx;

	/* glibc 2.36 assumes robust lists; without set_robust_list nobody
	   marks the dead owner's mutex and the waiter hangs, as on such a
	   kernel. */
	if (lxt_release_version(rs.release) < 0x020611)
		cr_skip_test("%s has no set_robust_list (Linux 2.6.17)",
		    rs.release);
	run_both(&rs, argv, &native, &lx);
	if (lx.status == 77)
		cr_skip_test("%s has no robust futexes (set_robust_list): %s",
		    rs.release, lx.out);
	expect_same("robust", &native, &lx);
	lxt_free(&native);
	lxt_free(&lx);
	free(argv[0]);
}

Test(lxrun_programs, python3_threads, .timeout = 180) {
	REQUIRE_PROGRAM(py, "python3", "python3");
	char *argv[] = { py, (char *)"-c", (char *)
	    "import threading, queue\n"
	    "n = [0]; lock = threading.Lock(); q = queue.Queue()\n"
	    "def work(k):\n"
	    "    for i in range(20000):\n"
	    "        with lock: n[0] += 1\n"
	    "    q.put(k)\n"
	    "ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]\n"
	    "[t.start() for t in ts]; [t.join() for t in ts]\n"
	    "print(n[0], sorted(q.get() for _ in range(4)))\n", NULL };

	compare_program("amd64", argv, "python3 threads");
	free(py);
}

Test(lxrun_programs, python3_signal_handlers, .timeout = 180) {
	REQUIRE_PROGRAM(py, "python3", "python3");
	char *argv[] = { py, (char *)"-c", (char *)
	    "import os, signal, threading\n"
	    "got = []\n"
	    "signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))\n"
	    "signal.signal(signal.SIGALRM, lambda s, f: got.append(s))\n"
	    "os.kill(os.getpid(), signal.SIGUSR1)\n"
	    "ev = threading.Event()\n"
	    "signal.setitimer(signal.ITIMER_REAL, 0.05)\n"
	    "ev.wait(2.0)\n"
	    "print(sorted(got))\n", NULL };

	compare_program_with("amd64", argv, "python3 signals",
	    "threads signals");
	free(py);
}

static void
compress(const char *tool, const char *package, const char *flag)
{
	REQUIRE_PROGRAM(prog, tool, package);
	char *in = input_file();
	char *argv[] = { prog, (char *)flag, (char *)"-c", in, NULL };

	compare_program("amd64", argv, tool);
	free(in);
	free(prog);
}

Test(lxrun_programs, xz_two_threads_byte_identical, .timeout = 180) {
	compress("xz", "xz-utils", "-T2");
}

Test(lxrun_programs, zstd_two_threads_byte_identical, .timeout = 180) {
	compress("zstd", "zstd", "-T2");
}

Test(lxrun_programs, sort_parallel_byte_identical, .timeout = 180) {
	REQUIRE_PROGRAM(sort, "sort", "coreutils");
	char *in = input_file();
	char *argv[] = { sort, (char *)"--parallel=2", (char *)"-S",
	    (char *)"1M", in, NULL };

	compare_program("amd64", argv, "sort --parallel=2");
	free(in);
	free(sort);
}

/*
 * perf bench futex: exits 0 and completes every run.
 *
 * wake-parallel (and wake) start their waiters, sleep 100 ms "to let them
 * block" and then wake each waiter exactly once: a waiter that reaches
 * FUTEX_WAIT after its wake waits forever (the futex word never changes),
 * natively or not, and the waker warns "couldn't wakeup all tasks".  Under
 * a tracer on a loaded 2-CPU machine the 100 ms are sometimes too short
 * (Linux itself raised them to 200 ms for slow machines).  So each run is
 * bounded with timeout(1); a run that timed out after perf reported that
 * race is perf's, not the emulation's, and is run again (three attempts).
 * A lost wake of the emulation would leave FUTEX_WAKE reporting every
 * waiter woken, no warning, and fail the test.
 */
#define	PERF_TIMEOUT	"60"
#define	PERF_ATTEMPTS	3

static int
perf_own_race(const struct lxt_result *r)
{

	return (r->status == 124 && r->err != NULL &&
	    strstr(r->err, "couldn't wakeup all tasks") != NULL);
}

static void
perf_bench(const char *bench, const char *extra)
{
	REQUIRE_PROGRAM(perf, "perf", "linux-perf");
	REQUIRE_PROGRAM(tmo, "timeout", "coreutils");
	struct runspec rs = pick("amd64", "threads");
	char *argv[] = { tmo, (char *)PERF_TIMEOUT, perf, (char *)"bench",
	    (char *)"futex", (char *)bench, (char *)"-t", (char *)"4",
	    (char *)extra, NULL };
	struct lxt_result native, lx;
	int attempt;

	for (attempt = 1;; attempt++) {
		run_both(&rs, argv, &native, &lx);
		if (!perf_own_race(&native) && !perf_own_race(&lx))
			break;
		if (attempt == PERF_ATTEMPTS)
			cr_skip_test("perf bench futex %s lost its own start-up "
			    "race %d times (a waiter blocked after its wake): "
			    "%s", bench, PERF_ATTEMPTS, lx.err);
		cr_log_warn("perf bench futex %s: perf's start-up race, "
		    "attempt %d of %d", bench, attempt, PERF_ATTEMPTS);
		lxt_free(&native);
		lxt_free(&lx);
	}
	if (native.status != 0)
		cr_skip_test("perf bench futex %s fails natively here: %s",
		    bench, native.err);
	skip_if_missing_syscall(&lx, rs.release);
	cr_expect_eq(lx.status, 0, "perf bench futex %s: exit %d\n%s\n%s",
	    bench, lx.status, lx.out, lx.err);
	cr_expect(strstr(lx.out, "Averaged") != NULL ||
	    strstr(lx.out, "Wokeup") != NULL ||
	    strstr(lx.out, "Requeued") != NULL ||
	    strstr(lx.out, "latency") != NULL,
	    "perf bench futex %s printed no result: %s", bench, lx.out);
	lxt_free(&native);
	lxt_free(&lx);
	free(rs.release);
	free(perf);
	free(tmo);
}

Test(lxrun_programs, perf_bench_futex_hash, .timeout = 180) {
	perf_bench("hash", "-r1");
}

Test(lxrun_programs, perf_bench_futex_wake, .timeout = 180) {
	perf_bench("wake", "-w1");
}

Test(lxrun_programs, perf_bench_futex_wake_parallel, .timeout = 180) {
	perf_bench("wake-parallel", "-w2");
}

Test(lxrun_programs, perf_bench_futex_requeue, .timeout = 180) {
	perf_bench("requeue", "-q1");
}

/* stress-ng: a few seconds of each stressor, no failure reported. */
static void
stress(const char *stressor)
{
	REQUIRE_PROGRAM(sng, "stress-ng", "stress-ng");
	struct runspec rs = pick("amd64", "threads signals");
	char opt[64];
	char *argv[] = { sng, opt, (char *)"2", (char *)"-t", (char *)"3s",
	    (char *)"--metrics-brief", NULL };
	struct lxt_result native, lx;

	snprintf(opt, sizeof(opt), "--%s", stressor);
	run_both(&rs, argv, &native, &lx);
	if (native.status != 0)
		cr_skip_test("stress-ng --%s fails natively here: %s",
		    stressor, native.err);
	skip_if_missing_syscall(&lx, rs.release);
	cr_expect_eq(lx.status, 0, "stress-ng --%s: exit %d\n%s", stressor,
	    lx.status, lx.err);
	cr_expect(strstr(lx.err, "successful run completed") != NULL ||
	    strstr(lx.out, "successful run completed") != NULL,
	    "stress-ng --%s did not complete: %s", stressor, lx.err);
	lxt_free(&native);
	lxt_free(&lx);
	free(rs.release);
	free(sng);
}

Test(lxrun_programs, stress_ng_futex, .timeout = 180) {
	stress("futex");
}

Test(lxrun_programs, stress_ng_clone, .timeout = 180) {
	stress("clone");
}

Test(lxrun_programs, stress_ng_signal, .timeout = 180) {
	stress("signal");
}
