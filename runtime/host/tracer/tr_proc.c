/*
 * tr_proc.c — kern_api_proc.h for the tracer host: threads and processes
 * are real Linux tasks, created by a real clone(2) that the creating task
 * executes at its own syscall site, and ended by a real exit or
 * exit_group.
 *
 * Creation. kern_fork() and kern_thread_create() run a bare clone in the
 * caller's task: only the sharing flags, stack and TLS untouched, no
 * SETTID/CLEARTID (runtime/kern does those), no CLONE_VFORK (the host's
 * kern_fork_ppwait() does the waiting). The child is attached by
 * PTRACE_O_TRACECLONE and sits in its first ptrace stop until
 * kern_thread_run(); then its host thread calls linux_emul_thread_start()
 * and loads the registers runtime/kern gave it (stack, FS base) before the
 * task runs a single instruction.
 *
 * Ending. kern_thr_exit() and kern_exit1() run the emulation's exit of the
 * thread in its own context while its task is still stopped in the
 * syscall (so injected atomics still work for robust futexes), and only
 * then let the task execute the real exit. The other threads of an
 * exiting process are interrupted and end themselves first (FreeBSD's
 * thread_single()), as kern_api_proc.h promises.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>

#include "tracer.h"

#if __has_include("kern_api_proc.h")
#include "kern_api_proc.h"

/* Linux clone flags and syscall numbers: facts (tests/fixtures/lxrun). */
#define	L_CLONE_VM		0x00000100ULL
#define	L_CLONE_FS		0x00000200ULL
#define	L_CLONE_FILES		0x00000400ULL
#define	L_CLONE_SIGHAND		0x00000800ULL
#define	L_CLONE_PARENT		0x00008000ULL
#define	L_CLONE_THREAD		0x00010000ULL
#define	L_CLONE_SYSVSEM		0x00040000ULL
#define	L_CLONE_NEWNS		0x00020000ULL
#define	L_CLONE_NEWCGROUP	0x02000000ULL
#define	L_CLONE_NEWUTS		0x04000000ULL
#define	L_CLONE_NEWIPC		0x08000000ULL
#define	L_CLONE_NEWUSER		0x10000000ULL
#define	L_CLONE_NEWPID		0x20000000ULL
#define	L_CLONE_NEWNET		0x40000000ULL
#define	L_CLONE_IO		0x80000000ULL
/* What a Linux clone request may pass on to the real clone besides the
   sharing the rfork flags say. */
#define	L_CLONE_NATIVE_HINTS	(L_CLONE_FS | L_CLONE_SYSVSEM | \
	L_CLONE_PARENT | L_CLONE_IO | L_CLONE_NEWNS | L_CLONE_NEWCGROUP | \
	L_CLONE_NEWUTS | L_CLONE_NEWIPC | L_CLONE_NEWUSER | L_CLONE_NEWPID | \
	L_CLONE_NEWNET)

#if defined(__x86_64__)
#define	NR_CLONE	56
#define	NR_EXIT		60
#define	NR_EXIT_GROUP	231
#define	NR_RT_SIGACTION	13
#else
#define	NR_CLONE	120
#define	NR_EXIT		1
#define	NR_EXIT_GROUP	252
#define	NR_RT_SIGACTION	174
#endif

static int
tr_errno_to_host(long linux_err)
{

	if (tr_sysvec.sv_errno_to_host != NULL)
		return (tr_sysvec.sv_errno_to_host((int)linux_err));
	return (EAGAIN);
}

/*
 * A bare clone(flags) executed by t's task where its trapped syscall was
 * made; the child is adopted, stopped, with a copy of t's registers at
 * entry and 0 in the return register.
 */
static int
tr_native_clone(struct tr_thread *t, uint64_t flags, struct tr_thread **childp)
{
	struct trapframe saved;
	struct trapframe *tf = &t->tt_frame;
	struct tr_thread *child;
	long ret;
	int error;

	/* The child starts with a copy of all of the caller's registers. */
	if (tr_frame_full(t) != 0)
		return (EAGAIN);
	saved = t->tt_frame;
	TF_NR(tf) = NR_CLONE;
	TF_ARG0(tf) = (tr_reg_t)flags;
	TF_ARG1(tf) = 0;	/* stack: the parent's, until the child's
				   registers are loaded at kern_thread_run */
	TF_ARG2(tf) = 0;
	TF_ARG3(tf) = 0;
	TF_ARG4(tf) = 0;
	t->tt_host_clone = true;
	t->tt_last_child = 0;
	error = tr_syscall_native_in_place(t, &ret);
	t->tt_host_clone = false;
	t->tt_frame = saved;
	if (error != 0)
		return (EAGAIN);
	if (ret < 0)
		return (tr_errno_to_host(-ret));
	if ((child = tr_thread_lookup((pid_t)ret)) == NULL)
		child = tr_thread_find_or_adopt((pid_t)ret);
	child->tt_frame = saved;
	TF_RET(&child->tt_frame) = 0;
	TF_NR(&child->tt_frame) = TF_NO_SYSCALL;
	child->tt_start_frame = true;
	tr_trap_inherit(t, child);
	if (child->tt_proc != t->tt_proc) {
		child->tt_proc->tp_stub = t->tt_proc->tp_stub;
		child->tt_proc->tp_scratch = t->tt_proc->tp_scratch;
		child->tt_proc->tp_execed = t->tt_proc->tp_execed;
	}
	*childp = child;
	return (0);
}

int
kern_fork(struct thread *td, const struct kern_fork_req *kf,
    struct thread **newtdp)
{
	struct tr_thread *t = TR_THREAD(td), *child;
	uint64_t flags = 0;
	int error, sig = 0;

	if (kf->kf_rfflags & RFMEM)
		flags |= L_CLONE_VM;
	if (kf->kf_rfflags & RFSIGSHARE)
		flags |= L_CLONE_SIGHAND;
	if (!(kf->kf_rfflags & RFFDG))
		flags |= L_CLONE_FILES;
	flags |= kf->kf_linux_flags & L_CLONE_NATIVE_HINTS;
	if (kf->kf_exitsig != 0 && tr_sysvec.sv_sig_to_linux != NULL)
		sig = tr_sysvec.sv_sig_to_linux(kf->kf_exitsig);
	flags |= (uint64_t)(sig & 0xff);
	if ((error = tr_native_clone(t, flags, &child)) != 0)
		return (error);
	if (kf->kf_rfflags & RFMEM) {
		/* One address space: one id, one cache of futex keys. */
		child->tt_proc->tp_vmspace = tr_proc_vmspace(t->tt_proc);
		tr_keycache_share(t->tt_proc, child->tt_proc);
	}
	if (kf->kf_rfflags & RFPPWAIT) {
		t->tt_vfork_done = false;
		child->tt_proc->tp_vfork_parent = t;
	}
	*newtdp = &child->tt_td;
	return (0);
}

int
kern_thread_create(struct thread *td, struct thread **newtdp)
{
	struct tr_thread *child;
	int error;

	error = tr_native_clone(TR_THREAD(td), L_CLONE_VM | L_CLONE_FS |
	    L_CLONE_FILES | L_CLONE_SIGHAND | L_CLONE_THREAD |
	    L_CLONE_SYSVSEM, &child);
	if (error == 0)
		*newtdp = &child->tt_td;
	return (error);
}

void
kern_thread_run(struct thread *newtd)
{

	tr_release_child(TR_THREAD(newtd));
}

void
kern_fork_ppwait(struct thread *td)
{
	struct tr_thread *t = TR_THREAD(td);

	while (!t->tt_vfork_done && !t->tt_gone && !t->tt_exiting)
		(void)kern_msleep(&t->tt_vfork_done, NULL, 0, "ppwait", NULL);
}

void
kern_proc_ppwait_release(struct proc *child)
{
	struct tr_proc *cp = child->p_host;

	if (cp->tp_vfork_parent != NULL) {
		cp->tp_vfork_parent->tt_vfork_done = true;
		kern_wakeup(&cp->tp_vfork_parent->tt_vfork_done);
		cp->tp_vfork_parent = NULL;
	}
}

pid_t
kern_proc_ppid(struct proc *p)
{
	char path[64], buf[512], *rp;
	FILE *f;
	int ppid = 0;

	snprintf(path, sizeof(path), "/proc/%d/stat", (int)p->p_pid);
	if ((f = fopen(path, "r")) == NULL)
		return (0);
	if (fgets(buf, sizeof(buf), f) != NULL &&
	    (rp = strrchr(buf, ')')) != NULL)
		(void)sscanf(rp + 1, " %*c %d", &ppid);
	fclose(f);
	return ((pid_t)ppid);
}

/*
 * The real clone already made the child a sibling (kern_fork passes
 * CLONE_PARENT on from kf_linux_flags): the kernel's own record is the one
 * getppid and wait see.
 */
void
kern_proc_reparent_sibling(struct proc *child, struct proc *p)
{

	(void)child;
	(void)p;
}

/* Run a native exit or exit_group in t's task; never returns. */
static void __attribute__((__noreturn__))
tr_native_exit(struct tr_thread *t, long nr, int rv)
{
	long ret;

	TF_NR(&t->tt_frame) = (tr_reg_t)nr;
	TF_ARG0(&t->tt_frame) = (tr_reg_t)rv;
	(void)tr_syscall_native_in_place(t, &ret);
	/* The task is gone (or going, if SIGKILLed meanwhile). */
	tr_thread_linger(t);
}

void
kern_thr_exit(struct thread *td)
{
	struct tr_thread *t = TR_THREAD(td);

	if (t->tt_proc->tp_nlive <= 1)
		return;
	tr_thread_exit_once(t);
	tr_native_exit(t, NR_EXIT, 0);
}

/* Make another thread of an exiting process end itself. */
static void
tr_end_other(struct tr_thread *u)
{

	if (u->tt_ended)
		return;
	if (tr_interrupt_sleep(u, EINTR, true))
		return;
	if (!u->tt_stopped)
		(void)ptrace(PTRACE_INTERRUPT, u->tt_tid, 0, 0);
}

void
kern_exit1(struct thread *td, int rv, int signo)
{
	struct tr_thread *t = TR_THREAD(td), *u;
	struct tr_proc *p = t->tt_proc;
	long args[6] = { 0 }, ret;

	p->tp_exiting = true;
	for (;;) {
		LIST_FOREACH(u, &p->tp_threads, tt_plink)
			if (u != t)
				tr_end_other(u);
		if (p->tp_nlive <= (t->tt_ended ? 0 : 1))
			break;
		(void)kern_msleep(&p->tp_nlive, NULL, 0, "exit1", NULL);
	}
	tr_thread_exit_once(t);
	if (signo == 0 || tr_sysvec.sv_sig_to_linux == NULL)
		tr_native_exit(t, NR_EXIT_GROUP, rv);
	/*
	 * Death by a signal: the kernel's default action for it, so that the
	 * parent sees the right status (and a core is dumped where Linux
	 * would). The kernel's disposition must be SIG_DFL: set it from the
	 * task, since a handler the program installed lives in the host, not
	 * in the kernel, but an ignored signal may be inherited.
	 */
	args[0] = tr_sysvec.sv_sig_to_linux(signo);
	{
		/* struct kernel_sigaction, all zero = SIG_DFL, put below the
		   red zone of the task's stack. */
		tr_reg_t zero[4] = { 0, 0, 0, 0 };
		uintptr_t sa = ((uintptr_t)TF_SP(&t->tt_frame) - 512) & ~15UL;

		if (tr_poke(t->tt_tid, (void *)sa, zero, sizeof(zero)) == 0) {
			args[1] = (long)sa;
			args[3] = 8;	/* sigsetsize */
			(void)tr_native_syscall(t, NR_RT_SIGACTION, args,
			    &ret);
		}
	}
	p->tp_exit_signal = (int)args[0];
	(void)tgkill(p->tp_pid, t->tt_tid, (int)args[0]);
	/* The signal is delivered when the task next runs; tr_thread.c lets
	   it through (tp_exit_signal) and the task dies. */
	{
		struct tr_event ev;

		if (t->tt_stopped)
			tr_resume(t, PTRACE_CONT, 0);
		while (tr_wait_stop(t, &ev)) {
			if (ev.ev_kind == TR_EV_SIGNAL &&
			    ev.ev_sig == p->tp_exit_signal)
				tr_resume(t, PTRACE_CONT, ev.ev_sig);
			else if (ev.ev_kind == TR_EV_GROUP_STOP)
				tr_resume(t, PTRACE_LISTEN, 0);
			else
				tr_resume(t, PTRACE_CONT, 0);
		}
	}
	tr_coro_exit();
}

void
kern_userret(struct thread *td)
{
	struct tr_thread *t = TR_THREAD(td);

	if (t->tt_proc->tp_exiting)
		tr_thread_linger(t);
}

#endif /* kern_api_proc.h */

struct thread *
kern_tdfind(lwpid_t tid)
{
	struct tr_thread *t = tr_thread_lookup(tid);

	if (t == NULL)
		return (NULL);
	t->tt_holds++;
	return (&t->tt_td);
}

void
kern_tdrele(struct thread *td)
{

	TR_THREAD(td)->tt_holds--;
}

/* Page faults never sleep here: process_vm_* resolves them itself, and an
   injected atomic may yield with kmutexes held (tracer.h). */
int
kern_nofault_enter(void)
{

	return (0);
}

void
kern_nofault_exit(int saved)
{

	(void)saved;
}
