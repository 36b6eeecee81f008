/*
 * engine_main.c — lxrun-<release>-<arch>: run PROGRAM under the tracer
 * host with this release's runtime/kern, then leave as the program left
 * (its exit status, or death by the same signal).
 *
 *   lxrun-<release>-<arch> [--debug LIST] [--coverage FILE] [--log FILE]
 *       [--osrelease X.Y.Z] [--ptrace-only] [--no-key-cache] [--stats]
 *       -- PROGRAM [ARGS…]
 *
 * Normally started by the lxrun front-end (lxrun/lxrun.c), which picks the
 * engine; the options are the front-end's, checked again here.
 */
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "engine.h"
#include "lxrun_seccomp.h"

static void __attribute__((__noreturn__))
usage(void)
{

	fprintf(stderr, "usage: lxrun [--spec DIR] [--debug SYSCALL,...|all] "
	    "[--coverage FILE] [--log FILE] [--osrelease X.Y.Z] "
	    "[--ptrace-only] [--no-key-cache] [--stats] -- PROGRAM "
	    "[ARGS...]\n");
	exit(2);
}

/* Leave the way the program did. */
static void __attribute__((__noreturn__))
exit_like(int status)
{
	struct rlimit no_core = { 0, 0 };
	int sig;

	if (status < 0) {
		fprintf(stderr, "lxrun: lost the program's exit status\n");
		exit(125);
	}
	if (WIFEXITED(status))
		exit(WEXITSTATUS(status));
	sig = WTERMSIG(status);
	/* The program dumped its own core if it was to: not us too. */
	setrlimit(RLIMIT_CORE, &no_core);
	signal(sig, SIG_DFL);
	{
		sigset_t set;

		sigemptyset(&set);
		sigaddset(&set, sig);
		sigprocmask(SIG_UNBLOCK, &set, NULL);
	}
	raise(sig);
	exit(128 + sig);
}

/*
 * --no-key-cache: every shared futex key is an exact query, and nothing
 * needs the vmchange calls (tr_keycache.c): the spec's filter with its
 * vmchange verdicts turned into ALLOW, so that those calls run without a
 * stop, as they did before the cache (the baseline of `make bench`).
 */
static struct sock_fprog *
filter_without_vmchange(const struct sock_fprog *spec)
{
	struct sock_fprog *prog;
	unsigned i;

	prog = malloc(sizeof(*prog));
	prog->len = spec->len;
	prog->filter = malloc(sizeof(spec->filter[0]) * spec->len);
	memcpy(prog->filter, spec->filter, sizeof(spec->filter[0]) *
	    spec->len);
	for (i = 0; i < prog->len; i++)
		if (prog->filter[i].code == (BPF_RET | BPF_K) &&
		    prog->filter[i].k == (SECCOMP_RET_TRACE |
		    LXRUN_DATA_VMCHANGE))
			prog->filter[i].k = SECCOMP_RET_ALLOW;
	return (prog);
}

static void
print_stats(FILE *f, bool listening, int listener)
{

	fprintf(f, "lxrun: trapped calls: %lu by ptrace, %lu by notification "
	    "(%lu of them interrupted first)%s\n", tr_stats.ts_ptrace,
	    tr_stats.ts_notif, tr_stats.ts_notif_lost,
	    !listening ? "; ptrace only" :
	    listener < 0 ? "; the kernel refused the listener" : "");
	fprintf(f, "lxrun: shared futex keys: %lu cache hits, %lu misses, "
	    "%lu bypassed (a remap in flight), %lu exact (%s); %lu "
	    "invalidating calls, %lu entries dropped\n", tr_stats.ts_key_hit,
	    tr_stats.ts_key_miss, tr_stats.ts_key_bypass,
	    tr_stats.ts_key_exact, tr_keycache_enabled ? "writability" :
	    "no cache", tr_stats.ts_vm_changes, tr_stats.ts_key_dropped);
}

int
main(int argc, char **argv)
{
	static const struct sock_fprog spec_filter = {
		.len = sizeof(lxrun_seccomp_filter) /
		    sizeof(lxrun_seccomp_filter[0]),
		.filter = (struct sock_filter *)(uintptr_t)lxrun_seccomp_filter,
	};
	const struct sock_fprog *filters[2];
	struct sock_fprog *listen_filter = NULL, *exact_filter = NULL;
	const char *coverage = NULL, *log = NULL, *debug = NULL;
	const char *osrelease = NULL;
	unsigned observe[LXRUN_SECCOMP_MAXSYSCALL];
	bool ptrace_only = false, stats = false, listening;
	sigset_t mask;
	int i, nfilters = 0, nobs = 0, status, listener;
	pid_t pid;

	if (argc == 2 && strcmp(argv[1], "--features") == 0) {
		/* What the linked runtime/kern can do (for the tests). */
		printf("%s %s %s\n", LINUX_RELEASE_NAME, LXRUN_SECCOMP_ARCH,
		    lx_features());
		return (0);
	}
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		}
		if (strcmp(argv[i], "--ptrace-only") == 0) {
			ptrace_only = true;
			continue;
		}
		if (strcmp(argv[i], "--stats") == 0) {
			stats = true;
			continue;
		}
		if (strcmp(argv[i], "--no-key-cache") == 0) {
			tr_keycache_enabled = false;
			continue;
		}
		if (i + 1 >= argc)
			usage();
		if (strcmp(argv[i], "--debug") == 0)
			debug = argv[++i];
		else if (strcmp(argv[i], "--coverage") == 0)
			coverage = argv[++i];
		else if (strcmp(argv[i], "--log") == 0)
			log = argv[++i];
		else if (strcmp(argv[i], "--osrelease") == 0)
			osrelease = argv[++i];
		else
			usage();
	}
	if (i >= argc)
		usage();
	if (lx_debug_select(debug) != 0)
		exit(2);
	if (osrelease != NULL && lx_set_osrelease(osrelease) != 0) {
		fprintf(stderr, "lxrun: --osrelease %s: not a release "
		    "(X.Y[.Z])\n", osrelease);
		exit(2);
	}
	if (log != NULL && (tr_logfile = lx_open_log(log)) == NULL)
		exit(2);
	tr_sched_init();
	lx_sysvec_init();

	/*
	 * The observe filter goes in first: when both trace a call, the
	 * filter installed last (the spec's) gives the verdict's data.
	 */
	if (coverage != NULL) {
		lx_cov_enable();
		for (nobs = 0; nobs < LXRUN_SECCOMP_MAXSYSCALL; nobs++)
			observe[nobs] = (unsigned)nobs;
	} else
		nobs = lx_debug_native_set(observe, LXRUN_SECCOMP_MAXSYSCALL);
	if (nobs > 0) {
		filters[nfilters++] = tr_filter_build(observe, nobs,
		    SECCOMP_RET_TRACE | TR_DATA_OBSERVE);
		lx_observing = true;
	}
	if (!tr_keycache_enabled)
		filters[nfilters++] = exact_filter =
		    filter_without_vmchange(&spec_filter);
	else
		filters[nfilters++] = &spec_filter;

	/*
	 * The hybrid (docs/lxrun.md): futex's plain waits and wakes through
	 * seccomp user notification, when the spec emulates futex.
	 */
	if (!ptrace_only && lx_futex_nr() >= 0)
		listen_filter = tr_filter_futex_notif((unsigned)lx_futex_nr());

	sigprocmask(SIG_SETMASK, NULL, &mask);
	if ((pid = tr_launch_listen(filters, nfilters, listen_filter, &mask,
	    argv + i, &listener)) < 0)
		exit(126);
	tr_listen_start(listener);
	tr_thread_new(pid, tr_proc_new(pid))->tt_released = true;
	status = tr_loop(pid);
	listening = listen_filter != NULL;
	tr_filter_free(listen_filter);
	if (exact_filter != NULL) {
		free(exact_filter->filter);
		free(exact_filter);
	}
	if (nfilters == 2)
		tr_filter_free((struct sock_fprog *)(uintptr_t)filters[0]);
	if (stats)
		print_stats(tr_logfile != NULL ? tr_logfile : stderr,
		    listening, listener);
	if (coverage != NULL && lx_cov_write(coverage, argv + i) != 0)
		exit(2);
	if (tr_logfile != NULL)
		fclose(tr_logfile);
	exit_like(status);
}
