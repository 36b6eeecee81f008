/*
 * lxt_compare.h — running a program natively and under lxrun and
 * comparing the two (the tests of real programs and of the hard cases).
 *
 * Programs run on the newest release lxrun was built for. Debian 12's
 * glibc needs Linux ≥ 3.2 behaviour (FUTEX_PRIVATE_FLAG, …): on an older
 * spec the run adds --osrelease 6.12 (the spec's table, 6.12's behaviour),
 * and a program that needs a syscall the table lacks is skipped, saying
 * which.
 */
#ifndef _LXT_COMPARE_H_
#define _LXT_COMPARE_H_

#include "lxt_run.h"

#define	MODERN		0x030200	/* glibc 2.36's minimum: 3.2 */

struct runspec {
	char	*release;
	bool	 osrelease;	/* add --osrelease 6.12 */
};

static inline struct runspec
pick(const char *arch, const char *features)
{
	struct runspec rs;

	rs.release = lxt_newest_release(arch);
	if (rs.release == NULL)
		cr_skip_test("no lxrun engine for %s", arch);
	LXT_REQUIRE(rs.release, arch, features);
	rs.osrelease = lxt_release_version(rs.release) < MODERN;
	return (rs);
}

static inline char *
which(const char *prog)
{
	static const char *dirs[] = { "/usr/bin", "/bin", "/usr/sbin", NULL };
	char *p;
	int i;

	for (i = 0; dirs[i] != NULL; i++) {
		cr_assert(asprintf(&p, "%s/%s", dirs[i], prog) > 0);
		if (access(p, X_OK) == 0)
			return (p);
		free(p);
	}
	return (NULL);
}

#define	REQUIRE_PROGRAM(var, prog, package)				\
	char *var = which(prog);					\
	if (var == NULL)						\
		cr_skip_test("%s is not installed (Debian package %s)",	\
		    prog, package)

/* Run argv natively and under lxrun; both results. */
static inline void
run_both(const struct runspec *rs, char *const argv[],
    struct lxt_result *native, struct lxt_result *lx)
{
	char *largv[64];
	char spec[128];
	int n = 0, i;

	*native = lxt_run(argv);
	snprintf(spec, sizeof(spec), "spec/%s", rs->release);
	largv[n++] = lxt_bin("bin/lxrun");
	largv[n++] = (char *)"--spec";
	largv[n++] = spec;
	if (rs->osrelease) {
		largv[n++] = (char *)"--osrelease";
		largv[n++] = (char *)"6.12";
	}
	/* check-lxrun runs the comparisons a second time with ptrace
	   alone (no seccomp user notification): both paths are tested. */
	if (getenv("LXT_PTRACE_ONLY") != NULL)
		largv[n++] = (char *)"--ptrace-only";
	largv[n++] = (char *)"--";
	for (i = 0; argv[i] != NULL && n < 63; i++)
		largv[n++] = argv[i];
	largv[n] = NULL;
	*lx = lxt_run(largv);
	free(largv[0]);
}

static inline void
expect_same(const char *what, const struct lxt_result *native,
    const struct lxt_result *lx)
{

	cr_expect_eq(lx->status, native->status,
	    "%s: exit %d under lxrun, %d natively\nlxrun stderr: %s", what,
	    lx->status, native->status, lx->err);
	cr_expect(lx->out_len == native->out_len &&
	    memcmp(lx->out, native->out, lx->out_len) == 0,
	    "%s: output differs (%zu bytes under lxrun, %zu natively)\n"
	    "lxrun stderr: %s", what, lx->out_len, native->out_len, lx->err);
}

/*
 * A failed run is skipped when the release's table lacks syscalls the
 * program made (lxrun logs "syscall N is not implemented in <release>"), the program
 * said so itself ("Function not implemented", ENOSYS's message) and the
 * runtime lacked nothing (no "system call not implemented" from a
 * fallback): the program needs a newer spec, not a fix. A crash of lxrun
 * is never a skip.
 */
static inline void
skip_if_missing_syscall(const struct lxt_result *lx, const char *rel)
{
	char nums[256] = "";
	const char *p = lx->err;
	size_t len = 0;
	unsigned nr;

	if (lx->status == 0 || lx->status >= 128 ||
	    strstr(lx->err, "Function not implemented") == NULL ||
	    strstr(lx->err, "system call not implemented") != NULL ||
	    strstr(lx->err, "panic") != NULL ||
	    strstr(lx->err, "Sanitizer") != NULL)
		return;
	while ((p = strstr(p, "linux: syscall ")) != NULL) {
		if (sscanf(p, "linux: syscall %u is not implemented in",
		    &nr) == 1 &&
		    len + 12 < sizeof(nums))
			len += (size_t)snprintf(nums + len, sizeof(nums) - len,
			    " %u", nr);
		p++;
	}
	if (len > 0)
		cr_skip_test("the program needs syscalls %s lacks (numbers:%s)",
		    rel, nums);
}

static inline void
compare_program_with(const char *arch, char *const argv[], const char *what,
    const char *features)
{
	struct runspec rs = pick(arch, features);
	struct lxt_result native, lx;

	run_both(&rs, argv, &native, &lx);
	cr_assert_eq(native.status, 0, "%s fails natively: %s", what,
	    native.err);
	skip_if_missing_syscall(&lx, rs.release);
	expect_same(what, &native, &lx);
	lxt_free(&native);
	lxt_free(&lx);
	free(rs.release);
}

static inline void
compare_program(const char *arch, char *const argv[], const char *what)
{

	compare_program_with(arch, argv, what, "threads");
}


#endif /* !_LXT_COMPARE_H_ */
