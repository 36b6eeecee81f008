/*
 * linux_signal_types.h — Linux signal types (included by linux_types.h).
 *
 * Owned by the signals work. l_sigset_t and l_stack_t were completed by the
 * spec work (their layout is a plain fact); struct l_sigaction,
 * l_osigaction and l_siginfo are completed here, with the sizes and offsets
 * measured with the real headers natively and with gcc -m32
 * (shared/reference/linux/layout-x86_64.txt, layout-i386.txt) asserted
 * below: a layout change is a compile error, not a silent ABI break.
 * Constants and the frame layouts are in linux_signal_abi.h and
 * linux_sigframe.h.
 */
#ifndef _LINUX_SIGNAL_TYPES_H_
#define	_LINUX_SIGNAL_TYPES_H_

#ifndef _LINUX_TYPES_H_
#error "include <linux_types.h>, not this header"
#endif

#include <stddef.h>

/*
 * The kernel's sigset_t: 64 bits, bit (n - 1) for signal n.  Kept as two
 * 32-bit words on both architectures (as FreeBSD's Linuxulator does): the
 * same memory image as Linux's longs on a little-endian machine, and 4-byte
 * alignment, which the i386 ucontext needs (uc_sigmask at offset 108).
 */
#define	LINUX_NSIG		64
#define	LINUX_NSIG_WORDS	2
typedef struct {
	uint32_t	__mask[LINUX_NSIG_WORDS];
} l_sigset_t;

/* old_sigset_t of i386 sigprocmask, sigpending, sigsuspend: signals 1-32. */
typedef l_uint		l_osigset_t;

/* stack_t of sigaltstack. */
typedef struct {
	l_ulong		ss_sp;
	l_int		ss_flags;
	l_ulong		ss_size;
} l_stack_t;

/* rt_sigaction(2)'s struct (the kernel's, not glibc's). */
struct l_sigaction {
	l_uintptr_t	lsa_handler;
	l_ulong		lsa_flags;
	l_uintptr_t	lsa_restorer;
	l_sigset_t	lsa_mask;
};

/* sigaction(2) on i386 (old_sigaction): the mask before the flags. */
struct l_osigaction {
	l_uintptr_t	lsa_handler;
	l_osigset_t	lsa_mask;
	l_ulong		lsa_flags;
	l_uintptr_t	lsa_restorer;
};

typedef union l_sigval {
	l_int		sival_int;
	l_uintptr_t	sival_ptr;
} l_sigval_t;

/*
 * siginfo_t: three ints, then the union (8-aligned on amd64), 128 bytes in
 * all. si_utime/si_stime are clock_t (long).
 */
#define	LINUX_SI_MAX_SIZE	128
#ifdef LINUX_ARCH_AMD64
#define	LINUX_SI_PREAMBLE	16
#else
#define	LINUX_SI_PREAMBLE	12
#endif

typedef struct l_siginfo {
	l_int		lsi_signo;
	l_int		lsi_errno;
	l_int		lsi_code;
	union {
		l_uint		_pad[(LINUX_SI_MAX_SIZE - LINUX_SI_PREAMBLE) / 4];
		struct {			/* kill, tkill */
			l_pid_t		_pid;
			l_uid_t		_uid;
		} _kill;
		struct {			/* POSIX timers */
			l_timer_t	_tid;
			l_int		_overrun;
			l_sigval_t	_sigval;
		} _timer;
		struct {			/* sigqueue and friends */
			l_pid_t		_pid;
			l_uid_t		_uid;
			l_sigval_t	_sigval;
		} _rt;
		struct {			/* SIGCHLD */
			l_pid_t		_pid;
			l_uid_t		_uid;
			l_int		_status;
			l_clock_t	_utime;
			l_clock_t	_stime;
		} _sigchld;
		struct {			/* SIGILL, SIGFPE, SIGSEGV, SIGBUS, SIGTRAP */
			l_uintptr_t	_addr;
			l_short		_addr_lsb;
			union {
				struct {
					l_uintptr_t	_lower;
					l_uintptr_t	_upper;
				} _addr_bnd;
				l_uint		_pkey;
			} _bounds;
		} _sigfault;
		struct {			/* SIGPOLL */
			l_long		_band;
			l_int		_fd;
		} _sigpoll;
		struct {			/* SIGSYS */
			l_uintptr_t	_call_addr;
			l_int		_syscall;
			l_uint		_arch;
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

struct l_sigevent;		/* timer_create, mq_notify */

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

#endif /* !_LINUX_SIGNAL_TYPES_H_ */
