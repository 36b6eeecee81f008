/*
 * test_clone_pidfd.c — CLONE_PIDFD (Linux 5.2; for threads 6.9) against
 * this machine's kernel: the descriptor a clone stores is the lowest free
 * one, and it becomes readable exactly when what it names has ended — a
 * process when its last thread is gone (not when its first thread exits),
 * a thread when that thread is gone. Then what only the emulation can
 * show: a host without pidfds makes the clone fail with ENOSYS, and a
 * word that cannot be written fails it with EFAULT, with the descriptor
 * given back either way.
 *
 * Each scenario runs twice: for real (a throwaway process where the real
 * clone could hurt the test) and as an emulated program; the two records
 * of what was observed must be equal. Waits are handshakes: the children
 * block on a pipe until released.
 */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "clone_emu.h"

#ifdef LINUX_CLONE_PIDFD

/* What a scenario observed. */
struct seen {
	int	s_result_ok;	/* clone returned an id */
	int	s_fd_lowest;	/* the pidfd is the lowest free descriptor */
	int	s_ready_before;	/* POLLIN while what it names still runs */
	int	s_ready_after;	/* POLLIN once it has ended */
	int	s_status;	/* the process's wait status, or 0 */
};

static void
assert_same(const struct seen *real, const struct seen *emu, const char *what)
{

	cr_assert_eq(real->s_result_ok, 1, "%s: the real clone failed", what);
	cr_assert_eq(emu->s_result_ok, real->s_result_ok, "%s: clone", what);
	cr_assert_eq(emu->s_fd_lowest, real->s_fd_lowest,
	    "%s: lowest free descriptor: runtime %d, kernel %d", what,
	    emu->s_fd_lowest, real->s_fd_lowest);
	cr_assert_eq(emu->s_ready_before, real->s_ready_before,
	    "%s: readable before the end: runtime %d, kernel %d", what,
	    emu->s_ready_before, real->s_ready_before);
	cr_assert_eq(emu->s_ready_after, real->s_ready_after,
	    "%s: readable after the end: runtime %d, kernel %d", what,
	    emu->s_ready_after, real->s_ready_after);
	cr_assert_eq(emu->s_status, real->s_status,
	    "%s: status: runtime %#x, kernel %#x", what, emu->s_status,
	    real->s_status);
}

/* The descriptor open(2) would return now. */
static int
lowest_free_fd(void)
{
	int fd;

	fd = dup(0);
	cr_assert_geq(fd, 0);
	close(fd);
	return (fd);
}

/* 1 if fd polls readable; timeout in ms as poll(2) takes it. */
static int
readable(int fd, int timeout)
{
	struct pollfd p = { .fd = fd, .events = POLLIN };

	if (poll(&p, 1, timeout) < 0)
		return (-1);
	return ((p.revents & POLLIN) != 0);
}

/*
 * Emulated children wait until released, then end with exit(3). The gate
 * is a real pipe, not a futex word: a child process made without CLONE_VM
 * has an address space of its own for the futex core (private keys
 * differ), though the in-process host runs it in the test's memory.
 */
struct gate {
	int	g_fd[2];
};

static void
gate_init(struct gate *g)
{

	cr_assert_eq(pipe2(g->g_fd, O_CLOEXEC), 0);
}

static int
wait_gate(void *arg)
{
	struct gate *g = arg;
	char c;

	(void)read(g->g_fd[0], &c, 1);
	return (3);
}

static void
open_gate(struct gate *g)
{

	(void)write(g->g_fd[1], "x", 1);
}

static void
gate_fini(struct gate *g)
{

	close(g->g_fd[0]);
	close(g->g_fd[1]);
}

/*
 * 1. A process's pidfd, from clone(2) (through parent_tid).
 */
static void
real_process(struct seen *s)
{
	int p[2], st, lowest;
	int32_t pidfd = -1;
	long r;
	char c;

	memset(s, 0, sizeof(*s));
	cr_assert_eq(pipe2(p, O_CLOEXEC), 0);
	lowest = lowest_free_fd();
	/* Like fork: no new stack, the child goes on in this code. */
	r = syscall(SYS_clone, LINUX_CLONE_PIDFD | SIGCHLD, NULL, &pidfd,
	    NULL, 0);
	if (r == 0) {
		(void)read(p[0], &c, 1);
		_exit(3);
	}
	cr_assert_gt(r, 0, "real clone(CLONE_PIDFD): %ld", r);
	s->s_result_ok = 1;
	s->s_fd_lowest = pidfd == lowest;
	s->s_ready_before = readable(pidfd, 0);
	(void)write(p[1], "x", 1);
	s->s_ready_after = readable(pidfd, -1);
	cr_assert_eq(waitpid((pid_t)r, &st, 0), (pid_t)r);
	s->s_status = st;
	close(pidfd);
	close(p[0]);
	close(p[1]);
}

static struct seen emu_seen;

static int
emu_process_main(void *arg __attribute__((__unused__)))
{
	static struct gate gate;
	struct seen *s = &emu_seen;
	int32_t pidfd = -1;
	int lowest;
	long r;

	gate_init(&gate);
	lowest = lowest_free_fd();
	r = emu_clone(LINUX_CLONE_PIDFD | LINUX_SIGCHLD, NULL, &pidfd, NULL,
	    0, wait_gate, &gate);
	if (r <= 0)
		return (1);
	s->s_result_ok = 1;
	s->s_fd_lowest = pidfd == lowest;
	s->s_ready_before = readable(pidfd, 0);
	open_gate(&gate);
	s->s_ready_after = readable(pidfd, -1);
	s->s_status = inproc_proc_wait((pid_t)r);
	gate_fini(&gate);
	if (inproc_file_close(pidfd) != 0)
		return (2);
	return (60);
}

Test(clone_pidfd, a_process_pidfd_is_readable_once_the_process_ended,
    .timeout = 30)
{
	struct seen real;

	real_process(&real);
	memset(&emu_seen, 0, sizeof(emu_seen));
	cr_assert_eq(inproc_proc_wait(inproc_proc_spawn(emu_process_main,
	    NULL)), 60 << 8, "the emulated program");
	assert_same(&real, &emu_seen, "process pidfd");
	cr_assert_eq(real.s_ready_before, 0);
	cr_assert_eq(real.s_ready_after, 1);
}

/*
 * 2. A thread's pidfd (CLONE_THREAD | CLONE_PIDFD, Linux 6.9+): readable
 *    when the thread is gone, while its group goes on.
 */
static char real_thread_stack[16384] __attribute__((__aligned__(16)));

/* clone(2) of a thread that reads one byte from rfd, then exits; all in
 * this asm, on its own stack. */
static long
raw_clone_reader_thread(unsigned long flags, int32_t *pidfd, int rfd)
{
	register long r12 __asm__("r12") = rfd;
	register long r13 __asm__("r13") = (long)(real_thread_stack + 64);
	register long r10 __asm__("r10") = 0;
	register long r8 __asm__("r8") = 0;
	long r;

	__asm__ volatile(
	    "syscall\n\t"
	    "testq %%rax, %%rax\n\t"
	    "jnz 1f\n\t"
	    "xorl %%eax, %%eax\n\t"		/* read(rfd, buf, 1) */
	    "movl %%r12d, %%edi\n\t"
	    "movq %%r13, %%rsi\n\t"
	    "movl $1, %%edx\n\t"
	    "syscall\n\t"
	    "movl $60, %%eax\n\t"		/* exit(0): this thread */
	    "xorl %%edi, %%edi\n\t"
	    "syscall\n\t"
	    "1:\n\t"
	    : "=a"(r)
	    : "a"(56), "D"(flags),
	      "S"(real_thread_stack + sizeof(real_thread_stack)),
	      "d"(pidfd), "r"(r10), "r"(r8), "r"(r12), "r"(r13)
	    : "rcx", "r11", "memory");
	return (r);
}

static void
real_thread(struct seen *s)
{
	int p[2], q[2], st, lowest;
	int32_t pidfd = -1;
	pid_t c;
	long r;

	memset(s, 0, sizeof(*s));
	cr_assert_eq(pipe(q), 0);
	c = fork();
	cr_assert_geq(c, 0);
	if (c == 0) {
		struct seen cs;

		memset(&cs, 0, sizeof(cs));
		if (pipe(p) != 0)
			_exit(1);
		lowest = lowest_free_fd();
		r = raw_clone_reader_thread(LINUX_CLONE_VM |
		    LINUX_CLONE_SIGHAND | LINUX_CLONE_THREAD |
		    LINUX_CLONE_PIDFD, &pidfd, p[0]);
		if (r > 0) {
			cs.s_result_ok = 1;
			cs.s_fd_lowest = pidfd == lowest;
			cs.s_ready_before = readable(pidfd, 0);
			(void)write(p[1], "x", 1);
			cs.s_ready_after = readable(pidfd, -1);
		}
		(void)write(q[1], &cs, sizeof(cs));
		_exit(0);
	}
	close(q[1]);
	cr_assert_eq(read(q[0], s, sizeof(*s)), (ssize_t)sizeof(*s),
	    "no record from the throwaway process");
	close(q[0]);
	cr_assert_eq(waitpid(c, &st, 0), c);
}

static int
emu_thread_main(void *arg __attribute__((__unused__)))
{
	static struct gate gate;
	static char stack[4096];
	struct seen *s = &emu_seen;
	int32_t pidfd = -1;
	int lowest;
	long r;

	gate_init(&gate);
	lowest = lowest_free_fd();
	r = emu_clone(LINUX_CLONE_VM | LINUX_CLONE_SIGHAND |
	    LINUX_CLONE_THREAD | LINUX_CLONE_PIDFD, stack + sizeof(stack),
	    &pidfd, NULL, 0, wait_gate, &gate);
	if (r <= 0)
		return (1);
	s->s_result_ok = 1;
	s->s_fd_lowest = pidfd == lowest;
	s->s_ready_before = readable(pidfd, 0);
	open_gate(&gate);
	s->s_ready_after = readable(pidfd, -1);
	gate_fini(&gate);
	if (inproc_file_close(pidfd) != 0)
		return (2);
	return (61);
}

Test(clone_pidfd, a_thread_pidfd_is_readable_once_the_thread_is_gone,
    .timeout = 30)
{
	struct seen real;

	real_thread(&real);
	memset(&emu_seen, 0, sizeof(emu_seen));
	cr_assert_eq(inproc_proc_wait(inproc_proc_spawn(emu_thread_main,
	    NULL)), 61 << 8, "the emulated program");
	assert_same(&real, &emu_seen, "thread pidfd");
	cr_assert_eq(real.s_ready_after, 1);
}

/*
 * 3. A process whose first thread exited while another runs on is not
 *    over: its pidfd stays unreadable until the last thread is gone
 *    (Linux: the leader is a zombie, but the group is not empty). Here the
 *    real pidfd comes from pidfd_open(2) of a forked child, which polls
 *    as a CLONE_PIDFD one does, so that the child can use pthreads.
 */
static int last_thread_pipe[2];

static void *
last_thread(void *arg __attribute__((__unused__)))
{
	char c;

	(void)read(last_thread_pipe[0], &c, 1);
	syscall(SYS_exit, 3);		/* this thread, the last one */
	return (NULL);
}

/* The state letter of /proc/<pid>/stat: 'Z' once the first thread is a
 * zombie. */
static char
proc_state(pid_t pid)
{
	char path[64], buf[512], *rp;
	FILE *f;
	char state;

	snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
	f = fopen(path, "r");
	cr_assert_not_null(f);
	state = '?';
	if (fgets(buf, sizeof(buf), f) != NULL &&
	    (rp = strrchr(buf, ')')) != NULL)
		state = rp[2];
	fclose(f);
	return (state);
}

static void
real_leader_exits(struct seen *s)
{
	pthread_t t;
	int pidfd, st;
	pid_t c;

	memset(s, 0, sizeof(*s));
	cr_assert_eq(pipe(last_thread_pipe), 0);
	c = fork();
	cr_assert_geq(c, 0);
	if (c == 0) {
		if (pthread_create(&t, NULL, last_thread, NULL) != 0)
			_exit(1);
		syscall(SYS_exit, 0);	/* the first thread only */
	}
	pidfd = (int)syscall(SYS_pidfd_open, c, 0);
	cr_assert_geq(pidfd, 0, "pidfd_open");
	s->s_result_ok = 1;
	s->s_fd_lowest = 1;
	/* The handshake: the first thread is a zombie, the other runs. */
	while (proc_state(c) != 'Z')
		sched_yield();
	s->s_ready_before = readable(pidfd, 0);
	(void)write(last_thread_pipe[1], "x", 1);
	s->s_ready_after = readable(pidfd, -1);
	cr_assert_eq(waitpid(c, &st, 0), c);
	s->s_status = st;
	close(pidfd);
	close(last_thread_pipe[0]);
	close(last_thread_pipe[1]);
}

static struct gate leader_gate;

static int
emu_leader_child(void *arg __attribute__((__unused__)))
{
	static char stack[4096];

	if (emu_clone(LINUX_CLONE_VM | LINUX_CLONE_SIGHAND |
	    LINUX_CLONE_THREAD, stack + sizeof(stack), NULL, NULL, 0,
	    wait_gate, &leader_gate) <= 0)
		return (1);
	emu_exit(0);			/* the first thread only */
	return (2);
}

static int
emu_leader_main(void *arg __attribute__((__unused__)))
{
	struct seen *s = &emu_seen;
	int32_t pidfd = -1;
	long r;

	gate_init(&leader_gate);
	r = emu_clone(LINUX_CLONE_PIDFD | LINUX_SIGCHLD, NULL, &pidfd, NULL,
	    0, emu_leader_child, NULL);
	if (r <= 0)
		return (1);
	s->s_result_ok = 1;
	s->s_fd_lowest = 1;
	inproc_wait_thread_gone((pid_t)r);	/* the first thread */
	s->s_ready_before = readable(pidfd, 0);
	open_gate(&leader_gate);
	s->s_ready_after = readable(pidfd, -1);
	s->s_status = inproc_proc_wait((pid_t)r);
	gate_fini(&leader_gate);
	if (inproc_file_close(pidfd) != 0)
		return (2);
	return (62);
}

Test(clone_pidfd, a_process_is_not_over_while_a_thread_runs_on,
    .timeout = 30)
{
	struct seen real;

	real_leader_exits(&real);
	memset(&emu_seen, 0, sizeof(emu_seen));
	cr_assert_eq(inproc_proc_wait(inproc_proc_spawn(emu_leader_main,
	    NULL)), 62 << 8, "the emulated program");
	assert_same(&real, &emu_seen, "first thread gone, another running");
	cr_assert_eq(real.s_ready_before, 0);
	/* The last thread's exit(3) (wait_gate's return) is the status. */
	cr_assert_eq(WEXITSTATUS(emu_seen.s_status), 3);
}

/*
 * 4. What fails: no pidfds in the host (ENOSYS, logged once), an
 *    unwritable word (EFAULT). The descriptor is given back: the lowest
 *    free one is the same after the call. (That no child exists by then
 *    is linux_clone_common()'s order: both come before the child is made.)
 */
static atomic_int enosys_logs;

static void
count_log(struct thread *td __attribute__((__unused__)), const char *msg)
{

	if (strstr(msg, "CLONE_PIDFD") != NULL)
		atomic_fetch_add(&enosys_logs, 1);
}

static int
emu_failures_main(void *arg __attribute__((__unused__)))
{
	int32_t *ro;
	int32_t pidfd;
	int lowest;
	long r;

	lowest = lowest_free_fd();
	inproc_set_pidfds(false);
	pidfd = -1;
	r = emu_clone(LINUX_CLONE_PIDFD | LINUX_SIGCHLD, NULL, &pidfd, NULL,
	    0, NULL, NULL);
	(void)emu_clone(LINUX_CLONE_PIDFD | LINUX_SIGCHLD, NULL, &pidfd, NULL,
	    0, NULL, NULL);
	inproc_set_pidfds(true);
	if (r != -LINUX_ENOSYS)
		return (1);
	if (pidfd != -1)
		return (2);
	if (lowest_free_fd() != lowest)
		return (3);

	/* A read-only word: the descriptor is given back. */
	ro = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (ro == MAP_FAILED)
		return (4);
	r = emu_clone(LINUX_CLONE_PIDFD | LINUX_SIGCHLD, NULL, ro, NULL, 0,
	    NULL, NULL);
	(void)munmap(ro, 4096);
	if (r != -LINUX_EFAULT)
		return (5);
	if (lowest_free_fd() != lowest)
		return (6);
	return (63);
}

Test(clone_pidfd, a_failed_clone_leaves_no_descriptor_behind,
    .timeout = 30)
{

	atomic_store(&enosys_logs, 0);
	inproc_set_log_hook(count_log);
	cr_assert_eq(inproc_proc_wait(inproc_proc_spawn(emu_failures_main,
	    NULL)), 63 << 8, "the emulated program (a status below 60 names "
	    "the check that failed)");
	inproc_set_log_hook(NULL);
	cr_assert_eq(atomic_load(&enosys_logs), 1, "ENOSYS logged once per "
	    "process, not %d times", atomic_load(&enosys_logs));
}

#else /* !LINUX_CLONE_PIDFD */

/* Before 5.2 bit 0x1000 is no flag: the release's spec refuses it as an
 * unknown bit, and nothing is stored through parent_tid. */
static int
no_pidfd_main(void *arg __attribute__((__unused__)))
{
	int32_t word = -1;
	long r;

	r = emu_clone(0x1000 | LINUX_SIGCHLD, NULL, &word, NULL, 0, NULL,
	    NULL);
	if (r != -LINUX_EINVAL)
		return (1);
	if (word != -1)
		return (2);
	return (64);
}

Test(clone_pidfd, a_release_before_5_2_has_no_clone_pidfd)
{

	cr_assert_eq(inproc_proc_wait(inproc_proc_spawn(no_pidfd_main, NULL)),
	    64 << 8);
}

#endif /* LINUX_CLONE_PIDFD */
