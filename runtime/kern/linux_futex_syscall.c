/*
 * linux_futex_syscall.c — futex(2), futex_time64(2), set_robust_list(2),
 * get_robust_list(2): argument decoding only (the futex2 calls are in
 * linux_futex2_syscall.c). The arguments are normalised once, here, and
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
	/* Condition variables whose mutex is a PI futex. */
	[LINUX_FUTEX_WAIT_REQUEUE_PI] = { "FUTEX_WAIT_REQUEUE_PI",
	    LINUX_KERNVER(2, 6, 31), 0, true, true },
	[LINUX_FUTEX_CMP_REQUEUE_PI] = { "FUTEX_CMP_REQUEUE_PI",
	    LINUX_KERNVER(2, 6, 31), 0, false, true },
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
 * Check a timespec and return it in nanoseconds (Linux: timespec64_valid()
 * and timespec64_to_ktime(), which saturates instead of overflowing; so do
 * we).
 */
static int
futex_timespec_ns(int64_t sec, uint64_t nsec, int64_t *ns)
{

	if (sec < 0 || nsec >= (uint64_t)NSEC_PER_SEC)
		return (EINVAL);
	*ns = (sec >= INT64_MAX / NSEC_PER_SEC) ? INT64_MAX :
	    sec * NSEC_PER_SEC + (int64_t)nsec;
	return (0);
}

/*
 * A struct __kernel_timespec from user memory (Linux: get_timespec64()):
 * a 32-bit program's tv_nsec is its low 32 bits, as a compat or i386
 * kernel reads it.
 */
int
futex_timespec64_in(const struct l_timespec64 *uts, int64_t *ns)
{
	struct l_timespec64 ts;
	uint64_t nsec;

	if (copyin(uts, &ts, sizeof(ts)) != 0)
		return (EFAULT);
	nsec = (uint64_t)ts.tv_nsec;
	if (sizeof(l_long) == 4)
		nsec &= 0xffffffffu;
	return (futex_timespec_ns(ts.tv_sec, nsec, ns));
}

/*
 * Read futex(2)'s timeout (struct timespec of the architecture, or
 * __kernel_timespec for futex_time64) and turn it into an absolute
 * deadline: FUTEX_WAIT's is relative to the monotonic clock, the others'
 * absolute on the clock the op names.
 */
static int
futex_deadline(const void *uts, bool time64, int cmd, int flags,
    struct ktimeout *kt)
{
	struct l_timespec ts;
	int64_t ns, now;
	int error;

	if (time64)
		error = futex_timespec64_in(uts, &ns);
	else if (copyin(uts, &ts, sizeof(ts)) != 0)
		error = EFAULT;
	else
		error = futex_timespec_ns(ts.tv_sec,
		    (uint64_t)(int64_t)ts.tv_nsec, &ns);
	if (error != 0)
		return (error);
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

/*
 * futex(2) and futex_time64(2): one call, two layouts of the timeout.
 */
static int
futex_syscall(struct thread *td, uint32_t *uaddr, int op, uint32_t val,
    const void *timeout, bool time64, uint32_t *uaddr2, uint32_t val3)
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
	fa.fa_uaddr = uaddr;
	fa.fa_cmd = op & ~known_flags;
	fa.fa_val = val;
	fa.fa_uaddr2 = uaddr2;
	fa.fa_val3 = val3;
	/* REQUEUE, CMP_REQUEUE and WAKE_OP take a count in place of the
	   timeout pointer. */
	fa.fa_val2 = (uint32_t)(uintptr_t)timeout;
	if ((op & known_flags & LINUX_FUTEX_PRIVATE_FLAG) == 0)
		fa.fa_flags |= FUTEX_F_SHARED;
	if ((op & known_flags & LINUX_FUTEX_CLOCK_REALTIME) != 0)
		fa.fa_flags |= FUTEX_F_CLOCKRT;
	if (kernver < LINUX_KERNVER(2, 6, 31))
		fa.fa_flags |= FUTEX_F_OLD_REQUEUE_LIMIT;
	if (kernver < LINUX_KERNVER(4, 15, 0))
		fa.fa_flags |= FUTEX_F_NEGATIVE_COUNTS;

	ci = futex_cmd_lookup(fa.fa_cmd, kernver);

	/* Linux reads the timeout before it looks at the flags. */
	if (ci != NULL && ci->fci_timeout && timeout != NULL) {
		int tflags = fa.fa_flags;

		/* LOCK_PI's absolute timeout is always on CLOCK_REALTIME. */
		if (fa.fa_cmd == LINUX_FUTEX_LOCK_PI)
			tflags |= FUTEX_F_CLOCKRT;
		error = futex_deadline(timeout, time64, fa.fa_cmd, tflags,
		    &kt);
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
	case LINUX_FUTEX_WAIT_BITSET:
		error = futex_wait(td, fa.fa_uaddr, fa.fa_flags, fa.fa_val,
		    fa.fa_deadline, fa.fa_cmd == LINUX_FUTEX_WAIT ?
		    LINUX_FUTEX_BITSET_MATCH_ANY : fa.fa_val3);
		/*
		 * A timed wait is not restartable as is: its timeout may be
		 * relative. Linux then returns ERESTART_RESTARTBLOCK, which
		 * becomes EINTR whenever a handler runs (and a transparent
		 * restart with the remaining time only when no handler runs
		 * — a case in which the host does not interrupt the sleep at
		 * all). An untimed wait is ERESTARTSYS: restarted under
		 * SA_RESTART, EINTR otherwise, which is what the sleep
		 * returned.
		 */
		if (error == ERESTART && fa.fa_deadline != NULL)
			error = EINTR;
		return (error);
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
	case LINUX_FUTEX_WAIT_REQUEUE_PI:
		/* Its ERESTART is Linux's ERESTARTNOINTR: no EINTR. */
		return (futex_wait_requeue_pi(td, fa.fa_uaddr, fa.fa_flags,
		    fa.fa_val, fa.fa_deadline, LINUX_FUTEX_BITSET_MATCH_ANY,
		    fa.fa_uaddr2));
	case LINUX_FUTEX_CMP_REQUEUE_PI:
		error = futex_cmp_requeue_pi(td, fa.fa_uaddr, fa.fa_flags,
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

int
linux_futex(struct thread *td, struct linux_futex_args *args)
{

	return (futex_syscall(td, args->uaddr, args->op, args->val,
	    args->timeout, false, args->uaddr2, args->val3));
}

#ifdef LINUX_SYS_linux_futex_time64
/*
 * futex_time64(2) (i386, Linux 5.1): futex(2) with a __kernel_timespec,
 * so that 32-bit programs can wait past 2038.
 */
int
linux_futex_time64(struct thread *td, struct linux_futex_time64_args *args)
{

	if (linux_kernver(td) < LINUX_KERNVER(5, 1, 0))
		return (ENOSYS);
	return (futex_syscall(td, args->uaddr, args->op, args->val,
	    args->utime, true, args->uaddr2, args->val3));
}
#endif

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
