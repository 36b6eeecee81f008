/*
 * test_clone_flags.c — differential test of clone(2)'s verdicts: for
 * every combination of the clone flags that decide validity (each other
 * flag added on top of every one of them), what this machine's kernel
 * answers and what the runtime answers must agree.
 *
 * The real clone runs in a throwaway child of the test, whose own child
 * (or thread) exits at once; the emulated one in an emulated program of
 * the in-process host, whose child exits at once too. The runtime is
 * built for one release and the machine runs another: flags are compared
 * only where both give the bit the same meaning (the release's generated
 * flag table and this kernel's facts, below, agree on name and value),
 * and not the namespace flags. Where the release's spec rejects a flag
 * Linux accepts (linux_clone_flag_table: LINUX_CLONE_REJECTED), the
 * runtime must answer that rejection wherever Linux succeeds.
 */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "clone_emu.h"

/*
 * The clone flags of the kernel this test runs on (Linux 6.x,
 * include/uapi/linux/sched.h; shared/reference/linux/clone-flags.tsv).
 */
static const struct {
	const char	*name;
	uint64_t	 value;
} host_flags[] = {
	{ "CLONE_VM", 0x100 }, { "CLONE_FS", 0x200 },
	{ "CLONE_FILES", 0x400 }, { "CLONE_SIGHAND", 0x800 },
	{ "CLONE_PIDFD", 0x1000 }, { "CLONE_PTRACE", 0x2000 },
	{ "CLONE_VFORK", 0x4000 }, { "CLONE_PARENT", 0x8000 },
	{ "CLONE_THREAD", 0x10000 }, { "CLONE_SYSVSEM", 0x40000 },
	{ "CLONE_SETTLS", 0x80000 }, { "CLONE_PARENT_SETTID", 0x100000 },
	{ "CLONE_CHILD_CLEARTID", 0x200000 }, { "CLONE_DETACHED", 0x400000 },
	{ "CLONE_UNTRACED", 0x800000 }, { "CLONE_CHILD_SETTID", 0x1000000 },
	{ "CLONE_IO", 0x80000000 },
};

/* The flags Linux's validity rules (copy_process(), kernel_clone()) or the
 * runtime's path (vfork wait, TLS argument) depend on: every combination
 * of these is tried. */
static const char *const deciding[] = {
	"CLONE_VM", "CLONE_SIGHAND", "CLONE_THREAD", "CLONE_PARENT",
	"CLONE_DETACHED", "CLONE_PARENT_SETTID", "CLONE_PIDFD", "CLONE_VFORK",
	"CLONE_SETTLS",
};

#define	MAX_FLAGS	32

struct flagset {
	uint64_t	fs_deciding[MAX_FLAGS];
	int		fs_ndeciding;
	uint64_t	fs_other[MAX_FLAGS];
	int		fs_nother;
	uint64_t	fs_rejected;	/* flags the release's spec rejects */
};

static bool
is_deciding(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(deciding) / sizeof(deciding[0]); i++) {
		if (strcmp(deciding[i], name) == 0)
			return (true);
	}
	return (false);
}

static void
flagset_build(struct flagset *fs)
{
	const struct linux_clone_flag *f;
	size_t j;
	int i;

	memset(fs, 0, sizeof(*fs));
	for (i = 0; i < linux_clone_nflags; i++) {
		f = &linux_clone_flag_table[i];
		if (f->cls == LINUX_CLONE_FIELD ||
		    strncmp(f->name, "CLONE_NEW", 9) == 0)
			continue;
		for (j = 0; j < sizeof(host_flags) / sizeof(host_flags[0]);
		    j++) {
			if (strcmp(host_flags[j].name, f->name) == 0 &&
			    host_flags[j].value == f->value)
				break;
		}
		if (j == sizeof(host_flags) / sizeof(host_flags[0]))
			continue;	/* the bit means something else here */
		if (f->cls == LINUX_CLONE_REJECTED)
			fs->fs_rejected |= f->value;
		if (is_deciding(f->name))
			fs->fs_deciding[fs->fs_ndeciding++] = f->value;
		else
			fs->fs_other[fs->fs_nother++] = f->value;
	}
	cr_assert_geq(fs->fs_ndeciding, 6, "the release knows the flags that "
	    "decide validity");
}

static uint64_t
combination(const struct flagset *fs, unsigned mask, int other)
{
	uint64_t flags;
	int i;

	flags = 0;
	for (i = 0; i < fs->fs_ndeciding; i++) {
		if ((mask & (1u << i)) != 0)
			flags |= fs->fs_deciding[i];
	}
	if (other >= 0)
		flags |= fs->fs_other[other];
	return (flags);
}

/*
 * The real kernel.
 */
static char real_stack[16384] __attribute__((__aligned__(16)));
static char real_tls[256] __attribute__((__aligned__(64)));
static int32_t real_ptid, real_ctid;

/* clone(flags, ...) whose child exits at once, running only this asm. */
static long
raw_clone(unsigned long flags)
{
	register long r10 __asm__("r10") = (long)&real_ctid;
	register long r8 __asm__("r8") = (long)real_tls;
	long r;

	__asm__ volatile(
	    "syscall\n\t"
	    "testq %%rax, %%rax\n\t"
	    "jnz 1f\n\t"
	    "movl $60, %%eax\n\t"	/* exit(0): the new task only */
	    "xorl %%edi, %%edi\n\t"
	    "syscall\n\t"
	    "1:\n\t"
	    : "=a"(r)
	    : "a"(56), "D"(flags), "S"(real_stack + sizeof(real_stack)),
	      "d"(&real_ptid), "r"(r10), "r"(r8)
	    : "rcx", "r11", "memory");
	return (r);
}

/* 0 or the Linux errno the kernel gives, from a throwaway child. */
static int
real_verdict(uint64_t flags)
{
	int fds[2], verdict, status;
	pid_t c, w;
	long r;

	cr_assert_eq(pipe2(fds, O_CLOEXEC), 0);
	c = fork();
	cr_assert_geq(c, 0);
	if (c == 0) {
		uint64_t all = ~0ULL;

		/* The grandchild's exit signal may be any, SIGHUP or glibc's
		 * own 32 and 33 included: block them all (the raw call: libc's
		 * sigprocmask keeps its own two) so none ends us before we
		 * report. */
		(void)syscall(SYS_rt_sigprocmask, SIG_BLOCK, &all, NULL,
		    sizeof(all));
		r = raw_clone((unsigned long)flags);
		verdict = r < 0 ? (int)-r : 0;
		(void)write(fds[1], &verdict, sizeof(verdict));
		_exit(0);
	}
	close(fds[1]);
	verdict = -1;
	cr_assert_eq(read(fds[0], &verdict, sizeof(verdict)),
	    (ssize_t)sizeof(verdict), "flags %#llx: no verdict",
	    (unsigned long long)flags);
	close(fds[0]);
	/* The child, and siblings CLONE_PARENT gave us. */
	do {
		w = waitpid(-1, &status, __WALL);
	} while (w > 0 && w != c);
	while (waitpid(-1, &status, __WALL | WNOHANG) > 0)
		;
	return (verdict);
}

/*
 * The runtime.
 */
struct emu_run {
	const struct flagset	*er_fs;
	uint64_t		*er_flags;
	int			*er_verdicts;
	int			 er_n;
};

static char emu_stack[16384];
static char emu_tls[256];
static int32_t emu_ptid, emu_ctid;

static int
emu_verdicts(void *arg)
{
	struct emu_run *er = arg;
	uint64_t flags;
	long r;
	int i;

	for (i = 0; i < er->er_n; i++) {
		flags = er->er_flags[i];
		r = emu_clone((unsigned long)flags, emu_stack +
		    sizeof(emu_stack), &emu_ptid, &emu_ctid,
		    (unsigned long)emu_tls, NULL, NULL);
		er->er_verdicts[i] = r < 0 ? (int)-r : 0;
		if (r <= 0)
			continue;
#ifdef LINUX_CLONE_PIDFD
		/* clone(2) returned a pidfd through parent_tid. */
		if ((flags & LINUX_CLONE_PIDFD) != 0 &&
		    inproc_file_close((int)emu_ptid) != 0)
			return (2);
#endif
		/* The child exits at once; wait until it is gone. */
		if ((flags & LINUX_CLONE_THREAD) != 0)
			inproc_wait_thread_gone((pid_t)r);
		else if (inproc_proc_wait((pid_t)r) != 0)
			return (1);
	}
	return (60);
}

static void
compare(const struct flagset *fs, uint64_t *flags, int n)
{
	struct emu_run er;
	int *verdicts, i, real, compared;
	pid_t pid;

	verdicts = calloc((size_t)n, sizeof(*verdicts));
	er.er_fs = fs;
	er.er_flags = flags;
	er.er_verdicts = verdicts;
	er.er_n = n;
	pid = inproc_proc_spawn(emu_verdicts, &er);
	cr_assert_eq(inproc_proc_wait(pid), 60 << 8, "the emulated program");

	compared = 0;
	for (i = 0; i < n; i++) {
		real = real_verdict(flags[i]);
		if (real == 0 && (flags[i] & fs->fs_rejected) != 0) {
			/* The spec rejects a flag Linux accepts. */
			cr_assert_neq(verdicts[i], 0, "flags %#llx: the runtime "
			    "accepts a flag its spec rejects",
			    (unsigned long long)flags[i]);
			continue;
		}
		cr_assert_eq(verdicts[i], real, "flags %#llx: the runtime "
		    "answers %d, this machine's kernel %d",
		    (unsigned long long)flags[i], verdicts[i], real);
		compared++;
	}
	cr_log_info("%d clone verdicts compared\n", compared);
	cr_assert_gt(compared, n / 2);
	free(verdicts);
}

Test(clone_flags, every_deciding_combination_gets_the_kernels_verdict,
    .timeout = 240)
{
	struct flagset fs;
	uint64_t *flags;
	unsigned mask, combos;
	int n, o;

	flagset_build(&fs);
	combos = 1u << fs.fs_ndeciding;
	flags = calloc((size_t)combos * (size_t)(fs.fs_nother + 1),
	    sizeof(*flags));
	n = 0;
	for (o = -1; o < fs.fs_nother; o++) {
		for (mask = 0; mask < combos; mask++)
			flags[n++] = combination(&fs, mask, o);
	}
	compare(&fs, flags, n);
	free(flags);
}

/*
 * The low byte is the exit signal; clone(2) takes any value, even ones
 * that are no signal.
 */
Test(clone_flags, any_exit_signal_byte_is_accepted_as_linux_does,
    .timeout = 60)
{
	static const int sigs[] = { 0, 1, 17, 31, 32, 64, 65, 128, 255 };
	struct flagset fs;
	uint64_t flags[3 * sizeof(sigs) / sizeof(sigs[0])];
	int n;
	size_t i;

	flagset_build(&fs);
	n = 0;
	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) {
		flags[n++] = (uint64_t)sigs[i];
		flags[n++] = LINUX_CLONE_VM | (uint64_t)sigs[i];
		flags[n++] = LINUX_CLONE_VM | LINUX_CLONE_SIGHAND |
		    LINUX_CLONE_THREAD | (uint64_t)sigs[i];
	}
	compare(&fs, flags, n);
}
