/*
 * linux_release.h — which Linux release the runtime emulates.
 *
 * The runtime is compiled once per release that has generated tables in
 * out/<release>/ (runtime/rules.mk), and rules.mk passes the release as
 * LINUX_RELEASE_NAME ("linux-2.6.16") and LINUX_RELEASE_KERNVER
 * (LINUX_KERNVER(2, 6, 16)), derived from the directory name. That is the
 * default answer of linux_kernver().
 *
 * Behaviour that changed between Linux releases (futex operations that
 * appeared or went away, argument checks that were added) is decided at
 * run time from linux_kernver(), not with #if: the same build can then be
 * told to behave as another release, as FreeBSD's Linuxulator is with the
 * compat.linux.osrelease sysctl. Tests use that to check one release's
 * rules against the running kernel's.
 */
#ifndef _LINUX_RELEASE_H_
#define _LINUX_RELEASE_H_

#include "kern_api.h"

#define	LINUX_KERNVER(a, b, c)	(((a) << 16) | ((b) << 8) | (c))

#ifndef LINUX_RELEASE_KERNVER
#error "LINUX_RELEASE_KERNVER is set by runtime/rules.mk for each release"
#endif

/* The release td's process sees, as LINUX_KERNVER(). */
int	linux_kernver(struct thread *td);

/*
 * Make every process see release `kernver` (0: the compiled release).
 * FreeBSD: sysctl compat.linux.osrelease. Not meant to change under
 * running programs.
 */
void	linux_set_kernver(int kernver);

#endif /* !_LINUX_RELEASE_H_ */
