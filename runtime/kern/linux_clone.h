/*
 * linux_clone.h — clone(2), clone3(2), fork(2) and vfork(2): the flags,
 * the normalised request every entry point builds, and the one function
 * that carries it out (linux_clone.c).
 *
 * The validity verdict and the host rfork flags come from the generated
 * clone-flag tables (out/<release>/linux_clone_flags.[ch], compiled from
 * spec/<release>/clone.flags): linux_clone_check() and
 * linux_clone_to_rfork(). The flag values below are facts of Linux's
 * include/uapi/linux/sched.h (shared/reference/linux/clone-flags.tsv).
 */
#ifndef _LINUX_CLONE_H_
#define _LINUX_CLONE_H_

#include <stdint.h>

#include "kern_api.h"

#if __has_include("linux_clone_flags.h")
#include "linux_clone_flags.h"		/* generated for this release */
#include "linux_signal.h"		/* generated: host_signal_from_linux() */
#else
#include "linux_clone_flags_interim.h"	/* until the generator lands */
#endif

#ifndef LINUX_CSIGNAL
#define	LINUX_CSIGNAL			0x000000ffULL
#define	LINUX_CLONE_NEWTIME		0x00000080ULL
#define	LINUX_CLONE_VM			0x00000100ULL
#define	LINUX_CLONE_FS			0x00000200ULL
#define	LINUX_CLONE_FILES		0x00000400ULL
#define	LINUX_CLONE_SIGHAND		0x00000800ULL
#define	LINUX_CLONE_PIDFD		0x00001000ULL
#define	LINUX_CLONE_PTRACE		0x00002000ULL
#define	LINUX_CLONE_VFORK		0x00004000ULL
#define	LINUX_CLONE_PARENT		0x00008000ULL
#define	LINUX_CLONE_THREAD		0x00010000ULL
#define	LINUX_CLONE_NEWNS		0x00020000ULL
#define	LINUX_CLONE_SYSVSEM		0x00040000ULL
#define	LINUX_CLONE_SETTLS		0x00080000ULL
#define	LINUX_CLONE_PARENT_SETTID	0x00100000ULL
#define	LINUX_CLONE_CHILD_CLEARTID	0x00200000ULL
#define	LINUX_CLONE_DETACHED		0x00400000ULL
#define	LINUX_CLONE_UNTRACED		0x00800000ULL
#define	LINUX_CLONE_CHILD_SETTID	0x01000000ULL
#define	LINUX_CLONE_NEWCGROUP		0x02000000ULL
#define	LINUX_CLONE_NEWUTS		0x04000000ULL
#define	LINUX_CLONE_NEWIPC		0x08000000ULL
#define	LINUX_CLONE_NEWUSER		0x10000000ULL
#define	LINUX_CLONE_NEWPID		0x20000000ULL
#define	LINUX_CLONE_NEWNET		0x40000000ULL
#define	LINUX_CLONE_IO			0x80000000ULL
#define	LINUX_CLONE_CLEAR_SIGHAND	0x100000000ULL
#define	LINUX_CLONE_INTO_CGROUP		0x200000000ULL
#endif

/* The namespace flags of all releases (Linux checks them in
 * copy_namespaces(); the runtime has no namespaces). */
#define	LINUX_CLONE_NAMESPACES						\
	(LINUX_CLONE_NEWTIME | LINUX_CLONE_NEWNS | LINUX_CLONE_NEWCGROUP |	\
	 LINUX_CLONE_NEWUTS | LINUX_CLONE_NEWIPC | LINUX_CLONE_NEWUSER |	\
	 LINUX_CLONE_NEWPID | LINUX_CLONE_NEWNET)

/* Linux's SIGCHLD, the exit signal of fork() and vfork(). */
#define	LINUX_SIGCHLD			17
/* Linux's _NSIG: the highest valid signal number. */
#define	LINUX_NSIG			64

/* struct clone_args (include/uapi/linux/sched.h): all fields 64-bit. */
struct l_user_clone_args {
	uint64_t	flags;
	uint64_t	pidfd;
	uint64_t	child_tid;
	uint64_t	parent_tid;
	uint64_t	exit_signal;
	uint64_t	stack;
	uint64_t	stack_size;
	uint64_t	tls;
	uint64_t	set_tid;	/* VER1 */
	uint64_t	set_tid_size;
	uint64_t	cgroup;		/* VER2 */
};
#define	LINUX_CLONE_ARGS_SIZE_VER0	64
#define	LINUX_CLONE_ARGS_SIZE_VER1	80
#define	LINUX_CLONE_ARGS_SIZE_VER2	88
_Static_assert(sizeof(struct l_user_clone_args) == LINUX_CLONE_ARGS_SIZE_VER2,
    "struct clone_args is 88 bytes");
/* Linux's MAX_PID_NS_LEVEL, the longest set_tid array. */
#define	LINUX_MAX_PID_NS_LEVEL		32
/* Linux's PAGE_SIZE on x86, clone3's limit on usize. */
#define	LINUX_PAGE_SIZE			4096

/*
 * One clone request, whatever the entry point. Built once, then
 * linux_clone_common() does the work.
 */
struct linux_clone_req {
	uint64_t	 lc_flags;	/* CLONE_* (the CSIGNAL byte cleared
					   for clone(2)) */
	int		 lc_exit_signal; /* Linux signal number, 0..255 */
	uintptr_t	 lc_stack;	/* the child's stack pointer; 0: the
					   parent's */
	int32_t		*lc_parent_tid;	/* CLONE_PARENT_SETTID */
	int32_t		*lc_child_tid;	/* CLONE_CHILD_SETTID/CLEARTID */
	uintptr_t	 lc_tls;	/* CLONE_SETTLS: amd64 FS base; i386
					   struct l_user_desc * */
	const char	*lc_syscall;	/* "clone", "clone3", ... for logs */
};

/*
 * Validate, create the child, set it up, start it; for CLONE_VFORK wait
 * for it. On success td->td_retval[0] is the child's Linux TID.
 */
int	linux_clone_common(struct thread *td, const struct linux_clone_req *lc);

/* Machine-dependent register set-up of the child (linux_clone_<arch>.c is
 * not needed: the trapframe names differ only in these two). */
static inline void
linux_clone_child_frame(struct trapframe *tf, uintptr_t stack)
{
#if defined(LINUX_ARCH_AMD64)
	tf->tf_rax = 0;
	if (stack != 0)
		tf->tf_rsp = stack;
#else
	tf->tf_eax = 0;
	if (stack != 0)
		tf->tf_esp = (uint32_t)stack;
#endif
}

#endif /* !_LINUX_CLONE_H_ */
