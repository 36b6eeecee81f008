/*
 * linux_futex2_syscall.c — the futex2 system calls: futex_waitv(2) (Linux
 * 5.16) and futex_wake(2), futex_wait(2), futex_requeue(2) (Linux 6.7).
 * Argument decoding only; the core does the rest (futex_wake(),
 * futex_wait(), futex_requeue(), futex_wait_multiple()).
 *
 * What Linux 6.12 accepts (reference/linux/futex-ops.tsv for the values):
 *  - flags (per futex): FUTEX2_SIZE_U32, optionally | FUTEX2_PRIVATE. Any
 *    other size is EINVAL (only 32-bit futexes are implemented), and so is
 *    FUTEX2_NUMA, which the uapi defines but 6.12 does not accept (6.16
 *    implemented it, with FUTEX2_MPOL: not emulated, EINVAL and logged
 *    for a program that sees a later release).
 *  - values and masks must fit in the futex's size (u32): EINVAL if not,
 *    since 6.7 (futex_waitv of 5.16 - 6.6 cut them to 32 bits).
 *  - timeouts are absolute, on CLOCK_MONOTONIC or CLOCK_REALTIME as
 *    clockid says (anything else is EINVAL), read as __kernel_timespec.
 *  - futex_wake with nr 0 wakes nobody (futex(2)'s FUTEX_WAKE wakes one).
 *  - a futex_wait or futex_waitv interrupted by a signal is restarted
 *    under SA_RESTART even when timed: the deadline is absolute.
 *  - futex_requeue's two futexes must have the same flags: 6.7 allowed a
 *    private and a shared one, which let a waiter outlive its key (a
 *    use-after-free); the fix (upstream 19f94b390586, March 2026) is in
 *    the 6.12 and later stable kernels, and this follows it.
 * The checks come in Linux's order, which a program can observe.
 *
 * Where the emulation departs: a 32-bit program's futex_waitv or
 * futex_requeue entry may name an address above 4 GiB (the field is a
 * u64). Linux takes a private key of it without touching it and fails
 * with EFAULT only where it reads the word, so futex_requeue can move
 * waiters to such a futex, which nobody can wake; here such an entry is
 * EFAULT when it is read.
 */
#include "linux_futex_private.h"
#include "linux_release.h"

#include <linux_types.h>
#include "linux_proto.h"
#include "linux_syscall.h"

#define	LINUX_CLOCK_REALTIME	0
#define	LINUX_CLOCK_MONOTONIC	1

#define	FUTEX2_VALID_MASK	(LINUX_FUTEX2_SIZE_MASK | LINUX_FUTEX2_PRIVATE)

#if defined(LINUX_SYS_linux_futex_waitv) || defined(LINUX_SYS_linux_futex2_wait)
/*
 * The flags of one futex (Linux: futex2_to_flags(), futex_flags_valid()):
 * FUTEX_F_* in *fflags, or EINVAL.
 */
static int
futex2_flags(struct thread *td, uint32_t flags2, int *fflags)
{

	if ((flags2 & (LINUX_FUTEX2_NUMA | LINUX_FUTEX2_MPOL)) != 0 &&
	    linux_kernver(td) >= LINUX_KERNVER(6, 16, 0))
		kern_log_once(td, "FUTEX2_NUMA",
		    "futex: FUTEX2_NUMA and FUTEX2_MPOL (Linux 6.16) are not "
		    "emulated");
	if ((flags2 & ~FUTEX2_VALID_MASK) != 0)
		return (EINVAL);
	if ((flags2 & LINUX_FUTEX2_SIZE_MASK) != LINUX_FUTEX2_SIZE_U32)
		return (EINVAL);
	*fflags = (flags2 & LINUX_FUTEX2_PRIVATE) != 0 ? 0 : FUTEX_F_SHARED;
	return (0);
}

/* A value or mask must fit in the (32-bit) futex (Linux 6.7). */
static bool
futex2_fits(uint64_t v)
{

	return ((v >> 32) == 0);
}

/*
 * The absolute deadline of a futex2 wait (Linux: futex2_setup_timeout()):
 * the clock is checked before the timespec is read.
 */
static int
futex2_deadline(const struct l_timespec64 *uts, l_clockid_t clockid,
    struct ktimeout *kt)
{
	int64_t ns;
	int error;

	if (clockid != LINUX_CLOCK_REALTIME && clockid != LINUX_CLOCK_MONOTONIC)
		return (EINVAL);
	error = futex_timespec64_in(uts, &ns);
	if (error != 0)
		return (error);
	kt->kt_clock = clockid == LINUX_CLOCK_REALTIME ? KCLOCK_REALTIME :
	    KCLOCK_MONOTONIC;
	kt->kt_deadline_ns = ns;
	return (0);
}

/*
 * Read struct futex_waitv entries [0, n) into v, checking each as Linux
 * does (futex_parse_waitv()): a fault or a bad entry ends the walk there.
 */
static int
futex2_parse_waitv(struct thread *td, const struct l_futex_waitv *uv, int n,
    struct futex_waitv_entry *v)
{
	struct l_futex_waitv w;
	int i, error;

	for (i = 0; i < n; i++) {
		if (copyin(&uv[i], &w, sizeof(w)) != 0)
			return (EFAULT);
		if ((w.flags & ~FUTEX2_VALID_MASK) != 0 || w.__reserved != 0)
			return (EINVAL);
		error = futex2_flags(td, w.flags, &v[i].fw_flags);
		if (error != 0)
			return (error);
		if (!futex2_fits(w.val) &&
		    linux_kernver(td) >= LINUX_KERNVER(6, 7, 0))
			return (EINVAL);
		v[i].fw_val = (uint32_t)w.val;
		/* Beyond a 32-bit program's reach: see the top comment. */
		if (w.uaddr > (uint64_t)UINTPTR_MAX)
			return (EFAULT);
		v[i].fw_uaddr = (uint32_t *)(uintptr_t)w.uaddr;
	}
	return (0);
}
#endif

#ifdef LINUX_SYS_linux_futex_waitv
int
linux_futex_waitv(struct thread *td, struct linux_futex_waitv_args *args)
{
	struct futex_waitv_entry *v;
	struct ktimeout kt;
	int error, index;

	if (linux_kernver(td) < LINUX_KERNVER(5, 16, 0))
		return (ENOSYS);
	if (args->flags != 0)
		return (EINVAL);
	if (args->nr_futexes == 0 || args->nr_futexes > LINUX_FUTEX_WAITV_MAX ||
	    args->waiters == NULL)
		return (EINVAL);
	if (args->timeout != NULL) {
		error = futex2_deadline(args->timeout, args->clockid, &kt);
		if (error != 0)
			return (error);
	}
	v = kern_malloc(args->nr_futexes * sizeof(*v), KM_ZERO);
	error = futex2_parse_waitv(td, args->waiters, (int)args->nr_futexes,
	    v);
	if (error == 0)
		error = futex_wait_multiple(td, v, (int)args->nr_futexes,
		    args->timeout != NULL ? &kt : NULL, &index);
	kern_free(v);
	if (error == 0)
		td->td_retval[0] = index;
	return (error);
}
#endif

#ifdef LINUX_SYS_linux_futex2_wake
int
linux_futex2_wake(struct thread *td, struct linux_futex2_wake_args *args)
{
	int error, fflags, n;

	if (linux_kernver(td) < LINUX_KERNVER(6, 7, 0))
		return (ENOSYS);
	error = futex2_flags(td, args->flags, &fflags);
	if (error != 0)
		return (error);
	if (!futex2_fits((uint64_t)args->mask))
		return (EINVAL);
	error = futex_wake(td, args->uaddr, fflags | FUTEX_F_STRICT, args->nr,
	    (uint32_t)args->mask, &n);
	if (error == 0)
		td->td_retval[0] = n;
	return (error);
}
#endif

#ifdef LINUX_SYS_linux_futex2_wait
int
linux_futex2_wait(struct thread *td, struct linux_futex2_wait_args *args)
{
	struct ktimeout kt;
	int error, fflags;

	if (linux_kernver(td) < LINUX_KERNVER(6, 7, 0))
		return (ENOSYS);
	error = futex2_flags(td, args->flags, &fflags);
	if (error != 0)
		return (error);
	if (!futex2_fits((uint64_t)args->val) ||
	    !futex2_fits((uint64_t)args->mask))
		return (EINVAL);
	if (args->timeout != NULL) {
		error = futex2_deadline(args->timeout, args->clockid, &kt);
		if (error != 0)
			return (error);
	}
	/* ERESTART stays: the deadline is absolute, a restart waits no
	   longer (Linux: ERESTARTSYS). */
	return (futex_wait(td, args->uaddr, fflags, (uint32_t)args->val,
	    args->timeout != NULL ? &kt : NULL, (uint32_t)args->mask));
}
#endif

#ifdef LINUX_SYS_linux_futex2_requeue
int
linux_futex2_requeue(struct thread *td,
    struct linux_futex2_requeue_args *args)
{
	struct futex_waitv_entry v[2];
	uint32_t cmpval;
	int error, n;

	if (linux_kernver(td) < LINUX_KERNVER(6, 7, 0))
		return (ENOSYS);
	if (args->flags != 0 || args->waiters == NULL)
		return (EINVAL);
	error = futex2_parse_waitv(td, args->waiters, 2, v);
	if (error != 0)
		return (error);
	if (v[0].fw_flags != v[1].fw_flags)
		return (EINVAL);
	cmpval = v[0].fw_val;
	error = futex_requeue(td, v[0].fw_uaddr, v[0].fw_flags, v[1].fw_uaddr,
	    args->nr_wake, args->nr_requeue, &cmpval, &n);
	if (error == 0)
		td->td_retval[0] = n;
	return (error);
}
#endif
