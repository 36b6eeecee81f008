/*
 * linux_sigframe_i386.c — the i386 Linux signal frames: the old sigframe
 * for handlers without SA_SIGINFO and the rt_sigframe for those with it;
 * sigreturn and rt_sigreturn.
 *
 * The model is the kernel this machine runs 32-bit programs with (a 64-bit
 * Linux in compatibility mode, arch/x86/kernel/signal_32.c): it is the one
 * the tests can check against, and a program cannot tell it from a native
 * i386 kernel except through segment selector values, which are the
 * host's (kern_user_selectors()).
 *
 * Delivery (get_sigframe() for 32-bit frames):
 *
 *	interrupted esp                  (no red zone on i386)
 *	  or the top of the sigaltstack  (SA_ONSTACK, not already on it)
 *	  or sa_restorer                 (the pre-sigaltstack convention: a
 *	                                  handler without SA_RESTORER but with
 *	                                  a restorer address, interrupted with
 *	                                  a non-standard SS)
 *	- FP image + MAGIC2, rounded down to 64 bytes
 *	- the 112-byte FSAVE header     <- sigcontext.fpstate
 *	- the frame, placed so that esp + 4 is 16-byte aligned
 *	                                  <- handler's esp
 *
 *   sigframe: sig, sigcontext, extramask (signals 33-64), retcode; the
 *   handler gets eax = sig, edx = ecx = 0 (for -mregparm=3 code).
 *   rt_sigframe: sig, pinfo, puc, siginfo, ucontext, retcode; eax = sig,
 *   edx = &info, ecx = &uc.
 *   Both: pretcode = sa_restorer with SA_RESTORER, else the process's
 *   trampoline (the vDSO's __kernel_sigreturn / __kernel_rt_sigreturn,
 *   kern_sigtramp()), else the frame's own retcode; ds = es = ss = the
 *   user data segment, cs = the 32-bit user code segment; DF, RF and TF
 *   cleared. retcode holds the historical int $0x80 sequences gdb looks for.
 *
 * Return: sigreturn finds the sigframe at esp - 8 (the trampoline popped
 * pretcode and sig), rt_sigreturn the rt_sigframe at esp - 4. Linux's
 * treatment of each input, which this file repeats (reject = SIGSEGV):
 *   frame range outside user memory, unreadable mask or
 *   sigcontext, rt: unreadable uc_stack, bad FP state        reject
 *   mask: SIGKILL and SIGSTOP                                sanitised away
 *   general registers, eip, esp                              taken as they are
 *   eflags: only LINUX_FIX_EFLAGS bits                       sanitised
 *   cs, ss: RPL forced to 3                                  sanitised
 *   gs, fs, ds, es: RPL forced to 3 (null selectors 0-3 kept as they are);
 *     loaded only if different from the current value; one user mode
 *     cannot load becomes 0                                  sanitised
 *   cs not a user code segment, ss not a writable user data
 *   segment                              SIGSEGV, as the IRET fault gives
 *   uc_stack: any sigaltstack error but EFAULT               ignored
 * orig_eax becomes -1.
 */
#include <string.h>

#include "linux_signal_var.h"

#define	LINUX_NR_SIGRETURN_I386		119
#define	LINUX_NR_RT_SIGRETURN_I386	173

/* popl %eax; movl $119,%eax; int $0x80 */
static const uint8_t sigreturn_code[8] = {
	0x58, 0xb8, LINUX_NR_SIGRETURN_I386, 0, 0, 0, 0xcd, 0x80
};
/* movl $173,%eax; int $0x80; (pad) */
static const uint8_t rt_sigreturn_code[8] = {
	0xb8, LINUX_NR_RT_SIGRETURN_I386, 0, 0, 0, 0xcd, 0x80, 0
};

/*
 * Where the frame goes; 0 when it cannot go anywhere (Linux then forces
 * SIGSEGV). Writes the FP state on the way, as Linux does.
 */
static uint64_t
i386_get_sigframe(struct thread *td, const struct linux_sigdeliver *d,
    size_t frame_size, const struct kuser_selectors *ks,
    struct linux_fpframe *ff)
{
	struct trapframe *tf;
	const struct ksigaltstack *ss;
	uint64_t sp, fa;
	bool nested, entering;

	tf = td->td_frame;
	ss = &d->lsd_altstack;
	sp = tf->tf_esp;
	nested = linux_on_sig_stack(ss, sp);
	entering = false;
	if ((d->lsd_flags & LINUX_SA_ONSTACK) != 0) {
		if (linux_sas_ss_flags(ss, sp) == 0) {
			sp = (uint64_t)ss->kss_sp + ss->kss_size;
			entering = true;
		}
	} else if (!nested && (uint16_t)tf->tf_ss != ks->ks_data &&
	    (d->lsd_flags & LINUX_SA_RESTORER) == 0 && d->lsd_restorer != 0) {
		sp = d->lsd_restorer;
		entering = true;
	}
	sp = linux_fpframe_alloc(sp, &d->lsd_fpinfo, ff);
	fa = ((sp - frame_size + 4) & ~(uint64_t)15) - 4;
	if ((nested || entering) && !linux_on_sig_stack(ss, fa))
		return (0);
	if (!linux_urange_ok(fa, frame_size) ||
	    !linux_urange_ok(ff->lff_fpstate, ff->lff_size))
		return (0);
	if (linux_fpframe_save(td, ff, &d->lsd_fpinfo, (uint16_t)tf->tf_cs,
	    (uint16_t)tf->tf_ds) != 0)
		return (0);
	return (fa);
}

static void
i386_fill_sigcontext(const struct trapframe *tf,
    const struct linux_sigdeliver *d, uint64_t fpstate,
    struct l_sigcontext *sc)
{

	memset(sc, 0, sizeof(*sc));
	sc->gs = (uint16_t)tf->tf_gs;
	sc->fs = (uint16_t)tf->tf_fs;
	sc->es = (uint16_t)tf->tf_es;
	sc->ds = (uint16_t)tf->tf_ds;
	sc->edi = tf->tf_edi;
	sc->esi = tf->tf_esi;
	sc->ebp = tf->tf_ebp;
	sc->esp = tf->tf_esp;
	sc->ebx = tf->tf_ebx;
	sc->edx = tf->tf_edx;
	sc->ecx = tf->tf_ecx;
	sc->eax = tf->tf_eax;
	sc->trapno = d->lsd_trap.kt_trapno;
	sc->err = (uint32_t)d->lsd_trap.kt_err;
	sc->eip = tf->tf_eip;
	sc->cs = (uint16_t)tf->tf_cs;
	sc->eflags = tf->tf_eflags;
	sc->esp_at_signal = tf->tf_esp;
	sc->ss = (uint16_t)tf->tf_ss;
	sc->fpstate = (uint32_t)fpstate;
	sc->oldmask = d->lsd_mask.__mask[0];
	sc->cr2 = (uint32_t)d->lsd_trap.kt_addr;
}

static uint32_t
i386_restorer(struct thread *td, const struct linux_sigdeliver *d, int kind,
    uint64_t own_retcode)
{
	uintptr_t tramp;

	if ((d->lsd_flags & LINUX_SA_RESTORER) != 0)
		return ((uint32_t)d->lsd_restorer);
	tramp = kern_sigtramp(td, kind);
	return ((uint32_t)(tramp != 0 ? tramp : own_retcode));
}

static void
i386_enter_handler(struct thread *td, const struct linux_sigdeliver *d,
    const struct kuser_selectors *ks, uint64_t fa)
{
	struct trapframe *tf;

	tf = td->td_frame;
	tf->tf_esp = (uint32_t)fa;
	tf->tf_eip = (uint32_t)d->lsd_handler;
	tf->tf_eax = (uint32_t)d->lsd_sig;
	tf->tf_ds = ks->ks_data;
	tf->tf_es = ks->ks_data;
	tf->tf_cs = ks->ks_code;
	tf->tf_ss = ks->ks_data;
	tf->tf_eflags &= ~(LINUX_EFL_DF | LINUX_EFL_RF | LINUX_EFL_TF);
}

static int
i386_setup_frame(struct thread *td, const struct linux_sigdeliver *d,
    const struct kuser_selectors *ks)
{
	struct l_sigframe frame;
	struct linux_fpframe ff;
	uint64_t fa;

	fa = i386_get_sigframe(td, d, sizeof(frame), ks, &ff);
	if (fa == 0)
		return (EFAULT);
	memset(&frame, 0, sizeof(frame));
	frame.sig = d->lsd_sig;
	i386_fill_sigcontext(td->td_frame, d, ff.lff_fpstate, &frame.sc);
	frame.extramask[0] = d->lsd_mask.__mask[1];
	frame.pretcode = i386_restorer(td, d, KSIGTRAMP_SIGRETURN,
	    fa + offsetof(struct l_sigframe, retcode));
	memcpy(frame.retcode, sigreturn_code, sizeof(frame.retcode));

	/* fpstate_unused is left alone, as Linux leaves it. */
	if (copyout(&frame, linux_uptr(fa),
	    offsetof(struct l_sigframe, fpstate_unused)) != 0 ||
	    copyout(&frame.extramask, linux_uptr(fa +
	    offsetof(struct l_sigframe, extramask)),
	    sizeof(frame) - offsetof(struct l_sigframe, extramask)) != 0)
		return (EFAULT);

	i386_enter_handler(td, d, ks, fa);
	td->td_frame->tf_edx = 0;
	td->td_frame->tf_ecx = 0;
	return (0);
}

static int
i386_setup_rt_frame(struct thread *td, const struct linux_sigdeliver *d,
    const struct kuser_selectors *ks)
{
	struct l_rt_sigframe frame;
	struct linux_fpframe ff;
	struct trapframe *tf;
	const struct ksigaltstack *ss;
	uint64_t fa;

	tf = td->td_frame;
	ss = &d->lsd_altstack;
	fa = i386_get_sigframe(td, d, sizeof(frame), ks, &ff);
	if (fa == 0)
		return (EFAULT);
	memset(&frame, 0, sizeof(frame));
	frame.sig = d->lsd_sig;
	frame.pinfo = (uint32_t)(fa + offsetof(struct l_rt_sigframe, info));
	frame.puc = (uint32_t)(fa + offsetof(struct l_rt_sigframe, uc));
	frame.info = d->lsd_info;
	frame.uc.uc_flags = d->lsd_fpinfo.kfp_xfeatures != 0 ?
	    LINUX_UC_FP_XSTATE : 0;
	frame.uc.uc_link = 0;
	frame.uc.uc_stack.ss_flags = linux_sas_ss_flags(ss, tf->tf_esp);
	if (frame.uc.uc_stack.ss_flags != LINUX_SS_DISABLE) {
		frame.uc.uc_stack.ss_sp = (uint32_t)ss->kss_sp;
		frame.uc.uc_stack.ss_size = (uint32_t)ss->kss_size;
	}
	i386_fill_sigcontext(tf, d, ff.lff_fpstate, &frame.uc.uc_mcontext);
	frame.uc.uc_sigmask = d->lsd_mask;
	frame.pretcode = i386_restorer(td, d, KSIGTRAMP_RT_SIGRETURN,
	    fa + offsetof(struct l_rt_sigframe, retcode));
	memcpy(frame.retcode, rt_sigreturn_code, sizeof(frame.retcode));
	if (copyout(&frame, linux_uptr(fa), sizeof(frame)) != 0)
		return (EFAULT);

	i386_enter_handler(td, d, ks, fa);
	tf->tf_edx = frame.pinfo;
	tf->tf_ecx = frame.puc;
	return (0);
}

int
linux_build_sigframe(struct thread *td, const struct linux_sigdeliver *d)
{
	struct kuser_selectors ks;

	kern_user_selectors(td, &ks);
	if ((d->lsd_flags & LINUX_SA_SIGINFO) != 0)
		return (i386_setup_rt_frame(td, d, &ks));
	return (i386_setup_frame(td, d, &ks));
}

/* Linux's fixup_rpl(): force RPL 3, but leave the null selectors 0-3. */
static uint16_t
i386_fixup_rpl(uint16_t sel)
{

	return (sel <= 3 ? sel : sel | 3);
}

/* A data segment register as Linux's reload_segments() leaves it. */
static uint32_t
i386_reload_segment(struct thread *td, uint32_t cur, uint16_t saved)
{
	uint16_t sel;

	sel = i386_fixup_rpl(saved);
	if (sel == (uint16_t)cur)
		return (cur);
	return (linux_sel_loadable_data(td, sel) ? sel : 0);
}

/* Everything after the mask: 0, or EFAULT/EINVAL for a bad frame. */
static int
i386_restore_sigcontext(struct thread *td, uint64_t usc)
{
	struct trapframe *tf;
	struct l_sigcontext sc;

	tf = td->td_frame;
	if (copyin(linux_uptr(usc), &sc, sizeof(sc)) != 0)
		return (EFAULT);
	tf->tf_ebx = sc.ebx;
	tf->tf_ecx = sc.ecx;
	tf->tf_edx = sc.edx;
	tf->tf_esi = sc.esi;
	tf->tf_edi = sc.edi;
	tf->tf_ebp = sc.ebp;
	tf->tf_eax = sc.eax;
	tf->tf_esp = sc.esp;
	tf->tf_eip = sc.eip;
	tf->tf_cs = sc.cs | 3u;
	tf->tf_ss = sc.ss | 3u;
	tf->tf_eflags = (tf->tf_eflags & ~LINUX_FIX_EFLAGS) |
	    (sc.eflags & LINUX_FIX_EFLAGS);
	tf->tf_orig_eax = (uint32_t)-1;
	tf->tf_gs = i386_reload_segment(td, tf->tf_gs, sc.gs);
	tf->tf_fs = i386_reload_segment(td, tf->tf_fs, sc.fs);
	tf->tf_ds = i386_reload_segment(td, tf->tf_ds, sc.ds);
	tf->tf_es = i386_reload_segment(td, tf->tf_es, sc.es);
	return (linux_fpframe_restore(td, sc.fpstate));
}

static int
i386_return_check(struct thread *td)
{
	struct trapframe *tf;
	bool is64;

	tf = td->td_frame;
	if (!linux_sel_returnable_cs(td, (uint16_t)tf->tf_cs, &is64) ||
	    !linux_sel_returnable_ss(td, (uint16_t)tf->tf_ss)) {
		linux_force_sigsegv(td);
		return (LINUX_SIGRET_NORETURN);
	}
	return (LINUX_SIGRET_OK);
}

static int
i386_badframe(struct thread *td)
{

	linux_force_sigsegv(td);
	td->td_frame->tf_eax = 0;
	return (LINUX_SIGRET_BADFRAME);
}

int
linux_sigreturn_frame(struct thread *td)
{
	l_sigset_t set;
	uint64_t fa;

	fa = (uint64_t)td->td_frame->tf_esp - 8;
	if (!linux_urange_ok(fa, sizeof(struct l_sigframe)))
		return (i386_badframe(td));
	if (copyin(linux_uptr(fa + offsetof(struct l_sigframe, sc.oldmask)),
	    &set.__mask[0], sizeof(set.__mask[0])) != 0 ||
	    copyin(linux_uptr(fa + offsetof(struct l_sigframe, extramask)),
	    &set.__mask[1], sizeof(set.__mask[1])) != 0)
		return (i386_badframe(td));
	linux_set_blocked_from_frame(td, &set);
	if (i386_restore_sigcontext(td, fa +
	    offsetof(struct l_sigframe, sc)) != 0)
		return (i386_badframe(td));
	return (i386_return_check(td));
}

int
linux_rt_sigreturn_frame(struct thread *td)
{
	l_sigset_t set;
	uint64_t fa;

	fa = (uint64_t)td->td_frame->tf_esp - 4;
	if (!linux_urange_ok(fa, sizeof(struct l_rt_sigframe)))
		return (i386_badframe(td));
	if (copyin(linux_uptr(fa + offsetof(struct l_rt_sigframe,
	    uc.uc_sigmask)), &set, sizeof(set)) != 0)
		return (i386_badframe(td));
	linux_set_blocked_from_frame(td, &set);
	if (i386_restore_sigcontext(td, fa +
	    offsetof(struct l_rt_sigframe, uc.uc_mcontext)) != 0)
		return (i386_badframe(td));
	if (linux_restore_altstack(td, fa + offsetof(struct l_rt_sigframe,
	    uc.uc_stack), td->td_frame->tf_esp) != 0)
		return (i386_badframe(td));
	return (i386_return_check(td));
}
