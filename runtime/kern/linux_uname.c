/*
 * linux_uname.c — uname(2): newuname, the call both arches make (x86_64's
 * sys_uname writes the same struct as i386's sys_newuname). The i386-only
 * older generations are in linux_uname_i386.c.
 *
 * The answer is the emulation's: a Linux program is told it runs on
 * "Linux" of the release the emulation behaves as (linux_kernver(): the
 * spec's release, or --osrelease, FreeBSD's compat.linux.osrelease), on
 * the host's machine, under the host's node name, domain name and kernel
 * version line (kern_host_utsname()). FreeBSD: linux_newuname() in
 * linux_misc.c.
 */
#include <string.h>

#include "kern_api.h"
#include "linux_release.h"
#include "linux_types.h"
#include "linux_proto.h"
#include "linux_uname.h"

_Static_assert(LINUX_UTS_LEN == KUTS_LEN, "kutsname fields are uname's");

/* Copy a NUL-terminated string into a NUL-padded field. */
static void
uts_set(char *field, size_t size, const char *s)
{
	size_t n = strnlen(s, size - 1);

	memset(field, 0, size);
	memcpy(field, s, n);
}

/* "a.b.c" of a LINUX_KERNVER() value, without stdio. */
static void
uts_release(char *field, size_t size, int kv)
{
	char buf[LINUX_UTS_LEN], *p = buf;
	int part[3], i, d, v;

	part[0] = (kv >> 16) & 0xff;
	part[1] = (kv >> 8) & 0xff;
	part[2] = kv & 0xff;
	for (i = 0; i < 3; i++) {
		if (i > 0)
			*p++ = '.';
		v = part[i];
		for (d = 100; d > 1 && d > v; d /= 10)
			;
		for (; d >= 1; d /= 10)
			*p++ = (char)('0' + (v / d) % 10);
	}
	*p = '\0';
	uts_set(field, size, buf);
}

/*
 * Linux's name for the host's machine. A 64-bit x86 kernel calls itself
 * x86_64 to its 32-bit programs too; a 32-bit one i686. A Linux host's
 * own answer is Linux's already.
 */
static const char *
uts_machine(const char *host)
{

	if (strcmp(host, "amd64") == 0)
		return ("x86_64");
	if (strcmp(host, "i386") == 0 || strcmp(host, "i486") == 0 ||
	    strcmp(host, "i586") == 0)
		return ("i686");
	return (host);
}

void
linux_get_utsname(struct thread *td, struct l_new_utsname *u)
{
	struct kutsname ku;

	kern_host_utsname(td, &ku);
	uts_set(u->sysname, sizeof(u->sysname), "Linux");
	uts_set(u->nodename, sizeof(u->nodename), ku.ku_nodename);
	uts_release(u->release, sizeof(u->release), linux_kernver(td));
	uts_set(u->version, sizeof(u->version), ku.ku_version);
	uts_set(u->machine, sizeof(u->machine), uts_machine(ku.ku_machine));
	uts_set(u->domainname, sizeof(u->domainname), ku.ku_domainname);
}

int
linux_newuname(struct thread *td, struct linux_newuname_args *args)
{
	struct l_new_utsname u;

	linux_get_utsname(td, &u);
	return (copyout(&u, args->buf, sizeof(u)));
}
