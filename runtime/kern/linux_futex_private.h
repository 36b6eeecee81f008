/*
 * linux_futex_private.h — the futex core's own structures, shared by
 * linux_futex_*.c and by nothing else.
 *
 * READ THIS FIRST
 * ===============
 *
 * Files:
 *   linux_futex_table.c     the bucket table: size, lookup, growth
 *   linux_futex_hash.c      keys, queueing, wake marking, user words
 *   linux_futex_waitwake.c  FUTEX_WAIT, WAKE, WAIT_BITSET, WAKE_BITSET
 *   linux_futex_wakeop.c    FUTEX_WAKE_OP
 *   linux_futex_requeue.c   FUTEX_REQUEUE, CMP_REQUEUE
 *   linux_futex_pi.c        FUTEX_LOCK_PI, LOCK_PI2, UNLOCK_PI, TRYLOCK_PI
 *   linux_futex_requeue_pi.c FUTEX_WAIT_REQUEUE_PI, CMP_REQUEUE_PI
 *   linux_futex_waitv.c     futex_waitv(2): one sleep, many futexes
 *   linux_futex_robust.c    set/get_robust_list, thread exit and exec
 *   linux_futex_fd.c        FUTEX_FD (Linux < 2.6.26)
 *   linux_futex_syscall.c   futex(2), futex_time64(2) argument decoding,
 *                           release rules
 *   linux_futex2_syscall.c  futex_waitv, futex_wake, futex_wait,
 *                           futex_requeue argument decoding
 *
 * Structures. A waiter's struct futex_q lives on its own stack for the
 * duration of the call. It is queued, FIFO, on the chain of the hash bucket
 * its key hashes to. Buckets are a power-of-two table of
 * { waiter count, moved-to, lock, chain }; the table grows (below).
 *
 * Locks, in the order they may be taken:
 *
 *   1. bucket locks (fb_lock). Two at a time only in WAKE_OP, REQUEUE
 *      and CMP_REQUEUE_PI (and futex_requeue(2)), and then the lower
 *      address first (futex_bucket_lock2()); a bucket
 *      lock is never taken while another is held in any other way. The
 *      grower (below) holds one: it fills new buckets without their locks
 *      while nobody else can reach them.
 *   2. futex_pi_mtx, the one PI lock: every futex_pi_state's owner and
 *      reference count, every thread's lft_pi_owned, lft_blocked_on and
 *      lft_exit. PI futexes are rare enough that one lock costs nothing
 *      measurable, and it makes the owner-chain walk of deadlock detection
 *      and the exit-time handoff simple to get right.
 *   2b. ws_lock of a futex_waitv call's vector (linux_futex_waitv.c),
 *      taken by a waker under the bucket lock of the entry it wakes, and
 *      by the waiting thread alone; never with futex_pi_mtx.
 *   3. the host's own locks (sleep queues, thread registry) inside
 *      kern_msleep(), kern_wakeup*() and kern_tdfind().
 *
 * User memory is read and written under a bucket lock only inside a
 * no-fault section (kern_nofault_enter()); on EFAULT there the operation
 * drops its locks, touches the word outside them (futex_fault_in()) and
 * retries from the key lookup, as Linux does with pagefault_disable().
 *
 * What each lock protects:
 *   fb_lock    the chain and fb_moved_to; fq_next/fq_prev/fq_key/
 *              fq_bucket/fq_granted of the queued futex_qs
 *   futex_pi_mtx  see above; ps_owner changes also need the bucket lock
 *              of the PI futex, so that a waiter that holds it sees a
 *              stable owner
 *   fq_bucket  additionally written with release semantics when a waker
 *              dequeues the waiter, and read with acquire semantics by the
 *              waiter without any lock: NULL means "dequeued by a waker",
 *              after which the waker never touches the futex_q again.
 *
 * Ordering between a waiter and a waker (no lost wakeup)
 * ------------------------------------------------------
 * The waiter increments the bucket's waiter count before it takes the
 * bucket lock and reads the futex word; the waker modifies the word (in
 * the emulated program, before the system call) and reads the waiter count
 * after a full barrier. This is Linux's (A)/(B) pairing:
 *
 *   waiter                               waker
 *   fb_waiters++          (A) seq_cst    *uaddr = newval
 *   lock(fb_lock)                        futex_wake():
 *   uval = *uaddr                          fence seq_cst          (B)
 *   if uval == val:                        if fb_waiters == 0: return
 *     queue; sleep (unlocks)               lock(fb_lock); wake; unlock
 *   else fb_waiters--
 *
 * One of "the waiter reads newval" and "the waker sees fb_waiters != 0"
 * must happen, so the waker either wakes the waiter or the waiter does not
 * sleep. Sites cite the barrier they implement as FUTEX_BARRIER_A / _B.
 *
 * Sleeping: kern_msleep(q, &bucket->fb_lock, ...) enqueues the thread on
 * the host's sleep queue for channel q before releasing the bucket lock,
 * so a waker that finds q in the chain (under that lock) and later calls
 * kern_wakeup_one(q) cannot miss it. A requeued waiter keeps sleeping on
 * the same channel; the waker of the new bucket wakes it the same way.
 *
 * Growing the table (linux_futex_table.c)
 * ----------------------------------------
 * When more futex_qs are queued than the current table has buckets, the
 * next thread about to queue one (futex_bucket_lock_waiter(), no lock
 * held; one grower at a time, the others carry on) allocates a table with
 * at least twice as many buckets and moves the chains over, one old bucket
 * at a time:
 *
 *   lock(old)
 *   for each q on old's chain, in order:
 *     new bucket of q's key: fb_waiters++; link q at its tail (no lock,
 *     fq_bucket unchanged)
 *   for each q moved: fq_bucket = its new bucket (release)
 *   old.fb_moved_to = new table; old.fb_waiters += FUTEX_MOVED_BIAS
 *   unlock(old)
 * then publishes the new table as the one lookups start from. Old tables
 * are never freed (a lookup may hold a pointer into one); each is at most
 * half the size of the next.
 *
 * Rules that keep everything above true while that happens:
 *  - Whoever locks a bucket by lookup checks fb_moved_to under the lock
 *    and, if set, unlocks it and locks the key's bucket in the next table
 *    (futex_bucket_lock(), _lock_waiter(), _lock2()). A waiter counted in
 *    a moved bucket uncounts itself there before counting itself in the
 *    next, so FUTEX_BARRIER_A holds on the bucket where it reads the word.
 *  - A moved bucket's count stays at least FUTEX_MOVED_BIAS for good: a
 *    waker that read a stale table never takes the no-waiters shortcut
 *    (FUTEX_BARRIER_B), it locks, finds the bucket moved and follows it.
 *  - The chain of one key moves as a whole and in order into one bucket,
 *    and a waiter arriving after the move is forwarded and appended behind
 *    it: FIFO order per futex is kept.
 *  - A queued waiter finds its bucket through fq_bucket and rechecks it
 *    under the lock (futex_lock_q_bucket()), as for a requeue; a waiter
 *    woken inside kern_msleep() holds the lock it slept under, which may
 *    now be an old bucket's, and relocks via fq_bucket (futex_relock_q()).
 *  - A grower holds one bucket lock, the old one's. Every key of a new
 *    bucket comes from one old bucket (the new index, masked down, is the
 *    old one), so until that old bucket is marked moved and unlocked the
 *    new one is reachable only through the fq_bucket of a waiter moved
 *    into it; the grower sets those last, once the new chains are whole,
 *    and touches neither those buckets nor the waiters again. A waiter
 *    that follows its fq_bucket there then takes its lock (nobody held it
 *    before: its initialisation and chain are published by the release
 *    store of fq_bucket) and touches only its own futex_q (and PI state,
 *    under futex_pi_mtx). So the grower
 *    adds no lock order at all: it neither holds an old and a new bucket
 *    (lookups that follow a moved bucket hold new then stale ones: an
 *    order checker, ThreadSanitizer's included, would report the pair as
 *    a potential deadlock, and did) nor every bucket (which neither
 *    WITNESS nor ThreadSanitizer, 64 locks per thread, would accept).
 *
 * Waiter state (fq_bucket), legal transitions:
 *   NULL -> b           futex_queue() under b's lock
 *   b -> b2             requeue, or table growth, under both locks
 *   b -> NULL           a waker (futex_wake_mark()) or the waiter itself
 *                       (futex_unqueue(), on timeout or signal), under b's
 *                       lock; whoever does it owns the outcome: the waker's
 *                       wakeup is the waiter's result even if its timeout
 *                       also expired (Linux: "woken, we succeeded").
 *
 * PI waiters differ: the lock is handed to a waiter by setting fq_granted
 * and making it the owner while it stays queued (it remains the "top
 * waiter" that later lockers attach to), and the waiter dequeues itself
 * once it has run. PI waiters are never requeued.
 *
 * WAIT_REQUEUE_PI waiters (fq_requeue_pi_key set) are plain waiters of
 * the condition word that only CMP_REQUEUE_PI may touch (WAKE, WAKE_OP
 * and REQUEUE answer EINVAL, as on Linux). Under both bucket locks, and
 * futex_pi_mtx, CMP_REQUEUE_PI either takes the PI futex for the first of
 * them (fq_granted, then dequeued like a wakeup: fq_bucket NULL), or turns
 * them into PI waiters of the PI futex: fq_pi set with a reference on its
 * state, lft_blocked_on set, moved behind the PI futex's waiters even
 * within one bucket (futex_requeue_q_last(): a PI lock serves waiters in
 * the order they reached it). The waiter reads
 * which under its bucket's lock: fq_bucket NULL (it owns the lock),
 * fq_pi set (it now waits as LOCK_PI does), or neither (still on the
 * condition word; a timeout or signal there lets it leave).
 *
 * Key references. A waiter drops the reference it took on the key it
 * took it for (its own copy), not q's fq_key, which a requeue changes to
 * a key whose reference belonged to the requeuer and is dropped when the
 * requeue returns. So, as on Linux since 5.8, a key's identity must not
 * be reused while a waiter sleeps on it without a reference: true of the
 * in-process and tracer hosts (ids, not references); a FreeBSD host
 * whose umtx keys pin VM objects would take a reference for each waiter
 * a requeue moves.
 */
#ifndef _LINUX_FUTEX_PRIVATE_H_
#define _LINUX_FUTEX_PRIVATE_H_

#include <stdatomic.h>

#include "kern_api.h"
#include "kern_api_vm.h"
#include "linux_futex.h"

/*
 * futex(2) operations and flags (Linux uapi futex.h; facts in
 * reference/linux/futex-ops.tsv).
 */
#define	LINUX_FUTEX_WAIT		0
#define	LINUX_FUTEX_WAKE		1
#define	LINUX_FUTEX_FD			2
#define	LINUX_FUTEX_REQUEUE		3
#define	LINUX_FUTEX_CMP_REQUEUE		4
#define	LINUX_FUTEX_WAKE_OP		5
#define	LINUX_FUTEX_LOCK_PI		6
#define	LINUX_FUTEX_UNLOCK_PI		7
#define	LINUX_FUTEX_TRYLOCK_PI		8
#define	LINUX_FUTEX_WAIT_BITSET		9
#define	LINUX_FUTEX_WAKE_BITSET		10
#define	LINUX_FUTEX_WAIT_REQUEUE_PI	11
#define	LINUX_FUTEX_CMP_REQUEUE_PI	12
#define	LINUX_FUTEX_LOCK_PI2		13
#define	LINUX_FUTEX_PRIVATE_FLAG	128
#define	LINUX_FUTEX_CLOCK_REALTIME	256
#define	LINUX_FUTEX_CMD_MASK	\
	(~(LINUX_FUTEX_PRIVATE_FLAG | LINUX_FUTEX_CLOCK_REALTIME))

#define	LINUX_FUTEX_BITSET_MATCH_ANY	0xffffffffu

/* The futex2 flags (futex_waitv 5.16; futex_wake, _wait, _requeue 6.7). */
#define	LINUX_FUTEX2_SIZE_U8		0x00
#define	LINUX_FUTEX2_SIZE_U16		0x01
#define	LINUX_FUTEX2_SIZE_U32		0x02
#define	LINUX_FUTEX2_SIZE_U64		0x03
#define	LINUX_FUTEX2_SIZE_MASK		0x03
#define	LINUX_FUTEX2_NUMA		0x04
#define	LINUX_FUTEX2_MPOL		0x08	/* 6.16 */
#define	LINUX_FUTEX2_PRIVATE		LINUX_FUTEX_PRIVATE_FLAG
#define	LINUX_FUTEX_WAITV_MAX		128
#define	LINUX_ROBUST_LIST_LIMIT		2048

/* FUTEX_WAKE_OP's encoded operation (val3). */
#define	LINUX_FUTEX_OP_SET		0
#define	LINUX_FUTEX_OP_ADD		1
#define	LINUX_FUTEX_OP_OR		2
#define	LINUX_FUTEX_OP_ANDN		3
#define	LINUX_FUTEX_OP_XOR		4
#define	LINUX_FUTEX_OP_OPARG_SHIFT	8
#define	LINUX_FUTEX_OP_CMP_EQ		0
#define	LINUX_FUTEX_OP_CMP_NE		1
#define	LINUX_FUTEX_OP_CMP_LT		2
#define	LINUX_FUTEX_OP_CMP_LE		3
#define	LINUX_FUTEX_OP_CMP_GT		4
#define	LINUX_FUTEX_OP_CMP_GE		5

/* Flags of a decoded operation (struct futex_args.fa_flags). */
#define	FUTEX_F_SHARED		0x01	/* no FUTEX_PRIVATE_FLAG */
#define	FUTEX_F_CLOCKRT		0x02	/* deadline on CLOCK_REALTIME */
/* Behaviour of older releases (see linux_futex_requeue.c). */
#define	FUTEX_F_OLD_REQUEUE_LIMIT 0x04	/* < 2.6.31 */
#define	FUTEX_F_NEGATIVE_COUNTS	0x08	/* < 4.15 */
#define	FUTEX_F_STRICT		0x10	/* futex_wake(2): 0 wakes nobody */

/*
 * The hash table (linux_futex_table.c). It starts at the size of the
 * tunable compat.linux.futex_hash_size (default: Linux's, 256 buckets per
 * CPU, rounded up to a power of two) and doubles, up to FUTEX_HASH_MAX
 * buckets, whenever more futex_qs are queued than it has buckets, so that
 * a chain holds about one waiter whatever the number of futexes in use.
 * READ THIS FIRST says how a table's chains move to the next one.
 */
#define	FUTEX_HASH_MIN		4
#define	FUTEX_HASH_MAX		(1u << 20)
#define	FUTEX_HASH_PER_CPU	256
/* Added to the waiter count of a bucket whose chain has moved on. */
#define	FUTEX_MOVED_BIAS	(1 << 29)

struct futex_q;
struct futex_pi_state;
struct futex_table;

struct futex_bucket {
	atomic_int		 fb_waiters;	/* queued + about to queue */
	struct futex_table	*fb_moved_to;	/* (b) NULL: the chain is here */
	struct futex_q		*fb_head;	/* (b) chain, FIFO */
	struct futex_q		*fb_tail;	/* (b) */
	struct kmutex		 fb_lock;
} __attribute__((aligned(64)));

struct futex_table {
	struct futex_bucket	*ft_buckets;
	uint32_t		 ft_mask;	/* buckets - 1 */
	int			 ft_grow_at;	/* queued futex_qs */
	struct futex_table	*ft_older;	/* the table it replaced */
	void			*ft_mem;	/* ft_buckets, unaligned */
};

/*
 * How a futex_q is woken: a sleeping thread is sent kern_wakeup_one()
 * after the bucket lock is dropped; a FUTEX_FD entry is marked readable
 * under the lock.
 */
typedef void	futex_wake_fn(struct futex_q *q);

struct futex_q {
	struct futex_q		*fq_next;	/* chain */
	struct futex_q		*fq_prev;
	struct kern_vm_key	 fq_key;
	uint32_t		 fq_bitset;	/* WAIT_BITSET mask */
	_Atomic(struct futex_bucket *) fq_bucket; /* see READ THIS FIRST */
	struct thread		*fq_td;		/* the waiter */
	struct futex_pi_state	*fq_pi;		/* PI waiters: the lock */
	const struct kern_vm_key *fq_requeue_pi_key; /* WAIT_REQUEUE_PI: the
						   PI futex it may be moved
						   to (Linux: rt_waiter) */
	futex_wake_fn		*fq_wake;	/* NULL: a sleeping thread */
	bool			 fq_granted;	/* PI: handed the lock */
	bool			 fq_owner_died;	/* PI: by an exiting owner;
						   the waiter fixes the word */
	struct futex_q		*fq_moved_next;	/* (grower, under the old
						   bucket's lock) */
};

/*
 * The kernel side of a PI futex that has waiters (Linux: futex_pi_state).
 * It exists from the first waiter until the last one leaves; while it
 * exists the futex word's FUTEX_WAITERS bit stays set. ps_owner NULL means
 * the owner died and the lock is being handed on.
 */
struct futex_pi_state {
	struct futex_pi_state	*ps_owner_next;	/* owner's lft_pi_owned */
	struct futex_pi_state	*ps_owner_prev;
	struct thread		*ps_owner;
	struct kern_vm_key	 ps_key;
	atomic_int		 ps_refs;	/* one per waiter + transient */
};

/* A decoded futex(2) call: what linux_futex_syscall.c hands the core. */
struct futex_args {
	uint32_t		*fa_uaddr;
	int			 fa_cmd;	/* op & LINUX_FUTEX_CMD_MASK */
	int			 fa_flags;	/* FUTEX_F_* */
	uint32_t		 fa_val;
	uint32_t		 fa_val2;	/* the timeout argument as a
						   number (REQUEUE, WAKE_OP) */
	uint32_t		*fa_uaddr2;
	uint32_t		 fa_val3;
	const struct ktimeout	*fa_deadline;	/* NULL: forever */
};

/* linux_futex_table.c */
extern struct kmutex futex_pi_mtx;
void	futex_core_init(void);
struct futex_bucket *futex_hash(const struct kern_vm_key *key);
struct futex_bucket *futex_bucket_lock(struct futex_bucket *b,
	    const struct kern_vm_key *key);
struct futex_bucket *futex_bucket_lock_waiter(const struct kern_vm_key *key);
void	futex_bucket_lock2(const struct kern_vm_key *key1,
	    const struct kern_vm_key *key2, struct futex_bucket **b1p,
	    struct futex_bucket **b2p, bool count2);
void	futex_double_unlock(struct futex_bucket *b1, struct futex_bucket *b2);
void	futex_queued_add(int delta);
void	futex_table_stats(int *buckets, int *tables, int *queued);

/* linux_futex_hash.c */
int	futex_key_get(struct thread *td, const uint32_t *uaddr, int flags,
	    bool writable, struct kern_vm_key *key);
void	futex_key_put(struct kern_vm_key *key);
bool	futex_key_match(const struct kern_vm_key *a,
	    const struct kern_vm_key *b);
void	futex_waiters_inc(struct futex_bucket *b);	/* FUTEX_BARRIER_A */
void	futex_waiters_dec(struct futex_bucket *b);
bool	futex_waiters_pending(struct futex_bucket *b);	/* FUTEX_BARRIER_B */
void	futex_chain_link(struct futex_bucket *b, struct futex_q *q);
void	futex_chain_append(struct futex_bucket *b, struct futex_q *q);
void	futex_chain_remove(struct futex_bucket *b, struct futex_q *q);
void	futex_queue(struct futex_bucket *b, struct futex_q *q);
void	futex_dequeue_locked(struct futex_bucket *b, struct futex_q *q);
void	futex_requeue_q(struct futex_q *q, struct futex_bucket *b1,
	    struct futex_bucket *b2, const struct kern_vm_key *key2);
void	futex_requeue_q_last(struct futex_q *q, struct futex_bucket *b1,
	    struct futex_bucket *b2, const struct kern_vm_key *key2);
int	futex_unqueue(struct futex_q *q);
struct futex_bucket *futex_lock_q_bucket(struct futex_q *q);
struct futex_bucket *futex_relock_q(struct futex_q *q, struct futex_bucket *b);
struct futex_q *futex_top_waiter(struct futex_bucket *b,
	    const struct kern_vm_key *key);
int	futex_fault_in(const uint32_t *uaddr, bool writable);
int	futex_get_value_locked(uint32_t *uval, const uint32_t *uaddr);
int	futex_cmpxchg_value_locked(uint32_t *curval, uint32_t *uaddr,
	    uint32_t uval, uint32_t newval);

/*
 * Deferred wakeups: a waker marks futex_qs under the bucket lock and
 * wakes their threads after dropping it, so that a woken thread does not
 * run straight into the lock its waker still holds (Linux: wake_q).
 * Only channels are remembered: a woken waiter may return and reuse its
 * stack before the wakeup is sent, which then costs at most a spurious
 * wakeup of a later sleep of that same thread.
 */
#define	FUTEX_WAKEQ_SIZE	16
struct futex_wakeq {
	int		  wq_n;
	const void	 *wq_chan[FUTEX_WAKEQ_SIZE];
};
#define	FUTEX_WAKEQ_INIT	{ .wq_n = 0 }
void	futex_wake_mark(struct futex_wakeq *wq, struct futex_q *q);
void	futex_wakeq_run(struct futex_wakeq *wq);

/*
 * The thread id the futex word protocols use (FUTEX_TID_MASK part): the
 * Linux TID. Both Linux hosts (in-process, tracer) give threads their Linux
 * TID as td_tid, and kern_tdfind() finds them by it — the clone
 * subsystem's em_tid is the same number there (linux_emul.h). A FreeBSD
 * kernel, whose first thread's Linux TID is the pid rather than its
 * td_tid, would read em_tid here and look owners up with
 * linux_emul_find_tid().
 */
static inline uint32_t
futex_tid(struct thread *td)
{

	return ((uint32_t)td->td_tid);
}

/* linux_futex_waitwake.c */
int	futex_wait(struct thread *td, uint32_t *uaddr, int flags, uint32_t val,
	    const struct ktimeout *deadline, uint32_t bitset);
int	futex_wake(struct thread *td, uint32_t *uaddr, int flags, int nr_wake,
	    uint32_t bitset, int *woken);
int	futex_wait_queue_and_sleep(struct futex_bucket *b, struct futex_q *q,
	    const struct ktimeout *deadline, const char *wmesg);

/* linux_futex_waitv.c */
struct futex_waitv_sleep {
	struct kmutex		 ws_lock;
	bool			 ws_woken;	/* (ws_lock) */
};

struct futex_waitv_entry {
	struct futex_q		 fw_q;		/* first: the wake hook casts */
	struct futex_waitv_sleep *fw_sleep;
	struct kern_vm_key	 fw_key;	/* ours; fw_q's may be requeued */
	uint32_t		*fw_uaddr;
	uint32_t		 fw_val;
	int			 fw_flags;	/* FUTEX_F_SHARED */
};

int	futex_wait_multiple(struct thread *td, struct futex_waitv_entry *v,
	    int n, const struct ktimeout *deadline, int *index);

/* linux_futex_syscall.c */
struct l_timespec64;
int	futex_timespec64_in(const struct l_timespec64 *uts, int64_t *ns);

/* linux_futex_wakeop.c */
int	futex_wake_op(struct thread *td, uint32_t *uaddr1, int flags,
	    uint32_t *uaddr2, int nr_wake, int nr_wake2, uint32_t op,
	    int *woken);

/* linux_futex_requeue.c */
int	futex_requeue(struct thread *td, uint32_t *uaddr1, int flags,
	    uint32_t *uaddr2, int nr_wake, int nr_requeue,
	    const uint32_t *cmpval, int *count);

/* linux_futex_pi.c */
int	futex_lock_pi(struct thread *td, uint32_t *uaddr, int flags,
	    const struct ktimeout *deadline, bool trylock);
int	futex_unlock_pi(struct thread *td, uint32_t *uaddr, int flags);
void	futex_pi_exit(struct thread *td, struct linux_futex_thread *ft);
/* ... and the parts linux_futex_requeue_pi.c shares. */
struct futex_pi_state *pi_state_alloc(struct thread *owner,
	    const struct kern_vm_key *key);
void	pi_state_get(struct futex_pi_state *ps);
void	pi_state_put(struct futex_pi_state *ps);
int	futex_lock_pi_atomic(struct thread *task, uint32_t *uaddr,
	    struct futex_bucket *b, const struct kern_vm_key *key,
	    struct futex_pi_state **psp, struct thread **exitingp,
	    bool *acquired, bool set_waiters);
void	wait_for_owner_exiting(struct thread *owner);
bool	futex_pi_chain_deadlocks(struct thread *td, struct futex_pi_state *ps);
void	futex_pi_grant(struct futex_pi_state *ps, struct futex_q *q,
	    bool owner_died);
int	futex_pi_waiter_done(struct thread *td, uint32_t *uaddr,
	    struct futex_bucket *b, struct futex_q *q, int error);

/* linux_futex_requeue_pi.c */
int	futex_wait_requeue_pi(struct thread *td, uint32_t *uaddr, int flags,
	    uint32_t val, const struct ktimeout *deadline, uint32_t bitset,
	    uint32_t *uaddr2);
int	futex_cmp_requeue_pi(struct thread *td, uint32_t *uaddr1, int flags,
	    uint32_t *uaddr2, int nr_wake, int nr_requeue, uint32_t cmpval,
	    int *count);

/* linux_futex_robust.c */
int	futex_set_robust_list(struct thread *td, void *head, size_t len);
int	futex_get_robust_list(struct thread *td, int pid, void **headp,
	    size_t *lenp);

/*
 * The robust-list head in user memory (Linux uapi futex.h, struct
 * robust_list_head): three words of the emulated architecture. Bit 0 of a
 * list pointer marks a PI futex.
 */
struct futex_robust_head {
	uintptr_t	frh_list_next;		/* struct robust_list *next */
	intptr_t	frh_futex_offset;	/* long futex_offset */
	uintptr_t	frh_list_op_pending;	/* struct robust_list * */
};
_Static_assert(sizeof(struct futex_robust_head) == 3 * sizeof(long),
    "struct robust_list_head is three longs");

/* linux_futex_fd.c */
int	futex_fd(struct thread *td, uint32_t *uaddr, int signal, int *fdp);

/*
 * Test hook: the number of futex_qs queued under the key of uaddr (with
 * the given FUTEX_F_SHARED flag) — "wait until the bucket shows N
 * waiters". Returns 0 or an error of the key lookup.
 */
int	linux_futex_test_waiters(struct thread *td, uint32_t *uaddr,
	    int flags, int *count);
/* Test hook: double the hash table now (false: not grown). */
bool	linux_futex_test_grow(void);

#endif /* !_LINUX_FUTEX_PRIVATE_H_ */
