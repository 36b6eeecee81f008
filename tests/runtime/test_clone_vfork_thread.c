/*
 * test_clone_vfork_thread.c — CLONE_VFORK together with CLONE_THREAD: the
 * caller waits for the new thread to exit or exec (Linux: vfork_done,
 * released at mm_release), as it does for a vfork'ed process. Linux's wait
 * is killable: a signal the program handles does not end it, the end of
 * the group does.
 *
 * The real kernel's answer comes from a throwaway process whose new
 * thread is a few lines of assembly; the emulated side uses handshakes
 * with the in-process host ("the creator is asleep in the vfork wait"),
 * so that a runtime that does not wait makes the handshake hang and the
 * test time out, instead of passing by luck.
 */
#include <criterion/criterion.h>
#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "clone_emu.h"

#define	VFORK_THREAD	(LINUX_CLONE_VM | LINUX_CLONE_SIGHAND | \
	LINUX_CLONE_THREAD | LINUX_CLONE_VFORK)
#define	WAIT_MESG	"lxvfork"

/*
 * 1. The caller returns only after the new thread has exited.
 */
static char real_stack[16384] __attribute__((__aligned__(16)));
static volatile int32_t real_done;

/* clone(2) of a thread that makes 1000 system calls, stores 1 in
 * real_done and exits: a caller that did not wait would usually see 0. */
static long
raw_clone_busy_thread(unsigned long flags)
{
	register long r10 __asm__("r10") = 0;
	register long r8 __asm__("r8") = 0;
	long r;

	__asm__ volatile(
	    "syscall\n\t"
	    "testq %%rax, %%rax\n\t"
	    "jnz 2f\n\t"
	    "movl $1000, %%ebx\n\t"
	    "1:\n\t"
	    "movl $110, %%eax\n\t"		/* getppid() */
	    "syscall\n\t"
	    "decl %%ebx\n\t"
	    "jnz 1b\n\t"
	    "movl $1, %[done]\n\t"
	    "movl $60, %%eax\n\t"		/* exit(0): this thread */
	    "xorl %%edi, %%edi\n\t"
	    "syscall\n\t"
	    "2:\n\t"
	    : "=a"(r), [done] "=m"(real_done)
	    : "a"(56), "D"(flags), "S"(real_stack + sizeof(real_stack)),
	      "d"(0), "r"(r10), "r"(r8)
	    : "rbx", "rcx", "r11", "memory");
	return (r);
}

static int
real_waits(void)
{
	int fds[2], seen, st;
	pid_t c;
	long r;

	cr_assert_eq(pipe(fds), 0);
	c = fork();
	cr_assert_geq(c, 0);
	if (c == 0) {
		real_done = 0;
		r = raw_clone_busy_thread(VFORK_THREAD);
		seen = r > 0 ? real_done : -1;
		(void)write(fds[1], &seen, sizeof(seen));
		_exit(0);
	}
	close(fds[1]);
	cr_assert_eq(read(fds[0], &seen, sizeof(seen)), (ssize_t)sizeof(seen));
	close(fds[0]);
	cr_assert_eq(waitpid(c, &st, 0), c);
	return (seen);
}

struct vt {
	struct thread	*vt_creator;
	atomic_int	 vt_done;
	bool		 vt_interrupt;	/* interrupt the creator's wait once */
	char		 vt_stack[4096];
};

static int
vfork_thread(void *arg)
{
	struct vt *vt = arg;
	uint64_t n;

	inproc_wait_until_sleeping(vt->vt_creator, WAIT_MESG);
	if (vt->vt_interrupt) {
		/* What a handled signal does to a sleep; then wait until
		 * the creator sleeps in the vfork wait again. */
		n = inproc_thread_sleep_count(vt->vt_creator);
		inproc_thread_interrupt(vt->vt_creator, EINTR);
		while (inproc_thread_sleep_count(vt->vt_creator) == n)
			sched_yield();
		inproc_wait_until_sleeping(vt->vt_creator, WAIT_MESG);
	}
	atomic_store(&vt->vt_done, 1);
	return (0);
}

static int
creator_main(void *arg)
{
	struct vt *vt = arg;
	long tid;

	vt->vt_creator = kern_curthread();
	tid = emu_clone(VFORK_THREAD, vt->vt_stack + sizeof(vt->vt_stack),
	    NULL, NULL, 0, vfork_thread, vt);
	if (tid <= 0)
		return (1);
	/* The thread has set vt_done before its exit released us. */
	if (atomic_load(&vt->vt_done) != 1)
		return (2);
	inproc_wait_thread_gone((pid_t)tid);
	return (40);
}

Test(clone_vfork_thread, the_caller_waits_for_the_new_thread_to_exit,
    .timeout = 30)
{
	static struct vt vt;
	int status;

	cr_assert_eq(real_waits(), 1, "this machine's kernel: the caller of "
	    "clone(CLONE_VFORK|CLONE_THREAD) returned before the thread's "
	    "exit");
	memset(&vt, 0, sizeof(vt));
	status = inproc_proc_wait(inproc_proc_spawn(creator_main, &vt));
	cr_assert_eq(status, 40 << 8, "the emulated program: status %#x",
	    status);
}

/*
 * 2. An interruption (a signal the program handles) does not end the
 *    wait: the creator sleeps again, and returns the thread's id once the
 *    thread is gone.
 */
Test(clone_vfork_thread, a_handled_signal_does_not_end_the_wait,
    .timeout = 30)
{
	static struct vt vt;
	int status;

	memset(&vt, 0, sizeof(vt));
	vt.vt_interrupt = true;
	status = inproc_proc_wait(inproc_proc_spawn(creator_main, &vt));
	cr_assert_eq(status, 40 << 8, "the emulated program: status %#x",
	    status);
}

/*
 * 3. exit_group in a third thread while the creator waits and the new
 *    thread sleeps on a futex: the group ends with that status, the
 *    creator never returns from clone.
 */
struct eg {
	struct thread	*eg_creator;
	uint32_t	 eg_gate;
	atomic_int	 eg_returned;
	char		 eg_stack[2][4096];
};

static int
sleeping_vfork_thread(void *arg)
{
	struct eg *eg = arg;

	while (__atomic_load_n(&eg->eg_gate, __ATOMIC_ACQUIRE) == 0)
		(void)emu_futex(&eg->eg_gate, EMU_FUTEX_WAIT, 0);
	return (0);
}

static int
ender(void *arg)
{
	struct eg *eg = arg;

	while (__atomic_load_n(&eg->eg_creator, __ATOMIC_ACQUIRE) == NULL)
		sched_yield();
	inproc_wait_until_sleeping(eg->eg_creator, WAIT_MESG);
	emu_exit_group(9);
	return (1);
}

static int
exit_group_main(void *arg)
{
	struct eg *eg = arg;
	long tid;

	if (emu_clone(LINUX_CLONE_VM | LINUX_CLONE_SIGHAND |
	    LINUX_CLONE_THREAD, eg->eg_stack[0] + sizeof(eg->eg_stack[0]),
	    NULL, NULL, 0, ender, eg) <= 0)
		return (1);
	__atomic_store_n(&eg->eg_creator, kern_curthread(), __ATOMIC_RELEASE);
	tid = emu_clone(VFORK_THREAD, eg->eg_stack[1] +
	    sizeof(eg->eg_stack[1]), NULL, NULL, 0, sleeping_vfork_thread, eg);
	atomic_store(&eg->eg_returned, tid > 0 ? 1 : 2);
	return (3);
}

Test(clone_vfork_thread, exit_group_ends_the_waiting_caller,
    .timeout = 30)
{
	static struct eg eg;
	int status;

	memset(&eg, 0, sizeof(eg));
	status = inproc_proc_wait(inproc_proc_spawn(exit_group_main, &eg));
	cr_assert_eq(status, 9 << 8, "the group ends with exit_group's "
	    "status, not %#x", status);
	cr_assert_eq(atomic_load(&eg.eg_returned), 0, "the caller returned "
	    "from clone (%d) in a group being ended",
	    atomic_load(&eg.eg_returned));
}

/*
 * 4. The same, with the new thread busy in user code (here: until it sees
 *    the creator gone): the creator's wait ends because its group ends,
 *    not because the thread released it. A wait that only the thread's
 *    exit could end would never end here (Linux: the wait is killable).
 */
struct busy {
	struct thread	*bz_creator;
	atomic_int	 bz_saw_creator_gone;
	atomic_int	 bz_returned;
	char		 bz_stack[2][4096];
};

static int
busy_vfork_thread(void *arg)
{
	struct busy *bz = arg;

	inproc_wait_thread_gone(bz->bz_creator->td_tid);
	atomic_store(&bz->bz_saw_creator_gone, 1);
	return (0);
}

static int
busy_ender(void *arg)
{
	struct busy *bz = arg;

	while (__atomic_load_n(&bz->bz_creator, __ATOMIC_ACQUIRE) == NULL)
		sched_yield();
	inproc_wait_until_sleeping(bz->bz_creator, WAIT_MESG);
	emu_exit_group(11);
	return (1);
}

static int
busy_main(void *arg)
{
	struct busy *bz = arg;
	long tid;

	if (emu_clone(LINUX_CLONE_VM | LINUX_CLONE_SIGHAND |
	    LINUX_CLONE_THREAD, bz->bz_stack[0] + sizeof(bz->bz_stack[0]),
	    NULL, NULL, 0, busy_ender, bz) <= 0)
		return (1);
	__atomic_store_n(&bz->bz_creator, kern_curthread(), __ATOMIC_RELEASE);
	tid = emu_clone(VFORK_THREAD, bz->bz_stack[1] +
	    sizeof(bz->bz_stack[1]), NULL, NULL, 0, busy_vfork_thread, bz);
	atomic_store(&bz->bz_returned, tid > 0 ? 1 : 2);
	return (3);
}

Test(clone_vfork_thread, the_end_of_the_group_ends_the_wait_of_the_caller,
    .timeout = 30)
{
	static struct busy bz;
	int status;

	memset(&bz, 0, sizeof(bz));
	status = inproc_proc_wait(inproc_proc_spawn(busy_main, &bz));
	cr_assert_eq(status, 11 << 8, "the group ends with exit_group's "
	    "status, not %#x", status);
	cr_assert_eq(atomic_load(&bz.bz_saw_creator_gone), 1);
	cr_assert_eq(atomic_load(&bz.bz_returned), 0, "the caller returned "
	    "from clone in a group being ended");
}
