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
 * Besides futex(2), steps make the calls that came later: futex_time64
 * (i386; on amd64 the same step is futex(2), whose timespec has the same
 * layout), futex_waitv, futex_wake, futex_wait and futex_requeue. The
 * emulation reaches them through the newest release's table, which this
 * helper is linked with (tests/runtime/rules.mk).
 *
 * Usage: futex_diff <script>|list. Exit status: 0 identical, 1 different,
 * 2 usage, 3 identical but a handshake failed (a broken script), 4 the
 * script does not apply to the running kernel (skipped).
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
#define	NWORKERS		6

#include "futex_diff_steps.h"
#include "futex_diff_scripts.h"

/*
 * The two backends.
 */
struct worker;
struct backend {
	const char	*b_name;
	void		 (*b_init)(void);
	long		 (*b_call)(int sys, long, long, long, long, long,
			    long);
	void		 (*b_start)(struct worker *);
	void		 (*b_join)(struct worker *);
	bool		 (*b_blocked)(struct worker *, int sys, uintptr_t a0);
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
	struct l_futex_waitv w_vec[NVEC]; /* this thread's waitv vector */
	pthread_t	 w_pthread;
	struct inproc_spawned *w_spawned;
	struct thread	*w_td;
};

static const struct backend *be;
static const char *const sys_name[] = {
	[SYS_FUTEX] = "op", [SYS_FUTEX_TIME64] = "op64",
	[SYS_WAITV] = "waitv", [SYS_WAKE2] = "wake2",
	[SYS_WAIT2] = "wait2", [SYS_REQUEUE2] = "requeue2",
};
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

/* How the timeout argument of a step is laid out. */
static bool
step_time64(const struct step *s)
{

	return (s->s_sys != SYS_FUTEX);
}

/*
 * The clock of a step's absolute timeout: the clockid of a futex2 call;
 * for futex(2), CLOCK_REALTIME with FUTEX_CLOCK_REALTIME and for LOCK_PI
 * (always), CLOCK_MONOTONIC otherwise.
 */
static bool
step_realtime(const struct step *s)
{

	if (s->s_sys != SYS_FUTEX && s->s_sys != SYS_FUTEX_TIME64)
		return (s->s_clock == CLK_RT);
	return ((s->s_op & CLKRT) != 0 ||
	    (s->s_op & LINUX_FUTEX_CMD_MASK) == LINUX_FUTEX_LOCK_PI);
}

/*
 * The timeout argument; *ts and *ts64 are storage for the two layouts
 * (struct timespec of the architecture for futex(2), __kernel_timespec
 * for the others).
 */
static const void *
timeout_of(const struct step *s, struct l_timespec *ts,
    struct l_timespec64 *ts64)
{
	struct timespec now;
	int64_t sec, nsec;

	switch (s->s_tkind) {
	case T_NULL:
		return (NULL);
	case T_VAL2:
		return ((const void *)(uintptr_t)s->s_targ);
	case T_FAULT:
		return (none_page);
	case T_REL:
		sec = s->s_targ / 1000000000;
		nsec = s->s_targ % 1000000000;
		break;
	case T_ABS_PAST:
		sec = 1;
		nsec = 0;
		break;
	case T_BAD_NS:
		sec = 0;
		nsec = 1000000000;
		break;
	case T_NEG:
		sec = -1;
		nsec = 0;
		break;
	case T_ABS_IN:
		clock_gettime(step_realtime(s) ? CLOCK_REALTIME :
		    CLOCK_MONOTONIC, &now);
		nsec = now.tv_nsec + s->s_targ % 1000000000;
		sec = now.tv_sec + s->s_targ / 1000000000 + nsec / 1000000000;
		nsec %= 1000000000;
		break;
	case T_NSEC_HIGH:
		sec = 0;
		nsec = (INT64_C(1) << 32) + s->s_targ;
		break;
	default:
		abort();
	}
	if (step_time64(s)) {
		ts64->tv_sec = sec;
		ts64->tv_nsec = nsec;
		return (ts64);
	}
	ts->tv_sec = (l_time_t)sec;
	ts->tv_nsec = (l_long)nsec;
	return (ts);
}

/* The vector of a waitv or requeue step, built in vec. */
static const void *
vector_of(const struct step *s, struct l_futex_waitv *vec)
{
	int i;

	if (s->s_a1 != A_VEC)
		return (addr_of(s->s_a1));
	for (i = 0; i < s->s_nv; i++) {
		vec[i].val = s->s_v[i].e_val;
		vec[i].uaddr = (uint64_t)(uintptr_t)addr_of(s->s_v[i].e_a);
		vec[i].flags = s->s_v[i].e_flags;
		vec[i].__reserved = s->s_v[i].e_reserved;
	}
	return (vec);
}

/* The first argument, as /proc/<tid>/syscall shows it for a sleeper. */
static uintptr_t
step_a0(const struct step *s, struct l_futex_waitv *vec)
{

	if (s->s_sys == SYS_WAITV || s->s_sys == SYS_REQUEUE2)
		return (s->s_a1 == A_VEC ? (uintptr_t)vec :
		    (uintptr_t)addr_of(s->s_a1));
	return ((uintptr_t)addr_of(s->s_a1));
}

static long
do_call(const struct step *s, struct l_futex_waitv *vec)
{
	struct l_timespec ts;
	struct l_timespec64 ts64;
	const void *t;

	t = timeout_of(s, &ts, &ts64);
	switch (s->s_sys) {
	case SYS_FUTEX:
	case SYS_FUTEX_TIME64:
		return (be->b_call(s->s_sys, (long)(uintptr_t)addr_of(s->s_a1),
		    s->s_op, (long)s->s_val, (long)(uintptr_t)t,
		    (long)(uintptr_t)addr_of(s->s_a2), (long)s->s_val3));
	case SYS_WAKE2:
		return (be->b_call(s->s_sys, (long)(uintptr_t)addr_of(s->s_a1),
		    (long)s->s_mask, (long)(int32_t)s->s_val,
		    (long)s->s_flags2, 0, 0));
	case SYS_WAIT2:
		return (be->b_call(s->s_sys, (long)(uintptr_t)addr_of(s->s_a1),
		    (long)s->s_v64, (long)s->s_mask, (long)s->s_flags2,
		    (long)(uintptr_t)t, s->s_clock));
	case SYS_WAITV:
		return (be->b_call(s->s_sys,
		    (long)(uintptr_t)vector_of(s, vec), (long)s->s_val,
		    (long)s->s_flags2, (long)(uintptr_t)t, s->s_clock, 0));
	case SYS_REQUEUE2:
		return (be->b_call(s->s_sys,
		    (long)(uintptr_t)vector_of(s, vec), (long)s->s_flags2,
		    (long)(int32_t)s->s_val, (long)s->s_targ, 0, 0));
	}
	abort();
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
			atomic_store(&w->w_result, do_call(s, w->w_vec));
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

static bool
worker_idle(struct worker *w)
{

	return (atomic_load(&w->w_done_seq) == atomic_load(&w->w_cmd_seq));
}

/*
 * A worker still in its previous call (the emulation and the kernel
 * disagreed about who was woken, say) cannot take another: the script
 * stops there instead of waiting forever, and the transcripts differ.
 */
static bool script_broken;

static bool
worker_post(struct worker *w, const struct step *s)
{

	if (!worker_idle(w)) {
		tprintf("   HANDSHAKE FAILED: w%d is still in its last call\n",
		    w->w_index);
		script_broken = true;
		return (false);
	}
	w->w_cmd = s;
	atomic_store(&w->w_reported, false);
	atomic_fetch_add(&w->w_cmd_seq, 1);
	return (true);
}

/* Wait for a call that must return; false (and the script stops) if not. */
static bool
await_idle(struct worker *w)
{
	int64_t limit = now_ns() + HANDSHAKE_LIMIT_NS;

	while (!worker_idle(w)) {
		if (now_ns() > limit) {
			tprintf("   HANDSHAKE FAILED: w%d's call did not "
			    "return\n", w->w_index);
			script_broken = true;
			return (false);
		}
		sched_yield();
	}
	return (true);
}

/*
 * Real kernel backend. The system call numbers are Linux's, which the
 * generated tables of the newest release carry (futex_time64 exists only
 * on i386: on amd64 its steps are futex(2), whose timespec is already
 * __kernel_timespec).
 */
static long
real_nr(int sys)
{

	switch (sys) {
	case SYS_FUTEX:
		return (SYS_futex);
	case SYS_FUTEX_TIME64:
#ifdef LINUX_SYS_linux_futex_time64
		return (LINUX_SYS_linux_futex_time64);
#else
		return (SYS_futex);
#endif
	case SYS_WAITV:
		return (LINUX_SYS_linux_futex_waitv);
	case SYS_WAKE2:
		return (LINUX_SYS_linux_futex2_wake);
	case SYS_WAIT2:
		return (LINUX_SYS_linux_futex2_wait);
	case SYS_REQUEUE2:
		return (LINUX_SYS_linux_futex2_requeue);
	}
	abort();
}

static long
real_call(int sys, long a0, long a1, long a2, long a3, long a4, long a5)
{
	long r;

	r = syscall(real_nr(sys), a0, a1, a2, a3, a4, a5);
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
real_blocked(struct worker *w, int sys, uintptr_t a0)
{
	char path[64], buf[256];
	unsigned long nr, a0v;
	FILE *f;
	bool blocked = false;

	snprintf(path, sizeof(path), "/proc/self/task/%d/syscall",
	    atomic_load(&w->w_tid));
	f = fopen(path, "r");
	if (f == NULL)
		return (false);
	if (fgets(buf, sizeof(buf), f) != NULL &&
	    sscanf(buf, "%lu %lx", &nr, &a0v) == 2)
		blocked = nr == (unsigned long)real_nr(sys) && a0v == a0;
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
	"real", real_init, real_call, real_start, real_join, real_blocked,
	real_interrupt, real_intr_progress, real_set_robust,
};

/*
 * Emulation backend: the emulated program's system call instruction,
 * through the generated table of the newest release.
 */
static long
emul_nr(int sys)
{

	switch (sys) {
	case SYS_FUTEX:
		return (LINUX_SYS_linux_futex);
	case SYS_FUTEX_TIME64:
#ifdef LINUX_SYS_linux_futex_time64
		return (LINUX_SYS_linux_futex_time64);
#else
		return (LINUX_SYS_linux_futex);
#endif
	case SYS_WAITV:
		return (LINUX_SYS_linux_futex_waitv);
	case SYS_WAKE2:
		return (LINUX_SYS_linux_futex2_wake);
	case SYS_WAIT2:
		return (LINUX_SYS_linux_futex2_wait);
	case SYS_REQUEUE2:
		return (LINUX_SYS_linux_futex2_requeue);
	}
	abort();
}

static long
emul_call(int sys, long a0, long a1, long a2, long a3, long a4, long a5)
{

	return (inproc_syscall(emul_nr(sys), a0, a1, a2, a3, a4, a5));
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

static int
running_kernver(void)
{
	struct utsname u;

	uname(&u);
	return (parse_kernver(u.release));
}

static void
emul_init(void)
{

	linux_set_kernver(running_kernver());
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
emul_blocked(struct worker *w, int sys, uintptr_t a0)
{
	const char *wmesg;

	(void)sys;
	(void)a0;
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
	"emulation", emul_init, emul_call, emul_start, emul_join,
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
await_blocked(struct worker *w, const struct step *s)
{
	int64_t limit = now_ns() + HANDSHAKE_LIMIT_NS;

	while (!be->b_blocked(w, s->s_sys, step_a0(s, w->w_vec))) {
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
			r = do_call(s, workers[0].w_vec);
		else {
			w = worker_get(s->s_who);
			if (!worker_post(w, s) || !await_idle(w))
				return;
			atomic_store(&w->w_reported, true);
			r = atomic_load(&w->w_result);
		}
		tprintf("%d: T%d %s %#x = %ld\n", n, s->s_who,
		    sys_name[s->s_sys], s->s_op, r);
		await_returns(s->s_wakes);
		print_words();
		return;
	case S_BLOCK:
		w = worker_get(s->s_who);
		tprintf("%d: T%d %s %#x blocks\n", n, s->s_who,
		    sys_name[s->s_sys], s->s_op);
		if (s->s_val == VAL_CURRENT) {
			/* Steps are const: make the value concrete here. */
			w->w_step = *s;
			w->w_step.s_val = arena[s->s_a1];
			s = &w->w_step;
		}
		if (!worker_post(w, s))
			return;
		await_blocked(w, s);
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
			await_blocked(w, w->w_cmd);
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
		if (!worker_post(w, s))
			return;
		be->b_join(w);
		await_returns(s->s_wakes);
		w->w_alive = false;
		dead_tid[s->s_who] = atomic_load(&w->w_tid);
		print_words();
		return;
	case S_ROBUST:
		w = worker_get(s->s_who);
		if (!worker_post(w, s) || !await_idle(w))
			return;
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
	script_broken = false;
	for (i = 0; i < sc->sc_nsteps && !script_broken; i++)
		run_step(i, &sc->sc_steps[i]);
	for (i = 1; i <= NWORKERS; i++) {
		if (!workers[i].w_alive)
			continue;
		if (!worker_idle(&workers[i]))
			tprintf("end: w%d is still blocked\n", i);
		else {
			(void)worker_post(&workers[i], &stop);
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
	if (sc->sc_until != 0 && running_kernver() >= sc->sc_until) {
		printf("=== skipped: %s tests rules that Linux %d.%d changed; "
		    "this kernel is %d.%d\n", sc->sc_name, sc->sc_until >> 16,
		    (sc->sc_until >> 8) & 0xff, running_kernver() >> 16,
		    (running_kernver() >> 8) & 0xff);
		return (4);
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
