/*
 * tracer.h — private interface of the tracer host (runtime/host/tracer), the
 * implementation of the kernel API behind lxrun.
 *
 * READ THIS FIRST
 *
 * Emulated threads are real Linux tasks of the traced program. A seccomp
 * filter stops a task at the syscalls the runtime emulates
 * (PTRACE_EVENT_SECCOMP); everything else runs natively. One Linux thread of
 * lxrun, the "ptrace thread", is the tracer of every task: Linux accepts
 * ptrace requests for a task only from the thread that attached it, so every
 * request is issued from this one thread.
 *
 * Each emulated thread gets a host thread of its own as kern_api.h demands,
 * but host threads are coroutines (tr_coro) scheduled by the ptrace thread,
 * not pthreads. A handler that sleeps in kern_msleep() switches back to the
 * scheduler, which keeps waiting for ptrace events and running the other
 * coroutines. Why not one pthread per emulated thread: every ptrace request
 * of a worker would have to be handed to the ptrace thread and back, two
 * extra context switches per trapped call on top of the two the trap costs,
 * which is most of the budget of a pinned futex ping-pong (docs/lxrun.md has
 * the measurement). With coroutines a trapped call costs the tracee→tracer
 * →tracee switches and nothing else, and the host's own tables need no locks.
 *
 * Consequences the rest of the host relies on:
 *  - Only coroutines run runtime code (kern_curthread() is the running
 *    coroutine's thread). The scheduler loop itself never calls into
 *    runtime/kern: it turns ptrace events into mailbox entries of the
 *    thread's coroutine and makes it runnable.
 *  - A coroutine yields only in tr_block(): in kern_msleep(), in kmtx_lock()
 *    on a held mutex, and while waiting for its task to stop (injected code,
 *    native syscalls). kmtx is therefore a coroutine lock: a mutex may be held
 *    across an injected atomic operation (futex WAKE_OP does so), and another
 *    coroutine that wants it must yield, not block the ptrace thread.
 *
 * Task stop states. A task is either running (tr_thread.stopped false) or in
 * one ptrace stop that the thread's coroutine owns and ends with exactly one
 * resume request (tr_resume()). Events (waitpid statuses) arrive in the
 * thread's mailbox; a coroutine waits for the next with tr_wait_stop().
 */
#ifndef _TRACER_H_
#define _TRACER_H_

#include <stdbool.h>
#include <stdint.h>
#include <sys/queue.h>
#include <signal.h>
#include <sys/types.h>

#include "kern_api.h"

struct tr_proc;

/* One host thread: a coroutine with its own stack. */
struct tr_coro {
	void		*co_sp;		/* saved stack pointer (tr_ctx.S) */
	void		*co_stack;
	size_t		 co_stack_size;
	void		(*co_fn)(void *);
	void		*co_arg;
	bool		 co_done;
	void		*co_san_fake_stack;	/* ASan fiber bookkeeping */
	void		*co_tsan_fiber;		/* TSan fiber */
};

/* What a waitpid status says about a task. */
enum tr_stop_kind {
	TR_EV_SECCOMP,		/* PTRACE_EVENT_SECCOMP: trapped syscall entry */
	TR_EV_SYSCALL,		/* syscall-entry or -exit stop (PTRACE_SYSCALL) */
	TR_EV_SIGNAL,		/* signal-delivery-stop */
	TR_EV_GROUP_STOP,	/* group-stop (PTRACE_EVENT_STOP + stop signal) */
	TR_EV_STOP,		/* PTRACE_EVENT_STOP: attach, interrupt */
	TR_EV_CLONE,		/* PTRACE_EVENT_CLONE/FORK/VFORK */
	TR_EV_VFORK_DONE,
	TR_EV_EXEC,
	TR_EV_EXIT,		/* PTRACE_EVENT_EXIT: about to die */
	TR_EV_GONE,		/* exited or killed: no longer a task */
	TR_EV_NOTIF,		/* a seccomp notification (tt_notif_req): the
				   task waits in the kernel, not stopped */
};

struct tr_event {
	enum tr_stop_kind	 ev_kind;
	int			 ev_status;	/* raw waitpid status */
	int			 ev_sig;	/* TR_EV_SIGNAL, GROUP_STOP */
	int			 ev_event;	/* PTRACE_EVENT_* or 0 */
};

#define	TR_MAILBOX	8

/* How long an interruptible sleep lasts before its task is parked. */
#define	TR_PARK_DELAY_NS	(1000 * 1000)

enum tr_sleep_state {
	TR_AWAKE,
	TR_SLEEPING,		/* in kern_msleep() on tt_wchan */
};

#if defined(__x86_64__)
typedef uint64_t tr_reg_t;
#else
typedef uint32_t tr_reg_t;
#endif

/* A seccomp user notification (tr_listen.c): a call that waits in the
   kernel for the tracer's answer. */
struct tr_notif {
	uint64_t	tn_id;
	pid_t		tn_tid;
	int		tn_nr;
	uint32_t	tn_arch;
	uint64_t	tn_ip;
	uint64_t	tn_args[6];
};

struct tr_thread {
	struct thread		 tt_td;		/* what runtime/kern sees */
	struct trapframe	 tt_frame;	/* tt_td.td_frame */
	bool			 tt_frame_full;	/* all of tt_frame is the task's
						   (else partial: tr_frame.c) */
	tr_reg_t		 tt_entry[8];	/* a partial frame's fields as
						   loaded */
	pid_t			 tt_tid;
	struct tr_proc		*tt_proc;
	struct tr_coro		 tt_coro;

	/* ptrace state: owned by the coroutine. */
	bool			 tt_stopped;	/* in a ptrace stop */
	struct tr_event		 tt_stop;	/* the stop it is in */
	bool			 tt_parked;	/* running a native blocking
						   syscall while its coroutine
						   sleeps (see tr_sleep.c) */
	bool			 tt_gone;	/* task no longer exists */
	bool			 tt_exiting;	/* PTRACE_EVENT_EXIT seen */
	bool			 tt_released;	/* new child: parent set it up */
	bool			 tt_in_syscall;	/* coroutine is handling a
						   trapped syscall */
	bool			 tt_passthrough; /* let it run natively */
	bool			 tt_exit_done;	/* sv_thread_exit called */
	pid_t			 tt_last_child;	/* from the last clone event */
	bool			 tt_exec_pending; /* stub page after execve */
	bool			 tt_host_clone;	/* kern_fork/kern_thread_create
						   in progress: children wait
						   for kern_thread_run() */
	bool			 tt_start_frame; /* apply tt_frame at start */
	bool			 tt_ended;	/* the emulation's exit done;
						   the task only has to die */
	int			 tt_holds;	/* kern_tdfind() holds */
	bool			 tt_vfork_done;	/* kern_fork_ppwait() */
	/* Seccomp notifications (tr_listen.c, tr_thread.c). */
	struct tr_notif		 tt_notif_req;	/* the one being answered */
	bool			 tt_notif;	/* answering it: the task waits
						   in the kernel */
	bool			 tt_notif_dead;	/* ... and has left that wait
						   (a stop was reported) */
	bool			 tt_notif_patch; /* the answer did not reach the
						   task: ax at its next stop */
	tr_reg_t		 tt_notif_ret;
	/* The last hardware trap that raised a signal (tr_trapinfo.c):
	   kern_thread_trapinfo(). */
	bool			 tt_at_signal_stop; /* sv_signal called at the
						   signal's own delivery stop */
	uint32_t		 tt_trapno;
	uintptr_t		 tt_trap_err;
	uintptr_t		 tt_trap_addr;
	struct tr_sigthread	*tt_sig;	/* tr_signal.c, lazily */
	uint64_t		 tt_tls_applied[3]; /* i386 TLS descriptors last
						   written to the task's GDT */
	/* A vmchange call between its entry stop and the task's next
	   event (tr_keycache.c): the pages it may be changing. */
	bool			 tt_vmchange;
	struct tr_keycache	*tt_vmcache;
	uintptr_t		 tt_vmrange[2][2];
	LIST_ENTRY(tr_thread)	 tt_vmlink;

	/* Mailbox: events the scheduler received for this task. */
	struct tr_event		 tt_mail[TR_MAILBOX];
	int			 tt_mail_head, tt_mail_count;
	bool			 tt_wants_event; /* blocked in tr_wait_stop() */

	/* Sleep state (kern_msleep). */
	enum tr_sleep_state	 tt_sleep;
	const void		*tt_wchan;
	int			 tt_sleep_result;
	bool			 tt_timed;
	int64_t			 tt_wake_at_ns;	/* CLOCK_MONOTONIC */
	bool			 tt_interruptible;
	bool			 tt_park_queued; /* on the park timer list */
	bool			 tt_park_due;	/* its park timer fired */
	int64_t			 tt_park_at_ns;
	int			 tt_interrupt;	/* EINTR/ERESTART to return */

	/* Signals that arrived while the coroutine could not take them. */
	siginfo_t		 tt_deferred_si[4];
	int			 tt_ndeferred;

	bool			 tt_runnable;
	TAILQ_ENTRY(tr_thread)	 tt_runq;
	TAILQ_ENTRY(tr_thread)	 tt_sleepq;	/* sleepers on one channel */
	TAILQ_ENTRY(tr_thread)	 tt_timerq;	/* timed sleepers by deadline */
	TAILQ_ENTRY(tr_thread)	 tt_parkq;	/* sleepers not parked yet */
	LIST_ENTRY(tr_thread)	 tt_hash;	/* by tid */
	LIST_ENTRY(tr_thread)	 tt_plink;	/* threads of tt_proc */
};

struct tr_logkey;
struct tr_sigthread;
struct tr_sigproc;
struct ksiginfo;

struct tr_proc {
	struct proc		 tp_p;		/* what runtime/kern sees */
	pid_t			 tp_pid;	/* thread group id */
	uintptr_t		 tp_stub;	/* injected code page, or 0 */
	bool			 tp_execed;	/* past the launcher's execve */
	int			 tp_nthreads;
	struct tr_logkey	*tp_logkeys;	/* kern_log_once() keys seen */
	uint64_t		 tp_vmspace;	/* kern_vmspace_id(), 0: unset */
	int			 tp_maps_fd;	/* /proc/.../maps, -1: not open */
	struct tr_keycache	*tp_keycache;	/* shared futex keys, shared by
						   CLONE_VM processes; lazily */
	int			 tp_nlive;	/* threads not tt_ended */
	bool			 tp_exiting;	/* kern_exit1() in progress */
	struct tr_thread	*tp_vfork_parent; /* waits in kern_fork_ppwait */
	int			 tp_exit_signal; /* kern_exit1() by this signal */
	struct tr_sigproc	*tp_sig;	/* tr_signal.c, lazily */
	uintptr_t		 tp_scratch;	/* tr_trapinfo.c: RW memory in
						   the process, or 0 */
	struct kmutex		 tp_capture_lock; /* one capture at a time */
	bool			 tp_sigtramp_known; /* tr_vdso.c: looked up */
	uintptr_t		 tp_sigtramp[2]; /* vDSO sigreturn, rt_sigreturn */
	LIST_HEAD(, tr_thread)	 tp_threads;
	LIST_ENTRY(tr_proc)	 tp_link;
};

#define	TR_THREAD(td)	((struct tr_thread *)(td)->td_host)

/* tr_sched.c: coroutines, run queue, sleep queues, timers. */
void	tr_sched_init(void);
struct tr_thread *tr_current(void);
void	tr_coro_start(struct tr_coro *co, void (*fn)(void *), void *arg);
void	tr_coro_free(struct tr_coro *co);
void	tr_make_runnable(struct tr_thread *t);
void	tr_block(void);
void	tr_run_ready(void);
int64_t	tr_next_deadline(void);		/* CLOCK_MONOTONIC ns, or -1 */
void	tr_fire_timers(int64_t now_ns);
/* Wake every sleeper on chan (all) or the first one, with result `res`. */
int	tr_wakeup_chan(const void *chan, bool all, int res);
/* End t's sleep with `error` (EINTR, ERESTART): only an interruptible
   one unless `force` (its task is dying). */
bool	tr_interrupt_sleep(struct tr_thread *t, int error, bool force);

/* tr_ptrace.c: the event loop and the stop/resume primitives. */
struct tr_thread *tr_thread_lookup(pid_t tid);
struct tr_thread *tr_thread_find_or_adopt(pid_t tid);
struct tr_thread *tr_thread_new(pid_t tid, struct tr_proc *p);
void	tr_thread_retid(struct tr_thread *t, pid_t tid);
struct tr_proc *tr_proc_lookup(pid_t pid);
struct tr_proc *tr_proc_new(pid_t pid);
void	tr_thread_free(struct tr_thread *t);
/* Run until no traced task is left; the root task's wait status. */
int	tr_loop(pid_t root);
bool	tr_mail_pending(const struct tr_thread *t);
/* Coroutine side: wait for the task's next stop; false if it is gone. */
bool	tr_wait_stop(struct tr_thread *t, struct tr_event *ev);
/* Resume a stopped task: PTRACE_CONT / SYSCALL / LISTEN with signal. */
void	tr_resume(struct tr_thread *t, int request, int sig);
int	tr_getregs(struct tr_thread *t, struct trapframe *tf);
int	tr_setregs(struct tr_thread *t, const struct trapframe *tf);
void	tr_defer_signal(struct tr_thread *t, const siginfo_t *si);

/*
 * The host's calls into the emulation, FreeBSD's struct sysentvec in
 * spirit: filled by the program that links the host (lxrun's engine) with
 * the runtime's entry points. Every hook runs in the thread's coroutine.
 */
struct tr_sysvec {
	/* A trapped syscall: the frame holds the registers at entry, `data`
	   the filter's SECCOMP_RET_DATA. Leaves the result in the frame, or
	   calls tr_syscall_native_in_place(). */
	void	(*sv_syscall)(struct tr_thread *t, unsigned data);
	/* Whether the handler of syscall `nr` (with the filter's `data`)
	   reads and writes nothing of the frame but the number, arguments,
	   instruction and stack pointers and the result: it then gets a
	   partial frame (tr_frame.c). NULL: every frame is full. */
	bool	(*sv_args_only)(unsigned nr, unsigned data);
	/* A signal arrived natively (si). Returns the signal the kernel
	   should deliver natively, or 0 if the emulation took it. */
	int	(*sv_signal)(struct tr_thread *t, const siginfo_t *si);
	/* An interruptible sleep is starting or a signal stopped its parked
	   task: 0 to keep sleeping, or EINTR/ERESTART to end the sleep. */
	int	(*sv_sleep_signal)(struct tr_thread *t);
	/* t is stopped on its way back to user mode, tt_frame what it will
	   resume with: deliver signals. `native_syscall`: the stop may be
	   inside an interrupted native syscall. True if the frame changed. */
	bool	(*sv_userret)(struct tr_thread *t, bool native_syscall);
	/* A new task appeared (clone, fork, vfork) and is still stopped. */
	void	(*sv_child)(struct tr_thread *parent, struct tr_thread *child,
		    int event);
	/* The task of t is about to die (PTRACE_EVENT_EXIT) or is gone. */
	void	(*sv_thread_exit)(struct tr_thread *t);
	/* t completed an execve: a fresh image in the same process. */
	void	(*sv_exec)(struct tr_thread *t);
	/* A thread made by kern_fork/kern_thread_create runs for the first
	   time, in its own context (linux_emul_thread_start). */
	void	(*sv_thread_start)(struct tr_thread *t);
	/* The host frees t (linux_emul_thread_dtor). */
	void	(*sv_thread_dtor)(struct tr_thread *t);
	/* Numbers the host needs in Linux's terms to make real syscalls:
	   a host signal as a Linux one, a Linux errno as a host one, a
	   signal the kernel reported as the host's ksiginfo (0, or -1 when
	   it has no host number). */
	int	(*sv_sig_to_linux)(int host_sig);
	int	(*sv_errno_to_host)(int linux_errno);
	int	(*sv_ksiginfo_from_linux)(const siginfo_t *si,
		    struct ksiginfo *ksi);
};
extern struct tr_sysvec tr_sysvec;

/*
 * tr_frame.c: the frame of a trapped syscall. tr_frame_load: all
 * registers (GETREGS). tr_frame_load_syscall: at a seccomp stop, the
 * partial frame and the filter's data (GET_SYSCALL_INFO).
 * tr_frame_full: complete a partial frame before using registers it does
 * not hold. tr_frame_store: write it back. All 0 or ESRCH.
 */
int	tr_frame_load(struct tr_thread *t);
int	tr_frame_load_syscall(struct tr_thread *t, unsigned *data);
int	tr_frame_full(struct tr_thread *t);
int	tr_frame_store(struct tr_thread *t);

/* tr_thread.c: what a host thread does at each stop of its task. */
void	tr_thread_main(void *arg);
/* Run the trapped syscall described by the frame natively where it was
   made; the raw kernel result (negative errno) in *ret. 0 or ESRCH. */
int	tr_syscall_native_in_place(struct tr_thread *t, long *ret);
/* Let the trapped syscall run natively and untouched after the hook.
   After tr_keycache_change_begin() the change ends at the task's next
   event (tr_wait_stop), which comes after the call returned. */
void	tr_syscall_passthrough(struct tr_thread *t);
void	tr_release_child(struct tr_thread *child);
/* The coroutine of t ends for good (its task is gone). */
void	tr_coro_exit(void) __attribute__((__noreturn__));
/* The emulation's side of t has ended: wait, without resuming the task
   into user code, until the task is gone; never returns. */
void	tr_thread_linger(struct tr_thread *t) __attribute__((__noreturn__));
/* The emulation's exit of t, once (sv_thread_exit). */
void	tr_thread_exit_once(struct tr_thread *t);
struct tr_thread *tr_host_exec_thread(pid_t pid);
void	tr_host_proc_fini(struct tr_proc *p);

/*
 * tr_launch.c — the host's only file on the libc side of the errno line:
 * it never includes kern_api.h, whose errno names are FreeBSD's.
 * tr_launch: fork, attach, filter, execve; the child's pid, or -1 with a
 * message on stderr. tr_wait_any: waitpid(-1, __WALL); the pid, 0
 * (interrupted by the deadline timer, or nothing pending when !block) or
 * -1 (no child left). tr_timer_arm: interrupt it at a deadline.
 */
struct sock_fprog;
pid_t	tr_launch(const struct sock_fprog *const *filters, int nfilters,
	    const sigset_t *mask, char *const argv[]);
pid_t	tr_launch_listen(const struct sock_fprog *const *filters,
	    int nfilters, const struct sock_fprog *listen_filter,
	    const sigset_t *mask, char *const argv[], int *listener);
pid_t	tr_wait_any(int *status, bool block);
void	tr_timer_init(void);
void	tr_timer_arm(int64_t deadline_ns);

/*
 * SECCOMP_RET_DATA values of the filters' TRACE verdicts: what the tracer
 * is asked to do with a trapped call. The spec's generated filter uses the
 * same values (templates/lxrun_seccomp.lua).
 */
#define	TR_DATA_DISPATCH	0	/* emulate: through linux_sysent[] */
#define	TR_DATA_UNKNOWN		1	/* not in the spec: log, ENOSYS */
#define	TR_DATA_OBSERVE		3	/* native; seen for --debug and
					   --coverage */
#define	TR_DATA_FOREIGN_ARCH	4	/* other arch's syscall: ENOSYS */
#define	TR_DATA_VMCHANGE	5	/* native, but it may change what
					   backs mapped pages: the key cache
					   needs its entry stop */

/* tr_filter.c: "trace these syscalls with `verdict`" for the compiled
   arch; kern_malloc'ed. tr_filter_futex_notif: the listening filter of
   the hybrid (futex `nr`'s plain waits and wakes to the listener).
   tr_filter_free: either. */
struct sock_fprog *tr_filter_build(const unsigned *nrs, int n,
	    uint32_t verdict);
struct sock_fprog *tr_filter_futex_notif(unsigned nr);
void	tr_filter_free(struct sock_fprog *prog);

/*
 * tr_listen.c (libc side, like tr_launch.c): the listener of seccomp
 * user notifications, -1 when there is none (ptrace alone).
 * tr_listen_start: take the listener tr_launch_listen() got.
 * tr_notif_recv: the next notification (0, or -1: none after all).
 * tr_notif_send: answer with ax = val; -1 if the caller no longer waits.
 * tr_notif_continue: let the call run natively.
 * tr_wait_events: block until a ptrace stop (TR_WAIT_CHLD), a
 * notification (TR_WAIT_NOTIF) or the deadline (0).
 */
extern int tr_listener;
#define	TR_WAIT_CHLD	1
#define	TR_WAIT_NOTIF	2
void	tr_listen_start(int fd);
void	tr_listen_stop(void);
int	tr_notif_recv(struct tr_notif *n);
int	tr_notif_send(uint64_t id, int64_t val);
int	tr_notif_continue(uint64_t id);
int	tr_wait_events(int64_t deadline_ns);

/* Trapped calls answered, by mechanism (--stats). */
struct tr_stats {
	unsigned long	ts_ptrace;	/* seccomp stops dispatched */
	unsigned long	ts_notif;	/* notifications answered */
	unsigned long	ts_notif_lost;	/* ... whose caller was interrupted
					   first */
	/* Shared futex keys (tr_keycache.c). */
	unsigned long	ts_key_hit;	/* answered by the cache */
	unsigned long	ts_key_miss;	/* asked the kernel */
	unsigned long	ts_key_bypass;	/* asked the kernel: a vmchange call
					   was changing the page */
	unsigned long	ts_key_exact;	/* asked the kernel: cache off, or
					   writability needed */
	unsigned long	ts_vm_changes;	/* vmchange calls stopped */
	unsigned long	ts_key_dropped;	/* entries they invalidated */
};
extern struct tr_stats tr_stats;

/* tr_log.c */
#include <stdio.h>
extern FILE *tr_logfile;		/* NULL: stderr */
void	tr_log_forget(struct tr_proc *p);

/*
 * tr_signal.c: the host's signal state and delivery (kern_api_signal.h).
 * tr_sig_userret: deliver to t, stopped on its way to user mode with
 *   tt_frame what it resumes with; true if the frame changed.
 * tr_sig_native: a signal the kernel reported (sv_signal for engines that
 *   link runtime/kern). tr_sig_sleep_check: sv_sleep_signal.
 */
bool	tr_sig_userret(struct tr_thread *t, bool native_syscall);
/* tr_trapinfo.c: t is at the signal-delivery stop of fault `si` (Linux
   terms), tt_frame its registers: record the trap the kernel would write
   into the frame. */
void	tr_trap_capture(struct tr_thread *t, const siginfo_t *si);
void	tr_trap_inherit(struct tr_thread *parent, struct tr_thread *child);
int	tr_sig_native(struct tr_thread *t, const siginfo_t *si);
int	tr_sig_sleep_check(struct tr_thread *t);
void	tr_sig_inherit(struct tr_thread *parent, struct tr_thread *child,
	    bool share_acts);
void	tr_sig_exec(struct tr_thread *t);
void	tr_sig_proc_fini(struct tr_proc *p);
void	tr_sig_thread_fini(struct tr_thread *t);

/* tr_vm.c: the address-space id of kern_vmspace_id(); forget the
   address space of p (execve, exit). */
uint64_t tr_proc_vmspace(struct tr_proc *tp);
void	tr_vm_forget(struct tr_proc *p);

/*
 * tr_keycache.c: page → object of shared mappings, per address space.
 * tr_proc_keycache: p's cache (NULL when disabled: --no-key-cache).
 * tr_keycache_share: a CLONE_VM child uses its parent's. tr_keycache_detach:
 * p leaves its address space (execve, exit). Lookups answer HIT (ki
 * filled), MISS (insert what the kernel says) or BYPASS (a vmchange call
 * is changing the page: ask the kernel, insert nothing).
 * tr_keycache_change_begin/end: t's vmchange call at its entry stop (up
 * to two ranges, address and length; their entries are dropped then) and
 * at the task's next event (tr_wait_stop: any stop, a notification, its
 * death).
 */
#define	TR_KEYCACHE_SLOTS	64
struct tr_keycache;
struct tr_keyinfo {
	uint64_t	ki_dev;
	uint64_t	ki_inode;
	uint64_t	ki_offset;	/* file offset of the address */
};
enum tr_keycache_answer { TR_KEY_HIT, TR_KEY_MISS, TR_KEY_BYPASS };
extern bool tr_keycache_enabled;
struct tr_keycache *tr_proc_keycache(struct tr_proc *p);
void	tr_keycache_share(struct tr_proc *parent, struct tr_proc *child);
void	tr_keycache_detach(struct tr_proc *p);
enum tr_keycache_answer tr_keycache_lookup(struct tr_keycache *kc,
	    uintptr_t addr, struct tr_keyinfo *ki);
void	tr_keycache_insert(struct tr_keycache *kc, uintptr_t addr,
	    const struct tr_keyinfo *ki);
void	tr_keycache_change_begin(struct tr_thread *t,
	    const uintptr_t ranges[2][2], int nranges);
void	tr_keycache_change_end(struct tr_thread *t);

/* tr_uaccess.c: user memory through process_vm_readv/writev. */
int	tr_peek(pid_t pid, const void *uaddr, void *kaddr, size_t len);
int	tr_poke(pid_t pid, void *uaddr, const void *kaddr, size_t len);

/* tr_inject.c: code run by a stopped task on the tracer's behalf. */
int	tr_stub_install(struct tr_thread *t);
/* Run native syscall `nr` with args in the stopped task t; *ret is the
   raw kernel result (negative errno). Returns 0 or EFAULT/ESRCH. */
int	tr_native_syscall(struct tr_thread *t, long nr, const long args[6],
	    long *ret);
/* The same without a trap (tr_inject.c, for tr_trapinfo.c); and where
   the stub's signal handler that captures a sigcontext is (0: none). */
int	tr_native_syscall_quiet(struct tr_thread *t, long nr,
	    const long args[6], long *ret);
uintptr_t tr_stub_capture_addr(const struct tr_proc *p);
/* Parking (tr_inject.c): a sleeping task stays interruptible by signals. */
void	tr_park_begin(struct tr_thread *t);
void	tr_park_end(struct tr_thread *t);
void	tr_park_event(struct tr_thread *t);
int	tr_signal_pending_check(struct tr_thread *t);

/* Registers the host reads and writes, by role, for the compiled arch. */
#if defined(__x86_64__)
#define	TF_NR(tf)	((tf)->tf_orig_rax)
#define	TF_RET(tf)	((tf)->tf_rax)
#define	TF_PC(tf)	((tf)->tf_rip)
#define	TF_SP(tf)	((tf)->tf_rsp)
#define	TF_ARG0(tf)	((tf)->tf_rdi)
#define	TF_ARG1(tf)	((tf)->tf_rsi)
#define	TF_ARG2(tf)	((tf)->tf_rdx)
#define	TF_ARG3(tf)	((tf)->tf_r10)
#define	TF_ARG4(tf)	((tf)->tf_r8)
#define	TF_ARG5(tf)	((tf)->tf_r9)
#else
#define	TF_NR(tf)	((tf)->tf_orig_eax)
#define	TF_RET(tf)	((tf)->tf_eax)
#define	TF_PC(tf)	((tf)->tf_eip)
#define	TF_SP(tf)	((tf)->tf_esp)
#define	TF_ARG0(tf)	((tf)->tf_ebx)
#define	TF_ARG1(tf)	((tf)->tf_ecx)
#define	TF_ARG2(tf)	((tf)->tf_edx)
#define	TF_ARG3(tf)	((tf)->tf_esi)
#define	TF_ARG4(tf)	((tf)->tf_edi)
#define	TF_ARG5(tf)	((tf)->tf_ebp)
#endif
#define	TF_NO_SYSCALL	((tr_reg_t)-1)	/* orig_ax that skips the syscall */

#endif /* !_TRACER_H_ */
