/*
 * bench_futex.c — the futex emulation's benchmarks (make bench):
 *
 *   scaling    cost of one operation while N futexes have waiters, N = 1 to
 *              100,000: the hashed core vs the thesis's linear list
 *              (linear_futex.c), same operations, same parked waiters;
 *   nowaiter   FUTEX_WAKE with nobody waiting: the emulation through its
 *              syscall entry, the core alone, and the real futex(2);
 *   pingpong   wait/wake round trip between two threads, emulated vs real;
 *   hash       `perf bench futex hash`'s loop (FUTEX_WAIT that fails with
 *              EAGAIN on per-thread arrays of futexes), 2 threads,
 *              operations per second, emulated vs real.
 *
 * Every figure is the median of REPS repetitions taken in this run, and
 * every ratio compares figures of this run. The latency figures (scaling,
 * nowaiter, pingpong) are meant to be taken pinned to one CPU
 * (bench/runtime/rules.mk runs `taskset -c 0 bench_futex latency`); hash
 * runs unpinned (`bench_futex throughput`).
 */
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <linux_types.h>

#include "inproc.h"
#include "linear_futex.h"
#include "linux_futex_private.h"
#include "linux_release.h"
#include "linux_syscall.h"

#define	REPS		11
#define	SREPS		21

static struct proc *proc;

static int64_t
now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x < y ? -1 : x > y);
}

static double
median(double *v, int n)
{

	qsort(v, (size_t)n, sizeof(*v), cmp_double);
	return (v[n / 2]);
}

static long
real_futex(uint32_t *uaddr, int op, uint32_t val, const void *t,
    uint32_t *uaddr2, uint32_t val3)
{

	return (syscall(SYS_futex, uaddr, op, val, t, uaddr2, val3));
}

static long
emul_futex(uint32_t *uaddr, int op, uint32_t val, const void *t,
    uint32_t *uaddr2, uint32_t val3)
{

	return (inproc_syscall(LINUX_SYS_linux_futex, (long)(uintptr_t)uaddr,
	    op, (long)val, (long)(uintptr_t)t, (long)(uintptr_t)uaddr2,
	    (long)val3));
}

/*
 * scaling: N futexes with one parked waiter each (bitset 1: a queued
 * waiter that nothing in the benchmark wakes); each timed operation picks
 * one of them at random and does FUTEX_WAKE_BITSET with bitset 2 (finds
 * the futex, scans its waiters, wakes nobody), or the value check of
 * FUTEX_WAIT (finds the futex, reads the word: EAGAIN).
 */
static uint32_t *words;
static struct futex_q *parked;
static uint32_t *order;

static void
hashed_park(int n)
{
	struct futex_bucket *b;
	int i;

	parked = calloc((size_t)n, sizeof(*parked));
	for (i = 0; i < n; i++) {
		parked[i].fq_bitset = 1;
		if (futex_key_get(inproc_curthread(), &words[i], 0, false,
		    &parked[i].fq_key) != 0)
			abort();
		b = futex_hash(&parked[i].fq_key);
		futex_waiters_inc(b);
		kmtx_lock(&b->fb_lock);
		futex_queue(b, &parked[i]);
		kmtx_unlock(&b->fb_lock);
	}
}

static void
hashed_unpark(int n)
{
	int i;

	for (i = 0; i < n; i++)
		(void)futex_unqueue(&parked[i]);
	free(parked);
}

static double
time_ops(int kind, int impl, int nops)
{
	int64_t t0;
	int i, woken;
	uint32_t *w;

	t0 = now_ns();
	for (i = 0; i < nops; i++) {
		w = &words[order[i]];
		if (impl == 0 && kind == 0)
			(void)futex_wake(inproc_curthread(), w, 0, 1, 2, &woken);
		else if (impl == 0)
			(void)futex_wait(inproc_curthread(), w, 0, 1, NULL,
			    LINUX_FUTEX_BITSET_MATCH_ANY);
		else if (kind == 0)
			(void)lf_wake(w, 1, 2);
		else
			(void)lf_wait_check(w, 1);
	}
	return ((double)(now_ns() - t0) / nops);
}

static void
bench_scaling(void)
{
	static const int sizes[] = { 1, 10, 100, 1000, 10000, 100000 };
	static const char *kinds[] = { "WAKE_BITSET, no match", "WAIT, EAGAIN" };
	double h[SREPS], l[SREPS], ratio[SREPS];
	double hashed[2][6], linear[2][6], ratios[2][6];
	int s, k, r, n, nops, i;

	words = calloc(100000, sizeof(*words));
	order = calloc(100000, sizeof(*order));
	srand(1);
	for (s = 0; s < 6; s++) {
		n = sizes[s];
		for (i = 0; i < 100000; i++)
			order[i] = (uint32_t)rand() % (uint32_t)n;
		hashed_park(n);
		for (i = 0; i < n; i++)
			lf_park(&words[i], 1);
		for (k = 0; k < 2; k++) {
			/* A few ms per repetition, so that a preemption spoils
			   few of them; hashed and linear in alternation. */
			nops = n >= 1000 ? 2000000 / n + 20 : 20000;
			for (r = 0; r < SREPS; r++) {
				h[r] = time_ops(k, 0, 20000);
				l[r] = time_ops(k, 1, nops);
				ratio[r] = l[r] / h[r];
			}
			hashed[k][s] = median(h, SREPS);
			linear[k][s] = median(l, SREPS);
			ratios[k][s] = median(ratio, SREPS);
		}
		lf_unpark_all();
		hashed_unpark(n);
	}
	printf("\nscaling: ns per operation with N futexes that have waiters"
	    " (median of %d)\n", SREPS);
	for (k = 0; k < 2; k++) {
		printf("  %s\n  %8s %10s %12s %10s\n", kinds[k], "N", "hashed",
		    "linear", "linear/hashed");
		for (s = 0; s < 6; s++)
			printf("  %8d %10.1f %12.1f %10.1fx\n", sizes[s],
			    hashed[k][s], linear[k][s], ratios[k][s]);
	}
	free(words);
	free(order);
}

/*
 * Real and emulated figures are taken in alternation, so that a change of
 * load on a shared machine hits both; ratios are the median of the
 * per-repetition ratios.
 */
static double
ratio_median(const double *num, const double *den, int n)
{
	double r[REPS];
	int i;

	for (i = 0; i < n; i++)
		r[i] = num[i] / den[i];
	return (median(r, n));
}

/* nowaiter: FUTEX_WAKE of a word nobody waits on. */
static double
nowaiter_once(int how)
{
	static uint32_t w;
	int64_t t0;
	int i, woken;
	const int n = 200000;

	t0 = now_ns();
	for (i = 0; i < n; i++) {
		if (how == 0)
			(void)real_futex(&w, LINUX_FUTEX_WAKE |
			    LINUX_FUTEX_PRIVATE_FLAG, 1, NULL, NULL, 0);
		else if (how == 1)
			(void)emul_futex(&w, LINUX_FUTEX_WAKE |
			    LINUX_FUTEX_PRIVATE_FLAG, 1, NULL, NULL, 0);
		else
			(void)futex_wake(inproc_curthread(), &w, 0, 1,
			    LINUX_FUTEX_BITSET_MATCH_ANY, &woken);
	}
	return ((double)(now_ns() - t0) / n);
}

static void
bench_nowaiter(void)
{
	double real[REPS], emul[REPS], core[REPS], rr[REPS], re[REPS];
	double rc[REPS];
	int r;

	for (r = 0; r < REPS; r++) {
		real[r] = rr[r] = nowaiter_once(0);
		emul[r] = re[r] = nowaiter_once(1);
		core[r] = rc[r] = nowaiter_once(2);
	}
	printf("\nnowaiter: FUTEX_WAKE_PRIVATE, nobody waiting, ns per call "
	    "(median of %d)\n", REPS);
	printf("  native futex(2)            %8.1f\n", median(rr, REPS));
	printf("  emulated, syscall entry    %8.1f   %.2fx native\n",
	    median(re, REPS), ratio_median(emul, real, REPS));
	printf("  emulated, futex core only  %8.1f   %.2fx native\n",
	    median(rc, REPS), ratio_median(core, real, REPS));
}

/* pingpong: two threads hand a token back and forth through two words. */
struct pingpong {
	_Atomic uint32_t	 a, b;
	int			 rounds;
	bool			 emulated;
	int64_t			 elapsed;
};

static long
pp_call(struct pingpong *pp, _Atomic uint32_t *w, int op, uint32_t val)
{

	op |= LINUX_FUTEX_PRIVATE_FLAG;
	return (pp->emulated ? emul_futex((uint32_t *)w, op, val, NULL, NULL,
	    0) : real_futex((uint32_t *)w, op, val, NULL, NULL, 0));
}

static long
pp_pong(void *arg)
{
	struct pingpong *pp = arg;
	int i;

	for (i = 0; i < pp->rounds; i++) {
		while (atomic_load(&pp->a) == 0)
			(void)pp_call(pp, &pp->a, LINUX_FUTEX_WAIT, 0);
		atomic_store(&pp->a, 0);
		atomic_store(&pp->b, 1);
		(void)pp_call(pp, &pp->b, LINUX_FUTEX_WAKE, 1);
	}
	return (0);
}

static void *
pp_pong_pthread(void *arg)
{

	(void)pp_pong(arg);
	return (NULL);
}

static void
pp_ping(struct pingpong *pp)
{
	int64_t t0;
	int i;

	t0 = now_ns();
	for (i = 0; i < pp->rounds; i++) {
		atomic_store(&pp->a, 1);
		(void)pp_call(pp, &pp->a, LINUX_FUTEX_WAKE, 1);
		while (atomic_load(&pp->b) == 0)
			(void)pp_call(pp, &pp->b, LINUX_FUTEX_WAIT, 0);
		atomic_store(&pp->b, 0);
	}
	pp->elapsed = now_ns() - t0;
}

static double
pingpong_once(bool emulated, int rounds)
{
	struct pingpong pp = { .rounds = rounds, .emulated = emulated };
	struct inproc_spawned *s;
	pthread_t t;

	if (emulated) {
		s = inproc_thread_spawn(proc, pp_pong, &pp, 0);
		pp_ping(&pp);
		(void)inproc_thread_join(s);
	} else {
		pthread_create(&t, NULL, pp_pong_pthread, &pp);
		pp_ping(&pp);
		pthread_join(t, NULL);
	}
	return ((double)pp.elapsed / rounds);
}

static void
bench_pingpong(void)
{
	double real[REPS], emul[REPS], rr[REPS], re[REPS];
	int r;

	for (r = 0; r < REPS; r++) {
		real[r] = rr[r] = pingpong_once(false, 20000);
		emul[r] = re[r] = pingpong_once(true, 20000);
	}
	printf("\npingpong: wait/wake round trip between two threads, ns "
	    "(median of %d)\n", REPS);
	printf("  native futex(2)   %8.1f\n", median(rr, REPS));
	printf("  emulated          %8.1f   %.2fx native\n", median(re, REPS),
	    ratio_median(emul, real, REPS));
}

/*
 * hash: perf bench futex hash's loop. Each thread owns 1024 private
 * futexes holding 0 and calls FUTEX_WAIT(&f[i], 1234) on them in turn,
 * which fails with EAGAIN after hashing the key, locking the bucket and
 * reading the word.
 */
#define	HASH_FUTEXES	1024
#define	HASH_NS		(200LL * 1000000)

struct hasher {
	uint32_t	 futexes[HASH_FUTEXES];
	bool		 emulated;
	atomic_bool	*go, *stop;
	long		 ops;
};

static long
hash_worker(void *arg)
{
	struct hasher *h = arg;
	long ops = 0;
	int i;

	while (!atomic_load(h->go))
		sched_yield();
	while (!atomic_load(h->stop)) {
		for (i = 0; i < HASH_FUTEXES; i++)
			(void)(h->emulated ? emul_futex(&h->futexes[i],
			    LINUX_FUTEX_WAIT | LINUX_FUTEX_PRIVATE_FLAG, 1234,
			    NULL, NULL, 0) : real_futex(&h->futexes[i],
			    LINUX_FUTEX_WAIT | LINUX_FUTEX_PRIVATE_FLAG, 1234,
			    NULL, NULL, 0));
		ops += HASH_FUTEXES;
	}
	h->ops = ops;
	return (0);
}

static void *
hash_worker_pthread(void *arg)
{

	(void)hash_worker(arg);
	return (NULL);
}

static double
hash_once(bool emulated, int nthreads)
{
	struct hasher h[2];
	struct inproc_spawned *s[2];
	pthread_t t[2];
	atomic_bool go = false, stop = false;
	int64_t t0, t1;
	long ops = 0;
	int i;

	memset(h, 0, sizeof(h));
	for (i = 0; i < nthreads; i++) {
		h[i].emulated = emulated;
		h[i].go = &go;
		h[i].stop = &stop;
		if (emulated)
			s[i] = inproc_thread_spawn(proc, hash_worker, &h[i], 0);
		else
			pthread_create(&t[i], NULL, hash_worker_pthread, &h[i]);
	}
	t0 = now_ns();
	atomic_store(&go, true);
	while (now_ns() - t0 < HASH_NS)
		usleep(1000);
	atomic_store(&stop, true);
	for (i = 0; i < nthreads; i++) {
		if (emulated)
			(void)inproc_thread_join(s[i]);
		else
			pthread_join(t[i], NULL);
		ops += h[i].ops;
	}
	t1 = now_ns();
	return ((double)ops / ((double)(t1 - t0) / 1e9));
}

static void
bench_hash(void)
{
	double real[REPS], emul[REPS], rr[REPS], re[REPS];
	int r;

	for (r = 0; r < REPS; r++) {
		real[r] = rr[r] = hash_once(false, 2);
		emul[r] = re[r] = hash_once(true, 2);
	}
	printf("\nhash: perf-bench-futex-hash loop, 2 threads x %d private "
	    "futexes, operations per second (median of %d)\n", HASH_FUTEXES,
	    REPS);
	printf("  native futex(2)   %12.0f\n", median(rr, REPS));
	printf("  emulated          %12.0f   %.2fx native\n", median(re, REPS),
	    ratio_median(emul, real, REPS));
}

static void
warm_up(void)
{
	volatile uint64_t x = 0;
	int64_t t0 = now_ns();

	while (now_ns() - t0 < 300000000)
		x = x + 1;
}

int
main(int argc, char **argv)
{
	cpu_set_t cpus;
	bool latency, throughput;

	latency = argc < 2 || strcmp(argv[1], "latency") == 0;
	throughput = argc < 2 || strcmp(argv[1], "throughput") == 0;
	if (!latency && !throughput) {
		fprintf(stderr, "usage: bench_futex [latency|throughput]\n");
		return (2);
	}
	proc = inproc_proc_create();
	inproc_thread_attach(proc);
	linux_set_kernver(LINUX_KERNVER(6, 1, 0));
	if (sched_getaffinity(0, sizeof(cpus), &cpus) == 0)
		printf("bench_futex %s: %d CPU(s) allowed%s\n",
		    argc < 2 ? "all" : argv[1], CPU_COUNT(&cpus),
		    CPU_COUNT(&cpus) == 1 ? " (pinned)" : " (not pinned)");
	/* Let the CPU reach its working frequency before measuring. */
	warm_up();
	if (latency) {
		bench_scaling();
		bench_nowaiter();
		bench_pingpong();
	}
	if (throughput)
		bench_hash();
	inproc_thread_detach();
	return (0);
}
