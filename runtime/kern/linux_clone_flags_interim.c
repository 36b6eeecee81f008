/*
 * linux_clone_flags_interim.c — INTERIM hand-written clone-flag tables;
 * see linux_clone_flags_interim.h. Compiles to nothing once the generated
 * out/<release>/linux_clone_flags.h exists.
 *
 * The rules are those of spec/linux-2.6.16/clone.flags (translation team),
 * which are Linux 2.6.16's copy_process() checks; they also hold for every
 * later release on the flags 2.6.16 knows.
 */
#if !__has_include("linux_clone_flags.h")

#include "kern_api.h"
#include "kern_api_proc.h"
#include "linux_clone.h"

#define	LINUX_CLONE_STOPPED_2616	0x02000000ULL

int
linux_clone_check(uint64_t flags)
{

	if ((flags & (LINUX_CLONE_NEWNS | LINUX_CLONE_FS)) ==
	    (LINUX_CLONE_NEWNS | LINUX_CLONE_FS))
		return (EINVAL);
	if ((flags & LINUX_CLONE_THREAD) != 0 &&
	    (flags & LINUX_CLONE_SIGHAND) == 0)
		return (EINVAL);
	if ((flags & LINUX_CLONE_SIGHAND) != 0 &&
	    (flags & LINUX_CLONE_VM) == 0)
		return (EINVAL);
	if ((flags & LINUX_CLONE_STOPPED_2616) != 0)
		return (EINVAL);
	return (0);
}

int
linux_clone_to_rfork(uint64_t flags, int *rfflags)
{
	int rf;

	rf = RFPROC | RFSTOPPED | RFFDG;
	if ((flags & LINUX_CLONE_VM) != 0)
		rf |= RFMEM;
	if ((flags & (LINUX_CLONE_FS | LINUX_CLONE_FILES)) != 0)
		rf &= ~RFFDG;
	if ((flags & LINUX_CLONE_SIGHAND) != 0)
		rf |= RFSIGSHARE;
	if ((flags & LINUX_CLONE_VFORK) != 0)
		rf |= RFPPWAIT;
	*rfflags = rf;
	return (0);
}

/*
 * Linux -> FreeBSD signal numbers, the linux_to_freebsd rows of
 * shared/reference/freebsd/linux-signal-map-freebsd.tsv (FreeBSD's
 * linux_to_bsd_signal()). Index: Linux signal 1..31.
 */
static const int linux_to_host_signal[32] = {
	0, 1, 2, 3, 4, 5, 6, 10, 8, 9, 30, 11, 31, 13, 14, 15,
	10, 20, 19, 17, 18, 21, 22, 16, 24, 25, 26, 27, 28, 23, 98, 12,
};

int
host_signal_from_linux(int linux_sig)
{

	if (linux_sig <= 0 || linux_sig > 64)
		return (0);
	if (linux_sig < 32)
		return (linux_to_host_signal[linux_sig]);
	return (65 + (linux_sig - 32));		/* the real-time block */
}

#endif /* !__has_include("linux_clone_flags.h") */
