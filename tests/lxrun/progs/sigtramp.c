/*
 * sigtramp.c — handlers installed with the raw system calls, without
 * SA_RESTORER. On i386 Linux returns them through the vDSO's
 * __kernel_rt_sigreturn (rt_sigaction) and __kernel_sigreturn (the old
 * sigaction): each handler checks that its return address lies in the
 * [vdso] mapping, and the program that it came back. On x86-64 the kernel
 * refuses to build such a frame and the process dies of SIGSEGV: a child
 * tries, the parent reports how it ended. Prints what it saw; the same
 * output natively and under lxrun is the test.
 */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

/* The kernel's struct sigaction for rt_sigaction (x86, both arches). */
struct k_sigaction {
	void		*handler;
	unsigned long	 flags;
	void		*restorer;
	uint32_t	 mask[2];
};
#define	K_SA_SIGINFO	4

static volatile int rt_calls, old_calls;
static volatile int rt_in_vdso = -1, old_in_vdso = -1;

/* Whether addr lies in this process's [vdso] mapping. */
static int
in_vdso(uintptr_t addr)
{
	unsigned long lo, hi;
	char line[256];
	FILE *f;
	int in = 0;

	if ((f = fopen("/proc/self/maps", "r")) == NULL)
		return (-1);
	while (fgets(line, sizeof(line), f) != NULL)
		if (strstr(line, "[vdso]") != NULL &&
		    sscanf(line, "%lx-%lx", &lo, &hi) == 2 &&
		    addr >= lo && addr < hi)
			in = 1;
	fclose(f);
	return (in);
}

static void
rt_handler(int sig, siginfo_t *si, void *uc)
{

	(void)sig;
	(void)si;
	(void)uc;
	rt_calls++;
	rt_in_vdso = in_vdso((uintptr_t)__builtin_return_address(0));
}

#if defined(__i386__)
/* The i386 old sigaction (67). */
struct k_old_sigaction {
	void		*handler;
	uint32_t	 mask;
	unsigned long	 flags;
	void		*restorer;
};

static void
old_handler(int sig)
{

	(void)sig;
	old_calls++;
	old_in_vdso = in_vdso((uintptr_t)__builtin_return_address(0));
}
#endif

static int
install_rt(int sig)
{
	struct k_sigaction ka;

	memset(&ka, 0, sizeof(ka));
	ka.handler = (void *)rt_handler;
	ka.flags = K_SA_SIGINFO;	/* no SA_RESTORER */
	return ((int)syscall(SYS_rt_sigaction, sig, &ka, NULL, 8));
}

int
main(void)
{
#if defined(__i386__)
	struct k_old_sigaction oa;

	if (install_rt(SIGUSR1) != 0)
		return (2);
	kill(getpid(), SIGUSR1);
	printf("rt: calls=%d return-address-in-vdso=%d returned\n", rt_calls,
	    rt_in_vdso);
	memset(&oa, 0, sizeof(oa));
	oa.handler = (void *)old_handler;
	if (syscall(SYS_sigaction, SIGUSR2, &oa, NULL) != 0)
		return (3);
	kill(getpid(), SIGUSR2);
	printf("old: calls=%d return-address-in-vdso=%d returned\n",
	    old_calls, old_in_vdso);
#else
	pid_t pid;
	int st;

	fflush(stdout);
	if ((pid = fork()) == 0) {
		if (install_rt(SIGUSR1) != 0)
			_exit(2);
		kill(getpid(), SIGUSR1);
		printf("the handler ran and returned (calls=%d)\n", rt_calls);
		_exit(0);
	}
	if (waitpid(pid, &st, 0) != pid)
		return (4);
	if (WIFSIGNALED(st))
		printf("x86-64 without SA_RESTORER: killed by signal %d\n",
		    WTERMSIG(st));
	else
		printf("x86-64 without SA_RESTORER: exit %d\n",
		    WEXITSTATUS(st));
#endif
	return (0);
}
