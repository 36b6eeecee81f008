/*
 * test_clone3.c — clone3(2) (Linux 5.3 and later) against this machine's
 * kernel: the argument block's checks (size, unknown tail, exit signal,
 * flags, stack, set_tid) and successful clones, each real clone3 run in a
 * throwaway child whose own child exits at once. Built for every release;
 * a release without clone3 checks that its runtime has none.
 */
#include <criterion/criterion.h>
#include <signal.h>
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

static int
real_verdict(const void *args, unsigned long size)
{
	int fds[2], verdict, status;
	uint64_t all = ~0ULL;
	pid_t c, w;
	long r;

	cr_assert_eq(pipe(fds), 0);
	c = fork();
	cr_assert_geq(c, 0);
	if (c == 0) {
		(void)syscall(SYS_rt_sigprocmask, SIG_BLOCK, &all, NULL,
		    sizeof(all));
		r = raw_clone3(args, size);
		verdict = r < 0 ? (int)-r : 0;
		(void)write(fds[1], &verdict, sizeof(verdict));
		_exit(0);
	}
	close(fds[1]);
	cr_assert_eq(read(fds[0], &verdict, sizeof(verdict)),
	    (ssize_t)sizeof(verdict));
	close(fds[0]);
	do {
		w = waitpid(-1, &status, __WALL);
	} while (w > 0 && w != c);
	while (waitpid(-1, &status, __WALL | WNOHANG) > 0)
		;
	return (verdict);
}

struct case3 {
	const char		*c_what;
	struct l_user_clone_args c_args;
	unsigned long		 c_size;
	int			 c_tail;	/* a nonzero byte past the struct */
	bool			 c_badptr;
};

#define	STK(a)	((a).stack = 0, (a).stack_size = 0)

static struct case3 cases[32];
static int ncases;
static int emu_results[32];

static void
add(const char *what, struct l_user_clone_args a, unsigned long size,
    int tail, bool badptr)
{

	cases[ncases].c_what = what;
	cases[ncases].c_args = a;
	cases[ncases].c_size = size;
	cases[ncases].c_tail = tail;
	cases[ncases].c_badptr = badptr;
	ncases++;
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
#undef BASE
}

/* The block as the call sees it: padded to size, tail, stack. */
static void
materialise(const struct case3 *c, unsigned char *buf, char *stack)
{
	struct l_user_clone_args a = c->c_args;

	if (a.stack == 1)
		a.stack = (uintptr_t)stack;
	memset(buf, 0, 4200);
	memcpy(buf, &a, sizeof(a));
	if (c->c_tail != 0)
		buf[c->c_tail] = 1;
}

static unsigned char emu_buf[4200];

static int
emu_main(void *arg __attribute__((__unused__)))
{
	struct linux_clone3_args a;
	struct thread *td;
	int error, i;

	for (i = 0; i < ncases; i++) {
		materialise(&cases[i], emu_buf, emu_stack);
		a.uargs = cases[i].c_badptr ? (void *)8 :
		    (struct l_user_clone_args *)emu_buf;
		a.usize = (l_size_t)cases[i].c_size;
		td = emu_td();
		error = linux_clone3(td, &a);
		emu_results[i] = error != 0 ? linux_errno_from_host(error) : 0;
		if (error != 0)
			continue;
		if ((cases[i].c_args.flags & LINUX_CLONE_THREAD) != 0)
			inproc_wait_thread_gone((pid_t)td->td_retval[0]);
		else
			(void)inproc_proc_wait((pid_t)td->td_retval[0]);
	}
	return (61);
}

Test(clone3, the_argument_block_is_checked_as_this_machines_kernel_checks_it,
    .timeout = 60)
{
	static unsigned char real_buf[4200];
	pid_t pid;
	int i, real;

	build_cases();
	pid = inproc_proc_spawn(emu_main, NULL);
	cr_assert_eq(inproc_proc_wait(pid), 61 << 8);
	for (i = 0; i < ncases; i++) {
		materialise(&cases[i], real_buf, real_stack);
		real = real_verdict(cases[i].c_badptr ? (void *)8 : real_buf,
		    cases[i].c_size);
		cr_assert_eq(emu_results[i], real, "%s: the runtime answers "
		    "%d, this machine's kernel %d", cases[i].c_what,
		    emu_results[i], real);
	}
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
