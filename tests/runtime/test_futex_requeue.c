/*
 * test_futex_requeue.c — FUTEX_REQUEUE and FUTEX_CMP_REQUEUE: who is woken,
 * who is moved, what the call returns, and that a moved waiter behaves as
 * a waiter of its new futex (woken, timed out or interrupted there).
 * Runs as release 6.1; the 2.6.16 limit rule is in test_futex_release.c.
 */
#include "futex_test.h"

static void
setup(void)
{

	futex_test_setup();
	linux_set_kernver(LINUX_KERNVER(6, 1, 0));
}

TestSuite(futex_requeue, .init = setup, .fini = futex_test_teardown,
    .timeout = FUTEX_TEST_TIMEOUT);

static uint32_t a, b;

static void
block_n(struct waiter *w, int n, uint32_t *uaddr, const void *timeout)
{
	int i;

	for (i = 0; i < n; i++)
		waiter_block(&w[i], uaddr, LINUX_FUTEX_WAIT, *uaddr, timeout,
		    0);
}

Test(futex_requeue, cmp_requeue_wakes_some_and_moves_others)
{
	struct waiter w[4];
	int i;

	a = 7;
	b = 0;
	block_n(w, 4, &a, NULL);
	/* Wake 1, move 2: returns woken + moved. */
	cr_assert_eq(lx_futex(&a, LINUX_FUTEX_CMP_REQUEUE, 1, VAL2(2), &b, 7),
	    3);
	waiters_await_done(w, 4, 0x1);
	cr_assert_eq(futex_test_nwaiters(&a, FUTEX_F_SHARED), 1);
	cr_assert_eq(futex_test_nwaiters(&b, FUTEX_F_SHARED), 2);
	/* The moved ones are now waiters of b, in their old order. */
	cr_assert_eq(lx_futex(&a, LINUX_FUTEX_WAKE, 10, NULL, NULL, 0), 1);
	waiters_await_done(w, 4, 0x9);
	cr_assert_eq(lx_futex(&b, LINUX_FUTEX_WAKE, 1, NULL, NULL, 0), 1);
	waiters_await_done(w, 4, 0xb);
	cr_assert_eq(lx_futex(&b, LINUX_FUTEX_WAKE, 1, NULL, NULL, 0), 1);
	for (i = 0; i < 4; i++)
		cr_assert_eq(waiter_join(&w[i]), 0);
}

Test(futex_requeue, cmp_requeue_checks_the_value_first)
{
	struct waiter w;

	a = 1;
	block_n(&w, 1, &a, NULL);
	cr_assert_eq(lx_futex(&a, LINUX_FUTEX_CMP_REQUEUE, 1, VAL2(1), &b, 2),
	    -LINUX_EAGAIN);
	cr_assert_eq(futex_test_nwaiters(&a, FUTEX_F_SHARED), 1);
	cr_assert_eq(lx_futex(&a, LINUX_FUTEX_WAKE, 1, NULL, NULL, 0), 1);
	cr_assert_eq(waiter_join(&w), 0);
}

Test(futex_requeue, requeue_does_not_look_at_the_value)
{
	struct waiter w[2];

	a = 1;
	block_n(w, 2, &a, NULL);
	a = 99;
	cr_assert_eq(lx_futex(&a, LINUX_FUTEX_REQUEUE, 0, VAL2(10), &b, 0), 2);
	cr_assert_eq(futex_test_nwaiters(&b, FUTEX_F_SHARED), 2);
	cr_assert_eq(lx_futex(&b, LINUX_FUTEX_WAKE, 10, NULL, NULL, 0), 2);
	cr_assert_eq(waiter_join(&w[0]), 0);
	cr_assert_eq(waiter_join(&w[1]), 0);
}

Test(futex_requeue, zero_wake_and_zero_requeue_touch_nobody)
{
	struct waiter w;

	a = 0;
	block_n(&w, 1, &a, NULL);
	cr_assert_eq(lx_futex(&a, LINUX_FUTEX_CMP_REQUEUE, 0, VAL2(0), &b, 0),
	    0);
	cr_assert_eq(futex_test_nwaiters(&a, FUTEX_F_SHARED), 1);
	cr_assert_eq(lx_futex(&a, LINUX_FUTEX_WAKE, 1, NULL, NULL, 0), 1);
	cr_assert_eq(waiter_join(&w), 0);
}

Test(futex_requeue, negative_counts_are_einval)
{

	cr_assert_eq(lx_futex(&a, LINUX_FUTEX_REQUEUE, (uint32_t)-1, VAL2(1),
	    &b, 0), -LINUX_EINVAL);
	cr_assert_eq(lx_futex(&a, LINUX_FUTEX_CMP_REQUEUE, 1, VAL2(-1), &b,
	    a), -LINUX_EINVAL);
}

Test(futex_requeue, addresses_are_checked)
{
	uint32_t *none = test_page(PROT_NONE);

	cr_assert_eq(lx_futex(none, LINUX_FUTEX_CMP_REQUEUE, 1, VAL2(1), &b,
	    0), -LINUX_EFAULT);
	cr_assert_eq(lx_futex(&a, LINUX_FUTEX_CMP_REQUEUE, 1, VAL2(1), none,
	    a), -LINUX_EFAULT);
	/* Private keys do not need the page, but CMP_ reads uaddr1. */
	cr_assert_eq(lx_futex(none, LINUX_FUTEX_CMP_REQUEUE |
	    LINUX_FUTEX_PRIVATE_FLAG, 1, VAL2(1), &b, 0), -LINUX_EFAULT);
	cr_assert_eq(lx_futex(&a, LINUX_FUTEX_REQUEUE |
	    LINUX_FUTEX_PRIVATE_FLAG, 1, VAL2(1), none, 0), 0);
	cr_assert_eq(lx_futex((uint32_t *)((char *)&a + 1),
	    LINUX_FUTEX_REQUEUE, 1, VAL2(1), &b, 0), -LINUX_EINVAL);
	munmap(none, 4096);
}

Test(futex_requeue, requeue_onto_the_same_futex_keeps_the_waiters)
{
	struct waiter w[2];

	a = 0;
	block_n(w, 2, &a, NULL);
	cr_assert_eq(lx_futex(&a, LINUX_FUTEX_CMP_REQUEUE, 0, VAL2(5), &a, 0),
	    2);
	cr_assert_eq(futex_test_nwaiters(&a, FUTEX_F_SHARED), 2);
	cr_assert_eq(lx_futex(&a, LINUX_FUTEX_WAKE, 2, NULL, NULL, 0), 2);
	cr_assert_eq(waiter_join(&w[0]), 0);
	cr_assert_eq(waiter_join(&w[1]), 0);
}

Test(futex_requeue, a_moved_waiter_still_times_out)
{
	struct timespec ts = { 0, 50000000 };
	struct waiter w;

	a = 0;
	block_n(&w, 1, &a, &ts);
	cr_assert_eq(lx_futex(&a, LINUX_FUTEX_CMP_REQUEUE, 0, VAL2(1), &b, 0),
	    1);
	cr_assert_eq(waiter_join(&w), -LINUX_ETIMEDOUT);
	cr_assert_eq(futex_test_nwaiters(&b, FUTEX_F_SHARED), 0);
	cr_assert_eq(futex_test_nwaiters(&a, FUTEX_F_SHARED), 0);
}

Test(futex_requeue, a_moved_waiter_can_be_interrupted)
{
	struct waiter w;

	a = 0;
	block_n(&w, 1, &a, NULL);
	cr_assert_eq(lx_futex(&a, LINUX_FUTEX_REQUEUE, 0, VAL2(1), &b, 0), 1);
	inproc_thread_interrupt(w.w_td, EINTR);
	cr_assert_eq(waiter_join(&w), -LINUX_EINTR);
	cr_assert_eq(futex_test_nwaiters(&b, FUTEX_F_SHARED), 0);
}

Test(futex_requeue, private_requeue_moves_between_private_futexes)
{
	struct waiter w[2];

	a = 0;
	waiter_block(&w[0], &a, WAIT_PRIVATE, 0, NULL, 0);
	waiter_block(&w[1], &a, LINUX_FUTEX_WAIT, 0, NULL, 0);
	/* Only the private waiter matches the private key of a. */
	cr_assert_eq(lx_futex(&a, LINUX_FUTEX_REQUEUE |
	    LINUX_FUTEX_PRIVATE_FLAG, 0, VAL2(10), &b, 0), 1);
	cr_assert_eq(futex_test_nwaiters(&b, 0), 1);
	cr_assert_eq(futex_test_nwaiters(&a, FUTEX_F_SHARED), 1);
	cr_assert_eq(lx_futex(&b, WAKE_PRIVATE, 1, NULL, NULL, 0), 1);
	cr_assert_eq(lx_futex(&a, LINUX_FUTEX_WAKE, 1, NULL, NULL, 0), 1);
	cr_assert_eq(waiter_join(&w[0]), 0);
	cr_assert_eq(waiter_join(&w[1]), 0);
}

Test(futex_requeue, many_waiters_move_between_buckets_in_order)
{
	enum { N = 12 };
	struct waiter w[N];
	unsigned done;
	int i;

	a = 3;
	block_n(w, N, &a, NULL);
	cr_assert_eq(lx_futex(&a, LINUX_FUTEX_CMP_REQUEUE, 2, VAL2(N), &b, 3),
	    N);
	waiters_await_done(w, N, 0x3);
	cr_assert_eq(futex_test_nwaiters(&b, FUTEX_F_SHARED), N - 2);
	done = 0x3;
	for (i = 2; i < N; i++) {
		cr_assert_eq(lx_futex(&b, LINUX_FUTEX_WAKE, 1, NULL, NULL, 0),
		    1);
		done |= 1u << i;
		waiters_await_done(w, N, done);
	}
	for (i = 0; i < N; i++)
		cr_assert_eq(waiter_join(&w[i]), 0);
}
