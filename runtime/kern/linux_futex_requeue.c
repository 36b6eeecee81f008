/*
 * linux_futex_requeue.c — FUTEX_REQUEUE and FUTEX_CMP_REQUEUE: wake some
 * waiters of one futex and move others, still asleep, to a second futex.
 *
 * The thesis's emulation moved a waiter by leaving a pointer in it that the
 * waiter followed when it woke up (§5.4.4.2), and the FreeBSD code of the
 * time refused CMP_REQUEUE when the second futex already existed. Here a
 * requeued waiter is moved between hash chains under both bucket locks,
 * taken in address order; it keeps sleeping on the same channel and finds
 * its new bucket through fq_bucket (see READ THIS FIRST in
 * linux_futex_private.h).
 *
 * Requeueing PI waiters (FUTEX_CMP_REQUEUE_PI) is not implemented.
 */
#include "linux_futex_private.h"

/*
 * Linux: futex_requeue() without requeue_pi. *count receives the number
 * of waiters woken plus the number requeued, which is what the call
 * returns. cmpval NULL: FUTEX_REQUEUE; otherwise FUTEX_CMP_REQUEUE, which
 * fails with EAGAIN unless the word at uaddr1 equals *cmpval.
 *
 * Two details changed over Linux's history and follow the emulated
 * release (linux_futex_syscall.c sets the flags):
 *  - FUTEX_F_OLD_REQUEUE_LIMIT: before 2.6.31 the requeue limit was
 *    tested after moving a waiter, so one more waiter than asked was
 *    requeued when nr_requeue was reached — the "N+1" the thesis notes
 *    (5.4.4.3): nr_wake = 0, nr_requeue = 0 moves one waiter;
 *  - FUTEX_F_NEGATIVE_COUNTS: before 4.15 negative counts were not
 *    refused with EINVAL.
 */
int
futex_requeue(struct thread *td, uint32_t *uaddr1, int flags,
    uint32_t *uaddr2, int nr_wake, int nr_requeue, const uint32_t *cmpval,
    int *count)
{
	struct futex_wakeq wq = FUTEX_WAKEQ_INIT;
	struct kern_vm_key key1, key2;
	struct futex_bucket *b1, *b2;
	struct futex_q *q, *next;
	uint32_t curval;
	int error, n;

	*count = 0;
	if ((flags & FUTEX_F_NEGATIVE_COUNTS) == 0 &&
	    (nr_wake < 0 || nr_requeue < 0))
		return (EINVAL);
retry:
	error = futex_key_get(td, uaddr1, flags, false, &key1);
	if (error != 0)
		return (error);
	error = futex_key_get(td, uaddr2, flags, false, &key2);
	if (error != 0) {
		futex_key_put(&key1);
		return (error);
	}
	b1 = futex_hash(&key1);
	b2 = futex_hash(&key2);

	/*
	 * Count ourselves in b2 before locking: a waiter we move there must
	 * be visible to a concurrent waker of uaddr2 that checks the count
	 * (FUTEX_BARRIER_A's argument, applied to b2).
	 */
	futex_waiters_inc(b2);
	futex_double_lock(b1, b2);

	if (cmpval != NULL) {
		error = futex_get_value_locked(&curval, uaddr1);
		if (error != 0) {
			futex_double_unlock(b1, b2);
			futex_waiters_dec(b2);
			futex_key_put(&key2);
			futex_key_put(&key1);
			error = futex_fault_in(uaddr1, false);
			if (error != 0)
				return (error);
			goto retry;
		}
		if (curval != *cmpval) {
			error = EAGAIN;
			goto out;
		}
	}

	n = 0;
	for (q = b1->fb_head; q != NULL; q = next) {
		next = q->fq_next;
		/* Linux tests the limit before the key, so nr_wake = 0 and
		   nr_requeue = 0 touch nobody (unlike FUTEX_WAKE with 0). */
		if ((flags & FUTEX_F_OLD_REQUEUE_LIMIT) == 0 &&
		    n - nr_wake >= nr_requeue)
			break;
		if (!futex_key_match(&q->fq_key, &key1))
			continue;
		/* PI waiters are moved only by CMP_REQUEUE_PI. */
		if (q->fq_pi != NULL) {
			error = EINVAL;
			break;
		}
		if (++n <= nr_wake) {
			futex_wake_mark(&wq, q);
			continue;
		}
		futex_requeue_q(q, b1, b2, &key2);
		if ((flags & FUTEX_F_OLD_REQUEUE_LIMIT) != 0 &&
		    n - nr_wake >= nr_requeue)
			break;
	}
	*count = n;
out:
	futex_double_unlock(b1, b2);
	futex_wakeq_run(&wq);
	futex_waiters_dec(b2);
	futex_key_put(&key2);
	futex_key_put(&key1);
	return (error);
}
