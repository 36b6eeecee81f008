/*
 * test_clone3.c — clone3(2) (Linux 5.3 and later) against this machine's
 * kernel: the argument block's checks (size, unknown tail, exit signal,
 * flags, stack, set_tid) and successful clones, each real clone3 run in a
 * throwaway child whose own child exits at once. Built for every release;
 * a release without clone3 checks that its runtime has none.
 *
 * The throwaway child gives up its capabilities first: the runtime's
 * programs have none that matter here (set_tid asks for
 * CAP_CHECKPOINT_RESTORE, which the runtime grants nobody, since ids are
 * the host's), and this test runs as root.
 */
#include <criterion/criterion.h>
#include <linux/capability.h>
#include <signal.h>
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "clone_emu.h"

#ifdef LINUX_SYS_linux_clone3

static char real_stack[16384] __attribute__((__aligned__(16)));
static char emu_stack[16384];

/* clone3(args, size) whose child exits at once, running only this asm. */
static long
raw_clone3(const void *args, unsigned long size)
{
	long r;

	__asm__ volatile(
	    "syscall\n\t"
	    "testq %%rax, %%rax\n\t"
	    "jnz 1f\n\t"
	    "movl $60, %%eax\n\t"
	    "xorl %%edi, %%edi\n\t"
	    "syscall\n\t"
	    "1:\n\t"
	    : "=a"(r) : "a"(435), "D"(args), "S"(size)
	    : "rcx", "r11", "memory");
	return (r);
}

/* What a clone3 call gave: the verdict, and whether a pidfd was stored. */
struct outcome {
	int	o_verdict;	/* 0 or a Linux errno */
	bool	o_pidfd;	/* a descriptor number in the pidfd word */
};

static void
drop_capabilities(void)
{
	struct __user_cap_header_struct h = {
		.version = _LINUX_CAPABILITY_VERSION_3,
	};
	struct __user_cap_data_struct d[2];

	memset(d, 0, sizeof(d));
	if (syscall(SYS_capset, &h, d) != 0)
		_exit(99);
}

static int32_t real_pidfd, real_ptid;
static int32_t real_set_tid[2];

static struct outcome
real_outcome(const void *args, unsigned long size)
{
	struct outcome o;
	int fds[2], status;
	uint64_t all = ~0ULL;
	pid_t c, w;
	long r;

	cr_assert_eq(pipe(fds), 0);
	c = fork();
	cr_assert_geq(c, 0);
	if (c == 0) {
		(void)syscall(SYS_rt_sigprocmask, SIG_BLOCK, &all, NULL,
		    sizeof(all));
		drop_capabilities();
		real_pidfd = -1;
		r = raw_clone3(args, size);
		o.o_verdict = r < 0 ? (int)-r : 0;
		o.o_pidfd = real_pidfd >= 0;
		(void)write(fds[1], &o, sizeof(o));
		_exit(0);
	}
	close(fds[1]);
	cr_assert_eq(read(fds[0], &o, sizeof(o)), (ssize_t)sizeof(o),
	    "no outcome from the throwaway child");
	close(fds[0]);
	do {
		w = waitpid(-1, &status, __WALL);
	} while (w > 0 && w != c);
	while (waitpid(-1, &status, __WALL | WNOHANG) > 0)
		;
	return (o);
}

/*
 * Pointers in a case are placeholders, made real per side (materialise()):
 * stack 1: this side's stack; pidfd 1, parent_tid 1, set_tid 1: this side's
 * word (array); pidfd 2: the parent_tid word; BAD: an address nothing maps.
 */
#define	MINE	1
#define	PTID	2
#define	BAD	8

struct case3 {
	const char		*c_what;
	struct l_user_clone_args c_args;
	int32_t			 c_set_tid[2];
	unsigned long		 c_size;
	int			 c_tail;	/* a nonzero byte past the struct */
	bool			 c_badptr;
	bool			 c_nested_ns;	/* the kernel's answer depends on
						   the pid namespace depth */
};

#define	MAXCASES	64
static struct case3 cases[MAXCASES];
static int ncases;
static struct outcome emu_results[MAXCASES];

static struct case3 *
add(const char *what, struct l_user_clone_args a, unsigned long size,
    int tail, bool badptr)
{
	struct case3 *c;

	cr_assert_lt(ncases, MAXCASES);
	c = &cases[ncases++];
	memset(c, 0, sizeof(*c));
	c->c_what = what;
	c->c_args = a;
	c->c_size = size;
	c->c_tail = tail;
	c->c_badptr = badptr;
	return (c);
}

static struct case3 *
add_set_tid(const char *what, int32_t tid0, int32_t tid1, uint64_t n)
{
	struct l_user_clone_args a;
	struct case3 *c;

	memset(&a, 0, sizeof(a));
	a.exit_signal = 17;
	a.set_tid = MINE;
	a.set_tid_size = n;
	c = add(what, a, 80, 0, false);
	c->c_set_tid[0] = tid0;
	c->c_set_tid[1] = tid1;
	return (c);
}

static void
build_cases(void)
{
	struct l_user_clone_args a;

	ncases = 0;
#define	BASE()	(memset(&a, 0, sizeof(a)), a.exit_signal = 17)
	BASE(); add("fork-like", a, 64, 0, false);
	BASE(); add("size 63", a, 63, 0, false);
	BASE(); add("size 80", a, 80, 0, false);
	BASE(); add("size 88", a, 88, 0, false);
	BASE(); add("size 200, zero tail", a, 200, 0, false);
	BASE(); add("size 200, nonzero tail", a, 200, 150, false);
	BASE(); add("size 4097", a, 4097, 0, false);
	BASE(); a.exit_signal = 65; add("exit signal 65", a, 64, 0, false);
	BASE(); a.exit_signal = 0x100000011ULL;
	add("exit signal above 32 bits", a, 64, 0, false);
	BASE(); a.flags = 0x11; add("CSIGNAL bits", a, 64, 0, false);
	BASE(); a.flags = LINUX_CLONE_DETACHED;
	add("CLONE_DETACHED", a, 64, 0, false);
	BASE(); a.stack = (uintptr_t)emu_stack;
	add("stack without size", a, 64, 0, false);
	BASE(); a.stack_size = 100; add("size without stack", a, 64, 0, false);
	BASE(); a.flags = LINUX_CLONE_VM | LINUX_CLONE_SIGHAND |
	    LINUX_CLONE_THREAD;
	add("thread with an exit signal", a, 64, 0, false);
	BASE(); a.flags = LINUX_CLONE_PARENT;
	add("CLONE_PARENT with an exit signal", a, 64, 0, false);
	BASE(); a.set_tid_size = 33; add("set_tid_size 33", a, 80, 0, false);
	BASE(); a.set_tid_size = 1; add("no set_tid, size 1", a, 80, 0, false);
	BASE(); a.flags = 1ULL << 34; add("flag bit 34", a, 64, 0, false);
	BASE(); add("bad pointer", a, 64, 0, true);
	BASE(); a.exit_signal = 0; a.flags = LINUX_CLONE_VM |
	    LINUX_CLONE_SIGHAND | LINUX_CLONE_THREAD;
	a.stack = 1;	/* filled per side */
	a.stack_size = sizeof(emu_stack);
	add("a thread", a, 64, 0, false);
	BASE(); a.flags = LINUX_CLONE_VM | LINUX_CLONE_VFORK;
	add("vfork-like", a, 64, 0, false);

	/* set_tid, judged after the block's checks (alloc_pid()). */
	add_set_tid("set_tid 5000", 5000, 0, 1);
	add_set_tid("set_tid 1", 1, 0, 1);
	add_set_tid("set_tid 0", 0, 0, 1);
	add_set_tid("set_tid -5", -5, 0, 1);
	add_set_tid("set_tid PID_MAX_LIMIT", 4194304, 0, 1);
	add_set_tid("set_tid for two levels", 5000, 5000, 2)->c_nested_ns =
	    true;
	BASE(); a.set_tid = BAD; a.set_tid_size = 1;
	add("set_tid unreadable", a, 80, 0, false);
	/* The block's own checks come first: EINVAL, not set_tid's EPERM. */
	BASE(); a.set_tid = MINE; a.set_tid_size = 1; a.stack_size = 100;
	add("set_tid and a size without stack", a, 80, 0, false)->c_set_tid[0] =
	    5000;

#ifdef LINUX_CLONE_PIDFD
	/* CLONE_PIDFD: the descriptor goes to its own field. */
	BASE(); a.flags = LINUX_CLONE_PIDFD; a.pidfd = MINE;
	add("CLONE_PIDFD", a, 64, 0, false);
	BASE(); a.flags = LINUX_CLONE_PIDFD | LINUX_CLONE_PARENT_SETTID;
	a.pidfd = MINE; a.parent_tid = MINE;
	add("CLONE_PIDFD and PARENT_SETTID, two words", a, 64, 0, false);
	BASE(); a.flags = LINUX_CLONE_PIDFD | LINUX_CLONE_PARENT_SETTID;
	a.pidfd = PTID; a.parent_tid = MINE;
	add("CLONE_PIDFD and PARENT_SETTID, one word", a, 64, 0, false);
	BASE(); a.flags = LINUX_CLONE_PIDFD; a.pidfd = BAD;
	add("CLONE_PIDFD, unwritable word", a, 64, 0, false);
	BASE(); a.flags = LINUX_CLONE_PIDFD; a.pidfd = 0;
	add("CLONE_PIDFD, NULL word", a, 64, 0, false);
	BASE(); a.exit_signal = 0; a.flags = LINUX_CLONE_VM |
	    LINUX_CLONE_SIGHAND | LINUX_CLONE_THREAD | LINUX_CLONE_PIDFD;
	a.pidfd = MINE; a.stack = MINE; a.stack_size = sizeof(emu_stack);
	add("CLONE_PIDFD for a thread", a, 64, 0, false);
	BASE(); a.flags = LINUX_CLONE_VM | LINUX_CLONE_VFORK |
	    LINUX_CLONE_PIDFD; a.pidfd = MINE;
	add("CLONE_PIDFD, vfork-like", a, 64, 0, false);
	BASE(); a.flags = LINUX_CLONE_PIDFD; a.pidfd = MINE;
	a.set_tid = MINE; a.set_tid_size = 1;
	/* set_tid is judged before the pidfd is made: EPERM, no pidfd. */
	add("CLONE_PIDFD with set_tid", a, 80, 0, false)->c_set_tid[0] = 5000;
#endif
#undef BASE
}

/* How deep this process's pid namespace is (0: the initial one). */
static int
pid_ns_level(void)
{
	char line[256];
	FILE *f;
	int level, i;

	level = 0;
	f = fopen("/proc/self/status", "r");
	cr_assert_not_null(f);
	while (fgets(line, sizeof(line), f) != NULL) {
		if (strncmp(line, "NSpid:", 6) != 0)
			continue;
		for (i = 6; line[i] != '\0'; i++) {
			if (line[i] == '\t' && line[i + 1] != '\0')
				level++;
		}
		level--;
	}
	fclose(f);
	return (level);
}

/* This side's memory for a case's pointers. */
struct side {
	char	*sd_stack;
	int32_t	*sd_pidfd;
	int32_t	*sd_ptid;
	int32_t	*sd_set_tid;
};

static uint64_t
side_ptr(uint64_t marker, void *mine, void *ptid)
{

	switch (marker) {
	case MINE:
		return ((uintptr_t)mine);
	case PTID:
		return ((uintptr_t)ptid);
	default:
		return (marker);	/* 0, BAD */
	}
}

/* The block as the call sees it: padded to size, tail, pointers. */
static void
materialise(const struct case3 *c, unsigned char *buf, const struct side *sd)
{
	struct l_user_clone_args a = c->c_args;

	a.stack = side_ptr(a.stack, sd->sd_stack, NULL);
	a.pidfd = side_ptr(a.pidfd, sd->sd_pidfd, sd->sd_ptid);
	a.parent_tid = side_ptr(a.parent_tid, sd->sd_ptid, NULL);
	a.set_tid = side_ptr(a.set_tid, sd->sd_set_tid, NULL);
	memcpy(sd->sd_set_tid, c->c_set_tid, sizeof(c->c_set_tid));
	memset(buf, 0, 4200);
	memcpy(buf, &a, sizeof(a));
	if (c->c_tail != 0)
		buf[c->c_tail] = 1;
}

static unsigned char emu_buf[4200];
static int32_t emu_pidfd, emu_ptid;
static int32_t emu_set_tid[2];

static int
emu_main(void *arg __attribute__((__unused__)))
{
	const struct side sd = { emu_stack, &emu_pidfd, &emu_ptid,
	    emu_set_tid };
	struct linux_clone3_args a;
	struct thread *td;
	int error, i;

	for (i = 0; i < ncases; i++) {
		materialise(&cases[i], emu_buf, &sd);
		a.uargs = cases[i].c_badptr ? (void *)BAD :
		    (struct l_user_clone_args *)emu_buf;
		a.usize = (l_size_t)cases[i].c_size;
		emu_pidfd = -1;
		td = emu_td();
		error = linux_clone3(td, &a);
		emu_results[i].o_verdict = error != 0 ?
		    linux_errno_from_host(error) : 0;
		emu_results[i].o_pidfd = emu_pidfd >= 0;
		if (error != 0)
			continue;
		if ((cases[i].c_args.flags & LINUX_CLONE_THREAD) != 0)
			inproc_wait_thread_gone((pid_t)td->td_retval[0]);
		else
			(void)inproc_proc_wait((pid_t)td->td_retval[0]);
		if (emu_pidfd >= 0 && inproc_file_close(emu_pidfd) != 0)
			return (1);
	}
	return (61);
}

Test(clone3, the_argument_block_is_checked_as_this_machines_kernel_checks_it,
    .timeout = 60)
{
	static unsigned char real_buf[4200];
	const struct side sd = { real_stack, &real_pidfd, &real_ptid,
	    real_set_tid };
	struct outcome real;
	pid_t pid;
	int i, compared, level;

	build_cases();
	pid = inproc_proc_spawn(emu_main, NULL);
	cr_assert_eq(inproc_proc_wait(pid), 61 << 8);
	level = pid_ns_level();
	compared = 0;
	for (i = 0; i < ncases; i++) {
		if (cases[i].c_nested_ns && level != 0) {
			cr_log_warn("%s: not compared: this process is in a "
			    "pid namespace of level %d, the runtime emulates "
			    "the initial one", cases[i].c_what, level);
			continue;
		}
		materialise(&cases[i], real_buf, &sd);
		real = real_outcome(cases[i].c_badptr ? (void *)BAD : real_buf,
		    cases[i].c_size);
		cr_assert_eq(emu_results[i].o_verdict, real.o_verdict,
		    "%s: the runtime answers %d, this machine's kernel %d",
		    cases[i].c_what, emu_results[i].o_verdict, real.o_verdict);
		cr_assert_eq(emu_results[i].o_pidfd, real.o_pidfd,
		    "%s: a pidfd stored: runtime %d, this machine's kernel %d",
		    cases[i].c_what, emu_results[i].o_pidfd, real.o_pidfd);
		compared++;
	}
	cr_log_info("%d clone3 cases compared\n", compared);
	cr_assert_geq(compared, ncases - 1);
}

#else /* !LINUX_SYS_linux_clone3 */

/* The generated name table (out/<release>/<arch>/linux_syscalls.c). */
extern const char *linux_syscallnames[];

/* Linux before 5.3: no clone3 in the table, no handler in the runtime. */
Test(clone3, a_release_before_5_3_has_no_clone3)
{
	static const char *const names[] = { "clone3", "linux_clone3" };
	int i, n;

	for (i = 0; i < LINUX_SYS_MAXSYSCALL; i++) {
		for (n = 0; n < 2; n++) {
			cr_assert(linux_syscallnames[i] == NULL ||
			    strcmp(linux_syscallnames[i], names[n]) != 0,
			    "entry %d is %s", i, linux_syscallnames[i]);
		}
	}
	cr_assert_gt(LINUX_SYS_MAXSYSCALL, 100, "the table is there");
}

#endif /* LINUX_SYS_linux_clone3 */
