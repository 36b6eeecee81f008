/*
 * linux_futex_waitv.c — waiting on several futexes at once (futex_waitv(2),
 * Linux 5.16; Linux: futex_wait_multiple()). Wine and Proton use it for
 * WaitForMultipleObjects.
 *
 * Each futex of the vector gets a futex_q of its own, queued on its own
 * bucket like any waiter's, so that WAKE, WAKE_OP and REQUEUE treat it as
 * one (a requeued entry is woken on its new futex and still reports its
 * index). The thread sleeps once, on the vector: a waker that dequeues any
 * of the entries calls futex_waitv_wake() under that entry's bucket lock,
 * which sets the vector's flag under the vector's own lock and wakes the
 * thread (locks: bucket lock, then ws_lock, then the host's; READ THIS
 * FIRST in linux_futex_private.h). Like FUTEX_FD's entries, these are woken
 * under the bucket lock rather than through the deferred wake queue: once
 * the bucket lock is dropped the waiter may return, and the vector lives
 * on its stack.
 *
 * The entries are queued one bucket lock at a time, in vector order, each
 * after its value check; a mismatch unqueues the ones before it, and a
 * wakeup that reached one of those meanwhile wins over the mismatch (the
 * call returns that entry's index, as Linux does).
 */
#include "linux_futex_private.h"

static void
futex_waitv_wake(struct futex_q *q)
{
	struct futex_waitv_entry *e = (struct futex_waitv_entry *)q;
	struct futex_waitv_sleep *ws = e->fw_sleep;

	kmtx_lock(&ws->ws_lock);
	ws->ws_woken = true;
	kern_wakeup(ws);
	kmtx_unlock(&ws->ws_lock);
}

/*
 * Dequeue entries [0, n); the highest index a waker had dequeued, or -1
 * (Linux: futex_unqueue_multiple()).
 */
static int
futex_waitv_unqueue(struct futex_waitv_entry *v, int n)
{
	int i, woken = -1;

	for (i = 0; i < n; i++)
		if (futex_unqueue(&v[i].fw_q) == 0)
			woken = i;
	return (woken);
}

static void
futex_waitv_keys_put(struct futex_waitv_entry *v, int n)
{
	int i;

	for (i = 0; i < n; i++)
		futex_key_put(&v[i].fw_key);
}

/* futex_waitv_setup(): a word could not be read under the lock. */
#define	WAITV_RETRY	(-1)

/*
 * Queue every entry or find out why not. Returns 0 (all queued, or the
 * index of an entry woken meanwhile in *woken), EWOULDBLOCK (a value
 * differs), EFAULT, or WAITV_RETRY: a word could not be read under its
 * bucket lock and has been touched outside it; start again.
 */
static int
futex_waitv_setup(struct futex_waitv_entry *v, int n, int *woken)
{
	struct futex_bucket *b;
	uint32_t uval;
	int i, error;

	*woken = -1;
	for (i = 0; i < n; i++) {
		b = futex_bucket_lock_waiter(&v[i].fw_q.fq_key);
		error = futex_get_value_locked(&uval, v[i].fw_uaddr);
		if (error == 0 && uval == v[i].fw_val) {
			futex_queue(b, &v[i].fw_q);
			kmtx_unlock(&b->fb_lock);
			continue;
		}
		kmtx_unlock(&b->fb_lock);
		futex_waiters_dec(b);
		*woken = futex_waitv_unqueue(v, i);
		if (*woken >= 0)
			return (0);
		if (error == 0)
			return (EWOULDBLOCK);
		if (futex_fault_in(v[i].fw_uaddr, false) != 0)
			return (EFAULT);
		return (WAITV_RETRY);
	}
	return (0);
}

/*
 * Wait until a waker dequeues one of the n entries of v (their fw_uaddr,
 * fw_val and fw_flags filled in by the caller), the deadline passes or a
 * signal arrives. Returns 0 with the index of the woken entry (the
 * highest, if several were) in *index; EWOULDBLOCK if a word did not hold
 * its value; ETIMEDOUT; EINTR or ERESTART; or the error of a key lookup.
 */
int
futex_wait_multiple(struct thread *td, struct futex_waitv_entry *v, int n,
    const struct ktimeout *deadline, int *index)
{
	struct futex_waitv_sleep ws;
	int i, error, woken;

	kmtx_init(&ws.ws_lock, "futex waitv");
	ws.ws_woken = false;
retry:
	/* Every key first: a bad entry anywhere fails before any queueing. */
	for (i = 0; i < n; i++) {
		v[i].fw_q = (struct futex_q){
			.fq_td = td,
			.fq_bitset = LINUX_FUTEX_BITSET_MATCH_ANY,
			.fq_wake = futex_waitv_wake,
		};
		v[i].fw_sleep = &ws;
		error = futex_key_get(td, v[i].fw_uaddr, v[i].fw_flags, false,
		    &v[i].fw_key);
		if (error != 0) {
			futex_waitv_keys_put(v, i);
			goto out;
		}
		v[i].fw_q.fq_key = v[i].fw_key;
	}
	error = futex_waitv_setup(v, n, &woken);
	if (error == WAITV_RETRY) {
		futex_waitv_keys_put(v, n);
		goto retry;
	}
	if (error == 0 && woken < 0) {
		kmtx_lock(&ws.ws_lock);
		while (!ws.ws_woken) {
			error = kern_msleep(&ws, &ws.ws_lock, KSLEEP_CATCH,
			    "futexwv", deadline);
			if (error != 0)
				break;
		}
		kmtx_unlock(&ws.ws_lock);
		/* A wakeup that raced with the timeout or signal wins. */
		woken = futex_waitv_unqueue(v, n);
		if (error == EWOULDBLOCK)
			error = ETIMEDOUT;
	}
	futex_waitv_keys_put(v, n);
	if (woken >= 0) {
		*index = woken;
		error = 0;
	}
out:
	kmtx_destroy(&ws.ws_lock);
	return (error);
}
