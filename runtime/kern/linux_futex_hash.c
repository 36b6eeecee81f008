/*
 * linux_futex_hash.c — futex keys and the primitives every operation uses
 * to queue, dequeue and wake waiters on the chains of the hash buckets
 * (linux_futex_table.c finds and locks the buckets).
 *
 * Read the "READ THIS FIRST" comment of linux_futex_private.h before
 * changing anything here.
 */
#include "linux_futex_private.h"

bool
futex_key_match(const struct kern_vm_key *a, const struct kern_vm_key *b)
{

	return (a->vk_kind == b->vk_kind && a->vk_offset == b->vk_offset &&
	    a->vk_space == b->vk_space && a->vk_aux == b->vk_aux);
}

/*
 * The key of the futex word at uaddr (Linux: get_futex_key()). A private
 * key needs no lookup: the word need not even be mapped, only aligned and
 * in the user range; a WAKE on an unmapped private futex wakes nobody,
 * as on Linux. A shared key is resolved by the host and holds a reference
 * until futex_key_put().
 */
int
futex_key_get(struct thread *td, const uint32_t *uaddr, int flags,
    bool writable, struct kern_vm_key *key)
{

	if (((uintptr_t)uaddr & (sizeof(uint32_t) - 1)) != 0)
		return (EINVAL);
	if ((flags & FUTEX_F_SHARED) != 0)
		return (kern_vm_futex_key(td, uaddr, writable, key));
	if (!kern_useraddr_ok(td, uaddr, sizeof(uint32_t)))
		return (EFAULT);
	key->vk_kind = KVM_KEY_PRIVATE;
	key->vk_pad = 0;
	key->vk_space = kern_vmspace_id(td->td_proc);
	key->vk_aux = 0;
	key->vk_offset = (uintptr_t)uaddr;
	return (0);
}

void
futex_key_put(struct kern_vm_key *key)
{

	if (key->vk_kind != KVM_KEY_PRIVATE)
		kern_vm_futex_key_release(key);
}

/*
 * FUTEX_BARRIER_A: the increment is a sequentially consistent
 * read-modify-write, ordered before the waiter's read of the futex word.
 * FreeBSD: atomic_add_int() followed by atomic_thread_fence_seq_cst().
 */
void
futex_waiters_inc(struct futex_bucket *b)
{

	atomic_fetch_add_explicit(&b->fb_waiters, 1, memory_order_seq_cst);
}

void
futex_waiters_dec(struct futex_bucket *b)
{

	atomic_fetch_sub_explicit(&b->fb_waiters, 1, memory_order_release);
}

/*
 * FUTEX_BARRIER_B: the fence orders the emulated program's store to the
 * futex word (made before the system call) before the read of the count.
 */
bool
futex_waiters_pending(struct futex_bucket *b)
{

	atomic_thread_fence(memory_order_seq_cst);
	return (atomic_load_explicit(&b->fb_waiters,
	    memory_order_relaxed) > 0);
}

/*
 * The chain itself: FIFO, doubly linked. futex_chain_link() only links q
 * at the tail: the caller holds b's lock, or b is a bucket of a table being
 * filled that nobody else can reach yet (futex_table_grow()).
 */
void
futex_chain_link(struct futex_bucket *b, struct futex_q *q)
{

	q->fq_next = NULL;
	q->fq_prev = b->fb_tail;
	if (b->fb_tail != NULL)
		b->fb_tail->fq_next = q;
	else
		b->fb_head = q;
	b->fb_tail = q;
}

/*
 * Appending also sets fq_bucket, which the waiter reads without the lock
 * to find its bucket (READ THIS FIRST); released, so that a waiter that
 * reads it and locks b sees b initialised.
 */
void
futex_chain_append(struct futex_bucket *b, struct futex_q *q)
{

	kmtx_assert(&b->fb_lock, KA_OWNED);
	futex_chain_link(b, q);
	atomic_store_explicit(&q->fq_bucket, b, memory_order_release);
}

void
futex_chain_remove(struct futex_bucket *b, struct futex_q *q)
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
	q->fq_next = q->fq_prev = NULL;
}

/*
 * Queue q on b. The caller holds b's lock and has already counted q in
 * fb_waiters (futex_bucket_lock_waiter(), before it took the lock).
 */
void
futex_queue(struct futex_bucket *b, struct futex_q *q)
{

	futex_chain_append(b, q);
	futex_queued_add(1);
}

/*
 * Take q off b's chain and out of the counts; fq_bucket is left to the
 * caller, whose store of NULL (or not) says who owns the outcome.
 */
void
futex_dequeue_locked(struct futex_bucket *b, struct futex_q *q)
{

	futex_chain_remove(b, q);
	futex_waiters_dec(b);
	futex_queued_add(-1);
}

/*
 * Move q from b1 to the end of b2's chain, now waiting under key2. The
 * caller holds both locks (futex_bucket_lock2()). The waiter keeps
 * sleeping on the same channel; it learns its new bucket from fq_bucket.
 */
void
futex_requeue_q(struct futex_q *q, struct futex_bucket *b1,
    struct futex_bucket *b2, const struct kern_vm_key *key2)
{

	kmtx_assert(&b1->fb_lock, KA_OWNED);
	kmtx_assert(&b2->fb_lock, KA_OWNED);
	if (b1 != b2) {
		futex_chain_remove(b1, q);
		futex_waiters_dec(b1);
		futex_waiters_inc(b2);
		futex_chain_append(b2, q);
	}
	q->fq_key = *key2;
}

/*
 * As futex_requeue_q(), but q goes behind every waiter of b2 even when b1
 * is b2: CMP_REQUEUE_PI makes q a waiter of a PI lock, whose waiters are
 * served in the order they reached the lock (Linux: the rt_mutex's queue,
 * FIFO among equal priorities), whatever bucket their condition word
 * hashed to. (A plain requeue within one bucket leaves q where it is, as
 * Linux's requeue_futex() does; and it must, since the same key may be
 * both source and target there.)
 */
void
futex_requeue_q_last(struct futex_q *q, struct futex_bucket *b1,
    struct futex_bucket *b2, const struct kern_vm_key *key2)
{

	kmtx_assert(&b1->fb_lock, KA_OWNED);
	kmtx_assert(&b2->fb_lock, KA_OWNED);
	futex_chain_remove(b1, q);
	futex_waiters_dec(b1);
	futex_waiters_inc(b2);
	futex_chain_append(b2, q);
	q->fq_key = *key2;
}

/*
 * Lock the bucket q is queued on now, or return NULL if a waker has
 * dequeued it. Requeue and table growth move q between buckets under the
 * locks of both, so the bucket read before locking is checked again after.
 */
struct futex_bucket *
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
 * After kern_msleep() returned holding b, the lock q slept under: the
 * lock of q's bucket now (NULL and no lock held if a waker dequeued q).
 */
struct futex_bucket *
futex_relock_q(struct futex_q *q, struct futex_bucket *b)
{

	if (atomic_load_explicit(&q->fq_bucket, memory_order_relaxed) == b)
		return (b);
	kmtx_unlock(&b->fb_lock);
	return (futex_lock_q_bucket(q));
}

/*
 * The waiter removes itself (timeout, signal, or an error after queueing).
 * Returns 1 if it did, 0 if a waker had already dequeued it — in which
 * case the wakeup is the result.
 */
int
futex_unqueue(struct futex_q *q)
{
	struct futex_bucket *b;

	b = futex_lock_q_bucket(q);
	if (b == NULL)
		return (0);
	futex_dequeue_locked(b, q);
	atomic_store_explicit(&q->fq_bucket, NULL, memory_order_relaxed);
	kmtx_unlock(&b->fb_lock);
	return (1);
}

/*
 * Dequeue q for waking, under its bucket lock. After the release store of
 * NULL the waiter may return at any moment, so q is not touched again;
 * only its address (the sleep channel) is kept for the deferred wakeup.
 */
void
futex_wake_mark(struct futex_wakeq *wq, struct futex_q *q)
{
	struct futex_bucket *b;

	b = atomic_load_explicit(&q->fq_bucket, memory_order_relaxed);
	futex_dequeue_locked(b, q);
	if (q->fq_wake != NULL) {
		/* FUTEX_FD: the entry belongs to its file, not a sleeper. */
		q->fq_wake(q);
		atomic_store_explicit(&q->fq_bucket, NULL,
		    memory_order_release);
		return;
	}
	if (wq->wq_n == FUTEX_WAKEQ_SIZE) {
		/* Full: wake under the lock, which is merely slower. */
		futex_wakeq_run(wq);
	}
	wq->wq_chan[wq->wq_n++] = q;
	atomic_store_explicit(&q->fq_bucket, NULL, memory_order_release);
}

void
futex_wakeq_run(struct futex_wakeq *wq)
{
	int i;

	for (i = 0; i < wq->wq_n; i++)
		kern_wakeup_one(wq->wq_chan[i]);
	wq->wq_n = 0;
}

/* The first waiter queued under key, or NULL. Caller holds b's lock. */
struct futex_q *
futex_top_waiter(struct futex_bucket *b, const struct kern_vm_key *key)
{
	struct futex_q *q;

	kmtx_assert(&b->fb_lock, KA_OWNED);
	for (q = b->fb_head; q != NULL; q = q->fq_next) {
		if (futex_key_match(&q->fq_key, key))
			return (q);
	}
	return (NULL);
}

/*
 * User-word access under a bucket lock: no-fault, see READ THIS FIRST.
 * Both return 0 or EFAULT.
 */
int
futex_get_value_locked(uint32_t *uval, const uint32_t *uaddr)
{
	int32_t v;
	int error, saved;

	saved = kern_nofault_enter();
	error = fueword32(uaddr, &v) == 0 ? 0 : EFAULT;
	kern_nofault_exit(saved);
	if (error == 0)
		*uval = (uint32_t)v;
	return (error);
}

int
futex_cmpxchg_value_locked(uint32_t *curval, uint32_t *uaddr, uint32_t uval,
    uint32_t newval)
{
	int rv, saved;

	saved = kern_nofault_enter();
	rv = casueword32(uaddr, uval, curval, newval);
	kern_nofault_exit(saved);
	return (rv == -1 ? EFAULT : 0);
}

/*
 * After a no-fault access failed: touch the word with no lock held, so
 * that a host which can page it in does. EFAULT means the address is bad
 * for good; 0 means retry.
 */
int
futex_fault_in(const uint32_t *uaddr, bool writable)
{
	int32_t v;
	uint32_t old;

	if (fueword32(uaddr, &v) != 0)
		return (EFAULT);
	/* A compare-and-swap of the value with itself is a write access
	   that changes nothing (Linux: fault_in_user_writeable()). */
	if (writable && casueword32((uint32_t *)(uintptr_t)uaddr,
	    (uint32_t)v, &old, (uint32_t)v) == -1)
		return (EFAULT);
	return (0);
}

int
linux_futex_test_waiters(struct thread *td, uint32_t *uaddr, int flags,
    int *count)
{
	struct kern_vm_key key;
	struct futex_bucket *b;
	struct futex_q *q;
	int error, n;

	error = futex_key_get(td, uaddr, flags, false, &key);
	if (error != 0)
		return (error);
	b = futex_bucket_lock(futex_hash(&key), &key);
	n = 0;
	for (q = b->fb_head; q != NULL; q = q->fq_next) {
		if (futex_key_match(&q->fq_key, &key))
			n++;
	}
	kmtx_unlock(&b->fb_lock);
	futex_key_put(&key);
	*count = n;
	return (0);
}
