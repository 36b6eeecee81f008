/*
 * linux_futex_requeue_pi.c — FUTEX_WAIT_REQUEUE_PI and FUTEX_CMP_REQUEUE_PI
 * (Linux 2.6.31): condition variables whose mutex is a PI futex. A waiter
 * sleeps on the condition's (non-PI) word, naming the PI mutex it wants
 * afterwards; the broadcast either takes the mutex for the first waiter
 * outright and wakes it, or moves waiters, still asleep, onto the mutex as
 * PI waiters, so that the mutex's owner hands it to them one by one.
 * glibc's condition variables used them until 2.25 (they cannot give POSIX
 * semantics in every case, glibc bug 13165); other C libraries and PI-aware
 * code (real-time programs) still may.
 *
 * In this design a waiter's futex_q simply changes kind under both bucket
 * locks: it is queued on the condition word with fq_requeue_pi_key (the
 * mutex it expects, Linux's rt_waiter), and CMP_REQUEUE_PI either
 *  - takes the mutex for it (futex_lock_pi_atomic() on its behalf), marks
 *    it granted and dequeues it like a wake: it returns 0 owning the
 *    mutex; or
 *  - gives it a reference on the mutex's PI state and moves it to the end
 *    of the mutex's chain (futex_requeue_q_last()) with fq_pi set, behind
 *    the mutex's waiters whatever bucket it came from: from then on it is
 *    a LOCK_PI waiter like any other, handed the lock by UNLOCK_PI or by
 *    an exiting owner, and it finishes as LOCK_PI does
 *    (futex_pi_waiter_done()).
 * Which of the two happened, and whether a timeout or signal came first,
 * the waiter reads under its bucket's lock; Linux needs a state machine
 * (requeue_state) only because its rt_mutex must not nest in a sleeping
 * bucket lock on PREEMPT_RT.
 *
 * Where the emulation departs: as for LOCK_PI, no priority is inherited,
 * and moved waiters are served FIFO.
 *
 * Locking and ordering: "READ THIS FIRST" in linux_futex_private.h.
 */
#include "linux_futex_private.h"

/*
 * FUTEX_WAIT_REQUEUE_PI (Linux: futex_wait_requeue_pi()): wait on uaddr
 * while it holds val, then own the PI futex uaddr2. Returns 0 owning
 * uaddr2; EAGAIN if the value differed; ETIMEDOUT; ERESTART when a signal
 * came before any requeue (Linux: ERESTARTNOINTR, always restarted, the
 * deadline being absolute); EWOULDBLOCK (EAGAIN) when a signal came while
 * waiting for uaddr2 after the requeue ("restarting would see the value
 * changed", says Linux); EINVAL, EFAULT for bad arguments.
 */
int
futex_wait_requeue_pi(struct thread *td, uint32_t *uaddr, int flags,
    uint32_t val, const struct ktimeout *deadline, uint32_t bitset,
    uint32_t *uaddr2)
{
	struct futex_q q = { .fq_bitset = bitset, .fq_td = td };
	struct kern_vm_key key1, key2;
	struct futex_bucket *b;
	uint32_t uval;
	int error;

	if (uaddr == uaddr2 || bitset == 0)
		return (EINVAL);
	error = futex_key_get(td, uaddr2, flags, true, &key2);
	if (error != 0)
		return (error);
retry:
	error = futex_key_get(td, uaddr, flags, false, &key1);
	if (error != 0)
		goto out2;
	q.fq_key = key1;
	b = futex_bucket_lock_waiter(&key1);
	error = futex_get_value_locked(&uval, uaddr);
	if (error == 0 && uval == val && futex_key_match(&key1, &key2))
		error = EINVAL;		/* two shared addresses, one futex */
	else if (error == 0 && uval != val)
		error = EWOULDBLOCK;
	else if (error != 0) {
		kmtx_unlock(&b->fb_lock);
		futex_waiters_dec(b);
		futex_key_put(&key1);
		error = futex_fault_in(uaddr, false);
		if (error != 0)
			goto out2;
		goto retry;
	}
	if (error != 0) {
		kmtx_unlock(&b->fb_lock);
		futex_waiters_dec(b);
		goto out1;
	}

	q.fq_requeue_pi_key = &key2;
	futex_queue(b, &q);
	for (;;) {
		error = kern_msleep(&q, &b->fb_lock, KSLEEP_CATCH, "futexrq",
		    deadline);
		b = futex_relock_q(&q, b);
		if (b == NULL) {
			/* CMP_REQUEUE_PI took uaddr2 for us and woke us. */
			KASSERT(q.fq_granted, ("futex: requeue-PI waiter "
			    "dequeued without the lock"));
			error = 0;
			goto out1;
		}
		if (q.fq_pi != NULL)
			break;		/* moved onto uaddr2 */
		if (error == 0)
			continue;	/* spurious */
		/* A timeout or signal before any requeue: leave uaddr. */
		futex_dequeue_locked(b, &q);
		atomic_store_explicit(&q.fq_bucket, NULL,
		    memory_order_relaxed);
		kmtx_unlock(&b->fb_lock);
		error = error == EWOULDBLOCK ? ETIMEDOUT : ERESTART;
		goto out1;
	}

	/* A PI waiter of uaddr2 now: wait, as LOCK_PI does, to be handed it. */
	while (!q.fq_granted && error == 0) {
		error = kern_msleep(&q, &b->fb_lock, KSLEEP_CATCH, "futexpi",
		    deadline);
		b = futex_relock_q(&q, b);
	}
	error = futex_pi_waiter_done(td, uaddr2, b, &q, error);
	if (error == EWOULDBLOCK)
		error = ETIMEDOUT;
	else if (error == EINTR || error == ERESTART)
		error = EWOULDBLOCK;
out1:
	futex_key_put(&key1);
out2:
	futex_key_put(&key2);
	return (error);
}

/*
 * FUTEX_CMP_REQUEUE_PI (Linux: futex_requeue() with requeue_pi): if uaddr1
 * still holds cmpval, take the PI futex uaddr2 for the first waiter of
 * uaddr1 and wake it, or make it wait for uaddr2's owner; then move up to
 * nr_requeue more waiters onto uaddr2 (up to nr_requeue + 1 in all when the
 * first one did not get the lock). *count receives the number woken or
 * moved. Every waiter of uaddr1 must be a WAIT_REQUEUE_PI waiter for
 * uaddr2, else EINVAL (after whatever was done before reaching it), as on
 * Linux; a waiter that would close a cycle of owners stops the requeue
 * with EDEADLK.
 */
int
futex_cmp_requeue_pi(struct thread *td, uint32_t *uaddr1, int flags,
    uint32_t *uaddr2, int nr_wake, int nr_requeue, uint32_t cmpval,
    int *count)
{
	struct futex_wakeq wq = FUTEX_WAKEQ_INIT;
	struct kern_vm_key key1, key2;
	struct futex_bucket *b1, *b2;
	struct futex_pi_state *ps;
	struct futex_q *q, *next, *top;
	struct thread *exiting;
	uint32_t curval;
	bool acquired;
	int error, n;

	*count = 0;
	if ((flags & FUTEX_F_NEGATIVE_COUNTS) == 0 &&
	    (nr_wake < 0 || nr_requeue < 0))
		return (EINVAL);
	/* Requeue-PI goes from one futex to another, waking one at most. */
	if (uaddr1 == uaddr2 || nr_wake != 1)
		return (EINVAL);
retry:
	error = futex_key_get(td, uaddr1, flags, false, &key1);
	if (error != 0)
		return (error);
	error = futex_key_get(td, uaddr2, flags, true, &key2);
	if (error != 0) {
		futex_key_put(&key1);
		return (error);
	}
	if (futex_key_match(&key1, &key2)) {
		futex_key_put(&key2);
		futex_key_put(&key1);
		return (EINVAL);
	}
	futex_bucket_lock2(&key1, &key2, &b1, &b2, true);

	n = 0;
	ps = NULL;
	exiting = NULL;
	acquired = false;
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
	if (curval != cmpval) {
		error = EAGAIN;
		goto out;
	}

	/* The first waiter: the lock for it, or its owner's PI state. */
	if (futex_get_value_locked(&curval, uaddr2) != 0)
		error = EFAULT;
	else if ((top = futex_top_waiter(b1, &key1)) == NULL)
		goto out;
	else if (top->fq_requeue_pi_key == NULL || top->fq_pi != NULL ||
	    !futex_key_match(top->fq_requeue_pi_key, &key2))
		error = EINVAL;
	else
		error = futex_lock_pi_atomic(top->fq_td, uaddr2, b2, &key2,
		    &ps, &exiting, &acquired, nr_requeue != 0);
	switch (error) {
	case 0:
		break;
	case EFAULT:
	case EBUSY:
	case EAGAIN:
		/* uaddr2 to page in, an owner still exiting, or a word that
		   changed under us: drop everything and start again. */
		futex_double_unlock(b1, b2);
		futex_waiters_dec(b2);
		futex_key_put(&key2);
		futex_key_put(&key1);
		if (error == EFAULT) {
			error = futex_fault_in(uaddr2, true);
			if (error != 0)
				return (error);
		} else if (error == EBUSY)
			wait_for_owner_exiting(exiting);
		goto retry;
	default:
		goto out;
	}
	if (acquired) {
		/* It owns uaddr2: woken like any waiter, it returns 0. */
		top->fq_granted = true;
		futex_wake_mark(&wq, top);
		n = 1;
	}

	/* The others, and the first if it did not get the lock. */
	for (q = b1->fb_head; q != NULL; q = next) {
		next = q->fq_next;
		if (n - nr_wake >= nr_requeue)
			break;
		if (!futex_key_match(&q->fq_key, &key1))
			continue;
		if (q->fq_requeue_pi_key == NULL || q->fq_pi != NULL ||
		    !futex_key_match(q->fq_requeue_pi_key, &key2)) {
			error = EINVAL;
			break;
		}
		kmtx_lock(&futex_pi_mtx);
		if (futex_pi_chain_deadlocks(q->fq_td, ps)) {
			kmtx_unlock(&futex_pi_mtx);
			error = EDEADLK;
			break;
		}
		pi_state_get(ps);
		q->fq_pi = ps;
		linux_futex_thread(q->fq_td)->lft_blocked_on = ps;
		/* Behind the lock's waiters, even in the same bucket: the
		   loop meets it again there, under key2, and skips it. */
		futex_requeue_q_last(q, b1, b2, &key2);
		/* Its owner died and nobody took it yet: q's at once. */
		if (ps->ps_owner == NULL)
			futex_pi_grant(ps, q, true);
		kmtx_unlock(&futex_pi_mtx);
		n++;
	}
	if (ps != NULL) {
		kmtx_lock(&futex_pi_mtx);
		pi_state_put(ps);
		kmtx_unlock(&futex_pi_mtx);
	}
out:
	futex_double_unlock(b1, b2);
	futex_wakeq_run(&wq);
	futex_waiters_dec(b2);
	futex_key_put(&key2);
	futex_key_put(&key1);
	*count = n;
	return (error);
}
