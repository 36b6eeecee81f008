/*
 * kern_api.h — the kernel API that runtime/kern is written against.
 *
 * READ THIS FIRST
 *
 * runtime/kern holds the kernel side of a Linux-ABI emulation layer (futex,
 * clone and thread groups, TLS, signal frames, ioctl dispatch, the syscall
 * path) written the way it would be written inside FreeBSD's
 * sys/compat/linux. It may call only what this header (and the headers it
 * includes) declares. Every function here names the FreeBSD primitive a
 * FreeBSD kernel would implement it with, so that the cores can move into a
 * real kernel unchanged.
 *
 * Implementations ("hosts") on Linux:
 *   runtime/host/inproc/   emulated threads are pthreads of the calling
 *                          process; used by the tests and benchmarks;
 *   runtime/host/tracer/   emulated threads are real Linux tasks stopped by
 *                          ptrace; used by lxrun.
 * A host provides runtime/host/<host>/kern_host.h (the storage of the lock
 * type and anything a host wants inline) and the functions below.
 *
 * Conventions
 *
 *  - Errors are positive errno values of the modelled host (FreeBSD), from
 *    kern_errno.h, returned style(9)-fashion: `return (error);`. They become
 *    Linux numbers only where a result crosses into the emulated program
 *    (the syscall exit path, with the generated errno table). Nothing in
 *    runtime/kern includes <errno.h>.
 *  - "User" addresses are addresses in the emulated program's address space.
 *    They are never dereferenced directly: copyin/copyout and the fueword,
 *    suword, casueword and futex_*l families are the only way in, and each
 *    fails with EFAULT (or -1, as FreeBSD's do) instead of crashing.
 *  - The emulated architecture is the architecture the runtime is compiled
 *    for: amd64 natively, i386 with -m32 (as FreeBSD's i386 kernel runs i386
 *    Linux binaries). <machine> facts come from trapframe.h.
 *  - Sleeping is blocking, as in a kernel: a thread that sleeps in the
 *    runtime blocks its host thread. Hosts give every emulated thread a host
 *    thread of its own.
 */
#ifndef _KERN_API_H_
#define _KERN_API_H_

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>		/* register_t, pid_t: same widths as FreeBSD's */

#include "kern_errno.h"		/* host (FreeBSD) errno values */
#include "trapframe.h"		/* struct trapframe of the compiled arch */
#include "kern_host.h"		/* host: struct kmutex storage */

#ifndef __printflike
#define	__printflike(fmt, va)	__attribute__((__format__(__printf__, fmt, va)))
#endif

typedef int32_t lwpid_t;	/* thread id, as FreeBSD's */

struct linux_emuldata;		/* per thread, owned by runtime/kern */
struct linux_pemuldata;		/* per process (thread group), runtime/kern */

/*
 * Threads and processes.
 *
 * A struct thread is one emulated Linux task; a struct proc is what the host
 * considers one process. The host allocates both and fills the fields marked
 * (h); runtime/kern owns the fields marked (k) and the emulation data they
 * point to. FreeBSD: struct thread / struct proc with td_emuldata and
 * p_emuldata.
 */
struct thread {
	struct proc		*td_proc;	/* (h) owning process */
	lwpid_t			 td_tid;	/* (h) host thread id */
	struct trapframe	*td_frame;	/* (h) user registers at entry */
	register_t		 td_retval[2];	/* (k) syscall return values */
	struct linux_emuldata	*td_emuldata;	/* (k) per-thread emulation data */
	void			*td_host;	/* (h) host private */
};

struct proc {
	pid_t			 p_pid;		/* (h) host process id */
	struct linux_pemuldata	*p_emuldata;	/* (k) per-process emulation data */
	void			*p_host;	/* (h) host private */
};

/* The thread executing the current system call. FreeBSD: curthread. */
struct thread	*kern_curthread(void);
#define	curthread	(kern_curthread())

/*
 * Find a thread by thread id, in any process (Linux thread ids are one
 * namespace); NULL if there is none. The thread returned is held: its
 * struct thread (and the emulation data it points to) stays allocated,
 * though the thread may be exiting, until kern_tdrele(). Do not sleep
 * while holding it. FreeBSD: tdfind(tid, -1), which returns with the
 * process locked; kern_tdrele() is PROC_UNLOCK(td->td_proc).
 */
struct thread	*kern_tdfind(lwpid_t tid);
void		 kern_tdrele(struct thread *td);

/*
 * Memory. FreeBSD: malloc(9) with M_WAITOK (never fails) and M_ZERO.
 */
#define	KM_ZERO		0x0001
void	*kern_malloc(size_t size, int flags);
void	 kern_free(void *p);

/*
 * Mutexes. Not recursive; may be held across kern_msleep() only as its
 * interlock. FreeBSD: mtx(9), MTX_DEF. struct kmutex is defined by the host
 * in kern_host.h.
 */
#define	KA_OWNED	1
#define	KA_NOTOWNED	2
void	kmtx_init(struct kmutex *m, const char *name);
void	kmtx_destroy(struct kmutex *m);
void	kmtx_lock(struct kmutex *m);
void	kmtx_unlock(struct kmutex *m);
/* Panics (host: abort with a message) when the assertion fails. */
void	kmtx_assert(struct kmutex *m, int what);

/*
 * Sleep and wakeup. FreeBSD: msleep_sbt(9) / wakeup(9) / wakeup_one(9) on
 * the sleep queue of an arbitrary channel address.
 *
 * kern_msleep() must be called with `m` held; it releases `m` atomically
 * with going to sleep (a wakeup issued by a thread that acquired `m` after
 * us is never lost) and holds `m` again when it returns:
 *   0            woken by kern_wakeup()/kern_wakeup_one() on `chan`
 *   EWOULDBLOCK  the deadline passed (FreeBSD's msleep answers the same)
 *   EINTR        interrupted by a signal (only with KSLEEP_CATCH) whose
 *                handler does not ask for restart
 *   ERESTART     interrupted by a signal (only with KSLEEP_CATCH) that may
 *                restart the call (SA_RESTART): the syscall path decides
 * Spurious returns of 0 are allowed; callers re-check their condition.
 */
#define	KSLEEP_CATCH	0x0001	/* interruptible by signals: FreeBSD PCATCH */

#define	KCLOCK_MONOTONIC	1
#define	KCLOCK_REALTIME		2

struct ktimeout {
	int	kt_clock;		/* KCLOCK_* the deadline is measured on */
	int64_t	kt_deadline_ns;		/* absolute, nanoseconds since the
					   clock's epoch */
};

int	kern_msleep(const void *chan, struct kmutex *m, int flags,
	    const char *wmesg, const struct ktimeout *deadline);
void	kern_wakeup(const void *chan);
void	kern_wakeup_one(const void *chan);
/* Current time of a KCLOCK_* clock in nanoseconds. FreeBSD: nanotime(9). */
int64_t	kern_clock_ns(int clock);

/*
 * User memory. FreeBSD: copyin(9), copyout(9), copyinstr(9), fueword32(9),
 * suword32(9), casueword32(9) and the machine-dependent futex_*l() helpers
 * of sys/compat/linux. The futex helpers atomically apply an operation to
 * the user word, store the previous value in *oldval and return 0, or
 * return EFAULT.
 */
int	copyin(const void *uaddr, void *kaddr, size_t len);
int	copyout(const void *kaddr, void *uaddr, size_t len);
int	copyinstr(const void *uaddr, void *kaddr, size_t len, size_t *done);
int	fueword32(volatile const void *uaddr, int32_t *val);	/* 0 or -1 */
int	suword32(volatile void *uaddr, int32_t val);		/* 0 or -1 */
/* 0: swapped; 1: *oldvalp != oldval, nothing stored; -1: fault. */
int	casueword32(volatile uint32_t *uaddr, uint32_t oldval,
	    uint32_t *oldvalp, uint32_t newval);
int	futex_xchgl(int oparg, uint32_t *uaddr, int *oldval);
int	futex_addl(int oparg, uint32_t *uaddr, int *oldval);
int	futex_orl(int oparg, uint32_t *uaddr, int *oldval);
int	futex_andl(int oparg, uint32_t *uaddr, int *oldval);
int	futex_xorl(int oparg, uint32_t *uaddr, int *oldval);

/*
 * User accesses made while a kmutex is held must not sleep to resolve a
 * page fault. Between kern_nofault_enter() and kern_nofault_exit() the
 * user-memory functions above fail (EFAULT or -1) where they would have
 * had to sleep; the caller then drops its locks, touches the memory again
 * outside them (which resolves the fault or fails for good) and retries.
 * Calls nest; pass kern_nofault_exit() what the matching enter returned.
 * FreeBSD: vm_fault_disable_pagefaults()/vm_fault_enable_pagefaults()
 * (Linux: pagefault_disable()).
 */
int	kern_nofault_enter(void);
void	kern_nofault_exit(int saved);

/*
 * Logging. kern_log_once() prints at most once per process for each `key`
 * (the emulation layer's "report once per process, by name" policy for
 * unimplemented syscalls, ioctls and operations). FreeBSD: linux_msg().
 */
void	kern_log(struct thread *td, const char *fmt, ...) __printflike(2, 3);
void	kern_log_once(struct thread *td, const char *key,
	    const char *fmt, ...) __printflike(3, 4);

/*
 * Boot-time configuration. kern_ncpus() is the number of CPUs the host
 * may run emulated threads on (FreeBSD: mp_ncpus). kern_tunable_int()
 * returns the integer the administrator set for the tunable `name`
 * ("compat.linux.futex_hash_size"), or `dflt` when it is not set or not
 * an integer (FreeBSD: TUNABLE_INT_FETCH(9), from the loader's kenv).
 * Hosts on Linux read the environment variable KENV_<name with dots as
 * underscores>: KENV_compat_linux_futex_hash_size.
 */
int	kern_ncpus(void);
int	kern_tunable_int(const char *name, int dflt);

/*
 * The host's identity as the thread sees it, for the emulation's uname:
 * the node (host) name and the NIS domain name of the thread's namespace
 * or jail, the first line of the host kernel's version string, and the
 * host's machine name in its own terms ("x86_64" on Linux, "amd64" or
 * "i386" on FreeBSD). NUL-terminated, truncated to KUTS_LEN - 1 bytes. The
 * system name and release a Linux program sees are the emulation's
 * (linux_newuname: "Linux" and linux_kernver()), not the host's.
 * FreeBSD: getcredhostname(td->td_ucred), getcreddomainname(td->td_ucred),
 * `version` up to its first newline, MACHINE.
 */
#define	KUTS_LEN	65
struct kutsname {
	char	ku_nodename[KUTS_LEN];
	char	ku_domainname[KUTS_LEN];
	char	ku_version[KUTS_LEN];
	char	ku_machine[KUTS_LEN];
};
void	kern_host_utsname(struct thread *td, struct kutsname *ku);

/* Panic: an invariant of the runtime was broken. FreeBSD: panic(9). */
void	kern_panic(const char *fmt, ...) __printflike(1, 2)
	    __attribute__((__noreturn__));

#define	KASSERT(exp, msg) do {						\
	if (__builtin_expect(!(exp), 0))				\
		kern_panic msg;						\
} while (0)

/*
 * Further parts of the API live beside this file, one per subsystem, each
 * added by the subsystem that first needs it and documented the same way
 * (which FreeBSD primitive implements each function): kern_api_signal.h
 * (signal state and delivery), kern_api_proc.h (creating and ending
 * threads and processes), kern_api_vm.h (address spaces and the keys of
 * shared futexes), kern_api_file.h (descriptors backed by runtime objects).
 */

#endif /* !_KERN_API_H_ */
