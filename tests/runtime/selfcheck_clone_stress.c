/*
 * selfcheck_clone_stress.c — threads and processes created and ended
 * concurrently through the syscall entry (clone, exit, exit_group, futex),
 * to shake the clone/exit subsystem's locking: the registries, the group
 * thread lists and reference counts, the extension lists, CLEARTID joins.
 *
 *  1. churn: several threads of one group each create and join threads
 *     (NPTL flags, CLEARTID), many times, while another thread looks the
 *     threads up by TID;
 *  2. fork churn: threads of one group each fork processes that create a
 *     thread of their own and end;
 *  3. exit_group racing with thread creation: the group ends whatever is
 *     in flight, every time with exit_group's status;
 *  4. many threads asking for the same group extension at once all get
 *     the one block;
 *  5. threads of one group each making CLONE_VFORK|CLONE_THREAD threads
 *     over and over: every caller returns only after its thread ran and
 *     exited (the runtime's vfork wait, its lock and references);
 *  6. (releases with CLONE_PIDFD) threads each forking processes with a
 *     pidfd and waiting for them through it, while the children end.
 *
 * A standalone program rather than a Criterion suite so that it also runs
 * under ThreadSanitizer (TSAN=1). A lost wakeup hangs the run (the make
 * target's time limit reports it). Exit status 0: pass.
 */
#include <poll.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux_types.h>

#include "inproc.h"
#include "inproc_proc.h"
#include "kern_api_proc.h"
#include "linux_clone.h"
#include "linux_emul.h"
#include "linux_syscall.h"

#define	NPTL_FLAGS	(LINUX_CLONE_VM | LINUX_CLONE_FS | LINUX_CLONE_FILES | \
	LINUX_CLONE_SIGHAND | LINUX_CLONE_THREAD | LINUX_CLONE_SYSVSEM | \
	LINUX_CLONE_PARENT_SETTID | LINUX_CLONE_CHILD_CLEARTID)
#define	FUTEX_WAIT	0

static atomic_int failures;

static void
fail(const char *what, long got, long want)
{

	fprintf(stderr, "selfcheck_clone_stress: %s: %ld, expected %ld\n",
	    what, got, want);
	atomic_fetch_add(&failures, 1);
}

static long
sys_clone(unsigned long flags, void *stack, int32_t *ptid, int32_t *ctid,
    inproc_entry_t *fn, void *arg)
{
	long r;

	inproc_set_child_entry(fn, arg);
#if defined(LINUX_ARCH_AMD64)
	r = inproc_syscall(LINUX_SYS_linux_clone, (long)flags, (long)stack,
	    (long)ptid, (long)ctid, 0, 0);
#else
	r = inproc_syscall(LINUX_SYS_linux_clone, (long)flags, (long)stack,
	    (long)ptid, 0, (long)ctid, 0);
#endif
	inproc_set_child_entry(NULL, NULL);
	return (r);
}

static void
join(_Atomic int32_t *ctid)
{
	int32_t v;

	while ((v = atomic_load(ctid)) != 0)
		(void)inproc_syscall(LINUX_SYS_linux_futex, (long)ctid,
		    FUTEX_WAIT, v, 0, 0, 0);
}

/*
 * 1. Churn.
 */
#define	CREATORS	6
#define	ROUNDS		150

/*
 * The thread's results are atomics: the join's happens-before edge is the
 * CLEARTID store, made by the host's user-memory code, which
 * ThreadSanitizer does not see.
 */
struct slot {
	_Atomic int32_t	s_ctid;
	int32_t		s_ptid;
	atomic_long	s_seen_tid;
	char		s_stack[2048];
};

static atomic_long churn_work;
static atomic_long churn_tids[CREATORS];	/* each creator's newest */
static atomic_long churn_all[CREATORS][ROUNDS];	/* every churned thread */
static atomic_int churn_done;

static int
churn_thread(void *arg)
{
	struct slot *s = arg;

	atomic_store(&s->s_seen_tid, inproc_syscall(LINUX_SYS_linux_gettid, 0,
	    0, 0, 0, 0, 0));
	atomic_fetch_add(&churn_work, 1);
	return (0);
}

static int
churn_creator(void *arg)
{
	long idx = (long)(intptr_t)arg;
	struct slot s;
	long tid;
	int i;

	for (i = 0; i < ROUNDS; i++) {
		atomic_store(&s.s_ctid, -1);
		s.s_ptid = 0;
		tid = sys_clone(NPTL_FLAGS, s.s_stack + sizeof(s.s_stack),
		    &s.s_ptid, (int32_t *)&s.s_ctid, churn_thread, &s);
		if (tid <= 0) {
			fail("churn: clone", tid, 1);
			break;
		}
		atomic_store(&churn_tids[idx], tid);
		atomic_store(&churn_all[idx][i], tid);
		join(&s.s_ctid);
		if (s.s_ptid != tid || atomic_load(&s.s_seen_tid) != tid)
			fail("churn: the thread's tid",
			    atomic_load(&s.s_seen_tid), tid);
	}
	return (0);
}

/* Looks up the churned threads by TID while they come and go. */
static int
churn_looker(void *arg __attribute__((__unused__)))
{
	struct linux_emuldata *em;
	long tid, pid;
	int i;

	pid = inproc_syscall(LINUX_SYS_linux_getpid, 0, 0, 0, 0, 0, 0);
	while (atomic_load(&churn_done) == 0) {
		for (i = 0; i < CREATORS; i++) {
			tid = atomic_load(&churn_tids[i]);
			if (tid == 0)
				continue;
			em = linux_emul_find_tid((lwpid_t)tid);
			if (em == NULL)
				continue;
			if (em->em_pem->pem_tgid != pid)
				fail("churn: a TID in another group",
				    em->em_pem->pem_tgid, pid);
			kmtx_unlock(&linux_emul_lock);
		}
		sched_yield();
	}
	return (0);
}

static int
churn_main(void *arg __attribute__((__unused__)))
{
	static struct slot creators[CREATORS + 1];
	long i, tid, tids[CREATORS + 1];

	atomic_store(&churn_done, 0);
	for (i = 0; i < CREATORS * ROUNDS; i++)
		atomic_store(&churn_all[i / ROUNDS][i % ROUNDS], 0);
	for (i = 0; i <= CREATORS; i++) {
		atomic_store(&creators[i].s_ctid, -1);
		tids[i] = sys_clone(NPTL_FLAGS, creators[i].s_stack +
		    sizeof(creators[i].s_stack), &creators[i].s_ptid,
		    (int32_t *)&creators[i].s_ctid, i < CREATORS ?
		    churn_creator : churn_looker, (void *)(intptr_t)i);
		if (tids[i] <= 0)
			fail("churn: creator", tids[i], 1);
	}
	for (i = 0; i < CREATORS; i++)
		join(&creators[i].s_ctid);
	atomic_store(&churn_done, 1);
	join(&creators[CREATORS].s_ctid);
	/*
	 * CLEARTID is woken before a thread leaves its group (as in Linux,
	 * where the tid word is cleared in exit_mm(), long before the task is
	 * unhashed), so a joined thread may still be on its way out: not only
	 * the creators but every churned thread, whichever round it belonged
	 * to, must be gone before the group's thread count means anything.
	 * Only once the creators and the looker are gone: a TID may have been
	 * reused (pid_max wraps), and then only by a straggler, which ends by
	 * itself.
	 */
	for (i = 0; i <= CREATORS; i++)
		inproc_wait_thread_gone((pid_t)tids[i]);
	for (i = 0; i < CREATORS * ROUNDS; i++) {
		tid = atomic_load(&churn_all[i / ROUNDS][i % ROUNDS]);
		if (tid > 0)
			inproc_wait_thread_gone((pid_t)tid);
	}
	if (atomic_load(&churn_work) != CREATORS * ROUNDS)
		fail("churn: threads that ran", atomic_load(&churn_work),
		    CREATORS * ROUNDS);
	if (linux_emul_nthreads(kern_curthread()->td_proc) != 1)
		fail("churn: threads left", linux_emul_nthreads(
		    kern_curthread()->td_proc), 1);
	return (0);
}

/*
 * 2. Fork churn.
 */
#define	FORKERS		4
#define	FORKS		40

static int
forked_thread(void *arg __attribute__((__unused__)))
{

	return (0);
}

static int
forked_main(void *arg __attribute__((__unused__)))
{
	struct slot s;

	atomic_store(&s.s_ctid, -1);
	if (sys_clone(NPTL_FLAGS, s.s_stack + sizeof(s.s_stack), &s.s_ptid,
	    (int32_t *)&s.s_ctid, forked_thread, NULL) <= 0)
		return (1);
	join(&s.s_ctid);
	return (7);
}

static int
forker(void *arg __attribute__((__unused__)))
{
	static char stack[2048];
	long pid;
	int i, status;

	for (i = 0; i < FORKS; i++) {
		pid = sys_clone(LINUX_SIGCHLD, stack, NULL, NULL, forked_main,
		    NULL);
		if (pid <= 0) {
			fail("fork churn: fork", pid, 1);
			break;
		}
		status = inproc_proc_wait((pid_t)pid);
		if (status != 7 << 8)
			fail("fork churn: child status", status, 7 << 8);
	}
	return (0);
}

static int
fork_churn_main(void *arg __attribute__((__unused__)))
{
	static struct slot forkers[FORKERS];
	int i;

	for (i = 0; i < FORKERS; i++) {
		atomic_store(&forkers[i].s_ctid, -1);
		if (sys_clone(NPTL_FLAGS, forkers[i].s_stack +
		    sizeof(forkers[i].s_stack), &forkers[i].s_ptid,
		    (int32_t *)&forkers[i].s_ctid, forker, NULL) <= 0)
			fail("fork churn: forker", 0, 1);
	}
	for (i = 0; i < FORKERS; i++)
		join(&forkers[i].s_ctid);
	return (0);
}

/*
 * 3. exit_group racing with thread creation.
 */
static int
spawner_thread(void *arg)
{
	struct slot *slots = arg;
	int i;

	/* Create threads until the group ends under us. */
	for (i = 0;; i = (i + 1) % 8) {
		atomic_store(&slots[i].s_ctid, -1);
		(void)sys_clone(NPTL_FLAGS, slots[i].s_stack +
		    sizeof(slots[i].s_stack), &slots[i].s_ptid,
		    (int32_t *)&slots[i].s_ctid, forked_thread, NULL);
	}
	return (0);
}

static int
exit_race_main(void *arg __attribute__((__unused__)))
{
	static struct slot spawner, slots[8];
	int i;

	atomic_store(&spawner.s_ctid, -1);
	if (sys_clone(NPTL_FLAGS, spawner.s_stack + sizeof(spawner.s_stack),
	    &spawner.s_ptid, (int32_t *)&spawner.s_ctid, spawner_thread,
	    slots) <= 0)
		return (1);
	for (i = 0; i < 50; i++)
		(void)inproc_syscall(LINUX_SYS_linux_getpid, 0, 0, 0, 0, 0, 0);
	(void)inproc_syscall(LINUX_SYS_linux_exit_group, 33, 0, 0, 0, 0, 0);
	return (2);
}

/*
 * 4. One group extension, asked for by many threads at once.
 */
#define	EXT_THREADS	8
static const struct linux_emul_ext stress_ext = {
	.ee_name = "selfcheck.group",
	.ee_size = sizeof(long),
};
static void *_Atomic ext_blocks[EXT_THREADS];
static atomic_int ext_gate;

static int
ext_thread(void *arg)
{
	long idx = (long)(intptr_t)arg;

	while (atomic_load(&ext_gate) == 0)
		sched_yield();
	atomic_store(&ext_blocks[idx],
	    linux_emul_proc_ext(kern_curthread()->td_proc, &stress_ext));
	return (0);
}

static int
ext_main(void *arg __attribute__((__unused__)))
{
	static struct slot slots[EXT_THREADS];
	long i;

	atomic_store(&ext_gate, 0);
	for (i = 0; i < EXT_THREADS; i++) {
		atomic_store(&ext_blocks[i], NULL);
		atomic_store(&slots[i].s_ctid, -1);
		if (sys_clone(NPTL_FLAGS, slots[i].s_stack +
		    sizeof(slots[i].s_stack), &slots[i].s_ptid,
		    (int32_t *)&slots[i].s_ctid, ext_thread,
		    (void *)(intptr_t)i) <= 0)
			fail("extension: clone", 0, 1);
	}
	atomic_store(&ext_gate, 1);
	for (i = 0; i < EXT_THREADS; i++)
		join(&slots[i].s_ctid);
	for (i = 1; i < EXT_THREADS; i++) {
		if (atomic_load(&ext_blocks[i]) != atomic_load(&ext_blocks[0]))
			fail("extension: two blocks for one group", i, 0);
	}
	return (0);
}

/*
 * 5. CLONE_VFORK|CLONE_THREAD, many callers at once.
 */
#define	VFORKERS	4
#define	VFORKS		60
#define	VFORK_FLAGS	(LINUX_CLONE_VM | LINUX_CLONE_SIGHAND | \
	LINUX_CLONE_THREAD | LINUX_CLONE_VFORK)

struct vfslot {
	atomic_int	v_ran;
	char		v_stack[2048];
};

static int
vfork_child(void *arg)
{
	struct vfslot *v = arg;

	/* Give the caller time to go to sleep, sometimes. */
	if ((atomic_fetch_add(&v->v_ran, 1) & 1) != 0)
		sched_yield();
	return (0);
}

static int
vforker(void *arg)
{
	struct vfslot v;
	long tid;
	int i;

	(void)arg;
	atomic_store(&v.v_ran, 0);
	for (i = 0; i < VFORKS; i++) {
		tid = sys_clone(VFORK_FLAGS, v.v_stack + sizeof(v.v_stack),
		    NULL, NULL, vfork_child, &v);
		if (tid <= 0) {
			fail("vfork threads: clone", tid, 1);
			break;
		}
		/* The caller is back: its thread ran (and exited). */
		if (atomic_load(&v.v_ran) != i + 1)
			fail("vfork threads: returned before the thread ran",
			    atomic_load(&v.v_ran), i + 1);
		/* The thread's stack is v's: reuse it only once it is gone. */
		inproc_wait_thread_gone((pid_t)tid);
	}
	return (0);
}

static int
vfork_main(void *arg __attribute__((__unused__)))
{
	static struct slot slots[VFORKERS];
	int i;

	for (i = 0; i < VFORKERS; i++) {
		atomic_store(&slots[i].s_ctid, -1);
		if (sys_clone(NPTL_FLAGS, slots[i].s_stack +
		    sizeof(slots[i].s_stack), &slots[i].s_ptid,
		    (int32_t *)&slots[i].s_ctid, vforker, NULL) <= 0)
			fail("vfork threads: vforker", 0, 1);
	}
	for (i = 0; i < VFORKERS; i++)
		join(&slots[i].s_ctid);
	return (0);
}

/*
 * 6. Processes with pidfds, waited for through them.
 */
#ifdef LINUX_CLONE_PIDFD
#define	PIDFORKERS	3
#define	PIDFORKS	30

static int
pidfd_child(void *arg __attribute__((__unused__)))
{

	return (5);
}

static int
pidforker(void *arg __attribute__((__unused__)))
{
	static char stack[2048];
	struct pollfd pfd;
	int32_t fd;
	long pid;
	int i, status;

	for (i = 0; i < PIDFORKS; i++) {
		fd = -1;
		pid = sys_clone(LINUX_CLONE_PIDFD | LINUX_SIGCHLD, stack, &fd,
		    NULL, pidfd_child, NULL);
		if (pid <= 0 || fd < 0) {
			fail("pidfds: clone", pid, 1);
			break;
		}
		pfd.fd = fd;
		pfd.events = POLLIN;
		pfd.revents = 0;
		if (poll(&pfd, 1, -1) != 1 || (pfd.revents & POLLIN) == 0)
			fail("pidfds: poll", pfd.revents, POLLIN);
		/* Readable: the process has ended, the wait cannot block. */
		status = inproc_proc_wait((pid_t)pid);
		if (status != 5 << 8)
			fail("pidfds: child status", status, 5 << 8);
		if (inproc_file_close(fd) != 0)
			fail("pidfds: close", fd, 0);
	}
	return (0);
}

static int
pidfd_main(void *arg __attribute__((__unused__)))
{
	static struct slot slots[PIDFORKERS];
	int i;

	for (i = 0; i < PIDFORKERS; i++) {
		atomic_store(&slots[i].s_ctid, -1);
		if (sys_clone(NPTL_FLAGS, slots[i].s_stack +
		    sizeof(slots[i].s_stack), &slots[i].s_ptid,
		    (int32_t *)&slots[i].s_ctid, pidforker, NULL) <= 0)
			fail("pidfds: forker", 0, 1);
	}
	for (i = 0; i < PIDFORKERS; i++)
		join(&slots[i].s_ctid);
	return (0);
}
#endif /* LINUX_CLONE_PIDFD */

static void
run(const char *what, inproc_entry_t *main_fn, int want_status)
{
	int status;

	status = inproc_proc_wait(inproc_proc_spawn(main_fn, NULL));
	if (status != want_status << 8)
		fail(what, status, want_status << 8);
}

int
main(void)
{
	int i;

	run("churn", churn_main, 0);
	run("fork churn", fork_churn_main, 0);
	for (i = 0; i < 20; i++)
		run("exit_group racing with clone", exit_race_main, 33);
	for (i = 0; i < 20; i++)
		run("group extension", ext_main, 0);
	run("vfork threads", vfork_main, 0);
#ifdef LINUX_CLONE_PIDFD
	run("pidfds", pidfd_main, 0);
#endif
	if (atomic_load(&failures) != 0) {
		fprintf(stderr, "selfcheck_clone_stress: %d failures\n",
		    atomic_load(&failures));
		return (1);
	}
	printf("selfcheck_clone_stress: passed\n");
	return (0);
}
