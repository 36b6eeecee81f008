/*
 * futex_test.h — what the futex test suites share: the emulated program's
 * futex(2) call through the in-process host's syscall entry, waiter
 * threads, and handshakes that wait for a state instead of sleeping.
 *
 * Every handshake spins (with sched_yield) until the condition holds; a
 * condition that never holds is a failed test, reported by the suite's
 * .timeout.
 */
#ifndef _FUTEX_TEST_H_
#define _FUTEX_TEST_H_

#include <criterion/criterion.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "inproc.h"
#include "linux_errno.h"
#include "linux_futex_private.h"
#include "linux_release.h"
#include "linux_syscall.h"

#define	FUTEX_TEST_TIMEOUT	20.0	/* seconds, per test */

/* futex(2) as the emulated program calls it: -errno (Linux) or result. */
static inline long
lx_futex(uint32_t *uaddr, int op, uint32_t val, const void *timeout,
    uint32_t *uaddr2, uint32_t val3)
{

	return (inproc_syscall(LINUX_SYS_linux_futex, (long)(uintptr_t)uaddr,
	    op, (long)val, (long)(uintptr_t)timeout, (long)(uintptr_t)uaddr2,
	    (long)val3));
}

#define	WAIT_PRIVATE	(LINUX_FUTEX_WAIT | LINUX_FUTEX_PRIVATE_FLAG)
#define	WAKE_PRIVATE	(LINUX_FUTEX_WAKE | LINUX_FUTEX_PRIVATE_FLAG)

/* The count that REQUEUE, CMP_REQUEUE and WAKE_OP take as "timeout". */
#define	VAL2(n)		((const void *)(uintptr_t)(n))

/* FUTEX_WAKE_OP's val3 (Linux uapi FUTEX_OP()). */
#define	FUTEX_OP(op, oparg, cmp, cmparg)				\
	((((uint32_t)(op) & 0xf) << 28) | (((uint32_t)(cmp) & 0xf) << 24) | \
	(((uint32_t)(oparg) & 0xfff) << 12) | ((uint32_t)(cmparg) & 0xfff))

/* The calling thread's emulated process, made by futex_test_setup(). */
static struct proc *ft_proc;

static inline void
futex_test_setup(void)
{

	ft_proc = inproc_proc_create();
	inproc_thread_attach(ft_proc);
}

static inline void
futex_test_teardown(void)
{

	inproc_thread_detach();
	linux_set_kernver(0);
}

/* Waiters queued under uaddr's key (flags: FUTEX_F_SHARED or 0). */
static inline int
futex_test_nwaiters(uint32_t *uaddr, int flags)
{
	int n, error;

	error = linux_futex_test_waiters(inproc_curthread(), uaddr, flags, &n);
	cr_assert_eq(error, 0, "test hook: key lookup failed (%d)", error);
	return (n);
}

static inline void
futex_test_await_waiters(uint32_t *uaddr, int flags, int n)
{

	while (futex_test_nwaiters(uaddr, flags) != n)
		sched_yield();
}

/*
 * A thread of ft_proc (or another process) that makes one futex call and
 * records its result.
 */
struct waiter {
	uint32_t		*w_uaddr;
	int			 w_op;
	uint32_t		 w_val;
	const void		*w_timeout;
	uint32_t		*w_uaddr2;
	uint32_t		 w_val3;
	atomic_long		 w_result;
	atomic_bool		 w_done;
	struct inproc_spawned	*w_spawned;
	struct thread		*w_td;
};

static inline long
waiter_main(void *arg)
{
	struct waiter *w = arg;
	long r;

	r = lx_futex(w->w_uaddr, w->w_op, w->w_val, w->w_timeout, w->w_uaddr2,
	    w->w_val3);
	atomic_store(&w->w_result, r);
	atomic_store(&w->w_done, true);
	return (r);
}

/* Start a waiter in process p; does not wait for it to block. */
static inline void
waiter_start_in(struct waiter *w, struct proc *p, uint32_t *uaddr, int op,
    uint32_t val, const void *timeout, uint32_t val3)
{

	w->w_uaddr = uaddr;
	w->w_op = op;
	w->w_val = val;
	w->w_timeout = timeout;
	w->w_uaddr2 = NULL;
	w->w_val3 = val3;
	atomic_store(&w->w_done, false);
	w->w_spawned = inproc_thread_spawn(p, waiter_main, w, 0);
	w->w_td = inproc_spawned_thread(w->w_spawned);
}

/* Start a waiter of ft_proc and wait until it sleeps in the runtime. */
static inline void
waiter_block(struct waiter *w, uint32_t *uaddr, int op, uint32_t val,
    const void *timeout, uint32_t val3)
{

	waiter_start_in(w, ft_proc, uaddr, op, val, timeout, val3);
	inproc_wait_until_sleeping(w->w_td, NULL);
}

static inline long
waiter_join(struct waiter *w)
{

	return (inproc_thread_join(w->w_spawned));
}

static inline bool
waiter_done(struct waiter *w)
{

	return (atomic_load(&w->w_done));
}

/* Wait until exactly the waiters in `done` (a bit mask) have returned. */
static inline void
waiters_await_done(struct waiter *w, int n, unsigned done)
{
	unsigned mask;
	int i;

	do {
		sched_yield();
		mask = 0;
		for (i = 0; i < n; i++)
			if (waiter_done(&w[i]))
				mask |= 1u << i;
	} while ((mask & done) != done);
	cr_assert_eq(mask, done, "waiters done: %#x, expected %#x", mask, done);
}

/* Pages with given protection, for EFAULT cases. */
static inline void *
test_page(int prot)
{
	void *p;

	p = mmap(NULL, 4096, prot, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	cr_assert_neq(p, MAP_FAILED, "mmap failed");
	return (p);
}

#endif /* !_FUTEX_TEST_H_ */
