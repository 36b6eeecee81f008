/*
 * kern_api_signal.h — the signal part of the kernel API (see kern_api.h,
 * READ THAT FIRST).
 *
 * Who does what. As in FreeBSD, the host kernel owns signal state and
 * decides when a signal is delivered; the emulation layer only knows how a
 * Linux program expects to see it:
 *
 *   host (FreeBSD kern_sig.c; here runtime/host/<host>/…_signal.c)
 *     keeps, in host numbering (FreeBSD signal numbers, flags and si_code
 *     values, all below):
 *       per process: the dispositions (struct ksigaction: handler, sa_flags,
 *         mask, and two words it stores for the ABI), the process-directed
 *         pending signals;
 *       per thread: the blocked mask, the thread-directed pending signals
 *         (ksiginfo_t queue: real-time signals queue, the others coalesce),
 *         the sigaltstack (struct ksigaltstack), the FP/vector state, the
 *         last trap's number, error code and address;
 *     picks the signal to deliver when the thread returns to user mode (or
 *     inside kern_sigsuspend()), applies default actions itself, and for a
 *     caught signal calls the ABI's sendsig hook (struct ksigvec below);
 *     interrupts KSLEEP_CATCH sleepers (kern_msleep() answers EINTR, or
 *     ERESTART when the interrupting signal's disposition has KSA_RESTART).
 *
 *   runtime/kern (linux_signal*.c, linux_sigframe_<arch>.c)
 *     translates numbers, sets, flags and siginfo between Linux and host,
 *     checks arguments the way Linux does, builds the Linux frame
 *     (sv_sendsig) and takes it apart again (rt_sigreturn, sigreturn).
 *
 * The delivery contract, step by step (FreeBSD: ast() -> postsig()):
 *   1. The host chooses a pending signal `sig` the thread does not block
 *      whose disposition is a handler, and dequeues its ksiginfo.
 *   2. It copies the disposition `act`; if act.ksa_flags has KSA_RESETHAND
 *      it resets the stored one to KSIG_DFL (Linux: SA_ONESHOT, before the
 *      frame is built).
 *   3. returnmask = the mask kern_sigsuspend() saved, if any (FreeBSD
 *      TDP_OLDMASK), else the thread's blocked mask.
 *   4. It calls linux_ksigvec.sv_sendsig(td, sig, &act, &ksi, &returnmask)
 *      with td->td_frame holding the registers the thread will resume with
 *      (a syscall's result or ERESTART rewind already applied).
 *   5. If that returned 0: blocked |= act.ksa_mask, plus sig unless
 *      KSA_NODEFER; the saved sigsuspend mask is consumed. If it returned
 *      an error, the frame could not be written: the hook has already asked
 *      for SIGSEGV with kern_trapsignal(), as Linux's force_sigsegv() does,
 *      and the mask is left alone.
 *
 * All functions return 0 or a host errno value (kern_errno.h) unless said
 * otherwise, and are called without locks held.
 */
#ifndef _KERN_API_SIGNAL_H_
#define _KERN_API_SIGNAL_H_

#include "kern_api.h"

/*
 * Host (FreeBSD) signal numbers, flags and codes: facts from FreeBSD's
 * sys/sys/signal.h (shared/reference/freebsd/freebsd-signal.tsv). They are
 * prefixed with K so that a host may include its own <signal.h> beside
 * this file.
 */
#define	KSIGHUP		1
#define	KSIGINT		2
#define	KSIGQUIT	3
#define	KSIGILL		4
#define	KSIGTRAP	5
#define	KSIGABRT	6
#define	KSIGEMT		7
#define	KSIGFPE		8
#define	KSIGKILL	9
#define	KSIGBUS		10
#define	KSIGSEGV	11
#define	KSIGSYS		12
#define	KSIGPIPE	13
#define	KSIGALRM	14
#define	KSIGTERM	15
#define	KSIGURG		16
#define	KSIGSTOP	17
#define	KSIGTSTP	18
#define	KSIGCONT	19
#define	KSIGCHLD	20
#define	KSIGTTIN	21
#define	KSIGTTOU	22
#define	KSIGIO		23
#define	KSIGXCPU	24
#define	KSIGXFSZ	25
#define	KSIGVTALRM	26
#define	KSIGPROF	27
#define	KSIGWINCH	28
#define	KSIGINFO	29
#define	KSIGUSR1	30
#define	KSIGUSR2	31
#define	KSIGTHR		32
#define	KSIGLIBRT	33
#define	KSIGRTMIN	65
#define	KSIGRTMAX	126
#define	KSIG_MAXSIG	128		/* _SIG_MAXSIG: bits in a ksigset_t */
#define	KSIG_VALID(s)	((s) >= 1 && (s) <= KSIG_MAXSIG)

/* Dispositions (user addresses 0 and 1). */
#define	KSIG_DFL	((uintptr_t)0)
#define	KSIG_IGN	((uintptr_t)1)

/* sa_flags. */
#define	KSA_ONSTACK	0x0001
#define	KSA_RESTART	0x0002
#define	KSA_RESETHAND	0x0004
#define	KSA_NOCLDSTOP	0x0008
#define	KSA_NODEFER	0x0010
#define	KSA_NOCLDWAIT	0x0020
#define	KSA_SIGINFO	0x0040

/* sigprocmask `how`. */
#define	KSIG_BLOCK	1
#define	KSIG_UNBLOCK	2
#define	KSIG_SETMASK	3

/* sigaltstack flags. */
#define	KSS_ONSTACK	0x0001
#define	KSS_DISABLE	0x0004

/* si_code. */
#define	KSI_NOINFO	0
#define	KSI_USER	0x10001		/* kill() */
#define	KSI_QUEUE	0x10002		/* sigqueue() */
#define	KSI_TIMER	0x10003
#define	KSI_ASYNCIO	0x10004
#define	KSI_MESGQ	0x10005
#define	KSI_KERNEL	0x10006
#define	KSI_LWP		0x10007		/* thr_kill(), Linux tkill/tgkill */
#define	KILL_ILLOPC	1
#define	KILL_BADSTK	8
#define	KBUS_ADRALN	1
#define	KBUS_ADRERR	2
#define	KBUS_OBJERR	3
#define	KBUS_OOMERR	100
#define	KSEGV_MAPERR	1
#define	KSEGV_ACCERR	2
#define	KSEGV_PKUERR	100
#define	KFPE_INTOVF	1
#define	KFPE_INTDIV	2
#define	KFPE_FLTDIV	3
#define	KFPE_FLTOVF	4
#define	KFPE_FLTUND	5
#define	KFPE_FLTRES	6
#define	KFPE_FLTINV	7
#define	KFPE_FLTSUB	8
#define	KFPE_FLTIDO	9
#define	KTRAP_BRKPT	1
#define	KTRAP_TRACE	2
#define	KTRAP_DTRACE	3
#define	KTRAP_CAP	4
#define	KCLD_EXITED	1
#define	KCLD_KILLED	2
#define	KCLD_DUMPED	3
#define	KCLD_TRAPPED	4
#define	KCLD_STOPPED	5
#define	KCLD_CONTINUED	6

/*
 * A set of host signals, bit (sig - 1). FreeBSD: sigset_t (struct __sigset)
 * and the SIGADDSET family.
 */
typedef struct ksigset {
	uint32_t	ks_bits[4];
} ksigset_t;

#define	KSIG_WORD(sig)	(((sig) - 1) >> 5)
#define	KSIG_BIT(sig)	(1u << (((sig) - 1) & 31))

static inline void
ksigemptyset(ksigset_t *s)
{

	s->ks_bits[0] = s->ks_bits[1] = s->ks_bits[2] = s->ks_bits[3] = 0;
}

static inline void
ksigfillset(ksigset_t *s)
{

	s->ks_bits[0] = s->ks_bits[1] = s->ks_bits[2] = s->ks_bits[3] = ~0u;
}

static inline void
ksigaddset(ksigset_t *s, int sig)
{

	s->ks_bits[KSIG_WORD(sig)] |= KSIG_BIT(sig);
}

static inline void
ksigdelset(ksigset_t *s, int sig)
{

	s->ks_bits[KSIG_WORD(sig)] &= ~KSIG_BIT(sig);
}

static inline bool
ksigismember(const ksigset_t *s, int sig)
{

	return ((s->ks_bits[KSIG_WORD(sig)] & KSIG_BIT(sig)) != 0);
}

static inline bool
ksigisempty(const ksigset_t *s)
{

	return ((s->ks_bits[0] | s->ks_bits[1] | s->ks_bits[2] |
	    s->ks_bits[3]) == 0);
}

/* a |= b. FreeBSD: SIGSETOR. */
static inline void
ksigsetor(ksigset_t *a, const ksigset_t *b)
{
	int i;

	for (i = 0; i < 4; i++)
		a->ks_bits[i] |= b->ks_bits[i];
}

/* a &= b. FreeBSD: SIGSETAND. */
static inline void
ksigsetand(ksigset_t *a, const ksigset_t *b)
{
	int i;

	for (i = 0; i < 4; i++)
		a->ks_bits[i] &= b->ks_bits[i];
}

/* a &= ~b. FreeBSD: SIGSETNAND. */
static inline void
ksigsetnand(ksigset_t *a, const ksigset_t *b)
{
	int i;

	for (i = 0; i < 4; i++)
		a->ks_bits[i] &= ~b->ks_bits[i];
}

static inline bool
ksigseteq(const ksigset_t *a, const ksigset_t *b)
{

	return (a->ks_bits[0] == b->ks_bits[0] &&
	    a->ks_bits[1] == b->ks_bits[1] &&
	    a->ks_bits[2] == b->ks_bits[2] && a->ks_bits[3] == b->ks_bits[3]);
}

/*
 * A signal and what came with it. FreeBSD: ksiginfo_t (its ksi_info
 * members), plus the two pieces of Linux siginfo FreeBSD has no field for,
 * which a host fills when it knows them (a ptrace host reads them from the
 * real kernel's siginfo) and otherwise leaves 0.
 */
union ksigval {
	int		sival_int;
	uintptr_t	sival_ptr;	/* user address */
};

typedef struct ksiginfo {
	int		ksi_signo;	/* host signal number */
	int		ksi_errno;
	int		ksi_code;	/* KSI_*, or the signal's own codes;
					   negative values are Linux codes
					   without a host name, kept as is */
	pid_t		ksi_pid;	/* sender; SIGCHLD: the child */
	uint32_t	ksi_uid;
	int		ksi_status;	/* SIGCHLD: exit status (KCLD_EXITED)
					   or host signal number */
	uintptr_t	ksi_addr;	/* fault address (user) */
	union ksigval	ksi_value;
	int		ksi_trapno;
	int		ksi_timerid;
	int		ksi_overrun;
	long		ksi_band;
	/* Linux-only. */
	int		ksi_fd;		/* SIGPOLL */
	int64_t		ksi_utime;	/* SIGCHLD, clock ticks */
	int64_t		ksi_stime;
} ksiginfo_t;

static inline void
ksiginfo_init(ksiginfo_t *ksi)
{
	static const ksiginfo_t zero;

	*ksi = zero;
}

/*
 * A disposition. ksa_restorer and ksa_abiflags are stored for the ABI and
 * returned unchanged: the Linux sa_restorer (the trampoline the handler
 * returns to) and Linux sa_flags bits with no host equivalent (SA_RESTORER).
 * FreeBSD keeps the trampoline in the ABI's sysentvec instead; Linux
 * programs choose their own.
 */
struct ksigaction {
	uintptr_t	ksa_handler;	/* KSIG_DFL, KSIG_IGN or a user address */
	int		ksa_flags;	/* KSA_* */
	ksigset_t	ksa_mask;
	uintptr_t	ksa_restorer;
	uint64_t	ksa_abiflags;
};

/* A thread's alternate signal stack. FreeBSD: td_sigstk (stack_t). */
struct ksigaltstack {
	uintptr_t	kss_sp;		/* lowest address */
	size_t		kss_size;
	int		kss_flags;	/* KSS_DISABLE when none */
};

/*
 * Signal state. FreeBSD: kern_sigaction(), kern_sigprocmask(),
 * kern_sigaltstack(), sigpending's td_siglist | p_siglist.
 *
 * kern_sigaction: store *act for `sig` (if act != NULL) and return the old
 *   disposition in *oact (if oact != NULL). EINVAL for an invalid signal.
 *   Setting KSIG_IGN (or KSIG_DFL for a signal whose default is to ignore)
 *   discards that signal's pending instances, as POSIX requires. The
 *   runtime has already applied Linux's argument rules (no disposition at
 *   all for SIGKILL/SIGSTOP).
 * kern_sigprocmask: KSIG_BLOCK/UNBLOCK/SETMASK on the calling thread's
 *   blocked mask; SIGKILL and SIGSTOP are never blocked (FreeBSD and Linux
 *   agree); *oset gets the previous mask. how is ignored when set is NULL.
 * kern_sigaltstack: store *ss (if ss != NULL) as the thread's alternate
 *   stack exactly as given, return the previous one in *oss. The runtime
 *   has applied Linux's checks (EPERM while on the stack, flags, minimum
 *   size) and computes the Linux ss_flags itself.
 * kern_sigpending: the signals pending for the thread or its process,
 *   blocked or not.
 */
int	kern_sigaction(struct thread *td, int sig,
	    const struct ksigaction *act, struct ksigaction *oact);
int	kern_sigprocmask(struct thread *td, int how, const ksigset_t *set,
	    ksigset_t *oset);
int	kern_sigaltstack(struct thread *td, const struct ksigaltstack *ss,
	    struct ksigaltstack *oss);
int	kern_sigpending(struct thread *td, ksigset_t *set);

/*
 * Waiting. FreeBSD: kern_sigsuspend(), kern_sigtimedwait().
 *
 * kern_sigsuspend: replace the blocked mask by *mask, sleep until a signal
 *   is caught, deliver it (steps 1-5 above, with the previous mask as the
 *   frame's return mask) and return EJUSTRETURN: the caller has already set
 *   the syscall's result (-EINTR) in td->td_frame, so that it is what the
 *   frame saves. A signal whose default action ends the process ends it.
 * kern_sigtimedwait: wait until a signal of *waitset is pending, dequeue it
 *   into *ksi and return 0; EAGAIN when `deadline` (NULL: none) passes;
 *   EINTR when a caught signal outside the set arrives (it is delivered on
 *   the way out).
 */
int	kern_sigsuspend(struct thread *td, const ksigset_t *mask);
int	kern_sigtimedwait(struct thread *td, const ksigset_t *waitset,
	    ksiginfo_t *ksi, const struct ktimeout *deadline);

/*
 * Sending. FreeBSD: kern_kill() / pksignal(), tdksignal() after
 * linux_tdfind(), trapsignal().
 *
 * kern_kill: send ksi->ksi_signo (0: only check that `pid` exists and may
 *   be signalled) with kill(2)'s pid rules: > 0 a process, 0 the caller's
 *   process group, -1 every process the caller may signal, < -1 process
 *   group -pid. ESRCH when nothing matched, EPERM when not allowed. For
 *   ksi_code KSI_USER and KSI_LWP the host fills ksi_pid/ksi_uid with the
 *   sender's.
 * kern_tdkill: send to one thread, `tid`, which must belong to process
 *   `pid` unless pid is -1. Same conventions.
 * kern_trapsignal: a synchronous signal for the calling thread that cannot
 *   be blocked or ignored away: if it is blocked or ignored, the host first
 *   resets its disposition to KSIG_DFL and unblocks it (Linux force_sig(),
 *   FreeBSD trapsignal()). Delivered when the thread next returns to user
 *   mode.
 */
int	kern_kill(struct thread *td, pid_t pid, ksiginfo_t *ksi);
int	kern_tdkill(struct thread *td, pid_t pid, lwpid_t tid, ksiginfo_t *ksi);
void	kern_trapsignal(struct thread *td, const ksiginfo_t *ksi);

/*
 * Machine state the trapframe does not hold.
 *
 * FP/vector state. The host keeps each thread's user FP state and hands
 * it over as an image in XSAVE standard format: the 512-byte FXSAVE area
 * (64-bit layout: rip/rdp as 64-bit words) followed, when the CPU has
 * XSAVE, by the 64-byte XSAVE header and the components at their CPUID
 * leaf 0xD offsets. FreeBSD: fpugetregs()/fpusetxstate() behind
 * get_fpcontext()/set_fpcontext(), fpstate_drop(). A ptrace host uses
 * PTRACE_GETREGSET/SETREGSET with NT_X86_XSTATE (NT_PRFPREG, the 512-byte
 * FXSAVE image, on CPUs without XSAVE). Beware: that regset is always the
 * kernel's largest image (AMX tile data included), SETREGSET takes only
 * that size, and its sw_reserved bytes are not a frame's (their first word
 * is the user feature mask); the thread's features and size come from that
 * mask less what the process has not asked for, and CPUID leaf 0xD
 * (runtime/host/tracer/tr_sigmd.c).
 *
 * kern_fpu_info: kfp_size is the image size (512 without XSAVE, else the
 *   XSAVE size of the user features enabled for the thread, which fixes
 *   the signal frame layout); kfp_xfeatures those features (0 without
 *   XSAVE; Linux's fpstate->user_xfeatures: on this machine XCR0 without
 *   the AMX tile data a thread has not asked for); kfp_xcr0 what XCR0
 *   enables, the bits XRSTOR accepts in a header; kfp_mxcsr_mask the MXCSR
 *   bits the CPU accepts.
 * kern_fpu_getstate: copy kfp_size bytes of image into buf (len >= size).
 * kern_fpu_setstate: load an image the runtime has already checked the way
 *   Linux checks a signal frame's (kfp_size bytes; XSTATE_BV a subset of
 *   kfp_xfeatures, XCOMP_BV and the header's reserved bytes zero, MXCSR
 *   within kfp_mxcsr_mask). Components whose XSTATE_BV bit is clear are
 *   put in their initial state. EINVAL if the host still refuses it.
 * kern_fpu_reset: initial FP state (a handler starts with it).
 * kern_fpu_xfeature: where XSAVE component `feature` (2-62) lives: its
 *   offset in the standard format, its size, and whether the compacted
 *   format aligns it to 64 bytes (CPUID leaf 0xD sub-leaf `feature`);
 *   EINVAL for a component the CPU does not have. The runtime needs it to
 *   read a compacted-format image, which XRSTOR accepts from a frame.
 */
struct kfpinfo {
	uint32_t	kfp_size;
	uint32_t	kfp_mxcsr_mask;
	uint64_t	kfp_xfeatures;
	uint64_t	kfp_xcr0;
	bool		kfp_compacted;	/* CPU has XSAVEC: XRSTOR takes the
					   compacted format */
};
void	kern_fpu_info(struct thread *td, struct kfpinfo *info);
int	kern_fpu_getstate(struct thread *td, void *buf, size_t len);
int	kern_fpu_setstate(struct thread *td, const void *buf, size_t len);
void	kern_fpu_reset(struct thread *td);
int	kern_fpu_xfeature(struct thread *td, int feature, uint32_t *offset,
	    uint32_t *size, bool *align64);

/*
 * Segments. The selectors a handler runs with are the host's (FreeBSD:
 * _ucodesel/_udatasel, _ucode32sel for 32-bit processes on amd64; Linux:
 * __USER_CS/__USER_DS, __USER32_CS). kern_selector_rights answers what the
 * LAR instruction answers for `sel` in the thread's GDT/LDT: the access
 * rights (bits 8-23 of the descriptor's high word: type, S, DPL, P, L, D,
 * G) or -1 when the selector names no descriptor the thread can see. The
 * runtime uses it to refuse, as the CPU's IRET would, a frame whose CS or
 * SS the thread cannot return to, and to sanitise data selectors the way
 * Linux's reload does.
 */
struct kuser_selectors {
	uint16_t	ks_code;	/* code segment of the emulated arch */
	uint16_t	ks_data;	/* data and stack segment */
};
void	kern_user_selectors(struct thread *td, struct kuser_selectors *ks);
int32_t	kern_selector_rights(struct thread *td, uint16_t sel);

/* Access-rights bits as kern_selector_rights() reports them. */
#define	KSEL_AR_TYPE_MASK	0x00000f00
#define	KSEL_AR_TYPE_CODE	0x00000800	/* type bit 3: code */
#define	KSEL_AR_TYPE_CONFORM	0x00000400	/* code: conforming */
#define	KSEL_AR_TYPE_RW		0x00000200	/* data: writable, code: readable */
#define	KSEL_AR_S		0x00001000	/* code or data, not system */
#define	KSEL_AR_DPL_MASK	0x00006000
#define	KSEL_AR_DPL3		0x00006000
#define	KSEL_AR_P		0x00008000
#define	KSEL_AR_L		0x00200000	/* 64-bit code */
#define	KSEL_AR_DB		0x00400000

/*
 * The last hardware trap of the thread: vector, error code and faulting
 * address (cr2). Linux writes them into every sigcontext (trapno, err,
 * cr2), stale ones included. FreeBSD: tf_trapno, tf_err, tf_addr. A host
 * that does not know them reports zeros.
 */
struct ktrapinfo {
	uint32_t	kt_trapno;
	uintptr_t	kt_err;
	uintptr_t	kt_addr;
};
void	kern_thread_trapinfo(struct thread *td, struct ktrapinfo *ti);

/*
 * The user address of the ABI's return trampoline (the Linux vDSO's
 * __kernel_sigreturn or __kernel_rt_sigreturn) for a handler installed
 * without SA_RESTORER, or 0 when the process has none. FreeBSD: the ABI's
 * sigcode in the shared page (sv_sigcode_base).
 */
#define	KSIGTRAMP_SIGRETURN	1
#define	KSIGTRAMP_RT_SIGRETURN	2
uintptr_t kern_sigtramp(struct thread *td, int kind);

/*
 * The emulation layer's upcall, implemented by runtime/kern. FreeBSD: the
 * sysentvec's sv_sendsig.
 *
 * sv_sendsig: build the Linux frame for host signal `sig` caught by `act`
 *   on the thread's user stack (or its alternate stack), save `returnmask`
 *   in it, point td->td_frame at the handler and reset the FP state. 0, or
 *   EFAULT when the frame could not be written (SIGSEGV has then been
 *   requested; see the contract at the top).
 */
struct ksigvec {
	const char	*sv_name;
	int		(*sv_sendsig)(struct thread *td, int sig,
			    const struct ksigaction *act, const ksiginfo_t *ksi,
			    const ksigset_t *returnmask);
};
extern const struct ksigvec linux_ksigvec;

#endif /* !_KERN_API_SIGNAL_H_ */
