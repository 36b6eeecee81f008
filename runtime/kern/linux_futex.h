/*
 * linux_futex.h — what the futex core offers the rest of runtime/kern.
 *
 * The futex core (linux_futex_*.c) implements futex(2), set_robust_list(2)
 * and get_robust_list(2). Other subsystems reach it through this header
 * only; the core's own structures are in linux_futex_private.h.
 *
 * Contract with the clone/exit subsystem (linux_emul.[ch]):
 *
 *  1. struct linux_emuldata embeds one struct linux_futex_thread, and
 *     linux_emul.c defines linux_futex_thread() to return it. The futex
 *     core never looks inside struct linux_emuldata otherwise.
 *  2. Every new emulated thread (fork, vfork, clone, CLONE_THREAD or not)
 *     gets linux_futex_thread_init() before it can run: Linux does not
 *     inherit the robust list or PI ownership across fork or clone.
 *  3. A thread that exits calls, in this order and while it can still be
 *     found by kern_tdfind():
 *        linux_futex_thread_exit(td);              robust list, PI locks
 *        linux_futex_clear_child_tid(td, ctid);    CLONE_CHILD_CLEARTID
 *     (Linux: exit_mm_release() runs futex_exit_release() before the
 *     clear_child_tid store and wake.) The second call is skipped when the
 *     thread has no clear_child_tid address; Linux also skips it when the
 *     thread is the last user of its address space.
 *  4. execve calls linux_futex_exec(td) before the new image runs: held
 *     robust and PI futexes are released as at exit, and the thread's
 *     futex state starts afresh.
 *
 * Every function here may sleep unless it says otherwise, and must be
 * called without any kmutex held.
 */
#ifndef _LINUX_FUTEX_H_
#define _LINUX_FUTEX_H_

#include "kern_api.h"

/* Futex word bits of the PI and robust protocols (Linux uapi futex.h). */
#define	LINUX_FUTEX_WAITERS		0x80000000u
#define	LINUX_FUTEX_OWNER_DIED		0x40000000u
#define	LINUX_FUTEX_TID_MASK		0x3fffffffu

struct futex_pi_state;

/*
 * Per-thread futex state. Opaque to everyone but the futex core; its size
 * is public only so that struct linux_emuldata can embed it.
 *
 * Exit states (lft_exit), legal transitions only:
 *   ALIVE -> EXITING    linux_futex_thread_exit()/linux_futex_exec() begin
 *   EXITING -> DEAD     linux_futex_thread_exit() done
 *   EXITING -> ALIVE    linux_futex_exec() done
 * A PI waiter that finds the owner EXITING waits for DEAD and then
 * re-examines the futex word (Linux: futex_state, handle_exit_race()).
 *
 * (p): protected by the futex core's PI lock (linux_futex_pi.c).
 */
#define	LINUX_FUTEX_ALIVE	0
#define	LINUX_FUTEX_EXITING	1
#define	LINUX_FUTEX_DEAD	2

struct linux_futex_thread {
	_Atomic(void *)		 lft_robust_head; /* user robust_list_head;
						   written by the thread only */
	struct futex_pi_state	*lft_pi_owned;	/* (p) PI futexes it owns */
	struct futex_pi_state	*lft_blocked_on; /* (p) PI futex it waits for */
	int			 lft_exit;	/* (p) LINUX_FUTEX_{ALIVE,...} */
};

/* Defined by linux_emul.c: the state embedded in td's linux_emuldata. */
struct linux_futex_thread *linux_futex_thread(struct thread *td);

void	linux_futex_thread_init(struct linux_futex_thread *ft);
/* Call when the emuldata is freed, after linux_futex_thread_exit(). */
void	linux_futex_thread_fini(struct linux_futex_thread *ft);

/*
 * Wake up to nr_wake waiters of the futex at uaddr, as FUTEX_WAKE does
 * (shared selects the key kind: Linux's kernel-internal wakes — clear
 * child tid, robust cleanup — are shared). *woken (may be NULL) receives
 * the number woken. Returns 0, EINVAL (misaligned) or EFAULT.
 */
int	linux_futex_wake(struct thread *td, uint32_t *uaddr, int nr_wake,
	    bool shared, int *woken);

/*
 * CLONE_CHILD_CLEARTID at exit: store 0 at ctid, then wake one shared
 * waiter there. Errors are ignored, as Linux ignores them, but reported
 * to the caller (0 or EFAULT/EINVAL) for tests and logging.
 */
int	linux_futex_clear_child_tid(struct thread *td, uint32_t *ctid);

/*
 * Thread exit: walk the robust list (set_robust_list), marking every futex
 * the thread holds with FUTEX_OWNER_DIED and waking one waiter of each
 * non-PI one; then hand every PI futex the thread owns to its next waiter.
 * Idempotent.
 */
void	linux_futex_thread_exit(struct thread *td);

/* execve: the same cleanup, then the thread's futex state is fresh. */
void	linux_futex_exec(struct thread *td);

#endif /* !_LINUX_FUTEX_H_ */
