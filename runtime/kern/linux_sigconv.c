/*
 * linux_sigconv.c — dispositions and siginfo between Linux and the host.
 *
 * sa_flags: the seven flags both systems have map by name; everything
 * else a Linux program sets (SA_RESTORER, and any bit Linux 2.6.16 keeps
 * without knowing it) rides in the disposition's ksa_abiflags and comes
 * back unchanged from the next rt_sigaction, as in Linux 2.6.16.
 *
 * siginfo: the host's si_code names what happened (kill, sigqueue, timer,
 * tkill, a fault code); the Linux siginfo is laid out the way Linux's
 * siginfo_layout() chooses from the signal and the code, and every byte
 * Linux would leave zero is zero, because Linux copies all 128 bytes.
 */
#include <string.h>

#include "linux_signal_map.h"
#include "linux_signal_var.h"

static const struct {
	uint64_t	lflag;
	int		hflag;
} sa_flag_map[] = {
	{ LINUX_SA_NOCLDSTOP,	KSA_NOCLDSTOP },
	{ LINUX_SA_NOCLDWAIT,	KSA_NOCLDWAIT },
	{ LINUX_SA_SIGINFO,	KSA_SIGINFO },
	{ LINUX_SA_ONSTACK,	KSA_ONSTACK },
	{ LINUX_SA_RESTART,	KSA_RESTART },
	{ LINUX_SA_NODEFER,	KSA_NODEFER },
	{ LINUX_SA_RESETHAND,	KSA_RESETHAND },
};
#define	SA_FLAG_MAP_LEN	(sizeof(sa_flag_map) / sizeof(sa_flag_map[0]))

int
linux_to_host_sa_flags(uint64_t lflags, uint64_t *abiflags)
{
	unsigned i;
	int hflags;

	hflags = 0;
	for (i = 0; i < SA_FLAG_MAP_LEN; i++) {
		if ((lflags & sa_flag_map[i].lflag) != 0) {
			hflags |= sa_flag_map[i].hflag;
			lflags &= ~sa_flag_map[i].lflag;
		}
	}
	*abiflags = lflags;
	return (hflags);
}

uint64_t
host_to_linux_sa_flags(int hflags, uint64_t abiflags)
{
	uint64_t lflags;
	unsigned i;

	lflags = abiflags;
	for (i = 0; i < SA_FLAG_MAP_LEN; i++)
		if ((hflags & sa_flag_map[i].hflag) != 0)
			lflags |= sa_flag_map[i].lflag;
	return (lflags);
}

void
linux_to_host_sigaction(const struct l_sigaction *lsa, struct ksigaction *ksa)
{

	memset(ksa, 0, sizeof(*ksa));
	ksa->ksa_handler = (uintptr_t)lsa->lsa_handler;
	ksa->ksa_flags = linux_to_host_sa_flags(lsa->lsa_flags,
	    &ksa->ksa_abiflags);
	ksa->ksa_restorer = (uintptr_t)lsa->lsa_restorer;
	ksigset_from_linux_sigset(&lsa->lsa_mask, &ksa->ksa_mask);
}

void
host_to_linux_sigaction(const struct ksigaction *ksa, struct l_sigaction *lsa)
{

	memset(lsa, 0, sizeof(*lsa));
	lsa->lsa_handler = (l_ulong)ksa->ksa_handler;
	lsa->lsa_flags = (l_ulong)host_to_linux_sa_flags(ksa->ksa_flags,
	    ksa->ksa_abiflags);
	lsa->lsa_restorer = (l_ulong)ksa->ksa_restorer;
	linux_sigset_from_ksigset(&ksa->ksa_mask, &lsa->lsa_mask);
}

/* A host signal-specific code as Linux numbers it for Linux signal lsig. */
static int
linux_fault_code(int lsig, int code)
{

	switch (lsig) {
	case LINUX_SIGFPE:
		if (code == KFPE_INTOVF)
			return (LINUX_FPE_INTOVF);
		if (code == KFPE_INTDIV)
			return (LINUX_FPE_INTDIV);
		if (code == KFPE_FLTIDO)
			return (LINUX_FPE_FLTUNK);
		return (code);
	case LINUX_SIGBUS:
		return (code == KBUS_OOMERR ? LINUX_BUS_MCEERR_AR : code);
	case LINUX_SIGSEGV:
		return (code == KSEGV_PKUERR ? LINUX_SEGV_PKUERR : code);
	case LINUX_SIGTRAP:
		if (code == KTRAP_DTRACE)
			return (LINUX_TRAP_TRACE);
		if (code == KTRAP_CAP)
			return (LINUX_TRAP_UNK);
		return (code);
	default:
		return (code);
	}
}

static int
linux_si_code(int lsig, int code)
{

	switch (code) {
	case KSI_NOINFO:
	case KSI_USER:
		return (LINUX_SI_USER);
	case KSI_KERNEL:
		return (LINUX_SI_KERNEL);
	case KSI_QUEUE:
		return (LINUX_SI_QUEUE);
	case KSI_TIMER:
		return (LINUX_SI_TIMER);
	case KSI_MESGQ:
		return (LINUX_SI_MESGQ);
	case KSI_ASYNCIO:
		return (LINUX_SI_ASYNCIO);
	case KSI_LWP:
		return (LINUX_SI_TKILL);
	default:
		/* Negative: a Linux code the host carried untouched. */
		return (code < 0 ? code : linux_fault_code(lsig, code));
	}
}

/* Linux's siginfo_layout(). */
enum linux_sil {
	SIL_KILL, SIL_TIMER, SIL_POLL, SIL_FAULT, SIL_CHLD, SIL_RT, SIL_SYS
};

static enum linux_sil
linux_siginfo_layout(int lsig, int lcode)
{

	if (lcode > LINUX_SI_USER && lcode < LINUX_SI_KERNEL) {
		switch (lsig) {
		case LINUX_SIGILL:
		case LINUX_SIGFPE:
		case LINUX_SIGSEGV:
		case LINUX_SIGBUS:
		case LINUX_SIGTRAP:
			return (SIL_FAULT);
		case LINUX_SIGCHLD:
			return (SIL_CHLD);
		case LINUX_SIGPOLL:
			return (SIL_POLL);
		case LINUX_SIGSYS:
			return (SIL_SYS);
		default:
			return (lcode <= LINUX_POLL_HUP ? SIL_POLL : SIL_KILL);
		}
	}
	if (lcode == LINUX_SI_TIMER)
		return (SIL_TIMER);
	if (lcode == LINUX_SI_SIGIO)
		return (SIL_POLL);
	if (lcode < 0)
		return (SIL_RT);
	return (SIL_KILL);
}

void
linux_siginfo_from_host(const ksiginfo_t *ksi, int lsig, l_siginfo_t *lsi)
{
	int status;

	memset(lsi, 0, sizeof(*lsi));
	lsi->lsi_signo = lsig;
	lsi->lsi_errno = ksi->ksi_errno;
	lsi->lsi_code = linux_si_code(lsig, ksi->ksi_code);

	switch (linux_siginfo_layout(lsig, lsi->lsi_code)) {
	case SIL_KILL:
		lsi->lsi_pid = ksi->ksi_pid;
		lsi->lsi_uid = ksi->ksi_uid;
		break;
	case SIL_TIMER:
		lsi->lsi_tid = ksi->ksi_timerid;
		lsi->lsi_overrun = ksi->ksi_overrun;
		lsi->_sifields._timer._sigval.sival_ptr =
		    (l_ulong)ksi->ksi_value.sival_ptr;
		break;
	case SIL_POLL:
		lsi->lsi_band = ksi->ksi_band;
		lsi->lsi_fd = ksi->ksi_fd;
		break;
	case SIL_FAULT:
		lsi->lsi_addr = (l_ulong)ksi->ksi_addr;
		break;
	case SIL_CHLD:
		lsi->lsi_pid = ksi->ksi_pid;
		lsi->lsi_uid = ksi->ksi_uid;
		status = ksi->ksi_status;
		/* A status that is a signal is a host signal: translate it. */
		if (ksi->ksi_code != KCLD_EXITED) {
			status = linux_signal_from_host(status);
			if (status == 0)
				status = ksi->ksi_status;
		}
		lsi->lsi_status = status;
		lsi->lsi_utime = (l_long)ksi->ksi_utime;
		lsi->lsi_stime = (l_long)ksi->ksi_stime;
		break;
	case SIL_RT:
		lsi->lsi_pid = ksi->ksi_pid;
		lsi->lsi_uid = ksi->ksi_uid;
		lsi->lsi_ptr = (l_ulong)ksi->ksi_value.sival_ptr;
		break;
	case SIL_SYS:
		lsi->lsi_call_addr = (l_ulong)ksi->ksi_addr;
		lsi->lsi_syscall = ksi->ksi_trapno;
		break;
	}
}

/*
 * A siginfo a program hands rt_sigqueueinfo() or rt_tgsigqueueinfo(): the
 * caller has checked that Linux lets it pass (a negative si_code). Linux
 * delivers the sender's pid, uid and value as given.
 */
int
host_siginfo_from_linux(struct thread *td, const l_siginfo_t *lsi, int hsig,
    ksiginfo_t *ksi)
{

	(void)td;
	ksiginfo_init(ksi);
	ksi->ksi_signo = hsig;
	ksi->ksi_errno = lsi->lsi_errno;
	switch (lsi->lsi_code) {
	case LINUX_SI_QUEUE:
		ksi->ksi_code = KSI_QUEUE;
		break;
	case LINUX_SI_TIMER:
		ksi->ksi_code = KSI_TIMER;
		break;
	case LINUX_SI_MESGQ:
		ksi->ksi_code = KSI_MESGQ;
		break;
	case LINUX_SI_ASYNCIO:
		ksi->ksi_code = KSI_ASYNCIO;
		break;
	case LINUX_SI_TKILL:
		ksi->ksi_code = KSI_LWP;
		break;
	default:
		ksi->ksi_code = lsi->lsi_code;
		break;
	}
	if (lsi->lsi_code == LINUX_SI_TIMER) {
		ksi->ksi_timerid = lsi->lsi_tid;
		ksi->ksi_overrun = lsi->lsi_overrun;
		ksi->ksi_value.sival_ptr =
		    (uintptr_t)lsi->_sifields._timer._sigval.sival_ptr;
	} else {
		ksi->ksi_pid = lsi->lsi_pid;
		ksi->ksi_uid = lsi->lsi_uid;
		ksi->ksi_value.sival_ptr = (uintptr_t)lsi->lsi_ptr;
	}
	return (0);
}
