/*
 * test_clone_procs.c — clone without CLONE_THREAD, fork and vfork in the
 * in-process host: new thread groups, their ids and parents (PID
 * mangling), the host rfork flags the clone flags become (seen as shared
 * or private identities of the descriptor table, signal handlers and
 * address space), exit signals, CLONE_PARENT, the vfork wait, and the
 * per-thread/per-group extension pattern of linux_emul.h.
 */
#include <criterion/criterion.h>
#include <sched.h>
#include <stdatomic.h>
#include <string.h>

#include "clone_emu.h"
#include "kern_api_signal.h"

#define	STACK_SIZE	4096
static char child_stack[STACK_SIZE];


static pid_t
spawn(inproc_entry_t *main_fn, void *arg)
{
	pid_t pid;

	pid = inproc_proc_spawn(main_fn, arg);
	cr_assert_gt(pid, 0);
	return (pid);
}

static void
assert_exit(pid_t pid, int want, const char *what)
{
	int status;

	status = inproc_proc_wait(pid);
	cr_assert_eq(status, want << 8, "%s: status %#x, expected exit(%d) "
	    "(a small status names the check that failed)", what, status,
	    want);
}

/*
 * What a child process sees.
 */
struct seen {
	long	s_pid;
	long	s_tid;
	long	s_ppid;
};

static int
record_child(void *arg)
{
	struct seen *s = arg;

	s->s_pid = emu_getpid();
	s->s_tid = emu_gettid();
	s->s_ppid = emu_getppid();
	return (3);
}

struct fork_result {
	long			fr_parent_pid;
	long			fr_child;	/* what fork returned */
	struct seen		fr_seen;
	struct inproc_proc_info	fr_parent_info;
	struct inproc_proc_info	fr_child_info;
};

static int
fork_main(void *arg)
{
	struct fork_result *fr = arg;

	fr->fr_parent_pid = emu_getpid();
	fr->fr_child = emu_fork(record_child, &fr->fr_seen);
	if (fr->fr_child <= 0)
		return (1);
	if (inproc_proc_info((pid_t)fr->fr_parent_pid, &fr->fr_parent_info))
		return (2);
	if (inproc_proc_info((pid_t)fr->fr_child, &fr->fr_child_info))
		return (3);
	if (inproc_proc_wait((pid_t)fr->fr_child) != 3 << 8)
		return (4);
	return (50);
}

Test(clone_procs, fork_makes_a_new_group_whose_parent_is_the_caller,
    .timeout = 30)
{
	struct fork_result fr;
	struct inproc_proc_info *c = &fr.fr_child_info;

	memset(&fr, 0, sizeof(fr));
	assert_exit(spawn(fork_main, &fr), 50, "fork");
	cr_assert_eq(fr.fr_seen.s_pid, fr.fr_child, "getpid in the child");
	cr_assert_eq(fr.fr_seen.s_tid, fr.fr_child,
	    "the child's first thread has TID = TGID");
	cr_assert_eq(fr.fr_seen.s_ppid, fr.fr_parent_pid, "getppid");
	cr_assert_eq(c->pi_exitsig, KSIGCHLD, "fork's exit signal");
	cr_assert_neq(c->pi_vmspace, fr.fr_parent_info.pi_vmspace,
	    "fork shares no address space");
	cr_assert_neq(c->pi_fdtable, fr.fr_parent_info.pi_fdtable,
	    "fork copies the descriptor table (RFFDG)");
	cr_assert_neq(c->pi_sigacts, fr.fr_parent_info.pi_sigacts,
	    "fork copies the signal handlers");
	cr_assert_eq(c->pi_rfflags & (RFPROC | RFSTOPPED | RFFDG | RFMEM),
	    RFPROC | RFSTOPPED | RFFDG, "rfork flags %#x", c->pi_rfflags);
}

/*
 * The clone flags become sharing: CLONE_VM the address space, CLONE_FILES
 * (or CLONE_FS: the 2.6.16 spec cannot tell them apart) the descriptor
 * table, CLONE_SIGHAND the signal handlers.
 */
struct share_case {
	uint64_t	sc_flags;
	bool		sc_vm, sc_fd, sc_sig;
};

static const struct share_case share_cases[] = {
	{ 0,						false, false, false },
	{ LINUX_CLONE_VM,				true,  false, false },
	{ LINUX_CLONE_FILES,				false, true,  false },
	{ LINUX_CLONE_FS,				false, true,  false },
	{ LINUX_CLONE_VM | LINUX_CLONE_SIGHAND,		true,  false, true },
	{ LINUX_CLONE_VM | LINUX_CLONE_SIGHAND | LINUX_CLONE_FILES |
	  LINUX_CLONE_FS,				true,  true,  true },
};

static int
share_main(void *arg)
{
	const struct share_case *sc = arg;
	struct inproc_proc_info me, child;
	long pid;

	pid = emu_clone(sc->sc_flags | LINUX_SIGCHLD, child_stack + STACK_SIZE,
	    NULL, NULL, 0, NULL, NULL);
	if (pid <= 0)
		return (1);
	if (inproc_proc_info((pid_t)emu_getpid(), &me) != 0 ||
	    inproc_proc_info((pid_t)pid, &child) != 0)
		return (2);
	if ((me.pi_vmspace == child.pi_vmspace) != sc->sc_vm)
		return (3);
	if ((me.pi_fdtable == child.pi_fdtable) != sc->sc_fd)
		return (4);
	if ((me.pi_sigacts == child.pi_sigacts) != sc->sc_sig)
		return (5);
	if (child.pi_linux_flags != sc->sc_flags)
		return (6);
	if (inproc_proc_wait((pid_t)pid) != 0)
		return (7);
	return (51);
}

Test(clone_procs, clone_flags_become_the_sharing_rfork_flags_say,
    .timeout = 30)
{
	size_t i;

	for (i = 0; i < sizeof(share_cases) / sizeof(share_cases[0]); i++) {
		cr_log_info("case %zu: flags %#llx\n", i,
		    (unsigned long long)share_cases[i].sc_flags);
		assert_exit(spawn(share_main, (void *)&share_cases[i]), 51,
		    "sharing");
	}
}

/*
 * The exit signal is the low byte of the flags; an invalid one (Linux's
 * clone accepts 65..255) signals nobody. CLONE_PARENT children get the
 * caller's own exit signal and the caller's parent.
 */
struct exitsig_result {
	int	er_sigusr1;	/* host exit signal of each child */
	int	er_zero;
	int	er_invalid;
	int	er_parent;
	long	er_parent_ppid;	/* the sibling's ppid */
	long	er_my_ppid;
};

static int
child_exitsig(long pid)
{
	struct inproc_proc_info pi;

	if (pid <= 0 || inproc_proc_info((pid_t)pid, &pi) != 0)
		return (-1);
	(void)inproc_proc_wait((pid_t)pid);
	return (pi.pi_exitsig);
}

static int
exitsig_main(void *arg)
{
	struct exitsig_result *er = arg;
	struct inproc_proc_info pi;
	long pid;

	er->er_sigusr1 = child_exitsig(emu_clone(10 /* Linux SIGUSR1 */,
	    child_stack + STACK_SIZE, NULL, NULL, 0, NULL, NULL));
	er->er_zero = child_exitsig(emu_clone(0, child_stack + STACK_SIZE,
	    NULL, NULL, 0, NULL, NULL));
	er->er_invalid = child_exitsig(emu_clone(65, child_stack + STACK_SIZE,
	    NULL, NULL, 0, NULL, NULL));
	/* A sibling asks for SIGUSR1 but gets ours (SIGCHLD). */
	pid = emu_clone(LINUX_CLONE_PARENT | 10, child_stack + STACK_SIZE,
	    NULL, NULL, 0, NULL, NULL);
	if (pid <= 0 || inproc_proc_info((pid_t)pid, &pi) != 0)
		return (1);
	er->er_parent = pi.pi_exitsig;
	er->er_parent_ppid = pi.pi_ppid;
	er->er_my_ppid = emu_getppid();
	(void)inproc_proc_wait((pid_t)pid);
	return (52);
}

Test(clone_procs, the_exit_signal_is_the_low_byte_except_for_clone_parent,
    .timeout = 30)
{
	struct exitsig_result er;

	memset(&er, 0, sizeof(er));
	assert_exit(spawn(exitsig_main, &er), 52, "exit signals");
	cr_assert_eq(er.er_sigusr1, KSIGUSR1, "SIGUSR1 translated");
	cr_assert_eq(er.er_zero, 0, "no signal");
	cr_assert_eq(er.er_invalid, 0, "an invalid exit signal is none");
	cr_assert_eq(er.er_parent, KSIGCHLD,
	    "CLONE_PARENT takes the caller's exit signal");
	cr_assert_eq(er.er_parent_ppid, er.er_my_ppid,
	    "CLONE_PARENT takes the caller's parent");
}

/*
 * Orphans go to pid 1 and getppid says so.
 */
static atomic_int orphan_go;
static atomic_long orphan_ppid;

static int
orphan_child(void *arg __attribute__((__unused__)))
{

	while (atomic_load(&orphan_go) == 0)
		sched_yield();
	atomic_store(&orphan_ppid, emu_getppid());
	return (0);
}

static int
orphan_main(void *arg)
{
	long *pidp = arg;

	*pidp = emu_fork(orphan_child, NULL);
	return (*pidp > 0 ? 53 : 1);
}

Test(clone_procs, a_child_whose_parent_ended_is_given_to_pid_1,
    .timeout = 30)
{
	long child;

	atomic_store(&orphan_go, 0);
	assert_exit(spawn(orphan_main, &child), 53, "orphan parent");
	atomic_store(&orphan_go, 1);
	cr_assert_eq(inproc_proc_wait((pid_t)child), 0);
	cr_assert_eq(atomic_load(&orphan_ppid), 1);
}

/*
 * vfork: the parent sleeps until the child exits. The child waits until
 * the host shows its parent asleep in the vfork wait (a handshake: no
 * timing), then leaves a mark; the parent must see it on return.
 */
struct vfork_state {
	atomic_int	vs_mark;
	atomic_int	vs_parent_back;
	long		vs_seen_by_child;
};

static int
vfork_child(void *arg)
{
	struct vfork_state *vs = arg;

	inproc_wait_ppwaiting((pid_t)emu_getpid());
	vs->vs_seen_by_child = atomic_load(&vs->vs_parent_back);
	atomic_store(&vs->vs_mark, 1);
	return (4);
}

static int
vfork_main(void *arg)
{
	struct vfork_state *vs = arg;
	long pid;

	pid = emu_vfork(vfork_child, vs);
	atomic_store(&vs->vs_parent_back, 1);
	if (pid <= 0)
		return (1);
	if (atomic_load(&vs->vs_mark) != 1)
		return (2);	/* came back before the child exited */
	if (vs->vs_seen_by_child != 0)
		return (3);
	if (inproc_proc_wait((pid_t)pid) != 4 << 8)
		return (4);
	return (54);
}

Test(clone_procs, vfork_returns_only_after_the_child_exits, .timeout = 30)
{
	struct vfork_state vs = { 0 };

	assert_exit(spawn(vfork_main, &vs), 54, "vfork");
}

/*
 * A thread of a child process: getpid is the child's, getppid the child's
 * parent, gettid its own.
 */
struct nested {
	long		n_child;
	struct seen	n_thread;
	int32_t		n_ctid;
	char		n_stack[STACK_SIZE];
};

static int
nested_thread(void *arg)
{

	return (record_child(arg));
}

static int
nested_child(void *arg)
{
	struct nested *n = arg;

	n->n_ctid = -1;
	if (emu_clone(LINUX_CLONE_VM | LINUX_CLONE_SIGHAND |
	    LINUX_CLONE_THREAD | LINUX_CLONE_CHILD_CLEARTID,
	    n->n_stack + STACK_SIZE, NULL, &n->n_ctid, 0, nested_thread,
	    &n->n_thread) <= 0)
		return (1);
	emu_join_tid(&n->n_ctid);
	return (0);
}

static int
nested_main(void *arg)
{
	struct nested *n = arg;

	n->n_child = emu_fork(nested_child, n);
	if (n->n_child <= 0 || inproc_proc_wait((pid_t)n->n_child) != 0)
		return (1);
	if (n->n_thread.s_pid != n->n_child)
		return (2);
	if (n->n_thread.s_ppid != emu_getpid())
		return (3);
	if (n->n_thread.s_tid == n->n_child || n->n_thread.s_tid <= 0)
		return (4);
	return (55);
}

Test(clone_procs, a_thread_of_a_child_reports_the_child_group_ids,
    .timeout = 30)
{
	static struct nested n;

	assert_exit(spawn(nested_main, &n), 55, "nested");
}

/*
 * CLONE_SYSVSEM shares the SEM_UNDO list identity; without it a thread
 * starts with none.
 */
struct semundo_state {
	struct linux_semundo	*su_parent;
	struct linux_semundo	*su_shared;
	struct linux_semundo	*su_none;
	int32_t			 su_ctid;
	char			 su_stack[STACK_SIZE];
};

static int
semundo_thread(void *arg)
{
	struct linux_semundo **where = arg;

	*where = em_find(kern_curthread())->em_semundo;
	return (0);
}

static int
semundo_main(void *arg)
{
	struct semundo_state *ss = arg;
	uint64_t thr = LINUX_CLONE_VM | LINUX_CLONE_SIGHAND |
	    LINUX_CLONE_THREAD | LINUX_CLONE_CHILD_CLEARTID;

	ss->su_ctid = -1;
	if (emu_clone(thr | LINUX_CLONE_SYSVSEM, ss->su_stack + STACK_SIZE,
	    NULL, &ss->su_ctid, 0, semundo_thread, &ss->su_shared) <= 0)
		return (1);
	emu_join_tid(&ss->su_ctid);
	ss->su_parent = em_find(kern_curthread())->em_semundo;
	ss->su_ctid = -1;
	if (emu_clone(thr, ss->su_stack + STACK_SIZE, NULL, &ss->su_ctid, 0,
	    semundo_thread, &ss->su_none) <= 0)
		return (2);
	emu_join_tid(&ss->su_ctid);
	if (ss->su_parent == NULL || ss->su_shared != ss->su_parent)
		return (3);
	if (ss->su_none != NULL)
		return (4);
	return (56);
}

Test(clone_procs, clone_sysvsem_shares_the_undo_list_identity,
    .timeout = 30)
{
	static struct semundo_state ss;

	assert_exit(spawn(semundo_main, &ss), 56, "sysvsem");
}

/*
 * The extension pattern: a block created zeroed on first use, copied to
 * clones through ee_clone, its ee_exit run in the exiting thread; group
 * blocks shared by the group's threads.
 */
struct ext_state {
	int	es_value;
	int	es_clone_flags_seen;
};

static atomic_int ext_exits;
static atomic_int ext_group_exits;

static void
ext_clone(void *child, const void *parent, uint64_t flags)
{
	const struct ext_state *p = parent;
	struct ext_state *c = child;

	c->es_value = p->es_value + 1;
	c->es_clone_flags_seen = (flags & LINUX_CLONE_THREAD) != 0;
}

static void
ext_exit(struct thread *td __attribute__((__unused__)), void *data)
{
	struct ext_state *es = data;

	if (es->es_value >= 1)
		atomic_fetch_add(&ext_exits, 1);
}

static void
ext_group_exit(struct thread *td __attribute__((__unused__)),
    void *data __attribute__((__unused__)))
{

	atomic_fetch_add(&ext_group_exits, 1);
}

static const struct linux_emul_ext test_ext = {
	.ee_name = "test.thread",
	.ee_size = sizeof(struct ext_state),
	.ee_clone = ext_clone,
	.ee_exit = ext_exit,
};
static const struct linux_emul_ext test_group_ext = {
	.ee_name = "test.group",
	.ee_size = sizeof(int),
	.ee_exit = ext_group_exit,
};

struct ext_result {
	int	xr_child_value;
	int	xr_child_flags;
	int	xr_group_seen;
	int32_t	xr_ctid;
	char	xr_stack[STACK_SIZE];
};

static int
ext_thread(void *arg)
{
	struct ext_result *xr = arg;
	struct thread *td = kern_curthread();
	struct ext_state *es;
	int *g;

	es = linux_emul_thread_ext_find(td, &test_ext);
	if (es == NULL)
		return (1);
	xr->xr_child_value = es->es_value;
	xr->xr_child_flags = es->es_clone_flags_seen;
	g = linux_emul_proc_ext(td->td_proc, &test_group_ext);
	xr->xr_group_seen = *g;
	return (0);
}

static int
ext_main(void *arg)
{
	struct ext_result *xr = arg;
	struct thread *td = kern_curthread();
	struct ext_state *es;
	int *g;

	if (linux_emul_thread_ext_find(td, &test_ext) != NULL)
		return (1);
	es = linux_emul_thread_ext(td, &test_ext);
	if (es->es_value != 0 || es != linux_emul_thread_ext(td, &test_ext))
		return (2);
	es->es_value = 1;
	g = linux_emul_proc_ext(td->td_proc, &test_group_ext);
	*g = 77;
	xr->xr_ctid = -1;
	if (emu_clone(LINUX_CLONE_VM | LINUX_CLONE_SIGHAND |
	    LINUX_CLONE_THREAD | LINUX_CLONE_CHILD_CLEARTID,
	    xr->xr_stack + STACK_SIZE, NULL, &xr->xr_ctid, 0, ext_thread,
	    xr) <= 0)
		return (3);
	emu_join_tid(&xr->xr_ctid);
	return (57);
}

Test(clone_procs, extensions_are_created_cloned_and_exited, .timeout = 30)
{
	static struct ext_result xr;

	atomic_store(&ext_exits, 0);
	atomic_store(&ext_group_exits, 0);
	assert_exit(spawn(ext_main, &xr), 57, "extensions");
	cr_assert_eq(xr.xr_child_value, 2, "ee_clone ran for the thread");
	cr_assert_eq(xr.xr_child_flags, 1, "ee_clone got the clone flags");
	cr_assert_eq(xr.xr_group_seen, 77, "the group block is shared");
	cr_assert_eq(atomic_load(&ext_exits), 2,
	    "ee_exit ran for both threads");
	cr_assert_eq(atomic_load(&ext_group_exits), 1,
	    "the group's ee_exit ran once, with its last thread");
}

/*
 * exec (linux_emul_proc_exec, what an execve path calls): the vfork
 * parent is released before the child ends, and the thread starts afresh:
 * no CLEARTID address, empty TLS slots, TID = TGID.
 */
struct exec_state {
	atomic_int	xs_parent_back;
	int		xs_seen_back;	/* by the child, after its exec */
	int		xs_clear_reset;
	int		xs_tls_reset;
	int		xs_tid_is_pid;
	int32_t		xs_word;
};

static int
exec_child(void *arg)
{
	struct exec_state *xs = arg;
	struct thread *td = kern_curthread();
	struct l_user_desc ud = { (uint32_t)-1, 0x1000, 0xfff,
	    LINUX_UD_SEG_32BIT };
	struct linux_emuldata *em = em_find(td);
	int entry;
	bool allocated;

	inproc_wait_ppwaiting((pid_t)emu_getpid());
	emu_set_tid_address(&xs->xs_word);
	entry = -1;
	if (linux_tls_select(&em->em_tls, linux_tls_gdt_min(td), &ud, true,
	    &entry, &allocated) != 0)
		return (1);
	linux_tls_store(&em->em_tls, linux_tls_gdt_min(td), entry, &ud);

	linux_emul_proc_exec(td);		/* the new image */

	while (atomic_load(&xs->xs_parent_back) == 0)
		sched_yield();			/* released by the exec */
	xs->xs_seen_back = 1;
	xs->xs_clear_reset = em->em_clear_tid == NULL;
	xs->xs_tls_reset = linux_tls_desc_bytes(td, 0) == 0 &&
	    linux_tls_desc_bytes(td, 1) == 0 && linux_tls_desc_bytes(td, 2) == 0;
	xs->xs_tid_is_pid = emu_gettid() == emu_getpid();
	return (5);
}

static int
exec_main(void *arg)
{
	struct exec_state *xs = arg;
	long pid;

	pid = emu_vfork(exec_child, xs);
	if (pid <= 0)
		return (1);
	atomic_store(&xs->xs_parent_back, 1);
	if (inproc_proc_wait((pid_t)pid) != 5 << 8)
		return (2);
	return (58);
}

Test(clone_procs, exec_releases_the_vfork_parent_and_resets_the_thread,
    .timeout = 30)
{
	static struct exec_state xs;

	xs.xs_word = 99;
	assert_exit(spawn(exec_main, &xs), 58, "exec");
	cr_assert_eq(xs.xs_seen_back, 1);
	cr_assert_eq(xs.xs_clear_reset, 1, "CLEARTID forgotten at exec");
	cr_assert_eq(xs.xs_tls_reset, 1, "TLS slots emptied at exec");
	cr_assert_eq(xs.xs_tid_is_pid, 1);
	cr_assert_eq(xs.xs_word, 99, "the forgotten word is left alone");
}

/*
 * When a process ends, its parent is sent the exit signal clone asked for
 * (FreeBSD exit1() -> p_sigparent), with a SIGCHLD-style siginfo.
 */
struct exitsig_sent {
	bool	es_usr1_after_child;
	bool	es_usr1_before;
	bool	es_usr2_after_thread;
};

static int
exit_quickly(void *arg __attribute__((__unused__)))
{

	return (6);
}

static int
exitsig_sent_main(void *arg)
{
	struct exitsig_sent *es = arg;
	static int32_t ctid;
	ksigset_t set, both;
	long pid;

	ksigemptyset(&both);
	ksigaddset(&both, KSIGUSR1);
	ksigaddset(&both, KSIGUSR2);
	(void)kern_sigprocmask(kern_curthread(), KSIG_BLOCK, &both, NULL);
	(void)kern_sigpending(kern_curthread(), &set);
	es->es_usr1_before = ksigismember(&set, KSIGUSR1);

	pid = emu_clone(10 /* Linux SIGUSR1 */, child_stack + STACK_SIZE, NULL,
	    NULL, 0, exit_quickly, NULL);
	if (pid <= 0 || inproc_proc_wait((pid_t)pid) != 6 << 8)
		return (1);
	(void)kern_sigpending(kern_curthread(), &set);
	es->es_usr1_after_child = ksigismember(&set, KSIGUSR1);

	/* A thread has no exit signal, whatever the low byte says. */
	ctid = -1;
	if (emu_clone(LINUX_CLONE_VM | LINUX_CLONE_SIGHAND | LINUX_CLONE_THREAD |
	    LINUX_CLONE_CHILD_CLEARTID | 12 /* Linux SIGUSR2 */, child_stack +
	    STACK_SIZE, NULL, &ctid, 0, exit_quickly, NULL) <= 0)
		return (2);
	emu_join_tid(&ctid);
	(void)kern_sigpending(kern_curthread(), &set);
	es->es_usr2_after_thread = ksigismember(&set, KSIGUSR2);
	return (59);
}

Test(clone_procs, the_parent_is_sent_the_exit_signal_when_a_child_ends,
    .timeout = 30)
{
	static struct exitsig_sent es;

	assert_exit(spawn(exitsig_sent_main, &es), 59, "exit signal sent");
	cr_assert_not(es.es_usr1_before);
	cr_assert(es.es_usr1_after_child, "SIGUSR1 pending after the child");
	cr_assert_not(es.es_usr2_after_thread, "a thread sends nothing");
}
