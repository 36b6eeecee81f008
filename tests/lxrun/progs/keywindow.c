/*
 * keywindow.c — when the tracer's key cache trusts a remapped range again
 * (tr_keycache.c: a vmchange call's range is looked up exactly from its
 * entry stop until its thread's next event, and cached again after).
 * Natively it only wakes nobody; under lxrun, --stats shows the windows
 * (test_lxrun_modes.c counts them):
 *
 *   1. one thread: munmap of a shared page, mmap MAP_FIXED of another at
 *      the same address, then ROUNDS wakes there. The first wake is the
 *      thread's next event, which ends both windows: one miss, then hits.
 *      A window that never ended would make every wake a bypass.
 *   2. two threads: the helper replaces page a (mmap MAP_FIXED) and then
 *      makes no syscall until the main thread is done: its window stays
 *      open. The main thread's wakes at a are bypassed, its wakes at page
 *      b (outside the range) are hits. A window ended by another thread's
 *      events would make the wakes at a misses and hits.
 *   3. after the helper has exited: the wakes at a are hits again.
 */
#include <linux/futex.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define	PAGE	4096
#define	ROUNDS	16

static uint32_t *a, *b;
static int helper_remapped, main_done;

static long
fwake(uint32_t *w)
{

	return (syscall(SYS_futex, w, FUTEX_WAKE, 1, NULL, NULL, 0));
}

/* ROUNDS wakes at w, nobody waiting: how many did not return 0. */
static int
wakes(uint32_t *w)
{
	int i, bad = 0;

	for (i = 0; i < ROUNDS; i++)
		if (fwake(w) != 0)
			bad++;
	return (bad);
}

static uint32_t *
map_shared(void *at)
{
	void *p = mmap(at, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED |
	    MAP_ANONYMOUS | (at != NULL ? MAP_FIXED : 0), -1, 0);

	if (p == MAP_FAILED || (at != NULL && p != at))
		exit(2);
	return (p);
}

/*
 * After its remap the helper must make no syscall until the main thread
 * is done (its next event would end its window): it spins in user mode.
 */
static void *
helper(void *arg)
{

	(void)arg;
	(void)map_shared(a);
	__atomic_store_n(&helper_remapped, 1, __ATOMIC_SEQ_CST);
	while (!__atomic_load_n(&main_done, __ATOMIC_SEQ_CST))
		__builtin_ia32_pause();
	return (NULL);
}

int
main(void)
{
	pthread_t th;

	a = map_shared(NULL);
	b = map_shared(NULL);
	printf("warm: %d %d\n", wakes(a), wakes(b));

	if (munmap(a, PAGE) != 0)
		return (2);
	(void)map_shared(a);
	printf("after munmap and mmap MAP_FIXED: %d\n", wakes(a));

	if (pthread_create(&th, NULL, helper, NULL) != 0)
		return (2);
	while (!__atomic_load_n(&helper_remapped, __ATOMIC_SEQ_CST))
		sched_yield();
	printf("helper's remap in flight: %d at a, %d at b\n", wakes(a),
	    wakes(b));
	__atomic_store_n(&main_done, 1, __ATOMIC_SEQ_CST);
	pthread_join(th, NULL);

	printf("after the helper: %d\n", wakes(a));
	return (0);
}
