/*
 * tspec_check.h — shared by the translation-spec checks (private).
 */
#ifndef SYSCALLC_TSPEC_CHECK_H
#define SYSCALLC_TSPEC_CHECK_H

#include "tspec.h"

/* Resolve and check ioctl.sets (tspec_check_ioctl.c). */
void	tspec_check_ioctl(struct tspec *ts);
/*
 * Encode the host's ioctl commands (`ioctl NAME _IOx(...)`): done for
 * every release, since host-wide outputs list them whatever the release.
 */
void	tspec_resolve_host_ioctls(struct tspec *ts);

/* Resolve and check termios.map with the host's termios facts. */
void	tspec_check_termios(struct tspec *ts);

/*
 * A Linux errno name's Linux value and the host value errno.map translates
 * it to. False if the name is unknown or unmappable.
 */
bool	tspec_linux_errno(struct tspec *ts, const char *name,
	    int64_t *linux_v, int64_t *host_v);

/* Linux's _IOC encoding (asm-generic/ioctl.h): dir 2 bits, size 14 bits. */
#define LINUX_IOC_NONE	0u
#define LINUX_IOC_WRITE	1u
#define LINUX_IOC_READ	2u
#define LINUX_IOC(dir, type, nr, size) \
	(((uint32_t)(dir) << 30) | ((uint32_t)(size) << 16) | \
	 ((uint32_t)(type) << 8) | (uint32_t)(nr))

#endif /* SYSCALLC_TSPEC_CHECK_H */
