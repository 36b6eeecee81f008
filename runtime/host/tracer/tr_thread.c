/*
 * tr_thread.c — the life of one host thread: what it does at each ptrace
 * stop of its task. A trapped syscall goes to the emulation (tr_sysvec),
 * whose result is written back before the task resumes; a native signal is
 * offered to the emulation; new tasks wait until their creator has set
 * them up; execve re-installs the stub page; exits are reported once.
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ptrace.h>

#include "tracer.h"

struct tr_sysvec tr_sysvec;
struct tr_stats tr_stats;

/* Linux's values in ax (facts): the entry value, EINTR, and the restart
   code a call interrupted in a seccomp notification returns. */
#define	L_ENOSYS	38
#define	L_EINTR		4
#define	L_ERESTARTSYS	512

void
tr_defer_signal(struct tr_thread *t, const siginfo_t *si)
{

	if (t->tt_ndeferred == (int)(sizeof(t->tt_deferred_si) /
	    sizeof(t->tt_deferred_si[0]))) {
		/* Standard signals do not queue in Linux either. */
		return;
	}
	t->tt_deferred_si[t->tt_ndeferred++] = *si;
}

void
tr_release_child(struct tr_thread *child)
{

	child->tt_released = true;
	tr_make_runnable(child);
}

/* A clone/fork/vfork event of t: adopt the child, let the emulation set
   it up, and let it go. */
static void
tr_on_clone_event(struct tr_thread *t, const struct tr_event *ev)
{
	unsigned long msg = 0;
	struct tr_thread *child;
	struct tr_proc *cp;

	if (ptrace(PTRACE_GETEVENTMSG, t->tt_tid, 0, &msg) != 0)
		return;
	child = tr_thread_find_or_adopt((pid_t)msg);
	cp = child->tt_proc;
	if (cp != t->tt_proc) {
		/* A new process starts with a copy of its parent's address
		   space, and so with the parent's stub page. */
		cp->tp_stub = t->tt_proc->tp_stub;
		cp->tp_scratch = t->tt_proc->tp_scratch;
		cp->tp_execed = t->tt_proc->tp_execed;
	}
	t->tt_last_child = child->tt_tid;
	tr_trap_inherit(t, child);
	/* A child of kern_fork()/kern_thread_create() waits for
	   kern_thread_run(). */
	if (t->tt_host_clone)
		return;
	if (tr_sysvec.sv_child != NULL)
		tr_sysvec.sv_child(t, child, ev->ev_event);
	tr_release_child(child);
}

/* The exec event arrives under the thread group id; find who exec'ed. */
struct tr_thread *
tr_host_exec_thread(pid_t pid)
{
	unsigned long former = 0;
	struct tr_thread *t, *leader;

	if (ptrace(PTRACE_GETEVENTMSG, pid, 0, &former) != 0)
		former = (unsigned long)pid;
	if ((pid_t)former == pid)
		return (tr_thread_find_or_adopt(pid));
	/* A non-leader exec'ed: it takes over the leader's tid, and the old
	   leader is gone without a further report. */
	if ((leader = tr_thread_lookup(pid)) != NULL) {
		struct tr_event ev = { .ev_kind = TR_EV_GONE };
		int slot;

		tr_thread_retid(leader, -pid);
		slot = (leader->tt_mail_head + leader->tt_mail_count) %
		    TR_MAILBOX;
		leader->tt_mail[slot] = ev;
		leader->tt_mail_count++;
		tr_make_runnable(leader);
	}
	if ((t = tr_thread_lookup((pid_t)former)) == NULL)
		return (tr_thread_find_or_adopt(pid));
	tr_thread_retid(t, pid);
	return (t);
}

/* PTRACE_EVENT_EXEC: the caller resumes with PTRACE_SYSCALL, and the
   stub page goes in at the syscall-exit stop (tr_after_exec). */
static void
tr_on_exec(struct tr_thread *t)
{
	struct tr_proc *p = t->tt_proc;

	p->tp_execed = true;
	p->tp_stub = 0;
	p->tp_scratch = 0;
	p->tp_sigtramp_known = false;	/* a new vDSO */
	tr_vm_forget(p);
	p->tp_vmspace = 0;	/* a new address space */
	t->tt_exec_pending = true;
	if (tr_sysvec.sv_exec != NULL)
		tr_sysvec.sv_exec(t);
}

static void
tr_after_exec(struct tr_thread *t)
{
	struct tr_proc *p = t->tt_proc;
	int error;

	t->tt_exec_pending = false;
	error = tr_stub_install(t);
	if (error != 0 && error != ESRCH)
		fprintf(stderr, "lxrun: pid %d: cannot map the stub page "
		    "(host error %d); atomic operations degrade to plain "
		    "copies\n", (int)p->tp_pid, error);
}

void
tr_thread_exit_once(struct tr_thread *t)
{
	struct tr_proc *p = t->tt_proc;

	if (t->tt_ended)
		return;
	t->tt_ended = true;
	if (tr_sysvec.sv_thread_exit != NULL)
		tr_sysvec.sv_thread_exit(t);
	p->tp_nlive--;
	kern_wakeup(&p->tp_nlive);
	if (p->tp_nlive == 0 && p->tp_vfork_parent != NULL) {
		p->tp_vfork_parent->tt_vfork_done = true;
		kern_wakeup(&p->tp_vfork_parent->tt_vfork_done);
		p->tp_vfork_parent = NULL;
	}
}

static void
tr_on_exit(struct tr_thread *t)
{

	t->tt_exiting = true;
	tr_thread_exit_once(t);
}

void
tr_thread_linger(struct tr_thread *t)
{
	struct tr_event ev;

	tr_thread_exit_once(t);
	while (tr_wait_stop(t, &ev)) {
		/* Only dying is left to do: stops other than those on the
		   way out stay stopped until exit_group's SIGKILL. */
		if (ev.ev_kind == TR_EV_EXIT)
			tr_resume(t, PTRACE_CONT, 0);
	}
	tr_coro_exit();
}

/*
 * Offer the signals that arrived while the thread was busy to the
 * emulation, now that the task is stopped at a point where it may run a
 * handler. Returns the one signal to deliver natively, if any.
 */
static int
tr_flush_deferred(struct tr_thread *t)
{
	int i, sig, native = 0;

	for (i = 0; i < t->tt_ndeferred; i++) {
		sig = tr_sysvec.sv_signal != NULL ?
		    tr_sysvec.sv_signal(t, &t->tt_deferred_si[i]) :
		    t->tt_deferred_si[i].si_signo;
		if (sig == 0)
			continue;
		if (native == 0)
			native = sig;
		else
			/* Only one signal rides on a resume; the kernel
			   queues the rest again for the next stop. */
			(void)tgkill(t->tt_proc->tp_pid, t->tt_tid, sig);
	}
	t->tt_ndeferred = 0;
	return (native);
}

int
tr_syscall_native_in_place(struct tr_thread *t, long *ret)
{
	struct trapframe regs;
	struct __ptrace_syscall_info info;
	struct tr_event ev;
	bool rewound = false;

	if (!t->tt_stopped || tr_frame_full(t) != 0)
		return (ESRCH);
	regs = t->tt_frame;
	if (t->tt_stop.ev_kind != TR_EV_SECCOMP) {
		/* The task left its syscall entry (it ran injected code):
		   make it execute the syscall instruction again. */
		TF_PC(&regs) -= 2;
		TF_RET(&regs) = TF_NR(&regs);
		rewound = true;
	}
	if (tr_setregs(t, &regs) != 0)
		return (ESRCH);
	tr_resume(t, PTRACE_SYSCALL, 0);
	for (;;) {
		if (!tr_wait_stop(t, &ev))
			return (ESRCH);
		switch (ev.ev_kind) {
		case TR_EV_SYSCALL:
			if (ptrace(PTRACE_GET_SYSCALL_INFO, t->tt_tid,
			    sizeof(info), &info) <= 0)
				return (ESRCH);
			if (info.op != PTRACE_SYSCALL_INFO_EXIT) {
				tr_resume(t, PTRACE_SYSCALL, 0);
				break;
			}
			*ret = (long)info.exit.rval;
			if (t->tt_exec_pending)
				tr_after_exec(t);
			/* The frame to return with is the one at exit: after
			   an execve it is the new image's. */
			if (tr_getregs(t, &regs) != 0)
				return (ESRCH);
			if (!rewound || TF_PC(&regs) != TF_PC(&t->tt_frame))
				t->tt_frame = regs;
			return (0);
		case TR_EV_CLONE:
			tr_on_clone_event(t, &ev);
			tr_resume(t, PTRACE_SYSCALL, 0);
			break;
		case TR_EV_EXEC:
			tr_on_exec(t);
			tr_resume(t, PTRACE_SYSCALL, 0);
			break;
		case TR_EV_SIGNAL: {
			siginfo_t si;

			if (ptrace(PTRACE_GETSIGINFO, t->tt_tid, 0, &si) == 0)
				tr_defer_signal(t, &si);
			tr_resume(t, PTRACE_SYSCALL, 0);
			break;
		}
		case TR_EV_GROUP_STOP:
			tr_resume(t, PTRACE_LISTEN, 0);
			break;
		case TR_EV_EXIT:
			tr_on_exit(t);
			tr_resume(t, PTRACE_CONT, 0);
			break;
		default:	/* seccomp stop of the re-run, VFORK_DONE, … */
			tr_resume(t, PTRACE_SYSCALL, 0);
			break;
		}
	}
}

void
tr_syscall_passthrough(struct tr_thread *t)
{

	t->tt_passthrough = true;
}

static void
tr_on_seccomp(struct tr_thread *t)
{
	unsigned data = 0;
	int sig;

	if (!t->tt_proc->tp_execed || tr_sysvec.sv_syscall == NULL) {
		/* The launcher, before the program's execve: native. */
		tr_resume(t, PTRACE_CONT, 0);
		return;
	}
	/* One request for the number, the arguments and the filter's data;
	   the other registers only for handlers that use them. */
	if (tr_frame_load_syscall(t, &data) != 0)
		return;
	if ((tr_sysvec.sv_args_only == NULL ||
	    !tr_sysvec.sv_args_only((unsigned)TF_NR(&t->tt_frame), data)) &&
	    tr_frame_full(t) != 0)
		return;
	t->tt_in_syscall = true;
	t->tt_passthrough = false;
	tr_stats.ts_ptrace++;
	tr_sysvec.sv_syscall(t, data);
	t->tt_in_syscall = false;
	if (!t->tt_stopped)
		return;		/* died meanwhile */
	if (t->tt_exiting) {
		/* Killed while in the emulation (its EXIT stop was taken by
		   the sleep it was in): the emulation's exit, then die. */
		tr_on_exit(t);
		tr_resume(t, PTRACE_CONT, 0);
		return;
	}
	if (t->tt_proc->tp_exiting)
		tr_thread_linger(t);	/* kern_userret() */
	if (t->tt_passthrough && t->tt_stop.ev_kind == TR_EV_SECCOMP) {
		/* A vmchange call too: no exit stop, its window ends at the
		   task's next event (tr_wait_stop, tr_keycache.c). */
		tr_resume(t, PTRACE_CONT, tr_flush_deferred(t));
		return;
	}
	/* orig_ax = -1: the kernel skips the syscall (at entry) and applies
	   no restart logic of its own (elsewhere); ax is the result. */
	TF_NR(&t->tt_frame) = TF_NO_SYSCALL;
	sig = tr_flush_deferred(t);
	if (tr_sysvec.sv_userret != NULL)
		(void)tr_sysvec.sv_userret(t, false);
	if (tr_frame_store(t) != 0)
		return;
	tr_resume(t, PTRACE_CONT, sig);
}

/*
 * A call the listener received (tr_listen.c): the task waits in the
 * kernel, running as far as ptrace is concerned, until it is answered.
 * The handler gets a partial frame without a stack pointer (the filter
 * sends only calls that need none: tr_filter_futex_notif).
 *
 * A signal ends the wait with the kernel's -ERESTARTSYS and a ptrace stop,
 * after which the kernel restarts the call or fails it with EINTR like any
 * interrupted native call (tr_sig_restart_fixup); its handler's sleep is
 * ended then (kern_msleep: tt_notif_dead). So a handler interrupted itself
 * (EINTR, or ERESTART's rewind) does not answer but interrupts the task,
 * and the kernel's restart rules give the same verdict the runtime's
 * would. A handler that completed while the task was being interrupted
 * (a wake done, a waiter woken) must not be undone by a restart: its
 * result goes into ax at the task's next stop (tt_notif_patch), as Linux
 * completes a call before it delivers a signal.
 */
static void
tr_on_notif(struct tr_thread *t)
{
	struct tr_notif *n = &t->tt_notif_req;
	struct trapframe *tf = &t->tt_frame;
	int i;

	if (!t->tt_proc->tp_execed || tr_sysvec.sv_syscall == NULL) {
		(void)tr_notif_continue(n->tn_id);
		return;
	}
	memset(tf, 0, sizeof(*tf));
	TF_NR(tf) = (tr_reg_t)n->tn_nr;
	TF_RET(tf) = (tr_reg_t)-L_ENOSYS;
	TF_PC(tf) = (tr_reg_t)n->tn_ip;
	TF_ARG0(tf) = (tr_reg_t)n->tn_args[0];
	TF_ARG1(tf) = (tr_reg_t)n->tn_args[1];
	TF_ARG2(tf) = (tr_reg_t)n->tn_args[2];
	TF_ARG3(tf) = (tr_reg_t)n->tn_args[3];
	TF_ARG4(tf) = (tr_reg_t)n->tn_args[4];
	TF_ARG5(tf) = (tr_reg_t)n->tn_args[5];
	for (i = 0; i < 8; i++)
		t->tt_entry[i] = 0;
	t->tt_frame_full = false;
	t->tt_notif = true;
	t->tt_notif_dead = false;
	t->tt_in_syscall = true;
	t->tt_passthrough = false;
	tr_stats.ts_notif++;
	tr_sysvec.sv_syscall(t, TR_DATA_DISPATCH);
	t->tt_in_syscall = false;
	t->tt_notif = false;
	if (t->tt_gone)
		return;
	if ((intptr_t)TF_RET(tf) == -L_EINTR || TF_PC(tf) != (tr_reg_t)n->tn_ip) {
		if (!t->tt_notif_dead)
			(void)ptrace(PTRACE_INTERRUPT, t->tt_tid, 0, 0);
		tr_stats.ts_notif_lost++;
		return;
	}
	if (t->tt_notif_dead ||
	    tr_notif_send(n->tn_id, (int64_t)(intptr_t)TF_RET(tf)) != 0) {
		t->tt_notif_patch = true;
		t->tt_notif_ret = TF_RET(tf);
		tr_stats.ts_notif_lost++;
		return;
	}
	/* A signal became deliverable to this thread meanwhile: it is
	   delivered at a stop. */
	if (tr_sysvec.sv_sleep_signal != NULL && tr_sysvec.sv_sleep_signal(t))
		(void)ptrace(PTRACE_INTERRUPT, t->tt_tid, 0, 0);
}

/* The first stop after an answer that did not arrive: the call is the one
   interrupted there (ax -ERESTARTSYS); it completed, so it returns. */
static void
tr_notif_patch(struct tr_thread *t)
{
	struct trapframe regs;

	t->tt_notif_patch = false;
	if (tr_getregs(t, &regs) != 0)
		return;
	if (TF_NR(&regs) != (tr_reg_t)t->tt_notif_req.tn_nr ||
	    (intptr_t)TF_RET(&regs) != -L_ERESTARTSYS)
		return;
	TF_RET(&regs) = t->tt_notif_ret;
	(void)tr_setregs(t, &regs);
}

/*
 * At a stop outside a trapped syscall (a signal, an interrupt): deliver
 * what is pending. The frame is written back only if a handler frame was
 * built; otherwise the task resumes untouched and the kernel restarts an
 * interrupted native syscall itself.
 */
static void
tr_deliver_at_stop(struct tr_thread *t)
{

	if (tr_sysvec.sv_userret == NULL || !t->tt_proc->tp_execed)
		return;
	if (tr_sysvec.sv_userret(t, true))
		(void)tr_setregs(t, &t->tt_frame);
}

static void
tr_on_signal(struct tr_thread *t, const struct tr_event *ev)
{
	siginfo_t si;
	int sig;

	if (ptrace(PTRACE_GETSIGINFO, t->tt_tid, 0, &si) != 0) {
		memset(&si, 0, sizeof(si));
		si.si_signo = ev->ev_sig;
	}
	if (tr_sysvec.sv_signal == NULL || !t->tt_proc->tp_execed) {
		tr_resume(t, PTRACE_CONT, si.si_signo);
		return;
	}
	if (tr_frame_load(t) != 0)
		return;
	t->tt_at_signal_stop = true;
	sig = tr_sysvec.sv_signal(t, &si);
	t->tt_at_signal_stop = false;
	if (sig == 0)
		tr_deliver_at_stop(t);
	tr_resume(t, PTRACE_CONT, sig);
}

void
tr_thread_main(void *arg)
{
	struct tr_thread *t = arg;
	struct tr_event ev;

	while (tr_wait_stop(t, &ev)) {
		if (t->tt_proc->tp_exiting && ev.ev_kind != TR_EV_EXIT &&
		    t->tt_released)
			tr_thread_linger(t);	/* kern_exit1() interrupted us */
		if (t->tt_notif_patch && ev.ev_kind != TR_EV_NOTIF &&
		    ev.ev_kind != TR_EV_EXIT)
			tr_notif_patch(t);
		switch (ev.ev_kind) {
		case TR_EV_NOTIF:
			tr_on_notif(t);
			break;
		case TR_EV_SECCOMP:
			tr_on_seccomp(t);
			break;
		case TR_EV_SIGNAL:
			tr_on_signal(t, &ev);
			break;
		case TR_EV_GROUP_STOP:
			/* Stay stopped but keep reporting (SEIZE semantics):
			   SIGCONT ends the stop. */
			tr_resume(t, PTRACE_LISTEN, 0);
			break;
		case TR_EV_STOP:
			while (!t->tt_released)
				tr_block();
			if (t->tt_proc->tp_exiting)
				tr_thread_linger(t);
			if (t->tt_start_frame) {
				t->tt_start_frame = false;
				if (tr_sysvec.sv_thread_start != NULL)
					tr_sysvec.sv_thread_start(t);
				(void)tr_setregs(t, &t->tt_frame);
			} else if (tr_sysvec.sv_userret != NULL &&
			    tr_frame_load(t) == 0) {
				/* Interrupted to take a signal (tr_signal.c
				   kicks running tasks this way). */
				tr_deliver_at_stop(t);
			}
			tr_resume(t, PTRACE_CONT, 0);
			break;
		case TR_EV_CLONE:
			tr_on_clone_event(t, &ev);
			tr_resume(t, PTRACE_CONT, 0);
			break;
		case TR_EV_EXEC:
			tr_on_exec(t);
			tr_resume(t, PTRACE_SYSCALL, 0);
			break;
		case TR_EV_EXIT:
			tr_on_exit(t);
			tr_resume(t, PTRACE_CONT, 0);
			break;
		case TR_EV_SYSCALL:
			if (t->tt_exec_pending)
				tr_after_exec(t);
			tr_resume(t, PTRACE_CONT, 0);
			break;
		case TR_EV_VFORK_DONE:
		case TR_EV_GONE:
			tr_resume(t, PTRACE_CONT, 0);
			break;
		}
	}
	tr_on_exit(t);
}

void
tr_host_proc_fini(struct tr_proc *p)
{

	tr_log_forget(p);
	tr_vm_forget(p);
#if __has_include("kern_api_signal.h")
	tr_sig_proc_fini(p);
#endif
}
