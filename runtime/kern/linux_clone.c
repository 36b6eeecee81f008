/*
 * linux_clone.c — clone(2), clone3(2), fork(2), vfork(2).
 *
 * Every entry point normalises its arguments into one struct
 * linux_clone_req; linux_clone_common() then does, in Linux's order:
 *
 *   1. the validity verdict of the flags (generated linux_clone_check());
 *      then what this runtime cannot do (logged once per process, by name);
 *   2. CLONE_SETTLS: the tls argument is checked before anything exists,
 *      as Linux's copy_thread() fails the whole clone for a bad one; then
 *      clone3's set_tid (Linux: alloc_pid()); then CLONE_PIDFD: the
 *      descriptor is reserved and its number stored (Linux: copy_process()
 *      after alloc_pid()), so that every way a clone can fail is behind us
 *      before a child exists;
 *   3. the child: a thread of the caller's process (CLONE_THREAD) or a new
 *      process with the rfork flags of the generated linux_clone_to_rfork(),
 *      created stopped;
 *   4. its registers (stack, 0 returned), emulation data (TID,
 *      CHILD_SETTID/CLEARTID, TLS copied then CLONE_SETTLS), CLONE_PARENT,
 *      the pidfd bound to it;
 *   5. CLONE_PARENT_SETTID, written by the parent before the child runs;
 *   6. the child runs; CLONE_VFORK: the parent waits for its exit or exec
 *      (a process's in the host, a thread's in linux_emul.c).
 *
 * Where this departs from Linux, and why, is said where it happens.
 */

#include <string.h>

#include "kern_api.h"
#include "kern_api_proc.h"
#include "linux_clone.h"
#include "linux_emul.h"
#include "linux_types.h"
#include "linux_proto.h"
#include "linux_syscall.h"
#include "linux_tls.h"

/*
 * Valid flags the runtime cannot honour, with the reason it logs once per
 * process. The generated header defines the flags this release has.
 */
static const struct {
	uint64_t	 flag;
	const char	*name;
	int		 error;		/* 0: go on without it */
	const char	*why;
} linux_clone_limits[] = {
#ifdef LINUX_CLONE_CLEAR_SIGHAND
	{ LINUX_CLONE_CLEAR_SIGHAND, "CLONE_CLEAR_SIGHAND", ENOSYS,
	    "signal dispositions are not reset at clone" },
#endif
#ifdef LINUX_CLONE_INTO_CGROUP
	{ LINUX_CLONE_INTO_CGROUP, "CLONE_INTO_CGROUP", ENOSYS,
	    "there are no cgroups" },
#endif
#ifdef LINUX_CLONE_NEWTIME
	{ LINUX_CLONE_NEWTIME, "CLONE_NEWTIME", ENOSYS,
	    "there are no time namespaces" },
#endif
	{ LINUX_CLONE_NEWNS, "CLONE_NEWNS", 0,
	    "the child shares the caller's mount namespace" },
#ifdef LINUX_CLONE_NEWCGROUP
	{ LINUX_CLONE_NEWCGROUP, "CLONE_NEWCGROUP", 0,
	    "the child shares the caller's cgroup namespace" },
#endif
#ifdef LINUX_CLONE_NEWUTS
	{ LINUX_CLONE_NEWUTS, "CLONE_NEWUTS", 0,
	    "the child shares the caller's UTS namespace" },
#endif
#ifdef LINUX_CLONE_NEWIPC
	{ LINUX_CLONE_NEWIPC, "CLONE_NEWIPC", 0,
	    "the child shares the caller's IPC namespace" },
#endif
#ifdef LINUX_CLONE_NEWUSER
	{ LINUX_CLONE_NEWUSER, "CLONE_NEWUSER", 0,
	    "the child shares the caller's user namespace" },
#endif
#ifdef LINUX_CLONE_NEWPID
	{ LINUX_CLONE_NEWPID, "CLONE_NEWPID", 0,
	    "the child shares the caller's PID namespace" },
#endif
#ifdef LINUX_CLONE_NEWNET
	{ LINUX_CLONE_NEWNET, "CLONE_NEWNET", 0,
	    "the child shares the caller's network namespace" },
#endif
};

static int
linux_clone_limit(struct thread *td, const struct linux_clone_req *lc)
{
	size_t i;
	int error;

	error = 0;
	for (i = 0; i < sizeof(linux_clone_limits) /
	    sizeof(linux_clone_limits[0]); i++) {
		if ((lc->lc_flags & linux_clone_limits[i].flag) == 0)
			continue;
		kern_log_once(td, linux_clone_limits[i].name,
		    "%s: %s %s: %s", lc->lc_syscall, linux_clone_limits[i].name,
		    linux_clone_limits[i].error != 0 ? "not supported" :
		    "ignored", linux_clone_limits[i].why);
		if (error == 0)
			error = linux_clone_limits[i].error;
	}
	return (error);
}

/*
 * The signal the parent gets when a new process ends. Linux sends an exit
 * signal that is no valid signal (clone(2) accepts 65..255 and does not
 * check) to nobody; so does the host here.
 */
static int
linux_clone_host_exitsig(int linux_sig)
{

	if (linux_sig <= 0 || linux_sig > LINUX_NSIG)
		return (0);
	return (host_signal_from_linux(linux_sig));
}

/*
 * The flags as the generated rules should see them. Their rule "CLONE_PIDFD
 * excludes CLONE_PARENT_SETTID" is clone(2)'s case of Linux's test
 * (kernel_clone()): both flags and one word for the pidfd and the TID.
 * clone(2) has only parent_tid for both; clone3 has two fields, and two
 * different words are fine.
 */
static uint64_t
linux_clone_rule_flags(const struct linux_clone_req *lc)
{
	uint64_t flags;

	flags = lc->lc_flags;
#ifdef LINUX_CLONE_PIDFD
	if ((flags & (LINUX_CLONE_PIDFD | LINUX_CLONE_PARENT_SETTID)) ==
	    (LINUX_CLONE_PIDFD | LINUX_CLONE_PARENT_SETTID) &&
	    lc->lc_pidfd != lc->lc_parent_tid)
		flags &= ~LINUX_CLONE_PARENT_SETTID;
#endif
	return (flags);
}

/*
 * clone3's set_tid, in alloc_pid()'s order. The runtime emulates one pid
 * namespace, the initial one (CLONE_NEWPID is accepted and ignored), so
 * one id at most. An id in range gets EPERM: Linux's answer to a caller
 * without CAP_CHECKPOINT_RESTORE, and here nobody has it, since ids are
 * the host's (kern_api_proc.h has no way to ask for one). Not ENOSYS: a C
 * library would take that for "no clone3" and retry with clone(2), which
 * has no set_tid, giving a child whose id nobody chose.
 */
static int
linux_clone_set_tid(struct thread *td, const struct linux_clone_req *lc)
{
	int32_t tid;

	if (lc->lc_set_tid_size > 1)
		return (EINVAL);
	tid = lc->lc_set_tid[0];
	if (tid < 1 || tid >= LINUX_PID_MAX_DEFAULT)
		return (EINVAL);
	kern_log_once(td, "clone3.set_tid", "%s: set_tid %d refused (EPERM): "
	    "ids are the host's", lc->lc_syscall, (int)tid);
	return (EPERM);
}

#ifdef LINUX_CLONE_PIDFD
/*
 * CLONE_PIDFD: a descriptor reserved, its number stored for the caller
 * (Linux: put_user() in copy_process(), where a fault fails the clone).
 */
static int
linux_clone_pidfd(struct thread *td, const struct linux_clone_req *lc,
    struct kern_pidfd **pfp)
{
	int32_t fd32;
	int error, fd;

	error = kern_pidfd_reserve(td, &fd, pfp);
	if (error != 0) {
		if (error == ENOSYS)
			kern_log_once(td, "CLONE_PIDFD", "%s: CLONE_PIDFD not "
			    "supported: the host has no pidfds",
			    lc->lc_syscall);
		return (error);
	}
	fd32 = fd;
	if (copyout(&fd32, lc->lc_pidfd, sizeof(fd32)) != 0) {
		kern_pidfd_abandon(td, *pfp);
		return (EFAULT);
	}
	return (0);
}
#endif

int
linux_clone_common(struct thread *td, const struct linux_clone_req *lc)
{
	struct linux_emul_clone_args ec;
	struct linux_tls_clone tc;
	struct kern_fork_req kf;
	struct kern_pidfd *pf;
	struct thread *newtd;
	struct linux_emuldata *newem;
	int32_t tid;
	int error, exit_signal, rfflags;
	bool thread;

	/* 1. Both generated functions give verdicts: the rules, then flags
	 *    the spec rejects and bits no flag of this release declares. */
	thread = (lc->lc_flags & LINUX_CLONE_THREAD) != 0;
	error = linux_clone_check(linux_clone_rule_flags(lc));
	if (error != 0)
		return (error);
	error = linux_clone_to_rfork(lc->lc_flags, &rfflags);
	if (error != 0)
		return (error);
	error = linux_clone_limit(td, lc);
	if (error != 0)
		return (error);

	/* 2. */
	if ((lc->lc_flags & LINUX_CLONE_SETTLS) != 0) {
		error = linux_tls_clone_prepare(td, lc->lc_tls, &tc);
		if (error != 0)
			return (error);
	}
	if (lc->lc_set_tid_size > 0) {
		error = linux_clone_set_tid(td, lc);
		if (error != 0)
			return (error);
	}
	pf = NULL;
#ifdef LINUX_CLONE_PIDFD
	if ((lc->lc_flags & LINUX_CLONE_PIDFD) != 0) {
		error = linux_clone_pidfd(td, lc, &pf);
		if (error != 0)
			return (error);
	}
#endif

	/* 3. CLONE_PARENT and CLONE_THREAD children do not choose their exit
	 *    signal: a sibling gets the caller's own (Linux 2.6.x–6.x:
	 *    current->group_leader->exit_signal), a thread none. */
	exit_signal = lc->lc_exit_signal;
	if (thread)
		exit_signal = 0;
	else if ((lc->lc_flags & LINUX_CLONE_PARENT) != 0)
		exit_signal = em_find(td)->em_pem->pem_exit_signal;

	if (thread) {
		error = kern_thread_create(td, &newtd);
	} else {
		kf.kf_rfflags = rfflags | RFPROC | RFSTOPPED;
		kf.kf_exitsig = linux_clone_host_exitsig(exit_signal);
		kf.kf_linux_flags = lc->lc_flags;
		error = kern_fork(td, &kf, &newtd);
	}
	if (error != 0) {
		if (pf != NULL)
			kern_pidfd_abandon(td, pf);
		return (error);
	}

	/* 4. */
	linux_clone_child_frame(newtd->td_frame, lc->lc_stack);
	ec.ec_flags = lc->lc_flags;
	ec.ec_exit_signal = exit_signal;
	ec.ec_child_tid = lc->lc_child_tid;
	linux_emul_clone(td, newtd, &ec);
	if ((lc->lc_flags & LINUX_CLONE_SETTLS) != 0)
		linux_tls_clone_apply(newtd, &tc);
	if ((lc->lc_flags & (LINUX_CLONE_PARENT | LINUX_CLONE_THREAD)) ==
	    LINUX_CLONE_PARENT)
		kern_proc_reparent_sibling(newtd->td_proc, td->td_proc);
	/* A thread's pidfd names the thread (Linux 6.9+: PIDFD_THREAD). */
	if (pf != NULL)
		kern_pidfd_install(pf, newtd, thread);
	newem = em_find(newtd);
	tid = newem->em_tid;

	/* 5. Linux ignores a fault here (put_user() in kernel_clone()). */
	if ((lc->lc_flags & LINUX_CLONE_PARENT_SETTID) != 0)
		(void)copyout(&tid, lc->lc_parent_tid, sizeof(tid));

	/* 6. */
	kern_thread_run(newtd);
	if ((lc->lc_flags & LINUX_CLONE_VFORK) != 0) {
		if (thread)
			linux_emul_vfork_thread_wait(td);
		else
			kern_fork_ppwait(td);
	}

	td->td_retval[0] = tid;
	return (0);
}

/*
 * clone(2). The argument order differs between the architectures; the
 * generated struct linux_clone_args names them (docs/runtime-handlers.md).
 * The low byte of the flags is the exit signal; only the low 32 bits are
 * flags (Linux: lower_32_bits(clone_flags)).
 */
int
linux_clone(struct thread *td, struct linux_clone_args *args)
{
	struct linux_clone_req lc;
	uint64_t flags;

	flags = (uint64_t)args->flags & 0xffffffffULL;
	memset(&lc, 0, sizeof(lc));
	lc.lc_flags = flags & ~LINUX_CSIGNAL;
	lc.lc_exit_signal = (int)(flags & LINUX_CSIGNAL);
	lc.lc_stack = (uintptr_t)args->stack;
	lc.lc_parent_tid = (int32_t *)args->parent_tidptr;
	lc.lc_child_tid = (int32_t *)args->child_tidptr;
	lc.lc_tls = (uintptr_t)args->tls;
	/* clone(2) returns a pidfd through parent_tid (Linux 5.2). */
	lc.lc_pidfd = lc.lc_parent_tid;
	lc.lc_syscall = "clone";
	return (linux_clone_common(td, &lc));
}

int
linux_fork(struct thread *td, struct linux_fork_args *args __attribute__((__unused__)))
{
	struct linux_clone_req lc = {
		.lc_exit_signal = LINUX_SIGCHLD,
		.lc_syscall = "fork",
	};

	return (linux_clone_common(td, &lc));
}

int
linux_vfork(struct thread *td, struct linux_vfork_args *args __attribute__((__unused__)))
{
	struct linux_clone_req lc = {
		.lc_flags = LINUX_CLONE_VM | LINUX_CLONE_VFORK,
		.lc_exit_signal = LINUX_SIGCHLD,
		.lc_syscall = "vfork",
	};

	return (linux_clone_common(td, &lc));
}

#ifdef LINUX_SYS_linux_clone3
/* The flags clone3 accepts: the 32 of clone(2), and the 64-bit ones this
 * release has (clone3_args_valid()). */
#if defined(LINUX_CLONE_CLEAR_SIGHAND) && defined(LINUX_CLONE_INTO_CGROUP)
#define	LINUX_CLONE3_FLAGS	(0xffffffffULL | LINUX_CLONE_CLEAR_SIGHAND | \
				 LINUX_CLONE_INTO_CGROUP)
#elif defined(LINUX_CLONE_CLEAR_SIGHAND)
#define	LINUX_CLONE3_FLAGS	(0xffffffffULL | LINUX_CLONE_CLEAR_SIGHAND)
#else
#define	LINUX_CLONE3_FLAGS	0xffffffffULL
#endif
#ifdef LINUX_CLONE_NEWTIME
#define	LINUX_CLONE3_NEWTIME	LINUX_CLONE_NEWTIME
#else
#define	LINUX_CLONE3_NEWTIME	0
#endif

/*
 * clone3(2), Linux 5.3 and later: the argument block is copied in and
 * checked as copy_clone_args_from_user() and clone3_args_valid() do, in
 * their order, before the common path.
 */
static int
linux_clone3_copyin(struct l_user_clone_args *uargs, size_t usize,
    struct l_user_clone_args *ca, int32_t *set_tid)
{
	unsigned char tail[64];
	size_t off, n, i;
	int error;

	if (usize > LINUX_PAGE_SIZE)
		return (E2BIG);
	if (usize < LINUX_CLONE_ARGS_SIZE_VER0)
		return (EINVAL);
	memset(ca, 0, sizeof(*ca));
	error = copyin(uargs, ca, usize < sizeof(*ca) ? usize : sizeof(*ca));
	if (error != 0)
		return (error);
	/* A larger struct from a newer program is fine if the fields we do
	 * not know are zero (copy_struct_from_user()). */
	for (off = sizeof(*ca); off < usize; off += n) {
		n = usize - off < sizeof(tail) ? usize - off : sizeof(tail);
		error = copyin((char *)uargs + off, tail, n);
		if (error != 0)
			return (error);
		for (i = 0; i < n; i++) {
			if (tail[i] != 0)
				return (E2BIG);
		}
	}
	if (ca->set_tid_size > LINUX_MAX_PID_NS_LEVEL)
		return (EINVAL);
	if (ca->set_tid == 0 && ca->set_tid_size > 0)
		return (EINVAL);
	if (ca->set_tid != 0 && ca->set_tid_size == 0)
		return (EINVAL);
	if ((ca->exit_signal & ~LINUX_CSIGNAL) != 0 ||
	    ca->exit_signal > LINUX_NSIG)
		return (EINVAL);
#ifdef LINUX_CLONE_INTO_CGROUP
	if ((ca->flags & LINUX_CLONE_INTO_CGROUP) != 0 &&
	    (ca->cgroup > 0x7fffffff || usize < LINUX_CLONE_ARGS_SIZE_VER2))
		return (EINVAL);
#endif
	/* The ids themselves are read now and judged later, in the child's
	 * creation (linux_clone_set_tid()), as Linux does. */
	if (ca->set_tid != 0 && copyin((void *)(uintptr_t)ca->set_tid,
	    set_tid, (size_t)ca->set_tid_size * sizeof(*set_tid)) != 0)
		return (EFAULT);
	return (0);
}

static int
linux_clone3_valid(const struct l_user_clone_args *ca)
{

	if ((ca->flags & ~LINUX_CLONE3_FLAGS) != 0)
		return (EINVAL);
	/* The CSIGNAL byte is not for flags here, except CLONE_NEWTIME which
	 * took its top bit. */
	if ((ca->flags & (LINUX_CLONE_DETACHED |
	    (LINUX_CSIGNAL & ~LINUX_CLONE3_NEWTIME))) != 0)
		return (EINVAL);
#ifdef LINUX_CLONE_CLEAR_SIGHAND
	if ((ca->flags & (LINUX_CLONE_SIGHAND | LINUX_CLONE_CLEAR_SIGHAND)) ==
	    (LINUX_CLONE_SIGHAND | LINUX_CLONE_CLEAR_SIGHAND))
		return (EINVAL);
#endif
	if ((ca->flags & (LINUX_CLONE_THREAD | LINUX_CLONE_PARENT)) != 0 &&
	    ca->exit_signal != 0)
		return (EINVAL);
	if ((ca->stack == 0) != (ca->stack_size == 0))
		return (EINVAL);
	return (0);
}

int
linux_clone3(struct thread *td, struct linux_clone3_args *args)
{
	struct l_user_clone_args ca;
	struct linux_clone_req lc;
	int error;

	memset(&lc, 0, sizeof(lc));
	error = linux_clone3_copyin(args->uargs, (size_t)args->usize, &ca,
	    lc.lc_set_tid);
	if (error != 0)
		return (error);
	error = linux_clone3_valid(&ca);
	if (error != 0)
		return (error);
	lc.lc_set_tid_size = (int)ca.set_tid_size;
	lc.lc_flags = ca.flags;
	lc.lc_exit_signal = (int)ca.exit_signal;
	/* clone3 takes the lowest address and the size of the stack. */
	lc.lc_stack = ca.stack != 0 ? (uintptr_t)(ca.stack + ca.stack_size) : 0;
	lc.lc_parent_tid = (int32_t *)(uintptr_t)ca.parent_tid;
	lc.lc_child_tid = (int32_t *)(uintptr_t)ca.child_tid;
	lc.lc_tls = (uintptr_t)ca.tls;
	lc.lc_pidfd = (int32_t *)(uintptr_t)ca.pidfd;
	lc.lc_syscall = "clone3";
	return (linux_clone_common(td, &lc));
}
#endif /* LINUX_SYS_linux_clone3 */
