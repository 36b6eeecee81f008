/*
 * linux_uname.h — the layouts uname's three generations write (Linux
 * include/uapi/linux/utsname.h: facts) and the one answer they share.
 */
#ifndef _LINUX_UNAME_H_
#define _LINUX_UNAME_H_

#include "kern_api.h"

#define	LINUX_UTS_LEN		65	/* __NEW_UTS_LEN + 1 */
#define	LINUX_OLDOLD_UTS_LEN	9	/* __OLD_UTS_LEN + 1 */

/* newuname (both arches). */
struct l_new_utsname {
	char	sysname[LINUX_UTS_LEN];
	char	nodename[LINUX_UTS_LEN];
	char	release[LINUX_UTS_LEN];
	char	version[LINUX_UTS_LEN];
	char	machine[LINUX_UTS_LEN];
	char	domainname[LINUX_UTS_LEN];
};

/* i386 uname (109): the same fields without the domain name. */
struct l_old_utsname {
	char	sysname[LINUX_UTS_LEN];
	char	nodename[LINUX_UTS_LEN];
	char	release[LINUX_UTS_LEN];
	char	version[LINUX_UTS_LEN];
	char	machine[LINUX_UTS_LEN];
};

/* i386 olduname (59): 8 characters and a NUL per field. */
struct l_oldold_utsname {
	char	sysname[LINUX_OLDOLD_UTS_LEN];
	char	nodename[LINUX_OLDOLD_UTS_LEN];
	char	release[LINUX_OLDOLD_UTS_LEN];
	char	version[LINUX_OLDOLD_UTS_LEN];
	char	machine[LINUX_OLDOLD_UTS_LEN];
};

_Static_assert(sizeof(struct l_new_utsname) == 390, "new_utsname");
_Static_assert(sizeof(struct l_old_utsname) == 325, "old_utsname");
_Static_assert(sizeof(struct l_oldold_utsname) == 45, "oldold_utsname");

/*
 * What td sees: the system name "Linux", the release linux_kernver()
 * says (compat.linux.osrelease), the host's node name, domain name and
 * version line, and the machine as Linux names it. Every field is
 * NUL-padded to its end, as the kernel's are.
 */
void	linux_get_utsname(struct thread *td, struct l_new_utsname *u);

#endif /* !_LINUX_UNAME_H_ */
