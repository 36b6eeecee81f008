/*
 * kern_api_proc.h — the part of the kernel API that creates and ends
 * threads and processes. Conventions as in kern_api.h: every function names
 * the FreeBSD primitive that implements it; errors are host errno values.
 *
 * Model. A struct proc is a host process and, for runtime/kern, one Linux
 * thread group; a struct thread is one Linux task. clone(CLONE_THREAD)
 * makes a thread with kern_thread_create(); every other clone, fork and
 * vfork makes a process with kern_fork(). Either way the new thread is
 * created stopped: it has a copy of its creator's registers (td_frame) and
 * does not run until kern_thread_run(), so that runtime/kern can set up its
 * emulation data, registers and TLS first (FreeBSD: fork1() with RFSTOPPED,
 * then sched_add()).
 *
 * How a thread begins. Once running, before it executes any user code, the
 * new thread calls linux_emul_thread_start(td) in its own context (FreeBSD:
 * the schedtail event). Then it "returns to user mode" with its trapframe:
 * the instruction pointer its creator had, the stack pointer runtime/kern
 * gave it, 0 in the return register. What that means is the host's:
 * runtime/host/inproc calls a C function (see inproc_proc.h); the tracer
 * resumes a real task.
 *
 * How a thread ends. Whatever ends it (exit, exit_group, a fatal signal,
 * exec in another thread), the host calls linux_emul_thread_exit(td) in
 * the ending thread's own context while it can still sleep and touch user
 * memory (FreeBSD: linux_thread_detach() from exit1/kern_thr_exit), and
 * linux_emul_thread_dtor(td) when it frees the struct thread, after the
 * last kern_tdfind() hold is gone (FreeBSD: the thread_dtor event).
 *
 * How a program starts. When a process begins running a Linux program
 * image (the host started it, or it exec'ed one) with a single thread td,
 * the host — or the execve path — calls linux_emul_proc_exec(td)
 * (FreeBSD: the process_exec event, linux_on_exec()).
 */
#ifndef _KERN_API_PROC_H_
#define _KERN_API_PROC_H_

#include "kern_api.h"

/*
 * rfork(2) flags of the modelled host (FreeBSD sys/sys/unistd.h), what the
 * generated linux_clone_to_rfork() produces. Facts from
 * shared/reference/freebsd/freebsd-rfork.tsv.
 */
#ifndef RFFDG
#define	RFFDG		0x00000004	/* copy fd table */
#define	RFPROC		0x00000010	/* change child (else changes curproc) */
#define	RFMEM		0x00000020	/* share `address space' */
#define	RFNOWAIT	0x00000040	/* give child to init */
#define	RFCFDG		0x00001000	/* close all fds, zero fd table */
#define	RFTHREAD	0x00002000	/* enable kernel thread support */
#define	RFSIGSHARE	0x00004000	/* share signal handlers */
#define	RFLINUXTHPN	0x00010000	/* do linux clone exit parent notification */
#define	RFSTOPPED	0x00020000	/* leave child in a stopped state */
#define	RFHIGHPID	0x00040000	/* use a pid higher than 10 (idleproc) */
#define	RFTSIGZMB	0x00080000	/* select signal for exit parent notification */
#define	RFPROCDESC	0x10000000	/* return a process descriptor */
#define	RFPPWAIT	0x80000000	/* parent sleeps until child exits (vfork) */
#endif

/*
 * A process to create. FreeBSD: struct fork_req.
 *
 * kf_linux_flags repeats the Linux clone flags the request implements. A
 * FreeBSD kernel would ignore it. A host that creates the child with a
 * real Linux clone (the tracer) needs it for what rfork flags cannot say:
 * CLONE_FS apart from CLONE_FILES, CLONE_SYSVSEM, CLONE_IO.
 */
struct kern_fork_req {
	int		kf_rfflags;	/* RF*: RFPROC | RFSTOPPED required */
	int		kf_exitsig;	/* host signal the parent gets when the
					   process ends; 0: none (FreeBSD:
					   p_sigparent) */
	uint64_t	kf_linux_flags;	/* hint, see above */
};

/*
 * A new process: one thread (*newtdp), a copy of td's registers, stopped.
 * Sharing follows kf_rfflags: RFMEM the address space, RFSIGSHARE the
 * signal handlers, no RFFDG the descriptor table. Errors: EAGAIN, ENOMEM,
 * EPROCLIM when a limit is hit, EINTR when td's process is being ended
 * (exit_group in another thread; Linux: a fatal signal). FreeBSD: fork1().
 */
int	kern_fork(struct thread *td, const struct kern_fork_req *kf,
	    struct thread **newtdp);

/*
 * A new thread in td's process, a copy of td's registers, stopped.
 * Errors as kern_fork(). FreeBSD: thread_alloc() + thread_link() +
 * cpu_copy_thread(), as kern_thr_new() does.
 */
int	kern_thread_create(struct thread *td, struct thread **newtdp);

/* Let a thread made by kern_fork() or kern_thread_create() run.
 * FreeBSD: sched_add() (thread_unlock()). */
void	kern_thread_run(struct thread *newtd);

/*
 * vfork. After kern_thread_run() of a child made with RFPPWAIT, the parent
 * (td) calls kern_fork_ppwait() and sleeps until the child releases it:
 * kern_proc_ppwait_release(child) — runtime/kern calls it when the vfork
 * child's thread exits or execs — or the child process ends. Returns at
 * once if that already happened. FreeBSD: fork_rfppwait(), and P_PPWAIT
 * cleared in exit1()/do_execve().
 */
void	kern_fork_ppwait(struct thread *td);
void	kern_proc_ppwait_release(struct proc *child);

/*
 * Descriptors that name a process or a thread (Linux pidfds, CLONE_PIDFD).
 * FreeBSD: process descriptors — fork1() with RFPROCDESC allocates the
 * descriptor (procdesc_falloc()) before it creates the process and binds
 * it afterwards (procdesc_finit()); FreeBSD has no thread descriptors.
 *
 * runtime/kern calls kern_pidfd_reserve() before it creates the child
 * (so that a full descriptor table fails the clone with nothing made),
 * then either kern_pidfd_install() once the child exists, stopped, or
 * kern_pidfd_abandon() if the clone fails after all.
 *
 * kern_pidfd_reserve() takes the lowest free descriptor of td's process
 * for a pidfd (close-on-exec, as Linux's); the descriptor must not be
 * copied into the child made next. Errors: EMFILE, ENFILE, ENOMEM, and
 * ENOSYS from a host that has no such descriptors.
 * kern_pidfd_install() binds it to newtd's process (thread = false) or to
 * newtd alone (thread = true, Linux's PIDFD_THREAD). The descriptor polls
 * readable (POLLIN | POLLRDNORM) once what it names has ended: a process
 * when its last thread is gone, a thread when it is gone.
 * kern_pidfd_abandon() gives the descriptor back; nothing saw it.
 *
 * Optional: runtime/kern has weak definitions (kern_api_proc_optional.c)
 * in which kern_pidfd_reserve() answers ENOSYS; a host that offers pidfds
 * defines all three.
 */
struct kern_pidfd;
int	kern_pidfd_reserve(struct thread *td, int *fdp,
	    struct kern_pidfd **pfp);
void	kern_pidfd_install(struct kern_pidfd *pf, struct thread *newtd,
	    bool thread);
void	kern_pidfd_abandon(struct thread *td, struct kern_pidfd *pf);

/*
 * The parent, as getppid(2) reports it: the pid of the process that
 * created p, or of the process p was given to. FreeBSD: p->p_pptr->p_pid.
 */
pid_t	kern_proc_ppid(struct proc *p);

/*
 * CLONE_PARENT: make `child` a child of p's parent instead of p's.
 * FreeBSD: proc_reparent(child, p->p_pptr) under proctree_lock.
 */
void	kern_proc_reparent_sibling(struct proc *child, struct proc *p);

/*
 * Ending.
 *
 * kern_thr_exit() ends td if its process has other threads, and does not
 * return; if td is the last thread it returns, and the caller ends the
 * process with kern_exit1() (FreeBSD: kern_thr_exit(), which returns when
 * p_numthreads == 1).
 *
 * kern_exit1() ends td's whole process: every other thread is made to end
 * (each runs linux_emul_thread_exit() in its own context), then td. The
 * process becomes a zombie with exit status (rv & 0xff, signo), its
 * children go to the host's reaper, a vfork parent is released and the
 * parent is sent kf_exitsig. Does not return. FreeBSD: exit1().
 */
void	kern_thr_exit(struct thread *td);
void	kern_exit1(struct thread *td, int rv, int signo)
	    __attribute__((__noreturn__));

/*
 * On the way back to user mode after every system call: if the process is
 * being ended (kern_exit1() in another thread), td ends here and this does
 * not return. FreeBSD: thread_suspend_check() from ast()/userret().
 * runtime/kern also calls it where a wait that only the end of the
 * process may cut short (Linux: a killable sleep) was interrupted, holding
 * no lock: FreeBSD's fork_rfppwait() does the same with
 * thread_suspend_check().
 */
void	kern_userret(struct thread *td);

/*
 * Calls the host makes into runtime/kern (linux_emul.c); see the top of
 * this file for when.
 */
void	linux_emul_proc_exec(struct thread *td);
void	linux_emul_thread_start(struct thread *td);
void	linux_emul_thread_exit(struct thread *td);
void	linux_emul_thread_dtor(struct thread *td);

#endif /* !_KERN_API_PROC_H_ */
