/*
 * selfcheck_futex_stress.c — many emulated threads hammering the futex
 * emulation through the syscall entry, with the synchronisation objects C
 * libraries build on futexes: a three-state mutex (WAIT/WAKE), a
 * condition-variable broadcast that requeues (CMP_REQUEUE), a signal that
 * uses WAKE_OP, and timed waits racing with wakeups and with interruptions.
 *
 * Checks: mutual exclusion (exact counters), no lost wakeup (a lost one
 * hangs the run, which the make target's time limit reports), every
 * interrupted or timed-out waiter leaves its bucket (the waiter counts of
 * every word used are 0 at the end), and — under SANITIZE=1 — no leak.
 *
 * A standalone program rather than a Criterion suite so that it also runs
 * under ThreadSanitizer (TSAN=1), where Criterion's runner cannot start.
 * Exit status 0: pass.
 */
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <linux_types.h>

#include "inproc.h"
#include "linux_futex_private.h"
#include "linux_release.h"
#include "linux_syscall.h"

#define	NTHREADS	12
#define	ITERATIONS	3000

static struct proc *proc;
static int failures;

static void
fail(const char *what, long got, long want)
{

	fprintf(stderr, "selfcheck_futex_stress: %s: %ld, expected %ld\n",
	    what, got, want);
	failures++;
}

static atomic_long ncalls;

static long
futex(_Atomic uint32_t *uaddr, int op, uint32_t val, const void *t,
    _Atomic uint32_t *uaddr2, uint32_t val3)
{

	atomic_fetch_add_explicit(&ncalls, 1, memory_order_relaxed);
	return (inproc_syscall(LINUX_SYS_linux_futex, (long)(uintptr_t)uaddr,
	    op | LINUX_FUTEX_PRIVATE_FLAG, (long)val, (long)(uintptr_t)t,
	    (long)(uintptr_t)uaddr2, (long)val3));
}

/*
 * A mutex in the style of Drepper's "Futexes are tricky": 0 unlocked,
 * 1 locked, 2 locked with (possible) waiters.
 */
static void
mutex_lock(_Atomic uint32_t *m)
{
	uint32_t c = 0;

	if (atomic_compare_exchange_strong(m, &c, 1))
		return;
	if (c != 2)
		c = atomic_exchange(m, 2);
	while (c != 0) {
		(void)futex(m, LINUX_FUTEX_WAIT, 2, NULL, NULL, 0);
		c = atomic_exchange(m, 2);
	}
}

static void
mutex_unlock(_Atomic uint32_t *m)
{

	if (atomic_fetch_sub(m, 1) != 1) {
		atomic_store(m, 0);
		(void)futex(m, LINUX_FUTEX_WAKE, 1, NULL, NULL, 0);
	}
}

/*
 * Threads of a phase start together: spawning is slow enough that the
 * first would otherwise be done before the last exists.
 */
static atomic_int gate_arrived, gate_size;

static void
start_gate(void)
{

	atomic_fetch_add(&gate_arrived, 1);
	while (atomic_load(&gate_arrived) < atomic_load(&gate_size))
		sched_yield();
}

/* Phase 1: many threads, one mutex, a counter only it protects. */
static _Atomic uint32_t lock1;
static long counter1;

static long
phase_mutex(void *arg)
{
	int i;

	(void)arg;
	start_gate();
	for (i = 0; i < ITERATIONS; i++) {
		mutex_lock(&lock1);
		counter1++;
		/* Now and then, be preempted holding the lock: contention. */
		if ((i & 15) == 0)
			sched_yield();
		mutex_unlock(&lock1);
	}
	return (0);
}

/*
 * Phase 2: a barrier built as a condition variable whose broadcast
 * requeues the sleepers onto the mutex (glibc's old
 * pthread_cond_broadcast), then every waiter takes the mutex.
 */
static _Atomic uint32_t lock2, cond_seq;
static int arrived, rounds_done;
#define	ROUNDS		200

static long
phase_barrier(void *arg)
{
	uint32_t seq;
	int r;

	(void)arg;
	start_gate();
	for (r = 0; r < ROUNDS; r++) {
		mutex_lock(&lock2);
		if (++arrived == NTHREADS) {
			arrived = 0;
			rounds_done++;
			atomic_fetch_add(&cond_seq, 1);
			/* Wake one, move the rest to the mutex word. */
			(void)futex(&cond_seq, LINUX_FUTEX_CMP_REQUEUE, 1,
			    (const void *)(uintptr_t)0x7fffffff, &lock2,
			    atomic_load(&cond_seq));
			mutex_unlock(&lock2);
			continue;
		}
		seq = atomic_load(&cond_seq);
		mutex_unlock(&lock2);
		while (atomic_load(&cond_seq) == seq)
			(void)futex(&cond_seq, LINUX_FUTEX_WAIT, seq, NULL,
			    NULL, 0);
		/* Requeued waiters now contend for the mutex: make sure
		   whoever unlocks it wakes them (state 2). */
		mutex_lock(&lock2);
		atomic_store(&lock2, 2);
		mutex_unlock(&lock2);
	}
	return (0);
}

/*
 * Phase 3: a semaphore whose post uses WAKE_OP (add one and wake a waiter
 * in one call), consumers whose waits alternate between untimed and
 * timed (50 us), and a thread that keeps interrupting them as signals
 * would, restartably or not.
 */
static _Atomic uint32_t sem, sem_dummy;
static atomic_long taken;
static atomic_bool phase3_over, consumers_may_exit;

static long
phase_sem_consumer(void *arg)
{
	struct l_timespec ts = { 0, 50000 };
	int i, waits = 0, timeouts = 0, interrupts = 0;
	uint32_t v;
	long r;

	(void)arg;
	start_gate();
	for (i = 0; i < ITERATIONS / 4; i++) {
		for (;;) {
			v = atomic_load(&sem);
			if (v > 0 &&
			    atomic_compare_exchange_strong(&sem, &v, v - 1))
				break;
			if (v > 0)
				continue;
			r = futex(&sem, LINUX_FUTEX_WAIT, 0,
			    (++waits & 1) != 0 ? &ts : NULL, NULL, 0);
			if (r == -110)
				timeouts++;
			else if (r == -4)
				interrupts++;
		}
		atomic_fetch_add(&taken, 1);
	}
	/* The interrupter still names us: stay until it is done. */
	while (!atomic_load(&consumers_may_exit))
		sched_yield();
	return (timeouts + interrupts);
}

static long
phase_sem_producer(void *arg)
{
	int i;

	(void)arg;
	start_gate();
	for (i = 0; i < ITERATIONS / 4; i++) {
		/* sem += 1, then wake one waiter of sem (old value >= 0 is
		   always true): no post can be lost. */
		(void)futex(&sem_dummy, LINUX_FUTEX_WAKE_OP, 0,
		    (const void *)(uintptr_t)1, &sem,
		    ((uint32_t)LINUX_FUTEX_OP_ADD << 28) |
		    ((uint32_t)LINUX_FUTEX_OP_CMP_GE << 24) | (1u << 12));
		if ((i & 63) == 0)
			sched_yield();
	}
	return (0);
}

struct interrupter_arg {
	struct inproc_spawned	**victims;
	int			  nvictims;
};

static long
phase_interrupter(void *arg)
{
	struct interrupter_arg *ia = arg;
	unsigned n = 0;

	while (!atomic_load(&phase3_over)) {
		inproc_thread_interrupt(inproc_spawned_thread(
		    ia->victims[n % (unsigned)ia->nvictims]),
		    (n & 1) ? EINTR : ERESTART);
		n++;
		sched_yield();
	}
	return ((long)n);
}

static void
run_phase(const char *name, long (*fn)(void *), int n)
{
	struct inproc_spawned *s[NTHREADS];
	int i;

	atomic_store(&gate_arrived, 0);
	atomic_store(&gate_size, n);
	for (i = 0; i < n; i++)
		s[i] = inproc_thread_spawn(proc, fn, NULL, 256 * 1024);
	for (i = 0; i < n; i++)
		(void)inproc_thread_join(s[i]);
	printf("%s: done, %ld futex calls\n", name,
	    atomic_exchange(&ncalls, 0));
}

static void
check_no_waiters(const char *name, _Atomic uint32_t *uaddr)
{
	int n = -1, error;

	error = linux_futex_test_waiters(inproc_curthread(), (uint32_t *)uaddr,
	    0, &n);
	if (error != 0 || n != 0)
		fail(name, error != 0 ? -error : n, 0);
}

int
main(void)
{
	struct inproc_spawned *cons[NTHREADS / 2], *prod[NTHREADS / 2], *intr;
	struct interrupter_arg ia;
	int i, nc = NTHREADS / 2;

	proc = inproc_proc_create();
	inproc_thread_attach(proc);
	linux_set_kernver(LINUX_KERNVER(6, 1, 0));

	run_phase("mutex", phase_mutex, NTHREADS);
	if (counter1 != (long)NTHREADS * ITERATIONS)
		fail("mutex counter", counter1, (long)NTHREADS * ITERATIONS);
	check_no_waiters("mutex waiters", &lock1);

	run_phase("requeueing barrier", phase_barrier, NTHREADS);
	if (rounds_done != ROUNDS)
		fail("barrier rounds", rounds_done, ROUNDS);
	check_no_waiters("barrier cond waiters", &cond_seq);
	check_no_waiters("barrier mutex waiters", &lock2);

	atomic_store(&gate_arrived, 0);
	atomic_store(&gate_size, 2 * nc);
	for (i = 0; i < nc; i++)
		cons[i] = inproc_thread_spawn(proc, phase_sem_consumer, NULL,
		    256 * 1024);
	ia.victims = cons;
	ia.nvictims = nc;
	intr = inproc_thread_spawn(proc, phase_interrupter, &ia, 256 * 1024);
	for (i = 0; i < nc; i++)
		prod[i] = inproc_thread_spawn(proc, phase_sem_producer, NULL,
		    256 * 1024);
	for (i = 0; i < nc; i++)
		(void)inproc_thread_join(prod[i]);
	while (atomic_load(&taken) < (long)nc * (ITERATIONS / 4))
		sched_yield();
	atomic_store(&phase3_over, true);
	printf("semaphore: %ld interruptions sent\n",
	    inproc_thread_join(intr));
	atomic_store(&consumers_may_exit, true);
	for (i = 0; i < nc; i++)
		(void)inproc_thread_join(cons[i]);
	if (atomic_load(&taken) != (long)nc * (ITERATIONS / 4))
		fail("semaphore takes", atomic_load(&taken),
		    (long)nc * (ITERATIONS / 4));
	if (atomic_load(&sem) != 0)
		fail("semaphore left", (long)atomic_load(&sem), 0);
	check_no_waiters("semaphore waiters", &sem);

	inproc_thread_detach();
	if (failures != 0)
		return (1);
	printf("selfcheck_futex_stress: ok\n");
	return (0);
}
