/*
 * lhost_errno_linux.c — the real system's numbers for the errno names of
 * lhost_errno_names.h, in list order (lhost_errno_host.c has the host's).
 */
#include <errno.h>

#include "lhost_errno.h"

#define	LHOST_ERRNO(name)	name,
const int lhost_errno_linux_values[] = {
#include "lhost_errno_names.h"
};
#undef LHOST_ERRNO
const int lhost_errno_count = sizeof(lhost_errno_linux_values) /
    sizeof(lhost_errno_linux_values[0]);
