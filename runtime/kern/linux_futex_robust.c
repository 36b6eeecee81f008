/*
 * linux_futex_robust.c — robust futexes (set_robust_list(2),
 * get_robust_list(2)) and the futex part of thread exit and execve.
 *
 * A thread registers the head of a list, in its own memory, of the locks
 * it holds; user space keeps the list. When the thread exits, the kernel
 * walks the list and, for every futex word that still holds the thread's
 * id, sets FUTEX_OWNER_DIED (keeping FUTEX_WAITERS) and wakes one waiter,
 * so that the next locker learns the owner died (pthread mutexes: EOWNERDEAD)
 * instead of waiting forever. A second word, list_op_pending, covers the
 * lock being taken or released at the moment of death.
 *
 * The walk trusts nothing in user memory: any fault ends it silently, and
 * at most LINUX_ROBUST_LIST_LIMIT entries are visited (a cyclic list ends
 * there), as on Linux. The FreeBSD code of the thesis's era added the
 * futex offset to a uint32_t pointer, scaling it by four; the offset is
 * in bytes.
 */
#include "linux_futex_private.h"

void
linux_futex_thread_init(struct linux_futex_thread *ft)
{

	atomic_init(&ft->lft_robust_head, NULL);
	ft->lft_pi_owned = NULL;
	ft->lft_blocked_on = NULL;
	ft->lft_exit = LINUX_FUTEX_ALIVE;
}

void
linux_futex_thread_fini(struct linux_futex_thread *ft)
{

	KASSERT(ft->lft_pi_owned == NULL,
	    ("linux_futex_thread_fini: PI futexes still owned"));
}

int
futex_set_robust_list(struct thread *td, void *head, size_t len)
{

	/* The kernel knows one size of head: Linux says EINVAL otherwise. */
	if (len != sizeof(struct futex_robust_head))
		return (EINVAL);
	atomic_store(&linux_futex_thread(td)->lft_robust_head, head);
	return (0);
}

/*
 * pid 0 is the caller. Linux also checks ptrace access (EPERM); every
 * emulated thread of a host runs with the same credentials, so that check
 * always passes here.
 */
int
futex_get_robust_list(struct thread *td, int pid, void **headp, size_t *lenp)
{
	struct thread *target;

	*lenp = sizeof(struct futex_robust_head);
	if (pid == 0) {
		*headp = atomic_load(&linux_futex_thread(td)->lft_robust_head);
		return (0);
	}
	target = kern_tdfind((lwpid_t)pid);
	if (target == NULL)
		return (ESRCH);
	*headp = atomic_load(&linux_futex_thread(target)->lft_robust_head);
	kern_tdrele(target);
	return (0);
}

/* Read a list pointer; bit 0 is the PI flag. Linux: fetch_robust_entry(). */
static int
fetch_robust_entry(uintptr_t uptr, uintptr_t *entry, bool *pi)
{
	uintptr_t v;

	if (copyin((const void *)uptr, &v, sizeof(v)) != 0)
		return (EFAULT);
	*entry = v & ~(uintptr_t)1;
	*pi = (v & 1) != 0;
	return (0);
}

/*
 * One futex of a dying owner (Linux: handle_futex_death()). Returns
 * nonzero when the walk must stop.
 */
static int
handle_futex_death(struct thread *td, uint32_t *uaddr, bool pi,
    bool pending_op)
{
	uint32_t uval, nval, mval;
	int32_t v;

	/* A misaligned word is garbage: stop, as Linux does. */
	if (((uintptr_t)uaddr & (sizeof(uint32_t) - 1)) != 0)
		return (EINVAL);
retry:
	if (fueword32(uaddr, &v) != 0)
		return (EFAULT);
	uval = (uint32_t)v;

	/*
	 * The owner died between releasing a non-PI lock (word now 0) and
	 * waking its waiters, or while taking one: wake a waiter, which
	 * otherwise could sleep forever.
	 */
	if (pending_op && !pi && uval == 0) {
		(void)linux_futex_wake(td, uaddr, 1, true, NULL);
		return (0);
	}
	if ((uval & LINUX_FUTEX_TID_MASK) != futex_tid(td))
		return (0);

	/* Ours: mark it dead. Waiters of a PI futex are handed the lock by
	   futex_pi_exit(); others get one wakeup, to find OWNER_DIED. */
	mval = (uval & LINUX_FUTEX_WAITERS) | LINUX_FUTEX_OWNER_DIED;
	switch (casueword32(uaddr, uval, &nval, mval)) {
	case -1:
		return (EFAULT);
	case 1:
		goto retry;
	}
	if (!pi && (uval & LINUX_FUTEX_WAITERS) != 0)
		(void)linux_futex_wake(td, uaddr, 1, true, NULL);
	return (0);
}

/* Linux: exit_robust_list(). */
static void
futex_exit_robust_list(struct thread *td, uintptr_t head)
{
	const struct futex_robust_head *h = (const void *)head;
	uintptr_t entry, next = 0, pending;
	intptr_t offset;
	unsigned limit = LINUX_ROBUST_LIST_LIMIT;
	bool pi, next_pi = false, pending_pi;
	int rc;

	if (fetch_robust_entry((uintptr_t)&h->frh_list_next, &entry, &pi) != 0)
		return;
	if (copyin(&h->frh_futex_offset, &offset, sizeof(offset)) != 0)
		return;
	if (fetch_robust_entry((uintptr_t)&h->frh_list_op_pending, &pending,
	    &pending_pi) != 0)
		return;

	while (entry != (uintptr_t)&h->frh_list_next) {
		/* Fetch the next entry before the futex word is touched:
		   waking a waiter may let it change the list. */
		rc = fetch_robust_entry(entry, &next, &next_pi);
		/* The pending lock may be on the list too: once is enough. */
		if (entry != pending &&
		    handle_futex_death(td, (uint32_t *)(entry + offset), pi,
		    false) != 0)
			return;
		if (rc != 0)
			return;
		entry = next;
		pi = next_pi;
		if (--limit == 0)
			break;
	}
	if (pending != 0)
		(void)handle_futex_death(td, (uint32_t *)(pending + offset),
		    pending_pi, true);
}

/*
 * Release everything: the robust list, then PI ownership. The exit state
 * makes PI lockers that find this thread in a word wait for the end
 * (EXITING) or give up on it (DEAD) instead of attaching to it.
 */
static bool
futex_cleanup_begin(struct linux_futex_thread *ft)
{
	bool begun;

	futex_core_init();
	kmtx_lock(&futex_pi_mtx);
	begun = ft->lft_exit == LINUX_FUTEX_ALIVE;
	if (begun)
		ft->lft_exit = LINUX_FUTEX_EXITING;
	kmtx_unlock(&futex_pi_mtx);
	return (begun);
}

static void
futex_cleanup(struct thread *td, struct linux_futex_thread *ft)
{
	void *head;

	head = atomic_exchange(&ft->lft_robust_head, NULL);
	if (head != NULL)
		futex_exit_robust_list(td, (uintptr_t)head);
	futex_pi_exit(td, ft);
}

static void
futex_cleanup_end(struct linux_futex_thread *ft, int state)
{

	kmtx_lock(&futex_pi_mtx);
	ft->lft_exit = state;
	kern_wakeup(&ft->lft_exit);
	kmtx_unlock(&futex_pi_mtx);
}

void
linux_futex_thread_exit(struct thread *td)
{
	struct linux_futex_thread *ft = linux_futex_thread(td);

	if (!futex_cleanup_begin(ft))
		return;
	futex_cleanup(td, ft);
	futex_cleanup_end(ft, LINUX_FUTEX_DEAD);
}

void
linux_futex_exec(struct thread *td)
{
	struct linux_futex_thread *ft = linux_futex_thread(td);

	if (!futex_cleanup_begin(ft))
		return;
	futex_cleanup(td, ft);
	futex_cleanup_end(ft, LINUX_FUTEX_ALIVE);
}
