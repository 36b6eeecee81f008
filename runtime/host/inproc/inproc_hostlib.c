/*
 * inproc_hostlib.c — the libc calls of the in-process host whose results
 * are Linux errno values or Linux-specific structures.
 *
 * This file deliberately does not include the kernel API: kern_errno.h
 * gives errno names FreeBSD's values, and <errno.h> gives them Linux's.
 * Everything that needs the latter lives here, behind plain interfaces.
 */
#include <errno.h>
#include <linux/futex.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/syscall.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

/* The prototypes, repeated: inproc_private.h cannot be included here. */
pid_t	inproc_gettid(void);
bool	inproc_host_park(_Atomic uint32_t *word, uint32_t val, int kclock,
	    int64_t deadline_ns);
void	inproc_host_unpark(_Atomic uint32_t *word);
int64_t	inproc_clock_ns(int kclock);
void	inproc_install_fault_handler(void (*handler)(int, void *, void *));
void	inproc_chain_fault(int sig, void *info, void *ucontext);
uintptr_t inproc_fault_pc(void *ucontext);
void	inproc_set_fault_pc(void *ucontext, uintptr_t pc);

/* Must match kern_api.h. */
#define	KCLOCK_MONOTONIC	1
#define	KCLOCK_REALTIME		2

pid_t
inproc_gettid(void)
{

	return ((pid_t)syscall(SYS_gettid));
}

static clockid_t
host_clock(int kclock)
{

	return (kclock == KCLOCK_REALTIME ? CLOCK_REALTIME : CLOCK_MONOTONIC);
}

int64_t
inproc_clock_ns(int kclock)
{
	struct timespec ts;

	if (clock_gettime(host_clock(kclock), &ts) != 0)
		abort();
	return ((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

/*
 * A thread's park word (inproc_sleep.c): FUTEX_WAIT_BITSET takes an
 * absolute deadline on either clock, and with CLOCK_REALTIME follows
 * changes of the clock, as an absolute realtime futex timeout must.
 */
bool
inproc_host_park(_Atomic uint32_t *word, uint32_t val, int kclock,
    int64_t deadline_ns)
{
	struct timespec ts;
	int op;
	long r;

	op = FUTEX_WAIT_BITSET | FUTEX_PRIVATE_FLAG;
	if (kclock == KCLOCK_REALTIME)
		op |= FUTEX_CLOCK_REALTIME;
	if (deadline_ns >= 0) {
		ts.tv_sec = (time_t)(deadline_ns / 1000000000);
		ts.tv_nsec = (long)(deadline_ns % 1000000000);
	}
	r = syscall(SYS_futex, word, op, val, deadline_ns >= 0 ? &ts : NULL,
	    NULL, FUTEX_BITSET_MATCH_ANY);
	if (r == -1 && errno != ETIMEDOUT && errno != EAGAIN &&
	    errno != EINTR) {
		perror("inproc: futex wait");
		abort();
	}
	return (r == -1 && errno == ETIMEDOUT);
}

void
inproc_host_unpark(_Atomic uint32_t *word)
{

	/* The word is type-stable memory: the call cannot fault. */
	if (syscall(SYS_futex, word, FUTEX_WAKE | FUTEX_PRIVATE_FLAG, 1,
	    NULL, NULL, 0) == -1) {
		perror("inproc: futex wake");
		abort();
	}
}

/*
 * The fault handler for fault-safe user access. Installed once per
 * process for SIGSEGV and SIGBUS; faults that are not ours go to whatever
 * handler was there before (a sanitizer's, a test framework's, or the
 * default action).
 */
static struct sigaction old_segv, old_bus;
static void (*fault_handler)(int, void *, void *);

static void
fault_trampoline(int sig, siginfo_t *info, void *uc)
{

	fault_handler(sig, info, uc);
}

void
inproc_install_fault_handler(void (*handler)(int, void *, void *))
{
	struct sigaction sa;

	fault_handler = handler;
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = fault_trampoline;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	sigemptyset(&sa.sa_mask);
	if (sigaction(SIGSEGV, &sa, &old_segv) != 0 ||
	    sigaction(SIGBUS, &sa, &old_bus) != 0) {
		perror("inproc: sigaction");
		abort();
	}
}

void
inproc_chain_fault(int sig, void *info, void *uc)
{
	struct sigaction *old;

	old = sig == SIGBUS ? &old_bus : &old_segv;
	if ((old->sa_flags & SA_SIGINFO) != 0 && old->sa_sigaction != NULL) {
		old->sa_sigaction(sig, info, uc);
		return;
	}
	if (old->sa_handler != SIG_DFL && old->sa_handler != SIG_IGN) {
		old->sa_handler(sig);
		return;
	}
	/* Default action: returning re-executes the access, which kills us
	   with the same signal, as if we had never been here. */
	signal(sig, SIG_DFL);
}

uintptr_t
inproc_fault_pc(void *ucontext)
{
	ucontext_t *uc = ucontext;

#if defined(__x86_64__)
	return ((uintptr_t)uc->uc_mcontext.gregs[REG_RIP]);
#else
	return ((uintptr_t)uc->uc_mcontext.gregs[REG_EIP]);
#endif
}

void
inproc_set_fault_pc(void *ucontext, uintptr_t pc)
{
	ucontext_t *uc = ucontext;

#if defined(__x86_64__)
	uc->uc_mcontext.gregs[REG_RIP] = (greg_t)pc;
#else
	uc->uc_mcontext.gregs[REG_EIP] = (greg_t)pc;
#endif
}

/*
 * A real descriptor standing for a runtime file (inproc_file.c): an
 * eventfd, readable once written to. Returns the descriptor, or -1 with
 * *too_many set when the process is out of descriptors.
 */
int	inproc_host_eventfd(bool *too_many);
void	inproc_host_eventfd_signal(int fd);
void	inproc_host_close(int fd);

int
inproc_host_eventfd(bool *too_many)
{
	int fd;

	fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	*too_many = fd < 0 && (errno == EMFILE || errno == ENFILE);
	return (fd);
}

void
inproc_host_eventfd_signal(int fd)
{
	uint64_t one = 1;

	if (write(fd, &one, sizeof(one)) != (ssize_t)sizeof(one) &&
	    errno != EAGAIN) {
		perror("inproc: eventfd write");
		abort();
	}
}

void
inproc_host_close(int fd)
{

	(void)close(fd);
}
