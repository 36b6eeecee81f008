/*
 * inproc.h — the in-process host: runtime/kern's kernel API implemented
 * inside one ordinary Linux process, for tests and benchmarks.
 *
 * Emulated processes are bookkeeping (struct proc); emulated threads are
 * the pthreads of the calling process that attach to one. "User memory" is
 * this process's memory: user addresses are real addresses, and the user
 * memory functions are fault-safe (an unmapped or read-only address gives
 * EFAULT, not SIGSEGV). The emulated program is the test itself: it "makes
 * a system call" with inproc_syscall(), which fills a struct trapframe the
 * way the CPU and the Linux entry code would and enters the runtime through
 * its one syscall entry point, linux_syscall().
 *
 * See docs/runtime-host.md for the design and its limits.
 */
#ifndef _INPROC_H_
#define _INPROC_H_

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "kern_api.h"

/* Idempotent; every other inproc_* function calls it as needed. */
void	inproc_init(void);

/*
 * Processes. A new process has an address space of its own (its private
 * futexes are distinct from everyone else's, though the memory is of
 * course this process's); inproc_proc_create_vmshare() makes one that
 * shares `parent`'s, as clone(CLONE_VM) without CLONE_THREAD does. The pid
 * is the tid of the first thread attached, as in Linux; until then it is 0.
 * A process is destroyed when its last thread detaches, or by
 * inproc_proc_destroy() if no thread ever attached.
 */
struct proc	*inproc_proc_create(void);
struct proc	*inproc_proc_create_vmshare(struct proc *parent);
void		 inproc_proc_destroy(struct proc *p);

/*
 * Threads. inproc_thread_attach() makes the calling pthread an emulated
 * thread of p (td_tid is its real gettid(), so futex words holding thread
 * ids mean the same thing to the emulation and to the real kernel) and
 * makes it curthread. inproc_thread_detach() undoes that; it waits until
 * no kern_tdfind() hold remains and frees the struct thread. A pthread can
 * be attached to one process at a time.
 *
 * inproc_set_thread_hooks() names functions run at the end of attach and
 * at the start of detach, on the thread itself: where runtime/kern sets up
 * and tears down its per-thread emulation data (td_emuldata) and runs its
 * thread-exit path (robust futexes, clear_child_tid). NULL: none.
 */
struct thread	*inproc_thread_attach(struct proc *p);
void		 inproc_thread_detach(void);
void		 inproc_set_thread_hooks(void (*attach)(struct thread *td),
		    void (*detach)(struct thread *td));
/*
 * A function run by detach once the thread can no longer be found or
 * held (kern_tdfind()), just before its struct thread is freed: where the
 * runtime frees td_emuldata. NULL: none.
 */
void		 inproc_set_thread_dtor_hook(void (*dtor)(struct thread *td));
struct thread	*inproc_curthread(void);		/* NULL if unattached */

/*
 * Run fn(arg) on a new pthread attached to p; inproc_thread_join() returns
 * what fn returned. The thread attaches before spawn returns and detaches
 * when fn returns, so inproc_spawned_thread() is valid in between. The
 * pthread's stack is `stack_size` bytes (0: the default), which lets stress
 * tests run hundreds of threads.
 */
struct inproc_spawned;
struct inproc_spawned *inproc_thread_spawn(struct proc *p,
	    long (*fn)(void *arg), void *arg, size_t stack_size);
struct thread	*inproc_spawned_thread(struct inproc_spawned *s);
long		 inproc_thread_join(struct inproc_spawned *s);

/*
 * Sleep observation, for handshakes in tests ("wait until the thread is
 * asleep in the runtime"): whether td is blocked in kern_msleep() right
 * now, and on what wmesg. Also counts every kern_msleep() entry, so a test
 * can wait for "has slept at least N times".
 */
bool		 inproc_thread_sleeping(struct thread *td, const char **wmesg);
uint64_t	 inproc_thread_sleep_count(struct thread *td);
/* Spin-yield until td sleeps (with wmesg if non-NULL); no time limit. */
void		 inproc_wait_until_sleeping(struct thread *td,
		    const char *wmesg);

/*
 * Signals, as far as sleeping is concerned.
 *
 * A sleep with KSLEEP_CATCH ends early when the thread has a signal that
 * must interrupt it. The host learns that by calling a signal check
 * function: on entering such a sleep and each time the thread is kicked.
 * It returns 0 (no such signal), EINTR (a handler without SA_RESTART) or
 * ERESTART (restartable). The default check consumes the interruption a
 * test posted with inproc_thread_interrupt() — one-shot, as if the signal
 * were delivered on the way out of the interrupted call.
 *
 * The signal subsystem connects real signal state by installing its own
 * check (which must not sleep and may take its own locks; it is called
 * with no host lock held) and by calling inproc_thread_kick(td) after it
 * makes a signal pending for td, so that a sleeping td re-checks.
 * FreeBSD: the PCATCH part of sleepq_catch_signals() and, for the kick,
 * tdsignal() -> sleepq_abort().
 */
typedef int	inproc_sigcheck_t(struct thread *td);
void		 inproc_set_signal_check(inproc_sigcheck_t *check);
void		 inproc_thread_kick(struct thread *td);
/* how: EINTR or ERESTART. The default check's interruption source. */
void		 inproc_thread_interrupt(struct thread *td, int how);

/*
 * Shared memory. The in-process host cannot see which of its mappings are
 * shared; a test declares one: [addr, addr + len) is bytes [offset, offset
 * + len) of shared object `object` (any nonzero id). Shared futexes on it
 * get object keys, so two ranges declared as the same object (for example
 * a memfd mapped twice) hold the same futexes. Undeclared memory gets
 * anonymous keys of the calling thread's address space.
 */
void		 inproc_vm_declare_shared(void *addr, size_t len,
		    uint64_t object, uint64_t offset);
void		 inproc_vm_forget_shared(void *addr);

/*
 * The emulated program's system call: builds a trapframe as the CPU and
 * Linux's entry code would (number in eax/rax, arguments in the
 * architecture's registers) and enters linux_syscall(). Returns what the
 * program would find in eax/rax: the result, or -errno with Linux's errno
 * numbers. A restartable interruption (ERESTART) is restarted here, as the
 * instruction would be re-executed. The calling pthread must be attached.
 */
long	inproc_syscall(long number, long a0, long a1, long a2, long a3,
	    long a4, long a5);
/*
 * One pass through the entry point with a frame the caller built: sets
 * td_frame, calls linux_syscall() and returns its host error (0, an errno,
 * ERESTART or EJUSTRETURN) with *tf updated as the exit path left it. For
 * tests of the syscall path itself.
 */
int	inproc_syscall_frame(struct trapframe *tf);

/*
 * Files of runtime/kern (kern_api_file.h). The in-process host has no
 * descriptor table of its own: a runtime file is a real eventfd of this
 * process, which becomes readable when the runtime calls kfile_wakeup(), so
 * tests poll(2) it directly. The emulated program's close(2) of such a
 * descriptor is inproc_file_close() (EBADF if fd is not a runtime file).
 *
 * kfile_sigio() sends the owner's signal with kern_kill() (si_code
 * POLL_IN, si_band, si_fd), so it becomes pending in the host's signal
 * state; the host also counts the requests, for tests.
 */
int		 inproc_file_close(int fd);
/* Signals requested for fd so far; *sig and *band of the last (host
   signal number, poll bits). -1 if fd is not a runtime file. */
int		 inproc_file_sigio(int fd, int *sig, int *band);

/*
 * Messages from kern_log() and kern_log_once(). By default they go to
 * stderr; a test may capture them instead (hook NULL: back to stderr).
 */
typedef void	inproc_log_hook_t(struct thread *td, const char *msg);
void		 inproc_set_log_hook(inproc_log_hook_t *hook);

#endif /* !_INPROC_H_ */
