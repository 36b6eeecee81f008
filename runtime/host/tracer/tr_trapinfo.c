/*
 * tr_trapinfo.c — kern_thread_trapinfo() for the tracer host: the trap
 * number, error code and address (cr2) of the last fault that raised a
 * signal in a thread, which Linux writes into every sigcontext.
 *
 * Ptrace does not tell them. The siginfo has the address, and the signal
 * and its code say which trap it was, but not all of the error code: a
 * page fault's write bit, for one, is nowhere else. So the tracer lets the
 * real kernel build a frame for the fault and reads it: at the fault's
 * signal-delivery stop, with the kernel's disposition still SIG_DFL (the
 * program's handlers live in the emulation), it
 *   1. installs the stub's capture handler (tr_stub.S) for that signal in
 *      the kernel, SA_SIGINFO | SA_ONSTACK | SA_NODEFER, and an alternate
 *      stack in scratch memory of its own, so that neither the program's
 *      stack nor its mask is touched;
 *   2. sends the signal again (tgkill) and lets it through: the kernel
 *      writes the frame with the thread's trap number, error code and cr2,
 *      which only traps change, and the handler stops at its int3;
 *   3. reads them from the frame's sigcontext, and puts everything back:
 *      registers, FP state (a handler starts with a clean one), the
 *      kernel's disposition and alternate stack.
 * Every system call of the sequence is run without a trap
 * (tr_native_syscall_quiet), so nothing overwrites the fault's numbers
 * before the kernel writes them. It costs a dozen stops, once per fault,
 * and only when the program has a handler for the signal: otherwise the
 * fault ends the process. One capture at a time per process: the kernel's
 * disposition is the process's.
 *
 * When that cannot be done (no stub page, the scratch memory cannot be
 * mapped) the numbers are derived from the siginfo, as far as it goes.
 *
 * The record is per thread, inherited by new threads and processes and
 * kept across execve, as Linux keeps thread.trap_nr, error_code and cr2.
 */
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/ptrace.h>
#include <sys/uio.h>

#include "tracer.h"

#if __has_include("kern_api_signal.h")
#include "kern_api_signal.h"

/* Linux facts: syscall numbers, flags, and where the sigcontext keeps the
   three words (uapi asm/sigcontext.h, asm/ucontext.h). */
#if defined(__x86_64__)
#define	NR_MMAP			9
#define	NR_RT_SIGACTION		13
#define	NR_SIGALTSTACK		131
#define	NR_TGKILL		234
#define	UC_ERR			(40 + 152)
#define	UC_TRAPNO		(40 + 160)
#define	UC_CR2			(40 + 176)
#define	REG_UC(tf)		((tf)->tf_rdx)
typedef uint64_t ureg_t;
#else
#define	NR_MMAP			192	/* mmap2 */
#define	NR_RT_SIGACTION		174
#define	NR_SIGALTSTACK		186
#define	NR_TGKILL		270
#define	UC_TRAPNO		(20 + 48)
#define	UC_ERR			(20 + 52)
#define	UC_CR2			(20 + 84)
#define	REG_UC(tf)		((tf)->tf_edx)
typedef uint32_t ureg_t;
#endif
#define	L_SA_SIGINFO		0x00000004
#define	L_SA_ONSTACK		0x08000000
#define	L_SA_RESTORER		0x04000000
#define	L_SA_NODEFER		0x40000000
#define	L_SS_DISABLE		2
#define	L_SI_KERNEL		0x80
#define	L_SIGILL		4
#define	L_SIGTRAP		5
#define	L_SIGBUS		7
#define	L_SIGFPE		8
#define	L_SIGSEGV		11
#define	L_SEGV_ACCERR		2
#define	L_SEGV_PKUERR		4
#define	L_FPE_INTDIV		1
#define	L_FPE_INTOVF		2
#define	X86_TRAP_DE		0
#define	X86_TRAP_BP		3
#define	X86_TRAP_OF		4
#define	X86_TRAP_UD		6
#define	X86_TRAP_GP		13
#define	X86_TRAP_PF		14
#define	X86_TRAP_MF		16
#define	X86_PF_PROT		0x1
#define	X86_PF_USER		0x4
#define	X86_PF_PK		0x20
#define	NT_X86_XSTATE		0x202
#define	NT_PRFPREG		2

/* The kernel's struct sigaction and stack_t, in the task's layout. */
struct k_sigaction {
	ureg_t		handler;
	ureg_t		flags;
	ureg_t		restorer;
	uint32_t	mask[2];
};
struct k_stack {
	ureg_t		ss_sp;
	int32_t		ss_flags;
	ureg_t		ss_size;
};

/* Scratch memory: the structures, then the alternate stack (room for
   the largest XSAVE frame this machine could write, several times). */
#define	SCRATCH_SIZE		(256 * 1024)
#define	SCR_ACT			0
#define	SCR_OLDACT		64
#define	SCR_STACK_T		128
#define	SCR_ALTSTACK		4096
#define	TR_FP_MAX		(64 * 1024)

void
kern_thread_trapinfo(struct thread *td, struct ktrapinfo *ti)
{
	struct tr_thread *t = TR_THREAD(td);

	ti->kt_trapno = t->tt_trapno;
	ti->kt_err = t->tt_trap_err;
	ti->kt_addr = t->tt_trap_addr;
}

void
tr_trap_inherit(struct tr_thread *parent, struct tr_thread *child)
{

	child->tt_trapno = parent->tt_trapno;
	child->tt_trap_err = parent->tt_trap_err;
	child->tt_trap_addr = parent->tt_trap_addr;
}

/* The best the siginfo alone can tell (Linux's trap handlers, reversed). */
static void
tr_trap_derive(struct tr_thread *t, const siginfo_t *si)
{

	t->tt_trap_addr = 0;
	t->tt_trap_err = 0;
	switch (si->si_signo) {
	case L_SIGSEGV:
		if (si->si_code == L_SI_KERNEL) {
			t->tt_trapno = X86_TRAP_GP;
			return;
		}
		/* FALLTHROUGH */
	case L_SIGBUS:
		t->tt_trapno = X86_TRAP_PF;
		t->tt_trap_addr = (uintptr_t)si->si_addr;
		t->tt_trap_err = X86_PF_USER;
		if (si->si_code == L_SEGV_ACCERR || si->si_code == L_SEGV_PKUERR)
			t->tt_trap_err |= X86_PF_PROT;
		if (si->si_code == L_SEGV_PKUERR)
			t->tt_trap_err |= X86_PF_PK;
		return;
	case L_SIGILL:
		t->tt_trapno = X86_TRAP_UD;
		return;
	case L_SIGTRAP:
		t->tt_trapno = X86_TRAP_BP;
		return;
	case L_SIGFPE:
		t->tt_trapno = si->si_code == L_FPE_INTDIV ? X86_TRAP_DE :
		    si->si_code == L_FPE_INTOVF ? X86_TRAP_OF : X86_TRAP_MF;
		return;
	}
}

static int
quiet(struct tr_thread *t, long nr, long a0, long a1, long a2, long a3,
    long *ret)
{
	long args[6] = { a0, a1, a2, a3, 0, 0 };

	return (tr_native_syscall_quiet(t, nr, args, ret));
}

/* RW memory of our own in the process, mapped once per image. */
static uintptr_t
tr_scratch(struct tr_thread *t)
{
	struct tr_proc *p = t->tt_proc;
	long ret, args[6] = { 0, SCRATCH_SIZE, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0 };

	if (p->tp_scratch != 0)
		return (p->tp_scratch);
	if (tr_native_syscall_quiet(t, NR_MMAP, args, &ret) != 0 ||
	    (ret < 0 && ret > -4096))
		return (0);
#if defined(__i386__)
	ret = (long)(uint32_t)ret;
#endif
	p->tp_scratch = (uintptr_t)ret;
	return (p->tp_scratch);
}

/* Let the re-sent signal through to the capture handler; read the three
   words from its ucontext. */
static int
tr_trap_deliver(struct tr_thread *t, int sig, uintptr_t handler)
{
	struct trapframe regs;
	struct tr_event ev;
	siginfo_t si;
	ureg_t w[3];
	int delivered = 0;

	tr_resume(t, PTRACE_CONT, 0);
	for (;;) {
		if (!tr_wait_stop(t, &ev))
			return (ESRCH);
		if (ev.ev_kind == TR_EV_GROUP_STOP) {
			tr_resume(t, PTRACE_LISTEN, 0);
			continue;
		}
		if (ev.ev_kind != TR_EV_SIGNAL) {
			tr_resume(t, PTRACE_CONT, 0);
			continue;
		}
		if (ptrace(PTRACE_GETSIGINFO, t->tt_tid, 0, &si) != 0)
			return (ESRCH);
		if (!delivered && si.si_signo == sig) {
			delivered = 1;
			tr_resume(t, PTRACE_CONT, sig);
			continue;
		}
		if (delivered && si.si_signo == L_SIGTRAP &&
		    tr_getregs(t, &regs) == 0 &&
		    (uintptr_t)TF_PC(&regs) > handler &&
		    (uintptr_t)TF_PC(&regs) <= handler + 8)
			break;
		/* Someone else's: the emulation takes it later. */
		tr_defer_signal(t, &si);
		tr_resume(t, PTRACE_CONT, 0);
	}
	if (tr_peek(t->tt_tid, (const void *)((uintptr_t)REG_UC(&regs) +
	    UC_TRAPNO), &w[0], sizeof(w[0])) != 0 ||
	    tr_peek(t->tt_tid, (const void *)((uintptr_t)REG_UC(&regs) +
	    UC_ERR), &w[1], sizeof(w[1])) != 0 ||
	    tr_peek(t->tt_tid, (const void *)((uintptr_t)REG_UC(&regs) +
	    UC_CR2), &w[2], sizeof(w[2])) != 0)
		return (EFAULT);
	t->tt_trapno = (uint32_t)w[0];
	t->tt_trap_err = (uintptr_t)w[1];
	t->tt_trap_addr = (uintptr_t)w[2];
	return (0);
}

static int
tr_fp_regset(struct tr_thread *t, int request, void *buf, size_t *len)
{
	struct iovec iov = { buf, *len };

	if (ptrace(request, t->tt_tid, (void *)NT_X86_XSTATE, &iov) != 0) {
		iov.iov_len = 512;
		if (ptrace(request, t->tt_tid, (void *)NT_PRFPREG, &iov) != 0)
			return (ESRCH);
	}
	*len = iov.iov_len;
	return (0);
}

void
tr_trap_capture(struct tr_thread *t, const siginfo_t *si)
{
	static uint8_t fp[TR_FP_MAX];
	struct tr_proc *p = t->tt_proc;
	struct k_sigaction act;
	struct k_stack ss;
	uintptr_t handler, scr;
	size_t fplen = sizeof(fp);
	long ret;
	int error;

	tr_trap_derive(t, si);
	handler = tr_stub_capture_addr(p);
	if (handler == 0 || !t->tt_stopped || t->tt_notif ||
	    tr_frame_full(t) != 0)
		return;
	kmtx_lock(&p->tp_capture_lock);
	if ((scr = tr_scratch(t)) == 0 ||
	    tr_fp_regset(t, PTRACE_GETREGSET, fp, &fplen) != 0)
		goto out;
	memset(&act, 0, sizeof(act));
	act.handler = (ureg_t)handler;
	act.flags = L_SA_SIGINFO | L_SA_ONSTACK | L_SA_NODEFER | L_SA_RESTORER;
	act.restorer = (ureg_t)handler;
	memset(&ss, 0, sizeof(ss));
	ss.ss_sp = (ureg_t)(scr + SCR_ALTSTACK);
	ss.ss_size = SCRATCH_SIZE - SCR_ALTSTACK;
	if (tr_poke(t->tt_tid, (void *)(scr + SCR_ACT), &act,
	    sizeof(act)) != 0 ||
	    tr_poke(t->tt_tid, (void *)(scr + SCR_STACK_T), &ss,
	    sizeof(ss)) != 0)
		goto out;
	if (quiet(t, NR_RT_SIGACTION, si->si_signo, (long)(scr + SCR_ACT),
	    (long)(scr + SCR_OLDACT), 8, &ret) != 0 || ret != 0)
		goto out;
	error = quiet(t, NR_SIGALTSTACK, (long)(scr + SCR_STACK_T), 0, 0, 0,
	    &ret);
	if (error == 0 && ret == 0)
		error = quiet(t, NR_TGKILL, t->tt_proc->tp_pid, t->tt_tid,
		    si->si_signo, 0, &ret);
	if (error == 0 && ret == 0 && tr_setregs(t, &t->tt_frame) == 0)
		(void)tr_trap_deliver(t, si->si_signo, handler);
	if (t->tt_gone || !t->tt_stopped)
		goto out;
	/* Back as it was: the program's registers, then no alternate stack
	   and the old disposition in the kernel, and the FP state. */
	(void)tr_setregs(t, &t->tt_frame);
	ss.ss_sp = 0;
	ss.ss_flags = L_SS_DISABLE;
	ss.ss_size = 0;
	if (tr_poke(t->tt_tid, (void *)(scr + SCR_STACK_T), &ss,
	    sizeof(ss)) == 0)
		(void)quiet(t, NR_SIGALTSTACK, (long)(scr + SCR_STACK_T), 0, 0,
		    0, &ret);
	(void)quiet(t, NR_RT_SIGACTION, si->si_signo, (long)(scr + SCR_OLDACT),
	    0, 8, &ret);
	(void)tr_fp_regset(t, PTRACE_SETREGSET, fp, &fplen);
out:
	kmtx_unlock(&p->tp_capture_lock);
}
#endif /* kern_api_signal.h */
