/*
 * tr_listen.c — the seccomp user-notification side of the tracer host:
 * the listener the launcher passed (tr_launch.c), receiving and answering
 * notifications, and the wait for "a ptrace stop or a notification" that
 * the event loop uses while a listener is open.
 *
 * Why a second mechanism (docs/lxrun.md, "the hybrid"): a call answered
 * through the listener costs a sleep of the caller in the kernel and two
 * ioctls of the tracer, against a ptrace stop, waitpid and three ptrace
 * requests; bench/lxrun/trapcost measures 2.3 against 3.5 µs pinned. It
 * suits calls that need neither the caller's registers nor a stopped task
 * (no atomic injection): the plain futex waits and wakes
 * (tr_filter_futex_notif). Everything else stays on ptrace.
 *
 * Multiplexing: waitpid() cannot wait for a file descriptor, so while a
 * listener is open the loop blocks in ppoll() on the listener and on a
 * signalfd for SIGCHLD (the kernel signals the tracer at every ptrace stop
 * of a tracee), then drains waitpid(WNOHANG). That costs each ptrace stop
 * about 0.7 µs more (trapcost's ptrace-mux), which the futex calls more
 * than pay back.
 *
 * Like tr_launch.c this file is on the libc side of the errno line (it
 * reads errno) and does not include kern_api.h; it declares what it
 * exports itself, as tracer.h does.
 */
#include <errno.h>
#include <linux/seccomp.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

/* Linux 6.6: wake the other side on the waker's CPU (facts, uapi). */
#ifndef SECCOMP_IOCTL_NOTIF_SET_FLAGS
#define	SECCOMP_IOCTL_NOTIF_SET_FLAGS	SECCOMP_IOW(4, __u64)
#endif
#ifndef SECCOMP_USER_NOTIF_FD_SYNC_WAKE_UP
#define	SECCOMP_USER_NOTIF_FD_SYNC_WAKE_UP	1
#endif

/* Must match tracer.h. */
struct tr_notif {
	uint64_t	tn_id;
	pid_t		tn_tid;
	int		tn_nr;
	uint32_t	tn_arch;
	uint64_t	tn_ip;
	uint64_t	tn_args[6];
};
#define	TR_WAIT_CHLD	1
#define	TR_WAIT_NOTIF	2

int	tr_listener = -1;
void	tr_listen_start(int fd);
void	tr_listen_stop(void);
int	tr_notif_recv(struct tr_notif *n);
int	tr_notif_send(uint64_t id, int64_t val);
int	tr_notif_continue(uint64_t id);
int	tr_wait_events(int64_t deadline_ns);

static int tr_sigchld_fd = -1;
static bool tr_chld_unseen;		/* drain waitpid before blocking */
static size_t tr_notif_size;		/* the kernel's struct seccomp_notif */

void
tr_listen_start(int fd)
{
	struct seccomp_notif_sizes sizes;
	sigset_t chld;

	if (fd < 0)
		return;
	memset(&sizes, 0, sizeof(sizes));
	if (syscall(SYS_seccomp, SECCOMP_GET_NOTIF_SIZES, 0, &sizes) != 0)
		sizes.seccomp_notif = sizeof(struct seccomp_notif);
	tr_notif_size = sizes.seccomp_notif > sizeof(struct seccomp_notif) ?
	    sizes.seccomp_notif : sizeof(struct seccomp_notif);
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);
	tr_sigchld_fd = signalfd(-1, &chld, SFD_CLOEXEC | SFD_NONBLOCK);
	if (tr_sigchld_fd < 0) {
		close(fd);
		return;		/* ptrace alone, then */
	}
	/* A SIGCHLD that came before it was blocked is lost: look. */
	tr_chld_unseen = true;
	/* Older kernels do not have it: then wake-ups are plain. */
	(void)ioctl(fd, SECCOMP_IOCTL_NOTIF_SET_FLAGS,
	    SECCOMP_USER_NOTIF_FD_SYNC_WAKE_UP, 0);
	tr_listener = fd;
}

void
tr_listen_stop(void)
{

	if (tr_listener >= 0)
		close(tr_listener);
	if (tr_sigchld_fd >= 0)
		close(tr_sigchld_fd);
	tr_listener = tr_sigchld_fd = -1;
}

/* The next notification: 0, or -1 (none after all: the caller was
   interrupted meanwhile, or no task is left). */
int
tr_notif_recv(struct tr_notif *n)
{
	struct seccomp_notif *req;
	int i;

	req = calloc(1, tr_notif_size);
	if (req == NULL)
		return (-1);
	while (ioctl(tr_listener, SECCOMP_IOCTL_NOTIF_RECV, req) != 0) {
		if (errno != EINTR) {
			free(req);
			return (-1);
		}
		memset(req, 0, tr_notif_size);
	}
	n->tn_id = req->id;
	n->tn_tid = (pid_t)req->pid;
	n->tn_nr = req->data.nr;
	n->tn_arch = req->data.arch;
	n->tn_ip = req->data.instruction_pointer;
	for (i = 0; i < 6; i++)
		n->tn_args[i] = req->data.args[i];
	free(req);
	return (0);
}

/* Answer: the call returns `val` (a negative errno is an error, as in ax).
   -1 when the caller no longer waits (interrupted or killed). */
int
tr_notif_send(uint64_t id, int64_t val)
{
	struct seccomp_notif_resp resp;

	memset(&resp, 0, sizeof(resp));
	resp.id = id;
	resp.val = val;
	return (ioctl(tr_listener, SECCOMP_IOCTL_NOTIF_SEND, &resp) == 0 ? 0 :
	    -1);
}

/* Let the call run natively (the launcher's, before the program). */
int
tr_notif_continue(uint64_t id)
{
	struct seccomp_notif_resp resp;

	memset(&resp, 0, sizeof(resp));
	resp.id = id;
	resp.flags = SECCOMP_USER_NOTIF_FLAG_CONTINUE;
	return (ioctl(tr_listener, SECCOMP_IOCTL_NOTIF_SEND, &resp) == 0 ? 0 :
	    -1);
}

/*
 * Block until a tracee stopped (TR_WAIT_CHLD: drain waitpid), a
 * notification waits (TR_WAIT_NOTIF), or `deadline_ns` (CLOCK_MONOTONIC,
 * -1: none) passed (0).
 */
int
tr_wait_events(int64_t deadline_ns)
{
	struct signalfd_siginfo ssi;
	struct pollfd pf[2];
	struct timespec ts, *tsp = NULL;
	int r = 0;

	if (tr_chld_unseen) {
		tr_chld_unseen = false;
		return (TR_WAIT_CHLD);
	}
	if (deadline_ns >= 0) {
		int64_t now, left;

		clock_gettime(CLOCK_MONOTONIC, &ts);
		now = (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
		left = deadline_ns > now ? deadline_ns - now : 0;
		ts.tv_sec = left / 1000000000;
		ts.tv_nsec = left % 1000000000;
		tsp = &ts;
	}
	pf[0].fd = tr_sigchld_fd;
	pf[0].events = POLLIN;
	pf[1].fd = tr_listener;
	pf[1].events = POLLIN;
	pf[0].revents = pf[1].revents = 0;
	if (ppoll(pf, 2, tsp, NULL) <= 0)
		return (0);
	if (pf[0].revents & POLLIN) {
		/* SIGCHLD does not queue: one read, then waitpid until it
		   has nothing more. */
		(void)read(tr_sigchld_fd, &ssi, sizeof(ssi));
		r |= TR_WAIT_CHLD;
	}
	if (pf[1].revents & POLLIN)
		r |= TR_WAIT_NOTIF;
	else if (pf[1].revents & (POLLHUP | POLLERR)) {
		/* No task uses the filter any more: back to waitpid alone
		   for what is left to reap. */
		tr_listen_stop();
		r |= TR_WAIT_CHLD;
	}
	return (r);
}
