/*
 * linux_signal_var.h — private to runtime/kern's signal code: how the
 * machine-independent part (translation, the sendsig hook, sigaltstack,
 * argument checks) talks to the frame builders of linux_sigframe_<arch>.c
 * and to the FP-state code of linux_fpstate.c.
 *
 * Numbering: everything here is Linux numbering unless a name says host.
 */
#ifndef _LINUX_SIGNAL_VAR_H_
#define _LINUX_SIGNAL_VAR_H_

#include "kern_api_signal.h"
#include "linux_sigframe.h"

/*
 * End of the user address range the modelled Linux lets a frame occupy
 * (its access_ok()): TASK_SIZE_MAX with 4-level paging on amd64; the
 * 4 GiB a 32-bit pointer reaches on i386. Arithmetic on user addresses is
 * done in 64 bits so that nothing wraps in the -m32 build.
 */
#ifdef LINUX_ARCH_AMD64
#define	LINUX_USER_ADDR_END	0x00007ffffffff000ull
#else
#define	LINUX_USER_ADDR_END	0x0000000100000000ull
#endif

static inline bool
linux_urange_ok(uint64_t addr, uint64_t len)
{

	return (addr + len >= addr && addr + len <= LINUX_USER_ADDR_END);
}

static inline void *
linux_uptr(uint64_t addr)
{

	return ((void *)(uintptr_t)addr);
}

/* Everything the frame builder needs about one delivery. */
struct linux_sigdeliver {
	int		 lsd_sig;	/* Linux signal number */
	uint64_t	 lsd_flags;	/* Linux sa_flags */
	uint64_t	 lsd_handler;
	uint64_t	 lsd_restorer;
	l_sigset_t	 lsd_mask;	/* mask sigreturn restores */
	l_siginfo_t	 lsd_info;	/* translated siginfo */
	struct ksigaltstack lsd_altstack;
	struct ktrapinfo lsd_trap;
	struct kfpinfo	 lsd_fpinfo;
};

/* Flags and dispositions between Linux and host (linux_sigaction.c). */
int	linux_to_host_sa_flags(uint64_t lflags, uint64_t *abiflags);
uint64_t host_to_linux_sa_flags(int hflags, uint64_t abiflags);
void	linux_to_host_sigaction(const struct l_sigaction *lsa,
	    struct ksigaction *ksa);
void	host_to_linux_sigaction(const struct ksigaction *ksa,
	    struct l_sigaction *lsa);

/* siginfo between Linux and host (linux_siginfo.c). */
void	linux_siginfo_from_host(const ksiginfo_t *ksi, int lsig,
	    l_siginfo_t *lsi);
int	host_siginfo_from_linux(struct thread *td, const l_siginfo_t *lsi,
	    int hsig, ksiginfo_t *ksi);

/*
 * The alternate stack as Linux judges it (linux_sigaltstack.c).
 * linux_on_sig_stack: sp lies in (ss_sp, ss_sp + ss_size] — the stack
 * grows down, so its top is inside and its base is not.
 * linux_sas_ss_flags: the ss_flags Linux reports: SS_DISABLE without a
 * stack, SS_ONSTACK when sp is on it, else 0.
 * linux_restore_altstack: what sigreturn does with uc_stack: any error but
 * EFAULT is ignored, as in Linux.
 */
bool	linux_on_sig_stack(const struct ksigaltstack *ss, uint64_t sp);
int	linux_sas_ss_flags(const struct ksigaltstack *ss, uint64_t sp);
int	linux_do_sigaltstack(struct thread *td, const l_stack_t *uss,
	    l_stack_t *uoss, uint64_t sp);
int	linux_restore_altstack(struct thread *td, uint64_t uaddr, uint64_t sp);

/*
 * FP state in the frame (linux_fpstate.c).
 *
 * linux_fpframe_alloc: reserve the FP area below sp as Linux does
 *   (fpu__alloc_mathframe): the image 64-byte aligned, on i386 preceded by
 *   the 112-byte FSAVE header. Returns the new sp, which is what
 *   sigcontext.fpstate points to.
 * linux_fpframe_save: write the thread's FP state there (image, software
 *   bytes, MAGIC2, on i386 the FSAVE header built from it). cs and ds are
 *   the interrupted selectors, which the i386 header records.
 * linux_fpframe_restore: sigreturn's part: 0, or EFAULT/EINVAL when Linux
 *   would call the frame bad. A NULL fpstate resets the FP state.
 */
struct linux_fpframe {
	uint64_t	lff_fpstate;	/* sigcontext.fpstate */
	uint64_t	lff_buf_fx;	/* the FXSAVE/XSAVE image */
	uint64_t	lff_size;	/* bytes from lff_fpstate on */
};
uint64_t linux_fpframe_alloc(uint64_t sp, const struct kfpinfo *fi,
	    struct linux_fpframe *ff);
int	linux_fpframe_save(struct thread *td, const struct linux_fpframe *ff,
	    const struct kfpinfo *fi, uint16_t cs, uint16_t ds);
int	linux_fpframe_restore(struct thread *td, uint64_t fpstate);

/*
 * Segment checks (linux_sigframe_common.c), from the access rights the
 * host reports. linux_sel_returnable_cs/ss: would the CPU's IRET to user
 * mode accept this CS / SS. linux_sel_valid_ss64: Linux's force_valid_ss()
 * test. linux_sel_loadable_data: can user mode load it into DS/ES/FS/GS.
 */
bool	linux_sel_returnable_cs(struct thread *td, uint16_t sel, bool *is64);
bool	linux_sel_returnable_ss(struct thread *td, uint16_t sel);
bool	linux_sel_valid_ss64(struct thread *td, uint16_t sel);
bool	linux_sel_loadable_data(struct thread *td, uint16_t sel);

/*
 * The frame builders and takers-apart (linux_sigframe_<arch>.c).
 * linux_build_sigframe: write the frame for `d` and point td->td_frame at
 *   the handler; EFAULT when the frame cannot be written.
 * linux_rt_sigreturn_frame / linux_sigreturn_frame (i386): the syscalls'
 *   work, all effects included (registers, mask, FP state, sigaltstack,
 *   SIGSEGV for a bad frame). They return what they found, which the
 *   syscall handlers drop (they return EJUSTRETURN) and tests check:
 *   LINUX_SIGRET_OK        registers restored, returns to user mode;
 *   LINUX_SIGRET_BADFRAME  Linux's badframe: SIGSEGV forced in sigreturn;
 *   LINUX_SIGRET_NORETURN  restored, but the CPU would refuse to return to
 *                          that CS/SS/RIP: SIGSEGV, as the IRET fault gives.
 */
#define	LINUX_SIGRET_OK		0
#define	LINUX_SIGRET_BADFRAME	1
#define	LINUX_SIGRET_NORETURN	2
int	linux_build_sigframe(struct thread *td, const struct linux_sigdeliver *d);
int	linux_rt_sigreturn_frame(struct thread *td);
#ifdef LINUX_ARCH_I386
int	linux_sigreturn_frame(struct thread *td);
#endif

/* Force SIGSEGV (SI_KERNEL), as Linux's signal_fault()/force_sig(). */
void	linux_force_sigsegv(struct thread *td);

/* sigreturn's mask: Linux set minus SIGKILL/SIGSTOP, to the host. */
void	linux_set_blocked_from_frame(struct thread *td, const l_sigset_t *set);

#endif /* !_LINUX_SIGNAL_VAR_H_ */
