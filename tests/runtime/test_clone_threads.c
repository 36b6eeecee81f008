/*
 * test_clone_threads.c — emulated threads made with clone(CLONE_THREAD)
 * in the in-process host: they run, see the right ids, and are joined the
 * way NPTL joins them (CLONE_CHILD_CLEARTID, then a futex wake); exit and
 * exit_group end what they should.
 *
 * Every test runs its scenario as an emulated program (inproc_proc_spawn)
 * and checks the program's exit status, which the program computes from
 * what it observed; failures inside say which check failed through the
 * status (a distinct number per check), so the test names it.
 */
#include <criterion/criterion.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "clone_emu.h"
#include "kern_api_signal.h"

/* The flags glibc's pthread_create passes (NPTL, the thesis 3.x). */
#define	NPTL_FLAGS	(LINUX_CLONE_VM | LINUX_CLONE_FS | LINUX_CLONE_FILES | \
	LINUX_CLONE_SIGHAND | LINUX_CLONE_THREAD | LINUX_CLONE_SYSVSEM | \
	LINUX_CLONE_PARENT_SETTID | LINUX_CLONE_CHILD_CLEARTID)

#define	STACK_SIZE	4096

static void
assert_program(inproc_entry_t *main_fn, void *arg, int want_status,
    const char *what)
{
	pid_t pid;
	int status;

	pid = inproc_proc_spawn(main_fn, arg);
	cr_assert_gt(pid, 0, "%s: spawn", what);
	status = inproc_proc_wait(pid);
	cr_assert_eq(status, want_status << 8,
	    "%s: the program ended with status %#x, expected exit(%d)"
	    " (a status below 100 names the check that failed)", what,
	    status, want_status);
}

/*
 * N threads, each joined through its CLEARTID word.
 */
struct worker {
	int32_t		 w_ctid;	/* CLONE_CHILD_CLEARTID */
	int32_t		 w_ptid;	/* CLONE_PARENT_SETTID */
	long		 w_tid;		/* what clone returned */
	long		 w_seen_tid;	/* gettid() in the thread */
	long		 w_seen_pid;	/* getpid() in the thread */
	long		 w_seen_ppid;
	atomic_int	*w_counter;
	char		 w_stack[STACK_SIZE];
};

static int
worker_main(void *arg)
{
	struct worker *w = arg;

	w->w_seen_tid = emu_gettid();
	w->w_seen_pid = emu_getpid();
	w->w_seen_ppid = emu_getppid();
	atomic_fetch_add(w->w_counter, 1);
	return (0);		/* exit(0) of this thread only */
}

#define	NWORKERS	16

static int
join_main(void *arg __attribute__((__unused__)))
{
	struct worker *w;
	atomic_int counter = 0;
	long pid, ppid;
	int i, j;

	pid = emu_getpid();
	ppid = emu_getppid();
	if (pid != emu_gettid())
		return (1);		/* the first thread's TID is the TGID */
	w = calloc(NWORKERS, sizeof(*w));
	for (i = 0; i < NWORKERS; i++) {
		w[i].w_counter = &counter;
		w[i].w_ctid = -1;
		w[i].w_tid = emu_clone(NPTL_FLAGS, w[i].w_stack + STACK_SIZE,
		    &w[i].w_ptid, &w[i].w_ctid, 0, worker_main, &w[i]);
		if (w[i].w_tid <= 0)
			return (2);
	}
	for (i = 0; i < NWORKERS; i++)
		emu_join_tid(&w[i].w_ctid);
	if (atomic_load(&counter) != NWORKERS)
		return (3);
	for (i = 0; i < NWORKERS; i++) {
		if (w[i].w_ptid != w[i].w_tid)
			return (4);	/* PARENT_SETTID */
		if (w[i].w_seen_tid != w[i].w_tid)
			return (5);	/* gettid in the thread */
		if (w[i].w_seen_pid != pid)
			return (6);	/* getpid = the group's id */
		if (w[i].w_seen_ppid != ppid)
			return (7);	/* getppid = the group's parent */
		if (w[i].w_tid == pid)
			return (8);
		for (j = 0; j < i; j++) {
			if (w[j].w_tid == w[i].w_tid)
				return (9);
		}
	}
	free(w);
	return (42);
}

Test(clone_threads, threads_made_with_clone_run_and_are_joined_through_cleartid,
    .timeout = 30)
{

	assert_program(join_main, NULL, 42, "join");
}

/* The same, many rounds, to shake out races between exit and join. */
static int
rounds_main(void *arg __attribute__((__unused__)))
{
	int round, status;

	for (round = 0; round < 20; round++) {
		status = join_main(NULL);
		if (status != 42)
			return (status);
	}
	return (43);
}

Test(clone_threads, repeated_rounds_of_create_and_join_do_not_lose_a_wakeup,
    .timeout = 60)
{

	assert_program(rounds_main, NULL, 43, "rounds");
}

/*
 * CLONE_CHILD_SETTID is written in the child before its code runs.
 */
struct settid {
	int32_t		st_ctid;	/* CHILD_SETTID and CHILD_CLEARTID */
	int32_t		st_seen;	/* the word as the child first saw it */
	char		st_stack[STACK_SIZE];
};

static int
settid_child(void *arg)
{
	struct settid *st = arg;

	st->st_seen = __atomic_load_n(&st->st_ctid, __ATOMIC_ACQUIRE);
	return (0);
}

static int
settid_main(void *arg __attribute__((__unused__)))
{
	/* -1 until the child stores its tid: the join below must not take
	 * the not-yet-started child for an exited one. */
	struct settid st = { .st_ctid = -1 };
	long tid;

	tid = emu_clone(LINUX_CLONE_VM | LINUX_CLONE_SIGHAND |
	    LINUX_CLONE_THREAD | LINUX_CLONE_CHILD_SETTID |
	    LINUX_CLONE_CHILD_CLEARTID, st.st_stack + STACK_SIZE, NULL,
	    &st.st_ctid, 0, settid_child, &st);
	if (tid <= 0)
		return (1);
	emu_join_tid(&st.st_ctid);
	if (st.st_seen != tid)
		return (2);
	return (44);
}

Test(clone_threads, child_settid_is_stored_before_the_child_runs,
    .timeout = 30)
{

	assert_program(settid_main, NULL, 44, "settid");
}

/*
 * set_tid_address replaces the address cleared at exit and returns the
 * caller's TID.
 */
struct tidaddr {
	int32_t		ta_first;	/* given to clone */
	int32_t		ta_second;	/* set by the thread itself */
	long		ta_ret;
	char		ta_stack[STACK_SIZE];
};

static int
tidaddr_child(void *arg)
{
	struct tidaddr *ta = arg;

	__atomic_store_n(&ta->ta_second, (int32_t)emu_gettid(), __ATOMIC_RELEASE);
	ta->ta_ret = emu_set_tid_address(&ta->ta_second);
	return (0);
}

static int
tidaddr_main(void *arg __attribute__((__unused__)))
{
	struct tidaddr ta = { .ta_first = 77, .ta_second = -1 };
	long tid;

	tid = emu_clone(LINUX_CLONE_VM | LINUX_CLONE_SIGHAND |
	    LINUX_CLONE_THREAD | LINUX_CLONE_CHILD_CLEARTID,
	    ta.ta_stack + STACK_SIZE, NULL, &ta.ta_first, 0, tidaddr_child,
	    &ta);
	if (tid <= 0)
		return (1);
	emu_join_tid(&ta.ta_second);
	if (ta.ta_ret != tid)
		return (2);
	/* The thread is gone: the first address was left alone. */
	inproc_wait_thread_gone((pid_t)tid);
	if (ta.ta_first != 77)
		return (3);
	return (45);
}

Test(clone_threads, set_tid_address_moves_the_word_cleared_at_exit,
    .timeout = 30)
{

	assert_program(tidaddr_main, NULL, 45, "set_tid_address");
}

/*
 * Linux skips the CLEARTID store when nobody else uses the address space
 * (mm_users == 1): the last thread of a program leaves its word alone.
 */
static int32_t last_word = 123;

static int
lastword_main(void *arg __attribute__((__unused__)))
{

	emu_set_tid_address(&last_word);
	return (7);
}

Test(clone_threads, the_last_user_of_an_address_space_does_not_clear_its_tid,
    .timeout = 30)
{

	assert_program(lastword_main, NULL, 7, "last word");
	cr_assert_eq(last_word, 123, "the word was cleared (%d)", last_word);
}

/*
 * exit ends one thread; the group lives on with the others. The last
 * thread's exit status is the group's.
 */
/*
 * The leader's clear-child-tid word: the runtime zeroes it in the
 * leader's exit only after the leader stopped counting as a live thread
 * (kern_thr_exit, then linux_emul_thread_exit), so once it reads 0 the
 * child is the last thread and its status is the group's. (Opening a gate
 * just before the leader's exit raced with it: if the child got out
 * first, the leader was last and the group ended with 3.)
 */
static _Atomic int32_t leader_ctid;

static int
exit_child(void *arg __attribute__((__unused__)))
{

	/* Wait until the group leader is gone, then end the group. */
	while (atomic_load(&leader_ctid) != 0)
		;
	emu_exit(9);
	return (99);		/* not reached */
}

static int
leader_exits_main(void *arg)
{
	struct worker *w = arg;
	long tid;

	atomic_store(&leader_ctid, -1);
	emu_set_tid_address((int32_t *)&leader_ctid);
	tid = emu_clone(NPTL_FLAGS, w->w_stack + STACK_SIZE, &w->w_ptid,
	    &w->w_ctid, 0, exit_child, NULL);
	if (tid <= 0)
		return (1);
	emu_exit(3);		/* the leader only */
	return (98);
}

Test(clone_threads, exit_of_the_leader_leaves_the_group_running,
    .timeout = 30)
{
	struct worker w = { .w_ctid = 0 };

	assert_program(leader_exits_main, &w, 9, "leader exits");
}

/*
 * A process sharing the test program's address space (CLONE_VM without
 * CLONE_THREAD) that outlives it, so that every exiting thread of the
 * program sees another user of its memory and clears its tid word, as
 * Linux's mm_users > 1 rule says. Stopped by keeper_stop().
 */
static atomic_int keeper_go;
static char keeper_stack[STACK_SIZE];

static int
keeper_main(void *arg __attribute__((__unused__)))
{

	while (atomic_load(&keeper_go) == 0)
		sched_yield();
	return (0);
}

static long
keeper_start(void)
{

	atomic_store(&keeper_go, 0);
	return (emu_clone(LINUX_CLONE_VM | LINUX_SIGCHLD,
	    keeper_stack + STACK_SIZE, NULL, NULL, 0, keeper_main, NULL));
}

static void
keeper_stop(pid_t pid)
{

	atomic_store(&keeper_go, 1);
	cr_assert_eq(inproc_proc_wait(pid), 0, "the keeper process");
}

/*
 * exit_group ends every thread, including those asleep on a futex; each
 * clears its tid word on the way out.
 */
#define	NSLEEPERS	4
struct sleeper {
	int32_t		s_ctid;
	uint32_t	s_word;		/* never changes: the sleep is forever */
	char		s_stack[STACK_SIZE];
};
static struct sleeper sleepers[NSLEEPERS];
static long keeper_pid;

static int
sleeper_main(void *arg)
{
	struct sleeper *s = arg;

	for (;;)
		(void)emu_futex(&s->s_word, EMU_FUTEX_WAIT, 0);
	return (97);
}

static int
group_exit_main(void *arg __attribute__((__unused__)))
{
	long tid;
	int i;
	struct thread *td;

	keeper_pid = keeper_start();
	if (keeper_pid <= 0)
		return (3);
	for (i = 0; i < NSLEEPERS; i++) {
		sleepers[i].s_word = 0;
		sleepers[i].s_ctid = -1;
		tid = emu_clone(NPTL_FLAGS, sleepers[i].s_stack + STACK_SIZE,
		    NULL, &sleepers[i].s_ctid, 0, sleeper_main, &sleepers[i]);
		if (tid <= 0)
			return (1);
		/* Handshake: the thread sleeps on its futex. */
		td = kern_tdfind((lwpid_t)tid);
		if (td == NULL)
			return (2);
		inproc_wait_until_sleeping(td, NULL);
		kern_tdrele(td);
	}
	emu_exit_group(5);
	return (96);
}

Test(clone_threads, exit_group_ends_sleeping_threads_and_clears_their_tids,
    .timeout = 30)
{
	int i;

	assert_program(group_exit_main, NULL, 5, "exit_group");
	keeper_stop((pid_t)keeper_pid);
	for (i = 0; i < NSLEEPERS; i++)
		cr_assert_eq(sleepers[i].s_ctid, 0,
		    "sleeper %d did not clear its tid word (%d)", i,
		    sleepers[i].s_ctid);
}

/*
 * A program that returns from main() (exit_group) while a thread spins in
 * user code: the thread ends at its next system call.
 */
static int
spinner_main(void *arg __attribute__((__unused__)))
{

	for (;;)
		(void)emu_gettid();
	return (95);
}

static int
main_returns_main(void *arg)
{
	struct worker *w = arg;

	keeper_pid = keeper_start();
	if (keeper_pid <= 0)
		return (2);
	if (emu_clone(NPTL_FLAGS, w->w_stack + STACK_SIZE, NULL, &w->w_ctid,
	    0, spinner_main, NULL) <= 0)
		return (1);
	return (11);
}

Test(clone_threads, returning_from_main_ends_threads_at_their_next_call,
    .timeout = 30)
{
	struct worker w = { .w_ctid = -1 };

	assert_program(main_returns_main, &w, 11, "main returns");
	keeper_stop((pid_t)keeper_pid);
	cr_assert_eq(w.w_ctid, 0, "the spinner did not clear its tid word");
}

/*
 * Invalid flag combinations create nothing.
 */
static int
invalid_main(void *arg __attribute__((__unused__)))
{
	static char stack[STACK_SIZE];
	struct inproc_proc_info pi;
	long r;

	/* CLONE_THREAD needs CLONE_SIGHAND, which needs CLONE_VM. */
	r = emu_clone(LINUX_CLONE_THREAD | LINUX_CLONE_VM,
	    stack + STACK_SIZE, NULL, NULL, 0, NULL, NULL);
	if (r != -22)
		return (1);
	r = emu_clone(LINUX_CLONE_SIGHAND, stack + STACK_SIZE, NULL, NULL, 0,
	    NULL, NULL);
	if (r != -22)
		return (2);
	if (inproc_proc_info((pid_t)emu_getpid(), &pi) != 0 ||
	    pi.pi_nthreads != 1)
		return (3);
	return (46);
}

Test(clone_threads, invalid_flag_combinations_fail_with_einval,
    .timeout = 30)
{

	assert_program(invalid_main, NULL, 46, "invalid");
}

/*
 * What tkill and tgkill rely on: a TID names one live thread, which the
 * host finds (kern_tdfind) in the process whose pid is the TGID; the
 * runtime's registries agree; an exited thread is found no more.
 */
#define	NADDR	4
static atomic_int addr_go;

static int
addr_thread(void *arg __attribute__((__unused__)))
{

	while (atomic_load(&addr_go) == 0)
		sched_yield();
	return (0);
}

static int
addressing_main(void *arg __attribute__((__unused__)))
{
	static struct worker w[NADDR];
	struct linux_emuldata *em;
	struct linux_pemuldata *pem;
	struct thread *td;
	long pid, tid[NADDR];
	int i, n;

	atomic_store(&addr_go, 0);
	pid = emu_getpid();
	for (i = 0; i < NADDR; i++) {
		w[i].w_ctid = -1;
		tid[i] = emu_clone(NPTL_FLAGS, w[i].w_stack + STACK_SIZE,
		    &w[i].w_ptid, &w[i].w_ctid, 0, addr_thread, NULL);
		if (tid[i] <= 0)
			return (1);
	}
	for (i = 0; i < NADDR; i++) {
		td = kern_tdfind((lwpid_t)tid[i]);
		if (td == NULL)
			return (2);
		if (td->td_proc->p_pid != pid)
			return (3);
		kern_tdrele(td);
		em = linux_emul_find_tid((lwpid_t)tid[i]);
		if (em == NULL)
			return (4);
		if (em->em_pem->pem_tgid != pid || em->em_tid != tid[i])
			return (5);
		kmtx_unlock(&linux_emul_lock);
	}
	pem = linux_emul_find_tgid((pid_t)pid);
	if (pem == NULL)
		return (6);
	n = pem->pem_nthreads;
	kmtx_unlock(&linux_emul_lock);
	if (n != NADDR + 1)
		return (7);
	atomic_store(&addr_go, 1);
	for (i = 0; i < NADDR; i++) {
		emu_join_tid(&w[i].w_ctid);
		inproc_wait_thread_gone((pid_t)tid[i]);
		if (linux_emul_find_tid((lwpid_t)tid[i]) != NULL) {
			kmtx_unlock(&linux_emul_lock);
			return (8);
		}
	}
	if (linux_emul_nthreads(kern_curthread()->td_proc) != 1)
		return (9);
	return (47);
}

Test(clone_threads, a_tid_names_one_live_thread_of_the_tgid_process,
    .timeout = 30)
{

	assert_program(addressing_main, NULL, 47, "addressing");
}

/*
 * tkill and tgkill (the signal subsystem's handlers, on kern_tdkill())
 * address threads by the TIDs clone gives: the same answers as this
 * machine's kernel for the same sequence (signal 0 and invalid signals, so
 * that nothing is delivered), and a real signal lands on the thread named.
 */
enum { TK_TKILL, TK_TGKILL };
struct tk_case {
	int		 tc_call;
	int		 tc_tgid;	/* 'P' pid, 'B' B's tid, '0' 0 */
	int		 tc_tid;	/* 'B', 'C' (exited), 'P', '0', 'M' -1 */
	int		 tc_sig;
};
static const struct tk_case tk_cases[] = {
	{ TK_TKILL, 0, 'B', 0 },	{ TK_TGKILL, 'P', 'B', 0 },
	{ TK_TGKILL, 'B', 'B', 0 },	{ TK_TGKILL, 'P', 'P', 0 },
	{ TK_TKILL, 0, 'B', 65 },	{ TK_TKILL, 0, 'B', -1 },
	{ TK_TKILL, 0, 'C', 65 },	{ TK_TKILL, 0, 'C', 0 },
	{ TK_TGKILL, 'P', 'C', 0 },	{ TK_TKILL, 0, '0', 0 },
	{ TK_TKILL, 0, 'M', 0 },	{ TK_TGKILL, '0', 'B', 0 },
	{ TK_TGKILL, 'P', '0', 0 },	{ TK_TGKILL, 'P', 'B', 65 },
};
#define	NTK	(sizeof(tk_cases) / sizeof(tk_cases[0]))

static long
tk_id(int which, long pid, long b, long c)
{

	switch (which) {
	case 'P':	return (pid);
	case 'B':	return (b);
	case 'C':	return (c);
	case 'M':	return (-1);
	default:	return (0);
	}
}

/* The real kernel's answer, -errno; raw, as <errno.h> cannot meet the
 * host errno values of kern_errno.h in this file. */
static long
raw3(long nr, long a, long b, long c)
{
	long r;

	__asm__ volatile("syscall" : "=a"(r) : "a"(nr), "D"(a), "S"(b),
	    "d"(c) : "rcx", "r11", "memory");
	return (r);
}

/* The real kernel, with real threads of this process. */
static atomic_int real_b_go;
static atomic_long real_b_tid;

static void *
real_b(void *arg __attribute__((__unused__)))
{

	atomic_store(&real_b_tid, raw3(SYS_gettid, 0, 0, 0));
	while (atomic_load(&real_b_go) == 0)
		sched_yield();
	return (NULL);
}

static void *
real_c(void *arg)
{

	*(long *)arg = raw3(SYS_gettid, 0, 0, 0);
	return (NULL);
}

static void
real_tk(int results[NTK])
{
	pthread_t b, c;
	long pid, tb, tc, r;
	size_t i;

	atomic_store(&real_b_go, 0);
	atomic_store(&real_b_tid, 0);
	cr_assert_eq(pthread_create(&c, NULL, real_c, &tc), 0);
	cr_assert_eq(pthread_join(c, NULL), 0);
	cr_assert_eq(pthread_create(&b, NULL, real_b, NULL), 0);
	while ((tb = atomic_load(&real_b_tid)) == 0)
		sched_yield();
	pid = getpid();
	for (i = 0; i < NTK; i++) {
		const struct tk_case *k = &tk_cases[i];

		if (k->tc_call == TK_TKILL)
			r = raw3(SYS_tkill, tk_id(k->tc_tid, pid, tb, tc),
			    k->tc_sig, 0);
		else
			r = raw3(SYS_tgkill, tk_id(k->tc_tgid, pid, tb, tc),
			    tk_id(k->tc_tid, pid, tb, tc), k->tc_sig);
		results[i] = (int)-r;
	}
	atomic_store(&real_b_go, 1);
	pthread_join(b, NULL);
}

struct tk_emu {
	int		te_results[NTK];
	bool		te_b_pending;	/* SIGUSR1 pending for B */
	bool		te_me_pending;	/* ... for the caller */
};
static atomic_int emu_b_go;

static int
emu_b(void *arg __attribute__((__unused__)))
{

	while (atomic_load(&emu_b_go) == 0)
		sched_yield();
	return (0);
}

static long
emu_tkill(long tid, int sig)
{
	struct linux_tkill_args a = { .tid = (l_pid_t)tid, .sig = sig };
	struct thread *td = emu_td();

	return (emu_ret(td, linux_tkill(td, &a)));
}

static long
emu_tgkill(long tgid, long tid, int sig)
{
	struct linux_tgkill_args a = { .tgid = (l_pid_t)tgid,
	    .pid = (l_pid_t)tid, .sig = sig };
	struct thread *td = emu_td();

	return (emu_ret(td, linux_tgkill(td, &a)));
}

static int
tk_main(void *arg)
{
	static struct worker wb, wc;
	struct tk_emu *te = arg;
	struct thread *tdb;
	ksigset_t set, usr1;
	long pid, tb, tc, r;
	size_t i;

	atomic_store(&emu_b_go, 0);
	pid = emu_getpid();
	wc.w_ctid = -1;
	tc = emu_clone(NPTL_FLAGS, wc.w_stack + STACK_SIZE, &wc.w_ptid,
	    &wc.w_ctid, 0, NULL, NULL);
	if (tc <= 0)
		return (1);
	emu_join_tid(&wc.w_ctid);
	inproc_wait_thread_gone((pid_t)tc);
	wb.w_ctid = -1;
	tb = emu_clone(NPTL_FLAGS, wb.w_stack + STACK_SIZE, &wb.w_ptid,
	    &wb.w_ctid, 0, emu_b, NULL);
	if (tb <= 0)
		return (2);
	for (i = 0; i < NTK; i++) {
		const struct tk_case *k = &tk_cases[i];

		if (k->tc_call == TK_TKILL)
			r = emu_tkill(tk_id(k->tc_tid, pid, tb, tc), k->tc_sig);
		else
			r = emu_tgkill(tk_id(k->tc_tgid, pid, tb, tc),
			    tk_id(k->tc_tid, pid, tb, tc), k->tc_sig);
		te->te_results[i] = r == 0 ? 0 : (int)-r;
	}

	/* A real signal, blocked everywhere so that it stays pending. */
	ksigemptyset(&usr1);
	ksigaddset(&usr1, KSIGUSR1);
	tdb = kern_tdfind((lwpid_t)tb);
	if (tdb == NULL)
		return (3);
	(void)kern_sigprocmask(tdb, KSIG_BLOCK, &usr1, NULL);
	(void)kern_sigprocmask(kern_curthread(), KSIG_BLOCK, &usr1, NULL);
	if (emu_tgkill(pid, tb, 10 /* Linux SIGUSR1 */) != 0)
		return (4);
	(void)kern_sigpending(tdb, &set);
	te->te_b_pending = ksigismember(&set, KSIGUSR1);
	kern_tdrele(tdb);
	(void)kern_sigpending(kern_curthread(), &set);
	te->te_me_pending = ksigismember(&set, KSIGUSR1);
	atomic_store(&emu_b_go, 1);
	emu_join_tid(&wb.w_ctid);
	return (48);
}

Test(clone_threads, tkill_and_tgkill_address_threads_as_this_machines_kernel,
    .timeout = 30)
{
	static struct tk_emu te;
	int real[NTK];
	size_t i;

	real_tk(real);
	assert_program(tk_main, &te, 48, "tkill/tgkill");
	for (i = 0; i < NTK; i++)
		cr_assert_eq(te.te_results[i], real[i], "case %zu (%s): the "
		    "runtime answers %d, this machine's kernel %d", i,
		    tk_cases[i].tc_call == TK_TKILL ? "tkill" : "tgkill",
		    te.te_results[i], real[i]);
	cr_assert(te.te_b_pending, "SIGUSR1 is pending for the thread named");
	cr_assert_not(te.te_me_pending, "and not for the sender");
}
