/*
 * linux_futex_pi.c — priority-inheritance futexes: FUTEX_LOCK_PI,
 * FUTEX_LOCK_PI2, FUTEX_TRYLOCK_PI and FUTEX_UNLOCK_PI, and what happens
 * to PI futexes a thread still owns when it exits.
 *
 * The protocol (Linux uapi futex.h; Documentation/locking/pi-futex.rst):
 * the word holds the owner's thread id, FUTEX_WAITERS when the kernel has
 * waiters (so the owner's user-space unlock fails and it calls UNLOCK_PI),
 * and FUTEX_OWNER_DIED when an owner died holding it. The kernel keeps a
 * futex_pi_state for every PI futex that has waiters; UNLOCK_PI hands the
 * lock directly to the first waiter, writing its id into the word.
 *
 * Where the emulation departs from Linux, and why:
 *  - No priority is inherited. Emulated threads run at whatever priority
 *    the host gives them; the runtime cannot boost them (a FreeBSD kernel
 *    implementing kern_api would, through umtx_pi's turnstile). Waiters
 *    are served in FIFO order, which is Linux's order among SCHED_OTHER
 *    threads.
 *  - Deadlock detection walks owner -> awaited lock -> owner under one
 *    lock (futex_pi_mtx) instead of rt_mutex's chain walk; it reports
 *    EDEADLK for the same cycles, and for chains longer than Linux's
 *    max_lock_depth (1024).
 *
 * The state checks of attach_to_pi_state() follow Linux's table of valid
 * {waiter, pi_state, owner, TID, OWNER_DIED} combinations, so corrupted
 * words give the same EINVAL.
 *
 * Locking: "READ THIS FIRST" in linux_futex_private.h; all PI bookkeeping
 * is under futex_pi_mtx, taken after the bucket lock.
 */
#include "linux_futex_private.h"

#define	FUTEX_PI_MAX_DEPTH	1024	/* Linux: max_lock_depth */

/* Make newowner (may be NULL) the owner of ps. futex_pi_mtx held. */
static void
pi_state_set_owner(struct futex_pi_state *ps, struct thread *newowner)
{
	struct linux_futex_thread *ft;

	kmtx_assert(&futex_pi_mtx, KA_OWNED);
	if (ps->ps_owner != NULL) {
		ft = linux_futex_thread(ps->ps_owner);
		if (ps->ps_owner_prev != NULL)
			ps->ps_owner_prev->ps_owner_next = ps->ps_owner_next;
		else
			ft->lft_pi_owned = ps->ps_owner_next;
		if (ps->ps_owner_next != NULL)
			ps->ps_owner_next->ps_owner_prev = ps->ps_owner_prev;
		ps->ps_owner_next = ps->ps_owner_prev = NULL;
	}
	ps->ps_owner = newowner;
	if (newowner != NULL) {
		ft = linux_futex_thread(newowner);
		ps->ps_owner_next = ft->lft_pi_owned;
		if (ft->lft_pi_owned != NULL)
			ft->lft_pi_owned->ps_owner_prev = ps;
		ft->lft_pi_owned = ps;
	}
}

static struct futex_pi_state *
pi_state_alloc(struct thread *owner, const struct kern_vm_key *key)
{
	struct futex_pi_state *ps;

	kmtx_assert(&futex_pi_mtx, KA_OWNED);
	ps = kern_malloc(sizeof(*ps), KM_ZERO);
	ps->ps_key = *key;
	atomic_init(&ps->ps_refs, 1);
	pi_state_set_owner(ps, owner);
	return (ps);
}

static void
pi_state_get(struct futex_pi_state *ps)
{

	kmtx_assert(&futex_pi_mtx, KA_OWNED);
	atomic_fetch_add_explicit(&ps->ps_refs, 1, memory_order_relaxed);
}

static void
pi_state_put(struct futex_pi_state *ps)
{

	kmtx_assert(&futex_pi_mtx, KA_OWNED);
	if (atomic_fetch_sub_explicit(&ps->ps_refs, 1,
	    memory_order_relaxed) != 1)
		return;
	pi_state_set_owner(ps, NULL);
	kern_free(ps);
}

/*
 * The owner named by the word is gone, or going: if the word changed
 * meanwhile, retry; if not, the word names a thread that does not exist
 * (it died without a robust list, or the word is garbage): ESRCH.
 */
static int
handle_exit_race(const uint32_t *uaddr, uint32_t uval)
{
	uint32_t uval2;

	if (futex_get_value_locked(&uval2, uaddr) != 0)
		return (EFAULT);
	return (uval2 != uval ? EAGAIN : ESRCH);
}

/*
 * Join the existing PI state of a futex that has waiters, after checking
 * that the word agrees with it (Linux: attach_to_pi_state(), whose table
 * of valid states [1]-[10] the comments cite). Bucket lock held.
 */
static int
attach_to_pi_state(const uint32_t *uaddr, uint32_t uval,
    struct futex_pi_state *ps, struct futex_pi_state **psp)
{
	uint32_t pid = uval & LINUX_FUTEX_TID_MASK, uval2;
	int error;

	if (ps == NULL)
		return (EINVAL);	/* [3] a non-PI waiter is queued */
	kmtx_lock(&futex_pi_mtx);
	error = futex_get_value_locked(&uval2, uaddr);
	if (error == 0 && uval2 != uval)
		error = EAGAIN;
	if (error != 0)
		goto out;
	if ((uval & LINUX_FUTEX_OWNER_DIED) != 0) {
		if (ps->ps_owner == NULL) {
			if (pid != 0)
				error = EINVAL;		/* [5] */
		} else if (pid != 0 && pid != futex_tid(ps->ps_owner))
			error = EINVAL;			/* [10] */
	} else if (ps->ps_owner == NULL)
		error = EINVAL;				/* [7] */
	else if (pid != futex_tid(ps->ps_owner))
		error = EINVAL;				/* [9], [10] */
	if (error == 0) {
		pi_state_get(ps);
		*psp = ps;
	}
out:
	kmtx_unlock(&futex_pi_mtx);
	return (error);
}

/*
 * First waiter: create the PI state, owned by the thread the word names
 * (Linux: attach_to_pi_owner()). An owner that is exiting makes us wait
 * for the end of its futex cleanup (EBUSY with *exitingp held), so that we
 * do not attach to a thread that is releasing its locks. Bucket lock held.
 */
static int
attach_to_pi_owner(const uint32_t *uaddr, uint32_t uval,
    const struct kern_vm_key *key, struct futex_pi_state **psp,
    struct thread **exitingp)
{
	struct linux_futex_thread *ft;
	struct thread *owner;
	uint32_t pid = uval & LINUX_FUTEX_TID_MASK;
	int state;

	if (pid == 0)
		return (EAGAIN);
	owner = kern_tdfind((lwpid_t)pid);
	if (owner == NULL)
		return (handle_exit_race(uaddr, uval));
	ft = linux_futex_thread(owner);
	kmtx_lock(&futex_pi_mtx);
	state = ft->lft_exit;
	if (state == LINUX_FUTEX_ALIVE)
		*psp = pi_state_alloc(owner, key);
	kmtx_unlock(&futex_pi_mtx);
	if (state == LINUX_FUTEX_EXITING) {
		*exitingp = owner;
		return (EBUSY);
	}
	kern_tdrele(owner);
	if (state == LINUX_FUTEX_DEAD)
		return (handle_exit_race(uaddr, uval));
	return (0);
}

static void
wait_for_owner_exiting(struct thread *owner)
{
	struct linux_futex_thread *ft = linux_futex_thread(owner);

	kmtx_lock(&futex_pi_mtx);
	while (ft->lft_exit == LINUX_FUTEX_EXITING)
		(void)kern_msleep(&ft->lft_exit, &futex_pi_mtx, 0, "futexex",
		    NULL);
	kmtx_unlock(&futex_pi_mtx);
	kern_tdrele(owner);
}

/* Linux: lock_pi_update_atomic(). */
static int
lock_pi_update_atomic(uint32_t *uaddr, uint32_t uval, uint32_t newval)
{
	uint32_t curval;
	int error;

	error = futex_cmpxchg_value_locked(&curval, uaddr, uval, newval);
	if (error != 0)
		return (error);
	return (curval != uval ? EAGAIN : 0);
}

/*
 * The atomic part of acquiring (Linux: futex_lock_pi_atomic()). Bucket
 * lock held. Returns 0 with *acquired (the word now names us) or with
 * *psp (a referenced PI state to wait on), or an error; EAGAIN and EBUSY
 * mean "drop the locks and start again".
 */
static int
futex_lock_pi_atomic(struct thread *td, uint32_t *uaddr,
    struct futex_bucket *b, const struct kern_vm_key *key,
    struct futex_pi_state **psp, struct thread **exitingp, bool *acquired)
{
	struct futex_q *top;
	uint32_t uval, newval, tid = futex_tid(td);
	int error;

	*acquired = false;
	if (futex_get_value_locked(&uval, uaddr) != 0)
		return (EFAULT);
	if ((uval & LINUX_FUTEX_TID_MASK) == tid)
		return (EDEADLK);
	top = futex_top_waiter(b, key);
	if (top != NULL)
		return (attach_to_pi_state(uaddr, uval, top->fq_pi, psp));
	if ((uval & LINUX_FUTEX_TID_MASK) == 0) {
		/* Free, with stale WAITERS or OWNER_DIED bits: take it,
		   keeping OWNER_DIED for user space to see. */
		newval = (uval & LINUX_FUTEX_OWNER_DIED) | tid;
		error = lock_pi_update_atomic(uaddr, uval, newval);
		if (error == 0)
			*acquired = true;
		return (error);
	}
	/* Held: set WAITERS first, so that the owner's unlock must come to
	   us; if the owner then turns out not to exist the bit stays, as on
	   Linux. */
	newval = uval | LINUX_FUTEX_WAITERS;
	error = lock_pi_update_atomic(uaddr, uval, newval);
	if (error != 0)
		return (error);
	return (attach_to_pi_owner(uaddr, newval, key, psp, exitingp));
}

/* Would td waiting for ps close a cycle of owners? futex_pi_mtx held. */
static bool
futex_pi_chain_deadlocks(struct thread *td, struct futex_pi_state *ps)
{
	struct thread *owner;
	int depth;

	kmtx_assert(&futex_pi_mtx, KA_OWNED);
	for (owner = ps->ps_owner, depth = 0; owner != NULL; depth++) {
		if (owner == td || depth >= FUTEX_PI_MAX_DEPTH)
			return (true);
		ps = linux_futex_thread(owner)->lft_blocked_on;
		if (ps == NULL)
			break;
		owner = ps->ps_owner;
	}
	return (false);
}

/*
 * Hand ps to its waiter q, which stays queued (later lockers attach to it
 * as the top waiter) until it has run. Bucket lock and futex_pi_mtx held.
 */
static void
futex_pi_grant(struct futex_pi_state *ps, struct futex_q *q, bool owner_died)
{

	pi_state_set_owner(ps, q->fq_td);
	linux_futex_thread(q->fq_td)->lft_blocked_on = NULL;
	q->fq_granted = true;
	q->fq_owner_died = owner_died;
	kern_wakeup_one(q);
}

/*
 * We were handed the lock by an owner that died: only we know the user
 * address, so we write our id into the word, with OWNER_DIED (Linux:
 * fixup_pi_state_owner() for a NULL pi_state owner). Bucket lock held.
 */
static int
futex_pi_fixup_owner_died(struct thread *td, uint32_t *uaddr)
{
	uint32_t uval, curval, newval;

	if (futex_get_value_locked(&uval, uaddr) != 0)
		return (EFAULT);
	newval = LINUX_FUTEX_OWNER_DIED | LINUX_FUTEX_WAITERS | futex_tid(td);
	for (;;) {
		if (futex_cmpxchg_value_locked(&curval, uaddr, uval,
		    newval) != 0)
			return (EFAULT);
		if (curval == uval)
			return (0);
		uval = curval;
	}
}

static void
futex_unqueue_locked(struct futex_bucket *b, struct futex_q *q)
{

	kmtx_assert(&b->fb_lock, KA_OWNED);
	if (q->fq_prev != NULL)
		q->fq_prev->fq_next = q->fq_next;
	else
		b->fb_head = q->fq_next;
	if (q->fq_next != NULL)
		q->fq_next->fq_prev = q->fq_prev;
	else
		b->fb_tail = q->fq_prev;
	futex_waiters_dec(b);
	atomic_store_explicit(&q->fq_bucket, NULL, memory_order_relaxed);
}

/*
 * FUTEX_LOCK_PI, FUTEX_LOCK_PI2 and FUTEX_TRYLOCK_PI (Linux:
 * futex_lock_pi()). The deadline is absolute; the caller chose its clock.
 */
int
futex_lock_pi(struct thread *td, uint32_t *uaddr, int flags,
    const struct ktimeout *deadline, bool trylock)
{
	struct futex_q q = {
		.fq_td = td, .fq_bitset = LINUX_FUTEX_BITSET_MATCH_ANY
	};
	struct linux_futex_thread *ft = linux_futex_thread(td);
	struct futex_pi_state *ps;
	struct futex_bucket *b;
	struct thread *exiting;
	bool acquired;
	int error;

retry:
	exiting = NULL;
	ps = NULL;
	error = futex_key_get(td, uaddr, flags, true, &q.fq_key);
	if (error != 0)
		return (error);
	b = futex_hash(&q.fq_key);
	futex_waiters_inc(b);
	kmtx_lock(&b->fb_lock);
	error = futex_lock_pi_atomic(td, uaddr, b, &q.fq_key, &ps, &exiting,
	    &acquired);
	if (error != 0 || acquired) {
		kmtx_unlock(&b->fb_lock);
		futex_waiters_dec(b);
		futex_key_put(&q.fq_key);
		switch (error) {
		case EFAULT:
			error = futex_fault_in(uaddr, true);
			if (error != 0)
				return (error);
			goto retry;
		case EBUSY:
			wait_for_owner_exiting(exiting);
			goto retry;
		case EAGAIN:		/* the word changed under us */
			goto retry;
		}
		return (error);
	}

	/*
	 * The lock is held and we have its PI state. A trylock stops here
	 * (Linux: the rt_mutex trylock fails, EWOULDBLOCK — which is EAGAIN,
	 * so it must not go through the retry above); so does a wait that
	 * would close a cycle of owners.
	 */
	kmtx_lock(&futex_pi_mtx);
	if (trylock)
		error = EWOULDBLOCK;
	else if (futex_pi_chain_deadlocks(td, ps))
		error = EDEADLK;
	else
		ft->lft_blocked_on = ps;
	if (error != 0)
		pi_state_put(ps);
	kmtx_unlock(&futex_pi_mtx);
	if (error != 0) {
		kmtx_unlock(&b->fb_lock);
		futex_waiters_dec(b);
		futex_key_put(&q.fq_key);
		return (error);
	}

	/* Sleep until an owner hands us the lock. */
	q.fq_pi = ps;
	futex_queue(b, &q);
	while (!q.fq_granted) {
		error = kern_msleep(&q, &b->fb_lock, KSLEEP_CATCH, "futexpi",
		    deadline);
		if (q.fq_granted)
			error = 0;
		if (error != 0)
			break;
	}
	if (q.fq_granted && q.fq_owner_died)
		error = futex_pi_fixup_owner_died(td, uaddr);
	futex_unqueue_locked(b, &q);
	kmtx_lock(&futex_pi_mtx);
	ft->lft_blocked_on = NULL;
	pi_state_put(ps);
	kmtx_unlock(&futex_pi_mtx);
	kmtx_unlock(&b->fb_lock);
	futex_key_put(&q.fq_key);

	if (error == EWOULDBLOCK)
		error = ETIMEDOUT;
	/* Linux returns ERESTARTNOINTR: always restarted, never EINTR. The
	   deadline is absolute, so the restarted call waits no longer. */
	if (error == EINTR)
		error = ERESTART;
	return (error);
}

/* FUTEX_UNLOCK_PI (Linux: futex_unlock_pi()). */
int
futex_unlock_pi(struct thread *td, uint32_t *uaddr, int flags)
{
	struct kern_vm_key key;
	struct futex_bucket *b;
	struct futex_pi_state *ps;
	struct futex_q *top;
	uint32_t uval, curval, tid = futex_tid(td);
	int32_t v;
	int error;
	bool again;

retry:
	if (fueword32(uaddr, &v) != 0)
		return (EFAULT);
	uval = (uint32_t)v;
	/* We release only a lock we own. */
	if ((uval & LINUX_FUTEX_TID_MASK) != tid)
		return (EPERM);
	error = futex_key_get(td, uaddr, flags, true, &key);
	if (error != 0)
		return (error);
	b = futex_hash(&key);
	again = false;
	kmtx_lock(&b->fb_lock);
	top = futex_top_waiter(b, &key);
	if (top != NULL) {
		/* Waiters: hand the lock to the first, WAITERS kept. */
		ps = top->fq_pi;
		error = EINVAL;
		if (ps == NULL)
			goto out;
		kmtx_lock(&futex_pi_mtx);
		if (ps->ps_owner == td) {
			error = futex_cmpxchg_value_locked(&curval, uaddr, uval,
			    LINUX_FUTEX_WAITERS | futex_tid(top->fq_td));
			if (error == 0 && curval != uval) {
				/* A waiter set WAITERS since we read the word:
				   try again; anything else is corruption. */
				if ((curval & LINUX_FUTEX_TID_MASK) == uval)
					again = true;
				error = EINVAL;
			}
			if (error == 0)
				futex_pi_grant(ps, top, false);
		}
		kmtx_unlock(&futex_pi_mtx);
		goto out;
	}
	/* No waiters in the kernel: the word becomes 0, OWNER_DIED and
	   stale WAITERS bits included. A change under us is user space's
	   business (EAGAIN). */
	error = futex_cmpxchg_value_locked(&curval, uaddr, uval, 0);
	if (error == 0 && curval != uval)
		error = EAGAIN;
out:
	kmtx_unlock(&b->fb_lock);
	futex_key_put(&key);
	if (again)
		goto retry;
	if (error == EFAULT) {
		error = futex_fault_in(uaddr, true);
		if (error == 0)
			goto retry;
	}
	return (error);
}

/*
 * Thread exit: every PI futex the thread still owns goes to its first
 * waiter, marked OWNER_DIED (Linux: exit_pi_state_list() and the waiter's
 * fixup). Runs after the robust list walk, with the thread EXITING, so no
 * new PI state can attach to it.
 */
void
futex_pi_exit(struct thread *td, struct linux_futex_thread *ft)
{
	struct futex_pi_state *ps;
	struct futex_bucket *b;
	struct kern_vm_key key;
	struct futex_q *q;

	kmtx_lock(&futex_pi_mtx);
	while ((ps = ft->lft_pi_owned) != NULL) {
		pi_state_get(ps);
		key = ps->ps_key;
		kmtx_unlock(&futex_pi_mtx);
		b = futex_hash(&key);
		kmtx_lock(&b->fb_lock);
		kmtx_lock(&futex_pi_mtx);
		if (ps->ps_owner == td) {
			for (q = b->fb_head; q != NULL; q = q->fq_next) {
				if (q->fq_pi == ps && !q->fq_granted)
					break;
			}
			if (q != NULL)
				futex_pi_grant(ps, q, true);
			else
				pi_state_set_owner(ps, NULL);
		}
		pi_state_put(ps);
		kmtx_unlock(&b->fb_lock);
	}
	kmtx_unlock(&futex_pi_mtx);
}
