/*
 * futex_diff.c — the differential test of the futex emulation: run one
 * scripted sequence of futex operations against this machine's real futex
 * system call and against the emulation (the in-process host, through the
 * syscall entry point), print both transcripts, and exit 0 only if they are
 * identical.
 *
 * A transcript records every call's return value, which worker threads
 * returned because of it (and with what), and the futex words after it,
 * with thread ids replaced by names (T0 is the controller, Tn worker n) so
 * that PI and robust words compare. The emulation runs as the release of
 * the running kernel (linux_set_kernver()), so both sides follow the same
 * rules.
 *
 * Synchronisation is by handshakes only: a worker is "blocked" when the
 * real kernel reports it asleep in futex(2) on the expected word
 * (/proc/self/task/<tid>/syscall, which only shows the call of a task that
 * is off the CPU) or when the emulation reports it asleep in the runtime.
 * A handshake that does not complete within HANDSHAKE_LIMIT is written into
 * the transcript as a failure rather than hanging.
 *
 * Usage: futex_diff <script>|list. Exit status: 0 identical, 1 different,
 * 2 usage, 3 identical but a handshake failed (a broken script).
 * Built for amd64 and i386 (tests/runtime/rules.mk, helpers).
 */
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include <linux_types.h>

#include "futex_test_emul.h"
#include "inproc.h"
#include "linux_futex_private.h"
#include "linux_release.h"
#include "linux_syscall.h"

/* errno without <errno.h>, whose names kern_errno.h gives other values. */
extern int *__errno_location(void);

#define	HANDSHAKE_LIMIT_NS	(10LL * 1000000000LL)
#define	NWORDS			8
#define	NWORKERS		6

/*
 * Operands. Addresses: a word of the arena (0..NWORDS-1) or a bad one.
 * Timeouts: how the 4th argument is made.
 */
enum {
	A_RO = 100,		/* a word of a read-only page */
	A_NOPAGE,		/* a word of a PROT_NONE page */
	A_NULL,
	A_MISALIGNED,		/* word 0 plus one byte */
	A_KERNEL,		/* above the user address range */
};
enum {
	T_NULL,
	T_VAL2,			/* the number targ (REQUEUE, WAKE_OP) */
	T_REL,			/* timespec of targ nanoseconds */
	T_ABS_PAST,		/* timespec 1 s after the epoch */
	T_BAD_NS,		/* tv_nsec = 1e9 */
	T_NEG,			/* tv_sec = -1 */
	T_FAULT,		/* a pointer into the PROT_NONE page */
};

enum {
	S_SET,			/* word a1 = val */
	S_SETTID,		/* word a1 = tid of worker `who` | val */
	S_CALL,			/* `who` makes a call that returns */
	S_BLOCK,		/* worker `who` makes a call that blocks */
	S_INTR,			/* interrupt worker `who` (val: restartable) */
	S_AWAIT,		/* wait for `wakes` more workers to return */
	S_EXIT,			/* worker `who` ends (wakes: returns expected) */
	S_ROBUST,		/* worker `who` registers a robust list holding
				   word a1 (val: 1 PI entry, 2 pending only) */
};

struct step {
	int		s_kind;
	int		s_who;		/* 0: controller; 1..: worker */
	int		s_op;
	int		s_a1;
	uint32_t	s_val;
	int		s_tkind;
	int64_t		s_targ;
	int		s_a2;
	uint32_t	s_val3;
	int		s_wakes;	/* workers expected to return */
};

#define	SET(i, v)	{ .s_kind = S_SET, .s_a1 = (i), .s_val = (v) }
#define	SETTID(i, w, f)	{ .s_kind = S_SETTID, .s_a1 = (i), .s_who = (w), \
			  .s_val = (f) }
#define	CALL(who, op, a1, val, tk, ta, a2, v3, wakes)			\
	{ .s_kind = S_CALL, .s_who = (who), .s_op = (op), .s_a1 = (a1),	\
	  .s_val = (val), .s_tkind = (tk), .s_targ = (ta), .s_a2 = (a2),\
	  .s_val3 = (v3), .s_wakes = (wakes) }
#define	BLOCK(who, op, a1, val, tk, ta, a2, v3)				\
	{ .s_kind = S_BLOCK, .s_who = (who), .s_op = (op), .s_a1 = (a1),\
	  .s_val = (val), .s_tkind = (tk), .s_targ = (ta), .s_a2 = (a2),\
	  .s_val3 = (v3) }
#define	INTR(who, restart, wakes)					\
	{ .s_kind = S_INTR, .s_who = (who), .s_val = (restart),		\
	  .s_wakes = (wakes) }
#define	AWAIT(n)	{ .s_kind = S_AWAIT, .s_wakes = (n) }
#define	EXIT(who, wakes) { .s_kind = S_EXIT, .s_who = (who), .s_wakes = (wakes) }
#define	ROBUST(who, i, how) { .s_kind = S_ROBUST, .s_who = (who),	\
			  .s_a1 = (i), .s_val = (how) }

/* As a BLOCK's value: whatever the word holds when the step runs. */
#define	VAL_CURRENT	0xdeadbeefu

/* Shorthands for the common calls. */
#define	OP_WAIT		LINUX_FUTEX_WAIT
#define	OP_WAKE		LINUX_FUTEX_WAKE
#define	PRIV		LINUX_FUTEX_PRIVATE_FLAG
#define	CLKRT		LINUX_FUTEX_CLOCK_REALTIME
#define	NOA		A_NULL		/* no second address */
#define	WAKE(who, a, n, wakes)	CALL(who, OP_WAKE, a, n, T_NULL, 0, NOA, 0, wakes)
#define	WAITB(who, a, v)	BLOCK(who, OP_WAIT, a, v, T_NULL, 0, NOA, 0)
#define	WOP(o, oa, c, ca)	((((uint32_t)(o) & 0xf) << 28) |	\
	(((uint32_t)(c) & 0xf) << 24) | (((uint32_t)(oa) & 0xfff) << 12) | \
	((uint32_t)(ca) & 0xfff))

struct script {
	const char		*sc_name;
	const struct step	*sc_steps;
	int			 sc_nsteps;
};

#include "futex_diff_scripts.h"

/*
 * The two backends.
 */
struct worker;
struct backend {
	const char	*b_name;
	void		 (*b_init)(void);
	long		 (*b_futex)(uint32_t *, int, uint32_t, const void *,
			    uint32_t *, uint32_t);
	void		 (*b_start)(struct worker *);
	void		 (*b_join)(struct worker *);
	bool		 (*b_blocked)(struct worker *, const uint32_t *);
	void		 (*b_interrupt)(struct worker *, bool restart);
	uint64_t	 (*b_intr_progress)(struct worker *);
	long		 (*b_set_robust)(void *head, size_t len);
};

struct worker {
	int		 w_index;
	bool		 w_alive;
	atomic_int	 w_tid;
	atomic_int	 w_cmd_seq;	/* commands posted */
	atomic_int	 w_done_seq;	/* commands finished */
	const struct step *w_cmd;
	struct step	 w_step;	/* a command made at run time */
	atomic_long	 w_result;
	atomic_bool	 w_reported;	/* result already in the transcript */
	atomic_uint	 w_signals;	/* real: handler runs */
	pthread_t	 w_pthread;
	struct inproc_spawned *w_spawned;
	struct thread	*w_td;
};

static const struct backend *be;
static struct worker workers[NWORKERS + 1];
static int dead_tid[NWORKERS + 1];	/* ids of workers that exited */
static uint32_t *arena, *ro_page, *none_page;
static char *transcript;
static size_t tlen, tcap;
static struct proc *emul_proc;

static void tprintf(const char *fmt, ...) __printflike(1, 2);

static void
tprintf(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (tlen + (size_t)n + 1 > tcap) {
		tcap = (tlen + (size_t)n + 1) * 2;
		transcript = realloc(transcript, tcap);
		if (transcript == NULL)
			abort();
	}
	va_start(ap, fmt);
	vsnprintf(transcript + tlen, tcap - tlen, fmt, ap);
	va_end(ap);
	/* FUTEX_DIFF_TRACE=1: follow a script that hangs, as it runs. */
	if (getenv("FUTEX_DIFF_TRACE") != NULL)
		fprintf(stderr, "%s: %s", be->b_name, transcript + tlen);
	tlen += (size_t)n;
}

static int64_t
now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

static uint32_t *
addr_of(int a)
{

	if (a >= 0 && a < NWORDS)
		return (&arena[a]);
	switch (a) {
	case A_RO:
		return (ro_page);
	case A_NOPAGE:
		return (none_page);
	case A_NULL:
		return (NULL);
	case A_MISALIGNED:
		return ((uint32_t *)((char *)arena + 1));
	case A_KERNEL:
#if defined(__x86_64__)
		return ((uint32_t *)(uintptr_t)UINT64_C(0xffffffffff600000));
#else
		return ((uint32_t *)(uintptr_t)0xfffff000u);
#endif
	}
	abort();
}

/* The 4th argument; *ts is storage for a timespec. */
static const void *
timeout_of(const struct step *s, struct l_timespec *ts)
{

	switch (s->s_tkind) {
	case T_NULL:
		return (NULL);
	case T_VAL2:
		return ((const void *)(uintptr_t)s->s_targ);
	case T_REL:
		ts->tv_sec = s->s_targ / 1000000000;
		ts->tv_nsec = s->s_targ % 1000000000;
		return (ts);
	case T_ABS_PAST:
		ts->tv_sec = 1;
		ts->tv_nsec = 0;
		return (ts);
	case T_BAD_NS:
		ts->tv_sec = 0;
		ts->tv_nsec = 1000000000;
		return (ts);
	case T_NEG:
		ts->tv_sec = -1;
		ts->tv_nsec = 0;
		return (ts);
	case T_FAULT:
		return (none_page);
	}
	abort();
}

static long
do_call(const struct step *s)
{
	struct l_timespec ts;

	return (be->b_futex(addr_of(s->s_a1), s->s_op, s->s_val,
	    timeout_of(s, &ts), addr_of(s->s_a2), s->s_val3));
}

/*
 * Workers: threads that run one command at a time, posted by the
 * controller, and spin (yielding) in between — never in futex(2), so that
 * "asleep in futex on word X" means the command.
 */
static _Thread_local struct worker *self;

struct robust_block {
	uintptr_t	rb_head_next;		/* struct robust_list_head */
	intptr_t	rb_offset;
	uintptr_t	rb_pending;
	uintptr_t	rb_entry_next;		/* one struct robust_list */
};
static struct robust_block *robust_blocks;	/* one per worker */

static void
worker_robust(struct worker *w, const struct step *s)
{
	struct robust_block *rb = &robust_blocks[w->w_index];
	uintptr_t entry = (uintptr_t)&rb->rb_entry_next;

	rb->rb_offset = (intptr_t)((uintptr_t)addr_of(s->s_a1) - entry);
	rb->rb_entry_next = (uintptr_t)&rb->rb_head_next;
	if (s->s_val == 3) {
		/* A head of the wrong size. */
		atomic_store(&w->w_result, be->b_set_robust(rb, 1));
		return;
	}
	if (s->s_val == 2) {
		/* Only list_op_pending names the lock. */
		rb->rb_head_next = (uintptr_t)&rb->rb_head_next;
		rb->rb_pending = entry;
	} else {
		rb->rb_head_next = entry | (s->s_val == 1 ? 1 : 0);
		rb->rb_pending = 0;
	}
	atomic_store(&w->w_result, be->b_set_robust(rb, 3 * sizeof(long)));
}

static long
worker_main(void *arg)
{
	struct worker *w = arg;
	const struct step *s;
	int seq = 0;

	self = w;
	atomic_store(&w->w_tid, (int)syscall(SYS_gettid));
	for (;;) {
		while (atomic_load(&w->w_cmd_seq) == seq)
			sched_yield();
		seq++;
		s = w->w_cmd;
		if (s->s_kind == S_EXIT)
			break;
		if (s->s_kind == S_ROBUST)
			worker_robust(w, s);
		else
			atomic_store(&w->w_result, do_call(s));
		atomic_store(&w->w_done_seq, seq);
	}
	return (0);
}

static void *
worker_pthread_main(void *arg)
{

	(void)worker_main(arg);
	return (NULL);
}

static void
worker_post(struct worker *w, const struct step *s)
{

	w->w_cmd = s;
	atomic_store(&w->w_reported, false);
	atomic_fetch_add(&w->w_cmd_seq, 1);
}

static bool
worker_idle(struct worker *w)
{

	return (atomic_load(&w->w_done_seq) == atomic_load(&w->w_cmd_seq));
}

/*
 * Real kernel backend.
 */
static long
real_futex(uint32_t *uaddr, int op, uint32_t val, const void *t,
    uint32_t *uaddr2, uint32_t val3)
{
	long r;

	r = syscall(SYS_futex, uaddr, op, val, t, uaddr2, val3);
	return (r == -1 ? -(long)*__errno_location() : r);
}

static long
real_set_robust(void *head, size_t len)
{
	long r;

	r = syscall(SYS_set_robust_list, head, len);
	return (r == -1 ? -(long)*__errno_location() : r);
}

static void
real_handler(int sig)
{

	(void)sig;
	if (self != NULL)
		atomic_fetch_add(&self->w_signals, 1);
}

static void
real_init(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = real_handler;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGUSR1, &sa, NULL);		/* no SA_RESTART: EINTR */
	sa.sa_flags = SA_RESTART;
	sigaction(SIGUSR2, &sa, NULL);
}

static void
real_start(struct worker *w)
{

	if (pthread_create(&w->w_pthread, NULL, worker_pthread_main, w) != 0)
		abort();
}

static void
real_join(struct worker *w)
{

	pthread_join(w->w_pthread, NULL);
}

static bool
real_blocked(struct worker *w, const uint32_t *uaddr)
{
	char path[64], buf[256];
	unsigned long nr, a0;
	FILE *f;
	bool blocked = false;

	snprintf(path, sizeof(path), "/proc/self/task/%d/syscall",
	    atomic_load(&w->w_tid));
	f = fopen(path, "r");
	if (f == NULL)
		return (false);
	if (fgets(buf, sizeof(buf), f) != NULL &&
	    sscanf(buf, "%lu %lx", &nr, &a0) == 2)
		blocked = nr == SYS_futex && a0 == (uintptr_t)uaddr;
	fclose(f);
	return (blocked);
}

static void
real_interrupt(struct worker *w, bool restart)
{

	pthread_kill(w->w_pthread, restart ? SIGUSR2 : SIGUSR1);
}

static uint64_t
real_intr_progress(struct worker *w)
{

	return (atomic_load(&w->w_signals));
}

static const struct backend real_backend = {
	"real", real_init, real_futex, real_start, real_join, real_blocked,
	real_interrupt, real_intr_progress, real_set_robust,
};

/*
 * Emulation backend.
 */
static long
emul_futex(uint32_t *uaddr, int op, uint32_t val, const void *t,
    uint32_t *uaddr2, uint32_t val3)
{

	return (inproc_syscall(LINUX_SYS_linux_futex, (long)(uintptr_t)uaddr,
	    op, (long)val, (long)(uintptr_t)t, (long)(uintptr_t)uaddr2,
	    (long)val3));
}

static long
emul_set_robust(void *head, size_t len)
{
	int error;

	/* The 2.6.16 table has no set_robust_list: call the core. */
	error = futex_set_robust_list(inproc_curthread(), head, len);
	return (error == 0 ? 0 : error == EINVAL ? -22 : -14);
}

static int
parse_kernver(const char *release)
{
	int a = 0, b = 0, c = 0;

	sscanf(release, "%d.%d.%d", &a, &b, &c);
	return (LINUX_KERNVER(a, b, c > 255 ? 255 : c));
}

static void
emul_init(void)
{
	struct utsname u;

	uname(&u);
	linux_set_kernver(parse_kernver(u.release));
	emul_hooks_install();
	emul_proc = inproc_proc_create();
	inproc_thread_attach(emul_proc);
	emul_thread_setup();
}

/* Workers are Linux threads: PI owners, robust lists, exit cleanup. */
static long
emul_worker_main(void *arg)
{

	emul_thread_setup();
	return (worker_main(arg));
}

static void
emul_start(struct worker *w)
{

	w->w_spawned = inproc_thread_spawn(emul_proc_for(emul_proc),
	    emul_worker_main, w, 0);
	w->w_td = inproc_spawned_thread(w->w_spawned);
}

static void
emul_join(struct worker *w)
{

	inproc_thread_join(w->w_spawned);
}

static bool
emul_blocked(struct worker *w, const uint32_t *uaddr)
{
	const char *wmesg;

	(void)uaddr;
	return (inproc_thread_sleeping(w->w_td, &wmesg) && wmesg != NULL &&
	    strncmp(wmesg, "futex", 5) == 0);
}

static void
emul_interrupt(struct worker *w, bool restart)
{

	inproc_thread_interrupt(w->w_td, restart ? ERESTART : EINTR);
}

static uint64_t
emul_intr_progress(struct worker *w)
{

	return (inproc_thread_sleep_count(w->w_td));
}

static const struct backend emul_backend = {
	"emulation", emul_init, emul_futex, emul_start, emul_join,
	emul_blocked, emul_interrupt, emul_intr_progress, emul_set_robust,
};

/*
 * The transcript.
 */
static void
print_value(uint32_t v)
{
	uint32_t tid = v & LINUX_FUTEX_TID_MASK;
	bool dead;
	int i;

	for (i = 0; i <= NWORKERS; i++) {
		if (i == 0 ? tid == (uint32_t)syscall(SYS_gettid) :
		    workers[i].w_alive && tid != 0 &&
		    tid == (uint32_t)atomic_load(&workers[i].w_tid))
			break;
	}
	dead = false;
	if (i > NWORKERS && tid != 0) {
		for (i = 1; i <= NWORKERS; i++)
			if (tid == (uint32_t)dead_tid[i])
				break;
		dead = true;
	}
	if (i > NWORKERS || tid == 0) {
		tprintf("%#x", v);
		return;
	}
	if (v & LINUX_FUTEX_WAITERS)
		tprintf("WAITERS|");
	if (v & LINUX_FUTEX_OWNER_DIED)
		tprintf("OWNER_DIED|");
	tprintf("T%d%s", i, dead ? "(exited)" : "");
}

static void
print_words(void)
{
	int i;

	tprintf("   words:");
	for (i = 0; i < NWORDS; i++) {
		tprintf(" ");
		print_value(arena[i]);
	}
	tprintf(" ro=%#x\n", *ro_page);
}

/* Wait until `n` workers that have not reported have returned. */
static void
await_returns(int n)
{
	int64_t limit = now_ns() + HANDSHAKE_LIMIT_NS;
	int i, got;

	for (;;) {
		got = 0;
		for (i = 1; i <= NWORKERS; i++)
			if (workers[i].w_alive && worker_idle(&workers[i]) &&
			    !atomic_load(&workers[i].w_reported))
				got++;
		if (got >= n)
			break;
		if (now_ns() > limit) {
			tprintf("   HANDSHAKE FAILED: %d of %d returns\n", got,
			    n);
			break;
		}
		sched_yield();
	}
	for (i = 1; i <= NWORKERS; i++) {
		if (workers[i].w_alive && worker_idle(&workers[i]) &&
		    !atomic_load(&workers[i].w_reported)) {
			tprintf("   w%d returned %ld\n", i,
			    atomic_load(&workers[i].w_result));
			atomic_store(&workers[i].w_reported, true);
		}
	}
}

static void
await_blocked(struct worker *w, const uint32_t *uaddr)
{
	int64_t limit = now_ns() + HANDSHAKE_LIMIT_NS;

	while (!be->b_blocked(w, uaddr)) {
		if (worker_idle(w)) {
			tprintf("   w%d did not block: returned %ld\n",
			    w->w_index, atomic_load(&w->w_result));
			atomic_store(&w->w_reported, true);
			return;
		}
		if (now_ns() > limit) {
			tprintf("   HANDSHAKE FAILED: w%d never blocked\n",
			    w->w_index);
			return;
		}
		sched_yield();
	}
}

static struct worker *
worker_get(int who)
{
	struct worker *w = &workers[who];

	if (!w->w_alive) {
		memset(w, 0, sizeof(*w));
		w->w_index = who;
		w->w_alive = true;
		atomic_store(&w->w_reported, true);	/* nothing to report */
		be->b_start(w);
		while (atomic_load(&w->w_tid) == 0)
			sched_yield();
	}
	return (w);
}

static void
run_step(int n, const struct step *s)
{
	struct worker *w;
	uint64_t before;
	int64_t limit;
	long r;

	switch (s->s_kind) {
	case S_SET:
		arena[s->s_a1] = s->s_val;
		return;
	case S_SETTID:
		w = worker_get(s->s_who);
		arena[s->s_a1] = (uint32_t)atomic_load(&w->w_tid) | s->s_val;
		return;
	case S_CALL:
		if (s->s_who == 0)
			r = do_call(s);
		else {
			w = worker_get(s->s_who);
			worker_post(w, s);
			while (!worker_idle(w))
				sched_yield();
			atomic_store(&w->w_reported, true);
			r = atomic_load(&w->w_result);
		}
		tprintf("%d: T%d op %#x = %ld\n", n, s->s_who, s->s_op, r);
		await_returns(s->s_wakes);
		print_words();
		return;
	case S_BLOCK:
		w = worker_get(s->s_who);
		tprintf("%d: T%d op %#x blocks\n", n, s->s_who, s->s_op);
		if (s->s_val == VAL_CURRENT) {
			/* Steps are const: make the value concrete here. */
			w->w_step = *s;
			w->w_step.s_val = arena[s->s_a1];
			s = &w->w_step;
		}
		worker_post(w, s);
		await_blocked(w, addr_of(s->s_a1));
		print_words();
		return;
	case S_INTR:
		w = &workers[s->s_who];
		before = be->b_intr_progress(w);
		be->b_interrupt(w, s->s_val != 0);
		tprintf("%d: interrupt T%d%s\n", n, s->s_who,
		    s->s_val ? " (restartable)" : "");
		if (s->s_wakes > 0) {
			await_returns(s->s_wakes);
		} else {
			limit = now_ns() + HANDSHAKE_LIMIT_NS;
			while (be->b_intr_progress(w) == before &&
			    now_ns() < limit)
				sched_yield();
			if (be->b_intr_progress(w) == before)
				tprintf("   HANDSHAKE FAILED: w%d not "
				    "interrupted\n", s->s_who);
			await_blocked(w, addr_of(w->w_cmd->s_a1));
			tprintf("   w%d blocked again\n", s->s_who);
		}
		print_words();
		return;
	case S_AWAIT:
		tprintf("%d: await %d\n", n, s->s_wakes);
		await_returns(s->s_wakes);
		print_words();
		return;
	case S_EXIT:
		w = &workers[s->s_who];
		tprintf("%d: T%d exits\n", n, s->s_who);
		worker_post(w, s);
		be->b_join(w);
		await_returns(s->s_wakes);
		w->w_alive = false;
		dead_tid[s->s_who] = atomic_load(&w->w_tid);
		print_words();
		return;
	case S_ROBUST:
		w = worker_get(s->s_who);
		worker_post(w, s);
		while (!worker_idle(w))
			sched_yield();
		atomic_store(&w->w_reported, true);
		tprintf("%d: T%d set_robust_list = %ld\n", n, s->s_who,
		    atomic_load(&w->w_result));
		return;
	}
}

static void *
map_page(int prot)
{
	void *p;

	p = mmap(NULL, 4096, prot, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED) {
		perror("mmap");
		exit(2);
	}
	return (p);
}

/* Run the script on one backend; the transcript is left in `transcript`. */
static void
run_script(const struct script *sc)
{
	static const struct step stop = { .s_kind = S_EXIT };
	int i;

	tlen = 0;
	memset(dead_tid, 0, sizeof(dead_tid));
	tprintf("%s\n", sc->sc_name);
	arena = map_page(PROT_READ | PROT_WRITE);
	robust_blocks = (struct robust_block *)(arena + 256);
	ro_page = map_page(PROT_READ);
	none_page = map_page(PROT_NONE);
	for (i = 0; i < sc->sc_nsteps; i++)
		run_step(i, &sc->sc_steps[i]);
	for (i = 1; i <= NWORKERS; i++) {
		if (!workers[i].w_alive)
			continue;
		if (!worker_idle(&workers[i]))
			tprintf("end: w%d is still blocked\n", i);
		else {
			worker_post(&workers[i], &stop);
			be->b_join(&workers[i]);
		}
		workers[i].w_alive = false;
	}
	/* The arena stays mapped: a blocked worker may still name it. */
	munmap(ro_page, 4096);
	munmap(none_page, 4096);
}

int
main(int argc, char **argv)
{
	const struct script *sc = NULL;
	char *real;
	size_t i;
	int status;

	if (argc != 2) {
		fprintf(stderr, "usage: futex_diff <script>|list\n");
		return (2);
	}
	for (i = 0; i < sizeof(scripts) / sizeof(scripts[0]); i++) {
		if (strcmp(argv[1], "list") == 0)
			printf("%s\n", scripts[i].sc_name);
		else if (strcmp(argv[1], scripts[i].sc_name) == 0)
			sc = &scripts[i];
	}
	if (strcmp(argv[1], "list") == 0)
		return (0);
	if (sc == NULL) {
		fprintf(stderr, "futex_diff: no script %s\n", argv[1]);
		return (2);
	}

	be = &real_backend;
	be->b_init();
	run_script(sc);
	real = strndup(transcript, tlen);

	be = &emul_backend;
	be->b_init();
	run_script(sc);

	inproc_thread_detach();

	printf("=== real kernel\n%s=== emulation\n%.*s", real, (int)tlen,
	    transcript);
	if (strlen(real) != tlen || memcmp(real, transcript, tlen) != 0) {
		printf("=== DIFFERENT\n");
		status = 1;
	} else if (strstr(real, "HANDSHAKE FAILED") != NULL ||
	    strstr(real, "still blocked") != NULL ||
	    strstr(real, "did not block") != NULL) {
		/* Identical but not what the script meant. */
		printf("=== identical, but the script went wrong\n");
		status = 3;
	} else {
		printf("=== identical\n");
		status = 0;
	}
	free(real);
	free(transcript);
	fflush(stdout);
	return (status);
}
