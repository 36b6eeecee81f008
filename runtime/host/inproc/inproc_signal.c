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
 * Locking: isig_lock guards every structure here. It is never held while
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
#include "inproc_signal_private.h"

pthread_mutex_t isig_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t sig_check_once = PTHREAD_ONCE_INIT;
struct sigproc *isig_procs;
struct sigthread *isig_threads;

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

void
isig_cantmask(ksigset_t *set)
{

	ksigdelset(set, KSIGKILL);
	ksigdelset(set, KSIGSTOP);
}

/* ---- Queues ---- */

void
isig_q_add(struct sigqueue *q, const ksiginfo_t *ksi, bool front)
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
bool
isig_q_take(struct sigqueue *q, int sig, ksiginfo_t *ksi)
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

	while (isig_q_take(q, sig, &ksi))
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

/* ---- State lookup (isig_lock held) ---- */

struct sigproc *
isig_proc_get(struct proc *p)
{
	struct sigproc *sp;
	int sig;

	for (sp = isig_procs; sp != NULL; sp = sp->sp_next)
		if (sp->sp_proc == p)
			return (sp);
	sp = calloc(1, sizeof(*sp));
	if (sp == NULL)
		abort();
	sp->sp_proc = p;
	for (sig = 1; sig <= KSIG_MAXSIG; sig++)
		sp->sp_act[sig].ksa_handler = KSIG_DFL;
	sp->sp_sysvec = &linux_ksigvec;
	sp->sp_next = isig_procs;
	isig_procs = sp;
	return (sp);
}

struct sigthread *
isig_thread_get(struct thread *td)
{
	struct sigthread *st;
	pthread_condattr_t ca;

	for (st = isig_threads; st != NULL; st = st->st_next)
		if (st->st_td == td)
			return (st);
	(void)pthread_once(&sig_check_once, sig_install_check);
	st = calloc(1, sizeof(*st));
	if (st == NULL)
		abort();
	st->st_td = td;
	st->st_sp = isig_proc_get(td->td_proc);
	st->st_altstack.kss_flags = KSS_DISABLE;
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&st->st_cv, &ca);
	pthread_condattr_destroy(&ca);
	st->st_next = isig_threads;
	isig_threads = st;
	return (st);
}

struct sigthread *
isig_thread_by_tid(lwpid_t tid)
{
	struct sigthread *st;

	for (st = isig_threads; st != NULL; st = st->st_next)
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
int
isig_pending_acted_upon(struct sigthread *st)
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
 * the id of every thread that should notice. Returns the number of
 * threads to wake. Ids, not struct thread pointers: isig_wake() runs
 * after isig_lock is dropped, when a woken thread may already have
 * handled the signal, ended and been freed.
 */
int
isig_post_locked(struct sigproc *sp, struct sigthread *target,
    const ksiginfo_t *ksi, lwpid_t *wake, int nwake)
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
		isig_q_add(&target->st_pending, ksi, false);
	else
		isig_q_add(&sp->sp_pending, ksi, false);
	n = 0;
	for (st = isig_threads; st != NULL && n < nwake; st = st->st_next) {
		if (st->st_sp != sp || (target != NULL && st != target))
			continue;
		if (!ksigismember(&st->st_blocked, sig) ||
		    (st->st_waiting && ksigismember(&st->st_waitset, sig))) {
			pthread_cond_broadcast(&st->st_cv);
			st->st_intr = true;
			if (st->st_td->td_host != NULL)
				wake[n++] = st->st_td->td_tid;
		}
	}
	return (n);
}

/*
 * Make sleeping in-process threads look at their signals again; each is
 * held while kicked (a thread gone meanwhile needs no kick; one that took
 * over its id gets a spurious one, which sleeps allow).
 */
void
isig_wake(lwpid_t *wake, int n)
{
	struct thread *td;
	int i;

	for (i = 0; i < n; i++) {
		td = kern_tdfind(wake[i]);
		if (td == NULL)
			continue;
		inproc_thread_kick(td);
		kern_tdrele(td);
	}
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
	pthread_mutex_lock(&isig_lock);
	sp = isig_proc_get(td->td_proc);
	if (oact != NULL)
		*oact = sp->sp_act[sig];
	if (act != NULL) {
		sp->sp_act[sig] = *act;
		isig_cantmask(&sp->sp_act[sig].ksa_mask);
		if (sig_ignored(sp, sig)) {
			sigq_discard(&sp->sp_pending, sig);
			for (st = isig_threads; st != NULL; st = st->st_next)
				if (st->st_sp == sp)
					sigq_discard(&st->st_pending, sig);
		}
	}
	pthread_mutex_unlock(&isig_lock);
	return (0);
}

int
kern_sigprocmask(struct thread *td, int how, const ksigset_t *set,
    ksigset_t *oset)
{
	struct sigthread *st;
	ksigset_t nset;

	pthread_mutex_lock(&isig_lock);
	st = isig_thread_get(td);
	if (oset != NULL)
		*oset = st->st_blocked;
	if (set != NULL) {
		nset = *set;
		isig_cantmask(&nset);
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
			pthread_mutex_unlock(&isig_lock);
			return (EINVAL);
		}
	}
	pthread_mutex_unlock(&isig_lock);
	return (0);
}

int
kern_sigaltstack(struct thread *td, const struct ksigaltstack *ss,
    struct ksigaltstack *oss)
{
	struct sigthread *st;

	pthread_mutex_lock(&isig_lock);
	st = isig_thread_get(td);
	if (oss != NULL)
		*oss = st->st_altstack;
	if (ss != NULL)
		st->st_altstack = *ss;
	pthread_mutex_unlock(&isig_lock);
	return (0);
}

int
kern_sigpending(struct thread *td, ksigset_t *set)
{
	struct sigthread *st;

	pthread_mutex_lock(&isig_lock);
	st = isig_thread_get(td);
	*set = st->st_pending.sq_set;
	ksigsetor(set, &st->st_sp->sp_pending.sq_set);
	pthread_mutex_unlock(&isig_lock);
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

	pthread_mutex_lock(&isig_lock);
	st = isig_thread_get(td);
	sp = st->st_sp;
	for (;;) {
		sig = sig_next_deliverable(st, &from_proc);
		if (sig == 0) {
			pthread_mutex_unlock(&isig_lock);
			return (0);
		}
		(void)isig_q_take(from_proc ? &sp->sp_pending :
		    &st->st_pending, sig, &ksi);
		act = sp->sp_act[sig];
		if (act.ksa_handler == KSIG_IGN)
			continue;
		if (act.ksa_handler == KSIG_DFL) {
			if (sig_default_action(sig) != SIGDFL_TERMINATE)
				continue;
			sp->sp_exitsig = sig;
			pthread_mutex_unlock(&isig_lock);
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
	pthread_mutex_unlock(&isig_lock);

	error = sv->sv_sendsig(td, sig, &act, &ksi, &returnmask);

	pthread_mutex_lock(&isig_lock);
	if (error == 0) {
		mask = act.ksa_mask;
		if ((act.ksa_flags & KSA_NODEFER) == 0)
			ksigaddset(&mask, sig);
		isig_cantmask(&mask);
		ksigsetor(&st->st_blocked, &mask);
	}
	pthread_mutex_unlock(&isig_lock);
	return (sig);
}

int
inproc_signal_exitsig(struct proc *p)
{
	int sig;

	pthread_mutex_lock(&isig_lock);
	sig = isig_proc_get(p)->sp_exitsig;
	pthread_mutex_unlock(&isig_lock);
	return (sig);
}

int
inproc_signal_interrupt(struct thread *td)
{
	const struct ksigaction *act;
	struct sigthread *st;
	int error, sig;

	pthread_mutex_lock(&isig_lock);
	st = isig_thread_get(td);
	error = 0;
	if (st->st_intr) {
		st->st_intr = false;
		sig = isig_pending_acted_upon(st);
		if (sig != 0) {
			act = &st->st_sp->sp_act[sig];
			error = (act->ksa_handler != KSIG_DFL &&
			    (act->ksa_flags & KSA_RESTART) != 0) ?
			    ERESTART : EINTR;
		}
	}
	pthread_mutex_unlock(&isig_lock);
	/* What a test posted with inproc_thread_interrupt(). */
	if (error == 0 && td->td_host != NULL)
		error = atomic_exchange(&inproc_thread_of(td)->it_intr, 0);
	return (error);
}

/* ---- Per-thread machine state ---- */

void
kern_thread_trapinfo(struct thread *td, struct ktrapinfo *ti)
{

	pthread_mutex_lock(&isig_lock);
	*ti = isig_thread_get(td)->st_trap;
	pthread_mutex_unlock(&isig_lock);
}

void
inproc_signal_set_trapinfo(struct thread *td, const struct ktrapinfo *ti)
{

	pthread_mutex_lock(&isig_lock);
	isig_thread_get(td)->st_trap = *ti;
	pthread_mutex_unlock(&isig_lock);
}

uintptr_t
kern_sigtramp(struct thread *td, int kind)
{
	struct sigproc *sp;
	uintptr_t addr;

	pthread_mutex_lock(&isig_lock);
	sp = isig_proc_get(td->td_proc);
	addr = kind == KSIGTRAMP_SIGRETURN ? sp->sp_tramp_sigreturn :
	    kind == KSIGTRAMP_RT_SIGRETURN ? sp->sp_tramp_rt_sigreturn : 0;
	pthread_mutex_unlock(&isig_lock);
	return (addr);
}

void
inproc_signal_set_sigtramp(struct proc *p, uintptr_t sigreturn,
    uintptr_t rt_sigreturn)
{
	struct sigproc *sp;

	pthread_mutex_lock(&isig_lock);
	sp = isig_proc_get(p);
	sp->sp_tramp_sigreturn = sigreturn;
	sp->sp_tramp_rt_sigreturn = rt_sigreturn;
	pthread_mutex_unlock(&isig_lock);
}

void
inproc_signal_set_sysvec(struct proc *p, const struct ksigvec *sv)
{

	pthread_mutex_lock(&isig_lock);
	isig_proc_get(p)->sp_sysvec = sv;
	pthread_mutex_unlock(&isig_lock);
}

/* The thread's FP image, created in the initial state (isig_lock held). */
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

	pthread_mutex_lock(&isig_lock);
	img = sig_fpu(isig_thread_get(td), &size);
	if (len < size) {
		pthread_mutex_unlock(&isig_lock);
		return (EINVAL);
	}
	memcpy(buf, img, size);
	pthread_mutex_unlock(&isig_lock);
	return (0);
}

int
kern_fpu_setstate(struct thread *td, const void *buf, size_t len)
{
	uint8_t *img;
	size_t size;

	pthread_mutex_lock(&isig_lock);
	img = sig_fpu(isig_thread_get(td), &size);
	if (len < size) {
		pthread_mutex_unlock(&isig_lock);
		return (EINVAL);
	}
	memcpy(img, buf, size);
	pthread_mutex_unlock(&isig_lock);
	return (0);
}

void
kern_fpu_reset(struct thread *td)
{
	uint8_t *img;
	size_t size;

	pthread_mutex_lock(&isig_lock);
	img = sig_fpu(isig_thread_get(td), &size);
	inproc_fpu_initial_image(img, size);
	pthread_mutex_unlock(&isig_lock);
}

/* ---- Life cycle ---- */

void
inproc_signal_fork(struct thread *parent, struct thread *child, bool newproc,
    bool keep_altstack)
{
	struct sigthread *pst, *cst;
	struct sigproc *psp, *csp;
	int sig;

	pthread_mutex_lock(&isig_lock);
	pst = isig_thread_get(parent);
	cst = isig_thread_get(child);
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
	pthread_mutex_unlock(&isig_lock);
}

void
inproc_signal_thread_init(struct thread *td)
{

	pthread_mutex_lock(&isig_lock);
	(void)isig_thread_get(td);
	pthread_mutex_unlock(&isig_lock);
}

void
inproc_signal_thread_fini(struct thread *td)
{
	struct sigthread *st, **pp;

	pthread_mutex_lock(&isig_lock);
	for (pp = &isig_threads; (st = *pp) != NULL; pp = &st->st_next) {
		if (st->st_td != td)
			continue;
		*pp = st->st_next;
		sigq_free(&st->st_pending);
		pthread_cond_destroy(&st->st_cv);
		free(st->st_fpu);
		free(st);
		break;
	}
	pthread_mutex_unlock(&isig_lock);
}

void
inproc_signal_proc_fini(struct proc *p)
{
	struct sigproc *sp, **pp;
	struct sigthread *st, **tpp;

	pthread_mutex_lock(&isig_lock);
	for (tpp = &isig_threads; (st = *tpp) != NULL;) {
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
	for (pp = &isig_procs; (sp = *pp) != NULL; pp = &sp->sp_next) {
		if (sp->sp_proc != p)
			continue;
		*pp = sp->sp_next;
		sigq_free(&sp->sp_pending);
		free(sp);
		break;
	}
	pthread_mutex_unlock(&isig_lock);
}
