/*
 * linux_clone.h — clone(2), clone3(2), fork(2) and vfork(2): the flags,
 * the normalised request every entry point builds, and the one function
 * that carries it out (linux_clone.c).
 *
 * The validity verdict and the host rfork flags come from the generated
 * clone-flag tables (out/<release>/linux_clone_flags.[ch], compiled from
 * spec/<release>/clone.flags): linux_clone_check() and
 * linux_clone_to_rfork(). The generated header defines LINUX_CLONE_* for
 * the flags this release has, and only those: code for newer flags is
 * under #ifdef, so that each release's runtime knows its own set.
 */
#ifndef _LINUX_CLONE_H_
#define _LINUX_CLONE_H_

#include <stdint.h>

#include "kern_api.h"

#include "linux_clone_flags.h"	/* generated: this release's flags */
#include "linux_signal.h"	/* generated: host_signal_from_linux() */
#include "linux_types.h"

/* Linux's _NSIG: the highest valid signal number. */
#define	LINUX_NSIG			64

/* Linux's MAX_PID_NS_LEVEL, the longest set_tid array. */
#define	LINUX_MAX_PID_NS_LEVEL		32
/*
 * pid_max of the emulated kernel, the bound of clone3's set_tid: Linux's
 * PID_MAX_DEFAULT, the sysctl's value on a small machine. The host's real
 * bound is not part of the kernel API; an id between this and a larger
 * host pid_max gets EINVAL here where that Linux says EPERM.
 */
#define	LINUX_PID_MAX_DEFAULT		0x8000
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
	int32_t		*lc_pidfd;	/* CLONE_PIDFD: where the descriptor
					   goes (clone(2): parent_tid) */
	int		 lc_set_tid_size; /* clone3: the ids asked for, one per
					   pid namespace level; 0: none */
	int32_t		 lc_set_tid[LINUX_MAX_PID_NS_LEVEL];
	const char	*lc_syscall;	/* "clone", "clone3", ... for logs */
};

/*
 * Validate, create the child, set it up, start it; for CLONE_VFORK wait
 * for it. On success td->td_retval[0] is the child's Linux TID.
 */
int	linux_clone_common(struct thread *td, const struct linux_clone_req *lc);

/* The child's registers: its stack, and 0 returned from the call. */
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
