/*
 * linux_futex_syscall.c — futex(2), set_robust_list(2), get_robust_list(2):
 * argument decoding only. The arguments are normalised once, here, and
 * the core (linux_futex_*.c) never sees the raw op word or a user
 * timespec.
 *
 * What the emulated release knows (linux_release.h) decides what is an
 * operation at all: an operation or flag bit the release did not have is
 * ENOSYS, as that release's switch statement answered. Dates are Linux's
 * (futex(2), reference/linux/futex-ops.tsv).
 */
#include <string.h>

#include "linux_futex_private.h"
#include "linux_release.h"

#include <linux_types.h>
#include "linux_proto.h"
#include "linux_syscall.h"

struct futex_cmd_info {
	const char	*fci_name;
	int		 fci_since;	/* first release with it */
	int		 fci_until;	/* first release without it, 0: none */
	bool		 fci_timeout;	/* the 4th argument is a timeout */
	bool		 fci_emulated;	/* false: ENOSYS, logged once */
};

static const struct futex_cmd_info futex_cmds[] = {
	[LINUX_FUTEX_WAIT] = { "FUTEX_WAIT", LINUX_KERNVER(2, 6, 0), 0,
	    true, true },
	[LINUX_FUTEX_WAKE] = { "FUTEX_WAKE", LINUX_KERNVER(2, 6, 0), 0,
	    false, true },
	[LINUX_FUTEX_FD] = { "FUTEX_FD", LINUX_KERNVER(2, 6, 0),
	    LINUX_KERNVER(2, 6, 26), false, true },
	[LINUX_FUTEX_REQUEUE] = { "FUTEX_REQUEUE", LINUX_KERNVER(2, 6, 0), 0,
	    false, true },
	[LINUX_FUTEX_CMP_REQUEUE] = { "FUTEX_CMP_REQUEUE",
	    LINUX_KERNVER(2, 6, 7), 0, false, true },
	[LINUX_FUTEX_WAKE_OP] = { "FUTEX_WAKE_OP", LINUX_KERNVER(2, 6, 14), 0,
	    false, true },
	[LINUX_FUTEX_LOCK_PI] = { "FUTEX_LOCK_PI", LINUX_KERNVER(2, 6, 18), 0,
	    true, true },
	[LINUX_FUTEX_UNLOCK_PI] = { "FUTEX_UNLOCK_PI",
	    LINUX_KERNVER(2, 6, 18), 0, false, true },
	[LINUX_FUTEX_TRYLOCK_PI] = { "FUTEX_TRYLOCK_PI",
	    LINUX_KERNVER(2, 6, 18), 0, false, true },
	[LINUX_FUTEX_WAIT_BITSET] = { "FUTEX_WAIT_BITSET",
	    LINUX_KERNVER(2, 6, 25), 0, true, true },
	[LINUX_FUTEX_WAKE_BITSET] = { "FUTEX_WAKE_BITSET",
	    LINUX_KERNVER(2, 6, 25), 0, false, true },
	/*
	 * Requeueing condition-variable waiters onto a PI mutex: glibc
	 * stopped using it in 2.25 (it cannot implement POSIX condition
	 * variables correctly, glibc bug 13165), as FreeBSD's Linuxulator
	 * notes; not emulated.
	 */
	[LINUX_FUTEX_WAIT_REQUEUE_PI] = { "FUTEX_WAIT_REQUEUE_PI",
	    LINUX_KERNVER(2, 6, 31), 0, true, false },
	[LINUX_FUTEX_CMP_REQUEUE_PI] = { "FUTEX_CMP_REQUEUE_PI",
	    LINUX_KERNVER(2, 6, 31), 0, false, false },
	[LINUX_FUTEX_LOCK_PI2] = { "FUTEX_LOCK_PI2", LINUX_KERNVER(5, 14, 0),
	    0, true, true },
};
#define	FUTEX_NCMDS	(int)(sizeof(futex_cmds) / sizeof(futex_cmds[0]))

static const struct futex_cmd_info *
futex_cmd_lookup(int cmd, int kernver)
{
	const struct futex_cmd_info *ci;

	if (cmd < 0 || cmd >= FUTEX_NCMDS)
		return (NULL);
	ci = &futex_cmds[cmd];
	if (kernver < ci->fci_since ||
	    (ci->fci_until != 0 && kernver >= ci->fci_until))
		return (NULL);
	return (ci);
}

/*
 * FUTEX_CLOCK_REALTIME is accepted with the waits whose timeout is
 * absolute; with FUTEX_WAIT (relative) only from 4.5 until it was
 * reverted in 5.13.
 */
static bool
futex_clockrt_allowed(int cmd, int kernver)
{

	switch (cmd) {
	case LINUX_FUTEX_WAIT_BITSET:
	case LINUX_FUTEX_WAIT_REQUEUE_PI:
	case LINUX_FUTEX_LOCK_PI2:
		return (true);
	case LINUX_FUTEX_WAIT:
		return (kernver >= LINUX_KERNVER(4, 5, 0) &&
		    kernver < LINUX_KERNVER(5, 13, 0));
	default:
		return (false);
	}
}

#define	NSEC_PER_SEC	1000000000LL

/*
 * Read and check a timespec (Linux: get_timespec64(), timespec64_valid())
 * and turn it into an absolute deadline: FUTEX_WAIT's is relative to the
 * monotonic clock, the others' absolute on the clock the op names.
 * Linux saturates instead of overflowing; so do we.
 */
static int
futex_deadline(const struct l_timespec *uts, int cmd, int flags,
    struct ktimeout *kt)
{
	struct l_timespec ts;
	int64_t sec, ns, now;

	if (copyin(uts, &ts, sizeof(ts)) != 0)
		return (EFAULT);
	if (ts.tv_sec < 0 || (uint64_t)(int64_t)ts.tv_nsec >=
	    (uint64_t)NSEC_PER_SEC)
		return (EINVAL);
	sec = ts.tv_sec;
	ns = (sec >= INT64_MAX / NSEC_PER_SEC) ? INT64_MAX :
	    sec * NSEC_PER_SEC + ts.tv_nsec;
	kt->kt_clock = (flags & FUTEX_F_CLOCKRT) != 0 ? KCLOCK_REALTIME :
	    KCLOCK_MONOTONIC;
	if (cmd == LINUX_FUTEX_WAIT) {
		kt->kt_clock = KCLOCK_MONOTONIC;
		now = kern_clock_ns(KCLOCK_MONOTONIC);
		ns = ns > INT64_MAX - now ? INT64_MAX : ns + now;
	}
	kt->kt_deadline_ns = ns;
	return (0);
}

int
linux_futex(struct thread *td, struct linux_futex_args *args)
{
	const struct futex_cmd_info *ci;
	struct futex_args fa;
	struct ktimeout kt;
	int kernver, known_flags, error, n;
	uint32_t cmpval;

	kernver = linux_kernver(td);
	known_flags = 0;
	if (kernver >= LINUX_KERNVER(2, 6, 22))
		known_flags |= LINUX_FUTEX_PRIVATE_FLAG;
	if (kernver >= LINUX_KERNVER(2, 6, 28))
		known_flags |= LINUX_FUTEX_CLOCK_REALTIME;

	memset(&fa, 0, sizeof(fa));
	fa.fa_uaddr = args->uaddr;
	fa.fa_cmd = args->op & ~known_flags;
	fa.fa_val = args->val;
	fa.fa_uaddr2 = args->uaddr2;
	fa.fa_val3 = args->val3;
	/* REQUEUE, CMP_REQUEUE and WAKE_OP take a count in place of the
	   timeout pointer. */
	fa.fa_val2 = (uint32_t)(uintptr_t)args->timeout;
	if ((args->op & known_flags & LINUX_FUTEX_PRIVATE_FLAG) == 0)
		fa.fa_flags |= FUTEX_F_SHARED;
	if ((args->op & known_flags & LINUX_FUTEX_CLOCK_REALTIME) != 0)
		fa.fa_flags |= FUTEX_F_CLOCKRT;
	if (kernver < LINUX_KERNVER(2, 6, 31))
		fa.fa_flags |= FUTEX_F_OLD_REQUEUE_LIMIT;
	if (kernver < LINUX_KERNVER(4, 15, 0))
		fa.fa_flags |= FUTEX_F_NEGATIVE_COUNTS;

	ci = futex_cmd_lookup(fa.fa_cmd, kernver);

	/* Linux reads the timeout before it looks at the flags. */
	if (ci != NULL && ci->fci_timeout && args->timeout != NULL) {
		int tflags = fa.fa_flags;

		/* LOCK_PI's absolute timeout is always on CLOCK_REALTIME. */
		if (fa.fa_cmd == LINUX_FUTEX_LOCK_PI)
			tflags |= FUTEX_F_CLOCKRT;
		error = futex_deadline(args->timeout, fa.fa_cmd, tflags, &kt);
		if (error != 0)
			return (error);
		fa.fa_deadline = &kt;
	}
	if ((fa.fa_flags & FUTEX_F_CLOCKRT) != 0 &&
	    !futex_clockrt_allowed(fa.fa_cmd, kernver))
		return (ENOSYS);
	if (ci == NULL)
		return (ENOSYS);
	if (!ci->fci_emulated) {
		kern_log_once(td, ci->fci_name,
		    "futex: %s is not implemented", ci->fci_name);
		return (ENOSYS);
	}

	n = 0;
	switch (fa.fa_cmd) {
	case LINUX_FUTEX_WAIT:
		return (futex_wait(td, fa.fa_uaddr, fa.fa_flags, fa.fa_val,
		    fa.fa_deadline, LINUX_FUTEX_BITSET_MATCH_ANY));
	case LINUX_FUTEX_WAIT_BITSET:
		return (futex_wait(td, fa.fa_uaddr, fa.fa_flags, fa.fa_val,
		    fa.fa_deadline, fa.fa_val3));
	case LINUX_FUTEX_WAKE:
		error = futex_wake(td, fa.fa_uaddr, fa.fa_flags,
		    (int)fa.fa_val, LINUX_FUTEX_BITSET_MATCH_ANY, &n);
		break;
	case LINUX_FUTEX_WAKE_BITSET:
		error = futex_wake(td, fa.fa_uaddr, fa.fa_flags,
		    (int)fa.fa_val, fa.fa_val3, &n);
		break;
	case LINUX_FUTEX_REQUEUE:
		error = futex_requeue(td, fa.fa_uaddr, fa.fa_flags,
		    fa.fa_uaddr2, (int)fa.fa_val, (int)fa.fa_val2, NULL, &n);
		break;
	case LINUX_FUTEX_CMP_REQUEUE:
		cmpval = fa.fa_val3;
		error = futex_requeue(td, fa.fa_uaddr, fa.fa_flags,
		    fa.fa_uaddr2, (int)fa.fa_val, (int)fa.fa_val2, &cmpval,
		    &n);
		break;
	case LINUX_FUTEX_WAKE_OP:
		error = futex_wake_op(td, fa.fa_uaddr, fa.fa_flags,
		    fa.fa_uaddr2, (int)fa.fa_val, (int)fa.fa_val2, fa.fa_val3,
		    &n);
		break;
	case LINUX_FUTEX_LOCK_PI:
	case LINUX_FUTEX_LOCK_PI2:
		return (futex_lock_pi(td, fa.fa_uaddr, fa.fa_flags,
		    fa.fa_deadline, false));
	case LINUX_FUTEX_TRYLOCK_PI:
		return (futex_lock_pi(td, fa.fa_uaddr, fa.fa_flags, NULL,
		    true));
	case LINUX_FUTEX_UNLOCK_PI:
		return (futex_unlock_pi(td, fa.fa_uaddr, fa.fa_flags));
	case LINUX_FUTEX_FD:
		/* val is the signal to send when woken. */
		error = futex_fd(td, fa.fa_uaddr, (int)fa.fa_val, &n);
		break;
	default:
		return (ENOSYS);
	}
	if (error == 0)
		td->td_retval[0] = n;
	return (error);
}

#ifdef LINUX_SYS_linux_set_robust_list
int
linux_set_robust_list(struct thread *td,
    struct linux_set_robust_list_args *args)
{

	return (futex_set_robust_list(td, args->head, args->len));
}
#endif

#ifdef LINUX_SYS_linux_get_robust_list
int
linux_get_robust_list(struct thread *td,
    struct linux_get_robust_list_args *args)
{
	void *head;
	size_t len;
	l_size_t llen;
	l_uintptr_t lhead;
	int error;

	error = futex_get_robust_list(td, args->pid, &head, &len);
	if (error != 0)
		return (error);
	/* Linux stores the length first. */
	llen = (l_size_t)len;
	if (copyout(&llen, args->len, sizeof(llen)) != 0)
		return (EFAULT);
	lhead = (l_uintptr_t)(uintptr_t)head;
	return (copyout(&lhead, args->head, sizeof(lhead)));
}
#endif
