/*
 * linux_syscall.c — the system call path: fetch the number and arguments
 * from the registers of the emulated architecture, dispatch through the
 * generated linux_sysent[], and put the result back where Linux puts it.
 * FreeBSD: syscallenter()/syscallret() with the Linux sysvec's
 * sv_fetch_syscall_args and sv_set_syscall_retval.
 *
 * The contract with hosts is in linux_syscall_entry.h.
 */
#include <linux_types.h>
#include <sys/sysent.h>

#include "kern_api_proc.h"
#include "linux_errno.h"
#include "linux_syscall.h"
#include "linux_syscall_entry.h"

extern struct sysent linux_sysent[];

/*
 * Arguments travel in an array of register-sized slots, which handlers
 * read through their generated struct linux_<name>_args (a slot per
 * argument, padded to a register). Linux passes at most six.
 */
#define	LINUX_SYSCALL_MAXARGS	6

static unsigned
linux_fetch_syscall_args(const struct trapframe *tf, syscallarg_t *args)
{

#if defined(LINUX_ARCH_AMD64)
	args[0] = (syscallarg_t)tf->tf_rdi;
	args[1] = (syscallarg_t)tf->tf_rsi;
	args[2] = (syscallarg_t)tf->tf_rdx;
	args[3] = (syscallarg_t)tf->tf_r10;	/* rcx is the return address */
	args[4] = (syscallarg_t)tf->tf_r8;
	args[5] = (syscallarg_t)tf->tf_r9;
	/* Linux takes the number as an int from orig_rax. */
	return ((unsigned)(uint32_t)tf->tf_orig_rax);
#else
	args[0] = (syscallarg_t)tf->tf_ebx;
	args[1] = (syscallarg_t)tf->tf_ecx;
	args[2] = (syscallarg_t)tf->tf_edx;
	args[3] = (syscallarg_t)tf->tf_esi;
	args[4] = (syscallarg_t)tf->tf_edi;
	args[5] = (syscallarg_t)tf->tf_ebp;
	return ((unsigned)tf->tf_orig_eax);
#endif
}

static void
linux_set_syscall_retval(struct thread *td, int error)
{
	struct trapframe *tf = td->td_frame;

	switch (error) {
	case 0:
#if defined(LINUX_ARCH_AMD64)
		tf->tf_rax = (uint64_t)td->td_retval[0];
#else
		tf->tf_eax = (uint32_t)td->td_retval[0];
#endif
		break;
	case ERESTART:
#if defined(LINUX_ARCH_AMD64)
		tf->tf_rax = tf->tf_orig_rax;
		tf->tf_rip -= LINUX_SYSCALL_INSN_LEN;
#else
		tf->tf_eax = tf->tf_orig_eax;
		tf->tf_eip -= LINUX_SYSCALL_INSN_LEN;
#endif
		break;
	case EJUSTRETURN:
		break;
	default:
		KASSERT(error > 0, ("syscall returned internal error %d", error));
#if defined(LINUX_ARCH_AMD64)
		tf->tf_rax = (uint64_t)-(int64_t)linux_errno_from_host(error);
#else
		tf->tf_eax = (uint32_t)-(int32_t)linux_errno_from_host(error);
#endif
		break;
	}
}

int
linux_syscall(struct thread *td)
{
	syscallarg_t args[LINUX_SYSCALL_MAXARGS];
	unsigned code;
	int error;

	KASSERT(td->td_frame != NULL, ("linux_syscall: no trapframe"));
	code = linux_fetch_syscall_args(td->td_frame, args);
	td->td_retval[0] = 0;
	td->td_retval[1] = 0;
	/* Out of the table: Linux answers ENOSYS (no SIGSYS, unlike
	   FreeBSD's native nosys). */
	if (code >= LINUX_SYS_MAXSYSCALL)
		error = ENOSYS;
	else
		error = linux_sysent[code].sy_call(td, args);
	linux_set_syscall_retval(td, error);
	/* On the way back to user mode: a thread whose group is being ended
	   (exit_group in another thread) ends here (kern_api_proc.h). */
	kern_userret(td);
	return (error);
}

/*
 * The handlers of table entries without one (UNIMPL, OBSOL: Linux's
 * sys_ni_syscall) answer ENOSYS, as on Linux.
 */
int
nosys(struct thread *td, struct nosys_args *args)
{

	(void)td;
	(void)args;
	return (ENOSYS);
}

int
lkmressys(struct thread *td, struct nosys_args *args)
{

	return (nosys(td, args));
}
