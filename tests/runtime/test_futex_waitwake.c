/*
 * test_futex_waitwake.c — FUTEX_WAIT, FUTEX_WAKE, their _BITSET forms and
 * the two key kinds, through the emulated program's syscall entry.
 *
 * The suite runs as a modern release (6.1) so that every operation and
 * flag exists; test_futex_release.c checks what older releases refuse.
 */
#include <time.h>

#include "futex_test.h"

static void
setup(void)
{

	futex_test_setup();
	linux_set_kernver(LINUX_KERNVER(6, 1, 0));
}

TestSuite(futex_waitwake, .init = setup, .fini = futex_test_teardown,
    .timeout = FUTEX_TEST_TIMEOUT);

static uint32_t word, word2;

Test(futex_waitwake, wait_returns_eagain_when_the_value_differs)
{

	word = 1;
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAIT, 0, NULL, NULL, 0),
	    -LINUX_EAGAIN);
	cr_assert_eq(lx_futex(&word, WAIT_PRIVATE, 0, NULL,
	    NULL, 0), -LINUX_EAGAIN);
	cr_assert_eq(futex_test_nwaiters(&word, 0), 0,
	    "a refused waiter must not stay queued");
}

Test(futex_waitwake, misaligned_words_are_einval)
{
	uint8_t *p = (uint8_t *)&word;

	cr_assert_eq(lx_futex((uint32_t *)(p + 1), LINUX_FUTEX_WAIT, 0, NULL,
	    NULL, 0), -LINUX_EINVAL);
	cr_assert_eq(lx_futex((uint32_t *)(p + 2), LINUX_FUTEX_WAKE, 1, NULL,
	    NULL, 0), -LINUX_EINVAL);
}

Test(futex_waitwake, bad_addresses_are_efault_except_a_private_wake)
{
	uint32_t *none = test_page(PROT_NONE);
	uint32_t *kernel = (uint32_t *)(uintptr_t)UINT64_C(0xffffffffff600000);

	cr_assert_eq(lx_futex(none, LINUX_FUTEX_WAIT, 0, NULL, NULL, 0),
	    -LINUX_EFAULT);
	cr_assert_eq(lx_futex(none, WAIT_PRIVATE, 0, NULL, NULL,
	    0), -LINUX_EFAULT);
	/* A shared key needs the page; a private key only the address. */
	cr_assert_eq(lx_futex(none, LINUX_FUTEX_WAKE, 1, NULL, NULL, 0),
	    -LINUX_EFAULT);
	cr_assert_eq(lx_futex(none, WAKE_PRIVATE, 1, NULL, NULL,
	    0), 0);
	cr_assert_eq(lx_futex(kernel, WAKE_PRIVATE, 1, NULL,
	    NULL, 0), -LINUX_EFAULT);
	munmap(none, 4096);
}

Test(futex_waitwake, read_only_anonymous_words_are_private_only)
{
	uint32_t *ro = test_page(PROT_READ);
	struct timespec ts = { 0, 1000000 };

	/* A private key needs no page; a shared one refuses a read-only
	   anonymous page, whose word can never change. */
	cr_assert_eq(lx_futex(ro, WAIT_PRIVATE, 0, &ts, NULL, 0),
	    -LINUX_ETIMEDOUT);
	cr_assert_eq(lx_futex(ro, LINUX_FUTEX_WAIT, 0, &ts, NULL, 0),
	    -LINUX_EFAULT);
	cr_assert_eq(lx_futex(ro, LINUX_FUTEX_WAKE, 1, NULL, NULL, 0),
	    -LINUX_EFAULT);
	munmap(ro, 4096);
}

Test(futex_waitwake, read_only_shared_objects_can_be_waited_on)
{
	uint32_t *ro = test_page(PROT_READ);
	struct timespec ts = { 0, 1000000 };

	inproc_vm_declare_shared(ro, 4096, 7, 0);
	cr_assert_eq(lx_futex(ro, LINUX_FUTEX_WAIT, 0, &ts, NULL, 0),
	    -LINUX_ETIMEDOUT);
	cr_assert_eq(lx_futex(ro, LINUX_FUTEX_WAKE, 1, NULL, NULL, 0), 0);
	inproc_vm_forget_shared(ro);
	munmap(ro, 4096);
}

Test(futex_waitwake, timeouts_expire_and_are_checked)
{
	struct timespec zero = { 0, 0 }, short_ts = { 0, 2000000 };
	struct timespec bad_ns = { 0, 1000000000 }, neg = { -1, 0 };
	uint32_t *none = test_page(PROT_NONE);

	word = 0;
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAIT, 0, &zero, NULL, 0),
	    -LINUX_ETIMEDOUT);
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAIT, 0, &short_ts, NULL, 0),
	    -LINUX_ETIMEDOUT);
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAIT, 0, &bad_ns, NULL, 0),
	    -LINUX_EINVAL);
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAIT, 0, &neg, NULL, 0),
	    -LINUX_EINVAL);
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAIT, 0, none, NULL, 0),
	    -LINUX_EFAULT);
	/* The value is checked before the timeout matters. */
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAIT, 7, &zero, NULL, 0),
	    -LINUX_EAGAIN);
	cr_assert_eq(futex_test_nwaiters(&word, FUTEX_F_SHARED), 0);
	munmap(none, 4096);
}

Test(futex_waitwake, relative_timeouts_last_at_least_their_length)
{
	struct timespec t0, t1, ts = { 0, 20000000 };
	int64_t elapsed;

	word = 0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAIT, 0, &ts, NULL, 0),
	    -LINUX_ETIMEDOUT);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	elapsed = (t1.tv_sec - t0.tv_sec) * 1000000000LL +
	    (t1.tv_nsec - t0.tv_nsec);
	cr_assert_geq(elapsed, 20000000, "woke after %lld ns",
	    (long long)elapsed);
}

Test(futex_waitwake, absolute_bitset_timeouts_use_the_clock_asked_for)
{
	struct timespec past = { 1, 0 }, now;

	word = 0;
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAIT_BITSET, 0, &past, NULL,
	    LINUX_FUTEX_BITSET_MATCH_ANY), -LINUX_ETIMEDOUT);
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAIT_BITSET |
	    LINUX_FUTEX_CLOCK_REALTIME, 0, &past, NULL,
	    LINUX_FUTEX_BITSET_MATCH_ANY), -LINUX_ETIMEDOUT);
	clock_gettime(CLOCK_REALTIME, &now);
	now.tv_nsec += 2000000;
	if (now.tv_nsec >= 1000000000) {
		now.tv_sec++;
		now.tv_nsec -= 1000000000;
	}
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAIT_BITSET |
	    LINUX_FUTEX_CLOCK_REALTIME, 0, &now, NULL,
	    LINUX_FUTEX_BITSET_MATCH_ANY), -LINUX_ETIMEDOUT);
}

Test(futex_waitwake, clock_realtime_is_refused_where_linux_refuses_it)
{
	struct timespec ts = { 0, 0 };

	word = 0;
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAIT |
	    LINUX_FUTEX_CLOCK_REALTIME, 0, &ts, NULL, 0), -LINUX_ENOSYS);
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAKE |
	    LINUX_FUTEX_CLOCK_REALTIME, 1, NULL, NULL, 0), -LINUX_ENOSYS);
	/* 4.5 to 5.12 allowed it with FUTEX_WAIT. */
	linux_set_kernver(LINUX_KERNVER(5, 4, 0));
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAIT |
	    LINUX_FUTEX_CLOCK_REALTIME, 0, &ts, NULL, 0), -LINUX_ETIMEDOUT);
}

Test(futex_waitwake, wake_with_nobody_waiting_wakes_nobody)
{

	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAKE, 10, NULL, NULL, 0), 0);
	cr_assert_eq(lx_futex(&word, WAKE_PRIVATE, 10, NULL,
	    NULL, 0), 0);
}

Test(futex_waitwake, wake_wakes_the_earliest_waiters_first)
{
	struct waiter w[3];
	int i;

	word = 5;
	for (i = 0; i < 3; i++)
		waiter_block(&w[i], &word, LINUX_FUTEX_WAIT, 5, NULL, 0);
	cr_assert_eq(futex_test_nwaiters(&word, FUTEX_F_SHARED), 3);
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAKE, 2, NULL, NULL, 0), 2);
	waiters_await_done(w, 3, 0x3);
	cr_assert_eq(futex_test_nwaiters(&word, FUTEX_F_SHARED), 1);
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAKE, 2, NULL, NULL, 0), 1);
	for (i = 0; i < 3; i++)
		cr_assert_eq(waiter_join(&w[i]), 0);
}

Test(futex_waitwake, wake_of_zero_or_less_still_wakes_one)
{
	struct waiter w[3];
	int i;

	word = 0;
	for (i = 0; i < 3; i++)
		waiter_block(&w[i], &word, LINUX_FUTEX_WAIT, 0, NULL, 0);
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAKE, 0, NULL, NULL, 0), 1);
	waiters_await_done(w, 3, 0x1);
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAKE, (uint32_t)-5, NULL,
	    NULL, 0), 1);
	waiters_await_done(w, 3, 0x3);
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAKE, 1, NULL, NULL, 0), 1);
	for (i = 0; i < 3; i++)
		cr_assert_eq(waiter_join(&w[i]), 0);
}

Test(futex_waitwake, private_and_shared_keys_of_one_word_differ)
{
	struct waiter wp, ws;

	word = 0;
	waiter_block(&wp, &word, WAIT_PRIVATE, 0, NULL, 0);
	waiter_block(&ws, &word, LINUX_FUTEX_WAIT, 0, NULL, 0);
	cr_assert_eq(futex_test_nwaiters(&word, 0), 1);
	cr_assert_eq(futex_test_nwaiters(&word, FUTEX_F_SHARED), 1);
	/* Each kind wakes only its own. */
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAKE, 10, NULL, NULL, 0), 1);
	cr_assert_eq(waiter_join(&ws), 0);
	cr_assert_not(waiter_done(&wp));
	cr_assert_eq(lx_futex(&word, WAKE_PRIVATE, 10, NULL,
	    NULL, 0), 1);
	cr_assert_eq(waiter_join(&wp), 0);
}

Test(futex_waitwake, bitsets_select_whom_a_wake_reaches)
{
	struct waiter w[3];
	int i;

	word = 0;
	waiter_block(&w[0], &word, LINUX_FUTEX_WAIT_BITSET, 0, NULL, 0x1);
	waiter_block(&w[1], &word, LINUX_FUTEX_WAIT_BITSET, 0, NULL, 0x2);
	waiter_block(&w[2], &word, LINUX_FUTEX_WAIT_BITSET, 0, NULL, 0x6);
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAKE_BITSET, 10, NULL, NULL,
	    0x4), 1);
	waiters_await_done(w, 3, 0x4);
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAKE_BITSET, 10, NULL, NULL,
	    0x8), 0);
	/* FUTEX_WAKE matches every bitset. */
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAKE, 10, NULL, NULL, 0), 2);
	for (i = 0; i < 3; i++)
		cr_assert_eq(waiter_join(&w[i]), 0);
}

Test(futex_waitwake, an_empty_bitset_is_einval)
{

	word = 0;
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAIT_BITSET, 0, NULL, NULL,
	    0), -LINUX_EINVAL);
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAKE_BITSET, 1, NULL, NULL,
	    0), -LINUX_EINVAL);
}

Test(futex_waitwake, private_futexes_are_per_address_space)
{
	struct proc *other = inproc_proc_create();
	struct proc *sibling = inproc_proc_create_vmshare(ft_proc);
	struct waiter wo, ws;

	word = 0;
	waiter_start_in(&wo, other, &word, WAIT_PRIVATE, 0,
	    NULL, 0);
	inproc_wait_until_sleeping(wo.w_td, "futex");
	waiter_start_in(&ws, sibling, &word, WAIT_PRIVATE, 0,
	    NULL, 0);
	inproc_wait_until_sleeping(ws.w_td, "futex");
	/* Our address space is the sibling's (CLONE_VM), not other's. */
	cr_assert_eq(lx_futex(&word, WAKE_PRIVATE, 10, NULL,
	    NULL, 0), 1);
	cr_assert_eq(waiter_join(&ws), 0);
	cr_assert_not(waiter_done(&wo));
	/* Neither does another address space's anonymous memory share
	   shared futexes. */
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAKE, 10, NULL, NULL, 0), 0);
	inproc_thread_interrupt(wo.w_td, EINTR);
	cr_assert_eq(waiter_join(&wo), -LINUX_EINTR);
}

Test(futex_waitwake, shared_futexes_follow_the_object_not_the_address)
{
	struct proc *other = inproc_proc_create();
	uint32_t *a = test_page(PROT_READ | PROT_WRITE);
	uint32_t *b = test_page(PROT_READ | PROT_WRITE);
	struct waiter w;

	/* Two mappings of one object at different addresses, as a memfd
	   mapped twice would be; offset 64 in both. */
	inproc_vm_declare_shared(a, 4096, 42, 0);
	inproc_vm_declare_shared(b, 4096, 42, 0);
	a[16] = b[16] = 3;
	waiter_start_in(&w, other, &a[16], LINUX_FUTEX_WAIT, 3, NULL, 0);
	inproc_wait_until_sleeping(w.w_td, "futex");
	cr_assert_eq(lx_futex(&b[17], LINUX_FUTEX_WAKE, 1, NULL, NULL, 0), 0);
	cr_assert_eq(lx_futex(&b[16], WAKE_PRIVATE, 1, NULL,
	    NULL, 0), 0);
	cr_assert_eq(lx_futex(&b[16], LINUX_FUTEX_WAKE, 1, NULL, NULL, 0), 1);
	cr_assert_eq(waiter_join(&w), 0);
	inproc_vm_forget_shared(a);
	inproc_vm_forget_shared(b);
}

Test(futex_waitwake, an_untimed_wait_is_interrupted_or_restarted)
{
	struct waiter w;

	word = 0;
	waiter_block(&w, &word, LINUX_FUTEX_WAIT, 0, NULL, 0);
	inproc_thread_interrupt(w.w_td, EINTR);
	cr_assert_eq(waiter_join(&w), -LINUX_EINTR);

	/* ERESTART (SA_RESTART): the call is executed again and waits on. */
	waiter_block(&w, &word, LINUX_FUTEX_WAIT, 0, NULL, 0);
	inproc_thread_interrupt(w.w_td, ERESTART);
	while (inproc_thread_sleep_count(w.w_td) < 2)
		sched_yield();
	inproc_wait_until_sleeping(w.w_td, "futex");
	cr_assert_not(waiter_done(&w));
	cr_assert_eq(futex_test_nwaiters(&word, FUTEX_F_SHARED), 1);
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAKE, 1, NULL, NULL, 0), 1);
	cr_assert_eq(waiter_join(&w), 0);
}

Test(futex_waitwake, a_timed_wait_is_interrupted_even_if_restartable)
{
	struct timespec ts = { 1000, 0 };
	struct waiter w;

	word = 0;
	waiter_block(&w, &word, LINUX_FUTEX_WAIT, 0, &ts, 0);
	inproc_thread_interrupt(w.w_td, ERESTART);
	cr_assert_eq(waiter_join(&w), -LINUX_EINTR);
	cr_assert_eq(futex_test_nwaiters(&word, FUTEX_F_SHARED), 0);
}

Test(futex_waitwake, a_signal_pending_before_the_wait_interrupts_it)
{

	word = 0;
	inproc_thread_interrupt(inproc_curthread(), EINTR);
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAIT, 0, NULL, NULL, 0),
	    -LINUX_EINTR);
	/* ... but not a refused one: the value is compared first. */
	inproc_thread_interrupt(inproc_curthread(), EINTR);
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAIT, 1, NULL, NULL, 0),
	    -LINUX_EAGAIN);
}

Test(futex_waitwake, the_clear_child_tid_service_stores_zero_and_wakes_one)
{
	struct waiter w[2];

	word = 1234;
	waiter_block(&w[0], &word, LINUX_FUTEX_WAIT, 1234, NULL, 0);
	waiter_block(&w[1], &word, LINUX_FUTEX_WAIT, 1234, NULL, 0);
	cr_assert_eq(linux_futex_clear_child_tid(inproc_curthread(), &word), 0);
	cr_assert_eq(word, 0);
	waiters_await_done(w, 2, 0x1);
	cr_assert_eq(linux_futex_wake(inproc_curthread(), &word, 1, true,
	    NULL), 0);
	cr_assert_eq(waiter_join(&w[0]), 0);
	cr_assert_eq(waiter_join(&w[1]), 0);
	cr_assert_eq(linux_futex_clear_child_tid(inproc_curthread(),
	    (uint32_t *)8), EFAULT);
}

Test(futex_waitwake, wakes_by_other_words_do_not_reach_a_waiter)
{
	struct waiter w;

	word = 0;
	word2 = 0;
	waiter_block(&w, &word, LINUX_FUTEX_WAIT, 0, NULL, 0);
	cr_assert_eq(lx_futex(&word2, LINUX_FUTEX_WAKE, 10, NULL, NULL, 0), 0);
	cr_assert_not(waiter_done(&w));
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAKE, 10, NULL, NULL, 0), 1);
	cr_assert_eq(waiter_join(&w), 0);
}
