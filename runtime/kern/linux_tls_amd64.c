/*
 * linux_tls_amd64.c — amd64 TLS: arch_prctl(2) ARCH_SET_FS, ARCH_GET_FS,
 * ARCH_SET_GS, ARCH_GET_GS, and CLONE_SETTLS (the tls argument is the
 * child's FS base).
 *
 * The bases live in the thread's trapframe (tf_fs_base, tf_gs_base): that
 * is where a ptrace host reads them from and writes them back to, and the
 * in-process host never loads them into the CPU. Setting a base zeroes the
 * matching selector, as Linux does (do_arch_prctl_64()); a base at or
 * above TASK_SIZE_MAX is refused with EPERM, both by arch_prctl and by
 * CLONE_SETTLS.
 */

#include "kern_api.h"
#include "linux_emul.h"
#include "linux_types.h"
#include "linux_proto.h"
#include "linux_syscall.h"
#include "linux_tls.h"

int
linux_tls_clone_prepare(struct thread *td __attribute__((__unused__)),
    uintptr_t tls, struct linux_tls_clone *tc)
{

	if (tls >= LINUX_TASK_SIZE_MAX_AMD64)
		return (EPERM);
	tc->tc_fs_base = tls;
	return (0);
}

void
linux_tls_clone_apply(struct thread *newtd, const struct linux_tls_clone *tc)
{

	newtd->td_frame->tf_fs = 0;
	newtd->td_frame->tf_fs_base = tc->tc_fs_base;
}

int
linux_arch_prctl(struct thread *td, struct linux_arch_prctl_args *args)
{
	struct trapframe *tf;
	uint64_t base;

	tf = td->td_frame;
	switch (args->code) {
	case LINUX_ARCH_SET_FS:
		if ((uint64_t)args->addr >= LINUX_TASK_SIZE_MAX_AMD64)
			return (EPERM);
		tf->tf_fs = 0;
		tf->tf_fs_base = args->addr;
		return (0);
	case LINUX_ARCH_SET_GS:
		if ((uint64_t)args->addr >= LINUX_TASK_SIZE_MAX_AMD64)
			return (EPERM);
		tf->tf_gs = 0;
		tf->tf_gs_base = args->addr;
		return (0);
	case LINUX_ARCH_GET_FS:
		base = tf->tf_fs_base;
		return (copyout(&base, (void *)(uintptr_t)args->addr,
		    sizeof(base)));
	case LINUX_ARCH_GET_GS:
		base = tf->tf_gs_base;
		return (copyout(&base, (void *)(uintptr_t)args->addr,
		    sizeof(base)));
	default:
		/* Linux answers EINVAL for codes it does not know; the
		 * CPUID, vDSO, shadow-stack and AMX codes are not
		 * emulated. */
		kern_log_once(td, "arch_prctl.code",
		    "arch_prctl: code %#x not supported", (unsigned)args->code);
		return (EINVAL);
	}
}
