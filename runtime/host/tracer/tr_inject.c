/*
 * tr_inject.c — making a stopped task run a few instructions for the
 * tracer: atomic read-modify-write on the program's memory (casueword32,
 * futex_*l), native syscalls issued from the tracer, and parking.
 *
 * Why injection. The futex core must update user words atomically while
 * the program's other threads run (FUTEX_WAKE_OP, the robust-list
 * OWNER_DIED update, PI futexes). process_vm_writev is a plain copy, and
 * the tracer cannot map the program's private memory. The task whose
 * syscall is being handled is stopped anyway; we point it at a stub page
 * (tr_stub.S) that does `lock cmpxchg`/`xadd`/`xchg` and then int3, and read
 * the old value from its registers at the SIGTRAP stop. The atomicity is the
 * CPU's own. The cost is one extra stop and resume per operation, measured
 * in docs/lxrun.md.
 *
 * The stub page is mapped into each process after every execve
 * (tr_stub_install): the task executes an mmap through two bytes written
 * over its entry point (PTRACE_POKETEXT), which are then restored.
 */
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "tracer.h"

extern const char tr_stub_code[], tr_stub_code_end[];
extern const char tr_stub_syscall[], tr_stub_cas32[], tr_stub_xchg32[],
    tr_stub_add32[], tr_stub_or32[], tr_stub_and32[], tr_stub_xor32[],
    tr_stub_park[], tr_stub_capture[];

#define	STUB_OFF(sym)	((uintptr_t)((sym) - tr_stub_code))

uintptr_t
tr_stub_capture_addr(const struct tr_proc *p)
{

	return (p->tp_stub == 0 ? 0 : p->tp_stub + STUB_OFF(tr_stub_capture));
}
#define	STUB_PAGE	4096

#if defined(__x86_64__)
#define	NR_MMAP		9
#define	REG_AX(tf)	((tf)->tf_rax)
#define	REG_SI(tf)	((tf)->tf_rsi)
#define	REG_DI(tf)	((tf)->tf_rdi)
#define	SYSCALL_INSN	"\x0f\x05"
#else
#define	NR_MMAP		192	/* mmap2: the i386 mmap with a page offset */
#define	REG_AX(tf)	((tf)->tf_eax)
#define	REG_SI(tf)	((tf)->tf_esi)
#define	REG_DI(tf)	((tf)->tf_edi)
#define	SYSCALL_INSN	"\xcd\x80"
#endif

static void
tr_set_syscall_args(struct trapframe *tf, long nr, const long a[6])
{

	REG_AX(tf) = (tr_reg_t)nr;
	TF_NR(tf) = TF_NO_SYSCALL;
	TF_ARG0(tf) = (tr_reg_t)a[0];
	TF_ARG1(tf) = (tr_reg_t)a[1];
	TF_ARG2(tf) = (tr_reg_t)a[2];
	TF_ARG3(tf) = (tr_reg_t)a[3];
	TF_ARG4(tf) = (tr_reg_t)a[4];
	TF_ARG5(tf) = (tr_reg_t)a[5];
}

/*
 * Resume the task with `regs` and wait until it traps at an int3 inside
 * [lo, hi). Events that are not ours are handled the way the task would
 * want: signals are kept for later, syscalls the stub makes run natively.
 * Returns 0 (regs hold the task's registers at the int3), EFAULT (the stub
 * faulted on the program's address) or ESRCH (the task died).
 */
static int
tr_run_until_trap(struct tr_thread *t, struct trapframe *regs,
    uintptr_t lo, uintptr_t hi)
{
	struct tr_event ev;
	siginfo_t si;
	uintptr_t pc;

	if (tr_setregs(t, regs) != 0)
		return (ESRCH);
	tr_resume(t, PTRACE_CONT, 0);
	for (;;) {
		if (!tr_wait_stop(t, &ev))
			return (ESRCH);
		switch (ev.ev_kind) {
		case TR_EV_SIGNAL:
			if (ptrace(PTRACE_GETSIGINFO, t->tt_tid, 0, &si) != 0)
				memset(&si, 0, sizeof(si));
			if (tr_getregs(t, regs) != 0)
				return (ESRCH);
			pc = (uintptr_t)TF_PC(regs);
			if (ev.ev_sig == SIGTRAP && pc > lo && pc <= hi &&
			    si.si_code == SI_KERNEL)
				return (0);
			if ((ev.ev_sig == SIGSEGV || ev.ev_sig == SIGBUS) &&
			    pc >= lo && pc < hi)
				return (EFAULT);
			tr_defer_signal(t, &si);
			tr_resume(t, PTRACE_CONT, 0);
			break;
		case TR_EV_GROUP_STOP:
			tr_resume(t, PTRACE_LISTEN, 0);
			break;
		case TR_EV_SECCOMP:	/* the stub's syscall: run it */
		default:
			tr_resume(t, PTRACE_CONT, 0);
			break;
		}
	}
}

/*
 * Run stub entry `entry` with the argument registers of `in`; the task's
 * registers at the int3 go to *out. The task's own registers are restored
 * afterwards; it stays stopped.
 */
static int
tr_stub_call(struct tr_thread *t, const char *entry, struct trapframe *io)
{
	struct tr_proc *p = t->tt_proc;
	struct trapframe saved;
	int error;

	if (p->tp_stub == 0 || !t->tt_stopped)
		return (ESRCH);
	if (tr_getregs(t, &saved) != 0)
		return (ESRCH);
	TF_PC(io) = (tr_reg_t)(p->tp_stub + STUB_OFF(entry));
	error = tr_run_until_trap(t, io, p->tp_stub,
	    p->tp_stub + STUB_PAGE);
	if (error != ESRCH && tr_setregs(t, &saved) != 0)
		error = ESRCH;
	return (error);
}

int
tr_native_syscall(struct tr_thread *t, long nr, const long args[6],
    long *ret)
{
	struct trapframe regs;
	int error;

	if (tr_getregs(t, &regs) != 0)
		return (ESRCH);
	tr_set_syscall_args(&regs, nr, args);
	error = tr_stub_call(t, tr_stub_syscall, &regs);
	if (error == 0)
		*ret = (long)(tr_reg_t)REG_AX(&regs);
#if defined(__i386__)
	if (error == 0)
		*ret = (long)(int32_t)REG_AX(&regs);
#endif
	return (error);
}

/*
 * tr_native_syscall without a trap: the task is stopped at the exit of
 * the stub's syscall instruction (PTRACE_SYSCALL) instead of at an int3.
 * A trap leaves its number and error code in the task's thread (what
 * Linux writes into the next signal frame); tr_trapinfo.c runs calls
 * between a fault and the frame that must still show the fault's.
 */
int
tr_native_syscall_quiet(struct tr_thread *t, long nr, const long args[6],
    long *ret)
{
	struct __ptrace_syscall_info info;
	struct trapframe saved, regs;
	struct tr_event ev;
	siginfo_t si;

	if (t->tt_proc->tp_stub == 0 || !t->tt_stopped ||
	    tr_getregs(t, &saved) != 0)
		return (ESRCH);
	regs = saved;
	tr_set_syscall_args(&regs, nr, args);
	TF_PC(&regs) = (tr_reg_t)(t->tt_proc->tp_stub +
	    STUB_OFF(tr_stub_syscall));
	if (tr_setregs(t, &regs) != 0)
		return (ESRCH);
	tr_resume(t, PTRACE_SYSCALL, 0);
	for (;;) {
		if (!tr_wait_stop(t, &ev))
			return (ESRCH);
		switch (ev.ev_kind) {
		case TR_EV_SYSCALL:
			if (ptrace(PTRACE_GET_SYSCALL_INFO, t->tt_tid,
			    sizeof(info), &info) <= 0)
				return (ESRCH);
			if (info.op != PTRACE_SYSCALL_INFO_EXIT) {
				tr_resume(t, PTRACE_SYSCALL, 0);
				break;
			}
			*ret = (long)info.exit.rval;
			return (tr_setregs(t, &saved) != 0 ? ESRCH : 0);
		case TR_EV_SIGNAL:
			if (ptrace(PTRACE_GETSIGINFO, t->tt_tid, 0, &si) == 0)
				tr_defer_signal(t, &si);
			tr_resume(t, PTRACE_SYSCALL, 0);
			break;
		case TR_EV_GROUP_STOP:
			tr_resume(t, PTRACE_LISTEN, 0);
			break;
		default:	/* the seccomp stop of the call: let it run */
			tr_resume(t, PTRACE_SYSCALL, 0);
			break;
		}
	}
}

/*
 * Map the stub page into t's (freshly exec'ed) process. t is stopped at
 * the syscall-exit stop of its execve, on the new image's first
 * instruction. (Not at PTRACE_EVENT_EXEC: the task is still inside execve
 * there, and the syscall's return value would overwrite the registers set
 * for the injected mmap.)
 */
int
tr_stub_install(struct tr_thread *t)
{
	struct tr_proc *p = t->tt_proc;
	struct trapframe saved, regs;
	long word, patched, args[6], page;
	uintptr_t pc;
	char path[64];
	int fd, error;
	ssize_t n;

	p->tp_stub = 0;
	if (tr_getregs(t, &saved) != 0)
		return (ESRCH);
	pc = (uintptr_t)TF_PC(&saved);
	if (tr_peek(t->tt_tid, (const void *)pc, &word, sizeof(word)) != 0)
		return (ESRCH);
	patched = word;
	memcpy(&patched, SYSCALL_INSN "\xcc", 3);
	if (ptrace(PTRACE_POKETEXT, t->tt_tid, (void *)pc,
	    (void *)patched) != 0)
		return (ESRCH);
	regs = saved;
	args[0] = 0;
	args[1] = STUB_PAGE;
	args[2] = PROT_READ | PROT_EXEC;
	args[3] = MAP_PRIVATE | MAP_ANONYMOUS;
	args[4] = -1;
	args[5] = 0;
	tr_set_syscall_args(&regs, NR_MMAP, args);
	error = tr_run_until_trap(t, &regs, pc, pc + 3);
	if (error == ESRCH)
		return (error);
	page = (long)REG_AX(&regs);
#if defined(__i386__)
	page = (long)(uint32_t)REG_AX(&regs);
#endif
	(void)ptrace(PTRACE_POKETEXT, t->tt_tid, (void *)pc, (void *)word);
	if (tr_setregs(t, &saved) != 0)
		return (ESRCH);
	if (error != 0 || (page < 0 && page > -4096))
		return (ENOMEM);
	/* /proc/<pid>/mem writes through the page protection, as a debugger
	   writes breakpoints. */
	snprintf(path, sizeof(path), "/proc/%d/mem", (int)t->tt_tid);
	if ((fd = open(path, O_RDWR | O_CLOEXEC)) < 0)
		return (EIO);
	/* pwrite64: an i386 address above 2 GiB is no valid 32-bit off_t. */
	n = pwrite64(fd, tr_stub_code,
	    (size_t)(tr_stub_code_end - tr_stub_code),
	    (off64_t)(uintptr_t)page);
	close(fd);
	if (n != tr_stub_code_end - tr_stub_code)
		return (EIO);
	p->tp_stub = (uintptr_t)page;
	return (0);
}

/*
 * Atomic operations on the program's memory, run by the current thread's
 * task (stopped in its trapped syscall). When that task no longer exists
 * (exit processing after a death) there is no stopped task of the address
 * space to borrow, and the operation falls back to a read and a write; see
 * docs/lxrun.md ("atomic read-modify-write") for why that is acceptable.
 */
static int
tr_atomic(const char *entry, uint32_t *uaddr, uint32_t operand,
    uint32_t expected, uint32_t *oldval, bool result_in_si)
{
	struct tr_thread *t = tr_current();
	struct trapframe regs;
	int error;

	if (t == NULL)
		kern_panic("atomic user access outside of a host thread");
	/* No stopped task to borrow, and a plain copy is no atomic: the
	   listening filter must not send such calls (tr_filter.c). */
	if (t->tt_notif)
		kern_panic("atomic user access in a call answered by "
		    "notification (syscall %d)", t->tt_notif_req.tn_nr);
	if (t->tt_gone || !t->tt_stopped || t->tt_proc->tp_stub == 0) {
		uint32_t old, new;

		if (copyin(uaddr, &old, sizeof(old)) != 0)
			return (EFAULT);
		if (entry == tr_stub_cas32)
			new = (old == expected) ? operand : old;
		else if (entry == tr_stub_xchg32)
			new = operand;
		else if (entry == tr_stub_add32)
			new = old + operand;
		else if (entry == tr_stub_or32)
			new = old | operand;
		else if (entry == tr_stub_and32)
			new = old & operand;
		else
			new = old ^ operand;
		if (new != old && copyout(&new, uaddr, sizeof(new)) != 0)
			return (EFAULT);
		*oldval = old;
		return (0);
	}
	if (tr_getregs(t, &regs) != 0)
		return (EFAULT);
	REG_DI(&regs) = (tr_reg_t)(uintptr_t)uaddr;
	REG_SI(&regs) = operand;
	REG_AX(&regs) = expected;
	TF_NR(&regs) = TF_NO_SYSCALL;
	error = tr_stub_call(t, entry, &regs);
	if (error != 0)
		return (EFAULT);
	*oldval = (uint32_t)(result_in_si ? REG_SI(&regs) : REG_AX(&regs));
	return (0);
}

int
casueword32(volatile uint32_t *uaddr, uint32_t oldval, uint32_t *oldvalp,
    uint32_t newval)
{

	if (tr_atomic(tr_stub_cas32, (uint32_t *)(uintptr_t)uaddr, newval,
	    oldval, oldvalp, false) != 0)
		return (-1);
	return (*oldvalp == oldval ? 0 : 1);
}

int
futex_xchgl(int oparg, uint32_t *uaddr, int *oldval)
{

	return (tr_atomic(tr_stub_xchg32, uaddr, (uint32_t)oparg, 0,
	    (uint32_t *)oldval, true));
}

int
futex_addl(int oparg, uint32_t *uaddr, int *oldval)
{

	return (tr_atomic(tr_stub_add32, uaddr, (uint32_t)oparg, 0,
	    (uint32_t *)oldval, true));
}

int
futex_orl(int oparg, uint32_t *uaddr, int *oldval)
{

	return (tr_atomic(tr_stub_or32, uaddr, (uint32_t)oparg, 0,
	    (uint32_t *)oldval, false));
}

int
futex_andl(int oparg, uint32_t *uaddr, int *oldval)
{

	return (tr_atomic(tr_stub_and32, uaddr, (uint32_t)oparg, 0,
	    (uint32_t *)oldval, false));
}

int
futex_xorl(int oparg, uint32_t *uaddr, int *oldval)
{

	return (tr_atomic(tr_stub_xor32, uaddr, (uint32_t)oparg, 0,
	    (uint32_t *)oldval, false));
}

/*
 * Parking: while a handler sleeps interruptibly, its task runs pause() in
 * the stub instead of sitting in a ptrace stop, because Linux does not
 * report a signal sent to a task in a ptrace stop until the task is
 * resumed: a thread parked in a futex wait would never see a kill(2) from
 * outside. A signal makes pause() return and the task stop; a wakeup makes
 * the tracer interrupt it (PTRACE_INTERRUPT).
 */
void
tr_park_begin(struct tr_thread *t)
{
	struct trapframe regs;

	if (t->tt_gone || !t->tt_stopped || t->tt_proc->tp_stub == 0)
		return;
	/* The task leaves its registers for the stub's: the whole frame is
	   needed to come back. */
	if (tr_frame_full(t) != 0 || tr_getregs(t, &regs) != 0)
		return;
	TF_PC(&regs) = (tr_reg_t)(t->tt_proc->tp_stub +
	    STUB_OFF(tr_stub_park));
	TF_NR(&regs) = TF_NO_SYSCALL;
	if (tr_setregs(t, &regs) != 0)
		return;
	t->tt_parked = true;
	tr_resume(t, PTRACE_CONT, 0);
}

/*
 * A stop or exit of a sleeping thread's task: a signal or a stop for a
 * parked task, or the death of a task that sleeps in a ptrace stop.
 */
void
tr_park_event(struct tr_thread *t)
{
	struct tr_event ev;
	siginfo_t si;
	int sig, error;

	if (!tr_wait_stop(t, &ev)) {
		t->tt_parked = false;
		tr_interrupt_sleep(t, EINTR, true);
		return;
	}
	switch (ev.ev_kind) {
	case TR_EV_SIGNAL:
		if (ptrace(PTRACE_GETSIGINFO, t->tt_tid, 0, &si) != 0)
			memset(&si, 0, sizeof(si));
		sig = tr_sysvec.sv_signal != NULL ?
		    tr_sysvec.sv_signal(t, &si) : si.si_signo;
		if (sig != 0) {
			/* The kernel's own action (a default action: the
			   emulation installs no handler in the kernel). */
			tr_resume(t, PTRACE_CONT, sig);
			break;
		}
		error = tr_sysvec.sv_sleep_signal != NULL ?
		    tr_sysvec.sv_sleep_signal(t) : 0;
		if (error != 0) {
			/* Stay stopped: the syscall ends from this stop. */
			t->tt_parked = false;
			tr_interrupt_sleep(t, error, false);
		} else
			tr_resume(t, PTRACE_CONT, 0);
		break;
	case TR_EV_GROUP_STOP:
		tr_resume(t, PTRACE_LISTEN, 0);
		break;
	case TR_EV_EXIT:
		t->tt_exiting = true;
		t->tt_parked = false;
		tr_interrupt_sleep(t, EINTR, true);
		break;
	default:
		tr_resume(t, PTRACE_CONT, 0);
		break;
	}
}

void
tr_park_end(struct tr_thread *t)
{
	struct tr_event ev;

	if (!t->tt_parked)
		return;
	t->tt_parked = false;
	if (t->tt_gone || t->tt_exiting)
		return;
	if (t->tt_stopped)
		return;
	if (ptrace(PTRACE_INTERRUPT, t->tt_tid, 0, 0) != 0)
		return;
	for (;;) {
		if (!tr_wait_stop(t, &ev))
			return;
		switch (ev.ev_kind) {
		case TR_EV_STOP:
			return;
		case TR_EV_SIGNAL: {
			siginfo_t si;

			if (ptrace(PTRACE_GETSIGINFO, t->tt_tid, 0, &si) != 0)
				memset(&si, 0, sizeof(si));
			/* Handled when the syscall completes; the pending
			   interrupt's stop will be absorbed later. */
			tr_defer_signal(t, &si);
			return;
		}
		case TR_EV_GROUP_STOP:
			tr_resume(t, PTRACE_LISTEN, 0);
			break;
		case TR_EV_EXIT:
			t->tt_exiting = true;
			return;
		default:
			tr_resume(t, PTRACE_CONT, 0);
			break;
		}
	}
}

int
tr_signal_pending_check(struct tr_thread *t)
{

	if (t->tt_gone || t->tt_exiting)
		return (EINTR);
	return (tr_sysvec.sv_sleep_signal != NULL ?
	    tr_sysvec.sv_sleep_signal(t) : 0);
}
