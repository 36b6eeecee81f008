/*
 * inproc_sleep.c — kern_msleep(), kern_wakeup() and interruption by
 * signals, for the in-process host.
 *
 * Sleep queues as in FreeBSD's subr_sleepqueue.c, simplified: a channel
 * hashes to one of SQ_BUCKETS buckets, each a mutex and a FIFO list of the
 * threads asleep on any channel of that bucket. A sleeping thread parks on
 * a word of its own with the real futex(2) (FUTEX_WAIT_BITSET with an
 * absolute deadline on the clock asked for); whoever wakes or kicks it
 * clears the word under the bucket lock and FUTEX_WAKEs it after dropping
 * the lock, so that the woken thread does not run into a lock its waker
 * still holds (park words are type-stable, inproc_private.h). One real
 * system call per sleep and one per wakeup; a condition variable, or a
 * wakeup sent under the lock, costs two to six times more on one CPU
 * (docs/runtime-futex.md).
 *
 * Ordering that makes wakeups impossible to lose: kern_msleep() enqueues
 * the thread under the bucket lock *before* releasing the caller's
 * interlock, and a waker takes the same bucket lock, so a waker that
 * acquired the interlock after the sleeper released it finds the sleeper
 * queued. Lock order: any kmutex, then a bucket lock; a bucket lock is
 * never held while taking a kmutex.
 *
 * Signals: see inproc.h. The check function runs with no host lock held;
 * a kick marks the sleeper (it_kicked, under the bucket lock) so that a
 * kick arriving between a check and the wait is not lost.
 *
 * The park word: 1 while the thread may sleep, set under the bucket lock
 * before the lock is released; a waker or kicker stores 0 under the lock
 * before FUTEX_WAKE, so a thread that has not reached FUTEX_WAIT yet finds
 * 0 and does not sleep.
 */
#include <sched.h>
#include <string.h>

#include "inproc_private.h"

#define	SQ_BUCKETS	256		/* power of two */

struct sq_bucket {
	pthread_mutex_t		 sb_lock;
	struct inproc_thread	*sb_head;
	struct inproc_thread	*sb_tail;
} __attribute__((aligned(64)));

static struct sq_bucket sq_table[SQ_BUCKETS];
static pthread_once_t sq_once = PTHREAD_ONCE_INIT;

static int default_signal_check(struct thread *td);
static inproc_sigcheck_t *_Atomic signal_check = default_signal_check;

static void
sq_init(void)
{
	int i;

	for (i = 0; i < SQ_BUCKETS; i++)
		pthread_mutex_init(&sq_table[i].sb_lock, NULL);
}

static struct sq_bucket *
sq_lookup(const void *chan)
{
	uintptr_t h = (uintptr_t)chan;

	pthread_once(&sq_once, sq_init);
	/* Channels are addresses of objects: drop the alignment bits. */
	h = (h >> 4) ^ (h >> 12);
	return (&sq_table[h & (SQ_BUCKETS - 1)]);
}

static void
sq_insert(struct sq_bucket *sb, struct inproc_thread *it)
{

	it->it_sq_next = NULL;
	it->it_sq_prev = sb->sb_tail;
	if (sb->sb_tail != NULL)
		sb->sb_tail->it_sq_next = it;
	else
		sb->sb_head = it;
	sb->sb_tail = it;
}

static void
sq_remove(struct sq_bucket *sb, struct inproc_thread *it)
{

	if (it->it_sq_prev != NULL)
		it->it_sq_prev->it_sq_next = it->it_sq_next;
	else
		sb->sb_head = it->it_sq_next;
	if (it->it_sq_next != NULL)
		it->it_sq_next->it_sq_prev = it->it_sq_prev;
	else
		sb->sb_tail = it->it_sq_prev;
	it->it_sq_next = it->it_sq_prev = NULL;
}

static int
default_signal_check(struct thread *td)
{

	return (atomic_exchange(&inproc_thread_of(td)->it_intr, 0));
}

int
inproc_signal_check(struct inproc_thread *it)
{
	int error;

	error = atomic_load(&signal_check)(&it->it_td);
	KASSERT(error == 0 || error == EINTR || error == ERESTART,
	    ("signal check returned %d", error));
	return (error);
}

void
inproc_set_signal_check(inproc_sigcheck_t *check)
{

	atomic_store(&signal_check,
	    check != NULL ? check : default_signal_check);
}

int
kern_msleep(const void *chan, struct kmutex *m, int flags, const char *wmesg,
    const struct ktimeout *deadline)
{
	struct inproc_thread *it = inproc_cur;
	struct sq_bucket *sb;
	bool catch = (flags & KSLEEP_CATCH) != 0, timedout;
	int error;

	KASSERT(it != NULL, ("kern_msleep: not an emulated thread"));
	KASSERT(chan != NULL, ("kern_msleep: NULL channel"));
	kmtx_assert(m, KA_OWNED);
	atomic_fetch_add(&it->it_sleeps, 1);

	/* A signal already pending interrupts before we sleep at all. */
	if (catch && (error = inproc_signal_check(it)) != 0)
		return (error);

	sb = sq_lookup(chan);
	pthread_mutex_lock(&sb->sb_lock);
	sq_insert(sb, it);
	it->it_woken = false;
	it->it_kicked = false;
	it->it_catch = catch;
	atomic_store(&it->it_wmesg, wmesg);
	atomic_store(&it->it_wchan, chan);
	kmtx_unlock(m);

	error = 0;
	for (;;) {
		if (it->it_woken)
			break;
		if (catch && it->it_kicked) {
			it->it_kicked = false;
			pthread_mutex_unlock(&sb->sb_lock);
			error = inproc_signal_check(it);
			pthread_mutex_lock(&sb->sb_lock);
			if (it->it_woken) {
				/* The wakeup wins; the signal is delivered
				   on the way out of the call. */
				error = 0;
				break;
			}
			if (error != 0) {
				sq_remove(sb, it);
				break;
			}
			continue;
		}
		atomic_store(&it->it_park->pk_word, 1);
		pthread_mutex_unlock(&sb->sb_lock);
		timedout = inproc_host_park(&it->it_park->pk_word, 1,
		    deadline != NULL ? deadline->kt_clock : 0,
		    deadline != NULL ? deadline->kt_deadline_ns : -1);
		pthread_mutex_lock(&sb->sb_lock);
		if (timedout && !it->it_woken && !(catch && it->it_kicked)) {
			sq_remove(sb, it);
			error = EWOULDBLOCK;
			break;
		}
	}
	atomic_store(&it->it_wchan, NULL);
	atomic_store(&it->it_wmesg, NULL);
	pthread_mutex_unlock(&sb->sb_lock);
	kmtx_lock(m);
	return (error);
}

/* Wake the parked words after the bucket lock is dropped, in batches. */
#define	UNPARK_BATCH	32

static void
wakeup_chan(const void *chan, bool one)
{
	struct sq_bucket *sb = sq_lookup(chan);
	struct inproc_thread *it, *next;
	struct inproc_park *unpark[UNPARK_BATCH];
	int i, n;

	do {
		n = 0;
		pthread_mutex_lock(&sb->sb_lock);
		for (it = sb->sb_head; it != NULL && n < UNPARK_BATCH;
		    it = next) {
			next = it->it_sq_next;
			if (atomic_load_explicit(&it->it_wchan,
			    memory_order_relaxed) != chan)
				continue;
			sq_remove(sb, it);
			it->it_woken = true;
			atomic_store(&it->it_park->pk_word, 0);
			unpark[n++] = it->it_park;
			if (one)
				break;
		}
		pthread_mutex_unlock(&sb->sb_lock);
		for (i = 0; i < n; i++)
			inproc_host_unpark(&unpark[i]->pk_word);
	} while (n == UNPARK_BATCH && !one);
}

/*
 * The park-word pool: allocated in blocks, never freed (see
 * inproc_private.h for why).
 */
#define	PARK_BLOCK	64
static pthread_mutex_t park_lock = PTHREAD_MUTEX_INITIALIZER;
static struct inproc_park *park_free;

struct inproc_park *
inproc_park_get(void)
{
	struct inproc_park *pk, *block;
	int i;

	pthread_mutex_lock(&park_lock);
	if (park_free == NULL) {
		block = kern_malloc(PARK_BLOCK * sizeof(*block), KM_ZERO);
		for (i = 0; i < PARK_BLOCK; i++) {
			block[i].pk_next = park_free;
			park_free = &block[i];
		}
	}
	pk = park_free;
	park_free = pk->pk_next;
	pthread_mutex_unlock(&park_lock);
	return (pk);
}

void
inproc_park_put(struct inproc_park *pk)
{

	pthread_mutex_lock(&park_lock);
	pk->pk_next = park_free;
	park_free = pk;
	pthread_mutex_unlock(&park_lock);
}

void
kern_wakeup(const void *chan)
{

	wakeup_chan(chan, false);
}

void
kern_wakeup_one(const void *chan)
{

	wakeup_chan(chan, true);
}

int64_t
kern_clock_ns(int clock)
{

	KASSERT(clock == KCLOCK_MONOTONIC || clock == KCLOCK_REALTIME,
	    ("kern_clock_ns: clock %d", clock));
	return (inproc_clock_ns(clock));
}

void
inproc_thread_kick(struct thread *td)
{
	struct inproc_thread *it = inproc_thread_of(td);
	struct inproc_park *pk;
	struct sq_bucket *sb;
	const void *chan;

	for (;;) {
		chan = atomic_load(&it->it_wchan);
		if (chan == NULL)
			return;		/* the next catching sleep checks */
		sb = sq_lookup(chan);
		pthread_mutex_lock(&sb->sb_lock);
		if (atomic_load(&it->it_wchan) == chan) {
			pk = NULL;
			if (it->it_catch) {
				it->it_kicked = true;
				atomic_store(&it->it_park->pk_word, 0);
				pk = it->it_park;
			}
			pthread_mutex_unlock(&sb->sb_lock);
			if (pk != NULL)
				inproc_host_unpark(&pk->pk_word);
			return;
		}
		pthread_mutex_unlock(&sb->sb_lock);
	}
}

void
inproc_thread_interrupt(struct thread *td, int how)
{

	KASSERT(how == EINTR || how == ERESTART,
	    ("inproc_thread_interrupt: how %d", how));
	atomic_store(&inproc_thread_of(td)->it_intr, how);
	inproc_thread_kick(td);
}

bool
inproc_thread_sleeping(struct thread *td, const char **wmesg)
{
	struct inproc_thread *it = inproc_thread_of(td);
	bool asleep;

	asleep = atomic_load(&it->it_wchan) != NULL;
	if (wmesg != NULL)
		*wmesg = asleep ? atomic_load(&it->it_wmesg) : NULL;
	return (asleep);
}

uint64_t
inproc_thread_sleep_count(struct thread *td)
{

	return (atomic_load(&inproc_thread_of(td)->it_sleeps));
}

void
inproc_wait_until_sleeping(struct thread *td, const char *wmesg)
{
	const char *w;

	for (;;) {
		if (inproc_thread_sleeping(td, &w) &&
		    (wmesg == NULL || (w != NULL && strcmp(w, wmesg) == 0)))
			return;
		sched_yield();
	}
}
