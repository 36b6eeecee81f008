/*
 * inproc_proc.c — kern_api_proc.h for the in-process host: emulated
 * processes and threads that runtime/kern creates (clone, fork, vfork) and
 * ends (exit, exit_group), on pthreads. inproc_proc.h describes what an
 * emulated thread is here; this file is the machinery.
 *
 * State. Every process made here has a struct inproc_pstate, every thread
 * a struct inproc_kthread; both live in lists under ps_lock, a leaf lock
 * (nothing of the runtime is called with it held; inproc_thread_interrupt()
 * and inproc_thread_kick() take only the sleep-queue locks). One condition
 * variable, ps_cv, carries every handshake: attached, run, ended, vfork
 * released. A pstate outlives its process until inproc_proc_wait() (the
 * zombie); a kthread lives as long as its pthread.
 *
 * Thread life:
 *   creator: kthread_start()  -> pthread_create -> waits for "attached"
 *   new:     kthread_main()   attach, copy the creator's registers,
 *                             "attached", wait for "run"
 *   creator: kern_thread_run() -> "run"
 *   new:     linux_emul_proc_exec() or linux_emul_thread_start(), the entry,
 *            ... kern_thr_exit()/kern_exit1()/kern_userret():
 *            linux_emul_thread_exit(), longjmp back to kthread_main
 *   new:     kthread_end(): detach (the struct thread goes), and the
 *            process ends with its last thread.
 *
 * "Running" threads (ps_running) are those that have not begun to exit; it
 * decides which thread of a group is the last one (kern_thr_exit()).
 *
 * Pidfds (kern_pidfd_*) are runtime files (kern_api_file.h: here, eventfds
 * of the test process) whose object, a struct kern_pidfd, hangs from the
 * kthread or pstate it names, under ps_lock; the end of that thread
 * (kthread_end()) or process (ps_ended_locked()) makes it readable. The
 * descriptor exists from the reservation on: the in-process host has one
 * descriptor table, the test process's, that no child copies.
 */
#include <pthread.h>
#include <setjmp.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "inproc.h"
#include "inproc_proc.h"
#include "inproc_signal.h"
#include "kern_api.h"
#include "kern_api_file.h"
#include "kern_api_proc.h"
#include "kern_api_signal.h"
#include "kern_api_vm.h"

struct inproc_kthread;

/* Linux poll bits (the numbers FreeBSD shares, kern_api_file.h). */
#define	PIDFD_POLLIN		0x0001
#define	PIDFD_POLLRDNORM	0x0040

struct kern_pidfd {
	struct kern_pidfd	*pf_next;	/* kt_pidfds or ps_pidfds */
	struct kfile		*pf_fp;
	int			 pf_fd;
	struct inproc_kthread	*pf_kt;		/* a thread's, until it goes */
	struct inproc_pstate	*pf_ps;		/* a process's */
	bool			 pf_ended;	/* what it names is gone */
};

struct inproc_pstate {
	struct inproc_pstate	*ps_next;	/* ps_list, newest first */
	struct proc		*ps_proc;	/* NULL once the last thread went */
	pid_t			 ps_pid;
	pid_t			 ps_ppid;
	int			 ps_exitsig;
	int			 ps_rfflags;
	uint64_t		 ps_linux_flags;
	uint64_t		 ps_vmspace;
	uint64_t		 ps_fdtable;
	uint64_t		 ps_sigacts;
	int			 ps_nthreads;	/* kthreads not yet detached */
	int			 ps_running;	/* ... not yet exiting */
	bool			 ps_foreign;	/* made by a test, not here */
	bool			 ps_exiting;	/* kern_exit1() happened */
	bool			 ps_ended;
	bool			 ps_waited;
	bool			 ps_ppwait;	/* RFPPWAIT, not yet released */
	int			 ps_ppwaiters;	/* parents asleep in kern_fork_ppwait */
	int			 ps_status;	/* wait status */
	struct inproc_kthread	*ps_threads;
	struct kern_pidfd	*ps_pidfds;	/* pidfds naming the process */
};

struct inproc_kthread {
	struct inproc_kthread	*kt_next;	/* ps_threads */
	struct inproc_pstate	*kt_ps;
	struct proc		*kt_proc;
	struct thread		*kt_td;		/* NULL until attached */
	pid_t			 kt_tid;
	struct trapframe	 kt_frame;	/* the creator's registers */
	inproc_entry_t		*kt_entry;
	void			*kt_arg;
	bool			 kt_exec;	/* the first thread of a program */
	bool			 kt_attached;
	bool			 kt_run;
	bool			 kt_exiting;	/* no longer "running" */
	struct kern_pidfd	*kt_pidfds;	/* pidfds naming the thread */
	jmp_buf			 kt_exit;
};

static pthread_mutex_t ps_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t ps_cv = PTHREAD_COND_INITIALIZER;
static struct inproc_pstate *ps_list;
static uint64_t ps_next_identity = 1;		/* fdtable, sigacts ids */

static _Thread_local struct inproc_kthread *kt_cur;
static _Thread_local inproc_entry_t *child_entry;
static _Thread_local void *child_arg;
static _Thread_local struct inproc_pstate *vfork_child;

static pthread_once_t hooks_once = PTHREAD_ONCE_INIT;

/*
 * Threads attached by tests rather than made here still end through the
 * host's detach; the runtime must see that exit too.
 */
static void
hooks_install(void)
{

	inproc_set_thread_hooks(NULL, linux_emul_thread_exit);
	inproc_set_thread_dtor_hook(linux_emul_thread_dtor);
}

static uint64_t
identity_new_locked(void)
{

	return (ps_next_identity++);
}

static struct inproc_pstate *
ps_by_proc_locked(struct proc *p)
{
	struct inproc_pstate *ps;

	for (ps = ps_list; ps != NULL; ps = ps->ps_next) {
		if (ps->ps_proc == p)
			return (ps);
	}
	return (NULL);
}

static struct inproc_pstate *
ps_by_pid_locked(pid_t pid)
{
	struct inproc_pstate *ps;

	/* Newest first: the kernel may reuse a dead thread's id for a new
	 * process before a test waited for the old one. */
	for (ps = ps_list; ps != NULL; ps = ps->ps_next) {
		if (ps->ps_pid == pid && !ps->ps_waited)
			return (ps);
	}
	return (NULL);
}

static struct inproc_pstate *
ps_new_locked(struct proc *p)
{
	struct inproc_pstate *ps;

	ps = calloc(1, sizeof(*ps));
	if (ps == NULL)
		kern_panic("inproc_proc: out of memory");
	ps->ps_proc = p;
	ps->ps_pid = p->p_pid;
	ps->ps_vmspace = kern_vmspace_id(p);
	ps->ps_next = ps_list;
	ps_list = ps;
	return (ps);
}

/*
 * A process a test made itself (inproc_proc_create() and attached
 * pthreads): known from its first clone on. Its test-attached threads are
 * not ours to end, so it counts one running thread that never exits.
 */
static struct inproc_pstate *
ps_of_locked(struct proc *p)
{
	struct inproc_pstate *ps;

	ps = ps_by_proc_locked(p);
	if (ps != NULL)
		return (ps);
	ps = ps_new_locked(p);
	ps->ps_foreign = true;
	ps->ps_ppid = getpid();
	ps->ps_exitsig = KSIGCHLD;
	ps->ps_fdtable = identity_new_locked();
	ps->ps_sigacts = identity_new_locked();
	ps->ps_running = 1;
	return (ps);
}

static struct inproc_kthread *
kt_by_td_locked(struct inproc_pstate *ps, struct thread *td)
{
	struct inproc_kthread *kt;

	for (kt = ps->ps_threads; kt != NULL; kt = kt->kt_next) {
		if (kt->kt_td == td)
			return (kt);
	}
	return (NULL);
}

static struct inproc_kthread *
kt_self(struct thread *td, const char *what)
{
	struct inproc_kthread *kt;

	kt = kt_cur;
	if (kt == NULL || kt->kt_td != td)
		kern_panic("%s: thread %d was not started by inproc_proc "
		    "(inproc_proc_spawn() or clone)", what, td->td_tid);
	return (kt);
}

/* What a list of pidfds names has ended: they become readable. */
static void
pidfds_ended_locked(struct kern_pidfd *pf)
{

	for (; pf != NULL; pf = pf->pf_next) {
		pf->pf_ended = true;
		kfile_wakeup(pf->pf_fp);
	}
}

/*
 * The end of a process: its last thread is gone. Wakes inproc_proc_wait()
 * and a vfork parent; orphans go to pid 1.
 */
static void
ps_ended_locked(struct inproc_pstate *ps)
{
	struct inproc_pstate *c;

	ps->ps_ended = true;
	ps->ps_ppwait = false;
	pidfds_ended_locked(ps->ps_pidfds);
	for (c = ps_list; c != NULL; c = c->ps_next) {
		if (c != ps && !c->ps_ended && c->ps_ppid == ps->ps_pid)
			c->ps_ppid = 1;
	}
	pthread_cond_broadcast(&ps_cv);
}

/*
 * The parent learns of the end: kf_exitsig with a SIGCHLD-style siginfo
 * (FreeBSD: exit1() -> kern_psignal(p_pptr, p_sigparent)). Sent by the
 * last thread while it still exists. A parent that is not an emulated
 * process (the test, pid 1) is not found and gets nothing.
 */
static void
ps_notify_parent(struct thread *td, struct inproc_pstate *ps, int status)
{
	ksiginfo_t ksi;

	if (ps->ps_exitsig == 0)
		return;
	ksiginfo_init(&ksi);
	ksi.ksi_signo = ps->ps_exitsig;
	ksi.ksi_pid = ps->ps_pid;
	if ((status & 0x7f) != 0) {
		ksi.ksi_code = KCLD_KILLED;
		ksi.ksi_status = status & 0x7f;
	} else {
		ksi.ksi_code = KCLD_EXITED;
		ksi.ksi_status = (status >> 8) & 0xff;
	}
	(void)kern_kill(td, ps->ps_ppid, &ksi);
}

static void
kthread_end(struct inproc_kthread *kt)
{
	struct inproc_pstate *ps;
	struct inproc_kthread **ktp;
	struct kern_pidfd *pf;
	struct thread *td;
	int status;
	bool last;

	ps = kt->kt_ps;
	td = kt->kt_td;
	pthread_mutex_lock(&ps_lock);
	kt->kt_td = NULL;		/* no more interrupts: it goes away */
	last = --ps->ps_nthreads == 0 && !ps->ps_foreign;
	/* The host frees the struct proc with its last thread. */
	if (last)
		ps->ps_proc = NULL;
	status = ps->ps_status;
	pthread_mutex_unlock(&ps_lock);
	if (last)
		ps_notify_parent(td, ps, status);

	inproc_thread_detach();
	kt_cur = NULL;

	pthread_mutex_lock(&ps_lock);
	for (ktp = &ps->ps_threads; *ktp != kt; ktp = &(*ktp)->kt_next)
		;
	*ktp = kt->kt_next;
	pidfds_ended_locked(kt->kt_pidfds);
	for (pf = kt->kt_pidfds; pf != NULL; pf = pf->pf_next)
		pf->pf_kt = NULL;
	kt->kt_pidfds = NULL;
	if (last)
		ps_ended_locked(ps);
	pthread_cond_broadcast(&ps_cv);		/* inproc_wait_thread_gone() */
	pthread_mutex_unlock(&ps_lock);
	free(kt);
}

static void *
kthread_main(void *arg)
{
	struct inproc_kthread *kt = arg;
	struct inproc_pstate *ps;
	struct thread *td;
	int rv;

	kt_cur = kt;
	ps = kt->kt_ps;
	td = inproc_thread_attach(kt->kt_proc);
	*td->td_frame = kt->kt_frame;

	pthread_mutex_lock(&ps_lock);
	kt->kt_td = td;
	kt->kt_tid = td->td_tid;
	if (ps->ps_pid == 0)
		ps->ps_pid = kt->kt_proc->p_pid;
	kt->kt_next = ps->ps_threads;
	ps->ps_threads = kt;
	ps->ps_nthreads++;
	ps->ps_running++;
	kt->kt_attached = true;
	pthread_cond_broadcast(&ps_cv);
	while (!kt->kt_run)
		pthread_cond_wait(&ps_cv, &ps_lock);
	pthread_mutex_unlock(&ps_lock);

	if (kt->kt_exec)
		linux_emul_proc_exec(td);
	else
		linux_emul_thread_start(td);
	if (setjmp(kt->kt_exit) == 0) {
		rv = kt->kt_entry != NULL ? kt->kt_entry(kt->kt_arg) : 0;
		/* Returning from main() is exit_group(). */
		if (kt->kt_exec)
			kern_exit1(td, rv, 0);
		/* Returning from a clone(3) function is exit(). */
		kern_thr_exit(td);
		kern_exit1(td, rv, 0);
	}
	kthread_end(kt);
	return (NULL);
}

/* Start a thread of `ps` (process p) that waits to be run. */
static struct thread *
kthread_start(struct inproc_pstate *ps, struct proc *p,
    const struct trapframe *frame, inproc_entry_t *entry, void *arg,
    bool exec)
{
	struct inproc_kthread *kt;
	pthread_attr_t attr;
	pthread_t pt;
	struct thread *td;

	kt = calloc(1, sizeof(*kt));
	if (kt == NULL)
		kern_panic("inproc_proc: out of memory");
	kt->kt_ps = ps;
	kt->kt_proc = p;
	if (frame != NULL)
		kt->kt_frame = *frame;
	kt->kt_entry = entry;
	kt->kt_arg = arg;
	kt->kt_exec = exec;
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	if (pthread_create(&pt, &attr, kthread_main, kt) != 0)
		kern_panic("inproc_proc: pthread_create failed");
	pthread_attr_destroy(&attr);

	pthread_mutex_lock(&ps_lock);
	while (!kt->kt_attached)
		pthread_cond_wait(&ps_cv, &ps_lock);
	td = kt->kt_td;
	pthread_mutex_unlock(&ps_lock);
	return (td);
}

/*
 * kern_api_proc.h
 */
int
kern_fork(struct thread *td, const struct kern_fork_req *kf,
    struct thread **newtdp)
{
	struct inproc_pstate *pps, *ps;
	struct proc *p;

	pthread_once(&hooks_once, hooks_install);
	KASSERT((kf->kf_rfflags & (RFPROC | RFSTOPPED)) == (RFPROC | RFSTOPPED),
	    ("kern_fork: rfflags %#x", kf->kf_rfflags));
	p = (kf->kf_rfflags & RFMEM) != 0 ?
	    inproc_proc_create_vmshare(td->td_proc) : inproc_proc_create();

	pthread_mutex_lock(&ps_lock);
	pps = ps_of_locked(td->td_proc);
	if (pps->ps_exiting) {
		/* Linux: a fatal signal (exit_group) ends a clone in the
		 * middle with EINTR. */
		pthread_mutex_unlock(&ps_lock);
		inproc_proc_destroy(p);
		return (EINTR);
	}
	ps = ps_new_locked(p);
	ps->ps_ppid = pps->ps_pid;
	ps->ps_exitsig = kf->kf_exitsig;
	ps->ps_rfflags = kf->kf_rfflags;
	ps->ps_linux_flags = kf->kf_linux_flags;
	ps->ps_fdtable = (kf->kf_rfflags & (RFFDG | RFCFDG)) != 0 ?
	    identity_new_locked() : pps->ps_fdtable;
	ps->ps_sigacts = (kf->kf_rfflags & RFSIGSHARE) != 0 ?
	    pps->ps_sigacts : identity_new_locked();
	ps->ps_ppwait = (kf->kf_rfflags & RFPPWAIT) != 0;
	pthread_mutex_unlock(&ps_lock);

	*newtdp = kthread_start(ps, p, td->td_frame, child_entry, child_arg,
	    false);
	/* The blocked mask and the dispositions come along; the alternate
	 * signal stack too, unless the child shares the memory without
	 * vfork (Linux: sas_ss_reset() in copy_process()). */
	inproc_signal_fork(td, *newtdp, true,
	    (kf->kf_rfflags & (RFMEM | RFPPWAIT)) != RFMEM);
	if ((kf->kf_rfflags & RFPPWAIT) != 0)
		vfork_child = ps;
	return (0);
}

int
kern_thread_create(struct thread *td, struct thread **newtdp)
{
	struct inproc_pstate *ps;

	pthread_once(&hooks_once, hooks_install);
	pthread_mutex_lock(&ps_lock);
	ps = ps_of_locked(td->td_proc);
	if (ps->ps_exiting) {
		pthread_mutex_unlock(&ps_lock);
		return (EINTR);
	}
	pthread_mutex_unlock(&ps_lock);
	*newtdp = kthread_start(ps, td->td_proc, td->td_frame, child_entry,
	    child_arg, false);
	inproc_signal_fork(td, *newtdp, false, false);
	return (0);
}

void
kern_thread_run(struct thread *newtd)
{
	struct inproc_pstate *ps;
	struct inproc_kthread *kt;

	pthread_mutex_lock(&ps_lock);
	ps = ps_by_proc_locked(newtd->td_proc);
	kt = ps != NULL ? kt_by_td_locked(ps, newtd) : NULL;
	if (kt == NULL)
		kern_panic("kern_thread_run: thread %d unknown", newtd->td_tid);
	kt->kt_run = true;
	pthread_cond_broadcast(&ps_cv);
	pthread_mutex_unlock(&ps_lock);
}

void
kern_fork_ppwait(struct thread *td __attribute__((__unused__)))
{
	struct inproc_pstate *ps;

	ps = vfork_child;
	vfork_child = NULL;
	if (ps == NULL)
		return;
	pthread_mutex_lock(&ps_lock);
	ps->ps_ppwaiters++;
	pthread_cond_broadcast(&ps_cv);		/* inproc_wait_ppwaiting() */
	while (ps->ps_ppwait)
		pthread_cond_wait(&ps_cv, &ps_lock);
	ps->ps_ppwaiters--;
	pthread_mutex_unlock(&ps_lock);
}

void
kern_proc_ppwait_release(struct proc *child)
{
	struct inproc_pstate *ps;

	pthread_mutex_lock(&ps_lock);
	ps = ps_by_proc_locked(child);
	if (ps != NULL && ps->ps_ppwait) {
		ps->ps_ppwait = false;
		pthread_cond_broadcast(&ps_cv);
	}
	pthread_mutex_unlock(&ps_lock);
}

pid_t
kern_proc_ppid(struct proc *p)
{
	struct inproc_pstate *ps;
	pid_t ppid;

	pthread_mutex_lock(&ps_lock);
	ps = ps_by_proc_locked(p);
	ppid = ps != NULL ? ps->ps_ppid : getpid();
	pthread_mutex_unlock(&ps_lock);
	return (ppid);
}

void
kern_proc_reparent_sibling(struct proc *child, struct proc *p)
{
	struct inproc_pstate *cps, *pps;

	pthread_mutex_lock(&ps_lock);
	cps = ps_by_proc_locked(child);
	pps = ps_of_locked(p);
	KASSERT(cps != NULL, ("kern_proc_reparent_sibling: unknown child"));
	cps->ps_ppid = pps->ps_ppid;
	pthread_mutex_unlock(&ps_lock);
}

static int
pidfd_poll(struct kfile *fp, struct thread *td __attribute__((__unused__)))
{
	struct kern_pidfd *pf = kfile_data(fp);
	bool ended;

	pthread_mutex_lock(&ps_lock);
	ended = pf->pf_ended;
	pthread_mutex_unlock(&ps_lock);
	return (ended ? PIDFD_POLLIN | PIDFD_POLLRDNORM : 0);
}

static void
pidfd_unlink(struct kern_pidfd **headp, struct kern_pidfd *pf)
{

	for (; *headp != NULL; headp = &(*headp)->pf_next) {
		if (*headp == pf) {
			*headp = pf->pf_next;
			return;
		}
	}
}

static void
pidfd_close(struct kfile *fp)
{
	struct kern_pidfd *pf = kfile_data(fp);

	pthread_mutex_lock(&ps_lock);
	if (pf->pf_kt != NULL)
		pidfd_unlink(&pf->pf_kt->kt_pidfds, pf);
	else if (pf->pf_ps != NULL)
		pidfd_unlink(&pf->pf_ps->ps_pidfds, pf);
	pthread_mutex_unlock(&ps_lock);
	kern_free(pf);
}

static const struct kfileops pidfd_ops = {
	.kfo_poll = pidfd_poll,
	.kfo_close = pidfd_close,
};

static atomic_bool pidfds_unavailable;

void
inproc_set_pidfds(bool available)
{

	atomic_store(&pidfds_unavailable, !available);
}

int
kern_pidfd_reserve(struct thread *td, int *fdp, struct kern_pidfd **pfp)
{
	struct kern_pidfd *pf;
	int error;

	if (atomic_load(&pidfds_unavailable))
		return (ENOSYS);
	pf = kern_malloc(sizeof(*pf), KM_ZERO);
	error = kfile_create(td, &pidfd_ops, pf, &pf->pf_fd, &pf->pf_fp);
	if (error != 0) {
		kern_free(pf);
		return (error);
	}
	*fdp = pf->pf_fd;
	*pfp = pf;
	return (0);
}

void
kern_pidfd_install(struct kern_pidfd *pf, struct thread *newtd, bool thread)
{
	struct inproc_pstate *ps;
	struct inproc_kthread *kt;

	pthread_mutex_lock(&ps_lock);
	ps = ps_by_proc_locked(newtd->td_proc);
	kt = ps != NULL ? kt_by_td_locked(ps, newtd) : NULL;
	if (kt == NULL)
		kern_panic("kern_pidfd_install: thread %d unknown",
		    newtd->td_tid);
	if (thread) {
		pf->pf_kt = kt;
		pf->pf_next = kt->kt_pidfds;
		kt->kt_pidfds = pf;
	} else {
		pf->pf_ps = ps;
		pf->pf_next = ps->ps_pidfds;
		ps->ps_pidfds = pf;
	}
	pthread_mutex_unlock(&ps_lock);
}

void
kern_pidfd_abandon(struct thread *td __attribute__((__unused__)),
    struct kern_pidfd *pf)
{

	/* Bound to nothing yet: closing frees it (pidfd_close()). */
	if (inproc_file_close(pf->pf_fd) != 0)
		kern_panic("kern_pidfd_abandon: descriptor %d is no runtime "
		    "file", pf->pf_fd);
}

void
kern_thr_exit(struct thread *td)
{
	struct inproc_kthread *kt;
	struct inproc_pstate *ps;

	kt = kt_self(td, "kern_thr_exit");
	ps = kt->kt_ps;
	pthread_mutex_lock(&ps_lock);
	if (!ps->ps_exiting && ps->ps_running == 1) {
		/* The last thread: the caller ends the process. */
		pthread_mutex_unlock(&ps_lock);
		return;
	}
	ps->ps_running--;
	kt->kt_exiting = true;
	pthread_mutex_unlock(&ps_lock);
	linux_emul_thread_exit(td);
	longjmp(kt->kt_exit, 1);
}

void
kern_exit1(struct thread *td, int rv, int signo)
{
	struct inproc_kthread *kt, *other;
	struct inproc_pstate *ps;

	kt = kt_self(td, "kern_exit1");
	ps = kt->kt_ps;
	pthread_mutex_lock(&ps_lock);
	if (!ps->ps_exiting) {
		ps->ps_exiting = true;
		ps->ps_status = signo != 0 ? (signo & 0x7f) : (rv & 0xff) << 8;
	}
	/* The others end at their next kern_userret(); get the sleepers
	 * there (FreeBSD: thread_single(SINGLE_EXIT) aborts sleeps). */
	for (other = ps->ps_threads; other != NULL; other = other->kt_next) {
		if (other == kt || other->kt_exiting || other->kt_td == NULL)
			continue;
		inproc_thread_interrupt(other->kt_td, EINTR);
		inproc_thread_kick(other->kt_td);
	}
	if (!kt->kt_exiting) {
		ps->ps_running--;
		kt->kt_exiting = true;
	}
	pthread_mutex_unlock(&ps_lock);
	linux_emul_thread_exit(td);
	longjmp(kt->kt_exit, 1);
}

void
kern_userret(struct thread *td)
{
	struct inproc_kthread *kt;
	struct inproc_pstate *ps;
	bool end;

	kt = kt_cur;
	if (kt == NULL || kt->kt_td != td)
		return;
	ps = kt->kt_ps;
	pthread_mutex_lock(&ps_lock);
	end = ps->ps_exiting && !kt->kt_exiting;
	if (end) {
		ps->ps_running--;
		kt->kt_exiting = true;
	}
	pthread_mutex_unlock(&ps_lock);
	if (!end)
		return;
	linux_emul_thread_exit(td);
	longjmp(kt->kt_exit, 1);
}

/*
 * inproc_proc.h
 */
pid_t
inproc_proc_spawn(inproc_entry_t *main_fn, void *arg)
{
	struct inproc_pstate *ps;
	struct thread *td;
	struct proc *p;
	pid_t pid;

	pthread_once(&hooks_once, hooks_install);
	p = inproc_proc_create();
	pthread_mutex_lock(&ps_lock);
	ps = ps_new_locked(p);
	ps->ps_ppid = getpid();
	ps->ps_exitsig = KSIGCHLD;
	ps->ps_rfflags = RFPROC | RFFDG;
	ps->ps_fdtable = identity_new_locked();
	ps->ps_sigacts = identity_new_locked();
	pthread_mutex_unlock(&ps_lock);

	td = kthread_start(ps, p, NULL, main_fn, arg, true);
	pthread_mutex_lock(&ps_lock);
	pid = ps->ps_pid;
	pthread_mutex_unlock(&ps_lock);
	kern_thread_run(td);
	return (pid);
}

int
inproc_proc_wait(pid_t pid)
{
	struct inproc_pstate *ps;
	int status;

	pthread_mutex_lock(&ps_lock);
	ps = ps_by_pid_locked(pid);
	if (ps == NULL || ps->ps_foreign) {
		pthread_mutex_unlock(&ps_lock);
		return (-1);
	}
	while (!ps->ps_ended)
		pthread_cond_wait(&ps_cv, &ps_lock);
	ps->ps_waited = true;
	status = ps->ps_status;
	pthread_mutex_unlock(&ps_lock);
	return (status);
}

int
inproc_proc_info(pid_t pid, struct inproc_proc_info *pi)
{
	struct inproc_pstate *ps;

	pthread_mutex_lock(&ps_lock);
	ps = ps_by_pid_locked(pid);
	if (ps == NULL) {
		pthread_mutex_unlock(&ps_lock);
		return (-1);
	}
	pi->pi_pid = ps->ps_pid;
	pi->pi_ppid = ps->ps_ppid;
	pi->pi_exitsig = ps->ps_exitsig;
	pi->pi_rfflags = ps->ps_rfflags;
	pi->pi_linux_flags = ps->ps_linux_flags;
	pi->pi_vmspace = ps->ps_vmspace;
	pi->pi_fdtable = ps->ps_fdtable;
	pi->pi_sigacts = ps->ps_sigacts;
	pi->pi_nthreads = ps->ps_nthreads;
	pi->pi_ended = ps->ps_ended;
	pi->pi_ppwaiting = ps->ps_ppwaiters > 0;
	pi->pi_status = ps->ps_status;
	pthread_mutex_unlock(&ps_lock);
	return (0);
}

void
inproc_set_child_entry(inproc_entry_t *entry, void *arg)
{

	child_entry = entry;
	child_arg = arg;
}

void
inproc_wait_thread_gone(pid_t tid)
{
	struct inproc_pstate *ps;
	struct inproc_kthread *kt;
	bool found;

	pthread_mutex_lock(&ps_lock);
	do {
		found = false;
		for (ps = ps_list; ps != NULL && !found; ps = ps->ps_next) {
			for (kt = ps->ps_threads; kt != NULL; kt = kt->kt_next) {
				if (kt->kt_tid == tid) {
					found = true;
					break;
				}
			}
		}
		if (found)
			pthread_cond_wait(&ps_cv, &ps_lock);
	} while (found);
	pthread_mutex_unlock(&ps_lock);
}

void
inproc_wait_ppwaiting(pid_t pid)
{
	struct inproc_pstate *ps;

	pthread_mutex_lock(&ps_lock);
	ps = ps_by_pid_locked(pid);
	while (ps != NULL && ps->ps_ppwaiters == 0 && !ps->ps_ended)
		pthread_cond_wait(&ps_cv, &ps_lock);
	pthread_mutex_unlock(&ps_lock);
}
