/*
 * linux_futex_table.c — the table of hash buckets: its size, finding and
 * locking the bucket of a key, and growing the table while futexes are in
 * use.
 *
 * Read the "READ THIS FIRST" comment of linux_futex_private.h (locks, the
 * waiter/waker barriers, how chains move to a bigger table) before changing
 * anything here.
 *
 * Why the table grows. A fixed table makes every operation walk a chain
 * whose length is the number of futexes with waiters divided by the number
 * of buckets, and every entry of a chain is a cache (and often TLB) miss:
 * with 2^14 buckets, 100,000 futexes with waiters cost 1.9 us per wake
 * against 35 ns for one. Linux sizes its table once, 256 buckets per CPU;
 * we start there (the tunable compat.linux.futex_hash_size overrides it)
 * and double whenever more waiters are queued than there are buckets, so a
 * chain stays about one entry long. The memory follows the number of
 * sleeping threads: at most two buckets (128 bytes each on the Linux hosts,
 * 64 in a FreeBSD kernel) per queued waiter in the current table, and the
 * superseded tables, which are never freed (see below), add less than the
 * current one since each is at most half its successor's size.
 */
#include "linux_futex_private.h"

struct kmutex futex_pi_mtx;

/* The table lookups start from; older tables only forward. */
static _Atomic(struct futex_table *) futex_table_cur;
/* 1 while a thread grows the table: one at a time, the others go on. */
static atomic_int futex_growing;
/* futex_qs on some chain, for the growth rule. */
static atomic_int futex_nqueued;

/*
 * One-time initialisation without a static lock (the kernel API has no
 * static initialiser for kmutexes): the first caller initialises, the rest
 * wait. FreeBSD would do this from a SYSINIT.
 */
#define	TABLE_UNINIT	0
#define	TABLE_INITING	1
#define	TABLE_READY	2
static atomic_int futex_table_state;

static uint32_t
roundup_pow2(uint64_t n)
{
	uint32_t p;

	for (p = 1; p < n && p < FUTEX_HASH_MAX; p <<= 1)
		;
	return (p);
}

/*
 * A table of `n` (a power of two) empty buckets. Allocated with no lock
 * held: kern_malloc may sleep. The buckets start on a 128-byte boundary,
 * so that one bucket is one aligned pair of cache lines.
 */
static struct futex_table *
futex_table_alloc(uint32_t n)
{
	struct futex_table *t;
	uintptr_t p;
	uint32_t i;

	t = kern_malloc(sizeof(*t), KM_ZERO);
	t->ft_mem = kern_malloc((size_t)n * sizeof(struct futex_bucket) + 127,
	    KM_ZERO);
	p = ((uintptr_t)t->ft_mem + 127) & ~(uintptr_t)127;
	t->ft_buckets = (struct futex_bucket *)p;
	t->ft_mask = n - 1;
	t->ft_grow_at = n >= FUTEX_HASH_MAX ? INT32_MAX : (int)n;
	for (i = 0; i < n; i++)
		kmtx_init(&t->ft_buckets[i].fb_lock, "futex bucket");
	return (t);
}

void
futex_core_init(void)
{
	int expected = TABLE_UNINIT, size;

	if (atomic_load_explicit(&futex_table_state, memory_order_acquire) ==
	    TABLE_READY)
		return;
	if (atomic_compare_exchange_strong(&futex_table_state, &expected,
	    TABLE_INITING)) {
		size = kern_tunable_int("compat.linux.futex_hash_size",
		    FUTEX_HASH_PER_CPU * kern_ncpus());
		if (size < (int)FUTEX_HASH_MIN)
			size = FUTEX_HASH_MIN;
		atomic_store_explicit(&futex_table_cur,
		    futex_table_alloc(roundup_pow2((uint64_t)size)),
		    memory_order_relaxed);
		kmtx_init(&futex_pi_mtx, "futex pi");
		atomic_store_explicit(&futex_table_state, TABLE_READY,
		    memory_order_release);
		return;
	}
	while (atomic_load_explicit(&futex_table_state,
	    memory_order_acquire) != TABLE_READY)
		__builtin_ia32_pause();
}

/*
 * A 64-bit mix of the key. Addresses differ in few, low bits (words of
 * one page, pages of one arena); every input bit must reach the index
 * bits, of every table size.
 */
static uint64_t
futex_key_hash(const struct kern_vm_key *k)
{
	uint64_t h;

	h = k->vk_offset ^ (k->vk_space * UINT64_C(0x9e3779b97f4a7c15)) ^
	    (k->vk_aux * UINT64_C(0xc2b2ae3d27d4eb4f)) ^ k->vk_kind;
	h ^= h >> 31;
	h *= UINT64_C(0x7fb5d329728ea185);
	h ^= h >> 27;
	h *= UINT64_C(0x81dadef4bc2dd44d);
	h ^= h >> 33;
	return (h);
}

static struct futex_bucket *
futex_table_bucket(const struct futex_table *t, const struct kern_vm_key *key)
{

	return (&t->ft_buckets[futex_key_hash(key) & t->ft_mask]);
}

/*
 * The bucket of key in the current table: where a lookup starts, and what
 * the no-waiters test of a wake looks at. It may have moved on by the time
 * it is locked; futex_bucket_lock() follows it.
 */
struct futex_bucket *
futex_hash(const struct kern_vm_key *key)
{

	futex_core_init();
	return (futex_table_bucket(atomic_load_explicit(&futex_table_cur,
	    memory_order_acquire), key));
}

/* The bucket after b for key; b is locked and has moved on. */
static struct futex_bucket *
futex_forward(struct futex_bucket *b, const struct kern_vm_key *key)
{

	kmtx_assert(&b->fb_lock, KA_OWNED);
	return (futex_table_bucket(b->fb_moved_to, key));
}

/*
 * Lock the bucket that holds key's chain, starting from b (futex_hash()'s
 * answer, possibly stale). Returns it locked.
 */
struct futex_bucket *
futex_bucket_lock(struct futex_bucket *b, const struct kern_vm_key *key)
{
	struct futex_bucket *next;

	kmtx_lock(&b->fb_lock);
	while (b->fb_moved_to != NULL) {
		next = futex_forward(b, key);
		kmtx_unlock(&b->fb_lock);
		b = next;
		kmtx_lock(&b->fb_lock);
	}
	return (b);
}

static void futex_table_grow(struct futex_table *t, bool force);

/*
 * For an operation that may queue: count the caller as a waiter of key's
 * bucket (FUTEX_BARRIER_A) and lock it; a bucket that has moved on is
 * uncounted before the next one is counted, so the count is right on the
 * bucket whose lock the caller holds when it reads the futex word. The
 * table grows here when it is due, with no lock held.
 */
struct futex_bucket *
futex_bucket_lock_waiter(const struct kern_vm_key *key)
{
	struct futex_table *t;
	struct futex_bucket *b, *next;

	futex_core_init();
	t = atomic_load_explicit(&futex_table_cur, memory_order_acquire);
	if (atomic_load_explicit(&futex_nqueued, memory_order_relaxed) >=
	    t->ft_grow_at) {
		futex_table_grow(t, false);
		t = atomic_load_explicit(&futex_table_cur,
		    memory_order_acquire);
	}
	b = futex_table_bucket(t, key);
	for (;;) {
		futex_waiters_inc(b);
		kmtx_lock(&b->fb_lock);
		if (b->fb_moved_to == NULL)
			return (b);
		next = futex_forward(b, key);
		kmtx_unlock(&b->fb_lock);
		futex_waiters_dec(b);
		b = next;
	}
}

/*
 * Lock the buckets of two keys, lower address first (one lock if they are
 * the same bucket). With count2 the caller is counted as a waiter of the
 * second (requeue: the waiters it moves there must be visible to wakers
 * of key2 before the lock is dropped). Both may move on while we wait for
 * the locks: then both are dropped and the lookup starts again.
 */
void
futex_bucket_lock2(const struct kern_vm_key *key1,
    const struct kern_vm_key *key2, struct futex_bucket **b1p,
    struct futex_bucket **b2p, bool count2)
{
	struct futex_bucket *b1, *b2, *lo, *hi, *n1, *n2;

	b1 = futex_hash(key1);
	b2 = futex_hash(key2);
	for (;;) {
		if (count2)
			futex_waiters_inc(b2);
		lo = b1 < b2 ? b1 : b2;
		hi = b1 < b2 ? b2 : b1;
		kmtx_lock(&lo->fb_lock);
		if (hi != lo)
			kmtx_lock(&hi->fb_lock);
		if (b1->fb_moved_to == NULL && b2->fb_moved_to == NULL)
			break;
		n1 = b1->fb_moved_to != NULL ? futex_forward(b1, key1) : b1;
		n2 = b2->fb_moved_to != NULL ? futex_forward(b2, key2) : b2;
		futex_double_unlock(b1, b2);
		if (count2)
			futex_waiters_dec(b2);
		b1 = n1;
		b2 = n2;
	}
	*b1p = b1;
	*b2p = b2;
}

void
futex_double_unlock(struct futex_bucket *b1, struct futex_bucket *b2)
{

	kmtx_unlock(&b1->fb_lock);
	if (b1 != b2)
		kmtx_unlock(&b2->fb_lock);
}

/* futex_queue() and the dequeue paths keep the count of queued waiters. */
void
futex_queued_add(int delta)
{

	atomic_fetch_add_explicit(&futex_nqueued, delta, memory_order_relaxed);
}

/*
 * Move every chain of t, the current table, to a table big enough for the
 * waiters queued now (twice their number, so that growing again takes as
 * many new waiters as there are now). Bucket by bucket, holding the old
 * bucket's lock only: the new buckets its keys go to are reachable by
 * nobody else until the old one is unlocked or a moved waiter is told its
 * new bucket, so they are filled without their locks, and the grower never
 * holds two bucket locks (a stop-the-world lock of every bucket, or an
 * old-then-new pair, would be a lock order that lookups, which lock new
 * then stale buckets, contradict: ThreadSanitizer reports it as a
 * potential deadlock). Operations meanwhile find moved buckets marked and
 * follow them (futex_bucket_lock()).
 */
static void
futex_table_grow(struct futex_table *t, bool force)
{
	struct futex_table *nt, *cur;
	struct futex_bucket *ob, *nb;
	struct futex_q *q, *moved_list;
	uint32_t i, n;
	int moved, idle = 0;

	/* One grower; the others carry on with the table as it is. */
	if (!atomic_compare_exchange_strong(&futex_growing, &idle, 1))
		return;
	cur = atomic_load_explicit(&futex_table_cur, memory_order_acquire);
	if (cur != t || t->ft_mask + 1 >= FUTEX_HASH_MAX) {
		/* Grown by someone else since the caller looked. */
		atomic_store_explicit(&futex_growing, 0, memory_order_release);
		return;
	}
	n = roundup_pow2(2 * (uint64_t)atomic_load_explicit(&futex_nqueued,
	    memory_order_relaxed));
	if (force || n <= t->ft_mask + 1)
		n = (t->ft_mask + 1) * 2;
	nt = futex_table_alloc(n);
	nt->ft_older = t;
	for (i = 0; i <= t->ft_mask; i++) {
		ob = &t->ft_buckets[i];
		kmtx_lock(&ob->fb_lock);
		/*
		 * First the chains, in order, unlocked: the new buckets of
		 * ob's keys take keys of ob only (their index masked down is
		 * i), and no lookup reaches them before ob is marked below
		 * and unlocked.
		 */
		moved = 0;
		moved_list = NULL;
		while ((q = ob->fb_head) != NULL) {
			futex_chain_remove(ob, q);
			nb = futex_table_bucket(nt, &q->fq_key);
			futex_waiters_inc(nb);
			futex_chain_link(nb, q);
			q->fq_moved_next = moved_list;
			moved_list = q;
			moved++;
		}
		/*
		 * Then tell each waiter its new bucket, released: one that
		 * reads it may lock that bucket and leave it at once, so
		 * every chain must be complete before the first is told, and
		 * q must not be touched once it is (its futex_q is on the
		 * stack of a thread that may return).
		 */
		for (q = moved_list; q != NULL; q = moved_list) {
			moved_list = q->fq_moved_next;
			atomic_store_explicit(&q->fq_bucket,
			    futex_table_bucket(nt, &q->fq_key),
			    memory_order_release);
		}
		/*
		 * From here a locker of ob goes on to nt, and the waiter
		 * count of ob stays high for good, so that a waker holding a
		 * stale pointer to ob never takes the no-waiters shortcut
		 * (FUTEX_BARRIER_B). Waiters that counted themselves in ob
		 * and have not locked it yet uncount themselves when they
		 * find it moved.
		 */
		ob->fb_moved_to = nt;
		atomic_fetch_add_explicit(&ob->fb_waiters,
		    FUTEX_MOVED_BIAS - moved, memory_order_seq_cst);
		kmtx_unlock(&ob->fb_lock);
	}
	/*
	 * Old tables are not freed: a thread may still hold a pointer to one
	 * of their buckets (between futex_hash() and its lock), and telling
	 * when none does would cost every operation a shared counter. Their
	 * memory is bounded: each table is at most half the next.
	 */
	atomic_store_explicit(&futex_table_cur, nt, memory_order_release);
	atomic_store_explicit(&futex_growing, 0, memory_order_release);
}

/*
 * Test hook: double the table now, whatever the load, so that tests can
 * move chains under running operations. Returns false if another thread
 * was growing it or it is at its maximum.
 */
bool
linux_futex_test_grow(void)
{
	struct futex_table *t;

	futex_core_init();
	t = atomic_load_explicit(&futex_table_cur, memory_order_acquire);
	futex_table_grow(t, true);
	return (atomic_load_explicit(&futex_table_cur,
	    memory_order_acquire) != t);
}

/* For tests and the benchmark: the current size, how many tables exist. */
void
futex_table_stats(int *buckets, int *tables, int *queued)
{
	struct futex_table *t;
	int n;

	futex_core_init();
	t = atomic_load_explicit(&futex_table_cur, memory_order_acquire);
	*buckets = (int)t->ft_mask + 1;
	for (n = 0; t != NULL; t = t->ft_older)
		n++;
	*tables = n;
	*queued = atomic_load_explicit(&futex_nqueued, memory_order_relaxed);
}
