/*
 * tr_uname.c — kern_host_utsname() for the tracer host: the identity of
 * the Linux the program runs on, as the program's own task sees it.
 *
 * The tracer and the program usually share a UTS namespace, and then the
 * tracer's uname(2) is the answer. A program that made a namespace of its
 * own (unshare(CLONE_NEWUTS), then sethostname: containers do) sees
 * another node name; then the task itself runs uname, natively, into
 * scratch space below its stack's red zone, and the tracer reads it back —
 * FreeBSD asks the thread's credential (its jail) the same question.
 */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>

#include "tracer.h"

#if defined(__x86_64__)
#define	NR_NEWUNAME	63
#define	RED_ZONE	128
#else
#define	NR_NEWUNAME	122
#define	RED_ZONE	0
#endif
#define	UTS_FIELD	65		/* struct new_utsname: 6 such fields */

static void
copy_field(char *dst, const char *src)
{
	size_t n = strnlen(src, KUTS_LEN - 1);

	memcpy(dst, src, n);
	dst[n] = '\0';
}

/* Whether t's task is in the tracer's UTS namespace. */
static bool
tr_same_uts(struct tr_thread *t)
{
	struct stat mine, its;
	char path[64];

	snprintf(path, sizeof(path), "/proc/%d/ns/uts", (int)t->tt_tid);
	if (stat("/proc/self/ns/uts", &mine) != 0 || stat(path, &its) != 0)
		return (true);	/* no /proc: assume the usual */
	return (mine.st_ino == its.st_ino && mine.st_dev == its.st_dev);
}

/* uname run by t's task; 0, or an error (then the tracer's own). */
static int
tr_task_uname(struct tr_thread *t, char uts[6][UTS_FIELD])
{
	long args[6] = { 0 }, ret;
	uintptr_t scratch;

	if (!t->tt_stopped || t->tt_notif)
		return (ESRCH);
	scratch = ((uintptr_t)TF_SP(&t->tt_frame) - RED_ZONE -
	    6 * UTS_FIELD) & ~(uintptr_t)15;
	args[0] = (long)scratch;
	if (tr_native_syscall(t, NR_NEWUNAME, args, &ret) != 0 || ret != 0)
		return (EFAULT);
	return (copyin((const void *)scratch, uts, 6 * UTS_FIELD));
}

void
kern_host_utsname(struct thread *td, struct kutsname *ku)
{
	struct tr_thread *t = TR_THREAD(td);
	char uts[6][UTS_FIELD];
	struct utsname u;

	memset(ku, 0, sizeof(*ku));
	if (!tr_same_uts(t) && tr_task_uname(t, uts) == 0) {
		uts[1][UTS_FIELD - 1] = uts[3][UTS_FIELD - 1] = '\0';
		uts[4][UTS_FIELD - 1] = uts[5][UTS_FIELD - 1] = '\0';
		copy_field(ku->ku_nodename, uts[1]);
		copy_field(ku->ku_version, uts[3]);
		copy_field(ku->ku_machine, uts[4]);
		copy_field(ku->ku_domainname, uts[5]);
		return;
	}
	if (uname(&u) != 0)
		return;
	copy_field(ku->ku_nodename, u.nodename);
	copy_field(ku->ku_domainname, u.domainname);
	copy_field(ku->ku_version, u.version);
	copy_field(ku->ku_machine, u.machine);
}
