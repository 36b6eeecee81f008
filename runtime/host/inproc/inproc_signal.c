/*
 * inproc_signal.c — the in-process host's signal state and delivery: the
 * machine-independent part of kern_api_signal.h (dispositions, masks,
 * pending queues, sigaltstack, sending, waiting) and inproc_signal.h.
 *
 * Model (FreeBSD kern_sig.c, reduced to what tests need):
 *   - per process: dispositions, a pending queue, the ABI's sendsig vector;
 *   - per thread: blocked mask, pending queue, sigaltstack, FP image, last
 *     trap, the mask saved by sigsuspend;
 *   - a queue holds one entry per pending signal below KSIGRTMIN (they
 *     coalesce) and one per send for real-time signals;
 *   - a signal that is ignored, and not blocked, is discarded when sent;
 *   - delivery takes the thread's queue before the process's, the
 *     synchronous signals (SEGV, BUS, ILL, TRAP, FPE, SYS) first, then the
 *     lowest number.
 * Default actions follow Linux (the programs are Linux programs): CHLD,
 * CONT, URG, WINCH ignore; STOP, TSTP, TTIN, TTOU stop (not modelled: the
 * in-process host discards them); everything else ends the process, which
 * the in-process host records instead of doing.
 *
 * Sleeps (inproc_sleep.c): once signal state exists, this file's check is
 * the host's signal check. A signal the thread will act on interrupts a
 * KSLEEP_CATCH sleep once — the sleep it arrives during, or the next one —
 * with EINTR, or ERESTART if its handler has KSA_RESTART; the signal stays
 * pending, for inproc_signal_deliver() (the in-process host does not run
 * handlers by itself). Interruptions posted with inproc_thread_interrupt()
 * still work.
 *
 * Locking: sig_lock guards every structure here. It is never held while
 * calling into runtime/kern (the sendsig hook calls back into this file)
 * or into the sleep code (inproc_thread_kick()).
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "kern_api_signal.h"
#include "inproc_private.h"
#include "inproc_signal.h"
#include "inproc_sigmd.h"

struct sigq_entry {
	ksiginfo_t		 sqe_ksi;
	struct sigq_entry	*sqe_next;
};

struct sigqueue {
	struct sigq_entry	*sq_head;
	ksigset_t		 sq_set;	/* signals with an entry */
};

struct sigproc {
	struct proc		*sp_proc;
	struct sigproc		*sp_next;
	struct ksigaction	 sp_act[KSIG_MAXSIG + 1];
	struct sigqueue		 sp_pending;
	const struct ksigvec	*sp_sysvec;
	uintptr_t		 sp_tramp_sigreturn;
	uintptr_t		 sp_tramp_rt_sigreturn;
	int			 sp_exitsig;
};

struct sigthread {
	struct thread		*st_td;
	struct sigthread	*st_next;
	struct sigproc		*st_sp;
	ksigset_t		 st_blocked;
	ksigset_t		 st_oldmask;	/* FreeBSD td_oldsigmask */
	bool			 st_has_oldmask;
	struct sigqueue		 st_pending;
	struct ksigaltstack	 st_altstack;
	struct ktrapinfo	 st_trap;
	uint8_t			*st_fpu;
	pthread_cond_t		 st_cv;
	bool			 st_waiting;	/* in sigsuspend/sigtimedwait */
	ksigset_t		 st_waitset;	/* sigtimedwait: wakes even blocked */
	bool			 st_intr;	/* a signal may interrupt a sleep */
};

static pthread_mutex_t sig_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t sig_check_once = PTHREAD_ONCE_INIT;
static struct sigproc *sig_procs;
static struct sigthread *sig_threads;

static void
sig_install_check(void)
{

	inproc_set_signal_check(inproc_signal_interrupt);
}

enum sigdefault { SIGDFL_TERMINATE, SIGDFL_IGNORE, SIGDFL_STOP };

static enum sigdefault
sig_default_action(int sig)
{

	switch (sig) {
	case KSIGCHLD:
	case KSIGCONT:
	case KSIGURG:
	case KSIGWINCH:
	case KSIGINFO:
	case KSIGTHR:
		return (SIGDFL_IGNORE);
	case KSIGSTOP:
	case KSIGTSTP:
	case KSIGTTIN:
	case KSIGTTOU:
		return (SIGDFL_STOP);
	default:
		return (SIGDFL_TERMINATE);
	}
}

static bool
sig_synchronous(int sig)
{

	return (sig == KSIGSEGV || sig == KSIGBUS || sig == KSIGILL ||
	    sig == KSIGTRAP || sig == KSIGFPE || sig == KSIGSYS);
}

static void
sig_cantmask(ksigset_t *set)
{

	ksigdelset(set, KSIGKILL);
	ksigdelset(set, KSIGSTOP);
}

/* ---- Queues ---- */

static void
sigq_add(struct sigqueue *q, const ksiginfo_t *ksi, bool front)
{
	struct sigq_entry *e, **pp;
	int sig;

	sig = ksi->ksi_signo;
	if (sig < KSIGRTMIN && ksigismember(&q->sq_set, sig))
		return;			/* already pending: coalesces */
	e = calloc(1, sizeof(*e));
	if (e == NULL)
		abort();
	e->sqe_ksi = *ksi;
	if (front) {
		e->sqe_next = q->sq_head;
		q->sq_head = e;
	} else {
		for (pp = &q->sq_head; *pp != NULL; pp = &(*pp)->sqe_next)
			continue;
		*pp = e;
	}
	ksigaddset(&q->sq_set, sig);
}

/* Take the first entry for `sig`; false if there is none. */
static bool
sigq_take(struct sigqueue *q, int sig, ksiginfo_t *ksi)
{
	struct sigq_entry *e, **pp;

	for (pp = &q->sq_head; (e = *pp) != NULL; pp = &e->sqe_next) {
		if (e->sqe_ksi.ksi_signo != sig)
			continue;
		*pp = e->sqe_next;
		*ksi = e->sqe_ksi;
		free(e);
		for (e = q->sq_head; e != NULL; e = e->sqe_next)
			if (e->sqe_ksi.ksi_signo == sig)
				return (true);
		ksigdelset(&q->sq_set, sig);
		return (true);
	}
	return (false);
}

static void
sigq_discard(struct sigqueue *q, int sig)
{
	ksiginfo_t ksi;

	while (sigq_take(q, sig, &ksi))
		continue;
}

static void
sigq_free(struct sigqueue *q)
{
	struct sigq_entry *e;

	while ((e = q->sq_head) != NULL) {
		q->sq_head = e->sqe_next;
		free(e);
	}
	ksigemptyset(&q->sq_set);
}

/* ---- State lookup (sig_lock held) ---- */

static struct sigproc *
sigproc_get(struct proc *p)
{
	struct sigproc *sp;
	int sig;

	for (sp = sig_procs; sp != NULL; sp = sp->sp_next)
		if (sp->sp_proc == p)
			return (sp);
	sp = calloc(1, sizeof(*sp));
	if (sp == NULL)
		abort();
	sp->sp_proc = p;
	for (sig = 1; sig <= KSIG_MAXSIG; sig++)
		sp->sp_act[sig].ksa_handler = KSIG_DFL;
	sp->sp_sysvec = &linux_ksigvec;
	sp->sp_next = sig_procs;
	sig_procs = sp;
	return (sp);
}

static struct sigthread *
sigthread_get(struct thread *td)
{
	struct sigthread *st;
	pthread_condattr_t ca;

	for (st = sig_threads; st != NULL; st = st->st_next)
		if (st->st_td == td)
			return (st);
	(void)pthread_once(&sig_check_once, sig_install_check);
	st = calloc(1, sizeof(*st));
	if (st == NULL)
		abort();
	st->st_td = td;
	st->st_sp = sigproc_get(td->td_proc);
	st->st_altstack.kss_flags = KSS_DISABLE;
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&st->st_cv, &ca);
	pthread_condattr_destroy(&ca);
	st->st_next = sig_threads;
	sig_threads = st;
	return (st);
}

static struct sigthread *
sigthread_by_tid(lwpid_t tid)
{
	struct sigthread *st;

	for (st = sig_threads; st != NULL; st = st->st_next)
		if (st->st_td->td_tid == tid)
			return (st);
	return (NULL);
}

/* Would delivering `sig` to st do anything? (caught or fatal) */
static bool
sig_acted_upon(struct sigthread *st, int sig)
{
	const struct ksigaction *act;

	act = &st->st_sp->sp_act[sig];
	if (act->ksa_handler == KSIG_IGN)
		return (false);
	if (act->ksa_handler == KSIG_DFL)
		return (sig_default_action(sig) == SIGDFL_TERMINATE);
	return (true);
}

/* The signal inproc_signal_deliver() would take next, or 0. */
static int
sig_next_deliverable(struct sigthread *st, bool *from_proc)
{
	ksigset_t set;
	int pass, sig;

	for (pass = 0; pass < 2; pass++) {
		set = pass == 0 ? st->st_pending.sq_set :
		    st->st_sp->sp_pending.sq_set;
		ksigsetnand(&set, &st->st_blocked);
		if (ksigisempty(&set))
			continue;
		*from_proc = pass == 1;
		for (sig = 1; sig <= KSIG_MAXSIG; sig++)
			if (ksigismember(&set, sig) && sig_synchronous(sig))
				return (sig);
		for (sig = 1; sig <= KSIG_MAXSIG; sig++)
			if (ksigismember(&set, sig))
				return (sig);
	}
	return (0);
}

/* Is something pending that sigsuspend/msleep should wake up for? */
static int
sig_pending_acted_upon(struct sigthread *st)
{
	ksigset_t set;
	int sig;

	set = st->st_pending.sq_set;
	ksigsetor(&set, &st->st_sp->sp_pending.sq_set);
	ksigsetnand(&set, &st->st_blocked);
	for (sig = 1; sig <= KSIG_MAXSIG; sig++)
		if (ksigismember(&set, sig) && sig_acted_upon(st, sig))
			return (sig);
	return (0);
}

/* ---- Posting ---- */

static bool
sig_ignored(struct sigproc *sp, int sig)
{
	const struct ksigaction *act;

	act = &sp->sp_act[sig];
	return (act->ksa_handler == KSIG_IGN ||
	    (act->ksa_handler == KSIG_DFL &&
	    sig_default_action(sig) == SIGDFL_IGNORE));
}

/*
 * Queue ksi for st (thread-directed) or for its process; note in *wake
 * every thread that should notice. Returns the number of threads to wake.
 */
static int
sig_post_locked(struct sigproc *sp, struct sigthread *target,
    const ksiginfo_t *ksi, struct thread **wake, int nwake)
{
	struct sigthread *st;
	int n, sig;

	sig = ksi->ksi_signo;
	if (sig_ignored(sp, sig)) {
		/* Blocked signals stay: the disposition may change meanwhile. */
		if (target == NULL || !ksigismember(&target->st_blocked, sig))
			return (0);
	}
	if (target != NULL)
		sigq_add(&target->st_pending, ksi, false);
	else
		sigq_add(&sp->sp_pending, ksi, false);
	n = 0;
	for (st = sig_threads; st != NULL && n < nwake; st = st->st_next) {
		if (st->st_sp != sp || (target != NULL && st != target))
			continue;
		if (!ksigismember(&st->st_blocked, sig) ||
		    (st->st_waiting && ksigismember(&st->st_waitset, sig))) {
			pthread_cond_broadcast(&st->st_cv);
			st->st_intr = true;
			if (st->st_td->td_host != NULL)
				wake[n++] = st->st_td;
		}
	}
	return (n);
}

#define	WAKE_MAX	64

/* Make sleeping in-process threads look at their signals again. */
static void
sig_wake(struct thread **wake, int n)
{
	int i;

	for (i = 0; i < n; i++)
		inproc_thread_kick(wake[i]);
}

/* ---- kern_api_signal.h: state ---- */

int
kern_sigaction(struct thread *td, int sig, const struct ksigaction *act,
    struct ksigaction *oact)
{
	struct sigproc *sp;
	struct sigthread *st;

	if (!KSIG_VALID(sig))
		return (EINVAL);
	if (act != NULL && (sig == KSIGKILL || sig == KSIGSTOP) &&
	    act->ksa_handler != KSIG_DFL)
		return (EINVAL);
	pthread_mutex_lock(&sig_lock);
	sp = sigproc_get(td->td_proc);
	if (oact != NULL)
		*oact = sp->sp_act[sig];
	if (act != NULL) {
		sp->sp_act[sig] = *act;
		sig_cantmask(&sp->sp_act[sig].ksa_mask);
		if (sig_ignored(sp, sig)) {
			sigq_discard(&sp->sp_pending, sig);
			for (st = sig_threads; st != NULL; st = st->st_next)
				if (st->st_sp == sp)
					sigq_discard(&st->st_pending, sig);
		}
	}
	pthread_mutex_unlock(&sig_lock);
	return (0);
}

int
kern_sigprocmask(struct thread *td, int how, const ksigset_t *set,
    ksigset_t *oset)
{
	struct sigthread *st;
	ksigset_t nset;

	pthread_mutex_lock(&sig_lock);
	st = sigthread_get(td);
	if (oset != NULL)
		*oset = st->st_blocked;
	if (set != NULL) {
		nset = *set;
		sig_cantmask(&nset);
		switch (how) {
		case KSIG_BLOCK:
			ksigsetor(&st->st_blocked, &nset);
			break;
		case KSIG_UNBLOCK:
			ksigsetnand(&st->st_blocked, &nset);
			break;
		case KSIG_SETMASK:
			st->st_blocked = nset;
			break;
		default:
			pthread_mutex_unlock(&sig_lock);
			return (EINVAL);
		}
	}
	pthread_mutex_unlock(&sig_lock);
	return (0);
}

int
kern_sigaltstack(struct thread *td, const struct ksigaltstack *ss,
    struct ksigaltstack *oss)
{
	struct sigthread *st;

	pthread_mutex_lock(&sig_lock);
	st = sigthread_get(td);
	if (oss != NULL)
		*oss = st->st_altstack;
	if (ss != NULL)
		st->st_altstack = *ss;
	pthread_mutex_unlock(&sig_lock);
	return (0);
}

int
kern_sigpending(struct thread *td, ksigset_t *set)
{
	struct sigthread *st;

	pthread_mutex_lock(&sig_lock);
	st = sigthread_get(td);
	*set = st->st_pending.sq_set;
	ksigsetor(set, &st->st_sp->sp_pending.sq_set);
	pthread_mutex_unlock(&sig_lock);
	return (0);
}

/* ---- Delivery ---- */

int
inproc_signal_deliver(struct thread *td)
{
	struct sigthread *st;
	struct sigproc *sp;
	struct ksigaction act;
	const struct ksigvec *sv;
	ksigset_t returnmask, mask;
	ksiginfo_t ksi;
	bool from_proc;
	int error, sig;

	pthread_mutex_lock(&sig_lock);
	st = sigthread_get(td);
	sp = st->st_sp;
	for (;;) {
		sig = sig_next_deliverable(st, &from_proc);
		if (sig == 0) {
			pthread_mutex_unlock(&sig_lock);
			return (0);
		}
		(void)sigq_take(from_proc ? &sp->sp_pending :
		    &st->st_pending, sig, &ksi);
		act = sp->sp_act[sig];
		if (act.ksa_handler == KSIG_IGN)
			continue;
		if (act.ksa_handler == KSIG_DFL) {
			if (sig_default_action(sig) != SIGDFL_TERMINATE)
				continue;
			sp->sp_exitsig = sig;
			pthread_mutex_unlock(&sig_lock);
			return (-sig);
		}
		break;
	}
	if (st->st_has_oldmask) {
		returnmask = st->st_oldmask;
		st->st_has_oldmask = false;
	} else {
		returnmask = st->st_blocked;
	}
	if ((act.ksa_flags & KSA_RESETHAND) != 0) {
		memset(&sp->sp_act[sig], 0, sizeof(sp->sp_act[sig]));
		sp->sp_act[sig].ksa_handler = KSIG_DFL;
	}
	sv = sp->sp_sysvec;
	pthread_mutex_unlock(&sig_lock);

	error = sv->sv_sendsig(td, sig, &act, &ksi, &returnmask);

	pthread_mutex_lock(&sig_lock);
	if (error == 0) {
		mask = act.ksa_mask;
		if ((act.ksa_flags & KSA_NODEFER) == 0)
			ksigaddset(&mask, sig);
		sig_cantmask(&mask);
		ksigsetor(&st->st_blocked, &mask);
	}
	pthread_mutex_unlock(&sig_lock);
	return (sig);
}

int
inproc_signal_exitsig(struct proc *p)
{
	int sig;

	pthread_mutex_lock(&sig_lock);
	sig = sigproc_get(p)->sp_exitsig;
	pthread_mutex_unlock(&sig_lock);
	return (sig);
}

int
inproc_signal_interrupt(struct thread *td)
{
	const struct ksigaction *act;
	struct sigthread *st;
	int error, sig;

	pthread_mutex_lock(&sig_lock);
	st = sigthread_get(td);
	error = 0;
	if (st->st_intr) {
		st->st_intr = false;
		sig = sig_pending_acted_upon(st);
		if (sig != 0) {
			act = &st->st_sp->sp_act[sig];
			error = (act->ksa_handler != KSIG_DFL &&
			    (act->ksa_flags & KSA_RESTART) != 0) ?
			    ERESTART : EINTR;
		}
	}
	pthread_mutex_unlock(&sig_lock);
	/* What a test posted with inproc_thread_interrupt(). */
	if (error == 0 && td->td_host != NULL)
		error = atomic_exchange(&inproc_thread_of(td)->it_intr, 0);
	return (error);
}

/* ---- Waiting ---- */

bool
inproc_signal_waiting(struct thread *td)
{
	bool waiting;

	pthread_mutex_lock(&sig_lock);
	waiting = sigthread_get(td)->st_waiting;
	pthread_mutex_unlock(&sig_lock);
	return (waiting);
}

/* Wait on st's condition variable until `deadline` (NULL: for ever). */
static void
sig_wait_locked(struct sigthread *st, const struct ktimeout *deadline)
{
	struct timespec ts;
	int64_t ns;

	if (deadline == NULL) {
		pthread_cond_wait(&st->st_cv, &sig_lock);
		return;
	}
	/* Condition variables run on CLOCK_MONOTONIC: convert. */
	ns = deadline->kt_deadline_ns;
	if (deadline->kt_clock == KCLOCK_REALTIME)
		ns = ns - kern_clock_ns(KCLOCK_REALTIME) +
		    kern_clock_ns(KCLOCK_MONOTONIC);
	if (ns < 0)
		ns = 0;
	ts.tv_sec = (time_t)(ns / 1000000000);
	ts.tv_nsec = (long)(ns % 1000000000);
	(void)pthread_cond_timedwait(&st->st_cv, &sig_lock, &ts);
}

int
kern_sigsuspend(struct thread *td, const ksigset_t *mask)
{
	struct sigthread *st;
	int sig;

	pthread_mutex_lock(&sig_lock);
	st = sigthread_get(td);
	st->st_oldmask = st->st_blocked;
	st->st_has_oldmask = true;
	st->st_blocked = *mask;
	sig_cantmask(&st->st_blocked);
	for (;;) {
		st->st_waiting = true;
		ksigemptyset(&st->st_waitset);
		while (sig_pending_acted_upon(st) == 0)
			sig_wait_locked(st, NULL);
		st->st_waiting = false;
		pthread_mutex_unlock(&sig_lock);
		sig = inproc_signal_deliver(td);
		if (sig != 0)
			break;
		pthread_mutex_lock(&sig_lock);
	}
	/* A handler ran: its frame holds the old mask. Else restore it. */
	pthread_mutex_lock(&sig_lock);
	if (st->st_has_oldmask) {
		st->st_blocked = st->st_oldmask;
		st->st_has_oldmask = false;
	}
	pthread_mutex_unlock(&sig_lock);
	return (EJUSTRETURN);
}

static bool
sig_take_from(struct sigthread *st, const ksigset_t *waitset, ksiginfo_t *ksi)
{
	ksigset_t set;
	int pass, sig;

	for (pass = 0; pass < 2; pass++) {
		set = pass == 0 ? st->st_pending.sq_set :
		    st->st_sp->sp_pending.sq_set;
		ksigsetand(&set, waitset);
		for (sig = 1; sig <= KSIG_MAXSIG; sig++) {
			if (!ksigismember(&set, sig))
				continue;
			return (sigq_take(pass == 0 ? &st->st_pending :
			    &st->st_sp->sp_pending, sig, ksi));
		}
	}
	return (false);
}

int
kern_sigtimedwait(struct thread *td, const ksigset_t *waitset,
    ksiginfo_t *ksi, const struct ktimeout *deadline)
{
	struct sigthread *st;
	int error;

	pthread_mutex_lock(&sig_lock);
	st = sigthread_get(td);
	st->st_waitset = *waitset;
	sig_cantmask(&st->st_waitset);
	st->st_waiting = true;
	for (;;) {
		if (sig_take_from(st, &st->st_waitset, ksi)) {
			error = 0;
			break;
		}
		if (sig_pending_acted_upon(st) != 0) {
			error = EINTR;
			break;
		}
		if (deadline != NULL &&
		    kern_clock_ns(deadline->kt_clock) >= deadline->kt_deadline_ns) {
			error = EAGAIN;
			break;
		}
		sig_wait_locked(st, deadline);
	}
	st->st_waiting = false;
	ksigemptyset(&st->st_waitset);
	pthread_mutex_unlock(&sig_lock);
	return (error);
}

/* ---- Sending ---- */

static void
sig_fill_sender(struct thread *td, ksiginfo_t *ksi)
{

	if (ksi->ksi_code == KSI_USER || ksi->ksi_code == KSI_LWP) {
		ksi->ksi_pid = td->td_proc->p_pid;
		ksi->ksi_uid = (uint32_t)getuid();
	}
}

int
kern_kill(struct thread *td, pid_t pid, ksiginfo_t *ksi)
{
	struct thread *wake[WAKE_MAX], *target;
	struct sigproc *sp;
	int found, n;

	if (ksi->ksi_signo != 0 && !KSIG_VALID(ksi->ksi_signo))
		return (EINVAL);
	sig_fill_sender(td, ksi);
	/* A process the signal code has not met: its first thread's tid. */
	target = pid > 0 ? kern_tdfind((lwpid_t)pid) : NULL;
	pthread_mutex_lock(&sig_lock);
	(void)sigproc_get(td->td_proc);
	if (target != NULL) {
		if (target->td_proc->p_pid == pid)
			(void)sigthread_get(target);
		kern_tdrele(target);
	}
	found = n = 0;
	/*
	 * Every process of the in-process host is in one process group:
	 * 0 and -(that group) reach them all, -1 all but the caller.
	 */
	for (sp = sig_procs; sp != NULL; sp = sp->sp_next) {
		if (pid > 0 && sp->sp_proc->p_pid != pid)
			continue;
		if (pid == -1 && sp->sp_proc == td->td_proc)
			continue;
		if (pid < -1 && -pid != td->td_proc->p_pid)
			continue;
		found++;
		if (ksi->ksi_signo != 0)
			n += sig_post_locked(sp, NULL, ksi, wake + n,
			    WAKE_MAX - n);
	}
	pthread_mutex_unlock(&sig_lock);
	sig_wake(wake, n);
	return (found != 0 ? 0 : ESRCH);
}

int
kern_tdkill(struct thread *td, pid_t pid, lwpid_t tid, ksiginfo_t *ksi)
{
	struct thread *wake[WAKE_MAX], *target;
	struct sigthread *st;
	int n;

	if (ksi->ksi_signo != 0 && !KSIG_VALID(ksi->ksi_signo))
		return (EINVAL);
	sig_fill_sender(td, ksi);
	/* A thread the signal code has not met yet: ask the host. */
	target = kern_tdfind(tid);
	pthread_mutex_lock(&sig_lock);
	(void)sigthread_get(td);
	st = sigthread_by_tid(tid);
	if (st == NULL && target != NULL)
		st = sigthread_get(target);
	if (target != NULL)
		kern_tdrele(target);
	if (st == NULL || (pid != -1 && st->st_td->td_proc->p_pid != pid)) {
		pthread_mutex_unlock(&sig_lock);
		return (ESRCH);
	}
	n = 0;
	if (ksi->ksi_signo != 0)
		n = sig_post_locked(st->st_sp, st, ksi, wake, WAKE_MAX);
	pthread_mutex_unlock(&sig_lock);
	sig_wake(wake, n);
	return (0);
}

void
kern_trapsignal(struct thread *td, const ksiginfo_t *ksi)
{
	struct sigthread *st;
	struct ksigaction *act;
	int sig;

	sig = ksi->ksi_signo;
	pthread_mutex_lock(&sig_lock);
	st = sigthread_get(td);
	act = &st->st_sp->sp_act[sig];
	if (ksigismember(&st->st_blocked, sig) || act->ksa_handler == KSIG_IGN) {
		memset(act, 0, sizeof(*act));
		act->ksa_handler = KSIG_DFL;
		ksigdelset(&st->st_blocked, sig);
	}
	sigq_add(&st->st_pending, ksi, true);
	st->st_intr = true;
	pthread_mutex_unlock(&sig_lock);
}

/* ---- Per-thread machine state ---- */

void
kern_thread_trapinfo(struct thread *td, struct ktrapinfo *ti)
{

	pthread_mutex_lock(&sig_lock);
	*ti = sigthread_get(td)->st_trap;
	pthread_mutex_unlock(&sig_lock);
}

void
inproc_signal_set_trapinfo(struct thread *td, const struct ktrapinfo *ti)
{

	pthread_mutex_lock(&sig_lock);
	sigthread_get(td)->st_trap = *ti;
	pthread_mutex_unlock(&sig_lock);
}

uintptr_t
kern_sigtramp(struct thread *td, int kind)
{
	struct sigproc *sp;
	uintptr_t addr;

	pthread_mutex_lock(&sig_lock);
	sp = sigproc_get(td->td_proc);
	addr = kind == KSIGTRAMP_SIGRETURN ? sp->sp_tramp_sigreturn :
	    kind == KSIGTRAMP_RT_SIGRETURN ? sp->sp_tramp_rt_sigreturn : 0;
	pthread_mutex_unlock(&sig_lock);
	return (addr);
}

void
inproc_signal_set_sigtramp(struct proc *p, uintptr_t sigreturn,
    uintptr_t rt_sigreturn)
{
	struct sigproc *sp;

	pthread_mutex_lock(&sig_lock);
	sp = sigproc_get(p);
	sp->sp_tramp_sigreturn = sigreturn;
	sp->sp_tramp_rt_sigreturn = rt_sigreturn;
	pthread_mutex_unlock(&sig_lock);
}

void
inproc_signal_set_sysvec(struct proc *p, const struct ksigvec *sv)
{

	pthread_mutex_lock(&sig_lock);
	sigproc_get(p)->sp_sysvec = sv;
	pthread_mutex_unlock(&sig_lock);
}

/* The thread's FP image, created in the initial state (sig_lock held). */
static uint8_t *
sig_fpu(struct sigthread *st, size_t *lenp)
{
	struct kfpinfo fi;

	inproc_md_fpu_info(&fi);
	if (st->st_fpu == NULL) {
		st->st_fpu = malloc(fi.kfp_size);
		if (st->st_fpu == NULL)
			abort();
		inproc_fpu_initial_image(st->st_fpu, fi.kfp_size);
	}
	*lenp = fi.kfp_size;
	return (st->st_fpu);
}

void
kern_fpu_info(struct thread *td, struct kfpinfo *info)
{

	(void)td;
	inproc_md_fpu_info(info);
}

int
kern_fpu_getstate(struct thread *td, void *buf, size_t len)
{
	uint8_t *img;
	size_t size;

	pthread_mutex_lock(&sig_lock);
	img = sig_fpu(sigthread_get(td), &size);
	if (len < size) {
		pthread_mutex_unlock(&sig_lock);
		return (EINVAL);
	}
	memcpy(buf, img, size);
	pthread_mutex_unlock(&sig_lock);
	return (0);
}

int
kern_fpu_setstate(struct thread *td, const void *buf, size_t len)
{
	uint8_t *img;
	size_t size;

	pthread_mutex_lock(&sig_lock);
	img = sig_fpu(sigthread_get(td), &size);
	if (len < size) {
		pthread_mutex_unlock(&sig_lock);
		return (EINVAL);
	}
	memcpy(img, buf, size);
	pthread_mutex_unlock(&sig_lock);
	return (0);
}

void
kern_fpu_reset(struct thread *td)
{
	uint8_t *img;
	size_t size;

	pthread_mutex_lock(&sig_lock);
	img = sig_fpu(sigthread_get(td), &size);
	inproc_fpu_initial_image(img, size);
	pthread_mutex_unlock(&sig_lock);
}

/* ---- Life cycle ---- */

void
inproc_signal_fork(struct thread *parent, struct thread *child, bool newproc,
    bool keep_altstack)
{
	struct sigthread *pst, *cst;
	struct sigproc *psp, *csp;
	int sig;

	pthread_mutex_lock(&sig_lock);
	pst = sigthread_get(parent);
	cst = sigthread_get(child);
	cst->st_blocked = pst->st_blocked;
	if (keep_altstack)
		cst->st_altstack = pst->st_altstack;
	psp = pst->st_sp;
	csp = cst->st_sp;
	if (newproc && csp != psp) {
		for (sig = 1; sig <= KSIG_MAXSIG; sig++)
			csp->sp_act[sig] = psp->sp_act[sig];
		csp->sp_sysvec = psp->sp_sysvec;
		csp->sp_tramp_sigreturn = psp->sp_tramp_sigreturn;
		csp->sp_tramp_rt_sigreturn = psp->sp_tramp_rt_sigreturn;
	}
	pthread_mutex_unlock(&sig_lock);
}

void
inproc_signal_thread_init(struct thread *td)
{

	pthread_mutex_lock(&sig_lock);
	(void)sigthread_get(td);
	pthread_mutex_unlock(&sig_lock);
}

void
inproc_signal_thread_fini(struct thread *td)
{
	struct sigthread *st, **pp;

	pthread_mutex_lock(&sig_lock);
	for (pp = &sig_threads; (st = *pp) != NULL; pp = &st->st_next) {
		if (st->st_td != td)
			continue;
		*pp = st->st_next;
		sigq_free(&st->st_pending);
		pthread_cond_destroy(&st->st_cv);
		free(st->st_fpu);
		free(st);
		break;
	}
	pthread_mutex_unlock(&sig_lock);
}

void
inproc_signal_proc_fini(struct proc *p)
{
	struct sigproc *sp, **pp;
	struct sigthread *st, **tpp;

	pthread_mutex_lock(&sig_lock);
	for (tpp = &sig_threads; (st = *tpp) != NULL;) {
		if (st->st_td->td_proc != p) {
			tpp = &st->st_next;
			continue;
		}
		*tpp = st->st_next;
		sigq_free(&st->st_pending);
		pthread_cond_destroy(&st->st_cv);
		free(st->st_fpu);
		free(st);
	}
	for (pp = &sig_procs; (sp = *pp) != NULL; pp = &sp->sp_next) {
		if (sp->sp_proc != p)
			continue;
		*pp = sp->sp_next;
		sigq_free(&sp->sp_pending);
		free(sp);
		break;
	}
	pthread_mutex_unlock(&sig_lock);
}
