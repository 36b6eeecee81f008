/*
 * test_clone_kernel.c — the generated clone validators against the real
 * kernel: for every combination of the flags below, a raw clone(2) runs in
 * a throwaway process and the kernel's verdict (0 or an errno) is compared
 * with linux_clone_check() of
 *
 *   - linux-6.12 (spec/linux-6.12/clone.flags), the newest release with a
 *     clone.flags: the running kernel must follow its rules exactly;
 *   - linux-2.6.16: its verdict must equal the kernel's except where a rule
 *     2.6.16 did not have decides, and each such difference is listed with
 *     the rule and the note saying where the rule comes from.
 *
 * The flags: the non-namespace flags the issue names whose combinations
 * decide validity (CLONE_VM, FS, FILES, SIGHAND, THREAD, PARENT, VFORK,
 * SETTLS, SYSVSEM, DETACHED), CLONE_PARENT_SETTID and bit 0x1000 (unused in
 * 2.6.16, CLONE_PIDFD since 5.2: the rules that differ between the
 * releases name them), and CLONE_NEWNS, the one namespace flag 2.6.16's
 * rules name. 2^13 combinations. The flags no rule of either release names
 * (CLONE_PTRACE, UNTRACED, CHILD_SETTID, CHILD_CLEARTID) are added one at a
 * time to the combinations of the rule-bearing flags instead.
 *
 * Without CAP_SYS_ADMIN the kernel refuses CLONE_NEWNS with EPERM after
 * its validity rules have passed; such an answer counts as "valid" (the
 * rules were checked and passed), and the count is printed.
 *
 * How one probe works (probe()): fork() a throwaway process; it issues the
 * raw clone syscall with a tiny stack, a valid TLS pointer and valid tid
 * pointers; the child executes `exit(0)` straight from the syscall's
 * return, in assembly, touching no memory; the throwaway process reports
 * the result through a pipe, reaps its own child (a CLONE_THREAD child dies
 * with it; CLONE_VFORK already waited) and exits. A CLONE_PARENT child is
 * the test's own child, so the test reaps it. Nothing outlives the probe.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include "clone_releases.h"
#include "linux_errno.h"

#if !defined(__x86_64__)
#error "the raw clone below is x86_64 assembly"
#endif

/* Bit 0x1000: CLONE_PIDFD in the running kernel, no flag in 2.6.16. */
#define BIT_0x1000	0x1000ULL

static const struct {
	const char	*name;
	uint64_t	 value;
} probe_flags[] = {
	{ "CLONE_VM", LINUX_CLONE_VM },
	{ "CLONE_FS", LINUX_CLONE_FS },
	{ "CLONE_FILES", LINUX_CLONE_FILES },
	{ "CLONE_SIGHAND", LINUX_CLONE_SIGHAND },
	{ "CLONE_THREAD", LINUX_CLONE_THREAD },
	{ "CLONE_PARENT", LINUX_CLONE_PARENT },
	{ "CLONE_VFORK", LINUX_CLONE_VFORK },
	{ "CLONE_SETTLS", LINUX_CLONE_SETTLS },
	{ "CLONE_SYSVSEM", LINUX_CLONE_SYSVSEM },
	{ "CLONE_DETACHED", LINUX_CLONE_DETACHED },
	{ "CLONE_PARENT_SETTID", LINUX_CLONE_PARENT_SETTID },
	{ "bit 0x1000 (CLONE_PIDFD)", BIT_0x1000 },
	{ "CLONE_NEWNS", LINUX_CLONE_NEWNS },
};
#define NPROBE_FLAGS	(sizeof(probe_flags) / sizeof(probe_flags[0]))

static const uint64_t ruleless_flags[] = {
	LINUX_CLONE_PTRACE, LINUX_CLONE_UNTRACED, LINUX_CLONE_CHILD_SETTID,
	LINUX_CLONE_CHILD_CLEARTID,
};

static char child_stack[4096] __attribute__((aligned(16)));
static char tls_area[256] __attribute__((aligned(64)));
static int parent_tid, child_tid;

/*
 * clone(flags, stack, parent_tid, child_tid, tls) as x86_64 Linux takes it.
 * In the child (rax == 0) the next instructions are exit(0): it runs on
 * the tiny stack without ever using it.
 */
static long
raw_clone(uint64_t flags, void *stack, int *ptid, int *ctid, void *tls)
{
	long ret;
	register long r10 __asm__("r10") = (long)ctid;
	register long r8 __asm__("r8") = (long)tls;

	__asm__ volatile(
	    "syscall\n\t"
	    "test %%rax, %%rax\n\t"
	    "jnz 1f\n\t"
	    "mov $60, %%eax\n\t"	/* SYS_exit */
	    "xor %%edi, %%edi\n\t"
	    "syscall\n\t"
	    "hlt\n"
	    "1:"
	    : "=a"(ret)
	    : "0"(56L), "D"(flags), "S"(stack), "d"(ptid), "r"(r10), "r"(r8)
	    : "rcx", "r11", "memory");
	return ret;
}

/* The kernel's verdict on clone(flags): 0 or a (Linux) errno. */
static int
probe(uint64_t flags)
{
	long msg[2] = { -1, 0 };
	int pfd[2], st;
	pid_t p;

	cr_assert_eq(pipe(pfd), 0);
	p = fork();
	cr_assert_geq(p, 0, "fork: %s", strerror(errno));
	if (p == 0) {
		long r;
		close(pfd[0]);
		r = raw_clone(flags, child_stack + sizeof(child_stack),
		    &parent_tid, &child_tid, tls_area);
		msg[0] = r < 0 ? -r : 0;
		msg[1] = r;
		if (write(pfd[1], msg, sizeof(msg)) != sizeof(msg))
			_exit(3);
		if (r > 0 && !(flags & (LINUX_CLONE_THREAD |
		    LINUX_CLONE_PARENT)))
			waitpid((pid_t)r, NULL, __WALL);
		_exit(0);
	}
	close(pfd[1]);
	cr_assert_eq(read(pfd[0], msg, sizeof(msg)), (ssize_t)sizeof(msg),
	    "no answer from the probe of %#llx", (unsigned long long)flags);
	close(pfd[0]);
	cr_assert_eq(waitpid(p, &st, __WALL), p);
	cr_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0, "probe %#llx: %#x",
	    (unsigned long long)flags, st);
	if (msg[0] == 0 && (flags & LINUX_CLONE_PARENT) &&
	    !(flags & LINUX_CLONE_THREAD))
		cr_assert_eq(waitpid((pid_t)msg[1], NULL, __WALL), msg[1],
		    "reaping the CLONE_PARENT child of %#llx",
		    (unsigned long long)flags);
	return (int)msg[0];
}

/* A release's verdict, in Linux errnos as the kernel answers. */
static int
generated_verdict(const struct clone_release *r, uint64_t flags)
{
	int host = r->check(flags);

	return host == 0 ? 0 : linux_errno_from_host(host);
}

static uint64_t
combination(uint32_t c)
{
	uint64_t flags = 0;

	for (unsigned j = 0; j < NPROBE_FLAGS; j++)
		if (c & (1u << j))
			flags |= probe_flags[j].value;
	return flags;
}

static void
describe(uint64_t flags, char *buf, size_t len)
{
	size_t n = 0;

	buf[0] = '\0';
	for (unsigned j = 0; j < NPROBE_FLAGS && n < len; j++)
		if (flags & probe_flags[j].value)
			n += (size_t)snprintf(buf + n, len - n, "%s%s",
			    n ? "|" : "", probe_flags[j].name);
	if (n == 0)
		snprintf(buf, len, "0");
}

/* Kernel verdicts of every combination, probed once per test process. */
static int kernel_verdict[1u << NPROBE_FLAGS];
static int privilege_refusals;

static void
probe_all(void)
{
	for (uint32_t c = 0; c < (1u << NPROBE_FLAGS); c++) {
		uint64_t flags = combination(c);
		int v = probe(flags);
		/* EPERM for CLONE_NEWNS comes after the validity rules. */
		if (v == EPERM && (flags & LINUX_CLONE_NEWNS)) {
			privilege_refusals++;
			v = 0;
		}
		kernel_verdict[c] = v;
	}
}

/* Is the running kernel at least major.minor? */
static bool
kernel_at_least(int major, int minor, char *release, size_t len)
{
	struct utsname u;
	int ma = 0, mi = 0;

	cr_assert_eq(uname(&u), 0);
	snprintf(release, len, "%s", u.release);
	sscanf(u.release, "%d.%d", &ma, &mi);
	return ma > major || (ma == major && mi >= minor);
}

TestSuite(clone_kernel, .timeout = 300);

Test(clone_kernel, the_running_kernel_follows_linux_612s_rules_for_every_combination)
{
	const struct clone_release *r612 = &clone_releases[1];
	char rel[65], what[256];
	int mismatches = 0, refused = 0;

	if (!kernel_at_least(6, 12, rel, sizeof(rel)))
		cr_skip_test("kernel %s is older than 6.12, the newest release "
		    "with a clone.flags; its rules are not described (add "
		    "spec/linux-<release>/clone.flags)", rel);
	probe_all();
	for (uint32_t c = 0; c < (1u << NPROBE_FLAGS); c++) {
		uint64_t flags = combination(c);
		int gen = generated_verdict(r612, flags);
		if (kernel_verdict[c] != 0)
			refused++;
		if (gen != kernel_verdict[c]) {
			describe(flags, what, sizeof(what));
			cr_log_error("%s: kernel %s says %d, linux-6.12's rules "
			    "%d", what, rel, kernel_verdict[c], gen);
			mismatches++;
		}
	}
	fprintf(stderr, "clone differential: kernel %s, %u combinations, %d "
	    "refused with EINVAL, %d CLONE_NEWNS refusals for privilege "
	    "counted as valid\n", rel, 1u << NPROBE_FLAGS, refused,
	    privilege_refusals);
	cr_assert_eq(mismatches, 0, "%d combinations disagree", mismatches);
	/* Both outcomes occur: the probe distinguishes them. */
	cr_assert_gt(refused, 0);
	cr_assert_lt(refused, (int)(1u << NPROBE_FLAGS));
}

/* Is rule u (of some release) one of 2.6.16's rules? */
static bool
in_2616(const struct linux_clone_rule *u)
{
	const struct clone_release *old = &clone_releases[0];

	for (int i = 0; i < *old->nrules; i++)
		if (old->rules[i].a_value == u->a_value &&
		    old->rules[i].b_value == u->b_value &&
		    old->rules[i].kind == u->kind)
			return true;
	return false;
}

Test(clone_kernel, linux_2616s_validator_matches_the_kernel_but_for_listed_later_rules)
{
	const struct clone_release *r2616 = &clone_releases[0];
	const struct clone_release *r612 = &clone_releases[1];
	const struct linux_clone_rule *why[16];
	int why_count[16], nwhy = 0, unexplained = 0, differ = 0;
	char rel[65], what[256];

	if (!kernel_at_least(6, 12, rel, sizeof(rel)))
		cr_skip_test("kernel %s is older than 6.12 (see the test above)",
		    rel);
	probe_all();
	for (uint32_t c = 0; c < (1u << NPROBE_FLAGS); c++) {
		uint64_t flags = combination(c);
		int old = generated_verdict(r2616, flags);
		const struct linux_clone_rule *u;

		if (old == kernel_verdict[c])
			continue;
		differ++;
		describe(flags, what, sizeof(what));
		/* Explained: a rule 2.6.16 lacks refuses it, as the kernel. */
		u = clone_broken_rule(r612, flags);
		if (old != 0 || u == NULL || in_2616(u) ||
		    generated_verdict(r612, flags) != kernel_verdict[c]) {
			cr_log_error("%s: kernel %s says %d, linux-2.6.16's "
			    "rules %d, and no later rule explains it", what,
			    rel, kernel_verdict[c], old);
			unexplained++;
			continue;
		}
		int k;
		for (k = 0; k < nwhy && why[k] != u; k++)
			;
		if (k == nwhy && nwhy < 16) {
			why[nwhy] = u;
			why_count[nwhy++] = 0;
		}
		if (k < 16)
			why_count[k]++;
		/* Only combinations with a flag 2.6.16 did not have. */
		cr_expect(flags & BIT_0x1000, "%s differs without bit 0x1000",
		    what);
	}
	fprintf(stderr, "clone differential: linux-2.6.16's rules differ from "
	    "kernel %s on %d of %u combinations (%d unexplained); the "
	    "explained ones come from rules 2.6.16 did not have:\n", rel,
	    differ, 1u << NPROBE_FLAGS, unexplained);
	for (int k = 0; k < nwhy; k++)
		fprintf(stderr, "  %s %s %s -> %d: %d combinations (%s)\n",
		    why[k]->a, why[k]->kind == LINUX_CLONE_REQUIRES ?
		    "requires" : "excludes", why[k]->b,
		    linux_errno_from_host(why[k]->error), why_count[k],
		    why[k]->note != NULL ? why[k]->note : "no note");
	cr_assert_eq(unexplained, 0, "%d unexplained differences",
	    unexplained);
	/* 2.6.16's own rules were exercised: each refused something. */
	for (int i = 0; i < *r2616->nrules; i++) {
		int refused = 0;
		for (uint32_t c = 0; c < (1u << NPROBE_FLAGS); c++)
			if (clone_broken_rule(r2616, combination(c)) ==
			    &r2616->rules[i] && kernel_verdict[c] != 0)
				refused++;
		cr_expect_gt(refused, 0, "%s %s was never exercised",
		    r2616->rules[i].a, r2616->rules[i].b);
	}
}

Test(clone_kernel, flags_no_rule_names_never_change_a_verdict)
{
	/* The rule-bearing flags: VM, SIGHAND, THREAD, PARENT_SETTID,
	   DETACHED, bit 0x1000 (indexes into probe_flags[]). */
	static const int bearing[] = { 0, 3, 4, 10, 9, 11 };
	const int nb = sizeof(bearing) / sizeof(bearing[0]);
	char rel[65], what[256];

	if (!kernel_at_least(6, 12, rel, sizeof(rel)))
		cr_skip_test("kernel %s is older than 6.12", rel);
	for (unsigned f = 0; f < sizeof(ruleless_flags) /
	    sizeof(ruleless_flags[0]); f++) {
		for (uint32_t c = 0; c < (1u << nb); c++) {
			uint64_t flags = ruleless_flags[f];
			for (int j = 0; j < nb; j++)
				if (c & (1u << j))
					flags |= probe_flags[bearing[j]].value;
			int k = probe(flags);
			describe(flags, what, sizeof(what));
			cr_expect_eq(k, generated_verdict(&clone_releases[1],
			    flags), "%s + %#llx: kernel %d", what,
			    (unsigned long long)ruleless_flags[f], k);
			cr_expect_eq(k, generated_verdict(&clone_releases[1],
			    flags & ~ruleless_flags[f]), "%s + %#llx changes "
			    "the verdict", what,
			    (unsigned long long)ruleless_flags[f]);
			if (!(flags & BIT_0x1000))
				cr_expect_eq(k, generated_verdict(
				    &clone_releases[0], flags), "2.6.16: %s",
				    what);
		}
	}
}
