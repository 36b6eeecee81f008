/*
 * tr_ptrace.c — the ptrace thread's event loop: it waits for stops of every
 * traced task, turns each waitpid status into an event in the mailbox of the
 * task's host thread, runs the host threads that can run, and fires sleep
 * deadlines. The per-thread logic (what to do at a stop) is in tr_thread.c.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <time.h>

#include "tracer.h"

#define	TR_TID_BUCKETS	256

static LIST_HEAD(, tr_thread) tid_hash[TR_TID_BUCKETS];
static LIST_HEAD(, tr_proc) procs = LIST_HEAD_INITIALIZER(procs);
static int nthreads;
static pid_t root_pid;
static int root_status = -1;

static unsigned
tid_bucket(pid_t tid)
{

	return ((unsigned)tid % TR_TID_BUCKETS);
}

struct tr_thread *
tr_thread_lookup(pid_t tid)
{
	struct tr_thread *t;

	LIST_FOREACH(t, &tid_hash[tid_bucket(tid)], tt_hash)
		if (t->tt_tid == tid)
			return (t);
	return (NULL);
}

struct tr_proc *
tr_proc_lookup(pid_t pid)
{
	struct tr_proc *p;

	LIST_FOREACH(p, &procs, tp_link)
		if (p->tp_pid == pid)
			return (p);
	return (NULL);
}

struct tr_proc *
tr_proc_new(pid_t pid)
{
	struct tr_proc *p;

	p = kern_malloc(sizeof(*p), KM_ZERO);
	p->tp_pid = pid;
	p->tp_maps_fd = -1;
	kmtx_init(&p->tp_capture_lock, "trap capture");
	p->tp_p.p_pid = pid;
	p->tp_p.p_host = p;
	LIST_INIT(&p->tp_threads);
	LIST_INSERT_HEAD(&procs, p, tp_link);
	return (p);
}

static void
tr_proc_free(struct tr_proc *p)
{

	tr_host_proc_fini(p);
	LIST_REMOVE(p, tp_link);
	kern_free(p);
}

struct tr_thread *
tr_thread_new(pid_t tid, struct tr_proc *p)
{
	struct tr_thread *t;

	t = kern_malloc(sizeof(*t), KM_ZERO);
	t->tt_tid = tid;
	t->tt_proc = p;
	t->tt_td.td_proc = &p->tp_p;
	t->tt_td.td_tid = tid;
	t->tt_td.td_frame = &t->tt_frame;
	t->tt_td.td_host = t;
	LIST_INSERT_HEAD(&tid_hash[tid_bucket(tid)], t, tt_hash);
	LIST_INSERT_HEAD(&p->tp_threads, t, tt_plink);
	p->tp_nthreads++;
	p->tp_nlive++;
	nthreads++;
	tr_coro_start(&t->tt_coro, tr_thread_main, t);
	tr_make_runnable(t);	/* to wait for its first stop */
	return (t);
}

/* Called by the scheduler once the thread's coroutine has finished. */
void
tr_thread_free(struct tr_thread *t)
{
	struct tr_proc *p = t->tt_proc, *it;

	if (t->tt_holds != 0)
		kern_panic("tracer: freeing thread %d with %d holds",
		    (int)t->tt_tid, t->tt_holds);
	if (tr_sysvec.sv_thread_dtor != NULL)
		tr_sysvec.sv_thread_dtor(t);
	tr_keycache_change_end(t);
	LIST_FOREACH(it, &procs, tp_link)
		if (it->tp_vfork_parent == t)
			it->tp_vfork_parent = NULL;
	LIST_REMOVE(t, tt_hash);
	LIST_REMOVE(t, tt_plink);
	nthreads--;
#if __has_include("kern_api_signal.h")
	tr_sig_thread_fini(t);
#endif
	tr_coro_free(&t->tt_coro);
	kern_free(t);
	if (--p->tp_nthreads == 0)
		tr_proc_free(p);
}

/* Move thread t to a new tid (execve from a non-leader thread). */
void
tr_thread_retid(struct tr_thread *t, pid_t tid)
{

	LIST_REMOVE(t, tt_hash);
	t->tt_tid = tid;
	t->tt_td.td_tid = tid;
	LIST_INSERT_HEAD(&tid_hash[tid_bucket(tid)], t, tt_hash);
}

/* Thread group of a task we have not seen before. */
static pid_t
tr_read_tgid(pid_t tid)
{
	char path[64], line[128];
	FILE *f;
	pid_t tgid = tid;

	snprintf(path, sizeof(path), "/proc/%d/status", (int)tid);
	if ((f = fopen(path, "r")) == NULL)
		return (tid);
	while (fgets(line, sizeof(line), f) != NULL) {
		if (strncmp(line, "Tgid:", 5) == 0) {
			tgid = (pid_t)atoi(line + 5);
			break;
		}
	}
	fclose(f);
	return (tgid);
}

struct tr_thread *
tr_thread_find_or_adopt(pid_t tid)
{
	struct tr_thread *t;
	struct tr_proc *p;
	pid_t tgid;

	if ((t = tr_thread_lookup(tid)) != NULL)
		return (t);
	tgid = tr_read_tgid(tid);
	if ((p = tr_proc_lookup(tgid)) == NULL)
		p = tr_proc_new(tgid);
	return (tr_thread_new(tid, p));
}

static void
tr_classify(int status, struct tr_event *ev)
{
	int sig, event;

	memset(ev, 0, sizeof(*ev));
	ev->ev_status = status;
	if (!WIFSTOPPED(status)) {
		ev->ev_kind = TR_EV_GONE;
		return;
	}
	sig = WSTOPSIG(status);
	event = (unsigned)status >> 16;
	ev->ev_event = event;
	ev->ev_sig = sig;
	if (sig == (SIGTRAP | 0x80)) {
		ev->ev_kind = TR_EV_SYSCALL;
		return;
	}
	switch (event) {
	case 0:
		ev->ev_kind = TR_EV_SIGNAL;
		break;
	case PTRACE_EVENT_SECCOMP:
		ev->ev_kind = TR_EV_SECCOMP;
		break;
	case PTRACE_EVENT_STOP:
		if (sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN ||
		    sig == SIGTTOU)
			ev->ev_kind = TR_EV_GROUP_STOP;
		else
			ev->ev_kind = TR_EV_STOP;
		break;
	case PTRACE_EVENT_CLONE:
	case PTRACE_EVENT_FORK:
	case PTRACE_EVENT_VFORK:
		ev->ev_kind = TR_EV_CLONE;
		break;
	case PTRACE_EVENT_VFORK_DONE:
		ev->ev_kind = TR_EV_VFORK_DONE;
		break;
	case PTRACE_EVENT_EXEC:
		ev->ev_kind = TR_EV_EXEC;
		break;
	case PTRACE_EVENT_EXIT:
		ev->ev_kind = TR_EV_EXIT;
		break;
	default:
		ev->ev_kind = TR_EV_STOP;
		break;
	}
}

static void
tr_deliver(pid_t pid, int status)
{
	struct tr_thread *t;
	struct tr_event ev;
	int slot;

	tr_classify(status, &ev);
	if (pid == root_pid && ev.ev_kind == TR_EV_GONE)
		root_status = status;
	/*
	 * After an execve from a non-leader thread, the exec event is
	 * reported under the leader's pid while our record still has the
	 * old tid; tr_thread.c sorts that out from the event.
	 */
	if (ev.ev_kind == TR_EV_EXEC)
		t = tr_host_exec_thread(pid);
	else if (ev.ev_kind == TR_EV_GONE)
		t = tr_thread_lookup(pid);
	else
		t = tr_thread_find_or_adopt(pid);
	if (t == NULL)
		return;		/* a task we already buried */
	if (t->tt_mail_count == TR_MAILBOX)
		kern_panic("tracer: mailbox of %d overflows", (int)pid);
	slot = (t->tt_mail_head + t->tt_mail_count) % TR_MAILBOX;
	t->tt_mail[slot] = ev;
	t->tt_mail_count++;
	if (t->tt_wants_event || t->tt_parked || t->tt_notif ||
	    (t->tt_sleep == TR_SLEEPING &&
	    (ev.ev_kind == TR_EV_EXIT || ev.ev_kind == TR_EV_GONE)))
		tr_make_runnable(t);
}

/* A notification from the listener: an event of its caller's thread. */
static void
tr_deliver_notif(const struct tr_notif *n)
{
	struct tr_event ev = { .ev_kind = TR_EV_NOTIF };
	struct tr_thread *t;
	int slot;

	/* Every task of the program is known from its first ptrace stop,
	   before it runs: an unknown caller is the launcher's, not yet
	   traced (a helper thread of a sanitizer runtime). Natively. */
	if ((t = tr_thread_lookup(n->tn_tid)) == NULL) {
		(void)tr_notif_continue(n->tn_id);
		return;
	}
	if (t->tt_mail_count == TR_MAILBOX)
		kern_panic("tracer: mailbox of %d overflows", (int)n->tn_tid);
	t->tt_notif_req = *n;
	slot = (t->tt_mail_head + t->tt_mail_count) % TR_MAILBOX;
	t->tt_mail[slot] = ev;
	t->tt_mail_count++;
	if (t->tt_wants_event)
		tr_make_runnable(t);
}

bool
tr_wait_stop(struct tr_thread *t, struct tr_event *ev)
{

	/* Its death was already reported (to another wait): no more. */
	if (t->tt_gone && t->tt_mail_count == 0)
		return (false);
	while (t->tt_mail_count == 0) {
		t->tt_wants_event = true;
		tr_block();
		t->tt_wants_event = false;
	}
	*ev = t->tt_mail[t->tt_mail_head];
	t->tt_mail_head = (t->tt_mail_head + 1) % TR_MAILBOX;
	t->tt_mail_count--;
	/* Any event of a task resumed into its vmchange call, a
	   notification or its death included, comes after the call
	   returned: the call's window ends here (tr_keycache.c), whoever
	   waits. Not while a handler of the task waits: it runs the call in
	   place itself (--debug) and ends the window when that is over. */
	if (!t->tt_in_syscall)
		tr_keycache_change_end(t);
	if (ev->ev_kind == TR_EV_GONE) {
		t->tt_gone = true;
		t->tt_stopped = false;
		return (false);
	}
	if (ev->ev_kind == TR_EV_NOTIF)
		return (true);	/* the task waits in the kernel, running */
	t->tt_stopped = true;
	t->tt_stop = *ev;
	return (true);
}

bool
tr_mail_pending(const struct tr_thread *t)
{

	return (t->tt_mail_count != 0);
}

void
tr_resume(struct tr_thread *t, int request, int sig)
{

	if (!t->tt_stopped)
		kern_panic("tracer: resuming %d which is not stopped",
		    (int)t->tt_tid);
	t->tt_stopped = false;
	/* ESRCH: killed meanwhile (SIGKILL, exit_group of a sibling); its
	   exit status is on its way. */
	(void)ptrace(request, t->tt_tid, 0, (void *)(intptr_t)sig);
}

int
tr_getregs(struct tr_thread *t, struct trapframe *tf)
{

	if (ptrace(PTRACE_GETREGS, t->tt_tid, 0, tf) != 0)
		return (ESRCH);
	return (0);
}

int
tr_setregs(struct tr_thread *t, const struct trapframe *tf)
{

	if (ptrace(PTRACE_SETREGS, t->tt_tid, 0, tf) != 0)
		return (ESRCH);
	return (0);
}

int
tr_loop(pid_t root)
{
	int status;
	pid_t pid;

	root_pid = root;
	tr_timer_init();
	{
		/* Stops need no SIGCHLD: waitpid() reports them. */
		sigset_t chld;

		sigemptyset(&chld);
		sigaddset(&chld, SIGCHLD);
		sigprocmask(SIG_BLOCK, &chld, NULL);
	}
	for (;;) {
		int64_t deadline;
		int what;

		tr_run_ready();
		if (nthreads == 0)
			break;
		deadline = tr_next_deadline();
		if (tr_listener >= 0) {
			/* The hybrid (tr_listen.c): stops and notifications. */
			struct tr_notif n;

			what = tr_wait_events(deadline);
			if ((what & TR_WAIT_NOTIF) && tr_notif_recv(&n) == 0)
				tr_deliver_notif(&n);
			if (what & TR_WAIT_CHLD) {
				while ((pid = tr_wait_any(&status, false)) > 0)
					tr_deliver(pid, status);
				if (pid < 0) {
					/* No child left: let the threads
					   whose end was just reported go. */
					tr_run_ready();
					break;
				}
			}
		} else {
			tr_timer_arm(deadline);
			pid = tr_wait_any(&status, true);
			if (pid > 0)
				tr_deliver(pid, status);
			else if (pid < 0)
				break;		/* no traced task left */
		}
		if (deadline >= 0)
			tr_fire_timers(kern_clock_ns(KCLOCK_MONOTONIC));
	}
	tr_timer_arm(-1);
	tr_listen_stop();
	if (nthreads != 0)
		fprintf(stderr, "lxrun: lost track of %d traced threads\n",
		    nthreads);
	return (root_status);
}
