/*
 * test_lxrun_uname.c — uname under lxrun is runtime/kern's (linux_newuname,
 * and i386's uname and olduname): every field the same as a native run's
 * except the release, which is the spec's (or --osrelease's), for each
 * release lxrun was built for and both arches; and the node name of a
 * program in a UTS namespace of its own is that namespace's.
 */
#include <sched.h>

#include "lxt_run.h"

static struct lxt_result
lxrun_prog(const char *release, const char *osrelease, char *const prog[])
{
	char *argv[16], spec[128];
	struct lxt_result r;
	int n = 0, i;

	snprintf(spec, sizeof(spec), "spec/%s", release);
	argv[n++] = lxt_bin("bin/lxrun");
	argv[n++] = (char *)"--spec";
	argv[n++] = spec;
	if (osrelease != NULL) {
		argv[n++] = (char *)"--osrelease";
		argv[n++] = (char *)osrelease;
	}
	argv[n++] = (char *)"--";
	for (i = 0; prog[i] != NULL && n < 15; i++)
		argv[n++] = prog[i];
	argv[n] = NULL;
	r = lxt_run(argv);
	free(argv[0]);
	return (r);
}

/* "linux-6.12" → "6.12.0", "linux-2.6.16" → "2.6.16". */
static void
release_string(const char *release, char *buf, size_t len)
{
	int v = lxt_release_version(release);

	snprintf(buf, len, "%d.%d.%d", v >> 16, (v >> 8) & 0xff, v & 0xff);
}

/*
 * Compare native and lxrun outputs line by line: equal, except that the
 * lines of a release field must hold `release` under lxrun.
 */
static void
expect_same_but_release(const char *native, const char *lx,
    const char *release, int *nreleases)
{
	char *n = strdup(native), *l = strdup(lx), *sn = NULL, *sl = NULL;
	char *ln, *ll, want[128];
	int lines = 0;

	cr_assert(n != NULL && l != NULL);
	*nreleases = 0;
	for (ln = strtok_r(n, "\n", &sn), ll = strtok_r(l, "\n", &sl);
	    ln != NULL || ll != NULL;
	    ln = strtok_r(NULL, "\n", &sn), ll = strtok_r(NULL, "\n", &sl)) {
		cr_assert(ln != NULL && ll != NULL, "line counts differ:\n"
		    "native:\n%s\nlxrun:\n%s", native, lx);
		lines++;
		if (strstr(ln, ".release=") != NULL) {
			char *eq = strchr(ll, '=');

			(*nreleases)++;
			/* olduname keeps eight characters of it. */
			snprintf(want, sizeof(want), "%s", release);
			if (strncmp(ll, "oldold.", 7) == 0)
				want[8] = '\0';
			cr_expect(eq != NULL && strcmp(eq + 1, want) == 0,
			    "lxrun reports '%s', want release %s", ll, want);
			cr_expect(strncmp(ln, ll, (size_t)(strchr(ln, '=') - ln))
			    == 0, "field order differs: %s / %s", ln, ll);
			continue;
		}
		cr_expect_str_eq(ll, ln, "native '%s', lxrun '%s'", ln, ll);
	}
	cr_expect_geq(lines, 8, "too little output:\n%s", lx);
	free(n);
	free(l);
}

static void
utsname_matches_native(const char *arch)
{
	char *prog[] = { lxt_path("raw/raw_utsname_%s", arch), NULL };
	char *dir = lxt_bin("libexec/lxrun"), suffix[16];
	struct lxt_result native, lx;
	struct dirent *de;
	int tested = 0, nrel;
	DIR *d;

	native = lxt_run(prog);
	cr_assert_eq(native.status, 0, "native run failed: %s", native.err);
	cr_assert(strstr(native.out, "new.sysname=Linux\n") != NULL, "%s",
	    native.out);
	snprintf(suffix, sizeof(suffix), "-%s", arch);
	cr_assert((d = opendir(dir)) != NULL);
	while ((de = readdir(d)) != NULL) {
		size_t n = strlen(de->d_name), m = strlen(suffix);
		char release[128], relstr[64];

		if (strncmp(de->d_name, "lxrun-", 6) != 0 || n <= m + 6 ||
		    strcmp(de->d_name + n - m, suffix) != 0)
			continue;
		snprintf(release, sizeof(release), "%.*s", (int)(n - m - 6),
		    de->d_name + 6);
		release_string(release, relstr, sizeof(relstr));
		lx = lxrun_prog(release, NULL, prog);
		cr_expect_eq(lx.status, 0, "%s: exit %d: %s", release,
		    lx.status, lx.err);
		expect_same_but_release(native.out, lx.out, relstr, &nrel);
		cr_expect_eq(nrel, strcmp(arch, "i386") == 0 ? 3 : 1,
		    "%s: release lines", release);
		lxt_free(&lx);
		/* --osrelease: the same program told another release. */
		lx = lxrun_prog(release, "3.2.1", prog);
		cr_expect_eq(lx.status, 0, "%s: exit %d: %s", release,
		    lx.status, lx.err);
		expect_same_but_release(native.out, lx.out, "3.2.1", &nrel);
		lxt_free(&lx);
		tested++;
	}
	closedir(d);
	if (tested == 0)
		cr_skip_test("no lxrun engine for %s", arch);
	lxt_free(&native);
	free(dir);
	free(prog[0]);
}

Test(lxrun_uname, every_field_but_the_release_is_native_amd64,
    .timeout = 60) {
	utsname_matches_native("amd64");
}

Test(lxrun_uname, every_field_but_the_release_is_native_i386,
    .timeout = 60) {
	utsname_matches_native("i386");
}

/* coreutils' uname (glibc's uname(3)): -snvmo agree, -r is the spec's. */
Test(lxrun_uname, coreutils_uname_agrees_but_for_the_release,
    .timeout = 60) {
	char *uname_argv[] = { (char *)"/bin/uname", (char *)"-snvmo", NULL };
	char *uname_r[] = { (char *)"/bin/uname", (char *)"-r", NULL };
	char *release = lxt_newest_release("amd64"), want[80];
	struct lxt_result native, lx;

	if (release == NULL)
		cr_skip_test("no lxrun engine for amd64");
	if (access("/bin/uname", X_OK) != 0)
		cr_skip_test("/bin/uname is not installed (coreutils)");
	LXT_REQUIRE(release, "amd64", "threads");
	native = lxt_run(uname_argv);
	lx = lxrun_prog(release, lxt_release_version(release) < 0x030200 ?
	    "6.12" : NULL, uname_argv);
	cr_expect_eq(lx.status, 0, "%s", lx.err);
	cr_expect_str_eq(lx.out, native.out);
	lxt_free(&native);
	lxt_free(&lx);
	lx = lxrun_prog(release, NULL, uname_r);
	if (lxt_release_version(release) >= 0x030200) {
		release_string(release, want, sizeof(want) - 1);
		strcat(want, "\n");
		cr_expect_str_eq(lx.out, want);
	}
	lxt_free(&lx);
	free(release);
}

/*
 * A program that moves into a UTS namespace of another name (setns, which
 * lxrun leaves to the kernel): uname must tell that name, not the
 * tracer's (the tracer host asks the task itself then). The namespace is
 * made and named by a child of the test, and handed over as descriptor
 * 100.
 */
static void
uts_namespace_is_the_programs(const char *arch)
{
	char *prog[] = { lxt_path("raw/raw_utsns_%s", arch), NULL };
	char *release = lxt_newest_release(arch), path[64], c;
	static const char name[] = "lxrun-uts-ns";
	struct lxt_result native, lx;
	int ready[2], hold[2], fd, st;
	pid_t holder;

	if (release == NULL)
		cr_skip_test("no lxrun engine for %s", arch);
	cr_assert(pipe(ready) == 0 && pipe(hold) == 0);
	if ((holder = fork()) == 0) {
		close(ready[0]);
		close(hold[1]);
		c = unshare(CLONE_NEWUTS) == 0 &&
		    sethostname(name, sizeof(name) - 1) == 0 ? 'y' : 'n';
		(void)write(ready[1], &c, 1);
		(void)read(hold[0], &c, 1);	/* until the test is done */
		_exit(0);
	}
	close(ready[1]);
	close(hold[0]);
	cr_assert(read(ready[0], &c, 1) == 1);
	if (c != 'y') {
		close(hold[1]);
		waitpid(holder, &st, 0);
		cr_skip_test("cannot make a UTS namespace here (needs "
		    "CAP_SYS_ADMIN)");
	}
	snprintf(path, sizeof(path), "/proc/%d/ns/uts", (int)holder);
	cr_assert((fd = open(path, O_RDONLY)) >= 0);
	cr_assert(dup2(fd, 100) == 100);
	close(fd);
	native = lxt_run(prog);
	lx = lxrun_prog(release, NULL, prog);
	close(100);
	close(hold[1]);
	waitpid(holder, &st, 0);
	cr_assert_eq(native.status, 0, "native: %d %s", native.status,
	    native.out);
	cr_assert_str_eq(native.out, "nodename=lxrun-uts-ns\n");
	cr_expect_eq(lx.status, 0, "%s", lx.err);
	cr_expect_str_eq(lx.out, native.out);
	lxt_free(&native);
	lxt_free(&lx);
	free(release);
	free(prog[0]);
}

Test(lxrun_uname, a_namespace_of_its_own_amd64, .timeout = 60) {
	uts_namespace_is_the_programs("amd64");
}

Test(lxrun_uname, a_namespace_of_its_own_i386, .timeout = 60) {
	uts_namespace_is_the_programs("i386");
}
