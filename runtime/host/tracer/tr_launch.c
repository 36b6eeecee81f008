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
 * With a listening filter (tr_listen.c: calls answered through seccomp
 * user notification), the child installs that one first, with
 * SECCOMP_FILTER_FLAG_NEW_LISTENER, before it is even traced, and passes
 * the listener to the tracer over a socket; the tracer attaches once it
 * has it. Done the other way round, the tracer blocked in recvmsg while
 * its freshly attached child made a ptrace stop (a sanitizer runtime
 * starts a thread in the child) would wait for ever. The sequence uses
 * raw system calls: an interceptor's lock would be a futex wait, which
 * the listening filter sends to a tracer not yet listening. A kernel that
 * refuses the listener leaves the tracer with ptrace alone: the child
 * sends nothing.
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
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <stdint.h>
#include <time.h>
#include <unistd.h>

pid_t	tr_launch(const struct sock_fprog *const *filters, int nfilters,
	    const sigset_t *mask, char *const argv[]);
pid_t	tr_launch_listen(const struct sock_fprog *const *filters,
	    int nfilters, const struct sock_fprog *listen_filter,
	    const sigset_t *mask, char *const argv[], int *listener);
pid_t	tr_wait_any(int *status, bool block);
void	tr_timer_init(void);
void	tr_timer_arm(int64_t deadline_ns);

#define	TR_PTRACE_OPTIONS	(PTRACE_O_TRACESYSGOOD | \
	PTRACE_O_TRACECLONE | PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | \
	PTRACE_O_TRACEEXEC | PTRACE_O_TRACEEXIT | PTRACE_O_TRACESECCOMP | \
	PTRACE_O_EXITKILL)

/* 0 (or the listener's descriptor with NEW_LISTENER), or -1. */
static int
tr_install_filter(const struct sock_fprog *prog, unsigned flags)
{
	int ret;

	if ((ret = (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags,
	    prog)) >= 0)
		return (ret);
	if (errno != EACCES)
		return (-1);
	/* Without CAP_SYS_ADMIN the kernel wants no_new_privs first. */
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
		return (-1);
	return ((int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags,
	    prog));
}

static void
tr_send_fd(int sock, int fd)
{
	char cbuf[CMSG_SPACE(sizeof(int))], b = 0;
	struct iovec iov = { &b, 1 };
	struct msghdr mh;
	struct cmsghdr *c;

	memset(&mh, 0, sizeof(mh));
	memset(cbuf, 0, sizeof(cbuf));
	mh.msg_iov = &iov;
	mh.msg_iovlen = 1;
	mh.msg_control = cbuf;
	mh.msg_controllen = sizeof(cbuf);
	c = CMSG_FIRSTHDR(&mh);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(c), &fd, sizeof(int));
	(void)syscall(SYS_sendmsg, sock, &mh, MSG_NOSIGNAL);
}

/* The listener the child sent, or -1 if it sent none (EOF). */
static int
tr_recv_fd(int sock)
{
	char cbuf[CMSG_SPACE(sizeof(int))], b;
	struct iovec iov = { &b, 1 };
	struct msghdr mh;
	struct cmsghdr *c;
	int fd = -1;

	memset(&mh, 0, sizeof(mh));
	mh.msg_iov = &iov;
	mh.msg_iovlen = 1;
	mh.msg_control = cbuf;
	mh.msg_controllen = sizeof(cbuf);
	while (recvmsg(sock, &mh, MSG_CMSG_CLOEXEC) < 0)
		if (errno != EINTR)
			return (-1);
	if ((c = CMSG_FIRSTHDR(&mh)) != NULL && c->cmsg_type == SCM_RIGHTS)
		memcpy(&fd, CMSG_DATA(c), sizeof(int));
	return (fd);
}

static void __attribute__((__noreturn__))
tr_launcher(int gate, const struct sock_fprog *const *filters, int nfilters,
    const struct sock_fprog *listen_filter, int sock, const sigset_t *mask,
    char *const argv[])
{
	char c;
	int i, fd;

	if (listen_filter != NULL) {
		fd = tr_install_filter(listen_filter,
		    SECCOMP_FILTER_FLAG_NEW_LISTENER);
		if (fd >= 0) {
			tr_send_fd(sock, fd);
			(void)syscall(SYS_close, fd);
		}
		(void)syscall(SYS_close, sock);
	}
	/* EOF on the gate: the tracer has attached (or died). */
	while (read(gate, &c, 1) < 0 && errno == EINTR)
		;
	close(gate);
	if (getppid() == 1)
		_exit(127);
	sigprocmask(SIG_SETMASK, mask, NULL);
	for (i = 0; i < nfilters; i++) {
		if (tr_install_filter(filters[i], 0) != 0) {
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

	return (tr_launch_listen(filters, nfilters, NULL, mask, argv, NULL));
}

/* tr_launch, and with listen_filter the listener in *listener (-1 when
   the kernel refused it). */
pid_t
tr_launch_listen(const struct sock_fprog *const *filters, int nfilters,
    const struct sock_fprog *listen_filter, const sigset_t *mask,
    char *const argv[], int *listener)
{
	int gate[2], sock[2] = { -1, -1 };
	pid_t pid;

	if (listener != NULL)
		*listener = -1;
	if (pipe2(gate, O_CLOEXEC) != 0 || (listen_filter != NULL &&
	    socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sock) != 0)) {
		fprintf(stderr, "lxrun: pipe: %s\n", strerror(errno));
		return (-1);
	}
	if ((pid = fork()) < 0) {
		fprintf(stderr, "lxrun: fork: %s\n", strerror(errno));
		return (-1);
	}
	if (pid == 0) {
		close(gate[1]);
		if (sock[0] >= 0)
			close(sock[0]);
		tr_launcher(gate[0], filters, nfilters, listen_filter, sock[1],
		    mask, argv);
	}
	close(gate[0]);
	if (sock[1] >= 0)
		close(sock[1]);
	if (sock[0] >= 0) {
		/* Before the attach: the child is not traced yet, so nothing
		   it does can stop it for us. */
		*listener = tr_recv_fd(sock[0]);
		close(sock[0]);
		sock[0] = -1;
	}
	if (ptrace(PTRACE_SEIZE, pid, 0, (void *)(long)TR_PTRACE_OPTIONS)
	    != 0) {
		fprintf(stderr, "lxrun: cannot trace the program: %s\n",
		    strerror(errno));
		kill(pid, SIGKILL);
		close(gate[1]);
		if (listener != NULL && *listener >= 0)
			close(*listener);
		waitpid(pid, NULL, 0);
		return (-1);
	}
	close(gate[1]);
	return (pid);
}

/*
 * Waiting for the next stop, with deadlines. The event loop blocks in
 * waitpid(); a POSIX timer on the earliest deadline (a sleep's timeout, a
 * park delay) interrupts it with SIGALRM. A timer that fires just before
 * waitpid blocks would be lost, so it repeats every millisecond until it
 * is re-armed: a deadline is at worst that late, like a timer slack.
 */
static timer_t tr_timer;
static bool tr_timer_ok;
static int64_t tr_timer_armed = -1;	/* pending deadline, or -1 */
static bool tr_timer_live;		/* set, maybe repeating */

static void
tr_timer_signal(int sig)
{

	(void)sig;		/* interrupting waitpid() is the point */
}

void
tr_timer_init(void)
{
	struct sigevent sev;
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = tr_timer_signal;	/* no SA_RESTART */
	sigaction(SIGALRM, &sa, NULL);
	memset(&sev, 0, sizeof(sev));
	sev.sigev_notify = SIGEV_SIGNAL;
	sev.sigev_signo = SIGALRM;
	tr_timer_ok = timer_create(CLOCK_MONOTONIC, &sev, &tr_timer) == 0;
}

/* Make sure waitpid() is interrupted by `deadline_ns` (CLOCK_MONOTONIC),
   or not at all (-1). Re-arms only for an earlier deadline. */
void
tr_timer_arm(int64_t deadline_ns)
{
	struct itimerspec its;
	struct timespec now;

	if (!tr_timer_ok)
		return;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (tr_timer_armed >= 0 && tr_timer_armed <=
	    (int64_t)now.tv_sec * 1000000000 + now.tv_nsec)
		tr_timer_armed = -1;		/* fired: arm afresh */
	if (deadline_ns < 0) {
		/* Nothing to wait for: let an armed timer fire (one spurious
		   wakeup) rather than pay a syscall now, which between two
		   futex sleeps would be one per sleep. Disarm once it fired. */
		if (tr_timer_armed >= 0 || !tr_timer_live)
			return;
		memset(&its, 0, sizeof(its));
		tr_timer_live = false;
	} else {
		if (tr_timer_armed >= 0 && tr_timer_armed <= deadline_ns)
			return;
		its.it_value.tv_sec = deadline_ns / 1000000000;
		its.it_value.tv_nsec = deadline_ns % 1000000000;
		its.it_interval.tv_sec = 0;
		its.it_interval.tv_nsec = 1000000;
		tr_timer_armed = deadline_ns;
		tr_timer_live = true;
	}
	timer_settime(tr_timer, TIMER_ABSTIME, &its, NULL);
}

/* The next stop: its pid, 0 (interrupted, or nothing pending when not
   blocking), or -1 when no traced task is left. */
pid_t
tr_wait_any(int *status, bool block)
{
	pid_t pid;

	pid = waitpid(-1, status, __WALL | (block ? 0 : WNOHANG));
	if (pid < 0 && errno == EINTR)
		return (0);
	return (pid);
}
