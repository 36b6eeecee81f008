/*
 * inproc_signal_wait.c — the signal calls of the in-process host where
 * threads meet: waiting (kern_sigsuspend, kern_sigtimedwait) on the
 * thread's own condition variable, and sending (kern_kill, kern_tdkill,
 * kern_trapsignal). State and locking: inproc_signal_private.h.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "kern_api_signal.h"
#include "inproc_private.h"
#include "inproc_signal.h"
#include "inproc_signal_private.h"

/* ---- Waiting ---- */

bool
inproc_signal_waiting(struct thread *td)
{
	bool waiting;

	pthread_mutex_lock(&isig_lock);
	waiting = isig_thread_get(td)->st_waiting;
	pthread_mutex_unlock(&isig_lock);
	return (waiting);
}

/* Wait on st's condition variable until `deadline` (NULL: for ever). */
static void
sig_wait_locked(struct sigthread *st, const struct ktimeout *deadline)
{
	struct timespec ts;
	int64_t ns;

	if (deadline == NULL) {
		pthread_cond_wait(&st->st_cv, &isig_lock);
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
	(void)pthread_cond_timedwait(&st->st_cv, &isig_lock, &ts);
}

int
kern_sigsuspend(struct thread *td, const ksigset_t *mask)
{
	struct sigthread *st;
	int sig;

	pthread_mutex_lock(&isig_lock);
	st = isig_thread_get(td);
	st->st_oldmask = st->st_blocked;
	st->st_has_oldmask = true;
	st->st_blocked = *mask;
	isig_cantmask(&st->st_blocked);
	for (;;) {
		st->st_waiting = true;
		ksigemptyset(&st->st_waitset);
		while (isig_pending_acted_upon(st) == 0)
			sig_wait_locked(st, NULL);
		st->st_waiting = false;
		pthread_mutex_unlock(&isig_lock);
		sig = inproc_signal_deliver(td);
		if (sig != 0)
			break;
		pthread_mutex_lock(&isig_lock);
	}
	/* A handler ran: its frame holds the old mask. Else restore it. */
	pthread_mutex_lock(&isig_lock);
	if (st->st_has_oldmask) {
		st->st_blocked = st->st_oldmask;
		st->st_has_oldmask = false;
	}
	pthread_mutex_unlock(&isig_lock);
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
			return (isig_q_take(pass == 0 ? &st->st_pending :
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

	pthread_mutex_lock(&isig_lock);
	st = isig_thread_get(td);
	st->st_waitset = *waitset;
	isig_cantmask(&st->st_waitset);
	st->st_waiting = true;
	for (;;) {
		if (sig_take_from(st, &st->st_waitset, ksi)) {
			error = 0;
			break;
		}
		if (isig_pending_acted_upon(st) != 0) {
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
	pthread_mutex_unlock(&isig_lock);
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
	struct thread *target;
	lwpid_t wake[WAKE_MAX];
	struct sigproc *sp;
	int found, n;

	if (ksi->ksi_signo != 0 && !KSIG_VALID(ksi->ksi_signo))
		return (EINVAL);
	sig_fill_sender(td, ksi);
	/* A process the signal code has not met: its first thread's tid. */
	target = pid > 0 ? kern_tdfind((lwpid_t)pid) : NULL;
	pthread_mutex_lock(&isig_lock);
	(void)isig_proc_get(td->td_proc);
	if (target != NULL) {
		if (target->td_proc->p_pid == pid)
			(void)isig_thread_get(target);
		kern_tdrele(target);
	}
	found = n = 0;
	/*
	 * Every process of the in-process host is in one process group:
	 * 0 and -(that group) reach them all, -1 all but the caller.
	 */
	for (sp = isig_procs; sp != NULL; sp = sp->sp_next) {
		if (pid > 0 && sp->sp_proc->p_pid != pid)
			continue;
		if (pid == -1 && sp->sp_proc == td->td_proc)
			continue;
		if (pid < -1 && -pid != td->td_proc->p_pid)
			continue;
		found++;
		if (ksi->ksi_signo != 0)
			n += isig_post_locked(sp, NULL, ksi, wake + n,
			    WAKE_MAX - n);
	}
	pthread_mutex_unlock(&isig_lock);
	isig_wake(wake, n);
	return (found != 0 ? 0 : ESRCH);
}

int
kern_tdkill(struct thread *td, pid_t pid, lwpid_t tid, ksiginfo_t *ksi)
{
	struct thread *target;
	lwpid_t wake[WAKE_MAX];
	struct sigthread *st;
	int n;

	if (ksi->ksi_signo != 0 && !KSIG_VALID(ksi->ksi_signo))
		return (EINVAL);
	sig_fill_sender(td, ksi);
	/* A thread the signal code has not met yet: ask the host. */
	target = kern_tdfind(tid);
	pthread_mutex_lock(&isig_lock);
	(void)isig_thread_get(td);
	st = isig_thread_by_tid(tid);
	if (st == NULL && target != NULL)
		st = isig_thread_get(target);
	if (target != NULL)
		kern_tdrele(target);
	if (st == NULL || (pid != -1 && st->st_td->td_proc->p_pid != pid)) {
		pthread_mutex_unlock(&isig_lock);
		return (ESRCH);
	}
	n = 0;
	if (ksi->ksi_signo != 0)
		n = isig_post_locked(st->st_sp, st, ksi, wake, WAKE_MAX);
	pthread_mutex_unlock(&isig_lock);
	isig_wake(wake, n);
	return (0);
}

void
kern_trapsignal(struct thread *td, const ksiginfo_t *ksi)
{
	struct sigthread *st;
	struct ksigaction *act;
	int sig;

	sig = ksi->ksi_signo;
	pthread_mutex_lock(&isig_lock);
	st = isig_thread_get(td);
	act = &st->st_sp->sp_act[sig];
	if (ksigismember(&st->st_blocked, sig) || act->ksa_handler == KSIG_IGN) {
		memset(act, 0, sizeof(*act));
		act->ksa_handler = KSIG_DFL;
		ksigdelset(&st->st_blocked, sig);
	}
	isig_q_add(&st->st_pending, ksi, true);
	st->st_intr = true;
	pthread_mutex_unlock(&isig_lock);
}

