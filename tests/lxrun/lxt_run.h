/*
 * lxt_run.h — helpers of the lxrun tests: run a command, capture its
 * standard output and error, and get its exit status; find the test
 * programs and engines the build made (LXRUN_TEST_DIR, LXRUN_BIN_DIR).
 */
#ifndef _LXT_RUN_H_
#define _LXT_RUN_H_

#include <criterion/criterion.h>
#include <fcntl.h>
#include <spawn.h>
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
	char	*err;		/* standard error */
};

static inline char *
lxt_slurp(int fd)
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
	return (buf);
}

/* Run argv with stdout and stderr to temporary files (no pipe deadlock). */
static inline struct lxt_result
lxt_run(char *const argv[])
{
	struct lxt_result r;
	posix_spawn_file_actions_t fa;
	char outp[] = "/tmp/lxt-out-XXXXXX", errp[] = "/tmp/lxt-err-XXXXXX";
	int ofd = mkstemp(outp), efd = mkstemp(errp), st;
	pid_t pid;

	cr_assert(ofd >= 0 && efd >= 0);
	unlink(outp);
	unlink(errp);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, ofd, 1);
	posix_spawn_file_actions_adddup2(&fa, efd, 2);
	cr_assert_eq(posix_spawn(&pid, argv[0], &fa, NULL, argv, environ), 0,
	    "cannot run %s", argv[0]);
	posix_spawn_file_actions_destroy(&fa);
	cr_assert_eq(waitpid(pid, &st, 0), pid);
	r.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
	lseek(ofd, 0, SEEK_SET);
	lseek(efd, 0, SEEK_SET);
	r.out = lxt_slurp(ofd);
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

#endif /* !_LXT_RUN_H_ */
