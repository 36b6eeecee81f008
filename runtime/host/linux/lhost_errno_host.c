/*
 * lhost_errno_host.c — the modelled host's numbers for the errno names of
 * lhost_errno_names.h, in list order, and the translation itself.
 */
#include "host_errno.h"		/* generated: the host's values, plain names */
#include "lhost_errno.h"

#define	LHOST_ERRNO(name)	name,
static const int lhost_errno_host_values[] = {
#include "lhost_errno_names.h"
};
#undef LHOST_ERRNO

/* Both arrays come from the one list, so they have the same length. */
int
lhost_errno(int linux_errno)
{

	if (linux_errno == 0)
		return (0);
	for (int i = 0; i < lhost_errno_count; i++)
		if (lhost_errno_linux_values[i] == linux_errno)
			return (lhost_errno_host_values[i]);
	/* A Linux-only errno (ENOSTR, ECHRNG...): the host has no name. */
	return (EINVAL);
}
