/*
 * linux_futex_waitwake.c — FUTEX_WAIT, FUTEX_WAKE and their _BITSET forms,
 * the sleep every waiting operation shares, and the wake services of
 * linux_futex.h.
 *
 * Locking and ordering: "READ THIS FIRST" in linux_futex_private.h.
 */
#include "linux_futex_private.h"

/*
 * Lock the bucket q is queued on now, or return NULL if a waker has
 * dequeued it. Requeue moves q between buckets under both locks, so the
 * bucket read before locking must be checked again after.
 */
static struct futex_bucket *
futex_lock_q_bucket(struct futex_q *q)
{
	struct futex_bucket *b;

	for (;;) {
		b = atomic_load_explicit(&q->fq_bucket, memory_order_acquire);
		if (b == NULL)
			return (NULL);
		kmtx_lock(&b->fb_lock);
		if (atomic_load_explicit(&q->fq_bucket,
		    memory_order_relaxed) == b)
			return (b);
		kmtx_unlock(&b->fb_lock);
	}
}

/*
 * Queue q on b (locked by the caller, q already counted in fb_waiters)
 * and sleep until a waker dequeues it, the deadline passes or a signal
 * interrupts. Returns with no lock held: 0 when woken (whatever else also
 * happened: a wakeup that raced with a timeout still counts as a wakeup),
 * EWOULDBLOCK on timeout, EINTR or ERESTART on a signal. On error q is no
 * longer queued.
 */
int
futex_wait_queue_and_sleep(struct futex_bucket *b, struct futex_q *q,
    const struct ktimeout *deadline, const char *wmesg)
{
	int error;

	futex_queue(b, q);
	for (;;) {
		error = kern_msleep(q, &b->fb_lock, KSLEEP_CATCH, wmesg,
		    deadline);
		kmtx_unlock(&b->fb_lock);
		if (error != 0)
			break;
		/* Woken, or a spurious return: only fq_bucket tells. */
		b = futex_lock_q_bucket(q);
		if (b == NULL)
			return (0);
	}
	if (futex_unqueue(q) == 0)
		return (0);
	return (error);
}

/*
 * FUTEX_WAIT, FUTEX_WAIT_BITSET (Linux: futex_wait()): sleep if the word
 * at uaddr still holds val. EWOULDBLOCK (EAGAIN) if it does not, ETIMEDOUT
 * at the deadline.
 */
int
futex_wait(struct thread *td, uint32_t *uaddr, int flags, uint32_t val,
    const struct ktimeout *deadline, uint32_t bitset)
{
	struct futex_q q = { .fq_bitset = bitset, .fq_td = td };
	struct futex_bucket *b;
	uint32_t uval;
	int error;

	if (bitset == 0)
		return (EINVAL);
retry:
	error = futex_key_get(td, uaddr, flags, false, &q.fq_key);
	if (error != 0)
		return (error);
	b = futex_hash(&q.fq_key);
	futex_waiters_inc(b);			/* FUTEX_BARRIER_A */
	kmtx_lock(&b->fb_lock);
	error = futex_get_value_locked(&uval, uaddr);
	if (error != 0 || uval != val) {
		kmtx_unlock(&b->fb_lock);
		futex_waiters_dec(b);
		futex_key_put(&q.fq_key);
		if (error == 0)
			return (EWOULDBLOCK);
		error = futex_fault_in(uaddr, false);
		if (error != 0)
			return (error);
		goto retry;
	}
	error = futex_wait_queue_and_sleep(b, &q, deadline, "futex");
	futex_key_put(&q.fq_key);
	if (error == EWOULDBLOCK)
		error = ETIMEDOUT;
	/*
	 * A timed wait is not restartable as is: its timeout may be
	 * relative. Linux then returns ERESTART_RESTARTBLOCK, which becomes
	 * EINTR whenever a handler runs (and a transparent restart with the
	 * remaining time only when no handler runs — a case in which the
	 * host does not interrupt the sleep at all). An untimed wait is
	 * ERESTARTSYS: restarted under SA_RESTART, EINTR otherwise, which is
	 * what the sleep returned.
	 */
	if (error == ERESTART && deadline != NULL)
		error = EINTR;
	return (error);
}

/*
 * FUTEX_WAKE, FUTEX_WAKE_BITSET (Linux: futex_wake()): wake up to nr_wake
 * waiters whose bitset shares a bit with `bitset`. As on Linux, a
 * nr_wake of zero or less still wakes one waiter.
 */
int
futex_wake(struct thread *td, uint32_t *uaddr, int flags, int nr_wake,
    uint32_t bitset, int *woken)
{
	struct futex_wakeq wq = FUTEX_WAKEQ_INIT;
	struct kern_vm_key key;
	struct futex_bucket *b;
	struct futex_q *q, *next;
	int error, n;

	*woken = 0;
	if (bitset == 0)
		return (EINVAL);
	error = futex_key_get(td, uaddr, flags, false, &key);
	if (error != 0)
		return (error);
	b = futex_hash(&key);
	if (!futex_waiters_pending(b)) {	/* FUTEX_BARRIER_B */
		futex_key_put(&key);
		return (0);
	}
	n = 0;
	kmtx_lock(&b->fb_lock);
	for (q = b->fb_head; q != NULL; q = next) {
		next = q->fq_next;
		if (!futex_key_match(&q->fq_key, &key))
			continue;
		/* A PI waiter may only be woken by FUTEX_UNLOCK_PI. */
		if (q->fq_pi != NULL) {
			error = EINVAL;
			break;
		}
		if ((q->fq_bitset & bitset) == 0)
			continue;
		futex_wake_mark(&wq, q);
		if (++n >= nr_wake)
			break;
	}
	kmtx_unlock(&b->fb_lock);
	futex_wakeq_run(&wq);
	futex_key_put(&key);
	*woken = n;
	return (error);
}

int
linux_futex_wake(struct thread *td, uint32_t *uaddr, int nr_wake,
    bool shared, int *woken)
{
	int error, n;

	error = futex_wake(td, uaddr, shared ? FUTEX_F_SHARED : 0, nr_wake,
	    LINUX_FUTEX_BITSET_MATCH_ANY, &n);
	if (woken != NULL)
		*woken = n;
	return (error);
}

/*
 * Linux (mm_release()) stores 0 and wakes without checking the store:
 * "if userspace has not set up a proper pointer then tough luck". So do
 * we; the first error is only reported.
 */
int
linux_futex_clear_child_tid(struct thread *td, uint32_t *ctid)
{
	int error, error2;

	error = suword32(ctid, 0) == 0 ? 0 : EFAULT;
	error2 = linux_futex_wake(td, ctid, 1, true, NULL);
	return (error != 0 ? error : error2);
}
