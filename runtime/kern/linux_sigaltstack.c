/*
 * linux_sigaltstack.c — the alternate signal stack as Linux sees it:
 * sigaltstack(2)'s rules, the ss_flags it reports, and what sigreturn does
 * with the uc_stack of a frame.
 *
 * The host stores the stack (kern_sigaltstack); everything Linux decides
 * is decided here, from the stored stack and the user stack pointer:
 *   - on_sig_stack(sp): sp in (ss_sp, ss_sp + ss_size];
 *   - changing the stack while running on it: EPERM;
 *   - ss_flags other than 0, SS_ONSTACK, SS_DISABLE: EINVAL
 *     (SS_AUTODISARM, Linux 4.7, is not part of the releases modelled);
 *   - a stack smaller than MINSIGSTKSZ (2048): ENOMEM;
 *   - SS_DISABLE forgets address and size;
 *   - the reported ss_flags are computed, never the stored ones.
 */
#include <string.h>

#include "linux_signal_var.h"

static bool
altstack_enabled(const struct ksigaltstack *ss)
{

	return ((ss->kss_flags & KSS_DISABLE) == 0 && ss->kss_size != 0);
}

bool
linux_on_sig_stack(const struct ksigaltstack *ss, uint64_t sp)
{

	if (!altstack_enabled(ss))
		return (false);
	return (sp > ss->kss_sp && sp - ss->kss_sp <= ss->kss_size);
}

int
linux_sas_ss_flags(const struct ksigaltstack *ss, uint64_t sp)
{

	if (!altstack_enabled(ss))
		return (LINUX_SS_DISABLE);
	return (linux_on_sig_stack(ss, sp) ? LINUX_SS_ONSTACK : 0);
}

/*
 * Linux's do_sigaltstack(): the checks, then the host stores the result.
 * `sp` is the user stack pointer the "are we on it" question is asked
 * about.
 */
int
linux_do_sigaltstack(struct thread *td, const l_stack_t *uss, l_stack_t *uoss,
    uint64_t sp)
{
	struct ksigaltstack cur, nss;
	int mode;

	(void)kern_sigaltstack(td, NULL, &cur);
	if (uoss != NULL) {
		memset(uoss, 0, sizeof(*uoss));
		uoss->ss_sp = (l_ulong)(altstack_enabled(&cur) ?
		    cur.kss_sp : 0);
		uoss->ss_size = (l_ulong)(altstack_enabled(&cur) ?
		    cur.kss_size : 0);
		uoss->ss_flags = linux_sas_ss_flags(&cur, sp);
	}
	if (uss == NULL)
		return (0);
	if (linux_on_sig_stack(&cur, sp))
		return (EPERM);
	mode = uss->ss_flags;
	if (mode != LINUX_SS_DISABLE && mode != LINUX_SS_ONSTACK && mode != 0)
		return (EINVAL);
	memset(&nss, 0, sizeof(nss));
	if (mode == LINUX_SS_DISABLE) {
		nss.kss_flags = KSS_DISABLE;
	} else {
		if (uss->ss_size < LINUX_MINSIGSTKSZ)
			return (ENOMEM);
		nss.kss_sp = (uintptr_t)uss->ss_sp;
		nss.kss_size = (size_t)uss->ss_size;
	}
	return (kern_sigaltstack(td, &nss, NULL));
}

int
linux_restore_altstack(struct thread *td, uint64_t uaddr, uint64_t sp)
{
	l_stack_t ss;

	if (copyin(linux_uptr(uaddr), &ss, sizeof(ss)) != 0)
		return (EFAULT);
	/* Linux squashes every error but EFAULT here. */
	(void)linux_do_sigaltstack(td, &ss, NULL, sp);
	return (0);
}
