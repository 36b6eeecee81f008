/*
 * linux_signal_abi.h — the Linux signal ABI seen by a program of the
 * architecture the runtime is compiled for (amd64 natively, i386 with -m32):
 * flags, codes and limits of sigaction, sigaltstack, sigprocmask and
 * siginfo.
 *
 * Facts: Linux's include/uapi/asm-generic/siginfo.h, signal-defs.h,
 * arch/x86/include/uapi/asm/signal.h; sizes and offsets measured with the
 * real headers natively and with gcc -m32 (shared/reference/linux/
 * layout-x86_64.txt, layout-i386.txt).
 *
 * The types themselves are in linux_signal_types.h (part of
 * linux_types.h); this header adds the constants and helpers.
 */
#ifndef _LINUX_SIGNAL_ABI_H_
#define _LINUX_SIGNAL_ABI_H_

#include <stddef.h>
#include <stdint.h>

#include "linux_types.h"	/* l_* types, linux_signal_types.h */
#include "linux_signal.h"	/* generated: LINUX_SIG* numbers */

/*
 * Signal numbers: the generated out/<release>/linux_signal.h (from
 * spec/<release>/signal.map) names them LINUX_SIG*; the limits below are
 * the ones the runtime adds.
 */
#define	LINUX__NSIG		LINUX_NSIG	/* highest signal number */
#define	LINUX_SIG_VALID(s)	((s) >= 1 && (s) <= LINUX_NSIG)

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

/* A Linux sigset as one 64-bit word: bit (n - 1) for signal n. */
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

#endif /* !_LINUX_SIGNAL_ABI_H_ */
