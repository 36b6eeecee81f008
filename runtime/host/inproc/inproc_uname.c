/*
 * inproc_uname.c — kern_host_utsname() for the in-process host: the
 * emulated program is this process, so the host's identity is what
 * uname(2) tells it.
 */
#include <string.h>
#include <sys/utsname.h>

#include "kern_api.h"

static void
copy_field(char *dst, const char *src)
{
	size_t n = strnlen(src, KUTS_LEN - 1);

	memcpy(dst, src, n);
	dst[n] = '\0';
}

void
kern_host_utsname(struct thread *td, struct kutsname *ku)
{
	struct utsname u;

	(void)td;
	memset(ku, 0, sizeof(*ku));
	if (uname(&u) != 0)
		return;
	copy_field(ku->ku_nodename, u.nodename);
	copy_field(ku->ku_domainname, u.domainname);
	copy_field(ku->ku_version, u.version);
	copy_field(ku->ku_machine, u.machine);
}
