/*
 * trapcost.c — what one trapped system call costs, by mechanism, so that
 * the tracer's per-call work can be judged against the floor each
 * mechanism sets. A child makes N getppid() calls (the only call its
 * filter traps) and reports the time per call; the parent answers each
 * trap as the mode says:
 *
 *   native       no filter
 *   ptrace-min   SECCOMP_RET_TRACE; the tracer only waits and resumes
 *                (the floor of any ptrace design)
 *   ptrace-regs  + GETEVENTMSG, GETREGS, SETREGS (result, orig_ax = -1):
 *                lxrun's path before 2026-11-27
 *   ptrace-info  + GET_SYSCALL_INFO (number, arguments and the filter's
 *                data in one request), two POKEUSERs (result, orig_ax)
 *   notif        SECCOMP_RET_USER_NOTIF; a supervisor answers with
 *                NOTIF_RECV/NOTIF_SEND
 *   notif-sync   the same with SECCOMP_USER_NOTIF_FD_SYNC_WAKE_UP (6.6):
 *                the kernel switches straight to the woken side
 *   ptrace-mux   ptrace-info with the event loop a hybrid needs: ppoll on
 *                a signalfd for SIGCHLD (and a listener), then waitpid
 *                with WNOHANG until nothing is left
 *   notif-mux    notif-sync answered from that same loop
 *
 *   trapcost MODE [N]     prints "MODE ns-per-call"
 *
 * Run it pinned (taskset -c 0) for the latency of a call on a busy CPU,
 * which is what a futex ping-pong pays.
 */
#include <errno.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/signalfd.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifndef SECCOMP_IOCTL_NOTIF_SET_FLAGS
#define	SECCOMP_IOCTL_NOTIF_SET_FLAGS	SECCOMP_IOW(4, __u64)
#endif
#ifndef SECCOMP_USER_NOTIF_FD_SYNC_WAKE_UP
#define	SECCOMP_USER_NOTIF_FD_SYNC_WAKE_UP	1
#endif

enum mode { NATIVE, PTRACE_MIN, PTRACE_REGS, PTRACE_INFO, NOTIF,
	NOTIF_SYNC, PTRACE_MUX, NOTIF_MUX, NMODES };
static const char *const mode_names[] = { "native", "ptrace-min",
	"ptrace-regs", "ptrace-info", "notif", "notif-sync", "ptrace-mux",
	"notif-mux" };

static double
now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ((double)ts.tv_sec + (double)ts.tv_nsec / 1e9);
}

static int
install_filter(unsigned verdict, unsigned flags)
{
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
		    offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_getppid, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, verdict),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = { sizeof(f) / sizeof(f[0]), f };

	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
		return (-1);
	return ((int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags,
	    &prog));
}

/* The calls being measured; the child writes its figure to `out`. */
static void
calls(long n, int out)
{
	double t0, t1;
	char line[64];
	long i;
	int len;

	t0 = now_s();
	for (i = 0; i < n; i++)
		(void)syscall(SYS_getppid);
	t1 = now_s();
	len = snprintf(line, sizeof(line), "%.0f\n", (t1 - t0) / (double)n *
	    1e9);
	(void)write(out, line, (size_t)len);
}

static void
send_fd(int sock, int fd)
{
	char cbuf[CMSG_SPACE(sizeof(int))], b = 0;
	struct iovec iov = { &b, 1 };
	struct msghdr mh = { .msg_iov = &iov, .msg_iovlen = 1,
	    .msg_control = cbuf, .msg_controllen = sizeof(cbuf) };
	struct cmsghdr *c = CMSG_FIRSTHDR(&mh);

	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(c), &fd, sizeof(int));
	(void)sendmsg(sock, &mh, 0);
}

static int
recv_fd(int sock)
{
	char cbuf[CMSG_SPACE(sizeof(int))], b;
	struct iovec iov = { &b, 1 };
	struct msghdr mh = { .msg_iov = &iov, .msg_iovlen = 1,
	    .msg_control = cbuf, .msg_controllen = sizeof(cbuf) };
	int fd = -1;

	if (recvmsg(sock, &mh, 0) <= 0 || CMSG_FIRSTHDR(&mh) == NULL)
		return (-1);
	memcpy(&fd, CMSG_DATA(CMSG_FIRSTHDR(&mh)), sizeof(int));
	return (fd);
}

/* The tracer's work at one seccomp stop, by mode. */
static void
answer_stop(pid_t pid, enum mode m)
{
	struct __ptrace_syscall_info info;
	struct user_regs_struct regs;
	unsigned long msg;

	switch (m) {
	case PTRACE_REGS:
		ptrace(PTRACE_GETEVENTMSG, pid, 0, &msg);
		ptrace(PTRACE_GETREGS, pid, 0, &regs);
		regs.orig_rax = (unsigned long)-1;
		regs.rax = 1;
		ptrace(PTRACE_SETREGS, pid, 0, &regs);
		break;
	case PTRACE_INFO:
	case PTRACE_MUX:
		ptrace(PTRACE_GET_SYSCALL_INFO, pid, sizeof(info), &info);
		ptrace(PTRACE_POKEUSER, pid, offsetof(struct user_regs_struct,
		    orig_rax), (void *)-1L);
		ptrace(PTRACE_POKEUSER, pid, offsetof(struct user_regs_struct,
		    rax), (void *)1L);
		break;
	default:
		break;
	}
}

static void
answer_notif(int fd)
{
	struct seccomp_notif req;
	struct seccomp_notif_resp resp;

	memset(&req, 0, sizeof(req));
	if (ioctl(fd, SECCOMP_IOCTL_NOTIF_RECV, &req) != 0)
		return;
	memset(&resp, 0, sizeof(resp));
	resp.id = req.id;
	resp.val = 1;
	(void)ioctl(fd, SECCOMP_IOCTL_NOTIF_SEND, &resp);
}

/*
 * The loop of a tracer that also listens: ptrace stops arrive as SIGCHLD
 * on a signalfd, notifications on the listener; the child is traced in
 * both modes. Returns the child's wait status.
 */
static int
mux_loop(pid_t pid, int sfd, int listener, enum mode m)
{
	struct signalfd_siginfo ssi;
	struct pollfd pf[2];
	int status = -1, st;
	pid_t w;

	for (;;) {
		pf[0].fd = sfd;
		pf[0].events = POLLIN;
		pf[1].fd = listener;
		pf[1].events = POLLIN;
		pf[0].revents = pf[1].revents = 0;
		if (poll(pf, listener >= 0 ? 2 : 1, -1) < 0)
			continue;
		if (pf[1].revents & POLLIN)
			answer_notif(listener);
		if (!(pf[0].revents & POLLIN))
			continue;
		(void)read(sfd, &ssi, sizeof(ssi));
		while ((w = waitpid(-1, &st, __WALL | WNOHANG)) > 0) {
			if (!WIFSTOPPED(st)) {
				if (w == pid)
					return (st);
				continue;
			}
			if ((st >> 16) == PTRACE_EVENT_SECCOMP)
				answer_stop(w, m);
			ptrace(PTRACE_CONT, w, 0, (void *)(long)((st >> 16) ==
			    0 ? WSTOPSIG(st) : 0));
		}
	}
	return (status);
}

static int
run_notif(long n, int out, bool sync_wake, bool mux)
{
	struct seccomp_notif req;
	struct seccomp_notif_resp resp;
	int sv[2], fd, status, sfd = -1;
	sigset_t chld;
	pid_t pid;

	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0)
		return (-1);
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	if (mux) {
		sigprocmask(SIG_BLOCK, &chld, NULL);
		sfd = signalfd(-1, &chld, SFD_CLOEXEC | SFD_NONBLOCK);
	}
	if ((pid = fork()) == 0) {
		char c;

		close(sv[0]);
		if (mux)
			(void)read(sv[1], &c, 1);	/* attached */
		fd = install_filter(SECCOMP_RET_USER_NOTIF,
		    SECCOMP_FILTER_FLAG_NEW_LISTENER);
		if (fd < 0)
			_exit(1);
		send_fd(sv[1], fd);
		close(fd);
		calls(n, out);
		_exit(0);
	}
	close(sv[1]);
	if (mux) {
		if (ptrace(PTRACE_SEIZE, pid, 0, (void *)(long)
		    PTRACE_O_EXITKILL) != 0)
			return (-1);
		(void)write(sv[0], "", 1);
	}
	if ((fd = recv_fd(sv[0])) < 0)
		return (-1);
	if (sync_wake && ioctl(fd, SECCOMP_IOCTL_NOTIF_SET_FLAGS,
	    SECCOMP_USER_NOTIF_FD_SYNC_WAKE_UP, 0) != 0) {
		fprintf(stderr, "trapcost: SYNC_WAKE_UP: %s\n",
		    strerror(errno));
		kill(pid, SIGKILL);
	}
	if (mux) {
		status = mux_loop(pid, sfd, fd, NOTIF_MUX);
		return (WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1);
	}
	for (;;) {
		memset(&req, 0, sizeof(req));
		if (ioctl(fd, SECCOMP_IOCTL_NOTIF_RECV, &req) != 0) {
			if (errno == EINTR)
				continue;
			break;		/* ENOENT: the child is gone */
		}
		memset(&resp, 0, sizeof(resp));
		resp.id = req.id;
		resp.val = 1;
		(void)ioctl(fd, SECCOMP_IOCTL_NOTIF_SEND, &resp);
	}
	waitpid(pid, &status, 0);
	return (WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1);
}

static int
run_ptrace(long n, int out, enum mode m)
{
	int gate[2], status, sfd = -1;
	sigset_t chld;
	pid_t pid;
	char c;

	if (pipe(gate) != 0)
		return (-1);
	if (m == PTRACE_MUX) {
		sigemptyset(&chld);
		sigaddset(&chld, SIGCHLD);
		sigprocmask(SIG_BLOCK, &chld, NULL);
		sfd = signalfd(-1, &chld, SFD_CLOEXEC | SFD_NONBLOCK);
	}
	if ((pid = fork()) == 0) {
		close(gate[1]);
		(void)read(gate[0], &c, 1);
		if (install_filter(SECCOMP_RET_TRACE, 0) != 0)
			_exit(1);
		calls(n, out);
		_exit(0);
	}
	close(gate[0]);
	if (ptrace(PTRACE_SEIZE, pid, 0, (void *)(long)(PTRACE_O_TRACESECCOMP |
	    PTRACE_O_EXITKILL)) != 0)
		return (-1);
	close(gate[1]);
	if (m == PTRACE_MUX)
		status = mux_loop(pid, sfd, -1, m);
	else for (;;) {
		if (waitpid(pid, &status, __WALL) != pid || !WIFSTOPPED(status))
			break;
		if ((status >> 16) != PTRACE_EVENT_SECCOMP) {
			int sig = (status >> 16) == 0 ? WSTOPSIG(status) : 0;

			ptrace(PTRACE_CONT, pid, 0, (void *)(long)sig);
			continue;
		}
		answer_stop(pid, m);
		ptrace(PTRACE_CONT, pid, 0, 0);
	}
	return (WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1);
}

int
main(int argc, char **argv)
{
	int p[2], m;
	long n = argc > 2 ? atol(argv[2]) : 100000;
	char line[64];
	ssize_t len;

	for (m = 0; m < NMODES; m++)
		if (argc > 1 && strcmp(argv[1], mode_names[m]) == 0)
			break;
	if (argc < 2 || m == NMODES || n <= 0) {
		fprintf(stderr, "usage: trapcost native|ptrace-min|"
		    "ptrace-regs|ptrace-info|notif|notif-sync|ptrace-mux|"
		    "notif-mux [N]\n");
		return (2);
	}
	if (pipe(p) != 0)
		return (1);
	switch (m) {
	case NATIVE:
		calls(n, p[1]);
		break;
	case NOTIF:
	case NOTIF_SYNC:
	case NOTIF_MUX:
		if (run_notif(n, p[1], m != NOTIF, m == NOTIF_MUX) != 0)
			return (1);
		break;
	default:
		if (run_ptrace(n, p[1], (enum mode)m) != 0)
			return (1);
		break;
	}
	close(p[1]);
	if ((len = read(p[0], line, sizeof(line) - 1)) <= 0)
		return (1);
	line[len] = '\0';
	printf("%s %s", mode_names[m], line);
	return (0);
}
