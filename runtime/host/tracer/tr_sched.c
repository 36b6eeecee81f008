/*
 * tr_sched.c — host threads of the tracer host: coroutines on the ptrace
 * thread, their run queue, sleep queues and timers, and the parts of the
 * kernel API built on them (kern_msleep, kern_wakeup, kmtx, curthread).
 *
 * Everything here runs on the one ptrace thread (tracer.h says why), so the
 * queues need no locks: between a coroutine deciding to sleep and its
 * switch back to the scheduler nothing else can run, which is the
 * "release the interlock atomically with going to sleep" kern_msleep
 * promises.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include "tracer.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define	TR_ASAN	1
#endif
#if __has_feature(thread_sanitizer)
#define	TR_TSAN	1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define	TR_ASAN	1
#endif
#if defined(__SANITIZE_THREAD__)
#define	TR_TSAN	1
#endif

#ifdef TR_ASAN
void	__asan_unpoison_memory_region(void const volatile *addr, size_t size);
void	__sanitizer_start_switch_fiber(void **fake_stack_save,
	    const void *bottom, size_t size);
void	__sanitizer_finish_switch_fiber(void *fake_stack_save,
	    const void **bottom_old, size_t *size_old);
#endif
#ifdef TR_TSAN
void	*__tsan_get_current_fiber(void);
void	*__tsan_create_fiber(unsigned flags);
void	 __tsan_destroy_fiber(void *fiber);
void	 __tsan_switch_to_fiber(void *fiber, unsigned flags);
#endif

/* Sanitizers need far more stack than the kernel-style handlers. */
#if defined(TR_ASAN) || defined(TR_TSAN)
#define	TR_STACK_SIZE	(1024 * 1024)
#else
#define	TR_STACK_SIZE	(256 * 1024)
#endif

#define	TR_SLEEPQ_BUCKETS	256

TAILQ_HEAD(tr_threadq, tr_thread);

static struct {
	void			*sched_sp;	/* the scheduler loop's stack */
	void			*sched_tsan_fiber;
	void			*sched_fake_stack;	/* ASan */
	const void		*sched_stack_bottom;
	size_t			 sched_stack_size;
	struct tr_thread	*current;
	struct tr_threadq	 runq;
	struct tr_threadq	 timerq;	/* by tt_wake_at_ns */
	struct tr_threadq	 parkq;		/* by tt_park_at_ns, FIFO */
	struct tr_threadq	 sleepq[TR_SLEEPQ_BUCKETS];
} sched;

void
tr_sched_init(void)
{
	int i;

	TAILQ_INIT(&sched.runq);
	TAILQ_INIT(&sched.timerq);
	TAILQ_INIT(&sched.parkq);
	for (i = 0; i < TR_SLEEPQ_BUCKETS; i++)
		TAILQ_INIT(&sched.sleepq[i]);
#ifdef TR_TSAN
	sched.sched_tsan_fiber = __tsan_get_current_fiber();
#endif
}

struct tr_thread *
tr_current(void)
{

	return (sched.current);
}

struct thread *
kern_curthread(void)
{

	if (sched.current == NULL)
		kern_panic("curthread used outside of a host thread");
	return (&sched.current->tt_td);
}

/*
 * Coroutines. tr_ctx.S switches stacks; a coroutine's stack starts with
 * the frame tr_ctx_switch() pops: six (amd64) or four (i386) zero
 * registers, the coroutine in the rbx/ebx slot, and tr_ctx_entry as the
 * return address.
 */
void	tr_ctx_switch(void **save_sp, void *load_sp);
void	tr_ctx_entry(void);
void	tr_ctx_start(struct tr_coro *co) __attribute__((__noreturn__));

void
tr_ctx_start(struct tr_coro *co)
{

#ifdef TR_ASAN
	__sanitizer_finish_switch_fiber(NULL, &sched.sched_stack_bottom,
	    &sched.sched_stack_size);
#endif
	co->co_fn(co->co_arg);
	tr_coro_exit();
}

void
tr_coro_start(struct tr_coro *co, void (*fn)(void *), void *arg)
{
	uintptr_t *sp;

	co->co_stack_size = TR_STACK_SIZE;
	co->co_stack = mmap(NULL, co->co_stack_size, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
	if (co->co_stack == MAP_FAILED)
		kern_panic("cannot allocate a host thread stack");
#ifdef TR_ASAN
	/* A finished coroutine's frames leave their redzones in the shadow
	   of memory a new stack may reuse. */
	__asan_unpoison_memory_region(co->co_stack, co->co_stack_size);
#endif
	co->co_fn = fn;
	co->co_arg = arg;
	co->co_done = false;
	sp = (uintptr_t *)(((uintptr_t)co->co_stack + co->co_stack_size) &
	    ~(uintptr_t)15);
	sp -= 8;		/* 16-byte aligned: see tr_ctx.S */
#if defined(__x86_64__)
	sp[0] = sp[1] = sp[2] = sp[3] = 0;	/* r15 r14 r13 r12 */
	sp[4] = (uintptr_t)co;			/* rbx */
	sp[5] = 0;				/* rbp */
	sp[6] = (uintptr_t)tr_ctx_entry;
	sp[7] = 0;
#else
	sp[0] = sp[1] = 0;			/* edi esi */
	sp[2] = (uintptr_t)co;			/* ebx */
	sp[3] = 0;				/* ebp */
	sp[4] = (uintptr_t)tr_ctx_entry;
	sp[5] = sp[6] = sp[7] = 0;
#endif
	co->co_sp = sp;
#ifdef TR_TSAN
	co->co_tsan_fiber = __tsan_create_fiber(0);
#endif
}

void
tr_coro_free(struct tr_coro *co)
{

	if (co->co_stack != NULL) {
#ifdef TR_ASAN
		__asan_unpoison_memory_region(co->co_stack, co->co_stack_size);
#endif
		munmap(co->co_stack, co->co_stack_size);
	}
	co->co_stack = NULL;
#ifdef TR_TSAN
	if (co->co_tsan_fiber != NULL)
		__tsan_destroy_fiber(co->co_tsan_fiber);
	co->co_tsan_fiber = NULL;
#endif
}

/* Scheduler → coroutine of t, until it blocks or finishes. */
static void
tr_switch_to(struct tr_thread *t)
{
	struct tr_coro *co = &t->tt_coro;

	sched.current = t;
#ifdef TR_ASAN
	__sanitizer_start_switch_fiber(&sched.sched_fake_stack, co->co_stack,
	    co->co_stack_size);
#endif
#ifdef TR_TSAN
	__tsan_switch_to_fiber(co->co_tsan_fiber, 0);
#endif
	tr_ctx_switch(&sched.sched_sp, co->co_sp);
#ifdef TR_ASAN
	__sanitizer_finish_switch_fiber(sched.sched_fake_stack, NULL, NULL);
#endif
	sched.current = NULL;
}

/* Coroutine → scheduler; returns when someone made us runnable again. */
void
tr_block(void)
{
	struct tr_thread *t = sched.current;
	struct tr_coro *co = &t->tt_coro;

#ifdef TR_ASAN
	__sanitizer_start_switch_fiber(&co->co_san_fake_stack,
	    sched.sched_stack_bottom, sched.sched_stack_size);
#endif
#ifdef TR_TSAN
	__tsan_switch_to_fiber(sched.sched_tsan_fiber, 0);
#endif
	tr_ctx_switch(&co->co_sp, sched.sched_sp);
#ifdef TR_ASAN
	__sanitizer_finish_switch_fiber(co->co_san_fake_stack,
	    &sched.sched_stack_bottom, &sched.sched_stack_size);
#endif
}

void
tr_coro_exit(void)
{
	struct tr_thread *t = sched.current;
	void *dead_sp;

	t->tt_coro.co_done = true;
#ifdef TR_ASAN
	__sanitizer_start_switch_fiber(NULL, sched.sched_stack_bottom,
	    sched.sched_stack_size);
#endif
#ifdef TR_TSAN
	__tsan_switch_to_fiber(sched.sched_tsan_fiber, 0);
#endif
	/* The scheduler frees this stack once we are off it. */
	tr_ctx_switch(&dead_sp, sched.sched_sp);
	kern_panic("a finished host thread was resumed");
}

void
tr_make_runnable(struct tr_thread *t)
{

	if (t->tt_runnable || t->tt_coro.co_done)
		return;
	t->tt_runnable = true;
	TAILQ_INSERT_TAIL(&sched.runq, t, tt_runq);
}

void
tr_run_ready(void)
{
	struct tr_thread *t;

	while ((t = TAILQ_FIRST(&sched.runq)) != NULL) {
		TAILQ_REMOVE(&sched.runq, t, tt_runq);
		t->tt_runnable = false;
		tr_switch_to(t);
		if (t->tt_coro.co_done)
			tr_thread_free(t);
	}
}

/*
 * Sleep queues and timers.
 */
static struct tr_threadq *
tr_sleepq(const void *chan)
{
	uintptr_t h = (uintptr_t)chan;

	h ^= h >> 12;
	h ^= h >> 7;
	return (&sched.sleepq[h % TR_SLEEPQ_BUCKETS]);
}

static void
tr_sleep_end(struct tr_thread *t, int res)
{

	TAILQ_REMOVE(tr_sleepq(t->tt_wchan), t, tt_sleepq);
	if (t->tt_timed)
		TAILQ_REMOVE(&sched.timerq, t, tt_timerq);
	t->tt_timed = false;
	if (t->tt_park_queued)
		TAILQ_REMOVE(&sched.parkq, t, tt_parkq);
	t->tt_park_queued = false;
	t->tt_sleep = TR_AWAKE;
	t->tt_sleep_result = res;
	tr_make_runnable(t);
}

int
tr_wakeup_chan(const void *chan, bool all, int res)
{
	struct tr_threadq *q = tr_sleepq(chan);
	struct tr_thread *t, *next;
	int n = 0;

	for (t = TAILQ_FIRST(q); t != NULL; t = next) {
		next = TAILQ_NEXT(t, tt_sleepq);
		if (t->tt_wchan != chan)
			continue;
		tr_sleep_end(t, res);
		n++;
		if (!all)
			break;
	}
	return (n);
}

bool
tr_interrupt_sleep(struct tr_thread *t, int error, bool force)
{

	if (t->tt_sleep != TR_SLEEPING || (!t->tt_interruptible && !force))
		return (false);
	tr_sleep_end(t, error);
	return (true);
}

int64_t
tr_next_deadline(void)
{
	struct tr_thread *t = TAILQ_FIRST(&sched.timerq);
	struct tr_thread *p = TAILQ_FIRST(&sched.parkq);
	int64_t d = t == NULL ? -1 : t->tt_wake_at_ns;

	if (p != NULL && (d < 0 || p->tt_park_at_ns < d))
		d = p->tt_park_at_ns;
	return (d);
}

void
tr_fire_timers(int64_t now_ns)
{
	struct tr_thread *t;

	while ((t = TAILQ_FIRST(&sched.timerq)) != NULL &&
	    t->tt_wake_at_ns <= now_ns)
		tr_sleep_end(t, EWOULDBLOCK);
	/* Sleeps that lasted long enough to park their task. */
	while ((t = TAILQ_FIRST(&sched.parkq)) != NULL &&
	    t->tt_park_at_ns <= now_ns) {
		TAILQ_REMOVE(&sched.parkq, t, tt_parkq);
		t->tt_park_queued = false;
		t->tt_park_due = true;
		tr_make_runnable(t);
	}
}

static void
tr_timer_insert(struct tr_thread *t)
{
	struct tr_thread *it;

	TAILQ_FOREACH(it, &sched.timerq, tt_timerq) {
		if (it->tt_wake_at_ns > t->tt_wake_at_ns) {
			TAILQ_INSERT_BEFORE(it, t, tt_timerq);
			return;
		}
	}
	TAILQ_INSERT_TAIL(&sched.timerq, t, tt_timerq);
}

int64_t
kern_clock_ns(int clock)
{
	struct timespec ts;

	clock_gettime(clock == KCLOCK_REALTIME ? CLOCK_REALTIME :
	    CLOCK_MONOTONIC, &ts);
	return ((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}


int
kern_msleep(const void *chan, struct kmutex *m, int flags,
    const char *wmesg, const struct ktimeout *deadline)
{
	struct tr_thread *t = tr_current();
	int error;

	(void)wmesg;
	if (t == NULL)
		kern_panic("kern_msleep outside of a host thread");
	if (m != NULL)
		kmtx_assert(m, KA_OWNED);
	t->tt_interruptible = (flags & KSLEEP_CATCH) != 0;
	if (t->tt_interruptible &&
	    (error = tr_signal_pending_check(t)) != 0)
		return (error);
	if (deadline != NULL) {
		int64_t now = kern_clock_ns(deadline->kt_clock);

		if (deadline->kt_deadline_ns <= now)
			return (EWOULDBLOCK);
		/* Timers run on the monotonic clock; a realtime deadline is
		   converted once, as a sleeping Linux task would not notice a
		   clock step either within one sleep. */
		t->tt_wake_at_ns = kern_clock_ns(KCLOCK_MONOTONIC) +
		    (deadline->kt_deadline_ns - now);
		t->tt_timed = true;
		tr_timer_insert(t);
	}
	t->tt_wchan = chan;
	t->tt_sleep = TR_SLEEPING;
	t->tt_sleep_result = 0;
	TAILQ_INSERT_TAIL(tr_sleepq(chan), t, tt_sleepq);
	if (m != NULL)
		kmtx_unlock(m);
	/*
	 * Parking (tr_inject.c) costs two extra stops, so it waits until the
	 * sleep has lasted TR_PARK_DELAY_NS: most futex waits are woken
	 * sooner, and a signal sent meanwhile is only late by that much,
	 * like a thread that was not scheduled at once.
	 */
	t->tt_park_due = false;
	/* A task that waits in a seccomp notification sleeps in the kernel
	   already, where signals reach it: no parking. */
	if (t->tt_interruptible && !t->tt_notif) {
		t->tt_park_at_ns = kern_clock_ns(KCLOCK_MONOTONIC) +
		    TR_PARK_DELAY_NS;
		t->tt_park_queued = true;
		TAILQ_INSERT_TAIL(&sched.parkq, t, tt_parkq);
	}
	while (t->tt_sleep == TR_SLEEPING) {
		if (t->tt_notif && tr_mail_pending(t)) {
			/* It left the notification before we slept. */
			t->tt_notif_dead = true;
			tr_interrupt_sleep(t, EINTR, true);
			break;
		}
		tr_block();
		if (t->tt_sleep == TR_SLEEPING && t->tt_park_due) {
			t->tt_park_due = false;
			tr_park_begin(t);
		}
		/* The task stopped or died under us (tr_inject.c); a task
		   in a notification stops only once it has left it. */
		if (t->tt_sleep == TR_SLEEPING && tr_mail_pending(t)) {
			if (t->tt_notif) {
				t->tt_notif_dead = true;
				tr_interrupt_sleep(t, EINTR, true);
			} else
				tr_park_event(t);
		}
	}
	if (t->tt_parked)
		tr_park_end(t);
	t->tt_interruptible = false;
	error = t->tt_sleep_result;
	if (m != NULL)
		kmtx_lock(m);
	return (error);
}

void
kern_wakeup(const void *chan)
{

	tr_wakeup_chan(chan, true, 0);
}

void
kern_wakeup_one(const void *chan)
{

	tr_wakeup_chan(chan, false, 0);
}

/*
 * Mutexes: coroutine locks (tracer.h). km_owner holds the owning
 * coroutine's thread, cast; km_mtx is unused by this host.
 */
#define	KM_OWNER(m)	((struct tr_thread *)(uintptr_t)(m)->km_owner)

void
kmtx_init(struct kmutex *m, const char *name)
{

	memset(m, 0, sizeof(*m));
	m->km_name = name;
}

void
kmtx_destroy(struct kmutex *m)
{

	if (m->km_owned)
		kern_panic("kmtx_destroy: %s is held", m->km_name);
}

/* The wait channel of a mutex's waiters: distinct from `m` itself, which a
   caller may legitimately use as a kern_msleep channel. */
#define	KM_CHAN(m)	((const char *)(m) + 1)

void
kmtx_lock(struct kmutex *m)
{
	struct tr_thread *t = tr_current();

	if (m->km_owned && KM_OWNER(m) == t)
		kern_panic("kmtx_lock: %s already held by this thread",
		    m->km_name);
	while (m->km_owned) {
		if (t == NULL)
			kern_panic("kmtx_lock: %s contended outside of a "
			    "host thread", m->km_name);
		t->tt_wchan = KM_CHAN(m);
		t->tt_sleep = TR_SLEEPING;
		t->tt_interruptible = false;
		TAILQ_INSERT_TAIL(tr_sleepq(t->tt_wchan), t, tt_sleepq);
		while (t->tt_sleep == TR_SLEEPING)
			tr_block();
	}
	m->km_owned = 1;
	m->km_owner = (pthread_t)(uintptr_t)t;
}

void
kmtx_unlock(struct kmutex *m)
{

	if (!m->km_owned || KM_OWNER(m) != tr_current())
		kern_panic("kmtx_unlock: %s not held by this thread",
		    m->km_name);
	m->km_owned = 0;
	m->km_owner = 0;
	tr_wakeup_chan(KM_CHAN(m), false, 0);
}

void
kmtx_assert(struct kmutex *m, int what)
{
	bool mine = m->km_owned && KM_OWNER(m) == tr_current();

	if (what == KA_OWNED && !mine)
		kern_panic("mutex %s not owned", m->km_name);
	if (what == KA_NOTOWNED && mine)
		kern_panic("mutex %s owned", m->km_name);
}

void *
kern_malloc(size_t size, int flags)
{
	void *p;

	p = (flags & KM_ZERO) ? calloc(1, size ? size : 1) :
	    malloc(size ? size : 1);
	if (p == NULL)
		kern_panic("kern_malloc: out of memory (%zu bytes)", size);
	return (p);
}

void
kern_free(void *p)
{

	free(p);
}
