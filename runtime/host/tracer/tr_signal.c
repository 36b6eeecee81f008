/*
 * tr_signal.c — kern_api_signal.h for the tracer host: signal state kept
 * in the host (dispositions per process, masks and pending queues per
 * thread, alternate stacks), and delivery through runtime/kern's sendsig
 * whenever a task is about to return to user mode.
 *
 * READ THIS FIRST
 *
 * The real kernel keeps every disposition of the program at SIG_DFL and
 * its blocked mask empty: rt_sigaction and rt_sigprocmask are emulated. So
 * every signal sent to the program reaches the tracer as a
 * signal-delivery-stop (ptrace reports even signals a default disposition
 * ignores), and the host decides, as a FreeBSD kernel would:
 *
 *   caught   → runtime/kern builds the Linux frame (linux_ksigvec), the
 *              task resumes in the handler; its return goes through the
 *              emulated rt_sigreturn;
 *   blocked  → kept pending here until a mask change or sigwait takes it;
 *   ignored  → dropped;
 *   default  → stop signals: the kernel's own action (the signal is let
 *              through, SIG_DFL in the kernel stops the group);
 *              terminating ones: kern_exit1(td, 0, sig), which ends the
 *              process by the same signal, natively.
 *
 * Sending (kill, tkill, tgkill, rt_sigqueueinfo) is done natively by the
 * sending task itself, so that the kernel routes it, checks permissions and
 * fills si_pid/si_uid: it then arrives as above. Only kern_trapsignal()
 * posts without the kernel.
 *
 * Where delivery happens ("return to user mode"): after a trapped syscall
 * (tr_sig_userret, the frame holding the result), at a signal-delivery-stop
 * and at a PTRACE_EVENT_STOP the host caused to reach a running thread
 * (tr_sig_kick). A task interrupted in a native syscall shows the kernel's
 * -ERESTART* in ax: if a handler runs, Linux's restart rules are applied to
 * the frame here; if not, the frame is left alone and the kernel restarts
 * the call itself when the task resumes.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>

#include "tracer.h"

#if __has_include("kern_api_signal.h")
#if __has_include("kern_api_proc.h")
#include "kern_api_proc.h"		/* kern_exit1 for default actions */
#define	TR_SIG_HAVE_EXIT1	1
#endif
#include "kern_api_signal.h"

/* Linux's kernel-internal restart codes seen in ax at a stop: facts. */
#define	L_ERESTARTSYS		512
#define	L_ERESTARTNOINTR	513
#define	L_ERESTARTNOHAND	514
#define	L_ERESTART_RESTARTBLOCK	516
#define	L_EINTR			4
#if defined(__x86_64__)
#define	NR_KILL			62
#define	NR_TGKILL		234
#define	NR_RT_SIGQUEUEINFO	129
#define	NR_RT_TGSIGQUEUEINFO	297
#else
#define	NR_KILL			37
#define	NR_TGKILL		270
#define	NR_RT_SIGQUEUEINFO	178
#define	NR_RT_TGSIGQUEUEINFO	335
#endif

extern const struct ksigvec linux_ksigvec __attribute__((__weak__));

struct tr_ksi {
	ksiginfo_t	 k_info;
	struct tr_ksi	*k_next;
};

struct tr_sigqueue {
	ksigset_t	 sq_set;
	struct tr_ksi	*sq_head;
};

/* Dispositions: shared by a thread group (and CLONE_SIGHAND processes). */
struct tr_sigacts {
	int			 sa_refs;
	struct ksigaction	 sa_act[KSIG_MAXSIG + 1];
};

struct tr_sigproc {
	struct tr_sigacts	*sp_acts;
	struct tr_sigqueue	 sp_pending;	/* process-directed */
};

struct tr_sigthread {
	ksigset_t		 st_blocked;
	ksigset_t		 st_oldmask;	/* sigsuspend's, if st_has_old */
	bool			 st_has_old;
	struct tr_sigqueue	 st_pending;	/* thread-directed */
	struct ksigaltstack	 st_altstack;
	int			 st_waitchan;	/* sigsuspend/sigtimedwait */
	ksigset_t		 st_native;	/* let the next native arrival
						   of these through */
};

/* Host signal numbers of the signals whose default action is to stop,
   to be ignored, or that are synchronous (delivered first). */
static bool
sig_default_stops(int sig)
{

	return (sig == KSIGSTOP || sig == KSIGTSTP || sig == KSIGTTIN ||
	    sig == KSIGTTOU);
}

static bool
sig_default_ignored(int sig)
{

	return (sig == KSIGCHLD || sig == KSIGURG || sig == KSIGWINCH ||
	    sig == KSIGCONT || sig == KSIGINFO || sig == KSIGTHR ||
	    sig == KSIGLIBRT);
}

static bool
sig_synchronous(int sig)
{

	return (sig == KSIGSEGV || sig == KSIGBUS || sig == KSIGILL ||
	    sig == KSIGTRAP || sig == KSIGFPE || sig == KSIGSYS);
}

/*
 * State allocation: lazily, so that hosts without signal emulation (the
 * mock runtime) never pay for it.
 */
static struct tr_sigproc *
sp_of(struct tr_proc *p)
{
	struct tr_sigproc *sp = p->tp_sig;

	if (sp == NULL) {
		sp = kern_malloc(sizeof(*sp), KM_ZERO);
		sp->sp_acts = kern_malloc(sizeof(*sp->sp_acts), KM_ZERO);
		sp->sp_acts->sa_refs = 1;
		p->tp_sig = sp;
	}
	return (sp);
}

static struct tr_sigthread *
st_of(struct tr_thread *t)
{
	struct tr_sigthread *st = t->tt_sig;

	if (st == NULL) {
		st = kern_malloc(sizeof(*st), KM_ZERO);
		st->st_altstack.kss_flags = KSS_DISABLE;
		t->tt_sig = st;
	}
	return (st);
}

static void
sq_flush(struct tr_sigqueue *q, int sig)
{
	struct tr_ksi **kp, *k;

	for (kp = &q->sq_head; (k = *kp) != NULL;) {
		if (sig == 0 || k->k_info.ksi_signo == sig) {
			*kp = k->k_next;
			kern_free(k);
		} else
			kp = &k->k_next;
	}
	if (sig == 0)
		ksigemptyset(&q->sq_set);
	else
		ksigdelset(&q->sq_set, sig);
}

/* Queue ksi; standard signals do not queue twice (Linux legacy_queue). */
static void
sq_post(struct tr_sigqueue *q, const ksiginfo_t *ksi)
{
	struct tr_ksi *k, **tail;
	int sig = ksi->ksi_signo;

	if (sig < KSIGRTMIN && ksigismember(&q->sq_set, sig))
		return;
	k = kern_malloc(sizeof(*k), KM_ZERO);
	k->k_info = *ksi;
	for (tail = &q->sq_head; *tail != NULL; tail = &(*tail)->k_next)
		;
	*tail = k;
	ksigaddset(&q->sq_set, sig);
}

/* Take the first queued instance of sig; false if there is none. */
static bool
sq_take(struct tr_sigqueue *q, int sig, ksiginfo_t *ksi)
{
	struct tr_ksi **kp, *k;
	bool more = false, found = false;

	for (kp = &q->sq_head; (k = *kp) != NULL;) {
		if (k->k_info.ksi_signo == sig) {
			if (!found) {
				*ksi = k->k_info;
				*kp = k->k_next;
				kern_free(k);
				found = true;
				continue;
			}
			more = true;
		}
		kp = &k->k_next;
	}
	if (!more)
		ksigdelset(&q->sq_set, sig);
	return (found);
}

void
tr_sig_proc_fini(struct tr_proc *p)
{
	struct tr_sigproc *sp = p->tp_sig;

	if (sp == NULL)
		return;
	sq_flush(&sp->sp_pending, 0);
	if (--sp->sp_acts->sa_refs == 0)
		kern_free(sp->sp_acts);
	kern_free(sp);
	p->tp_sig = NULL;
}

void
tr_sig_thread_fini(struct tr_thread *t)
{
	struct tr_sigthread *st = t->tt_sig;

	if (st == NULL)
		return;
	sq_flush(&st->st_pending, 0);
	kern_free(st);
	t->tt_sig = NULL;
}

/*
 * A new thread inherits its creator's mask (and, for a new process, the
 * dispositions: shared with CLONE_SIGHAND, copied otherwise); pending
 * signals are not inherited.
 */
void
tr_sig_inherit(struct tr_thread *parent, struct tr_thread *child,
    bool share_acts)
{
	struct tr_sigproc *psp, *csp;

	st_of(child)->st_blocked = st_of(parent)->st_blocked;
	st_of(child)->st_altstack = st_of(parent)->st_altstack;
	if (child->tt_proc == parent->tt_proc)
		return;
	psp = sp_of(parent->tt_proc);
	csp = sp_of(child->tt_proc);
	if (share_acts) {
		if (--csp->sp_acts->sa_refs == 0)
			kern_free(csp->sp_acts);
		csp->sp_acts = psp->sp_acts;
		csp->sp_acts->sa_refs++;
	} else
		memcpy(csp->sp_acts->sa_act, psp->sp_acts->sa_act,
		    sizeof(csp->sp_acts->sa_act));
}

/* execve: caught signals go back to SIG_DFL; ignored stay ignored. */
void
tr_sig_exec(struct tr_thread *t)
{
	struct tr_sigproc *sp = sp_of(t->tt_proc);
	struct tr_sigacts *acts;
	int sig;

	if (sp->sp_acts->sa_refs > 1) {
		acts = kern_malloc(sizeof(*acts), KM_ZERO);
		memcpy(acts->sa_act, sp->sp_acts->sa_act, sizeof(acts->sa_act));
		acts->sa_refs = 1;
		sp->sp_acts->sa_refs--;
		sp->sp_acts = acts;
	}
	for (sig = 1; sig <= KSIG_MAXSIG; sig++) {
		struct ksigaction *a = &sp->sp_acts->sa_act[sig];

		if (a->ksa_handler != KSIG_IGN) {
			memset(a, 0, sizeof(*a));
		} else {
			a->ksa_flags = 0;
			ksigemptyset(&a->ksa_mask);
		}
	}
	st_of(t)->st_altstack.kss_flags = KSS_DISABLE;
	st_of(t)->st_altstack.kss_sp = 0;
	st_of(t)->st_altstack.kss_size = 0;
}

/*
 * Which signal t would take now: a pending one it does not block, from
 * its own queue first, synchronous ones before the others, then the
 * lowest number. 0 if none.
 */
static int
tr_sig_next(struct tr_thread *t, const ksigset_t *extra_allowed)
{
	struct tr_sigthread *st = st_of(t);
	struct tr_sigproc *sp = sp_of(t->tt_proc);
	ksigset_t cand;
	int sig, best = 0;

	cand = st->st_pending.sq_set;
	ksigsetor(&cand, &sp->sp_pending.sq_set);
	if (ksigisempty(&cand))
		return (0);	/* the usual case, after every trapped call */
	if (extra_allowed == NULL)
		ksigsetnand(&cand, &st->st_blocked);
	else {
		ksigset_t blocked = st->st_blocked;

		ksigsetnand(&blocked, extra_allowed);
		ksigsetnand(&cand, &blocked);
	}
	for (sig = 1; sig <= KSIG_MAXSIG; sig++) {
		if (!ksigismember(&cand, sig))
			continue;
		if (sig_synchronous(sig))
			return (sig);
		if (best == 0)
			best = sig;
	}
	return (best);
}

static bool
tr_sig_take(struct tr_thread *t, int sig, ksiginfo_t *ksi)
{

	if (sq_take(&st_of(t)->st_pending, sig, ksi))
		return (true);
	return (sq_take(&sp_of(t->tt_proc)->sp_pending, sig, ksi));
}

/* Whether a handler for `sig` is what delivering it would run. */
static bool
tr_sig_caught(struct tr_proc *p, int sig)
{
	uintptr_t h = sp_of(p)->sp_acts->sa_act[sig].ksa_handler;

	return (h != KSIG_DFL && h != KSIG_IGN);
}

/*
 * Make thread u notice a deliverable signal: end its interruptible sleep
 * (EINTR, or ERESTART for an SA_RESTART handler) or stop its running task
 * so that its host thread delivers at the stop.
 */
static void
tr_sig_kick(struct tr_thread *u)
{
	int sig;

	kern_wakeup(&st_of(u)->st_waitchan);
	if ((sig = tr_sig_next(u, NULL)) == 0)
		return;
	if (u->tt_notif) {
		/* Its task waits in a seccomp notification: interrupted, it
		   leaves with -ERESTARTSYS and stops, and its host thread
		   ends the handler's sleep then (tr_thread.c). */
		if (!u->tt_notif_dead)
			(void)ptrace(PTRACE_INTERRUPT, u->tt_tid, 0, 0);
		return;
	}
	if (u->tt_sleep == TR_SLEEPING) {
		if (u->tt_interruptible)
			tr_interrupt_sleep(u, (sp_of(u->tt_proc)->sp_acts->
			    sa_act[sig].ksa_flags & KSA_RESTART) &&
			    tr_sig_caught(u->tt_proc, sig) ? ERESTART : EINTR,
			    false);
		return;
	}
	if (!u->tt_stopped && !u->tt_parked && !u->tt_gone)
		(void)ptrace(PTRACE_INTERRUPT, u->tt_tid, 0, 0);
}

/* Post ksi to thread t (thread-directed) or to its process. */
static void
tr_sig_post(struct tr_thread *t, const ksiginfo_t *ksi, bool to_thread)
{
	struct tr_proc *p = t->tt_proc;
	struct tr_thread *u;
	int sig = ksi->ksi_signo;

	if (to_thread) {
		sq_post(&st_of(t)->st_pending, ksi);
		if (t != tr_current())
			tr_sig_kick(t);
		return;
	}
	sq_post(&sp_of(p)->sp_pending, ksi);
	/* Someone not blocking it takes it: the current thread if it can
	   (it is at a delivery point), else the first other that can. */
	if (t == tr_current() && !ksigismember(&st_of(t)->st_blocked, sig))
		return;
	LIST_FOREACH(u, &p->tp_threads, tt_plink) {
		if (u->tt_ended || ksigismember(&st_of(u)->st_blocked, sig))
			continue;
		if (u != tr_current())
			tr_sig_kick(u);
		return;
	}
	/* Everyone blocks it: sigwait sleepers may still want it. */
	LIST_FOREACH(u, &p->tp_threads, tt_plink)
		kern_wakeup(&st_of(u)->st_waitchan);
}

/*
 * Linux's restart rules for a task interrupted in a native syscall, when a
 * handler is about to run: the frame either returns EINTR or re-executes
 * the syscall instruction after the handler.
 */
static void
tr_sig_restart_fixup(struct trapframe *tf, const struct ksigaction *act)
{
	long ax = (long)TF_RET(tf);

	if (TF_NR(tf) == TF_NO_SYSCALL)
		return;		/* not in a syscall */
	switch (-ax) {
	case L_ERESTART_RESTARTBLOCK:
	case L_ERESTARTNOHAND:
		TF_RET(tf) = (tr_reg_t)-L_EINTR;
		break;
	case L_ERESTARTSYS:
		if (!(act->ksa_flags & KSA_RESTART)) {
			TF_RET(tf) = (tr_reg_t)-L_EINTR;
			break;
		}
		/* FALLTHROUGH */
	case L_ERESTARTNOINTR:
		TF_RET(tf) = TF_NR(tf);
		TF_PC(tf) -= 2;
		break;
	}
}

/*
 * Deliver what is deliverable to t, stopped on its way to user mode with
 * t->tt_frame the registers it resumes with. `native_syscall`: the stop
 * may be inside an interrupted native syscall (apply restart rules if a
 * handler runs). Returns true when the frame changed (a handler frame was
 * built): the caller writes it back with orig_ax = -1.
 * Default terminate actions do not return (kern_exit1).
 */
bool
tr_sig_userret(struct tr_thread *t, bool native_syscall)
{
	struct tr_sigthread *st = st_of(t);
	struct tr_sigproc *sp = sp_of(t->tt_proc);
	struct ksigaction act;
	ksiginfo_t ksi;
	ksigset_t returnmask;
	int sig;

	while ((sig = tr_sig_next(t, NULL)) != 0) {
		if (!tr_sig_take(t, sig, &ksi))
			break;
		act = sp->sp_acts->sa_act[sig];
		if (act.ksa_handler == KSIG_IGN)
			continue;
		if (act.ksa_handler == KSIG_DFL) {
			if (sig_default_ignored(sig))
				continue;
			if (sig_default_stops(sig)) {
				/* The kernel's SIG_DFL stops the group. */
				ksigaddset(&st->st_native, sig);
				if (tr_sysvec.sv_sig_to_linux != NULL)
					(void)tgkill(t->tt_proc->tp_pid,
					    t->tt_tid,
					    tr_sysvec.sv_sig_to_linux(sig));
				continue;
			}
#ifdef TR_SIG_HAVE_EXIT1
			kern_exit1(&t->tt_td, 0, sig);
#else
			/* No kern_exit1 yet: the kernel's SIG_DFL ends it. */
			ksigaddset(&st->st_native, sig);
			if (tr_sysvec.sv_sig_to_linux != NULL)
				(void)tgkill(t->tt_proc->tp_pid, t->tt_tid,
				    tr_sysvec.sv_sig_to_linux(sig));
			continue;
#endif
		}
		if (&linux_ksigvec == NULL)
			kern_panic("no sendsig: runtime/kern is not linked");
		/* The handler's frame saves every register. */
		if (tr_frame_full(t) != 0)
			return (false);
		if (act.ksa_flags & KSA_RESETHAND)
			sp->sp_acts->sa_act[sig].ksa_handler = KSIG_DFL;
		returnmask = st->st_has_old ? st->st_oldmask : st->st_blocked;
		if (native_syscall)
			tr_sig_restart_fixup(&t->tt_frame, &act);
		TF_NR(&t->tt_frame) = TF_NO_SYSCALL;
		if (linux_ksigvec.sv_sendsig(&t->tt_td, sig, &act, &ksi,
		    &returnmask) != 0) {
			/* The frame could not be written and SIGSEGV was
			   asked for (kern_trapsignal): deliver it now, as
			   Linux does before it returns to user mode (a
			   default action ends the process here). If the
			   frame was SIGSEGV's own, its handler is dropped
			   (Linux: force_fatal_sig; FreeBSD: sigexit): no
			   loop of frames that cannot be written. */
			if (sig == KSIGSEGV)
				sp->sp_acts->sa_act[KSIGSEGV].ksa_handler =
				    KSIG_DFL;
			continue;
		}
		ksigsetor(&st->st_blocked, &act.ksa_mask);
		if (!(act.ksa_flags & KSA_NODEFER))
			ksigaddset(&st->st_blocked, sig);
		ksigdelset(&st->st_blocked, KSIGKILL);
		ksigdelset(&st->st_blocked, KSIGSTOP);
		st->st_has_old = false;
		return (true);
	}
	return (false);
}

/*
 * A signal arrived natively at t (signal-delivery-stop, siginfo `si` in
 * Linux terms). Returns the Linux signal to let the kernel deliver (a stop
 * signal's default action), or 0 when the host took it.
 */
int
tr_sig_native(struct tr_thread *t, const siginfo_t *si)
{
	struct tr_sigthread *st = st_of(t);
	ksiginfo_t ksi;
	bool to_thread;
	int sig;

	if (tr_sysvec.sv_ksiginfo_from_linux == NULL ||
	    tr_sysvec.sv_ksiginfo_from_linux(si, &ksi) != 0)
		return (si->si_signo);	/* no host number: the kernel's */
	sig = ksi.ksi_signo;
	if (ksigismember(&st->st_native, sig)) {
		ksigdelset(&st->st_native, sig);
		return (si->si_signo);
	}
	/* Faults and tkill/tgkill are for this thread; kill, sigqueue,
	   timers and the rest for the process. */
	to_thread = (si->si_code > 0 && sig_synchronous(sig)) ||
	    si->si_code == SI_TKILL;
	if (to_thread && sig_synchronous(sig)) {
		/* The frame of a handler shows the fault's trap number,
		   error code and cr2 (tr_trapinfo.c), read while the task
		   still stands at the fault. */
		if (t->tt_at_signal_stop && tr_sig_caught(t->tt_proc, sig) &&
		    !ksigismember(&st->st_blocked, sig))
			tr_trap_capture(t, si);
		/* A fault the program blocks or ignores still kills it,
		   as Linux's force_sig does. */
		kern_trapsignal(&t->tt_td, &ksi);
		return (0);
	}
	tr_sig_post(t, &ksi, to_thread);
	return (0);
}

/* For kern_msleep(KSLEEP_CATCH): EINTR/ERESTART if a signal is waiting. */
int
tr_sig_sleep_check(struct tr_thread *t)
{
	int sig;

	if ((sig = tr_sig_next(t, NULL)) == 0)
		return (0);
	if (!tr_sig_caught(t->tt_proc, sig)) {
		struct ksigaction *a = &sp_of(t->tt_proc)->sp_acts->
		    sa_act[sig];

		/* Ignored ones do not interrupt; default-stop ones stop the
		   task (natively) and the sleep goes on. */
		if (a->ksa_handler == KSIG_IGN ||
		    sig_default_ignored(sig) || sig_default_stops(sig))
			return (0);
		return (EINTR);		/* it will kill the process */
	}
	return ((sp_of(t->tt_proc)->sp_acts->sa_act[sig].ksa_flags &
	    KSA_RESTART) ? ERESTART : EINTR);
}

/*
 * The kernel API.
 */
int
kern_sigaction(struct thread *td, int sig, const struct ksigaction *act,
    struct ksigaction *oact)
{
	struct tr_thread *t = TR_THREAD(td), *u;
	struct tr_sigproc *sp = sp_of(t->tt_proc);

	if (!KSIG_VALID(sig))
		return (EINVAL);
	if (oact != NULL)
		*oact = sp->sp_acts->sa_act[sig];
	if (act == NULL)
		return (0);
	sp->sp_acts->sa_act[sig] = *act;
	if (act->ksa_handler == KSIG_IGN ||
	    (act->ksa_handler == KSIG_DFL && sig_default_ignored(sig))) {
		sq_flush(&sp->sp_pending, sig);
		LIST_FOREACH(u, &t->tt_proc->tp_threads, tt_plink)
			sq_flush(&st_of(u)->st_pending, sig);
	}
	return (0);
}

int
kern_sigprocmask(struct thread *td, int how, const ksigset_t *set,
    ksigset_t *oset)
{
	struct tr_sigthread *st = st_of(TR_THREAD(td));

	if (oset != NULL)
		*oset = st->st_blocked;
	if (set == NULL)
		return (0);
	switch (how) {
	case KSIG_BLOCK:
		ksigsetor(&st->st_blocked, set);
		break;
	case KSIG_UNBLOCK:
		ksigsetnand(&st->st_blocked, set);
		break;
	case KSIG_SETMASK:
		st->st_blocked = *set;
		break;
	default:
		return (EINVAL);
	}
	ksigdelset(&st->st_blocked, KSIGKILL);
	ksigdelset(&st->st_blocked, KSIGSTOP);
	return (0);
}

int
kern_sigaltstack(struct thread *td, const struct ksigaltstack *ss,
    struct ksigaltstack *oss)
{
	struct tr_sigthread *st = st_of(TR_THREAD(td));

	if (oss != NULL)
		*oss = st->st_altstack;
	if (ss != NULL)
		st->st_altstack = *ss;
	return (0);
}

int
kern_sigpending(struct thread *td, ksigset_t *set)
{
	struct tr_thread *t = TR_THREAD(td);

	*set = st_of(t)->st_pending.sq_set;
	ksigsetor(set, &sp_of(t->tt_proc)->sp_pending.sq_set);
	return (0);
}

int
kern_sigsuspend(struct thread *td, const ksigset_t *mask)
{
	struct tr_thread *t = TR_THREAD(td);
	struct tr_sigthread *st = st_of(t);
	int error;

	st->st_oldmask = st->st_blocked;
	st->st_has_old = true;
	st->st_blocked = *mask;
	ksigdelset(&st->st_blocked, KSIGKILL);
	ksigdelset(&st->st_blocked, KSIGSTOP);
	for (;;) {
		int sig = tr_sig_next(t, NULL);

		if (sig != 0 && (tr_sig_caught(t->tt_proc, sig) ||
		    !(sig_default_ignored(sig) || sig_default_stops(sig) ||
		    sp_of(t->tt_proc)->sp_acts->sa_act[sig].ksa_handler ==
		    KSIG_IGN))) {
			/* Delivered on the way out with the old mask saved
			   in the frame (st_has_old); EJUSTRETURN keeps the
			   caller's -EINTR in the frame. */
			return (EJUSTRETURN);
		}
		if (sig != 0) {
			ksiginfo_t ksi;

			(void)tr_sig_take(t, sig, &ksi);	/* ignored */
			continue;
		}
		error = kern_msleep(&st->st_waitchan, NULL, KSLEEP_CATCH,
		    "sigsusp", NULL);
		if (t->tt_gone || t->tt_exiting) {
			st->st_blocked = st->st_oldmask;
			st->st_has_old = false;
			return (EINTR);
		}
		(void)error;
	}
}

int
kern_sigtimedwait(struct thread *td, const ksigset_t *waitset,
    ksiginfo_t *ksi, const struct ktimeout *deadline)
{
	struct tr_thread *t = TR_THREAD(td);
	struct tr_sigthread *st = st_of(t);
	int sig, error;

	for (;;) {
		ksigset_t cand = st->st_pending.sq_set;

		ksigsetor(&cand, &sp_of(t->tt_proc)->sp_pending.sq_set);
		ksigsetand(&cand, waitset);
		for (sig = 1; sig <= KSIG_MAXSIG; sig++)
			if (ksigismember(&cand, sig) &&
			    tr_sig_take(t, sig, ksi))
				return (0);
		if ((sig = tr_sig_next(t, NULL)) != 0 &&
		    tr_sig_caught(t->tt_proc, sig))
			return (EINTR);
		error = kern_msleep(&st->st_waitchan, NULL, KSLEEP_CATCH,
		    "sigwait", deadline);
		if (error == EWOULDBLOCK)
			return (EAGAIN);
		if (t->tt_gone || t->tt_exiting)
			return (EINTR);
	}
}

/*
 * Sending runs the real syscall in the sender's task: the kernel routes
 * the signal (to programs outside lxrun too), checks permissions, fills
 * the sender's pid and uid; it comes back as a native arrival.
 */
static int
tr_sig_send_native(struct thread *td, long nr, const long args[6])
{
	struct tr_thread *t = TR_THREAD(td);
	long ret;

	if (tr_native_syscall(t, nr, args, &ret) != 0)
		return (ESRCH);
	if (ret < 0)
		return (tr_sysvec.sv_errno_to_host != NULL ?
		    tr_sysvec.sv_errno_to_host((int)-ret) : EPERM);
	return (0);
}

static int
tr_sig_linux(int hsig)
{

	if (hsig == 0)
		return (0);
	return (tr_sysvec.sv_sig_to_linux != NULL ?
	    tr_sysvec.sv_sig_to_linux(hsig) : 0);
}

int
kern_kill(struct thread *td, pid_t pid, ksiginfo_t *ksi)
{
	long args[6] = { pid, tr_sig_linux(ksi->ksi_signo) };

	if (ksi->ksi_signo != 0 && args[1] == 0)
		return (EINVAL);
	return (tr_sig_send_native(td, NR_KILL, args));
}

int
kern_tdkill(struct thread *td, pid_t pid, lwpid_t tid, ksiginfo_t *ksi)
{
	long args[6] = { pid, tid, tr_sig_linux(ksi->ksi_signo) };

	if (ksi->ksi_signo != 0 && args[2] == 0)
		return (EINVAL);
	if (pid == -1) {
		/* tkill: the thread group is the target's own. */
		struct tr_thread *u = tr_thread_lookup(tid);

		if (u == NULL)
			return (ESRCH);
		args[0] = u->tt_proc->tp_pid;
	}
	return (tr_sig_send_native(td, NR_TGKILL, args));
}

void
kern_trapsignal(struct thread *td, const ksiginfo_t *ksi)
{
	struct tr_thread *t = TR_THREAD(td);
	struct tr_sigthread *st = st_of(t);
	struct ksigaction *a = &sp_of(t->tt_proc)->sp_acts->
	    sa_act[ksi->ksi_signo];

	if (ksigismember(&st->st_blocked, ksi->ksi_signo) ||
	    a->ksa_handler == KSIG_IGN) {
		ksigdelset(&st->st_blocked, ksi->ksi_signo);
		a->ksa_handler = KSIG_DFL;
	}
	sq_post(&st->st_pending, ksi);
}

#endif /* kern_api_signal.h */
