/*
 * linux_tls_i386.c — CLONE_SETTLS on i386: the tls argument (esi, the
 * thesis's "dummy" parameter) points to a struct user_desc that fills one
 * of the child's TLS slots.
 *
 * Linux's copy_thread() -> set_new_tls() calls do_set_thread_area() with
 * can_allocate = 0: entry_number must already name a slot (glibc passes
 * the descriptor set_thread_area filled in), -1 is EINVAL, and the same
 * descriptor checks as set_thread_area apply. A bad pointer is EFAULT. The
 * clone fails as a whole before the child exists.
 */

#include "kern_api.h"
#include "linux_emul.h"
#include "linux_tls.h"
#include "linux_types.h"
#include "linux_proto.h"
#include "linux_syscall.h"

int
linux_tls_clone_prepare(struct thread *td, uintptr_t tls,
    struct linux_tls_clone *tc)
{
	bool allocated;
	int error;

	error = copyin((const void *)tls, &tc->tc_desc, sizeof(tc->tc_desc));
	if (error != 0)
		return (error);
	tc->tc_entry = (int)tc->tc_desc.entry_number;
	return (linux_tls_select(&em_find(td)->em_tls, linux_tls_gdt_min(td),
	    &tc->tc_desc, false, &tc->tc_entry, &allocated));
}

void
linux_tls_clone_apply(struct thread *newtd, const struct linux_tls_clone *tc)
{

	linux_tls_store(&em_find(newtd)->em_tls, linux_tls_gdt_min(newtd),
	    tc->tc_entry, &tc->tc_desc);
}

#ifdef LINUX_SYS_linux_arch_prctl
/*
 * arch_prctl(2) for 32-bit programs (Linux 4.12 and later) knows only the
 * CPUID and vDSO codes; FS and GS bases are 64-bit notions and 32-bit
 * programs get EINVAL for them, as for any code not emulated here.
 */
int
linux_arch_prctl(struct thread *td, struct linux_arch_prctl_args *args)
{

	switch (args->code) {
	case LINUX_ARCH_SET_FS:
	case LINUX_ARCH_SET_GS:
	case LINUX_ARCH_GET_FS:
	case LINUX_ARCH_GET_GS:
		return (EINVAL);
	default:
		kern_log_once(td, "arch_prctl.code",
		    "arch_prctl: code %#x not supported", (unsigned)args->code);
		return (EINVAL);
	}
}
#endif
