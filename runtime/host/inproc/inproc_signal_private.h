/*
 * inproc_signal_private.h — shared by inproc_signal.c (state, queues,
 * delivery) and inproc_signal_wait.c (waiting and sending): the structures
 * kept beside struct thread / struct proc, the one lock over them, and the
 * helpers both use. isig_lock must be held by callers of every isig_*
 * function except isig_wake(), which must be called without it.
 */
#ifndef _INPROC_SIGNAL_PRIVATE_H_
#define _INPROC_SIGNAL_PRIVATE_H_

#include <pthread.h>

#include "kern_api_signal.h"

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

#define	WAKE_MAX	64

extern pthread_mutex_t isig_lock;
extern struct sigproc *isig_procs;
extern struct sigthread *isig_threads;

struct sigproc	*isig_proc_get(struct proc *p);
struct sigthread *isig_thread_get(struct thread *td);
struct sigthread *isig_thread_by_tid(lwpid_t tid);
void	isig_cantmask(ksigset_t *set);
void	isig_q_add(struct sigqueue *q, const ksiginfo_t *ksi, bool front);
bool	isig_q_take(struct sigqueue *q, int sig, ksiginfo_t *ksi);
int	isig_pending_acted_upon(struct sigthread *st);
int	isig_post_locked(struct sigproc *sp, struct sigthread *target,
	    const ksiginfo_t *ksi, lwpid_t *wake, int nwake);
void	isig_wake(lwpid_t *wake, int n);

#endif /* !_INPROC_SIGNAL_PRIVATE_H_ */
