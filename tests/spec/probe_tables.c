/*
 * probe_tables.c — prints what one release's generated tables contain, as
 * compiled for one architecture, for test_spec_tables to compare with the
 * facts in tests/fixtures/.
 *
 * Built once per (release, arch): natively for amd64, with -m32 for i386,
 * against out/<release>/<arch>/ and linked with that directory's
 * linux_sysent.c, linux_syscalls.c and linux_fallback.c.  A plain program
 * (no Criterion) because the i386 build has no 32-bit Criterion; the
 * assertions live in the native test that runs it.
 *
 * Output, one fact per line, tab-separated:
 *   width   sizeof(syscallarg_t) sizeof(long) sizeof(void *)
 *   max     LINUX_SYS_MAXSYSCALL  entries-in-linux_sysent
 *   entry   n sy_narg sy_thrcnt calls-nosys name-in-linux_syscallnames
 *           slots-found-by-systrace systrace-argument-count
 *           arguments-with-a-systrace-type-description
 *   call    n first-return second-return log-calls log-key
 *   override n return log-calls
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <kern_api.h>
#include <sys/sysent.h>
#include <sys/sysproto.h>
#include <linux_types.h>
#include "linux_proto.h"
#include "linux_syscall.h"

/* The generated systrace code uses BSD's strlcpy, which glibc 2.36 lacks. */
static size_t
strlcpy(char *dst, const char *src, size_t size)
{
	size_t len = strlen(src);

	if (size > 0) {
		size_t n = len < size - 1 ? len : size - 1;
		memcpy(dst, src, n);
		dst[n] = '\0';
	}
	return (len);
}

#include "linux_systrace_args.c"

/*
 * The table itself is compiled into this file, so that its number of
 * entries is known here independently of LINUX_SYS_MAXSYSCALL.
 */
#include "linux_sysent.c"

extern const char *linux_syscallnames[];

#define	NSLOTS		8
#define	OVERRIDE_RESULT	4242

/* What the fallbacks reported through kern_log_once(). */
static int log_calls;
static char log_key[64];

void
kern_log_once(struct thread *td, const char *key, const char *fmt, ...)
{

	(void)td;
	(void)fmt;
	log_calls++;
	snprintf(log_key, sizeof(log_key), "%s", key);
}

/*
 * A handler "the runtime implements": a strong definition that must replace
 * the weak fallback of the same name in linux_sysent.
 */
int
linux_getpid(struct thread *td, struct linux_getpid_args *uap)
{

	(void)uap;
	td->td_retval[0] = OVERRIDE_RESULT;
	return (OVERRIDE_RESULT);
}

/*
 * Argument slot s holds bytes 0x10*(s+1)+k (k = byte index), so a value read
 * from an args structure names the slot and the byte offset it came from.
 */
static uint64_t
slot_pattern(int s)
{
	uint64_t v = 0;
	size_t k;

	for (k = 0; k < sizeof(syscallarg_t); k++)
		v |= (uint64_t)(0x10 * (s + 1) + k) << (8 * k);
	return (v);
}

/* Whether v is slot s's value truncated to 8, 16, 32 or 64 bits. */
static int
is_slot_value(uint64_t v, int s)
{
	uint64_t pat = slot_pattern(s);
	unsigned w;

	for (w = 8; w <= 8 * sizeof(syscallarg_t); w *= 2) {
		uint64_t mask = w == 64 ? ~(uint64_t)0 : ((uint64_t)1 << w) - 1;
		if (v == (pat & mask))
			return (1);
	}
	return (0);
}

/* How many of entry n's arguments the systrace code describes. */
static int
described_args(int n)
{
	char desc[128];
	int ndx;

	for (ndx = 0; ndx < NSLOTS; ndx++) {
		desc[0] = '\0';
		systrace_entry_setargdesc(n, ndx, desc, sizeof(desc));
		if (desc[0] == '\0')
			break;
	}
	/* The return description exists for calls that have arguments. */
	desc[0] = '\0';
	systrace_return_setargdesc(n, 0, desc, sizeof(desc));
	return (ndx);
}

/*
 * How many argument slots the args structure of entry n spans, found by
 * letting the generated systrace code read every member out of a buffer of
 * slot patterns: member j must start exactly at the slot after member j-1.
 * A member read from the middle of a slot, or from the wrong slot, makes
 * the result -1 - j.
 */
static int
probe_slots(int n, int *nargs)
{
	/*
	 * The args structure is read out of an array of slots, as a kernel's
	 * dispatcher does; like a kernel, the probe is built with
	 * -fno-strict-aliasing for that.
	 */
	static syscallarg_t buf[NSLOTS];
	uint64_t uarg[10];
	int j, s;

	for (s = 0; s < NSLOTS; s++)
		buf[s] = (syscallarg_t)slot_pattern(s);
	memset(uarg, 0, sizeof(uarg));
	*nargs = 0;
	systrace_args(n, buf, uarg, nargs);
	s = 0;
	for (j = 0; j < *nargs; j++) {
		if (s < NSLOTS && is_slot_value(uarg[j], s))
			s += 1;
		else if (sizeof(syscallarg_t) == 4 && s + 1 < NSLOTS &&
		    uarg[j] == (slot_pattern(s) | slot_pattern(s + 1) << 32))
			s += 2;		/* a 64-bit argument in two slots */
		else
			return (-1 - j);
	}
	return (s);
}

int
main(void)
{
	static syscallarg_t zero_args[NSLOTS];
	struct thread td;
	int n, nentries, slots, nargs, r1, r2;

	nentries = (int)(sizeof(linux_sysent) / sizeof(linux_sysent[0]));
	printf("width\t%zu\t%zu\t%zu\n", sizeof(syscallarg_t), sizeof(long),
	    sizeof(void *));
	printf("max\t%d\t%d\n", LINUX_SYS_MAXSYSCALL, nentries);

	for (n = 0; n < nentries; n++) {
		const struct sysent *se = &linux_sysent[n];

		slots = probe_slots(n, &nargs);
		printf("entry\t%d\t%d\t%u\t%d\t%s\t%d\t%d\t%d\n", n,
		    se->sy_narg, se->sy_thrcnt,
		    se->sy_call == (sy_call_t *)nosys, linux_syscallnames[n],
		    slots, nargs, described_args(n));
	}

	for (n = 0; n < nentries; n++) {
		if (n == LINUX_SYS_linux_getpid)
			continue;
		memset(&td, 0, sizeof(td));
		log_calls = 0;
		log_key[0] = '\0';
		r1 = linux_sysent[n].sy_call(&td, zero_args);
		r2 = linux_sysent[n].sy_call(&td, zero_args);
		printf("call\t%d\t%d\t%d\t%d\t%s\n", n, r1, r2, log_calls,
		    log_key);
	}

	memset(&td, 0, sizeof(td));
	log_calls = 0;
	r1 = linux_sysent[LINUX_SYS_linux_getpid].sy_call(&td, zero_args);
	printf("override\t%d\t%d\t%d\n", LINUX_SYS_linux_getpid, r1,
	    log_calls);
	return (0);
}
