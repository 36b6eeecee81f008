/*
 * test_futex_robust.c — robust lists beyond what the differential test
 * compares with the real kernel: the registration calls, lists that lie
 * (cyclic, unmapped, misaligned), exec, and the exit path's contract with
 * the clone/exit subsystem (idempotent, robust list before clear-child-tid).
 * The release is 6.1: set_robust_list exists (2.6.17+).
 */
#include <stddef.h>

#include "futex_test.h"
#include "futex_test_emul.h"

static struct proc *proc;

static void
setup(void)
{

	emul_hooks_install();
	proc = inproc_proc_create();
	inproc_thread_attach(proc);
	emul_thread_setup();
	linux_set_kernver(LINUX_KERNVER(6, 1, 0));
}

static void
teardown(void)
{

	inproc_thread_detach();
	linux_set_kernver(0);
}

TestSuite(futex_robust, .init = setup, .fini = teardown,
    .timeout = FUTEX_TEST_TIMEOUT);

/*
 * A robust list in memory, laid out as a C library lays out its robust
 * mutexes: each lock holds its list entry and, futex_offset bytes further,
 * its futex word.
 */
struct rlock {
	uintptr_t	next;		/* struct robust_list */
	uint32_t	word;
	uint32_t	pad;
};

struct rlist {
	struct futex_robust_head	 head;
	struct rlock			 lock[4];
};
#define	word(i)		lock[i].word

static void
rlist_link(struct rlist *rl, int n, uintptr_t pending)
{
	int i;

	rl->head.frh_futex_offset = (intptr_t)offsetof(struct rlock, word);
	rl->head.frh_list_next = n > 0 ? (uintptr_t)&rl->lock[0] :
	    (uintptr_t)&rl->head;
	for (i = 0; i < n; i++)
		rl->lock[i].next = i + 1 < n ? (uintptr_t)&rl->lock[i + 1] :
		    (uintptr_t)&rl->head;
	rl->head.frh_list_op_pending = pending;
}

struct exiter {
	struct rlist	*rl;
	int		 nlocks;
	atomic_int	 tid;
	atomic_bool	 registered, may_exit;
};

/* A thread that takes rl's words (entries of its own list) and exits. */
static long
exiter_main(void *arg)
{
	struct exiter *ex = arg;
	struct thread *td;
	uint32_t tid;
	int i, error;

	emul_thread_setup();
	td = inproc_curthread();
	tid = (uint32_t)td->td_tid;
	for (i = 0; i < ex->nlocks; i++)
		ex->rl->word(i) = tid;
	error = futex_set_robust_list(td, &ex->rl->head,
	    sizeof(struct futex_robust_head));
	atomic_store(&ex->tid, (int)tid);
	atomic_store(&ex->registered, true);
	while (!atomic_load(&ex->may_exit))
		sched_yield();
	return (error);
}

static struct inproc_spawned *
start_exiter(struct exiter *ex)
{
	struct inproc_spawned *s;

	s = inproc_thread_spawn(emul_proc_for(proc), exiter_main, ex, 0);
	while (!atomic_load(&ex->registered))
		sched_yield();
	return (s);
}

Test(futex_robust, registration_checks_the_size_and_get_finds_any_thread)
{
	struct thread *td = inproc_curthread();
	struct rlist rl;
	struct exiter ex = { .rl = &rl };
	struct inproc_spawned *s;
	void *head;
	size_t len;

	rlist_link(&rl, 0, 0);
	cr_assert_eq(futex_set_robust_list(td, &rl.head, 8), EINVAL);
	cr_assert_eq(futex_get_robust_list(td, 0, &head, &len), 0);
	cr_assert_null(head);
	cr_assert_eq(len, sizeof(struct futex_robust_head));
	cr_assert_eq(futex_set_robust_list(td, &rl.head, sizeof(rl.head)), 0);
	cr_assert_eq(futex_get_robust_list(td, 0, &head, &len), 0);
	cr_assert_eq(head, &rl.head);

	s = start_exiter(&ex);
	cr_assert_eq(futex_get_robust_list(td, atomic_load(&ex.tid), &head,
	    &len), 0);
	cr_assert_eq(head, &rl.head);
	cr_assert_eq(futex_get_robust_list(td, 0x3ffffff0, &head, &len),
	    ESRCH);
	atomic_store(&ex.may_exit, true);
	cr_assert_eq(inproc_thread_join(s), 0);
	/* Ours was left alone: the list is per thread. */
	cr_assert_eq(futex_get_robust_list(td, 0, &head, &len), 0);
	cr_assert_eq(head, &rl.head);
	cr_assert_eq(futex_set_robust_list(td, NULL, sizeof(rl.head)), 0);
}

Test(futex_robust, exit_marks_every_held_word_and_only_those)
{
	struct rlist rl;
	struct exiter ex = { .rl = &rl, .nlocks = 3 };
	struct inproc_spawned *s;
	uint32_t tid;

	memset(&rl, 0, sizeof(rl));
	rlist_link(&rl, 4, 0);
	s = start_exiter(&ex);
	tid = (uint32_t)atomic_load(&ex.tid);
	rl.word(1) |= LINUX_FUTEX_WAITERS;
	rl.word(3) = tid + 1;		/* on the list, held by another */
	atomic_store(&ex.may_exit, true);
	cr_assert_eq(inproc_thread_join(s), 0);
	cr_assert_eq(rl.word(0), LINUX_FUTEX_OWNER_DIED);
	cr_assert_eq(rl.word(1), LINUX_FUTEX_OWNER_DIED | LINUX_FUTEX_WAITERS);
	cr_assert_eq(rl.word(2), LINUX_FUTEX_OWNER_DIED);
	cr_assert_eq(rl.word(3), tid + 1);
}

Test(futex_robust, a_cyclic_list_ends_at_the_limit)
{
	struct rlist rl;
	struct exiter ex = { .rl = &rl, .nlocks = 2 };
	struct inproc_spawned *s;

	memset(&rl, 0, sizeof(rl));
	rlist_link(&rl, 2, 0);
	rl.lock[1].next = (uintptr_t)&rl.lock[0];	/* never back to the head */
	s = start_exiter(&ex);
	atomic_store(&ex.may_exit, true);
	cr_assert_eq(inproc_thread_join(s), 0);
	cr_assert_eq(rl.word(0), LINUX_FUTEX_OWNER_DIED);
	cr_assert_eq(rl.word(1), LINUX_FUTEX_OWNER_DIED);
}

Test(futex_robust, a_list_into_bad_memory_stops_without_harm)
{
	struct rlist rl;
	struct exiter ex = { .rl = &rl, .nlocks = 2 };
	struct inproc_spawned *s;
	void *none = test_page(PROT_NONE);

	memset(&rl, 0, sizeof(rl));
	rlist_link(&rl, 2, 0);
	rl.lock[0].next = (uintptr_t)none;		/* next: an unmapped page */
	s = start_exiter(&ex);
	atomic_store(&ex.may_exit, true);
	cr_assert_eq(inproc_thread_join(s), 0);
	/* The first was handled before its next pointer was followed. */
	cr_assert_eq(rl.word(0), LINUX_FUTEX_OWNER_DIED);
	cr_assert_neq(rl.word(1), LINUX_FUTEX_OWNER_DIED);
	munmap(none, 4096);
}

Test(futex_robust, a_misaligned_word_ends_the_walk)
{
	struct rlist rl;
	struct exiter ex = { .rl = &rl, .nlocks = 2 };
	struct inproc_spawned *s;

	memset(&rl, 0, sizeof(rl));
	rlist_link(&rl, 2, 0);
	rl.head.frh_futex_offset += 1;
	s = start_exiter(&ex);
	atomic_store(&ex.may_exit, true);
	cr_assert_eq(inproc_thread_join(s), 0);
	cr_assert_eq(rl.word(0) & LINUX_FUTEX_OWNER_DIED, 0);
	cr_assert_eq(rl.word(1) & LINUX_FUTEX_OWNER_DIED, 0);
}

Test(futex_robust, the_exit_path_is_idempotent)
{
	struct thread *td = inproc_curthread();
	struct rlist rl;

	memset(&rl, 0, sizeof(rl));
	rlist_link(&rl, 1, 0);
	rl.word(0) = (uint32_t)td->td_tid;
	cr_assert_eq(futex_set_robust_list(td, &rl.head, sizeof(rl.head)), 0);
	linux_futex_thread_exit(td);
	cr_assert_eq(rl.word(0), LINUX_FUTEX_OWNER_DIED);
	rl.word(0) = (uint32_t)td->td_tid;
	linux_futex_thread_exit(td);
	cr_assert_eq(rl.word(0), (uint32_t)td->td_tid,
	    "a second exit must not walk again");
}

Test(futex_robust, exec_releases_held_futexes_and_starts_afresh)
{
	struct thread *td = inproc_curthread();
	struct rlist rl;
	uint32_t pi = 0;
	void *head;
	size_t len;

	memset(&rl, 0, sizeof(rl));
	rlist_link(&rl, 1, 0);
	rl.word(0) = (uint32_t)td->td_tid;
	cr_assert_eq(futex_set_robust_list(td, &rl.head, sizeof(rl.head)), 0);
	cr_assert_eq(lx_futex(&pi, LINUX_FUTEX_LOCK_PI, 0, NULL, NULL, 0), 0);
	linux_futex_exec(td);
	cr_assert_eq(rl.word(0), LINUX_FUTEX_OWNER_DIED);
	cr_assert_eq(futex_get_robust_list(td, 0, &head, &len), 0);
	cr_assert_null(head, "exec forgets the robust list");
	/* The thread is alive again: PI and robust lists work. */
	cr_assert_eq(lx_futex(&pi, LINUX_FUTEX_UNLOCK_PI, 0, NULL, NULL, 0),
	    0);
	cr_assert_eq(futex_set_robust_list(td, &rl.head, sizeof(rl.head)), 0);
}

Test(futex_robust, a_pi_owner_exiting_without_waiters_leaves_its_id)
{
	struct rlist rl;
	struct exiter ex = { .rl = &rl, .nlocks = 0 };
	struct inproc_spawned *s;
	uint32_t tid;

	memset(&rl, 0, sizeof(rl));
	rlist_link(&rl, 0, 0);
	s = start_exiter(&ex);
	tid = (uint32_t)atomic_load(&ex.tid);
	rl.word(0) = tid;		/* as if it had locked it */
	atomic_store(&ex.may_exit, true);
	cr_assert_eq(inproc_thread_join(s), 0);
	/* Not on its robust list: nothing marks it; the owner is gone. */
	cr_assert_eq(rl.word(0), tid);
	cr_assert_eq(lx_futex(&rl.word(0), LINUX_FUTEX_LOCK_PI, 0, NULL, NULL,
	    0), -LINUX_ESRCH);
	cr_assert_eq(rl.word(0), tid | LINUX_FUTEX_WAITERS);
}
