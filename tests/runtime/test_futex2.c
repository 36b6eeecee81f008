/*
 * test_futex2.c — the futex2 system calls as the releases that have them
 * answer: futex_waitv (5.16), futex_wake, futex_wait, futex_requeue (6.7),
 * through the syscall entry point. What the running kernel does with the
 * same calls is test_futex_differential's business; this suite checks the
 * rules the differential test cannot reach from this machine: the releases
 * before each call existed, the 5.16 - 6.6 futex_waitv that cut values to
 * 32 bits, FUTEX2_NUMA refused as 6.12 refuses it, and a full vector of
 * 128 futexes. Built for every release; a release whose table lacks the
 * calls checks that they are not there.
 */
#include <stdio.h>
#include <time.h>

#include <linux_types.h>

#include "futex_test.h"

static void
setup(void)
{

	futex_test_setup();
	linux_set_kernver(LINUX_KERNVER(6, 12, 0));
}

TestSuite(futex2, .init = setup, .fini = futex_test_teardown,
    .timeout = FUTEX_TEST_TIMEOUT);

#ifdef LINUX_SYS_linux_futex_waitv

#define	F2_PRIV		(LINUX_FUTEX2_SIZE_U32 | LINUX_FUTEX2_PRIVATE)

static long
lx_waitv(struct l_futex_waitv *v, unsigned n, unsigned flags,
    const struct l_timespec64 *ts, int clockid)
{

	return (inproc_syscall(LINUX_SYS_linux_futex_waitv, (long)(uintptr_t)v,
	    (long)n, (long)flags, (long)(uintptr_t)ts, clockid, 0));
}

static long
lx_wake2(uint32_t *uaddr, unsigned long mask, int nr, unsigned flags)
{

	return (inproc_syscall(LINUX_SYS_linux_futex2_wake,
	    (long)(uintptr_t)uaddr, (long)mask, nr, (long)flags, 0, 0));
}

static long
lx_wait2(uint32_t *uaddr, unsigned long val, unsigned long mask,
    unsigned flags, const struct l_timespec64 *ts, int clockid)
{

	return (inproc_syscall(LINUX_SYS_linux_futex2_wait,
	    (long)(uintptr_t)uaddr, (long)val, (long)mask, (long)flags,
	    (long)(uintptr_t)ts, clockid));
}

static long
lx_requeue2(struct l_futex_waitv *v, unsigned flags, int nr_wake,
    int nr_requeue)
{

	return (inproc_syscall(LINUX_SYS_linux_futex2_requeue,
	    (long)(uintptr_t)v, (long)flags, nr_wake, nr_requeue, 0, 0));
}

static void
ventry(struct l_futex_waitv *v, uint32_t *uaddr, uint64_t val,
    uint32_t flags)
{

	v->val = val;
	v->uaddr = (uint64_t)(uintptr_t)uaddr;
	v->flags = flags;
	v->__reserved = 0;
}

/* An absolute deadline on CLOCK_MONOTONIC, already past. */
static const struct l_timespec64 past = { 1, 0 };

static uint32_t words[128];

Test(futex2, each_call_exists_from_its_release_on)
{
	struct l_futex_waitv v;

	words[0] = 0;
	ventry(&v, &words[0], 1, F2_PRIV);
	linux_set_kernver(LINUX_KERNVER(5, 15, 0));
	cr_assert_eq(lx_waitv(&v, 1, 0, NULL, 0), -LINUX_ENOSYS);
	linux_set_kernver(LINUX_KERNVER(5, 16, 0));
	cr_assert_eq(lx_waitv(&v, 1, 0, NULL, 0), -LINUX_EAGAIN);
	linux_set_kernver(LINUX_KERNVER(6, 6, 0));
	cr_assert_eq(lx_wake2(&words[0], 0xfffffffful, 1, F2_PRIV), -LINUX_ENOSYS);
	cr_assert_eq(lx_wait2(&words[0], 1, 0xfffffffful, F2_PRIV, NULL, 0),
	    -LINUX_ENOSYS);
	cr_assert_eq(lx_requeue2(&v, 0, 1, 1), -LINUX_ENOSYS);
	linux_set_kernver(LINUX_KERNVER(6, 7, 0));
	cr_assert_eq(lx_wake2(&words[0], 0xfffffffful, 1, F2_PRIV), 0);
	cr_assert_eq(lx_wait2(&words[0], 1, 0xfffffffful, F2_PRIV, NULL, 0),
	    -LINUX_EAGAIN);
}

Test(futex2, waitv_cut_values_to_32_bits_before_6_7)
{
	struct l_futex_waitv v;

	words[0] = 5;
	ventry(&v, &words[0], UINT64_C(0x100000005), F2_PRIV);
	linux_set_kernver(LINUX_KERNVER(6, 6, 0));
	/* The value matched (5): the call waited, until the deadline. */
	cr_assert_eq(lx_waitv(&v, 1, 0, &past, 1), -LINUX_ETIMEDOUT);
	linux_set_kernver(LINUX_KERNVER(6, 7, 0));
	cr_assert_eq(lx_waitv(&v, 1, 0, &past, 1), -LINUX_EINVAL);
}

Test(futex2, numa_is_refused_as_6_12_refuses_it)
{
	struct l_futex_waitv v[2];
	unsigned numa = F2_PRIV | LINUX_FUTEX2_NUMA;

	words[0] = 0;
	words[1] = 0;
	cr_assert_eq(lx_wake2(&words[0], 0xfffffffful, 1, numa), -LINUX_EINVAL);
	cr_assert_eq(lx_wait2(&words[0], 0, 0xfffffffful, numa, NULL, 0),
	    -LINUX_EINVAL);
	ventry(&v[0], &words[0], 0, numa);
	cr_assert_eq(lx_waitv(v, 1, 0, NULL, 0), -LINUX_EINVAL);
	ventry(&v[1], &words[1], 0, numa);
	cr_assert_eq(lx_requeue2(v, 0, 1, 1), -LINUX_EINVAL);
	/* 6.16's FUTEX2_MPOL is as unknown to 6.12 as any other bit. */
	cr_assert_eq(lx_wake2(&words[0], 0xfffffffful, 1, F2_PRIV | LINUX_FUTEX2_MPOL),
	    -LINUX_EINVAL);
}

static char logged[4][128];
static int nlogged;

static void
log_hook(struct thread *td, const char *msg)
{

	(void)td;
	if (nlogged < 4)
		snprintf(logged[nlogged], sizeof(logged[0]), "%s", msg);
	nlogged++;
}

Test(futex2, numa_of_later_releases_is_refused_and_logged_once)
{

	words[0] = 0;
	linux_set_kernver(LINUX_KERNVER(6, 16, 0));
	inproc_set_log_hook(log_hook);
	cr_assert_eq(lx_wake2(&words[0], 0xfffffffful, 1, F2_PRIV | LINUX_FUTEX2_NUMA),
	    -LINUX_EINVAL);
	cr_assert_eq(lx_wait2(&words[0], 0, 0xfffffffful, F2_PRIV | LINUX_FUTEX2_NUMA,
	    NULL, 0), -LINUX_EINVAL);
	inproc_set_log_hook(NULL);
	cr_assert_eq(nlogged, 1);
	cr_assert(strstr(logged[0], "FUTEX2_NUMA") != NULL, "%s", logged[0]);
}

/* A thread in futex_waitv on a vector of the caller's making. */
struct vwaiter {
	struct l_futex_waitv	*v;
	unsigned		 n;
	atomic_long		 result;
	struct inproc_spawned	*spawned;
};

static long
vwaiter_main(void *arg)
{
	struct vwaiter *vw = arg;

	atomic_store(&vw->result, lx_waitv(vw->v, vw->n, 0, NULL, 0));
	return (0);
}

static void
vwaiter_block(struct vwaiter *vw, struct l_futex_waitv *v, unsigned n)
{

	vw->v = v;
	vw->n = n;
	vw->spawned = inproc_thread_spawn(ft_proc, vwaiter_main, vw, 0);
	inproc_wait_until_sleeping(inproc_spawned_thread(vw->spawned),
	    "futexwv");
}

Test(futex2, waitv_of_128_futexes_returns_the_index_woken)
{
	static struct l_futex_waitv v[LINUX_FUTEX_WAITV_MAX];
	struct vwaiter vw;
	int i;

	for (i = 0; i < LINUX_FUTEX_WAITV_MAX; i++) {
		words[i] = (uint32_t)i;
		/* Shared and private alternately: two kinds of keys. */
		ventry(&v[i], &words[i], (uint64_t)i,
		    (i & 1) != 0 ? F2_PRIV : LINUX_FUTEX2_SIZE_U32);
	}
	cr_assert_eq(lx_waitv(v, LINUX_FUTEX_WAITV_MAX + 1, 0, NULL, 0),
	    -LINUX_EINVAL);
	vwaiter_block(&vw, v, LINUX_FUTEX_WAITV_MAX);
	for (i = 0; i < LINUX_FUTEX_WAITV_MAX; i++)
		cr_assert_eq(futex_test_nwaiters(&words[i],
		    (i & 1) != 0 ? 0 : FUTEX_F_SHARED), 1, "entry %d", i);
	cr_assert_eq(lx_wake2(&words[100], 0xfffffffful, 1, LINUX_FUTEX2_SIZE_U32), 1);
	(void)inproc_thread_join(vw.spawned);
	cr_assert_eq(atomic_load(&vw.result), 100);
	/* Every other entry left its bucket. */
	for (i = 0; i < LINUX_FUTEX_WAITV_MAX; i++)
		cr_assert_eq(futex_test_nwaiters(&words[i],
		    (i & 1) != 0 ? 0 : FUTEX_F_SHARED), 0, "entry %d", i);
}

Test(futex2, waitv_woken_twice_returns_the_highest_index)
{
	struct l_futex_waitv v[3];
	struct vwaiter vw;

	words[0] = 0;
	ventry(&v[0], &words[0], 0, F2_PRIV);
	ventry(&v[1], &words[0], 0, F2_PRIV);
	ventry(&v[2], &words[0], 0, F2_PRIV);
	vwaiter_block(&vw, v, 3);
	cr_assert_eq(futex_test_nwaiters(&words[0], 0), 3);
	cr_assert_eq(lx_wake2(&words[0], 0xfffffffful, 2, F2_PRIV), 2);
	(void)inproc_thread_join(vw.spawned);
	cr_assert_eq(atomic_load(&vw.result), 1);
	cr_assert_eq(futex_test_nwaiters(&words[0], 0), 0);
}

Test(futex2, requeue_moves_waitv_entries_and_futex_wait_waiters)
{
	struct l_futex_waitv v[2], pair[2];
	struct vwaiter vw;
	struct waiter w;

	words[0] = 7;
	words[1] = 0;
	ventry(&v[0], &words[1], 0, F2_PRIV);
	ventry(&v[1], &words[0], 7, F2_PRIV);
	vwaiter_block(&vw, v, 2);
	waiter_block(&w, &words[0], WAIT_PRIVATE, 7, NULL, 0);
	ventry(&pair[0], &words[0], 7, F2_PRIV);
	ventry(&pair[1], &words[2], 0, F2_PRIV);
	cr_assert_eq(lx_requeue2(pair, 0, 0, 2), 2);
	cr_assert_eq(futex_test_nwaiters(&words[2], 0), 2);
	cr_assert_eq(lx_wake2(&words[2], 0xfffffffful, 1, F2_PRIV), 1);
	(void)inproc_thread_join(vw.spawned);
	/* The moved entry keeps its index in the caller's vector. */
	cr_assert_eq(atomic_load(&vw.result), 1);
	cr_assert_eq(futex_test_nwaiters(&words[1], 0), 0);
	cr_assert_eq(lx_wake2(&words[2], 0xfffffffful, 1, F2_PRIV), 1);
	cr_assert_eq(waiter_join(&w), 0);
}

/* A thread in futex_wait(2) with an absolute deadline. */
struct w2waiter {
	uint32_t		*uaddr;
	struct l_timespec64	 deadline;
	atomic_long		 result;
	struct inproc_spawned	*spawned;
	struct thread		*td;
};

static long
w2waiter_main(void *arg)
{
	struct w2waiter *ww = arg;

	atomic_store(&ww->result, lx_wait2(ww->uaddr, 0, 0xfffffffful, F2_PRIV,
	    &ww->deadline, 1));
	return (0);
}

Test(futex2, a_timed_wait_interrupted_restartably_is_restarted)
{
	struct timespec now, ts;
	struct w2waiter ww;
	struct waiter w;
	uint64_t sleeps;

	/* futex(2)'s timed wait cannot restart as it is: EINTR. */
	words[0] = 0;
	clock_gettime(CLOCK_MONOTONIC, &now);
	ts.tv_sec = now.tv_sec + 20;
	ts.tv_nsec = now.tv_nsec;
	waiter_block(&w, &words[0], LINUX_FUTEX_WAIT_BITSET |
	    LINUX_FUTEX_PRIVATE_FLAG, 0, &ts, ~0u);
	inproc_thread_interrupt(w.w_td, ERESTART);
	cr_assert_eq(waiter_join(&w), -LINUX_EINTR);

	/* futex_wait(2)'s deadline is absolute: restarted, it waits on. */
	ww.uaddr = &words[0];
	ww.deadline.tv_sec = now.tv_sec + 20;
	ww.deadline.tv_nsec = now.tv_nsec;
	ww.spawned = inproc_thread_spawn(ft_proc, w2waiter_main, &ww, 0);
	ww.td = inproc_spawned_thread(ww.spawned);
	inproc_wait_until_sleeping(ww.td, "futex");
	sleeps = inproc_thread_sleep_count(ww.td);
	inproc_thread_interrupt(ww.td, ERESTART);
	while (inproc_thread_sleep_count(ww.td) == sleeps)
		sched_yield();
	inproc_wait_until_sleeping(ww.td, "futex");
	cr_assert_eq(futex_test_nwaiters(&words[0], 0), 1);
	cr_assert_eq(lx_wake2(&words[0], 0xfffffffful, 1, F2_PRIV), 1);
	(void)inproc_thread_join(ww.spawned);
	cr_assert_eq(atomic_load(&ww.result), 0);
}

#else /* !LINUX_SYS_linux_futex_waitv */

/* A release before 5.16: the numbers are not system calls at all. */
Test(futex2, the_release_has_none_of_the_calls)
{

	cr_assert_eq(inproc_syscall(449, 0, 0, 0, 0, 0, 0), -LINUX_ENOSYS);
	cr_assert_eq(inproc_syscall(454, 0, 0, 0, 0, 0, 0), -LINUX_ENOSYS);
	cr_assert_eq(inproc_syscall(455, 0, 0, 0, 0, 0, 0), -LINUX_ENOSYS);
	cr_assert_eq(inproc_syscall(456, 0, 0, 0, 0, 0, 0), -LINUX_ENOSYS);
}

#endif
