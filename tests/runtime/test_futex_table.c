/*
 * test_futex_table.c — the hash table's size and growth: the tunable and
 * the default it overrides, growth with the number of queued waiters, and
 * waiters of every kind (plain, timed, interrupted, requeued, PI) carried
 * over to a new table with their order and their outcome intact.
 *
 * Each test runs in a process of its own (Criterion's default), so each
 * sees a fresh table sized from the environment its suite sets up.
 */
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "futex_test.h"
#include "futex_test_emul.h"

#define	TUNABLE	"KENV_compat_linux_futex_hash_size"

static void
setup_small(void)
{

	/* The smallest table there is, so that a few waiters grow it. */
	setenv(TUNABLE, "1", 1);
	futex_test_setup();
	linux_set_kernver(LINUX_KERNVER(6, 1, 0));
}

TestSuite(futex_table, .init = setup_small, .fini = futex_test_teardown,
    .timeout = FUTEX_TEST_TIMEOUT);

static int
table_buckets(int *tables)
{
	int buckets, ntables, queued;

	futex_table_stats(&buckets, &ntables, &queued);
	if (tables != NULL)
		*tables = ntables;
	return (buckets);
}

static int
table_queued(void)
{
	int buckets, ntables, queued;

	futex_table_stats(&buckets, &ntables, &queued);
	return (queued);
}

static uint32_t words[64];

Test(futex_table, a_tunable_below_the_minimum_gets_the_minimum)
{
	int tables;

	cr_assert_eq(table_buckets(&tables), (int)FUTEX_HASH_MIN);
	cr_assert_eq(tables, 1);
}

Test(futex_table, grows_with_the_waiters_and_wakes_them_all)
{
	struct waiter w[24];
	int i, tables;

	for (i = 0; i < 24; i++) {
		words[i] = 0;
		waiter_block(&w[i], &words[i], WAIT_PRIVATE, 0, NULL, 0);
	}
	/* A chain per waiter or so: never fewer buckets than waiters. */
	cr_assert_geq(table_buckets(&tables), 24);
	cr_assert_gt(tables, 1, "the table never grew");
	cr_assert_eq(table_queued(), 24);
	for (i = 0; i < 24; i++) {
		cr_assert_eq(futex_test_nwaiters(&words[i], 0), 1);
		cr_assert_eq(lx_futex(&words[i], WAKE_PRIVATE, 1, NULL, NULL,
		    0), 1, "word %d", i);
		cr_assert_eq(waiter_join(&w[i]), 0);
	}
	cr_assert_eq(table_queued(), 0);
}

Test(futex_table, growth_keeps_the_order_of_waiters)
{
	struct waiter w[4];
	int i, before;

	words[0] = 5;
	for (i = 0; i < 4; i++)
		waiter_block(&w[i], &words[0], WAIT_PRIVATE, 5, NULL, 0);
	for (i = 0; i < 4; i++) {
		before = table_buckets(NULL);
		cr_assert(linux_futex_test_grow());
		cr_assert_eq(table_buckets(NULL), 2 * before);
		cr_assert_eq(futex_test_nwaiters(&words[0], 0), 4 - i);
		cr_assert_eq(lx_futex(&words[0], WAKE_PRIVATE, 1, NULL, NULL,
		    0), 1);
		/* The first queued is the first woken, table or no table. */
		waiters_await_done(w, 4, (1u << (i + 1)) - 1);
	}
	for (i = 0; i < 4; i++)
		cr_assert_eq(waiter_join(&w[i]), 0);
}

Test(futex_table, moved_waiters_time_out_are_interrupted_and_requeued)
{
	struct timespec ts = { 2, 0 };
	struct waiter w[3];

	words[1] = words[2] = 0;
	waiter_block(&w[0], &words[1], WAIT_PRIVATE, 0, &ts, 0);
	waiter_block(&w[1], &words[1], WAIT_PRIVATE, 0, NULL, 0);
	waiter_block(&w[2], &words[1], WAIT_PRIVATE, 0, NULL, 0);
	cr_assert(linux_futex_test_grow());
	/* All three move to words[2], still asleep. */
	cr_assert_eq(lx_futex(&words[1], LINUX_FUTEX_CMP_REQUEUE |
	    LINUX_FUTEX_PRIVATE_FLAG, 0, VAL2(3), &words[2], 0), 3);
	cr_assert(linux_futex_test_grow());
	cr_assert_eq(futex_test_nwaiters(&words[2], 0), 3);
	/* The timed one times out in the bucket it was moved to twice. */
	waiters_await_done(w, 3, 0x1);
	cr_assert_eq(waiter_join(&w[0]), -LINUX_ETIMEDOUT);
	inproc_thread_interrupt(w[1].w_td, EINTR);
	waiters_await_done(w, 3, 0x3);
	cr_assert_eq(waiter_join(&w[1]), -LINUX_EINTR);
	cr_assert(linux_futex_test_grow());
	cr_assert_eq(lx_futex(&words[2], WAKE_PRIVATE, 5, NULL, NULL, 0), 1);
	cr_assert_eq(waiter_join(&w[2]), 0);
	cr_assert_eq(table_queued(), 0);
}

/* PI owners and waiters must be Linux threads (futex_test_emul.h). */
static void
setup_small_pi(void)
{

	setenv(TUNABLE, "1", 1);
	emul_hooks_install();
	futex_test_setup();
	emul_thread_setup();
	linux_set_kernver(LINUX_KERNVER(6, 1, 0));
}

TestSuite(futex_table_pi, .init = setup_small_pi, .fini = futex_test_teardown,
    .timeout = FUTEX_TEST_TIMEOUT);

static long
pi_waiter_main(void *arg)
{

	emul_thread_setup();
	return (waiter_main(arg));
}

static void
pi_waiter_start(struct waiter *w, int op, uint32_t *uaddr,
    const void *timeout, uint32_t *uaddr2, const char *wmesg)
{

	w->w_uaddr = uaddr;
	w->w_op = op;
	w->w_val = 0;
	w->w_timeout = timeout;
	w->w_uaddr2 = uaddr2;
	w->w_val3 = 0;
	atomic_store(&w->w_done, false);
	w->w_spawned = inproc_thread_spawn(emul_proc_for(ft_proc),
	    pi_waiter_main, w, 0);
	w->w_td = inproc_spawned_thread(w->w_spawned);
	inproc_wait_until_sleeping(w->w_td, wmesg);
}

static void
pi_waiter_block(struct waiter *w, uint32_t *uaddr, const void *timeout)
{

	pi_waiter_start(w, LINUX_FUTEX_LOCK_PI, uaddr, timeout, NULL,
	    "futexpi");
}

/* The bucket of a private futex in the current table. */
static struct futex_bucket *
bucket_of(uint32_t *uaddr)
{
	struct kern_vm_key key;

	cr_assert_eq(futex_key_get(inproc_curthread(), uaddr, 0, false, &key),
	    0);
	return (futex_hash(&key));
}

/*
 * A PI lock serves its waiters in the order they reached it: a waiter
 * CMP_REQUEUE_PI moves onto it comes after the LOCK_PI waiter already
 * there, even when the condition word and the lock share a bucket (and
 * the moved waiter, queued on the condition first, sat ahead of it in the
 * chain).
 */
Test(futex_table_pi, a_requeued_waiter_queues_behind_the_lock_s_waiters)
{
	struct waiter w[2];
	uint32_t *cond, *mutex, tid0;
	int i;

	/* Two words of one bucket (the table has 4 buckets). */
	cond = &words[10];
	mutex = NULL;
	for (i = 11; i < 64 && mutex == NULL; i++)
		if (bucket_of(&words[i]) == bucket_of(cond))
			mutex = &words[i];
	cr_assert_not_null(mutex);
	*cond = 0;
	*mutex = 0;
	cr_assert_eq(lx_futex(mutex, LINUX_FUTEX_LOCK_PI |
	    LINUX_FUTEX_PRIVATE_FLAG, 0, NULL, NULL, 0), 0);
	pi_waiter_start(&w[0], LINUX_FUTEX_WAIT_REQUEUE_PI |
	    LINUX_FUTEX_PRIVATE_FLAG, cond, NULL, mutex, "futexrq");
	pi_waiter_start(&w[1], LINUX_FUTEX_LOCK_PI | LINUX_FUTEX_PRIVATE_FLAG,
	    mutex, NULL, NULL, "futexpi");
	tid0 = (uint32_t)w[0].w_td->td_tid;
	cr_assert_eq(bucket_of(cond), bucket_of(mutex), "the table grew");
	cr_assert_eq(lx_futex(cond, LINUX_FUTEX_CMP_REQUEUE_PI |
	    LINUX_FUTEX_PRIVATE_FLAG, 1, VAL2(1), mutex, 0), 1);
	cr_assert_eq(futex_test_nwaiters(mutex, 0), 2);
	cr_assert_eq(lx_futex(mutex, LINUX_FUTEX_UNLOCK_PI |
	    LINUX_FUTEX_PRIVATE_FLAG, 0, NULL, NULL, 0), 0);
	/*
	 * Each waiter's thread ends as soon as its call returns, holding the
	 * lock, and its exit hands the lock on with OWNER_DIED; so both
	 * return, and the word names the one served second. (Watching the
	 * first hand-off itself would race with that exit.)
	 */
	waiters_await_done(w, 2, 0x3);
	cr_assert_eq(waiter_join(&w[1]), 0);
	cr_assert_eq(waiter_join(&w[0]), 0);
	cr_assert_eq(*mutex & LINUX_FUTEX_TID_MASK, tid0,
	    "the requeued waiter was served first (the word names T%u)",
	    *mutex & LINUX_FUTEX_TID_MASK);
	cr_assert_eq(*mutex, LINUX_FUTEX_WAITERS | LINUX_FUTEX_OWNER_DIED |
	    tid0);
}

Test(futex_table_pi, waiters_are_handed_the_lock_and_time_out_after_growth)
{
	struct timespec abs;
	struct waiter w[2];
	uint32_t me = (uint32_t)inproc_curthread()->td_tid, tid1;

	words[3] = 0;
	cr_assert_eq(lx_futex(&words[3], LINUX_FUTEX_LOCK_PI, 0, NULL, NULL,
	    0), 0);
	cr_assert_eq(words[3], me);
	/* LOCK_PI's deadline is absolute, on CLOCK_REALTIME. */
	clock_gettime(CLOCK_REALTIME, &abs);
	abs.tv_sec += 1;
	pi_waiter_block(&w[0], &words[3], &abs);
	pi_waiter_block(&w[1], &words[3], NULL);
	tid1 = (uint32_t)w[1].w_td->td_tid;
	cr_assert_eq(words[3], me | LINUX_FUTEX_WAITERS);
	cr_assert(linux_futex_test_grow());
	waiters_await_done(w, 2, 0x1);
	cr_assert_eq(waiter_join(&w[0]), -LINUX_ETIMEDOUT);
	cr_assert(linux_futex_test_grow());
	cr_assert_eq(lx_futex(&words[3], LINUX_FUTEX_UNLOCK_PI, 0, NULL, NULL,
	    0), 0);
	/* Handed over directly: the word names the waiter, and keeps
	   WAITERS (Linux's hand-off), so that its unlock comes to us. */
	waiters_await_done(w, 2, 0x3);
	cr_assert_eq(words[3], tid1 | LINUX_FUTEX_WAITERS);
	cr_assert_eq(waiter_join(&w[1]), 0);
}

/* The default size: Linux's, 256 buckets per CPU, a power of two. */
static void
setup_default(void)
{

	unsetenv(TUNABLE);
	futex_test_setup();
}

TestSuite(futex_table_default, .init = setup_default,
    .fini = futex_test_teardown, .timeout = FUTEX_TEST_TIMEOUT);

Test(futex_table_default, is_256_buckets_per_cpu)
{
	long ncpus = sysconf(_SC_NPROCESSORS_CONF);
	int want = 1;

	while (want < 256 * ncpus)
		want <<= 1;
	cr_assert_eq(table_buckets(NULL), want);
}

static void
setup_garbage(void)
{

	setenv(TUNABLE, "64k", 1);
	futex_test_setup();
}

TestSuite(futex_table_garbage, .init = setup_garbage,
    .fini = futex_test_teardown, .timeout = FUTEX_TEST_TIMEOUT);

Test(futex_table_garbage, a_malformed_tunable_is_ignored)
{
	long ncpus = sysconf(_SC_NPROCESSORS_CONF);
	int want = 1;

	while (want < 256 * ncpus)
		want <<= 1;
	cr_assert_eq(table_buckets(NULL), want);
}

static void
setup_sized(void)
{

	setenv(TUNABLE, "0x3000", 1);
	futex_test_setup();
}

TestSuite(futex_table_sized, .init = setup_sized,
    .fini = futex_test_teardown, .timeout = FUTEX_TEST_TIMEOUT);

Test(futex_table_sized, the_tunable_is_rounded_up_to_a_power_of_two)
{

	cr_assert_eq(table_buckets(NULL), 0x4000);
}
