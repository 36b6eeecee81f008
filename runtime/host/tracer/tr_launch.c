/*
 * tr_launch.c — start the program under the tracer: fork, wait until the
 * parent has attached (PTRACE_SEIZE), install the seccomp filters, execve.
 *
 * The child installs the filters itself (seccomp applies to the calling
 * task and is inherited across fork, clone and execve). It waits for the
 * attach first: a SECCOMP_RET_TRACE verdict without a tracer fails the
 * syscall with ENOSYS. Until the execve succeeds the child is "the
 * launcher": tr_thread.c lets its trapped syscalls run natively.
 *
 * This file uses libc's errno and so must not include kern_api.h (whose
 * errno names are the modelled host's): it declares what it exports itself.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

pid_t	tr_launch(const struct sock_fprog *const *filters, int nfilters,
	    const sigset_t *mask, char *const argv[]);
pid_t	tr_wait_any(int *status, bool block);

#define	TR_PTRACE_OPTIONS	(PTRACE_O_TRACESYSGOOD | \
	PTRACE_O_TRACECLONE | PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | \
	PTRACE_O_TRACEEXEC | PTRACE_O_TRACEEXIT | PTRACE_O_TRACESECCOMP | \
	PTRACE_O_EXITKILL)

static int
tr_install_filter(const struct sock_fprog *prog)
{

	if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, prog) == 0)
		return (0);
	if (errno != EACCES)
		return (-1);
	/* Without CAP_SYS_ADMIN the kernel wants no_new_privs first. */
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
		return (-1);
	return ((int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, prog));
}

static void __attribute__((__noreturn__))
tr_launcher(int gate, const struct sock_fprog *const *filters, int nfilters,
    const sigset_t *mask, char *const argv[])
{
	char c;
	int i;

	/* EOF on the gate: the tracer has attached (or died). */
	while (read(gate, &c, 1) < 0 && errno == EINTR)
		;
	close(gate);
	if (getppid() == 1)
		_exit(127);
	sigprocmask(SIG_SETMASK, mask, NULL);
	for (i = 0; i < nfilters; i++) {
		if (tr_install_filter(filters[i]) != 0) {
			fprintf(stderr, "lxrun: cannot install the seccomp "
			    "filter: %s\n", strerror(errno));
			_exit(126);
		}
	}
	execvp(argv[0], argv);
	fprintf(stderr, "lxrun: %s: %s\n", argv[0], strerror(errno));
	_exit(errno == ENOENT ? 127 : 126);
}

pid_t
tr_launch(const struct sock_fprog *const *filters, int nfilters,
    const sigset_t *mask, char *const argv[])
{
	int gate[2];
	pid_t pid;

	if (pipe2(gate, O_CLOEXEC) != 0) {
		fprintf(stderr, "lxrun: pipe: %s\n", strerror(errno));
		return (-1);
	}
	if ((pid = fork()) < 0) {
		fprintf(stderr, "lxrun: fork: %s\n", strerror(errno));
		return (-1);
	}
	if (pid == 0) {
		close(gate[1]);
		tr_launcher(gate[0], filters, nfilters, mask, argv);
	}
	close(gate[0]);
	if (ptrace(PTRACE_SEIZE, pid, 0, (void *)(long)TR_PTRACE_OPTIONS)
	    != 0) {
		fprintf(stderr, "lxrun: cannot trace the program: %s\n",
		    strerror(errno));
		kill(pid, SIGKILL);
		close(gate[1]);
		waitpid(pid, NULL, 0);
		return (-1);
	}
	close(gate[1]);
	return (pid);
}

pid_t
tr_wait_any(int *status, bool block)
{
	pid_t pid;

	do
		pid = waitpid(-1, status, __WALL | (block ? 0 : WNOHANG));
	while (pid < 0 && errno == EINTR);
	return (pid);
}
