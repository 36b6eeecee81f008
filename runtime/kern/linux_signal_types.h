/*
 * linux_signal_types.h — Linux signal types (included by linux_types.h).
 *
 * Owned by the signals work: complete struct l_sigaction, l_osigaction and
 * l_siginfo here.  l_sigset_t and l_stack_t are complete already because
 * their layout is a plain fact (layout-*.txt in the reference facts).
 */
#ifndef _LINUX_SIGNAL_TYPES_H_
#define	_LINUX_SIGNAL_TYPES_H_

#ifndef _LINUX_TYPES_H_
#error "include <linux_types.h>, not this header"
#endif

/* The kernel's sigset_t: 64 signals, in longs (2 on i386, 1 on amd64). */
#define	LINUX_NSIG		64
#define	LINUX_NSIG_WORDS	(LINUX_NSIG / (8 * (int)sizeof(l_ulong)))
typedef struct {
	l_ulong	__mask[LINUX_NSIG_WORDS];
} l_sigset_t;

/* old_sigset_t of sigprocmask, sigpending, sigsuspend: one long. */
typedef l_ulong		l_osigset_t;

/* stack_t of sigaltstack. */
typedef struct l_sigaltstack {
	l_uintptr_t	ss_sp;
	l_int		ss_flags;
	l_size_t	ss_size;
} l_stack_t;

struct l_sigaction;		/* rt_sigaction */
struct l_osigaction;		/* i386 sigaction */
typedef struct l_siginfo l_siginfo_t;
struct l_sigevent;		/* timer_create, mq_notify */

#endif /* !_LINUX_SIGNAL_TYPES_H_ */
