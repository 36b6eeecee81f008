/*
 * linux_sigframe_amd64.c — the amd64 Linux signal frame: build it
 * (rt_sendsig; amd64 Linux has only rt frames) and take it apart again
 * (rt_sigreturn).
 *
 * Delivery, as Linux's get_sigframe() and __setup_rt_frame() do it:
 *
 *	interrupted rsp
 *	- 128 bytes of red zone          (or the top of the sigaltstack, for
 *	                                  SA_ONSTACK when not already on it)
 *	- FP image + MAGIC2, rounded down to 64 bytes  <- uc_mcontext.fpstate
 *	- struct l_rt_sigframe (440), rounded down to 16, minus 8
 *	                                               <- handler's rsp
 *	  (so that rsp + 8 is 16-byte aligned at the handler's first
 *	  instruction, as after a call).
 *
 *   A handler without SA_RESTORER cannot be delivered to (amd64 Linux has
 *   no kernel trampoline): SIGSEGV. Nor can one whose frame would run off
 *   the sigaltstack it is on or entering.
 *   The handler gets rdi = sig, rsi = &info, rdx = &uc, rax = 0, cs =
 *   the 64-bit user code segment, ss kept if it is a valid data segment;
 *   DF, RF and TF are cleared. siginfo is written only for SA_SIGINFO.
 *
 * Return (rt_sigreturn), frame at rsp - 8. What Linux does with each part,
 * and therefore what this file does (reject = SIGSEGV, the frame is bad):
 *   frame range outside user memory, unreadable uc_sigmask, uc_flags,
 *   sigcontext or uc_stack, bad FP state (linux_fpstate.c)   reject
 *   uc_sigmask: SIGKILL and SIGSTOP                          sanitised away
 *   general registers, rip, rsp                              taken as they are
 *   eflags: only LINUX_FIX_EFLAGS bits                       sanitised
 *   cs, ss: RPL forced to 3                                  sanitised
 *   ss without UC_STRICT_RESTORE_SS, returning to 64-bit code, not a
 *   valid data segment: replaced by the user data segment    sanitised
 *   cs not a user code segment, ss not a writable user data segment,
 *   rip not canonical (64-bit) or beyond 4 GiB (32-bit code) SIGSEGV: Linux
 *                          accepts these and its IRET to user mode faults;
 *                          the emulator cannot run that IRET, so it asks the
 *                          same question of the descriptors beforehand
 *   uc_stack: any sigaltstack error but EFAULT               ignored
 *   fs, gs, reserved1, pretcode, siginfo                     not read
 * orig_rax becomes -1 (no syscall restart after sigreturn).
 */
#include <string.h>

#include "linux_signal_var.h"

/* The 4 bytes of padding after uc_stack.ss_flags, which Linux skips. */
#define	UC_STACK_PAD_OFF	(offsetof(struct l_rt_sigframe, uc.uc_stack.ss_flags) + 4)
#define	UC_STACK_PAD_END	offsetof(struct l_rt_sigframe, uc.uc_stack.ss_size)

/* Bits 63-47 equal: an address the CPU can jump to (4-level paging). */
static bool
canonical48(uint64_t addr)
{
	uint64_t top;

	top = addr >> 47;
	return (top == 0 || top == 0x1ffff);
}

int
linux_build_sigframe(struct thread *td, const struct linux_sigdeliver *d)
{
	struct trapframe *tf;
	struct l_rt_sigframe frame;
	struct linux_fpframe ff;
	struct kuser_selectors ks;
	const struct ksigaltstack *ss;
	uint64_t sp, fa;
	bool nested, entering;

	tf = td->td_frame;
	ss = &d->lsd_altstack;
	if ((d->lsd_flags & LINUX_SA_RESTORER) == 0)
		return (EFAULT);
	kern_user_selectors(td, &ks);

	sp = tf->tf_rsp;
	nested = linux_on_sig_stack(ss, sp);
	entering = false;
	sp -= LINUX_REDZONE;
	if ((d->lsd_flags & LINUX_SA_ONSTACK) != 0 &&
	    linux_sas_ss_flags(ss, sp) == 0) {
		sp = (uint64_t)ss->kss_sp + ss->kss_size;
		entering = true;
	}
	sp = linux_fpframe_alloc(sp, &d->lsd_fpinfo, &ff);
	fa = ((sp - sizeof(frame)) & ~(uint64_t)15) - 8;
	if ((nested || entering) && !linux_on_sig_stack(ss, fa))
		return (EFAULT);
	if (!linux_urange_ok(fa, sizeof(frame)) ||
	    !linux_urange_ok(ff.lff_fpstate, ff.lff_size) ||
	    linux_fpframe_save(td, &ff, &d->lsd_fpinfo, (uint16_t)tf->tf_cs,
	    (uint16_t)tf->tf_ds) != 0)
		return (EFAULT);

	memset(&frame, 0, sizeof(frame));
	frame.pretcode = d->lsd_restorer;
	frame.uc.uc_flags = LINUX_UC_SIGCONTEXT_SS;
	if (d->lsd_fpinfo.kfp_xfeatures != 0)
		frame.uc.uc_flags |= LINUX_UC_FP_XSTATE;
	if (tf->tf_cs == ks.ks_code)
		frame.uc.uc_flags |= LINUX_UC_STRICT_RESTORE_SS;
	frame.uc.uc_link = 0;
	frame.uc.uc_stack.ss_sp = ss->kss_sp;
	frame.uc.uc_stack.ss_flags = linux_sas_ss_flags(ss, tf->tf_rsp);
	frame.uc.uc_stack.ss_size = ss->kss_size;
	if (frame.uc.uc_stack.ss_flags == LINUX_SS_DISABLE) {
		frame.uc.uc_stack.ss_sp = 0;
		frame.uc.uc_stack.ss_size = 0;
	}

	frame.uc.uc_mcontext.r8 = tf->tf_r8;
	frame.uc.uc_mcontext.r9 = tf->tf_r9;
	frame.uc.uc_mcontext.r10 = tf->tf_r10;
	frame.uc.uc_mcontext.r11 = tf->tf_r11;
	frame.uc.uc_mcontext.r12 = tf->tf_r12;
	frame.uc.uc_mcontext.r13 = tf->tf_r13;
	frame.uc.uc_mcontext.r14 = tf->tf_r14;
	frame.uc.uc_mcontext.r15 = tf->tf_r15;
	frame.uc.uc_mcontext.rdi = tf->tf_rdi;
	frame.uc.uc_mcontext.rsi = tf->tf_rsi;
	frame.uc.uc_mcontext.rbp = tf->tf_rbp;
	frame.uc.uc_mcontext.rbx = tf->tf_rbx;
	frame.uc.uc_mcontext.rdx = tf->tf_rdx;
	frame.uc.uc_mcontext.rax = tf->tf_rax;
	frame.uc.uc_mcontext.rcx = tf->tf_rcx;
	frame.uc.uc_mcontext.rsp = tf->tf_rsp;
	frame.uc.uc_mcontext.rip = tf->tf_rip;
	frame.uc.uc_mcontext.eflags = tf->tf_rflags;
	frame.uc.uc_mcontext.cs = (uint16_t)tf->tf_cs;
	frame.uc.uc_mcontext.gs = 0;		/* Linux does not save them */
	frame.uc.uc_mcontext.fs = 0;
	frame.uc.uc_mcontext.ss = (uint16_t)tf->tf_ss;
	frame.uc.uc_mcontext.err = d->lsd_trap.kt_err;
	frame.uc.uc_mcontext.trapno = d->lsd_trap.kt_trapno;
	frame.uc.uc_mcontext.oldmask = l_sigset_get(&d->lsd_mask);
	frame.uc.uc_mcontext.cr2 = d->lsd_trap.kt_addr;
	frame.uc.uc_mcontext.fpstate = ff.lff_fpstate;
	frame.uc.uc_sigmask = d->lsd_mask;
	frame.info = d->lsd_info;

	/*
	 * Write what Linux writes and nothing else: the padding after
	 * uc_stack.ss_flags and reserved1 keep whatever the stack held, and
	 * so does the siginfo of a handler that did not ask for it.
	 */
	if (copyout(&frame, linux_uptr(fa), UC_STACK_PAD_OFF) != 0 ||
	    copyout((uint8_t *)&frame + UC_STACK_PAD_END,
	    linux_uptr(fa + UC_STACK_PAD_END),
	    offsetof(struct l_rt_sigframe, uc.uc_mcontext.reserved1) -
	    UC_STACK_PAD_END) != 0 ||
	    copyout(&frame.uc.uc_sigmask,
	    linux_uptr(fa + offsetof(struct l_rt_sigframe, uc.uc_sigmask)),
	    sizeof(frame.uc.uc_sigmask)) != 0)
		return (EFAULT);
	if ((d->lsd_flags & LINUX_SA_SIGINFO) != 0 &&
	    copyout(&frame.info,
	    linux_uptr(fa + offsetof(struct l_rt_sigframe, info)),
	    sizeof(frame.info)) != 0)
		return (EFAULT);

	tf->tf_rdi = (uint64_t)d->lsd_sig;
	tf->tf_rax = 0;		/* for handlers declared without prototype */
	tf->tf_rsi = fa + offsetof(struct l_rt_sigframe, info);
	tf->tf_rdx = fa + offsetof(struct l_rt_sigframe, uc);
	tf->tf_rip = d->lsd_handler;
	tf->tf_rsp = fa;
	tf->tf_cs = ks.ks_code;
	if (tf->tf_ss != ks.ks_data &&
	    !linux_sel_valid_ss64(td, (uint16_t)tf->tf_ss))
		tf->tf_ss = ks.ks_data;
	tf->tf_rflags &= ~(uint64_t)(LINUX_EFL_DF | LINUX_EFL_RF |
	    LINUX_EFL_TF);
	return (0);
}

int
linux_rt_sigreturn_frame(struct thread *td)
{
	struct trapframe *tf;
	struct l_sigcontext sc;
	struct kuser_selectors ks;
	l_sigset_t set;
	uint64_t fa, uc_flags;
	bool is64;

	tf = td->td_frame;
	kern_user_selectors(td, &ks);
	fa = tf->tf_rsp - 8;
	if (!linux_urange_ok(fa, sizeof(struct l_rt_sigframe)))
		goto badframe;
	if (copyin(linux_uptr(fa + offsetof(struct l_rt_sigframe,
	    uc.uc_sigmask)), &set, sizeof(set)) != 0 ||
	    copyin(linux_uptr(fa + offsetof(struct l_rt_sigframe,
	    uc.uc_flags)), &uc_flags, sizeof(uc_flags)) != 0)
		goto badframe;
	linux_set_blocked_from_frame(td, &set);

	if (copyin(linux_uptr(fa + offsetof(struct l_rt_sigframe,
	    uc.uc_mcontext)), &sc, LINUX_SIGCONTEXT_READ) != 0)
		goto badframe;
	tf->tf_r8 = sc.r8;
	tf->tf_r9 = sc.r9;
	tf->tf_r10 = sc.r10;
	tf->tf_r11 = sc.r11;
	tf->tf_r12 = sc.r12;
	tf->tf_r13 = sc.r13;
	tf->tf_r14 = sc.r14;
	tf->tf_r15 = sc.r15;
	tf->tf_rdi = sc.rdi;
	tf->tf_rsi = sc.rsi;
	tf->tf_rbp = sc.rbp;
	tf->tf_rbx = sc.rbx;
	tf->tf_rdx = sc.rdx;
	tf->tf_rax = sc.rax;
	tf->tf_rcx = sc.rcx;
	tf->tf_rsp = sc.rsp;
	tf->tf_rip = sc.rip;
	tf->tf_cs = sc.cs | 3;
	tf->tf_ss = sc.ss | 3;
	tf->tf_rflags = (tf->tf_rflags & ~(uint64_t)LINUX_FIX_EFLAGS) |
	    (sc.eflags & LINUX_FIX_EFLAGS);
	tf->tf_orig_rax = (uint64_t)-1;
	/* For old programs that do not know the frame now saves SS. */
	if ((uc_flags & LINUX_UC_STRICT_RESTORE_SS) == 0 &&
	    tf->tf_cs == ks.ks_code &&
	    !linux_sel_valid_ss64(td, (uint16_t)tf->tf_ss))
		tf->tf_ss = ks.ks_data;

	if (linux_fpframe_restore(td, sc.fpstate) != 0)
		goto badframe;
	if (linux_restore_altstack(td, fa + offsetof(struct l_rt_sigframe,
	    uc.uc_stack), tf->tf_rsp) != 0)
		goto badframe;

	if (!linux_sel_returnable_cs(td, (uint16_t)tf->tf_cs, &is64) ||
	    !linux_sel_returnable_ss(td, (uint16_t)tf->tf_ss) ||
	    (is64 ? !canonical48(tf->tf_rip) : tf->tf_rip > 0xffffffffull)) {
		linux_force_sigsegv(td);
		return (LINUX_SIGRET_NORETURN);
	}
	return (LINUX_SIGRET_OK);

badframe:
	linux_force_sigsegv(td);
	tf->tf_rax = 0;
	return (LINUX_SIGRET_BADFRAME);
}
