/*
 * linux_signal_types.h — Linux signal types (included by linux_types.h).
 *
 * Owned by the signals work: complete struct l_sigaction, l_osigaction and
 * l_siginfo here.  l_sigset_t and l_stack_t are complete already because
 * the generated prototypes use them by value type and their layout is a
 * plain fact (layout-*.txt in the reference facts: stack_t is 12 bytes on
 * i386, 24 on amd64; sigset_t 8 on both).
 */
#ifndef _LINUX_SIGNAL_TYPES_H_
#define	_LINUX_SIGNAL_TYPES_H_

#ifndef _LINUX_TYPES_H_
#error "include <linux_types.h>, not this header"
#endif

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

struct l_sigaction;		/* rt_sigaction */
struct l_osigaction;		/* i386 sigaction */
typedef struct l_siginfo l_siginfo_t;
struct l_sigevent;		/* timer_create, mq_notify */

_Static_assert(sizeof(l_sigset_t) == 8, "Linux sigset_t is 64 bits");
_Static_assert(sizeof(l_stack_t) == 3 * sizeof(l_ulong),
    "Linux stack_t: 12 bytes on i386, 24 on amd64");

#endif /* !_LINUX_SIGNAL_TYPES_H_ */
