/*
 * linux_uname_i386.c — the two older unames only i386 has: uname (109,
 * struct old_utsname: newuname's fields less the domain name) and
 * olduname (59, struct oldold_utsname: eight characters of each field).
 * Both refuse a NULL buffer with EFAULT before anything else, as Linux's
 * sys_uname and sys_olduname do. Same answer as newuname (linux_uname.c).
 */
#include <string.h>

#include "kern_api.h"
#include "linux_types.h"
#include "linux_proto.h"
#include "linux_uname.h"

int
linux_uname(struct thread *td, struct linux_uname_args *args)
{
	struct l_new_utsname u;
	struct l_old_utsname o;

	if (args->name == NULL)
		return (EFAULT);
	linux_get_utsname(td, &u);
	memcpy(o.sysname, u.sysname, sizeof(o.sysname));
	memcpy(o.nodename, u.nodename, sizeof(o.nodename));
	memcpy(o.release, u.release, sizeof(o.release));
	memcpy(o.version, u.version, sizeof(o.version));
	memcpy(o.machine, u.machine, sizeof(o.machine));
	return (copyout(&o, args->name, sizeof(o)));
}

int
linux_olduname(struct thread *td, struct linux_olduname_args *args)
{
	struct l_new_utsname u;
	struct l_oldold_utsname o;
	const size_t n = LINUX_OLDOLD_UTS_LEN - 1;

	if (args->name == NULL)
		return (EFAULT);
	linux_get_utsname(td, &u);
	memset(&o, 0, sizeof(o));
	memcpy(o.sysname, u.sysname, n);
	memcpy(o.nodename, u.nodename, n);
	memcpy(o.release, u.release, n);
	memcpy(o.version, u.version, n);
	memcpy(o.machine, u.machine, n);
	return (copyout(&o, args->name, sizeof(o)));
}
