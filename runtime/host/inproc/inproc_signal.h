/*
 * inproc_signal.h — the in-process host's signal state: what it adds to
 * kern_api_signal.h for the rest of the in-process host (its sleep code)
 * and for tests and benchmarks.
 *
 * Emulated threads are pthreads calling into runtime/kern; there is no
 * real user mode to return to, so the "return to user mode" at which a
 * kernel delivers signals is inproc_signal_deliver(), called by whoever
 * plays the thread's user side (a test, the benchmark, a syscall loop).
 *
 * State is kept beside struct thread / struct proc, found by their
 * address, created on first use; one mutex guards all of it (the host is
 * for tests: simple beats fast).
 */
#ifndef _INPROC_SIGNAL_H_
#define _INPROC_SIGNAL_H_

#include "kern_api_signal.h"

/*
 * The sleep code's signal check (inproc.h: inproc_set_signal_check()),
 * installed when signal state first exists: what a KSLEEP_CATCH sleeper
 * of td must return because of signals — 0 (keep sleeping), EINTR, or
 * ERESTART when the signal that would be acted on is caught with
 * KSA_RESTART (FreeBSD's rule in sleepq_catch_signals()). Ignored and
 * blocked signals never interrupt; each posted signal interrupts one
 * sleep, and stays pending for inproc_signal_deliver().
 */
int	inproc_signal_interrupt(struct thread *td);

/*
 * Fork and thread creation: the new thread starts with its creator's
 * blocked mask; a new process (newproc) gets a copy of the dispositions,
 * and no sigaltstack unless `keep_altstack` (Linux keeps it across fork
 * and vfork, drops it for a thread sharing the address space).
 */
void	inproc_signal_fork(struct thread *parent, struct thread *child,
	    bool newproc, bool keep_altstack);

/*
 * Return to user mode: deliver one pending signal the thread does not
 * block, following the contract of kern_api_signal.h. Returns the host
 * signal delivered to a handler, 0 when none was pending (ignored ones are
 * discarded on the way), or -sig when the signal's default action would
 * end the process (the in-process host records it, see
 * inproc_signal_exitsig(), and does not kill anything).
 */
int	inproc_signal_deliver(struct thread *td);
int	inproc_signal_exitsig(struct proc *p);

/*
 * Whether td is waiting in kern_sigsuspend() or kern_sigtimedwait() right
 * now: for handshakes in tests ("send once the thread waits").
 */
bool	inproc_signal_waiting(struct thread *td);

/* Optional explicit life cycle (otherwise created on first use). */
void	inproc_signal_thread_init(struct thread *td);
void	inproc_signal_thread_fini(struct thread *td);
void	inproc_signal_proc_fini(struct proc *p);

/*
 * Per-process ABI hooks: the sendsig vector (default linux_ksigvec) and
 * the return trampolines kern_sigtramp() reports (default none).
 */
void	inproc_signal_set_sysvec(struct proc *p, const struct ksigvec *sv);
void	inproc_signal_set_sigtramp(struct proc *p, uintptr_t sigreturn,
	    uintptr_t rt_sigreturn);

/* What a test may want to set: the thread's last trap. */
void	inproc_signal_set_trapinfo(struct thread *td,
	    const struct ktrapinfo *ti);

/*
 * The FP image a thread starts with: the CPU's initial state (FCW 0x37f,
 * MXCSR 0x1f80, all components in their initial configuration), in the
 * layout kern_fpu_info() describes.
 */
void	inproc_fpu_initial_image(void *buf, size_t len);

#endif /* !_INPROC_SIGNAL_H_ */
