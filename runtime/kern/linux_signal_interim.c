/*
 * linux_signal_interim.c — INTERIM signal translation, until the generated
 * out/<release>/linux_signal.c exists (see linux_signal_map.h). Compiles
 * to nothing once it does.
 *
 * Facts: shared/reference/freebsd/linux-signal-map-freebsd.tsv (FreeBSD's
 * Linuxulator tables): signals 1-31 by table, Linux SIGSTKFLT folded into
 * SIGBUS, Linux SIGPWR carried as host signal 98 (the first host real-time
 * signal past the 33 Linux uses), Linux real-time signals 32-64 as host
 * 65-97; host SIGEMT, SIGINFO, SIGTHR and SIGLIBRT have no Linux number.
 */
#include "linux_signal_map.h"

#ifdef LINUX_SIGNAL_MAP_INTERIM

#define	HOST_SIGPWR_EMU		(KSIGRTMIN + 33)

/* Index: Linux 1-31. */
static const int host_of_linux[32] = {
	[1] = KSIGHUP, [2] = KSIGINT, [3] = KSIGQUIT, [4] = KSIGILL,
	[5] = KSIGTRAP, [6] = KSIGABRT, [7] = KSIGBUS, [8] = KSIGFPE,
	[9] = KSIGKILL, [10] = KSIGUSR1, [11] = KSIGSEGV, [12] = KSIGUSR2,
	[13] = KSIGPIPE, [14] = KSIGALRM, [15] = KSIGTERM, [16] = KSIGBUS,
	[17] = KSIGCHLD, [18] = KSIGCONT, [19] = KSIGSTOP, [20] = KSIGTSTP,
	[21] = KSIGTTIN, [22] = KSIGTTOU, [23] = KSIGURG, [24] = KSIGXCPU,
	[25] = KSIGXFSZ, [26] = KSIGVTALRM, [27] = KSIGPROF, [28] = KSIGWINCH,
	[29] = KSIGIO, [30] = HOST_SIGPWR_EMU, [31] = KSIGSYS,
};

/* Index: host 1-31 (7 SIGEMT and 29 SIGINFO have no Linux number). */
static const int linux_of_host[32] = {
	[1] = 1, [2] = 2, [3] = 3, [4] = 4, [5] = 5, [6] = 6, [8] = 8,
	[9] = 9, [10] = 7, [11] = 11, [12] = 31, [13] = 13, [14] = 14,
	[15] = 15, [16] = 23, [17] = 19, [18] = 20, [19] = 18, [20] = 17,
	[21] = 21, [22] = 22, [23] = 29, [24] = 24, [25] = 25, [26] = 26,
	[27] = 27, [28] = 28, [30] = 10, [31] = 12,
};

int
linux_signal_from_host(int host_sig)
{

	if (host_sig >= 1 && host_sig <= 31)
		return (linux_of_host[host_sig]);
	if (host_sig >= KSIGRTMIN &&
	    host_sig <= KSIGRTMIN + (LINUX_SIGRTMAX - LINUX_SIGRTMIN))
		return (LINUX_SIGRTMIN + (host_sig - KSIGRTMIN));
	if (host_sig == HOST_SIGPWR_EMU)
		return (30);
	return (0);
}

int
host_signal_from_linux(int linux_sig)
{

	if (linux_sig >= 1 && linux_sig <= 31)
		return (host_of_linux[linux_sig]);
	if (linux_sig >= LINUX_SIGRTMIN && linux_sig <= LINUX_SIGRTMAX)
		return (KSIGRTMIN + (linux_sig - LINUX_SIGRTMIN));
	return (0);
}

void
linux_sigset_from_host(const ksigset_t *hset, l_sigset_t *lset)
{
	uint64_t bits;
	int hsig, lsig;

	bits = 0;
	for (hsig = 1; hsig <= KSIG_MAXSIG; hsig++) {
		if (!ksigismember(hset, hsig))
			continue;
		lsig = linux_signal_from_host(hsig);
		if (lsig != 0)
			bits |= LINUX_SIGBIT(lsig);
	}
	l_sigset_set(lset, bits);
}

void
host_sigset_from_linux(const l_sigset_t *lset, ksigset_t *hset)
{
	uint64_t bits;
	int hsig, lsig;

	ksigemptyset(hset);
	bits = l_sigset_get(lset);
	for (lsig = 1; lsig <= LINUX__NSIG; lsig++) {
		if ((bits & LINUX_SIGBIT(lsig)) == 0)
			continue;
		hsig = host_signal_from_linux(lsig);
		if (hsig != 0)
			ksigaddset(hset, hsig);
	}
}

#else
/* The generated tables are in use; ISO C wants a declaration here. */
typedef int linux_signal_interim_unused;
#endif /* LINUX_SIGNAL_MAP_INTERIM */
