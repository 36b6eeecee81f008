/*
 * linux_signal_abi.h — the Linux signal ABI seen by a program of the
 * architecture the runtime is compiled for (amd64 natively, i386 with -m32):
 * signal numbers and flags, sigset_t, sigaction, stack_t and siginfo_t,
 * with their exact sizes and offsets.
 *
 * Facts: Linux's include/uapi/asm-generic/siginfo.h, signal-defs.h,
 * arch/x86/include/uapi/asm/signal.h; sizes and offsets measured with the
 * real headers natively and with gcc -m32 (shared/reference/linux/
 * layout-x86_64.txt, layout-i386.txt). The _Static_asserts below are those
 * measurements: a layout change is a compile error, not a silent ABI break.
 *
 * Only fixed-width types are used, so that the layout does not depend on
 * how linux_types.h spells l_long and friends.
 */
#ifndef _LINUX_SIGNAL_ABI_H_
#define _LINUX_SIGNAL_ABI_H_

#include <stddef.h>
#include <stdint.h>

#include "trapframe.h"		/* LINUX_ARCH_AMD64 / LINUX_ARCH_I386 */

/* A user-space word (long, pointer) of the emulated architecture. */
#ifdef LINUX_ARCH_AMD64
typedef uint64_t	l_uword_t;
typedef int64_t		l_sword_t;
#else
typedef uint32_t	l_uword_t;
typedef int32_t		l_sword_t;
#endif

/* Signal numbers the runtime names (signal-x86.tsv). */
#define	LINUX_SIGHUP		1
#define	LINUX_SIGILL		4
#define	LINUX_SIGTRAP		5
#define	LINUX_SIGABRT		6
#define	LINUX_SIGBUS		7
#define	LINUX_SIGFPE		8
#define	LINUX_SIGKILL		9
#define	LINUX_SIGUSR1		10
#define	LINUX_SIGSEGV		11
#define	LINUX_SIGUSR2		12
#define	LINUX_SIGALRM		14
#define	LINUX_SIGTERM		15
#define	LINUX_SIGCHLD		17
#define	LINUX_SIGCONT		18
#define	LINUX_SIGSTOP		19
#define	LINUX_SIGIO		29
#define	LINUX_SIGPOLL		LINUX_SIGIO
#define	LINUX_SIGSYS		31
#define	LINUX_SIGRTMIN		32
#define	LINUX_SIGRTMAX		64
#define	LINUX__NSIG		64	/* highest signal number */
#define	LINUX_SIG_VALID(s)	((s) >= 1 && (s) <= LINUX__NSIG)

/* sigprocmask(2) `how`. */
#define	LINUX_SIG_BLOCK		0
#define	LINUX_SIG_UNBLOCK	1
#define	LINUX_SIG_SETMASK	2

/* Dispositions. */
#define	LINUX_SIG_DFL		0
#define	LINUX_SIG_IGN		1

/* sa_flags (signal-defs.h and x86 signal.h). */
#define	LINUX_SA_NOCLDSTOP	0x00000001u
#define	LINUX_SA_NOCLDWAIT	0x00000002u
#define	LINUX_SA_SIGINFO	0x00000004u
#define	LINUX_SA_UNSUPPORTED	0x00000400u	/* 5.11: probe bit, never kept */
#define	LINUX_SA_EXPOSE_TAGBITS	0x00000800u	/* 5.11: no tag bits on x86 */
#define	LINUX_SA_RESTORER	0x04000000u
#define	LINUX_SA_ONSTACK	0x08000000u
#define	LINUX_SA_RESTART	0x10000000u
#define	LINUX_SA_NODEFER	0x40000000u
#define	LINUX_SA_RESETHAND	0x80000000u

/* sigaltstack(2). */
#define	LINUX_SS_ONSTACK	1
#define	LINUX_SS_DISABLE	2
#define	LINUX_SS_AUTODISARM	(1u << 31)	/* 4.7 */
#define	LINUX_MINSIGSTKSZ	2048
#define	LINUX_SIGSTKSZ		8192

/* si_code values (asm-generic/siginfo.h). */
#define	LINUX_SI_USER		0
#define	LINUX_SI_KERNEL		0x80
#define	LINUX_SI_QUEUE		(-1)
#define	LINUX_SI_TIMER		(-2)
#define	LINUX_SI_MESGQ		(-3)
#define	LINUX_SI_ASYNCIO	(-4)
#define	LINUX_SI_SIGIO		(-5)
#define	LINUX_SI_TKILL		(-6)
#define	LINUX_ILL_ILLOPC	1
#define	LINUX_ILL_BADSTK	8
#define	LINUX_FPE_INTDIV	1	/* FreeBSD's 1 and 2 are the other way */
#define	LINUX_FPE_INTOVF	2
#define	LINUX_FPE_FLTSUB	8
#define	LINUX_FPE_FLTUNK	14
#define	LINUX_SEGV_MAPERR	1
#define	LINUX_SEGV_ACCERR	2
#define	LINUX_SEGV_PKUERR	4
#define	LINUX_BUS_ADRALN	1
#define	LINUX_BUS_OBJERR	3
#define	LINUX_BUS_MCEERR_AR	4
#define	LINUX_TRAP_BRKPT	1
#define	LINUX_TRAP_TRACE	2
#define	LINUX_TRAP_UNK		5
#define	LINUX_CLD_EXITED	1
#define	LINUX_CLD_KILLED	2
#define	LINUX_CLD_DUMPED	3
#define	LINUX_CLD_TRAPPED	4
#define	LINUX_CLD_STOPPED	5
#define	LINUX_CLD_CONTINUED	6
#define	LINUX_POLL_IN		1
#define	LINUX_POLL_HUP		6

/*
 * The kernel's sigset: 64 bits, bit (n - 1) for signal n, on both
 * architectures (i386 keeps it as two 32-bit words, which is the same
 * memory image on a little-endian machine; 4-byte alignment because the
 * i386 ucontext places it at offset 108).
 */
typedef struct {
	uint32_t	__mask[2];
} l_sigset_t;
/* The pre-rt sigset of sigprocmask(2)/sigaction(2) on i386: signals 1-32. */
typedef uint32_t	l_osigset_t;

static inline uint64_t
l_sigset_get(const l_sigset_t *s)
{

	return ((uint64_t)s->__mask[1] << 32 | s->__mask[0]);
}

static inline void
l_sigset_set(l_sigset_t *s, uint64_t bits)
{

	s->__mask[0] = (uint32_t)bits;
	s->__mask[1] = (uint32_t)(bits >> 32);
}

#define	LINUX_SIGBIT(sig)	(1ull << ((sig) - 1))

/* rt_sigaction(2)'s struct (the kernel's, not glibc's). */
struct l_sigaction {
	l_uword_t	lsa_handler;
	l_uword_t	lsa_flags;
	l_uword_t	lsa_restorer;
	l_sigset_t	lsa_mask;
};

/* sigaction(2) on i386 (old_sigaction): mask before flags. */
struct l_osigaction {
	uint32_t	lsa_handler;
	l_osigset_t	lsa_mask;
	uint32_t	lsa_flags;
	uint32_t	lsa_restorer;
};

/* stack_t. */
typedef struct {
	l_uword_t	ss_sp;
	int32_t		ss_flags;
	l_uword_t	ss_size;
} l_stack_t;

typedef union {
	int32_t		sival_int;
	l_uword_t	sival_ptr;
} l_sigval_t;

/*
 * siginfo_t: three ints, then (amd64) the union aligned to 8, 128 bytes in
 * all. si_utime/si_stime are clock_t (long).
 */
#define	LINUX_SI_MAX_SIZE	128
#ifdef LINUX_ARCH_AMD64
#define	LINUX_SI_PREAMBLE	16
#else
#define	LINUX_SI_PREAMBLE	12
#endif

typedef struct l_siginfo {
	int32_t		lsi_signo;
	int32_t		lsi_errno;
	int32_t		lsi_code;
	union {
		uint32_t	_pad[(LINUX_SI_MAX_SIZE - LINUX_SI_PREAMBLE) / 4];
		struct {			/* kill, tkill */
			int32_t		_pid;
			uint32_t	_uid;
		} _kill;
		struct {			/* POSIX timers */
			int32_t		_tid;
			int32_t		_overrun;
			l_sigval_t	_sigval;
		} _timer;
		struct {			/* sigqueue and friends */
			int32_t		_pid;
			uint32_t	_uid;
			l_sigval_t	_sigval;
		} _rt;
		struct {			/* SIGCHLD */
			int32_t		_pid;
			uint32_t	_uid;
			int32_t		_status;
			l_sword_t	_utime;
			l_sword_t	_stime;
		} _sigchld;
		struct {			/* SIGILL, SIGFPE, SIGSEGV, SIGBUS, SIGTRAP */
			l_uword_t	_addr;
			int16_t		_addr_lsb;
			union {
				struct {
					l_uword_t	_lower;
					l_uword_t	_upper;
				} _addr_bnd;
				uint32_t	_pkey;
			} _bounds;
		} _sigfault;
		struct {			/* SIGPOLL */
			l_sword_t	_band;
			int32_t		_fd;
		} _sigpoll;
		struct {			/* SIGSYS */
			l_uword_t	_call_addr;
			int32_t		_syscall;
			uint32_t	_arch;
		} _sigsys;
	} _sifields;
} l_siginfo_t;

#define	lsi_pid		_sifields._kill._pid
#define	lsi_uid		_sifields._kill._uid
#define	lsi_tid		_sifields._timer._tid
#define	lsi_overrun	_sifields._timer._overrun
#define	lsi_value	_sifields._rt._sigval
#define	lsi_int		_sifields._rt._sigval.sival_int
#define	lsi_ptr		_sifields._rt._sigval.sival_ptr
#define	lsi_status	_sifields._sigchld._status
#define	lsi_utime	_sifields._sigchld._utime
#define	lsi_stime	_sifields._sigchld._stime
#define	lsi_addr	_sifields._sigfault._addr
#define	lsi_addr_lsb	_sifields._sigfault._addr_lsb
#define	lsi_pkey	_sifields._sigfault._bounds._pkey
#define	lsi_band	_sifields._sigpoll._band
#define	lsi_fd		_sifields._sigpoll._fd
#define	lsi_call_addr	_sifields._sigsys._call_addr
#define	lsi_syscall	_sifields._sigsys._syscall
#define	lsi_arch	_sifields._sigsys._arch

/*
 * The measured layouts. The numbers are copied from layout-x86_64.txt and
 * layout-i386.txt, not computed.
 */
#define	LSA_(c, e)	_Static_assert((c), e)
#ifdef LINUX_ARCH_AMD64
LSA_(sizeof(l_stack_t) == 24, "stack_t");
LSA_(offsetof(l_stack_t, ss_flags) == 8 && offsetof(l_stack_t, ss_size) == 16,
    "stack_t members");
LSA_(sizeof(struct l_sigaction) == 32, "k_rt_sigaction");
LSA_(offsetof(struct l_sigaction, lsa_flags) == 8 &&
    offsetof(struct l_sigaction, lsa_restorer) == 16 &&
    offsetof(struct l_sigaction, lsa_mask) == 24, "k_rt_sigaction members");
LSA_(offsetof(l_siginfo_t, lsi_pid) == 16 &&
    offsetof(l_siginfo_t, lsi_uid) == 20, "siginfo kill");
LSA_(offsetof(l_siginfo_t, lsi_tid) == 16 &&
    offsetof(l_siginfo_t, lsi_overrun) == 20 &&
    offsetof(l_siginfo_t, _sifields._timer._sigval) == 24, "siginfo timer");
LSA_(offsetof(l_siginfo_t, lsi_value) == 24, "siginfo rt");
LSA_(offsetof(l_siginfo_t, lsi_status) == 24 &&
    offsetof(l_siginfo_t, lsi_utime) == 32 &&
    offsetof(l_siginfo_t, lsi_stime) == 40, "siginfo sigchld");
LSA_(offsetof(l_siginfo_t, lsi_addr) == 16 &&
    offsetof(l_siginfo_t, lsi_addr_lsb) == 24 &&
    offsetof(l_siginfo_t, _sifields._sigfault._bounds._addr_bnd._lower) == 32 &&
    offsetof(l_siginfo_t, _sifields._sigfault._bounds._addr_bnd._upper) == 40 &&
    offsetof(l_siginfo_t, lsi_pkey) == 32, "siginfo sigfault");
LSA_(offsetof(l_siginfo_t, lsi_band) == 16 &&
    offsetof(l_siginfo_t, lsi_fd) == 24, "siginfo sigpoll");
LSA_(offsetof(l_siginfo_t, lsi_call_addr) == 16 &&
    offsetof(l_siginfo_t, lsi_syscall) == 24 &&
    offsetof(l_siginfo_t, lsi_arch) == 28, "siginfo sigsys");
#else
LSA_(sizeof(l_stack_t) == 12, "stack_t");
LSA_(offsetof(l_stack_t, ss_flags) == 4 && offsetof(l_stack_t, ss_size) == 8,
    "stack_t members");
LSA_(sizeof(struct l_sigaction) == 20, "k_rt_sigaction");
LSA_(offsetof(struct l_sigaction, lsa_flags) == 4 &&
    offsetof(struct l_sigaction, lsa_restorer) == 8 &&
    offsetof(struct l_sigaction, lsa_mask) == 12, "k_rt_sigaction members");
LSA_(offsetof(l_siginfo_t, lsi_pid) == 12 &&
    offsetof(l_siginfo_t, lsi_uid) == 16, "siginfo kill");
LSA_(offsetof(l_siginfo_t, lsi_tid) == 12 &&
    offsetof(l_siginfo_t, lsi_overrun) == 16 &&
    offsetof(l_siginfo_t, _sifields._timer._sigval) == 20, "siginfo timer");
LSA_(offsetof(l_siginfo_t, lsi_value) == 20, "siginfo rt");
LSA_(offsetof(l_siginfo_t, lsi_status) == 20 &&
    offsetof(l_siginfo_t, lsi_utime) == 24 &&
    offsetof(l_siginfo_t, lsi_stime) == 28, "siginfo sigchld");
LSA_(offsetof(l_siginfo_t, lsi_addr) == 12 &&
    offsetof(l_siginfo_t, lsi_addr_lsb) == 16 &&
    offsetof(l_siginfo_t, _sifields._sigfault._bounds._addr_bnd._lower) == 20 &&
    offsetof(l_siginfo_t, _sifields._sigfault._bounds._addr_bnd._upper) == 24 &&
    offsetof(l_siginfo_t, lsi_pkey) == 20, "siginfo sigfault");
LSA_(offsetof(l_siginfo_t, lsi_band) == 12 &&
    offsetof(l_siginfo_t, lsi_fd) == 16, "siginfo sigpoll");
LSA_(offsetof(l_siginfo_t, lsi_call_addr) == 12 &&
    offsetof(l_siginfo_t, lsi_syscall) == 16 &&
    offsetof(l_siginfo_t, lsi_arch) == 20, "siginfo sigsys");
LSA_(sizeof(struct l_osigaction) == 16 &&
    offsetof(struct l_osigaction, lsa_mask) == 4 &&
    offsetof(struct l_osigaction, lsa_flags) == 8 &&
    offsetof(struct l_osigaction, lsa_restorer) == 12, "k_old_sigaction");
#endif
LSA_(sizeof(l_siginfo_t) == 128, "siginfo_t");
LSA_(offsetof(l_siginfo_t, lsi_errno) == 4 &&
    offsetof(l_siginfo_t, lsi_code) == 8, "siginfo preamble");
LSA_(sizeof(l_sigset_t) == 8, "kernel sigset_t");
#undef LSA_

#endif /* !_LINUX_SIGNAL_ABI_H_ */
