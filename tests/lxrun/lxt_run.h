/*
 * lxt_run.h — helpers of the lxrun tests: run a command, capture its
 * standard output and error, and get its exit status; find the test
 * programs and engines the build made (LXRUN_TEST_DIR, LXRUN_BIN_DIR).
 */
#ifndef _LXT_RUN_H_
#define _LXT_RUN_H_

#include <criterion/criterion.h>
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

struct lxt_result {
	int	status;		/* exit status, or 128 + signal */
	char	*out;		/* standard output, NUL-terminated */
	size_t	out_len;	/* its length (it may hold NULs) */
	char	*err;		/* standard error */
};

static inline char *
lxt_slurp_len(int fd, size_t *lenp)
{
	size_t len = 0, cap = 4096;
	char *buf = malloc(cap);
	ssize_t n;

	cr_assert(buf != NULL);
	while ((n = read(fd, buf + len, cap - len - 1)) > 0) {
		len += (size_t)n;
		if (cap - len < 2) {
			cap *= 2;
			buf = realloc(buf, cap);
			cr_assert(buf != NULL);
		}
	}
	buf[len] = '\0';
	close(fd);
	if (lenp != NULL)
		*lenp = len;
	return (buf);
}

static inline char *
lxt_slurp(int fd)
{

	return (lxt_slurp_len(fd, NULL));
}

/*
 * Run argv with stdout and stderr to temporary files (no pipe deadlock).
 * The child dies with the test (PR_SET_PDEATHSIG): a test killed by its
 * timeout leaves no lxrun behind, and lxrun's PTRACE_O_EXITKILL then
 * takes the traced program with it.
 */
static inline struct lxt_result
lxt_run(char *const argv[])
{
	struct lxt_result r;
	char outp[] = "/tmp/lxt-out-XXXXXX", errp[] = "/tmp/lxt-err-XXXXXX";
	int ofd = mkstemp(outp), efd = mkstemp(errp), st;
	pid_t pid, parent = getpid();

	cr_assert(ofd >= 0 && efd >= 0);
	unlink(outp);
	unlink(errp);
	pid = fork();
	cr_assert(pid >= 0, "cannot fork");
	if (pid == 0) {
		if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 ||
		    getppid() != parent)
			_exit(125);
		if (dup2(ofd, 1) < 0 || dup2(efd, 2) < 0)
			_exit(125);
		execve(argv[0], argv, environ);
		_exit(127);
	}
	cr_assert_eq(waitpid(pid, &st, 0), pid);
	r.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
	lseek(ofd, 0, SEEK_SET);
	lseek(efd, 0, SEEK_SET);
	r.out = lxt_slurp_len(ofd, &r.out_len);
	r.err = lxt_slurp(efd);
	return (r);
}

static inline void
lxt_free(struct lxt_result *r)
{

	free(r->out);
	free(r->err);
}

/* $LXRUN_TEST_DIR/<fmt…>, malloc'ed. */
static inline char *
lxt_path(const char *fmt, ...)
{
	const char *dir = getenv("LXRUN_TEST_DIR");
	char rel[512], *p;
	va_list ap;

	cr_assert(dir != NULL, "LXRUN_TEST_DIR is not set (run by make)");
	va_start(ap, fmt);
	vsnprintf(rel, sizeof(rel), fmt, ap);
	va_end(ap);
	cr_assert(asprintf(&p, "%s/%s", dir, rel) > 0);
	return (p);
}

/* $LXRUN_BIN_DIR/<fmt…>, malloc'ed: the lxrun build (bin/, libexec/). */
static inline char *
lxt_bin(const char *fmt, ...)
{
	const char *dir = getenv("LXRUN_BIN_DIR");
	char rel[512], *p;
	va_list ap;

	cr_assert(dir != NULL, "LXRUN_BIN_DIR is not set (run by make)");
	va_start(ap, fmt);
	vsnprintf(rel, sizeof(rel), fmt, ap);
	va_end(ap);
	cr_assert(asprintf(&p, "%s/%s", dir, rel) > 0);
	return (p);
}

/*
 * What the engine of `release` and `arch` can do (its --features line:
 * "syscall", "threads", "signals"), or NULL when there is no such engine.
 */
static inline char *
lxt_engine_features(const char *release, const char *arch)
{
	char *argv[] = {
		lxt_bin("libexec/lxrun/lxrun-%s-%s", release, arch),
		(char *)"--features", NULL
	};
	struct lxt_result r;
	char *out = NULL;

	if (access(argv[0], X_OK) == 0) {
		r = lxt_run(argv);
		if (r.status == 0)
			out = strdup(r.out);
		lxt_free(&r);
	}
	free(argv[0]);
	return (out);
}

/* Skip the test (counted as skipped, with the reason) unless the engine
   has every feature in `want` (space-separated). */
#define	LXT_REQUIRE(release, arch, want) do {				\
	char *lxt_f_ = lxt_engine_features((release), (arch));		\
	char lxt_w_[128], *lxt_tok_, *lxt_sv_ = NULL;			\
									\
	if (lxt_f_ == NULL)						\
		cr_skip_test("no lxrun engine for %s on %s", (release),	\
		    (arch));						\
	snprintf(lxt_w_, sizeof(lxt_w_), "%s", (want));		\
	for (lxt_tok_ = strtok_r(lxt_w_, " ", &lxt_sv_); lxt_tok_ != NULL; \
	    lxt_tok_ = strtok_r(NULL, " ", &lxt_sv_))			\
		if (strstr(lxt_f_, lxt_tok_) == NULL)			\
			cr_skip_test("runtime/kern of %s lacks '%s' (engine " \
			    "has: %s)", (release), lxt_tok_, lxt_f_);	\
	free(lxt_f_);							\
} while (0)

/* "linux-6.12" → 6 * 65536 + 12 * 256; -1 if not a release name. */
static inline int
lxt_release_version(const char *name)
{
	int a = 0, b = 0, c = 0;

	if (sscanf(name, "linux-%d.%d.%d", &a, &b, &c) < 2)
		return (-1);
	return ((a << 16) | (b << 8) | c);
}

/*
 * The newest release with an engine for `arch` (malloc'ed), or NULL.
 * Real programs run there: Debian 12's glibc needs Linux ≥ 3.2.
 */
static inline char *
lxt_newest_release(const char *arch)
{
	char *dir = lxt_bin("libexec/lxrun"), *best = NULL, suffix[16];
	struct dirent *de;
	int bestv = -1;
	DIR *d;

	snprintf(suffix, sizeof(suffix), "-%s", arch);
	if ((d = opendir(dir)) != NULL) {
		while ((de = readdir(d)) != NULL) {
			size_t n = strlen(de->d_name), m = strlen(suffix);
			char name[256];
			int v;

			if (strncmp(de->d_name, "lxrun-", 6) != 0 || n <= m + 6 ||
			    strcmp(de->d_name + n - m, suffix) != 0)
				continue;
			snprintf(name, sizeof(name), "%.*s", (int)(n - m - 6),
			    de->d_name + 6);
			if ((v = lxt_release_version(name)) > bestv) {
				bestv = v;
				free(best);
				best = strdup(name);
			}
		}
		closedir(d);
	}
	free(dir);
	return (best);
}

#endif /* !_LXT_RUN_H_ */
