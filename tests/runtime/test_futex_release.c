/*
 * test_futex_release.c — futex(2) as each emulated release had it:
 * which operations and flags exist, FUTEX_FD (Linux 2.6.0 to 2.6.25), and
 * the requeue details that changed. The release is set explicitly in every
 * test, so the suite means the same in every release's build.
 */
#include <poll.h>
#include <stdio.h>

#include "futex_test.h"
#include "kern_api_signal.h"
#include "linux_signal.h"

TestSuite(futex_release, .init = futex_test_setup,
    .fini = futex_test_teardown, .timeout = FUTEX_TEST_TIMEOUT);

static uint32_t word, word2;

#define	V2616	LINUX_KERNVER(2, 6, 16)

Test(futex_release, the_default_release_is_the_one_compiled_for)
{
	char name[32];
	int v = LINUX_RELEASE_KERNVER;

	cr_assert_eq(linux_kernver(inproc_curthread()), LINUX_RELEASE_KERNVER);
	/* rules.mk derives both from the same directory name. */
	if ((v & 0xff) != 0)
		snprintf(name, sizeof(name), "linux-%d.%d.%d", v >> 16,
		    (v >> 8) & 0xff, v & 0xff);
	else
		snprintf(name, sizeof(name), "linux-%d.%d", v >> 16,
		    (v >> 8) & 0xff);
	cr_assert_str_eq(LINUX_RELEASE_NAME, name);
	linux_set_kernver(LINUX_KERNVER(6, 1, 0));
	cr_assert_eq(linux_kernver(inproc_curthread()), LINUX_KERNVER(6, 1, 0));
	linux_set_kernver(0);
	cr_assert_eq(linux_kernver(inproc_curthread()), LINUX_RELEASE_KERNVER);
}

Test(futex_release, linux_2_6_16_has_no_later_operation_or_flag)
{
	struct timespec ts = { 0, 0 };

	linux_set_kernver(V2616);
	word = 0;
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_LOCK_PI, 0, NULL, NULL, 0),
	    -LINUX_ENOSYS);
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_TRYLOCK_PI, 0, NULL, NULL, 0),
	    -LINUX_ENOSYS);
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_UNLOCK_PI, 0, NULL, NULL, 0),
	    -LINUX_ENOSYS);
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAIT_BITSET, 0, &ts, NULL,
	    ~0u), -LINUX_ENOSYS);
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAKE_BITSET, 1, NULL, NULL,
	    ~0u), -LINUX_ENOSYS);
	/* Not even the private flag: 128 is an unknown operation. */
	cr_assert_eq(lx_futex(&word, WAIT_PRIVATE, 0, &ts, NULL, 0),
	    -LINUX_ENOSYS);
	cr_assert_eq(lx_futex(&word, WAKE_PRIVATE, 1, NULL, NULL, 0),
	    -LINUX_ENOSYS);
	/* What it had. */
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAIT, 0, &ts, NULL, 0),
	    -LINUX_ETIMEDOUT);
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_CMP_REQUEUE, 1, VAL2(1),
	    &word2, 0), 0);
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAKE_OP, 1, VAL2(1), &word2,
	    FUTEX_OP(LINUX_FUTEX_OP_ADD, 1, 0, 0)), 0);
	cr_assert_eq(word2, 1);
}

Test(futex_release, operations_appear_in_the_release_that_added_them)
{

	word = 1;
	linux_set_kernver(LINUX_KERNVER(2, 6, 13));
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAKE_OP, 1, VAL2(1), &word2,
	    0), -LINUX_ENOSYS);
	linux_set_kernver(LINUX_KERNVER(2, 6, 14));
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAKE_OP, 1, VAL2(1), &word2,
	    0), 0);
	linux_set_kernver(LINUX_KERNVER(2, 6, 21));
	cr_assert_eq(lx_futex(&word, WAKE_PRIVATE, 1, NULL, NULL, 0),
	    -LINUX_ENOSYS);
	linux_set_kernver(LINUX_KERNVER(2, 6, 22));
	cr_assert_eq(lx_futex(&word, WAKE_PRIVATE, 1, NULL, NULL, 0), 0);
	linux_set_kernver(LINUX_KERNVER(2, 6, 18));
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_UNLOCK_PI, 0, NULL, NULL, 0),
	    -LINUX_EPERM);
	linux_set_kernver(LINUX_KERNVER(5, 13, 0));
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_LOCK_PI2, 0, NULL, NULL, 0),
	    -LINUX_ENOSYS);
}

Test(futex_release, futex_fd_exists_until_2_6_26)
{

	linux_set_kernver(LINUX_KERNVER(2, 6, 26));
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_FD, 0, NULL, NULL, 0),
	    -LINUX_ENOSYS);
	linux_set_kernver(LINUX_KERNVER(2, 6, 25));
	cr_assert_geq(lx_futex(&word, LINUX_FUTEX_FD, 0, NULL, NULL, 0), 0);
}

static short
revents(int fd)
{
	struct pollfd pfd = { .fd = fd, .events = POLLIN };

	cr_assert_geq(poll(&pfd, 1, 0), 0);
	return (pfd.revents);
}

Test(futex_release, a_futex_fd_becomes_readable_when_woken)
{
	struct waiter w;
	long fd;

	linux_set_kernver(V2616);
	word = 0;
	fd = lx_futex(&word, LINUX_FUTEX_FD, 0, NULL, NULL, 0);
	cr_assert_geq(fd, 0);
	cr_assert_eq(revents((int)fd), 0);
	cr_assert_eq(futex_test_nwaiters(&word, FUTEX_F_SHARED), 1);
	/* A sleeper queued after it: FIFO, the descriptor is woken first
	   and counts as one. */
	waiter_block(&w, &word, LINUX_FUTEX_WAIT, 0, NULL, 0);
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAKE, 1, NULL, NULL, 0), 1);
	cr_assert(revents((int)fd) & POLLIN);
	cr_assert_not(waiter_done(&w));
	/* Woken once, readable for good; never queued again. */
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAKE, 10, NULL, NULL, 0), 1);
	cr_assert_eq(waiter_join(&w), 0);
	cr_assert(revents((int)fd) & POLLIN);
	cr_assert_eq(inproc_file_close((int)fd), 0);
	cr_assert_eq(inproc_file_close((int)fd), EBADF);
}

Test(futex_release, closing_an_unwoken_futex_fd_dequeues_it)
{
	long fd;

	linux_set_kernver(V2616);
	fd = lx_futex(&word, LINUX_FUTEX_FD, 0, NULL, NULL, 0);
	cr_assert_geq(fd, 0);
	cr_assert_eq(futex_test_nwaiters(&word, FUTEX_F_SHARED), 1);
	cr_assert_eq(inproc_file_close((int)fd), 0);
	cr_assert_eq(futex_test_nwaiters(&word, FUTEX_F_SHARED), 0);
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAKE, 1, NULL, NULL, 0), 0);
}

Test(futex_release, a_futex_fd_can_be_requeued)
{
	long fd;

	linux_set_kernver(V2616);
	word = 0;
	fd = lx_futex(&word, LINUX_FUTEX_FD, 0, NULL, NULL, 0);
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_REQUEUE, 0, VAL2(1), &word2,
	    0), 1);
	cr_assert_eq(revents((int)fd), 0);
	cr_assert_eq(lx_futex(&word2, LINUX_FUTEX_WAKE, 1, NULL, NULL, 0), 1);
	cr_assert(revents((int)fd) & POLLIN);
	inproc_file_close((int)fd);
}

Test(futex_release, a_futex_fd_signals_its_owner_when_woken)
{
	ksigset_t pending;
	int sig, band;
	long fd;

	linux_set_kernver(V2616);
	word = 0;
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_FD, 65, NULL, NULL, 0),
	    -LINUX_EINVAL);
	cr_assert_eq(lx_futex((uint32_t *)((char *)&word + 1), LINUX_FUTEX_FD,
	    0, NULL, NULL, 0), -LINUX_EINVAL);
	fd = lx_futex(&word, LINUX_FUTEX_FD, 10 /* Linux SIGUSR1 */, NULL,
	    NULL, 0);
	cr_assert_geq(fd, 0);
	cr_assert_eq(inproc_file_sigio((int)fd, NULL, NULL), 0);
	cr_assert_eq(kern_sigpending(inproc_curthread(), &pending), 0);
	cr_assert_not(ksigismember(&pending, host_signal_from_linux(10)));
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAKE, 1, NULL, NULL, 0), 1);
	cr_assert_eq(inproc_file_sigio((int)fd, &sig, &band), 1);
	cr_assert_eq(sig, host_signal_from_linux(10));
	cr_assert_eq(band, POLLIN);
	/* The signal is pending for the owner, as F_SETOWN's SIGIO is. */
	cr_assert_eq(kern_sigpending(inproc_curthread(), &pending), 0);
	cr_assert(ksigismember(&pending, host_signal_from_linux(10)));
	inproc_file_close((int)fd);
}

Test(futex_release, before_2_6_31_requeue_moved_one_more_waiter)
{
	struct waiter w[2];

	linux_set_kernver(V2616);
	word = 0;
	waiter_block(&w[0], &word, LINUX_FUTEX_WAIT, 0, NULL, 0);
	waiter_block(&w[1], &word, LINUX_FUTEX_WAIT, 0, NULL, 0);
	/* nr_wake 0, nr_requeue 0: one waiter moved, the thesis's "N+1". */
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_REQUEUE, 0, VAL2(0), &word2,
	    0), 1);
	cr_assert_eq(futex_test_nwaiters(&word2, FUTEX_F_SHARED), 1);
	/* Negative counts were not refused either. */
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_REQUEUE, (uint32_t)-1,
	    VAL2(0), &word2, 0), 1);
	cr_assert_eq(futex_test_nwaiters(&word2, FUTEX_F_SHARED), 2);
	linux_set_kernver(LINUX_KERNVER(2, 6, 31));
	cr_assert_eq(lx_futex(&word2, LINUX_FUTEX_REQUEUE, 0, VAL2(0), &word,
	    0), 0);
	cr_assert_eq(lx_futex(&word2, LINUX_FUTEX_WAKE, 2, NULL, NULL, 0), 2);
	cr_assert_eq(waiter_join(&w[0]), 0);
	cr_assert_eq(waiter_join(&w[1]), 0);
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

Test(futex_release, requeue_pi_is_enosys_and_reported_once)
{

	linux_set_kernver(LINUX_KERNVER(6, 1, 0));
	inproc_set_log_hook(log_hook);
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_CMP_REQUEUE_PI, 1, VAL2(1),
	    &word2, 0), -LINUX_ENOSYS);
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_CMP_REQUEUE_PI, 1, VAL2(1),
	    &word2, 0), -LINUX_ENOSYS);
	cr_assert_eq(lx_futex(&word, LINUX_FUTEX_WAIT_REQUEUE_PI, 0, NULL,
	    &word2, 0), -LINUX_ENOSYS);
	/* Unknown operations are not reported: programs probe them. */
	cr_assert_eq(lx_futex(&word, 14, 0, NULL, NULL, 0), -LINUX_ENOSYS);
	inproc_set_log_hook(NULL);
	cr_assert_eq(nlogged, 2);
	cr_assert(strstr(logged[0], "FUTEX_CMP_REQUEUE_PI") != NULL);
	cr_assert(strstr(logged[1], "FUTEX_WAIT_REQUEUE_PI") != NULL);
}
