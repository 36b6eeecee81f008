/*
 * linux_emul.h — emulation data of Linux threads and thread groups.
 *
 * Linux calls every thread a task: a task has a PID (what user space calls
 * the thread id, TID) and a TGID (the thread group's id, what user space
 * calls the process id). The runtime follows the FreeBSD Linuxulator: a
 * Linux thread group is one host process (struct proc) and every Linux task
 * is one host thread (struct thread). The Linux view hangs off them:
 *
 *   struct linux_emuldata    per thread   td->td_emuldata   (the thesis's
 *                                                           linux_emuldata)
 *   struct linux_pemuldata   per group    p->p_emuldata     (the thesis's
 *                                                           linux_emuldata_shared)
 *
 * PID mangling: the group's TGID is the host pid of its process, the
 * first thread of a process has TID = TGID, every other thread has its host
 * thread id as TID. Hosts keep thread ids and pids in one number space (as
 * Linux does), so a TID names one thread and a TGID one group.
 *
 * Locking, lifetimes and the order of events at thread exit are written at
 * the top of linux_emul.c; read them before touching these structures from
 * a thread that does not own them.
 */
#ifndef _LINUX_EMUL_H_
#define _LINUX_EMUL_H_

#include <sys/queue.h>

#include "kern_api.h"
#include "linux_futex.h"
#include "linux_tls.h"

struct linux_emul_ext;
struct linux_emul_extblk;
struct linux_vmspace;
struct linux_semundo;
struct linux_vfork_done;

/*
 * Per thread.
 * Locking: (c) constant after creation; (o) read and written only by the
 * owning thread, or by its creator before the thread first runs;
 * (e) linux_emul_lock.
 */
struct linux_emuldata {
	struct thread		*em_td;		/* (c) the host thread */
	struct linux_pemuldata	*em_pem;	/* (c) its group; a reference */
	lwpid_t			 em_tid;	/* (e) Linux TID; changed (by exec)
						   only in the owner, which reads
						   it unlocked */
	int			 em_flags;	/* (o) LINUX_EM_* */
	int32_t			*em_child_set_tid; /* (o) CLONE_CHILD_SETTID */
	int32_t			*em_clear_tid;	/* (o) CLONE_CHILD_CLEARTID,
						   set_tid_address() */
	struct linux_semundo	*em_semundo;	/* (o) SysV SEM_UNDO list
						   identity, CLONE_SYSVSEM */
	struct linux_vfork_done	*em_vfork_done;	/* (o) CLONE_VFORK|CLONE_THREAD
						   child: what releases the
						   waiting creator */
	struct linux_vfork_done	*em_vfork_wait;	/* (o) ... its creator: what
						   it waits on */
	struct linux_tls_state	 em_tls;	/* (o) i386 GDT TLS slots */
	struct linux_futex_thread em_futex;	/* the futex core's (its locking) */
	LIST_ENTRY(linux_emuldata) em_group;	/* (e) pem_threads */
	LIST_ENTRY(linux_emuldata) em_hash;	/* (e) the TID registry */
	SLIST_HEAD(, linux_emul_extblk) em_ext;	/* (o, e) extensions */
};

#define	LINUX_EM_VFORK_CHILD	0x0001	/* first thread of a vfork'ed
					   process: releases the host's
					   vfork wait when it exits or
					   execs */
#define	LINUX_EM_EXITED		0x0002	/* linux_emul_thread_exit() ran */

/*
 * Per thread group (host process).
 * Locking as above; (p) written under linux_emul_lock, read by the group's
 * own threads without it.
 */
struct linux_pemuldata {
	u_int			 pem_refs;	/* (e) live threads + holds */
	struct proc		*pem_proc;	/* (e) NULL once the group ended */
	pid_t			 pem_tgid;	/* (c) Linux TGID = host pid */
	int			 pem_exit_signal; /* (c) Linux signal the parent
						   gets at group exit; 0: none */
	int			 pem_tls_gdt_min; /* (p) first TLS GDT entry */
	struct linux_vmspace	*pem_vm;	/* (p) address space identity */
	int			 pem_nthreads;	/* (e) live threads */
	int			 pem_flags;	/* (e) LINUX_PEM_* */
	LIST_HEAD(, linux_emuldata) pem_threads; /* (e) live threads */
	LIST_ENTRY(linux_pemuldata) pem_hash;	/* (e) the TGID registry */
	SLIST_HEAD(, linux_emul_extblk) pem_ext; /* (e) extensions */
};

#define	LINUX_PEM_EXITING	0x0001	/* exit_group() or a fatal signal */

/*
 * Identity of an address space, shared by the processes CLONE_VM joins.
 * lv_users counts live threads using it: Linux's mm_users, which decides
 * whether CLONE_CHILD_CLEARTID is written at exit (nobody else can see the
 * memory otherwise).
 */
struct linux_vmspace {
	u_int	lv_refs;	/* (e) processes holding it */
	u_int	lv_users;	/* (e) live threads using it */
};

/*
 * Identity of a SysV semaphore undo list, shared by CLONE_SYSVSEM (Linux:
 * task->sysvsem.undo_list). runtime/kern emulates no SysV semaphores; an
 * implementation of semop(SEM_UNDO) keys its undo entries by this object.
 */
struct linux_semundo {
	u_int	lsu_refs;	/* (e) threads sharing it */
};

/* The lock of everything marked (e) above: a leaf, held briefly; nothing
 * else is acquired, no user memory touched, nothing allocated under it. */
extern struct kmutex linux_emul_lock;

/* Accessors. The caller's own td needs no lock; another thread's needs
 * linux_emul_lock held (which also keeps it from being freed). */
static inline struct linux_emuldata *
em_find(struct thread *td)
{
	return (td->td_emuldata);
}

static inline struct linux_pemuldata *
pem_find(struct proc *p)
{
	return (p->p_emuldata);
}

/*
 * Look-ups by Linux id. Return with linux_emul_lock held on success (the
 * result stays valid until the caller unlocks); return NULL unlocked.
 */
struct linux_emuldata	*linux_emul_find_tid(lwpid_t tid);
struct linux_pemuldata	*linux_emul_find_tgid(pid_t tgid);

/* References that keep a group's data (not its process) alive unlocked. */
void	linux_pem_hold(struct linux_pemuldata *pem);
void	linux_pem_rele(struct linux_pemuldata *pem);

/*
 * Life cycle. The host calls the first four (kern_api_proc.h says when);
 * linux_clone calls linux_emul_clone().
 *
 * linux_emul_proc_exec()    td's process starts a Linux program image and
 *                           td is its only thread: create or reset the
 *                           emulation data (TID = TGID, no TLS, no
 *                           CLEARTID). FreeBSD: linux_on_exec().
 * linux_emul_thread_start() a thread made by clone runs for the first time,
 *                           in its own context: CLONE_CHILD_SETTID.
 *                           FreeBSD: linux_schedtail().
 * linux_emul_thread_exit()  a thread ends, in its own context, whatever the
 *                           cause: robust futexes, CLONE_CHILD_CLEARTID, the
 *                           vfork parent, leaving the registries and the
 *                           group. FreeBSD: linux_thread_detach().
 * linux_emul_thread_dtor()  the host frees the struct thread: the emuldata
 *                           goes too. FreeBSD: linux_thread_dtor().
 * linux_emul_clone()        creates the child's data from the parent's
 *                           before the child runs.
 */
void	linux_emul_proc_exec(struct thread *td);
void	linux_emul_thread_start(struct thread *td);
void	linux_emul_thread_exit(struct thread *td);
void	linux_emul_thread_dtor(struct thread *td);
struct linux_emul_clone_args {
	uint64_t	 ec_flags;	/* Linux CLONE_* flags */
	int		 ec_exit_signal; /* Linux; new groups only */
	int32_t		*ec_child_tid;	/* CLONE_CHILD_SETTID/CLEARTID */
};
void	linux_emul_clone(struct thread *td, struct thread *newtd,
	    const struct linux_emul_clone_args *ec);

/*
 * CLONE_VFORK with CLONE_THREAD: after linux_emul_clone() and
 * kern_thread_run(), the creator waits here until the new thread exits or
 * execs (Linux: wait_for_vfork_done(), a killable wait). A process vfork
 * waits in the host instead (kern_fork_ppwait()).
 */
void	linux_emul_vfork_thread_wait(struct thread *td);

/* Group state used by exit_group and signals. */
void	linux_emul_set_exiting(struct proc *p);
bool	linux_emul_exiting(struct proc *p);
int	linux_emul_nthreads(struct proc *p);

/*
 * Extensions: how another subsystem hangs its own state from a thread or a
 * thread group without editing this file.
 *
 * The subsystem defines one `static const struct linux_emul_ext` per kind
 * of state and asks for its block with linux_emul_thread_ext() or
 * linux_emul_proc_ext(). The block is created zero-filled (then passed to
 * ee_clone, if any, when a thread or group is cloned from one that has it)
 * on first use and lives as long as its thread or group. Example
 * (the futex team's robust list head):
 *
 *	struct linux_robust_state { void *rs_head; size_t rs_len; };
 *	static const struct linux_emul_ext robust_ext = {
 *		.ee_name = "futex.robust",
 *		.ee_size = sizeof(struct linux_robust_state),
 *	};
 *	rs = linux_emul_thread_ext(td, &robust_ext);
 *
 * Rules: a thread's blocks are created only by the thread itself (or by
 * linux_emul_clone before it runs); another thread reads them only with
 * linux_emul_lock held (linux_emul_thread_ext_find()). Group blocks are
 * shared by the group's threads: their contents need the subsystem's own
 * lock. Hooks run without linux_emul_lock held.
 */
struct linux_emul_ext {
	const char	*ee_name;
	size_t		 ee_size;
	/* Optional. Fill a new thread's (group's) block from the block of
	 * the thread (group) it is cloned from; `flags` are the CLONE_*
	 * flags. Without it a cloned thread starts with no block. */
	void		(*ee_clone)(void *child, const void *parent,
			    uint64_t flags);
	/* Optional. Thread blocks: called in the exiting thread before
	 * CLONE_CHILD_CLEARTID is handled (Linux releases robust futexes
	 * then). Group blocks: called when the group's last thread exits. */
	void		(*ee_exit)(struct thread *td, void *data);
};

void	*linux_emul_thread_ext(struct thread *td,
	    const struct linux_emul_ext *ext);
void	*linux_emul_thread_ext_find(struct thread *td,
	    const struct linux_emul_ext *ext);
void	*linux_emul_proc_ext(struct proc *p, const struct linux_emul_ext *ext);

/* TLS GDT layout of a group (linux_tls.h has the values). */
void	linux_emul_set_tls_layout(struct proc *p, int gdt_min);

#endif /* !_LINUX_EMUL_H_ */
