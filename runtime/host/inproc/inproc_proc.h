/*
 * inproc_proc.h — processes and threads that runtime/kern creates and ends
 * (clone, fork, vfork, exit, exit_group) in the in-process host: the
 * implementation of kern_api_proc.h, and what tests use to start emulated
 * programs and watch them end.
 *
 * How an emulated thread runs. Every emulated thread made here is a pthread
 * attached to its process (inproc.h). Its "user program" is a C function:
 *
 *  - the first thread of a program started with inproc_proc_spawn() runs
 *    main(arg); returning from it is exit_group(return value), as returning
 *    from a C program's main() is;
 *  - a thread made by clone, fork or vfork runs the entry its creator set
 *    with inproc_set_child_entry() just before the call (as glibc's
 *    clone(3) hands fn and arg to the child on its stack); returning
 *    from it is exit(return value) of that thread, as glibc's clone(3)
 *    wrapper does. A creator that set no entry gets children that exit at
 *    once with status 0.
 *
 * The new thread's trapframe is what runtime/kern made of its creator's:
 * the stack pointer clone was given (recorded, not used: the C function
 * runs on the pthread's own stack), 0 in the return register, TLS. Before
 * the entry runs, linux_emul_thread_start() has stored CLONE_CHILD_SETTID.
 *
 * How it ends. exit/exit_group/the entry's return end the pthread (the
 * host unwinds to its start routine with longjmp: nothing of the C code
 * above the system call runs again). exit_group makes the group's other
 * threads end at their next return from a system call (kern_userret()),
 * and interrupts their interruptible sleeps so that they get there: the
 * in-process host cannot stop a thread that never enters the kernel.
 *
 * Processes. Every process made here has the host as its original parent
 * (getppid() of a spawned program is the real pid of the test process);
 * orphans go to pid 1. The address space is always the test process's: a
 * process made without CLONE_VM gets an address space *identity* of its
 * own (private futexes are distinct), not separate memory. Sharing made by
 * the rfork flags (descriptor table, signal handlers) is kept as identities
 * that tests can compare (inproc_proc_info()). New threads and processes
 * start with their creator's signal mask and dispositions
 * (inproc_signal_fork()); when a process ends its parent is sent its exit
 * signal with a SIGCHLD-style siginfo (kern_kill()), if the parent is an
 * emulated process.
 */
#ifndef _INPROC_PROC_H_
#define _INPROC_PROC_H_

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

/* The function an emulated thread runs; its return value is its exit
 * status (see above). */
typedef int	inproc_entry_t(void *arg);

/*
 * Start a new emulated process (a new address space identity, its own
 * descriptor table and signal handlers) whose single thread runs main(arg)
 * as a freshly exec'ed Linux program: linux_emul_proc_exec() has run.
 * Returns its pid.
 */
pid_t	inproc_proc_spawn(inproc_entry_t *main, void *arg);

/*
 * Wait until process `pid` has ended (all its threads gone) and return its
 * wait status as waitpid() would report it: (status & 0xff) << 8 for an
 * exit, the signal number for a kill. Each process can be waited for once;
 * -1 if pid is unknown or already waited for.
 */
int	inproc_proc_wait(pid_t pid);

/* The entry (and its argument) of the children the calling pthread
 * creates from now on; NULL: children exit at once with status 0. */
void	inproc_set_child_entry(inproc_entry_t *entry, void *arg);

/* What the host knows of a process, for tests. */
struct inproc_proc_info {
	pid_t		pi_pid;
	pid_t		pi_ppid;	/* kern_proc_ppid() */
	int		pi_exitsig;	/* host signal for the parent; 0 none */
	int		pi_rfflags;	/* as kern_fork() got them */
	uint64_t	pi_linux_flags;	/* kf_linux_flags */
	uint64_t	pi_vmspace;	/* address space identity */
	uint64_t	pi_fdtable;	/* descriptor table identity */
	uint64_t	pi_sigacts;	/* signal handlers identity */
	int		pi_nthreads;	/* threads not yet gone */
	bool		pi_ended;
	bool		pi_ppwaiting;	/* a vfork parent sleeps for it */
	int		pi_status;	/* wait status once ended */
};
/* 0, or -1 if pid is unknown (or already waited for). */
int	inproc_proc_info(pid_t pid, struct inproc_proc_info *pi);

/* Wait until a vfork parent sleeps waiting for process pid (or pid has
 * ended): the handshake of vfork tests. */
void	inproc_wait_ppwaiting(pid_t pid);

/*
 * Pidfds (kern_pidfd_*, CLONE_PIDFD): runtime files (inproc.h), readable
 * once the process or thread they name is gone, closed with
 * inproc_file_close(). A test can make the host one without pidfds
 * (kern_pidfd_reserve() answers ENOSYS, as the runtime's weak default and
 * the tracer host do) and back.
 */
void	inproc_set_pidfds(bool available);

/*
 * Wait until the given thread is gone (detached from the host). Tests use
 * it as a handshake; returns at once for a TID the host never had.
 */
void	inproc_wait_thread_gone(pid_t tid);

#endif /* !_INPROC_PROC_H_ */
